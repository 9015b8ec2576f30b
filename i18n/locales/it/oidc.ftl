# Signing in to applications (OpenID Connect): consent, sign-out, the way back to the
# application, sign-in requests that cannot be used.

## Consent: an application asks to use the account.

oidc-consent-title = Autorizzare { $app }?
oidc-consent-heading = { $app } chiede di utilizzare il Suo account
oidc-consent-intro = Se Lei lo autorizza, { $app } riceverà:
oidc-consent-withdraw = Può revocare questa autorizzazione in qualsiasi momento nella sezione Il mio account.
oidc-consent-allow = Autorizza
oidc-consent-deny = Rifiuta

## What an application receives.

oidc-scope-subject = un identificativo stabile del Suo account (non il Suo indirizzo e-mail)
oidc-scope-profile = il Suo nome e la lingua preferita
oidc-scope-email = il Suo indirizzo e-mail
oidc-scope-phone = il Suo numero di telefono cellulare confermato
oidc-scope-offline = l'accesso anche quando Lei non è connesso (finché non lo revoca)

## Sign-out.

oidc-logout-title = Disconnessione
oidc-logout-asks = { $app } chiede di disconnetterLa.
oidc-logout-explain = La disconnessione chiude la Sua sessione { $site } in questo browser e ne vengono informate le applicazioni a cui ha effettuato l'accesso con essa.
oidc-logout-submit = Esci
oidc-logout-request-unusable = Questa richiesta di disconnessione non può essere utilizzata
oidc-logout-done-title = È stato disconnesso
oidc-logout-not-signed-in = Non ha effettuato l'accesso in questo browser.
oidc-logout-malformed = La richiesta di disconnessione non è valida.
oidc-logout-foreign-token = La richiesta di disconnessione contiene un ID token che non abbiamo emesso.
oidc-logout-two-applications = La richiesta di disconnessione indica due applicazioni diverse.
oidc-logout-unregistered-address = L'applicazione ha chiesto di indirizzarLa a un indirizzo che non ha registrato.

## The page that sends the answer back to the application.

oidc-returning-title = Ritorno all'applicazione
oidc-returning-no-script = JavaScript è disattivato: prema il pulsante per tornare all'applicazione.
oidc-returning-continue = Prosegui verso l'applicazione

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Questa richiesta di accesso non può essere utilizzata
oidc-request-expired-title = Questa richiesta di accesso è scaduta
oidc-start-again = Torni all'applicazione e ricominci.
oidc-other-browser-title = Questa richiesta di accesso è stata avviata in un altro browser
oidc-other-browser = Per la Sua sicurezza, un accesso può proseguire solo nel browser in cui è iniziato. Torni all'applicazione e ricominci.
oidc-request-malformed = La richiesta di accesso non è valida.
oidc-go-to-account = Vai al mio account
oidc-changed-in-another-tab = Questa richiesta di accesso è stata completata o modificata in un'altra scheda. Torni all'applicazione e ricominci.
oidc-unknown-application = L'applicazione che L'ha indirizzata qui non è registrata presso di noi.
oidc-unregistered-return-address = { $app } L'ha indirizzata qui con un indirizzo di ritorno che non ha registrato: non possiamo quindi rimandarLa indietro.
oidc-request-used = Questa richiesta di accesso è scaduta o è già stata utilizzata. Torni all'applicazione e ricominci.
oidc-request-not-accepted = { $app } ha inviato una richiesta di accesso che non possiamo accettare ({ $reason }).
oidc-application-gone = L'applicazione non è più registrata.
oidc-other-account = Questa richiesta di accesso è stata avviata per un altro account. Torni all'applicazione e ricominci.
oidc-already-completed = Questa richiesta di accesso è già stata completata.
