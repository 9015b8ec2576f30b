# Glossary (hr): sign in = prijaviti se (prijava); sign out = odjaviti se (odjava); account = račun;
# My account = Moj račun; password = lozinka; e-mail address = adresa e-pošte;
# verification method = metoda provjere; second factor = drugi faktor; mobile app = mobilna
# aplikacija; application = aplikacija; PIN code = PIN; QR code = QR kod; SMS = SMS;
# security key = sigurnosni ključ; passkey = pristupni ključ; token = token;
# access request = zahtjev za pristup; access profile = profil pristupa; Coordinator = koordinator;
# organisation = organizacija; healthcare provider = pružatelj zdravstvene zaštite;
# network = mreža; panel = konzilij; patient = pacijent; consent = privola; session = sesija;
# device = uređaj; recovery code = kod za oporavak.

login-too-many-wrong-passwords = { $count ->
    [one] Previše pogrešnih lozinki. Pričekajte { $count } sekundu prije ponovnog pokušaja.
    [few] Previše pogrešnih lozinki. Pričekajte { $count } sekunde prije ponovnog pokušaja.
   *[other] Previše pogrešnih lozinki. Pričekajte { $count } sekundi prije ponovnog pokušaja.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Prijava
login-heading = Prijavite se za nastavak
login-app-requires-authentication = { $app } zahtijeva provjeru vašeg identiteta
login-email-label = E-pošta
login-next = Dalje
login-or-without-password = Ili bez lozinke:
login-passkey-button = Prijava pristupnim ključem
login-create-account = Izradite račun
login-email-invalid = Unesite adresu e-pošte svojeg računa, npr. name@hospital.eu.
login-welcome-back = Dobro došli natrag
login-welcome = Dobro došli
login-account-external = (Vanjski)
login-different-email = Prijava s drugom adresom e-pošte?
login-password-label = Lozinka
login-lost-password = Zaboravili ste lozinku?
login-choose-method = Odaberite metodu provjere
login-phone-label = Mobilni telefon
login-phone-hint = Međunarodni format s pozivnim brojem države, npr. za Belgiju: +32 123 45 67 89
login-robot-intro = U posljednje vrijeme iz vaše mreže bilo je mnogo neuspjelih prijava pa vaš preglednik najprije rješava mali zadatak kako bi pokazao da nije robot. Za to je potreban JavaScript i traje nekoliko sekundi.
login-submit = Prijava

## Refusals on the password step.

login-wrong-credentials = Adresa e-pošte ili lozinka nije točna.
login-account-disabled = Ovaj je račun onemogućio administrator. Obratite se svojoj službi za podršku da ga ponovno omogući.
login-account-locked = Nakon nekoliko pogrešnih lozinki ovaj je račun zaključan do { $until }. Otključat će se sam; vlasnik je obaviješten e-poštom.
login-robot-check-needed = U posljednje vrijeme iz vaše mreže bilo je mnogo neuspjelih prijava: pričekajte da provjera protiv robota u nastavku završi, a zatim se ponovno prijavite.

## The verification methods.

login-method-password-title = Lozinka
login-method-password-hint = Provjera identiteta samo lozinkom.
login-method-sms-title = Mobilni telefon + SMS
login-method-sms-hint = Slanje SMS poruke na registrirani broj mobilnog telefona radi višefaktorske autentifikacije.
login-method-app-title = PIN mobilne aplikacije
login-method-app-hint = Upotrijebite registriranu mobilnu aplikaciju za potvrdu identiteta.
login-method-qr-title = QR kod mobilne aplikacije
login-method-qr-hint = Generirajte jednokratnu lozinku mobilnom aplikacijom.
login-method-token-title = Token
login-method-token-hint = Upotrijebite token ili aplikaciju za autentifikaciju za generiranje jednokratne lozinke za prijavu.
login-method-webauthn-title = Sigurnosni ključ ili pouzdana platforma (TPM)
login-method-webauthn-hint = Upotrijebite registrirani sigurnosni ključ ili ugrađeni autentifikator svojeg uređaja za potvrdu identiteta.
login-method-recovery-title = Kod za oporavak
login-method-recovery-hint = Izgubili ste telefon, token ili ključ? Upotrijebite kod za oporavak kako biste pristupili stranici „Moj račun“ i dodali novu metodu provjere.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Vaš račun uvijek zahtijeva višefaktorsku autentifikaciju.
login-verify-app-hint = Potvrdite prijavu u mobilnoj aplikaciji svojim PIN-om.
login-verify-qr-hint = Skenirajte QR kod mobilnom aplikacijom (radi i bez internetske veze) i upišite jednokratnu lozinku koju prikaže.
login-verify-token-hint = Upišite kod iz svoje aplikacije za autentifikaciju ili hardverskog tokena.

## Lines of an account's security history.

login-history-locked = zaključan nakon nekoliko pogrešnih lozinki
login-history-new-browser = nova prijava iz dosad neviđenog preglednika ({ $browser })
