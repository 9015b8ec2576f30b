# Glossary (it): sign in = accedere / accesso (button "Accedi"); sign out = disconnettersi /
# disconnessione (button "Esci"); account = account; My account = Il mio account; password =
# password; Lost your password? = Password dimenticata?; e-mail address = indirizzo e-mail
# (a mail = un'e-mail); verification method = metodo di verifica; second factor = secondo
# fattore; multi-factor authentication = autenticazione a più fattori; mobile app = app
# mobile; PIN code = codice PIN; QR code = codice QR; SMS = SMS; SMS text challenge = codice
# di verifica SMS; one-time password = password monouso; token = token; security key =
# chiave di sicurezza; passkey = passkey; device = dispositivo; recovery code = codice di
# recupero; access request = richiesta di accesso; access profile = profilo di accesso;
# Coordinator = coordinatore (profile names stay as they are); organisation =
# organizzazione; healthcare provider = prestatore di assistenza sanitaria; network = rete;
# panel = panel; patient = paziente; consent = consenso; session = sessione; sign-in request
# = richiesta di accesso dell'applicazione; anti-robot check = verifica anti-robot; privacy
# statement = informativa sulla privacy. Register: "Lei" forms; buttons as usual in Italian
# interfaces ("Accedi", "Conferma", "Annulla").

# Signing in: e-mail, password and method, throttling.
login-too-many-wrong-passwords = { $count ->
    [one] Troppe password errate. Attenda { $count } secondo prima di riprovare.
   *[other] Troppe password errate. Attenda { $count } secondi prima di riprovare.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Accesso
login-heading = Acceda per continuare
login-app-requires-authentication = { $app } richiede l'autenticazione
login-email-label = Indirizzo e-mail
login-next = Avanti
login-or-without-password = Oppure, senza password:
login-passkey-button = Accedi con una passkey
login-create-account = Crea un account
login-email-invalid = Inserisca l'indirizzo e-mail del Suo account, ad esempio name@hospital.eu.
login-welcome-back = Bentornato
login-welcome = Benvenuto
login-account-external = (Esterno)
login-different-email = Accedere con un altro indirizzo e-mail?
login-password-label = Password
login-lost-password = Password dimenticata?
login-choose-method = Scelga il metodo di verifica
login-phone-label = Telefono cellulare
login-phone-hint = Formato internazionale con prefisso del paese, ad esempio per il Belgio: +32 123 45 67 89
login-robot-intro = Di recente molti accessi dalla Sua rete non sono riusciti: il Suo browser deve quindi prima risolvere un piccolo enigma per dimostrare di non essere un robot. Ciò richiede JavaScript e qualche secondo.
login-submit = Accedi

## Refusals on the password step.

login-wrong-credentials = L'indirizzo e-mail o la password non sono corretti.
login-account-disabled = Questo account è stato disattivato da un amministratore. Contatti il Suo servizio di assistenza per farlo riattivare.
login-account-locked = Dopo diverse password errate, questo account è bloccato fino al { $until }. Si sbloccherà automaticamente; il titolare è stato informato via e-mail.
login-robot-check-needed = Di recente molti accessi dalla Sua rete non sono riusciti: attenda che la verifica anti-robot qui sotto risulti completata, quindi acceda di nuovo.

## The verification methods.

login-method-password-title = Password
login-method-password-hint = Autenticarsi solo con la password.
login-method-sms-title = Telefono cellulare + SMS
login-method-sms-hint = Inviare un SMS a un numero di telefono cellulare registrato per un'autenticazione a più fattori.
login-method-app-title = Codice PIN dell'app mobile
login-method-app-hint = Utilizzare l'app mobile registrata per verificare la propria identità.
login-method-qr-title = Codice QR dell'app mobile
login-method-qr-hint = Generare una password monouso con l'app mobile.
login-method-token-title = Token
login-method-token-hint = Utilizzare un token o un'app di autenticazione per generare una password monouso per accedere.
login-method-webauthn-title = Chiave di sicurezza o piattaforma attendibile (TPM)
login-method-webauthn-hint = Utilizzare la chiave di sicurezza registrata o l'autenticatore integrato nel dispositivo per verificare la propria identità.
login-method-recovery-title = Codice di recupero
login-method-recovery-hint = Ha perso il telefono, il token o la chiave? Utilizzi un codice di recupero per raggiungere la sezione Il mio account e aggiungere un nuovo metodo di verifica.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Il Suo account richiede sempre l'autenticazione a più fattori.
login-verify-app-hint = Confermi l'accesso nell'app mobile con il Suo PIN.
login-verify-qr-hint = Scansioni un codice QR con l'app mobile, che funziona anche offline, e inserisca la password monouso che mostra.
login-verify-token-hint = Inserisca il codice della Sua app di autenticazione o del Suo token hardware.

## Lines of an account's security history (they start in lower case).

login-history-locked = account bloccato dopo diverse password errate
login-history-new-browser = nuovo accesso da un browser mai visto prima ({ $browser })
