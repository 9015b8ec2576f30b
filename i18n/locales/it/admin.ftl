# The operators' console at /admin (for administrators). Technical terms stay as they are:
# client id, redirect URI, PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, "idp client add".

## Who may use the console

admin-not-admin-title = Questa console è riservata agli amministratori
admin-not-admin-text = Il Suo account non è un account di amministratore. Non è stato mostrato né modificato nulla.
admin-my-account = Il mio account
admin-second-factor-title = Confermi prima con il Suo secondo fattore
admin-second-factor-text = La console degli operatori agisce sugli account di altre persone: è quindi necessario un accesso con un secondo fattore.
admin-second-factor-again-title = Confermi di nuovo con il Suo secondo fattore
admin-second-factor-again-text = Il Suo secondo fattore è stato verificato più di 15 minuti fa. Lo confermi di nuovo, quindi ripeta l'operazione: non è stato modificato nulla.
admin-second-factor-link = Conferma con un secondo fattore
admin-held-title = Il Suo account è temporaneamente limitato

## Shared by the console's pages

admin-back = Indietro
admin-back-to-console = Torna alla console
admin-search = Cerca
admin-first-page = Prima pagina
admin-next-page = Pagina successiva
admin-pages = Pagine
admin-when = Data
admin-from = Da
admin-created = Creato
admin-name = Nome
admin-email = Indirizzo e-mail
admin-status = Stato

## The console's home page

admin-title = Console degli operatori
admin-home-intro = Accesso effettuato come { $operator }. Ogni operazione eseguita qui viene registrata nel registro degli operatori e, se riguarda una persona, nella sua cronologia di sicurezza.
admin-menu-users = Utenti
admin-menu-users-text = trovare una persona, sbloccare, chiudere sessioni, rimuovere un telefono o un dispositivo smarrito, disattivare o attivare, inviare un'e-mail di reimpostazione della password
admin-menu-clients = Client
admin-menu-clients-text = le applicazioni che consentono l'accesso alle persone
admin-menu-keys = Chiavi di firma
admin-menu-access = Accessi
admin-menu-access-text = richieste in attesa e accessi concessi di tutte le reti
admin-menu-log = Registro degli operatori

## Users

admin-users-title = Utenti
admin-users-search-hint = L'inizio di un indirizzo e-mail, di un nome o di un cognome, oppure di "nome cognome".
admin-users-none = Nessun account trovato.
admin-account = Account
admin-user-active = attivo
admin-user-disabled = disattivato
admin-user-locked-until = bloccato dopo password errate fino al { $until }
admin-user-administrator = amministratore
admin-factors = Secondi fattori
admin-factors-none = Nessuno.
admin-factor-phone = Telefono cellulare { $number }
admin-factor-phone-unconfirmed = Telefono cellulare { $number } (non confermato)
admin-factor-device = Dispositivo mobile "{ $name }"
admin-factor-token = Token (app di autenticazione)
admin-factor-security-key = Chiave di sicurezza "{ $name }"
admin-factor-added = { $factor }, aggiunto il { $added }
admin-factor-remove = Rimuovi: { $factor }
admin-sessions = Sessioni
admin-sessions-none = Nessuna sessione aperta.
admin-session-browser = Browser
admin-session-address = Indirizzo
admin-session-started = Accesso
admin-session-last-activity = Ultima attività
admin-session-applications = Applicazioni
admin-session-no-applications = nessuna
admin-actions = Azioni
admin-unlock = Sblocca l'account
admin-send-reset = Invia un'e-mail di reimpostazione della password
admin-end-sessions = Chiudi tutte le sessioni
admin-enable = Attiva l'account
admin-disable = Disattiva l'account
admin-history = Cronologia di sicurezza
admin-history-none = Ancora nulla.
admin-history-what = Modifica
admin-back-to-users = Torna agli utenti

## What an action on an account did

