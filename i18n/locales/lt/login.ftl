# Glossary (lt): sign in = prisijungti (prisijungimas); sign out = atsijungti; account = paskyra;
# My account = Mano paskyra; password = slaptažodis; e-mail address = e. pašto adresas;
# verification method = patvirtinimo būdas; second factor = antrasis veiksnys;
# mobile app = mobilioji programėlė; application = taikomoji programa; PIN code = PIN kodas;
# QR code = QR kodas; SMS = SMS; security key = saugumo raktas; passkey = prieigos raktas;
# token = žetonas; access request = prieigos prašymas; access profile = prieigos profilis;
# Coordinator = koordinatorius; organisation = organizacija; healthcare provider = sveikatos
# priežiūros paslaugų teikėjas; network = tinklas; panel = konsiliumas; patient = pacientas;
# consent = sutikimas; session = seansas; device = įrenginys; recovery code = atkūrimo kodas.

login-too-many-wrong-passwords = { $count ->
    [one] Per daug kartų įvestas neteisingas slaptažodis. Prieš bandydami dar kartą, palaukite { $count } sekundę.
    [few] Per daug kartų įvestas neteisingas slaptažodis. Prieš bandydami dar kartą, palaukite { $count } sekundes.
   *[other] Per daug kartų įvestas neteisingas slaptažodis. Prieš bandydami dar kartą, palaukite { $count } sekundžių.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Prisijungti
login-heading = Prisijunkite, kad galėtumėte tęsti
login-app-requires-authentication = { $app } reikalauja patvirtinti jūsų tapatybę
login-email-label = E. paštas
login-next = Toliau
login-or-without-password = Arba be slaptažodžio:
login-passkey-button = Prisijungti su prieigos raktu
login-create-account = Sukurti paskyrą
login-email-invalid = Įveskite savo paskyros e. pašto adresą, pvz., name@hospital.eu.
login-welcome-back = Sveiki sugrįžę
login-welcome = Sveiki
login-account-external = (Išorinė)
login-different-email = Prisijungti kitu e. pašto adresu?
login-password-label = Slaptažodis
login-lost-password = Pamiršote slaptažodį?
login-choose-method = Pasirinkite patvirtinimo būdą
login-phone-label = Mobilusis telefonas
login-phone-hint = Tarptautiniu formatu su šalies kodu, pvz., Belgijos: +32 123 45 67 89
login-robot-intro = Pastaruoju metu iš jūsų tinklo buvo daug nesėkmingų bandymų prisijungti, todėl jūsų naršyklė pirmiausia išsprendžia nedidelę užduotį ir taip parodo, kad ji nėra robotas. Tam reikia JavaScript, ir tai užtrunka kelias sekundes.
login-submit = Prisijungti

## Refusals on the password step.

login-wrong-credentials = Neteisingas e. pašto adresas arba slaptažodis.
login-account-disabled = Šią paskyrą išjungė administratorius. Kad ji vėl būtų įjungta, kreipkitės į savo pagalbos tarnybą.
login-account-locked = Po kelių neteisingų slaptažodžių ši paskyra užblokuota iki { $until }. Ji bus atblokuota automatiškai; savininkui apie tai pranešta e. paštu.
login-robot-check-needed = Pastaruoju metu iš jūsų tinklo buvo daug nesėkmingų bandymų prisijungti: palaukite, kol toliau esanti apsaugos nuo robotų patikra bus baigta, tada prisijunkite dar kartą.

## The verification methods.

login-method-password-title = Slaptažodis
login-method-password-hint = Patvirtinti tapatybę tik slaptažodžiu.
login-method-sms-title = Mobilusis telefonas + SMS
login-method-sms-hint = Siųsti SMS žinutę į užregistruotą mobiliojo telefono numerį daugiaveiksniam autentifikavimui.
login-method-app-title = Mobiliosios programėlės PIN kodas
login-method-app-hint = Naudoti užregistruotą mobiliąją programėlę tapatybei patvirtinti.
login-method-qr-title = Mobiliosios programėlės QR kodas
login-method-qr-hint = Sugeneruoti vienkartinį slaptažodį mobiliąja programėle.
login-method-token-title = Žetonas
login-method-token-hint = Naudoti žetoną arba autentifikavimo programėlę vienkartiniam prisijungimo slaptažodžiui sugeneruoti.
login-method-webauthn-title = Saugumo raktas arba patikimoji platforma (TPM)
login-method-webauthn-hint = Naudoti užregistruotą saugumo raktą arba įrenginyje įdiegtą autentifikatorių tapatybei patvirtinti.
login-method-recovery-title = Atkūrimo kodas
login-method-recovery-hint = Pametėte telefoną, žetoną ar raktą? Naudokite atkūrimo kodą, kad patektumėte į skiltį „Mano paskyra“ ir pridėtumėte naują patvirtinimo būdą.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Jūsų paskyrai visada reikalingas daugiaveiksnis autentifikavimas.
login-verify-app-hint = Patvirtinkite prisijungimą mobiliojoje programėlėje savo PIN kodu.
login-verify-qr-hint = Nuskaitykite QR kodą mobiliąja programėle (ji veikia ir be interneto ryšio) ir įveskite jos rodomą vienkartinį slaptažodį.
login-verify-token-hint = Įveskite autentifikavimo programėlės arba aparatinio žetono kodą.

## Lines of an account's security history.

login-history-locked = užblokuota po kelių neteisingų slaptažodžių
login-history-new-browser = naujas prisijungimas iš anksčiau nematytos naršyklės ({ $browser })
