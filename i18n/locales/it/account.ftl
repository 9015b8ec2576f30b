# My account: the overview, personal data, sessions, the security history page, deleting
# the account.

## The overview ("My account")

account-title = Il mio account
account-name = Nome
account-email = Indirizzo e-mail
account-email-language = Lingua delle e-mail
account-signed-in-since = Connesso dal
account-sign-out = Esci
account-change-password = Modifica password
account-access-link = I miei accessi alle applicazioni
account-require-mfa = Richiedi sempre l'autenticazione a più fattori
account-save = Salva
account-consents-heading = Applicazioni che ha autorizzato
account-consents-none = Nessuna applicazione ha ancora chiesto il Suo consenso.
account-consent-withdraw = Revoca il consenso dato a { $name }
account-offline-heading = Applicazioni con accesso offline
account-offline-hint = Queste applicazioni possono agire per Suo conto anche quando Lei non è connesso. La revoca pone fine a questa possibilità immediatamente; le applicazioni dovranno chiederLe di nuovo l'autorizzazione.
account-offline-none = Nessuna applicazione dispone di accesso offline.
account-offline-until = (fino al { $until }, rinnovato finché viene utilizzato)
account-offline-revoke = Revoca l'accesso offline di { $name }
account-delete = Elimina il mio account
account-delete-warning = Questa operazione chiude tutte le sessioni ed elimina il Suo account e tutti i dati conservati che lo riguardano. Non può essere annullata.
account-password = Password
account-back = Torna al mio account

## Messages on the overview

account-password-changed = La Sua password è stata modificata. Gli altri browser sono stati disconnessi.
account-mfa-on = L'autenticazione a più fattori è ora sempre richiesta per il Suo account.
account-mfa-off = L'autenticazione a più fattori non è più sempre richiesta.
account-mfa-confirm-first = Per modificare questa impostazione, confermi prima con il Suo secondo metodo di verifica (acceda di nuovo con esso).
account-delete-wrong-password = Questa non è la Sua password: l'account non è stato eliminato.
account-delete-confirm-first = Per eliminare l'account, confermi prima con il Suo secondo metodo di verifica (acceda di nuovo con esso).
account-deleted-title = Il Suo account è stato eliminato
account-deleted-text = Il Suo account e tutti i dati conservati che lo riguardano sono stati eliminati.
account-create = Crea un account

## Personal data

account-details-title = Dati personali
account-details-first-name = Nome
account-details-last-name = Cognome
account-details-email-heading = Modifica il mio indirizzo e-mail
account-details-email-current = Il Suo indirizzo e-mail è { $email }. Inviamo un link al nuovo indirizzo; la modifica avviene quando Lei lo apre.
account-details-new-email = Nuovo indirizzo e-mail
account-details-send-link = Invia un link di conferma
account-details-saved = I Suoi dati personali sono stati salvati.
account-details-link-sent = Abbiamo inviato un link a { $email }. Lo apra per rendere questo il Suo indirizzo e-mail.
account-details-email-changed = Il Suo indirizzo e-mail è ora { $email }.
account-details-wrong-password = Questa non è la Sua password.
account-details-email-confirm-first = Per modificare il Suo indirizzo e-mail, confermi prima con il Suo secondo metodo di verifica (acceda di nuovo con esso).
account-details-link-invalid = Questo link non è valido, è scaduto o è già stato utilizzato.
account-details-name-length = Nome e cognome devono contenere da 1 a 100 caratteri.
account-details-choose-language = Scelga la lingua delle Sue e-mail.
account-details-email-invalid = Inserisca un indirizzo e-mail valido.
account-details-email-same = Questo è già il Suo indirizzo e-mail.
account-details-too-many-mails = Sono state richieste troppe e-mail. Riprovi tra un'ora.
account-details-email-taken = Un altro account utilizza ora questo indirizzo.
account-email-title = Il Suo indirizzo e-mail
account-go = Vai al mio account

## Display my sessions

account-sessions-title = Visualizza le mie sessioni
account-sessions-label = Le mie sessioni
account-sessions-browser = Browser
account-sessions-address = Indirizzo
account-sessions-signed-in = Accesso
account-sessions-last-activity = Ultima attività
account-sessions-applications = Applicazioni
account-sessions-this-browser = (questo browser)
account-sessions-no-applications = nessuna
account-sessions-end = Chiudi la sessione di { $browser } ({ $started })
account-sessions-end-others = Chiudi tutte le mie altre sessioni
account-session-ended = La sessione è stata chiusa.
account-session-already-ended = Quella sessione era già stata chiusa.
account-other-sessions-ended = Tutte le altre sessioni sono state chiuse.
account-browser-on-system = { $browser } su { $system }

## Security history

account-history-title = Cronologia di sicurezza
account-history-intro = Tutte le modifiche alla sicurezza del Suo account, dalla più recente. Ciascuna Le è stata comunicata anche via e-mail.
account-history-none = Ancora nulla.
account-history-when = Data
account-history-what = Modifica
account-history-from = Dall'indirizzo