admin-unlocked-title = Account sbloccato
admin-unlocked-text = { $email } può di nuovo accedere con la password corretta; la persona è stata informata via e-mail.
admin-sessions-ended-title = Tutte le sessioni chiuse
admin-sessions-ended-text = Tutte le sessioni di { $email } sono state chiuse e quanto concesso alle applicazioni è stato revocato.
admin-admin-disable-title = L'account di un amministratore si disattiva sul server
admin-admin-disable-text = Gli account degli amministratori si disattivano con idp user disable sul server, non dalla console.
admin-disabled-title = Account disattivato
admin-disabled-text = { $email } non può più accedere; tutte le sessioni sono state chiuse e i relativi token sono stati revocati.
admin-enabled-title = Account attivato
admin-enabled-text = { $email } può di nuovo accedere.
admin-already-disabled-title = Già disattivato
admin-already-disabled-text = { $email } era già disattivato; non è cambiato nulla.
admin-already-enabled-title = Già attivato
admin-already-enabled-text = { $email } era già attivato; non è cambiato nulla.
admin-reset-sent-title = E-mail di reimpostazione della password inviata
admin-reset-sent-text = Un link per scegliere una nuova password è stato inviato via e-mail a { $email }.
admin-no-mail-title = Nessuna e-mail inviata
admin-no-mail-text = Di recente sono state inviate troppe e-mail a { $email }; riprovi più tardi.
admin-nothing-removed-title = Nulla è stato rimosso
admin-nothing-removed-text = L'account non ha questo fattore (forse è stato rimosso nel frattempo).
admin-factor-removed-title = Fattore rimosso
admin-factor-removed-text = Il fattore è stato rimosso dall'account { $email }; la persona è stata informata via e-mail.

## Clients (the applications that sign people in)

admin-clients-title = Client
admin-client-id = Client id
admin-client-kind = Tipo
admin-redirect-uris = Redirect URI
admin-redirect-uris-hint = Uno per riga: https, oppure http su loopback.
admin-kind-confidential-option = Riservato (con un secret)
admin-kind-public-option = Pubblico (PKCE, senza secret)
admin-kind-keys = riservato (private_key_jwt)
admin-kind-secret = riservato (secret)
admin-kind-public = pubblico (PKCE)
admin-client-add = Aggiungi un client
admin-client-add-button = Aggiungi il client
admin-clients-cli-hint = Le chiavi (private_key_jwt), DPoP, i soggetti pairwise e il profilo FAPI 2.0 si impostano dalla riga di comando:
admin-client-title = Client { $id }
admin-redirect-uris-save = Salva i redirect URI
admin-secret = Secret
admin-secret-rotate-hint = Il secret attuale smette subito di funzionare; quello nuovo viene mostrato una sola volta.
admin-secret-rotate = Rinnova il secret
admin-remove = Rimuovi
admin-client-remove = Rimuovi il client { $id }
admin-back-to-clients = Torna ai client
admin-client-added-title = Client aggiunto
admin-client-added-public = { $id } è registrato come client pubblico (PKCE, senza secret).
admin-secret-rotated-title = Secret del client rinnovato
admin-secret-shown-once = Il secret di { $id } viene mostrato solo questa volta; lo copi subito nella configurazione dell'applicazione.
admin-client-secret = Secret del client
admin-done = Fatto
admin-uris-saved-title = Redirect URI salvati
admin-uris-saved-text = { $id } accetta ora: { $uris }
admin-client-removed-title = Client rimosso
admin-client-removed-text = { $id } è stato rimosso: i suoi token non funzionano più su userinfo e non può più consentire l'accesso a nessuno.
admin-uris-none = è necessario almeno un redirect URI
admin-uris-too-many = { $max ->
    [one] al massimo { $max } redirect URI
   *[other] al massimo { $max } redirect URI
}
admin-no-such-client = nessun client ha l'id { $id }
admin-uris-checked = { $id } utilizza soggetti pairwise o il profilo FAPI 2.0, per i quali i suoi redirect URI sono stati verificati: li modifichi con idp client remove e idp client add
admin-no-secret = { $id } non ha un secret (client pubblico, oppure client che firma con le proprie chiavi)

## Signing keys

admin-keys-title = Chiavi di firma
admin-key-id = Key id
admin-key-algorithm = Algoritmo
admin-key-state = Stato
admin-key-signs = firma i token
admin-key-retired-published = ritirata, ancora pubblicata
admin-key-retired = ritirata
admin-key-rotate-heading = Rinnova una chiave
admin-key-rotate = Rinnova la chiave di firma
admin-key-rotated-title = Chiave di firma rinnovata
admin-key-rotated-text = I token { $alg } sono ora firmati con la chiave { $kid }; la chiave precedente resta pubblicata finché i token da essa firmati possono essere ancora in uso.

## The operators' log

admin-log-title = Registro degli operatori
admin-log-label = Il registro degli operatori
admin-log-search-hint = L'inizio dell'indirizzo e-mail di un operatore, dell'oggetto dell'operazione o dell'operazione stessa.
admin-log-none = Nessuna voce.
admin-log-operator = Operatore
admin-log-action = Operazione
admin-log-target = Oggetto
