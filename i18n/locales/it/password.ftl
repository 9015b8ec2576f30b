# Passwords: choosing one (first or new), "Lost your password?", changing it, the rules.

## The form that sets a password.

password-account = Account:
password-rules-hint = Almeno 10 caratteri. Le frasi lunghe composte da parole non correlate sono facili da ricordare e difficili da indovinare; il Suo nome, il Suo indirizzo e-mail e le password comuni vengono rifiutati.
password-problem = Si è verificato un problema
password-new-label = Nuova password
password-confirm-label = Conferma la nuova password
password-set-submit = Imposta la mia password
password-choose-new = Scelga una nuova password
password-new-set-title = La Sua nuova password è impostata
password-new-set = Per la Sua sicurezza, tutte le sessioni del Suo account sono state chiuse. Acceda con la nuova password.

## "Lost your password?"

password-lost-title = Password dimenticata?
password-lost-intro = Inserisca l'indirizzo e-mail del Suo account. Le invieremo un link per scegliere una nuova password.
password-email-label = Indirizzo e-mail
password-lost-submit = Inviami un link
password-email-invalid = Inserisca un indirizzo e-mail valido.
password-check-mailbox = Controlli la Sua casella di posta
password-lost-sent = Se { $email } è l'indirizzo di un account, vi abbiamo inviato un link per scegliere una nuova password.
password-lost-link-once = Il link funziona una sola volta, per un'ora.

## "Change password" (from My account).

password-change-title = Modifica password
password-change-hint = La modifica della password La disconnette da tutti gli altri browser.
password-current-label = Password attuale
password-change-submit = Modifica password
password-back-to-account = Torna al mio account
password-not-current = Questa non è la Sua password attuale.
password-mismatch = Le due password non coincidono.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] La password deve contenere almeno { $count } carattere.
   *[other] La password deve contenere almeno { $count } caratteri.
}
password-too-long = { $count ->
    [one] La password deve contenere al massimo { $count } carattere.
   *[other] La password deve contenere al massimo { $count } caratteri.
}
password-is-email = La password non deve essere il Suo indirizzo e-mail.
password-guessable = Questa password è troppo comune o facile da indovinare. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Aggiunga qualche parola poco comune.
password-advice-few-words = Usi alcune parole ed eviti le frasi comuni.
password-advice-no-symbols-needed = Non servono simboli, cifre o lettere maiuscole.
password-advice-another-word = Aggiunga ancora una o due parole. Le parole poco comuni sono migliori.
password-advice-capitals = Le maiuscole non aiutano molto.
password-advice-all-uppercase = Una password tutta in maiuscolo è facile da indovinare quasi quanto una tutta in minuscolo.
password-advice-reversed = Le parole scritte al contrario non sono molto più difficili da indovinare.
password-advice-substitutions = Sostituzioni prevedibili come "@" al posto di "a" non aiutano molto.
password-advice-keyboard = Usi una sequenza di tasti più lunga e con più cambi di direzione.
password-advice-repeats = Eviti parole e caratteri ripetuti.
password-advice-sequences = Eviti le sequenze.
password-advice-recent-years = Eviti gli anni recenti.
password-advice-your-years = Eviti gli anni associati alla Sua persona.
password-advice-your-dates = Eviti date e anni associati alla Sua persona.

## Lines of an account's security history (they start in lower case).

password-history-changed = password modificata
password-history-reset = password reimpostata con un link inviato via e-mail
password-history-secured = account messo in sicurezza dal link inviato via e-mail: password, chiavi di sicurezza e codici di recupero rimossi, tutte le sessioni chiuse
