# Creating an account, the anti-robot check, the privacy statement, confirming a new
# e-mail address.

## "Create an account": the form.

register-title = Crea un account
register-problem = Si è verificato un problema
register-first-name-label = Nome
register-last-name-label = Cognome
register-email-label = Indirizzo e-mail
register-confirm-email-label = Conferma l'indirizzo e-mail
register-language-label = Lingua delle e-mail
register-privacy-acknowledge = Selezionando questa casella, dichiara di aver letto e compreso l'{ $statement }
register-privacy-statement = informativa sulla privacy
register-submit = Crea un account
register-robot-intro = Il Suo browser risolve un piccolo enigma per dimostrare di non essere un robot. Ciò richiede JavaScript e uno o due secondi.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Inserisca il Suo nome (al massimo 100 caratteri).
register-last-name-invalid = Inserisca il Suo cognome (al massimo 100 caratteri).
register-email-invalid = Inserisca un indirizzo e-mail valido, ad esempio name@hospital.eu.
register-emails-differ = I due indirizzi e-mail non coincidono.
register-language-invalid = Scelga la lingua delle Sue e-mail.
register-privacy-required = Deve dichiarare di aver preso visione dell'informativa sulla privacy.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Controlli la Sua casella di posta
register-mail-sent = Abbiamo inviato un messaggio a { $email }.
register-open-link = Apra il link contenuto nel messaggio entro 24 ore per confermare il Suo indirizzo e-mail e scegliere la password.
register-look-in-spam = Se entro qualche minuto non arriva nulla, controlli la cartella della posta indesiderata.
register-choose-password = Scelga la Sua password
register-ready-title = Il Suo account è pronto
register-ready = Il Suo indirizzo e-mail { $email } è confermato e la password è impostata.
register-already-title = Ha già un account
register-already = Esiste già un account con questo indirizzo e-mail. Acceda oppure utilizzi "Password dimenticata?".
register-sign-in = Accedi

## The anti-robot check.

register-robot-title = Verifica anti-robot
register-robot-checking = Verifica che Lei non sia un robot…
register-robot-done = Verifica che Lei non sia un robot… completata
register-robot-malformed = La verifica anti-robot è assente o non valida.
register-robot-expired = La verifica anti-robot è scaduta; riprovi.
register-robot-unsolved = La verifica anti-robot non è stata risolta.
register-robot-reused = La verifica anti-robot è già stata utilizzata; riprovi.
register-robot-other-address = La verifica anti-robot è stata eseguita per un altro indirizzo di rete; riprovi.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Informativa sulla privacy
register-privacy-kept = { $site } conserva il Suo nome, il Suo indirizzo e-mail, la lingua delle Sue e-mail, un hash argon2id con sale della Sua password e, finché Lei ha effettuato l'accesso, l'indirizzo e il nome del Suo browser, allo scopo di consentirLe l'accesso alle applicazioni delle reti di riferimento europee.
register-privacy-shared = Nulla viene condiviso con terzi; la verifica anti-robot viene eseguita nel Suo browser. Le applicazioni a cui accede ricevono solo ciò che chiedono e che Lei autorizza.

## Confirming a new e-mail address.

register-email-confirm-title = Confermi il Suo nuovo indirizzo e-mail
register-email-confirm-button = Conferma il mio nuovo indirizzo e-mail
