# Glossary (sl): sign in = prijava / prijaviti se; sign out = odjava / odjaviti se;
# account = račun; My account = Moj račun; password = geslo ("Lost your password?" =
# Ste pozabili geslo?); e-mail address = e-poštni naslov; mail = e-poštno sporočilo;
# verification method = način preverjanja; second factor = drugi dejavnik;
# mobile app = mobilna aplikacija; PIN code = koda PIN; QR code = koda QR; SMS = SMS
# (SMS text challenge = koda SMS); security key = varnostni ključ; passkey = ključ za dostop;
# token = žeton; access request = zahteva za dostop; access profile = profil dostopa;
# Coordinator = koordinator; organisation = organizacija; institution = ustanova;
# healthcare provider = izvajalec zdravstvene dejavnosti; network = mreža; panel = panel;
# patient = pacient; consent = soglasje; session = seja; device = naprava;
# recovery code = obnovitvena koda.
# Tone: vikanje in sentences; buttons as short imperatives or nouns (Shrani, Prekliči).

login-too-many-wrong-passwords = { $count ->
    [one] Preveč napačnih gesel. Pred ponovnim poskusom počakajte { $count } sekundo.
    [two] Preveč napačnih gesel. Pred ponovnim poskusom počakajte { $count } sekundi.
    [few] Preveč napačnih gesel. Pred ponovnim poskusom počakajte { $count } sekunde.
   *[other] Preveč napačnih gesel. Pred ponovnim poskusom počakajte { $count } sekund.
}

## Strani za prijavo

login-title = Prijava
login-heading = Za nadaljevanje se prijavite
login-app-requires-authentication = { $app } zahteva, da potrdite svojo identiteto
login-email-label = E-pošta
login-next = Naprej
login-or-without-password = Ali brez gesla:
login-passkey-button = Prijava s ključem za dostop
login-create-account = Ustvarite račun
login-email-invalid = Vnesite e-poštni naslov svojega računa, npr. ime@bolnisnica.eu.
login-welcome-back = Pozdravljeni znova
login-welcome = Pozdravljeni
login-account-external = (Zunanji)
login-different-email = Se želite prijaviti z drugim e-poštnim naslovom?
login-password-label = Geslo
login-lost-password = Ste pozabili geslo?
login-choose-method = Izberite način preverjanja
login-phone-label = Mobilni telefon
login-phone-hint = Mednarodna oblika s kodo države, npr. za Belgijo: +32 123 45 67 89
login-robot-intro = Z vašega omrežja je bilo v zadnjem času veliko neuspešnih prijav, zato mora vaš brskalnik najprej rešiti majhno uganko in tako pokazati, da ni robot. Za to je potreben JavaScript, traja pa nekaj sekund.
login-submit = Prijava

## Zavrnitve v koraku z geslom

login-wrong-credentials = E-poštni naslov ali geslo ni pravilno.
login-account-disabled = Ta račun je onemogočil skrbnik. Za ponovno omogočitev se obrnite na službo za pomoč uporabnikom.
login-account-locked = Zaradi več napačnih gesel je ta račun zaklenjen do { $until }. Nato se odklene samodejno; lastnik računa je bil o tem obveščen po e-pošti.
login-robot-check-needed = Z vašega omrežja je bilo v zadnjem času veliko neuspešnih prijav: počakajte, da spodnje preverjanje proti robotom sporoči, da je končano, nato se znova prijavite.

## Načini preverjanja

login-method-password-title = Geslo
login-method-password-hint = Preverjanje samo z geslom.
login-method-sms-title = Mobilni telefon + SMS
login-method-sms-hint = Za večfaktorsko preverjanje pošljite sporočilo SMS na registrirano številko mobilnega telefona.
login-method-app-title = Koda PIN mobilne aplikacije
login-method-app-hint = Identiteto potrdite z registrirano mobilno aplikacijo.
login-method-qr-title = Koda QR mobilne aplikacije
login-method-qr-hint = Z mobilno aplikacijo ustvarite enkratno geslo.
login-method-token-title = Žeton
login-method-token-hint = Za prijavo z žetonom ali aplikacijo za preverjanje pristnosti ustvarite enkratno geslo.
login-method-webauthn-title = Varnostni ključ ali zaupanja vredna platforma (TPM)
login-method-webauthn-hint = Identiteto potrdite z registriranim varnostnim ključem ali z vgrajenim preverjalnikom pristnosti v svoji napravi.
login-method-recovery-title = Obnovitvena koda
login-method-recovery-hint = Ste izgubili telefon, žeton ali ključ? Z obnovitveno kodo odprite Moj račun in dodajte nov način preverjanja.

## Stran, ki zahteva drugi dejavnik

login-verify-always-mfa = Vaš račun vedno zahteva večfaktorsko preverjanje pristnosti.
login-verify-app-hint = Prijavo potrdite v mobilni aplikaciji s svojo kodo PIN.
login-verify-qr-hint = Z mobilno aplikacijo, ki deluje tudi brez povezave, optično preberite kodo QR in vnesite enkratno geslo, ki ga prikaže.
login-verify-token-hint = Vnesite kodo iz aplikacije za preverjanje pristnosti ali strojnega žetona.

## Vrstice varnostne zgodovine (z malo začetnico)

login-history-locked = račun zaklenjen po več napačnih geslih
login-history-new-browser = nova prijava iz brskalnika, ki ga še nismo videli ({ $browser })
