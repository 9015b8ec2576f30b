# The security history of an account (shown in a table cell next to the date and the
# address; it starts in lower case).

history-mfa-mandatory = autenticazione a più fattori resa obbligatoria
history-mfa-optional = autenticazione a più fattori resa facoltativa
history-token-added = token aggiunto
history-token-deleted = token eliminato
history-phone-added = numero di telefono cellulare { $number } aggiunto
history-phone-deleted = numero di telefono cellulare { $number } eliminato
history-device-added = dispositivo mobile "{ $name }" aggiunto
history-device-deleted = dispositivo mobile "{ $name }" eliminato
history-panic = PANIC: tutti i dispositivi mobili ({ $devices }) e i token ({ $tokens }) eliminati, tutte le sessioni chiuse
history-app-denied-wrong-number = accesso negato su "{ $name }": nell'app è stato selezionato un numero errato
history-app-denied = accesso negato su "{ $name }": l'accesso è stato negato nell'app
history-key-added = chiave di sicurezza "{ $name }" aggiunta
history-key-added-password-only = chiave di sicurezza "{ $name }" aggiunta durante un accesso con la sola password
history-key-added-password-only-mailed = chiave di sicurezza "{ $name }" aggiunta durante un accesso con la sola password. Se non è stato Lei, apra { $link } : il link rimuove la password, tutte le chiavi di sicurezza e tutti i codici di recupero, e chiude tutte le sessioni
history-key-deleted = chiave di sicurezza "{ $name }" eliminata
history-key-cloned = chiave di sicurezza "{ $name }" rifiutata: il suo contatore è tornato indietro, potrebbe essere stata copiata
history-codes-generated = nuovi codici di recupero generati (quelli precedenti non funzionano più)
history-code-used = { $count ->
    [one] accesso con un codice di recupero (ne resta { $count })
   *[other] accesso con un codice di recupero (ne restano { $count })
}
history-email-change-requested = richiesta la modifica dell'indirizzo e-mail in { $email }
history-email-changed = indirizzo e-mail modificato da { $old } a { $new }
