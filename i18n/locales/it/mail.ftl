# Mails to account holders, and the SMS text challenge, in the account's "E-mail language".
# Links stand alone on their line or at the end of one; blank lines between paragraphs.

## Creating an account

mail-confirm-registration-subject = { $site }: confermi il Suo indirizzo e-mail
mail-confirm-registration-body =
    Gentile { $first_name } { $last_name },

    qualcuno, probabilmente Lei, ha chiesto di creare un account su { $site } con questo indirizzo e-mail.

    Per confermare l'indirizzo e scegliere la password, apra questo link entro 24 ore:

    { $link }

    Il link funziona una sola volta. Se non ha chiesto un account, ignori questa e-mail: senza di essa non viene creato alcun account.

mail-already-registered-subject = { $site }: ha già un account
mail-already-registered-body =
    Gentile { $first_name } { $last_name },

    qualcuno, probabilmente Lei, ha chiesto di creare un account su { $site } con questo indirizzo e-mail, ma esiste già un account con questo indirizzo.

    Per accedere, vada su { $login_link }
    Se ha dimenticato la password, utilizzi "Password dimenticata?": { $reset_link }

    Se non ha fatto questa richiesta, ignori questa e-mail; il Suo account non è stato modificato.

## Passwords

mail-reset-password-subject = { $site }: scelga una nuova password
mail-reset-password-body =
    Gentile { $first_name } { $last_name },

    qualcuno, probabilmente Lei, ha chiesto di scegliere una nuova password per il Suo account su { $site }.

    Per scegliere una nuova password, apra questo link entro un'ora:

    { $link }

    Il link funziona una sola volta. La scelta di una nuova password La disconnette ovunque.
    Se non ha fatto questa richiesta, ignori questa e-mail; la Sua password non è stata modificata.

