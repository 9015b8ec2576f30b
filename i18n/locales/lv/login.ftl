# Glossary (lv): sign in = pierakstīties (pierakstīšanās); sign out = izrakstīties; account = konts;
# My account = Mans konts; password = parole; e-mail address = e-pasta adrese;
# verification method = verifikācijas metode; second factor = otrais faktors;
# mobile app = mobilā lietotne; application = lietotne; PIN code = PIN kods; QR code = QR kods;
# SMS = SMS (īsziņa); security key = drošības atslēga; passkey = piekļuves atslēga;
# token = marķieris; access request = piekļuves pieprasījums; access profile = piekļuves profils;
# Coordinator = koordinators; organisation = organizācija; healthcare provider = veselības aprūpes
# sniedzējs; network = tīkls; panel = konsīlijs; patient = pacients; consent = piekrišana;
# session = sesija; device = ierīce; recovery code = atkopšanas kods.

login-too-many-wrong-passwords = { $count ->
    [zero] Pārāk daudz nepareizu paroļu. Pirms mēģināt vēlreiz, uzgaidiet { $count } sekundes.
    [one] Pārāk daudz nepareizu paroļu. Pirms mēģināt vēlreiz, uzgaidiet { $count } sekundi.
   *[other] Pārāk daudz nepareizu paroļu. Pirms mēģināt vēlreiz, uzgaidiet { $count } sekundes.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Pierakstīties
login-heading = Pierakstieties, lai turpinātu
login-app-requires-authentication = { $app } pieprasa autentificēšanos
login-email-label = E-pasts
login-next = Tālāk
login-or-without-password = Vai bez paroles:
login-passkey-button = Pierakstīties ar piekļuves atslēgu
login-create-account = Izveidot kontu
login-email-invalid = Ievadiet sava konta e-pasta adresi, piemēram, name@hospital.eu.
login-welcome-back = Laipni lūdzam atpakaļ
login-welcome = Laipni lūdzam
login-account-external = (Ārējs)
login-different-email = Pierakstīties ar citu e-pasta adresi?
login-password-label = Parole
login-lost-password = Aizmirsāt paroli?
login-choose-method = Izvēlieties verifikācijas metodi
login-phone-label = Mobilais tālrunis
login-phone-hint = Starptautiskā formātā ar valsts kodu, piemēram, Beļģijai: +32 123 45 67 89
login-robot-intro = Pēdējā laikā no jūsu tīkla ir bijis daudz neveiksmīgu pierakstīšanās mēģinājumu, tāpēc jūsu pārlūkprogramma vispirms atrisina nelielu uzdevumu, lai parādītu, ka tā nav robots. Tam nepieciešams JavaScript, un tas aizņem dažas sekundes.
login-submit = Pierakstīties

## Refusals on the password step.

login-wrong-credentials = E-pasta adrese vai parole nav pareiza.
login-account-disabled = Šo kontu ir atspējojis administrators. Lai to atkal iespējotu, sazinieties ar savu palīdzības dienestu.
login-account-locked = Pēc vairākām nepareizi ievadītām parolēm šis konts ir bloķēts līdz { $until }. Tas tiks atbloķēts automātiski; konta īpašnieks ir informēts pa e-pastu.
login-robot-check-needed = Pēdējā laikā no jūsu tīkla ir bijis daudz neveiksmīgu pierakstīšanās mēģinājumu: uzgaidiet, līdz zemāk redzamā pretrobotu pārbaude ir pabeigta, un tad pierakstieties vēlreiz.

## The verification methods.

login-method-password-title = Parole
login-method-password-hint = Autentificēties tikai ar paroli.
login-method-sms-title = Mobilais tālrunis + SMS
login-method-sms-hint = Nosūtīt īsziņu uz reģistrētu mobilā tālruņa numuru daudzfaktoru autentifikācijai.
login-method-app-title = Mobilās lietotnes PIN kods
login-method-app-hint = Izmantot reģistrēto mobilo lietotni, lai apliecinātu savu identitāti.
login-method-qr-title = Mobilās lietotnes QR kods
login-method-qr-hint = Ģenerēt vienreizējo paroli ar mobilo lietotni.
login-method-token-title = Marķieris
login-method-token-hint = Izmantot marķieri vai autentifikatora lietotni, lai ģenerētu vienreizējo paroli pierakstīšanās vajadzībām.
login-method-webauthn-title = Drošības atslēga vai uzticamā platforma (TPM)
login-method-webauthn-hint = Izmantot reģistrēto drošības atslēgu vai ierīcē iebūvēto autentifikatoru, lai apliecinātu savu identitāti.
login-method-recovery-title = Atkopšanas kods
login-method-recovery-hint = Pazaudējāt tālruni, marķieri vai atslēgu? Izmantojiet atkopšanas kodu, lai piekļūtu sadaļai “Mans konts” un pievienotu jaunu verifikācijas metodi.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Jūsu kontam vienmēr ir nepieciešama daudzfaktoru autentifikācija.
login-verify-app-hint = Apstipriniet pierakstīšanos mobilajā lietotnē ar savu PIN.
login-verify-qr-hint = Noskenējiet QR kodu ar mobilo lietotni (tā darbojas arī bezsaistē) un ievadiet tās parādīto vienreizējo paroli.
login-verify-token-hint = Ievadiet autentifikatora lietotnes vai aparatūras marķiera kodu.

## Lines of an account's security history.

login-history-locked = bloķēts pēc vairākām nepareizi ievadītām parolēm
login-history-new-browser = jauna pierakstīšanās no iepriekš neredzētas pārlūkprogrammas ({ $browser })
