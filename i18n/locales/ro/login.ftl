# Glossary (ro): sign in = conectare / a se conecta / sign out = deconectare / account = cont /
# password = parolă / e-mail address = adresă de e-mail / verification method = metodă de verificare /
# second factor = al doilea factor / mobile app = aplicație mobilă / PIN code = cod PIN / QR code = cod QR /
# SMS = SMS / security key = cheie de securitate / passkey = cheie de acces / access request = cerere de acces /
# access profile = profil de acces / Coordinator = Coordonator / organisation = organizație /
# healthcare provider = furnizor de servicii medicale / network = rețea / panel = panel (pl. paneluri) /
# patient = pacient / consent = consimțământ / session = sesiune / device = dispozitiv /
# recovery code = cod de recuperare / mobile phone = telefon mobil / My account = Contul meu /
# Lost your password? = Ați uitat parola? / token = token
# Plurals: one (1), few (0, 2–19: „5 secunde”), other (20+: „20 de secunde”).

login-too-many-wrong-passwords = { $count ->
    [one] Prea multe parole greșite. Așteptați { $count } secundă înainte de a încerca din nou.
    [few] Prea multe parole greșite. Așteptați { $count } secunde înainte de a încerca din nou.
   *[other] Prea multe parole greșite. Așteptați { $count } de secunde înainte de a încerca din nou.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Conectare
login-heading = Conectați-vă pentru a continua
login-app-requires-authentication = { $app } vă solicită să vă autentificați
login-email-label = E-mail
login-next = Înainte
login-or-without-password = Sau, fără parolă:
login-passkey-button = Conectare cu o cheie de acces
login-create-account = Creați un cont
login-email-invalid = Introduceți adresa de e-mail a contului dumneavoastră, de exemplu nume@hospital.eu.
login-welcome-back = Bine ați revenit
login-welcome = Bun venit
login-account-external = (Extern)
login-different-email = Vă conectați cu o altă adresă de e-mail?
login-password-label = Parolă
login-lost-password = Ați uitat parola?
login-choose-method = Alegeți metoda de verificare
login-phone-label = Telefon mobil
login-phone-hint = Format internațional, cu prefixul țării, de exemplu pentru Belgia: +32 123 45 67 89
login-robot-intro = În ultima vreme, multe conectări din rețeaua dumneavoastră au eșuat, așa că browserul dumneavoastră rezolvă mai întâi o mică problemă pentru a arăta că nu este un robot. Este nevoie de JavaScript și durează câteva secunde.
login-submit = Conectare

## Refusals on the password step.

login-wrong-credentials = Adresa de e-mail sau parola nu este corectă.
login-account-disabled = Acest cont a fost dezactivat de un administrator. Contactați serviciul de asistență pentru a-l reactiva.
login-account-locked = După mai multe parole greșite, acest cont este blocat până la { $until }. Se deblochează automat; titularul a fost informat prin e-mail.
login-robot-check-needed = În ultima vreme, multe conectări din rețeaua dumneavoastră au eșuat: așteptați până când verificarea anti-robot de mai jos indică faptul că s-a încheiat, apoi conectați-vă din nou.

## The verification methods.

login-method-password-title = Parolă
login-method-password-hint = Autentificare doar cu parola.
login-method-sms-title = Telefon mobil + SMS
login-method-sms-hint = Trimiteți un mesaj text la un număr de telefon mobil înregistrat, pentru o autentificare multifactor.
login-method-app-title = Cod PIN pentru aplicația mobilă
login-method-app-hint = Utilizați aplicația mobilă înregistrată pentru a vă verifica identitatea.
login-method-qr-title = Cod QR pentru aplicația mobilă
login-method-qr-hint = Generați o parolă unică cu aplicația mobilă.
login-method-token-title = Token
login-method-token-hint = Utilizați un token sau o aplicație de autentificare pentru a genera o parolă unică de conectare.
login-method-webauthn-title = Cheie de securitate sau platformă de încredere (TPM)
login-method-webauthn-hint = Utilizați cheia de securitate înregistrată sau autentificatorul integrat al dispozitivului dumneavoastră pentru a vă verifica identitatea.
login-method-recovery-title = Cod de recuperare
login-method-recovery-hint = Ați pierdut telefonul, tokenul sau cheia? Utilizați un cod de recuperare pentru a ajunge la „Contul meu” și a adăuga o nouă metodă de verificare.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Contul dumneavoastră necesită întotdeauna autentificare multifactor.
login-verify-app-hint = Confirmați conectarea în aplicația mobilă cu codul PIN.
login-verify-qr-hint = Scanați un cod QR cu aplicația mobilă, care funcționează și fără internet, și introduceți parola unică afișată.
login-verify-token-hint = Introduceți codul afișat de aplicația de autentificare sau de tokenul hardware.

## Lines of an account's security history.

login-history-locked = blocat după mai multe parole greșite
login-history-new-browser = conectare nouă dintr-un browser necunoscut ({ $browser })
