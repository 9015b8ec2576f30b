# Error pages (any page that cannot be shown), refused forms, used-up links.

## The error page.

errors-bad-request-title = Questa richiesta presenta un problema
errors-forbidden-title = Questo modulo non può essere accettato
errors-not-found-title = Pagina non trovata
errors-not-found = Non esiste alcuna pagina a questo indirizzo.
errors-too-large-title = Troppi dati
errors-too-large = Il modulo ha inviato più dati di quanti ne servano a qualsiasi nostro modulo.
errors-too-many-requests-title = Troppe richieste
errors-unavailable-title = Servizio temporaneamente non disponibile
errors-unavailable = Il servizio non può rispondere in questo momento. Non è stato modificato nulla; riprovi tra un minuto.
errors-internal-title = Si è verificato un errore da parte nostra
errors-internal = L'errore è stato registrato. Riprovi; se si ripete, contatti l'assistenza indicando il riferimento riportato qui sotto.
errors-go-to-start = Vai alla pagina iniziale
errors-reference = Riferimento per l'assistenza:

## Forms that cannot be accepted.

errors-form-not-urlencoded = I moduli devono essere inviati come application/x-www-form-urlencoded.
errors-form-other-site = Il modulo è stato inviato da un altro sito.
errors-form-unreadable = Non è stato possibile leggere il modulo.
errors-form-malformed = Il modulo non è valido.
errors-form-expired = Questo modulo è scaduto o non è stato inviato dalle nostre pagine. Torni indietro, ricarichi la pagina e riprovi.
errors-form-wrong-kind = Il modulo contiene un campo di tipo errato.

## Mails and links.

errors-too-many-mails = Sono state richieste troppe e-mail per questo indirizzo o dalla Sua rete. Riprovi tra un'ora.
errors-link-invalid-title = Questo link non può essere utilizzato
errors-link-invalid = Il link non è valido, è scaduto o è già stato utilizzato. I link delle nostre e-mail funzionano una sola volta.
errors-go-to-sign-in = Vai all'accesso
