# Glossary (et): sign in = sisse logima / sisselogimine; sign out = välja logima;
# account = konto; My account = Minu konto; password = salasõna ("Lost your password?" =
# Unustasite salasõna?); e-mail address = e-posti aadress; verification method =
# kinnitusmeetod; second factor = teine tegur; second verification method = teine
# kinnitusmeetod; multi-factor authentication = mitmikautentimine; authenticator app =
# autentimisrakendus; mobile app = mobiilirakendus; PIN code = PIN-kood; QR code = QR-kood;
# SMS = SMS (SMS text challenge = SMS-kood); security key = turvavõti; passkey = pääsuvõti;
# token = token; application = rakendus; access request = juurdepääsutaotlus;
# access profile = juurdepääsuprofiil; Coordinator = koordinaator; organisation =
# organisatsioon; institution = asutus; healthcare provider = tervishoiuteenuse osutaja;
# network = võrgustik; panel = paneel; patient = patsient; consent = nõusolek;
# session = seanss; device = seade; recovery code = taastekood.
# Form of address: the polite "teie" (plural imperative in sentences: "Sisestage"); buttons
# and links in the short singular imperative ("Logi sisse", "Salvesta"), as Estonian
# e-services and EU Login in Estonian write. Placeholders stay in the nominative
# (e.g. "rakendus { $app }"), so that no case ending is needed after them.

login-too-many-wrong-passwords = { $count ->
    [one] Liiga palju valesid salasõnu. Oodake { $count } sekund, enne kui uuesti proovite.
   *[other] Liiga palju valesid salasõnu. Oodake { $count } sekundit, enne kui uuesti proovite.
}

## Sisselogimise lehed

login-title = Logi sisse
login-heading = Jätkamiseks logige sisse
login-app-requires-authentication = { $app } nõuab autentimist
login-email-label = E-post
login-next = Edasi
login-or-without-password = Või ilma salasõnata:
login-passkey-button = Logi sisse pääsuvõtmega
login-create-account = Loo konto
login-email-invalid = Sisestage oma konto e-posti aadress, nt nimi@hospital.eu.
login-welcome-back = Tere tulemast tagasi
login-welcome = Tere tulemast
login-account-external = (Väline)
login-different-email = Kas soovite sisse logida muu e-posti aadressiga?
login-password-label = Salasõna
login-lost-password = Unustasite salasõna?
login-choose-method = Valige kinnitusmeetod
login-phone-label = Mobiiltelefon
login-phone-hint = Rahvusvahelises vormingus koos riigikoodiga, nt Belgia puhul: +32 123 45 67 89
login-robot-intro = Teie võrgust on viimasel ajal palju sisselogimisi ebaõnnestunud, seega lahendab teie brauser kõigepealt väikese ülesande, et näidata, et see ei ole robot. Selleks on vaja JavaScripti ja see võtab mõne sekundi.
login-submit = Logi sisse

## Keeldumised salasõna sammul

login-wrong-credentials = E-posti aadress või salasõna ei ole õige.
login-account-disabled = Administraator on selle konto deaktiveerinud. Konto uuesti aktiveerimiseks võtke ühendust oma kasutajatoega.
login-account-locked = Pärast mitut valet salasõna on see konto lukus kuni { $until }. Lukk avaneb iseenesest; konto omanikku on e-posti teel teavitatud.
login-robot-check-needed = Teie võrgust on viimasel ajal palju sisselogimisi ebaõnnestunud: oodake, kuni allolev robotikontroll on lõpetatud, ja logige siis uuesti sisse.

## Kinnitusmeetodid

login-method-password-title = Salasõna
login-method-password-hint = Autentige ainult oma salasõnaga.
login-method-sms-title = Mobiiltelefon + SMS
login-method-sms-hint = Saatke mitmikautentimiseks tekstisõnum registreeritud mobiiltelefoni numbrile.
login-method-app-title = Mobiilirakenduse PIN-kood
login-method-app-hint = Kinnitage oma isik registreeritud mobiilirakendusega.
login-method-qr-title = Mobiilirakenduse QR-kood
login-method-qr-hint = Looge mobiilirakendusega ühekordne salasõna.
login-method-token-title = Token
login-method-token-hint = Looge sisselogimiseks ühekordne salasõna tokeni või autentimisrakendusega.
login-method-webauthn-title = Turvavõti või usaldusväärne platvorm (TPM)
login-method-webauthn-hint = Kinnitage oma isik registreeritud turvavõtme või seadme sisseehitatud autentijaga.
login-method-recovery-title = Taastekood
login-method-recovery-hint = Kas kaotasite telefoni, tokeni või võtme? Kasutage taastekoodi, et pääseda lehele Minu konto ja lisada uus kinnitusmeetod.

## Leht, mis küsib teist tegurit, kui konto nõuab seda alati

login-verify-always-mfa = Teie konto nõuab alati mitmikautentimist.
login-verify-app-hint = Kinnitage sisselogimine mobiilirakenduses oma PIN-koodiga.
login-verify-qr-hint = Skannige QR-kood mobiilirakendusega, mis töötab ka võrguühenduseta, ja sisestage selle ühekordne salasõna.
login-verify-token-hint = Sisestage oma autentimisrakenduse või riistvaratokeni kood.

## Konto turvaajaloo read (algavad väikese tähega)

login-history-locked = lukustatud pärast mitut valet salasõna
login-history-new-browser = uus sisselogimine varem nägemata brauserist ({ $browser })