mail-password-changed-subject = { $site }: la Sua password è stata modificata
mail-password-changed-body =
    Gentile { $first_name } { $last_name },

    la password del Suo account su { $site } è stata modificata il { $when }.

    Se non è stato Lei, scelga subito una nuova password con "Password dimenticata?": { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: il Suo account è bloccato per { $minutes } minuto
   *[other] { $site }: il Suo account è bloccato per { $minutes } minuti
}
mail-account-locked-body =
    Gentile { $first_name } { $last_name },

    dopo diverse password errate, il Suo account su { $site } è bloccato fino al { $until }. A quel punto si sbloccherà automaticamente.

    Se questi tentativi non sono stati Suoi, qualcuno potrebbe cercare di indovinare la Sua password. Può sceglierne una nuova con "Password dimenticata?": { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: una modifica alla sicurezza del Suo account
mail-security-change-body =
    Gentile { $first_name } { $last_name },

    il { $when }, dall'indirizzo { $ip }: { $what }.

    Se è stato Lei, non deve fare nulla. In caso contrario, qualcuno potrebbe utilizzare il Suo account: scelga subito una nuova password con "Password dimenticata?" ({ $reset_link }) e controlli "Visualizza le mie sessioni" nella sezione Il mio account.

mail-factors-held-subject = { $site }: tutti i secondi fattori del Suo account sono stati eliminati
mail-factors-held-body =
    Gentile { $first_name } { $last_name },

    il { $when }, dall'indirizzo { $ip }, tutti i dispositivi mobili e i token del Suo account sono stati eliminati ("Elimina tutti i miei dispositivi (PANIC)") da qualcuno che ha effettuato l'accesso con la sola password.

    Per la Sua sicurezza, la sola password non consente di aggiungere un nuovo secondo fattore prima del { $until }. Se è stato Lei, aggiunga il nuovo dispositivo o token dopo tale data.

    Se NON è stato Lei, qualcuno conosce la Sua password. Apra subito questo link: rimuove la password, chiude tutte le sessioni e revoca l'accesso di tutte le applicazioni; scelga poi una nuova password con "Password dimenticata?".

    { $link }

mail-factor-added-with-code-subject = { $site }: è stato aggiunto un secondo fattore al Suo account con un codice di recupero
mail-factor-added-with-code-body =
    Gentile { $first_name } { $last_name },

    Il { $when }, dall'indirizzo { $ip }, una persona che ha effettuato l'accesso con la Sua password e uno dei Suoi codici di recupero ha apportato questa modifica: { $what }.

    Per la Sua sicurezza, fino al { $until } non è possibile aggiungere o eliminare secondi fattori, generare codici di recupero, modificare il Suo indirizzo e-mail né eliminare il Suo account. Se è stato Lei, non deve fare nulla.

    Se NON è stato Lei, qualcuno conosce la Sua password. Apra subito questo link: rimuove la password, chiude tutte le sessioni e revoca l'accesso di tutte le applicazioni; scelga poi una nuova password con "Password dimenticata?".

    { $link }

mail-account-secured-subject = { $site }: la Sua password è stata rimossa e tutte le sessioni sono state chiuse
mail-account-secured-body =
    Gentile { $first_name } { $last_name },

    il { $when }, dall'indirizzo { $ip }, il Suo account è stato messo in sicurezza tramite il link che Le abbiamo inviato: la password è stata rimossa, tutte le sessioni sono state chiuse e l'accesso di tutte le applicazioni è stato revocato.

    Scelga una nuova password con "Password dimenticata?": { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: confermi il Suo nuovo indirizzo e-mail
mail-confirm-email-change-body =
    Gentile { $first_name } { $last_name },

    per rendere { $new_email } l'indirizzo e-mail del Suo account su { $site }, apra questo link entro 24 ore:

    { $link }

    Il link funziona una sola volta. Se non ha fatto questa richiesta, ignori questa e-mail.

mail-email-changed-subject = { $site }: l'indirizzo e-mail del Suo account è stato modificato
mail-email-changed-body =
    Gentile { $first_name } { $last_name },

    l'indirizzo e-mail del Suo account su { $site } è stato modificato da { $old_email } a { $new_email }.

    Se non è stato Lei, contatti immediatamente l'assistenza.

mail-account-deleted-subject = { $site }: il Suo account è stato eliminato
mail-account-deleted-body = Il Suo account su { $site } e tutti i dati conservati che lo riguardano sono stati eliminati, come da Lei richiesto.

## Access to applications

mail-access-waiting-subject = { $site }: una richiesta di accesso attende la Sua decisione
mail-access-waiting-body =
    Gentile { $first_name } { $last_name },

    { $requester } chiede { $profiles } presso { $organisation } ({ $application }).

    Per esaminarla: { $approvals_link }

mail-access-accepted-subject = { $site }: la Sua richiesta di accesso è stata accettata
mail-access-accepted-body =
    Gentile { $first_name } { $last_name },

    la Sua richiesta di accesso per { $profiles } presso { $organisation } ({ $application }) è stata accettata. Ora può accedere all'applicazione con questo profilo.{ $reason }

    Le Sue richieste: { $requests_link }

mail-access-rejected-subject = { $site }: la Sua richiesta di accesso è stata respinta
mail-access-rejected-body =
    Gentile { $first_name } { $last_name },

    la Sua richiesta di accesso per { $profiles } presso { $organisation } ({ $application }) è stata respinta.{ $reason }

    Le Sue richieste: { $requests_link }

mail-access-revoked-subject = { $site }: il Suo accesso è stato revocato
mail-access-revoked-body =
    Gentile { $first_name } { $last_name },

    il Suo accesso per { $profiles } presso { $organisation } ({ $application }) è stato revocato; l'applicazione non lo riceve più.{ $reason }

    Le Sue richieste: { $requests_link }

mail-access-reason = «{ $reason }»

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: il Suo codice di verifica SMS è { $code }. È valido per { $minutes } minuto.
   *[other] { $site }: il Suo codice di verifica SMS è { $code }. È valido per { $minutes } minuti.
}
