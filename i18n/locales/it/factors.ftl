# Verification methods (second factors): managing them in My account, and the sign-in
# step of each.

## Shared by several pages

factors-sign-in = Accedi
factors-confirm = Conferma
factors-try-again = Riprova
factors-please-try-again = Riprovi.
factors-delete-named = Elimina { $name }
factors-added-on = (aggiunto il { $date })
factors-hold-notice = Tutti i secondi fattori del Suo account sono stati eliminati con la sola password. Per la Sua sicurezza, sarà possibile aggiungerne uno nuovo a partire dal { $until }. Abbiamo inviato un'e-mail al riguardo al titolare dell'account.
factors-already-has-factor = Il Suo account dispone già di un secondo metodo di verifica.
factors-devices-confirm-first = Per aggiungere o eliminare un dispositivo, confermi prima con esso: acceda di nuovo scegliendolo.
factors-confirm-first = Per aggiungerne o eliminarne uno, confermi prima con esso: acceda di nuovo scegliendolo.
factors-confirm-recent = Questa modifica richiede una conferma con il secondo metodo di verifica negli ultimi 15 minuti. Confermi di nuovo, poi ripeta questo passaggio.
factors-phones-confirm-first = Per aggiungerne o eliminarne uno, confermi prima con Telefono cellulare + SMS.
factors-confirm-current-first = Confermi prima con il Suo attuale secondo metodo di verifica (acceda di nuovo scegliendolo).
factors-mfa-add-first = Aggiunga prima un numero di telefono cellulare o un token.
factors-held = Tutti i secondi fattori di questo account sono stati eliminati con la sola password: per la Sua sicurezza non è ancora possibile aggiungerne uno nuovo. Consulti l'e-mail che Le abbiamo inviato.
factors-held-code = È stato aggiunto un secondo fattore a questo account con un codice di recupero: per la Sua sicurezza, fino al { $until } non è possibile aggiungere o eliminare secondi fattori, generare codici di recupero, modificare l'indirizzo e-mail né eliminare l'account. Consulti l'e-mail che Le abbiamo inviato.
factors-code-not-enough = Un codice di recupero consente di aggiungere un secondo metodo di verifica, nient'altro: per eliminarne uno o modificare il Suo indirizzo e-mail, i Suoi codici di recupero o il Suo account, acceda di nuovo con un secondo metodo di verifica di cui dispone.
factors-too-many-codes = Troppi codici errati. Attenda 15 minuti prima di riprovare.

## The method names and what they do

factors-choose-method = Scelga il metodo di verifica
factors-level-high = { $app } richiede il livello di accesso più elevato (livello "{ $level }"): una chiave di sicurezza o una passkey che verifica il Suo PIN, la Sua impronta digitale o il Suo volto. Non può essere utilizzata su un altro sito e La protegge quindi dal phishing.
factors-level-substantial = { $app } richiede un accesso più sicuro (livello "{ $level }"): la Sua password e un secondo metodo di verifica.
factors-method-key-hint-high = Quando richiesto, confermi con il relativo PIN, l'impronta digitale o il volto.
factors-no-key = Il Suo account non ha né chiavi di sicurezza né passkey: non può quindi ancora raggiungere questo livello.
factors-no-key-add = Per proseguire verso { $app }, ne aggiunga una (una chiave di sicurezza o l'autenticatore integrato nel Suo dispositivo), quindi torni qui:
factors-no-factor = Il Suo account non ha ancora un secondo metodo di verifica: non può quindi proseguire verso { $app }.
factors-no-factor-add = Ne aggiunga uno in una di queste pagine, quindi torni qui:
factors-cancel = Annulla e torna a { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Gestisci i miei numeri di telefono cellulare
factors-phones-none = Non ha ancora alcun numero di telefono cellulare.
factors-phone-confirmed = (confermato)
factors-phone-not-confirmed = (non ancora confermato)
factors-phones-confirm-number = Conferma { $number }
factors-sms-enter-challenge = Inserisca il codice di verifica inviato al Suo telefono cellulare via SMS. Il messaggio potrebbe impiegare diversi minuti per arrivare.
factors-sms-challenge-label = Codice di verifica SMS
factors-phones-add = Aggiungi un numero di telefono cellulare
factors-mobile-phone-label = Telefono cellulare
factors-phone-hint = Formato internazionale con prefisso del paese, ad esempio per il Belgio: +32 123 45 67 89
factors-sms-title = Autenticazione con codice di verifica SMS
factors-sms-number-label = Numero di telefono cellulare
factors-too-many-sms = Sono stati richiesti troppi SMS per questo account, questo numero o questa rete. Riprovi tra un'ora.
factors-sms-sent = Abbiamo inviato un codice di verifica SMS al numero { $number }.
factors-phone-added = Il numero { $number } è confermato. Ora può utilizzarlo per accedere con Telefono cellulare + SMS.
factors-phone-deleted = Il numero è stato eliminato.
factors-sms-wrong = { $count ->
    [one] Questo non è il codice di verifica SMS che abbiamo inviato. Le resta { $count } tentativo.
   *[other] Questo non è il codice di verifica SMS che abbiamo inviato. Le restano { $count } tentativi.
}
factors-sms-expired = Questo codice è scaduto o esaurito (troppi tentativi errati). Ne richieda uno nuovo.
factors-phone-format = Inserisca il numero in formato internazionale, con il prefisso del paese, ad esempio per il Belgio: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Un account può avere al massimo { $count } numero di telefono cellulare.
   *[other] Un account può avere al massimo { $count } numeri di telefono cellulare.
}
factors-phone-already-confirmed = Questo numero è già confermato per il Suo account.
factors-phone-not-yours = Questo non è uno dei numeri di telefono cellulare confermati del Suo account.

## Tokens (authenticator apps)

factors-tokens-title = Gestisci i miei token
factors-tokens-intro = Un token è un'app di autenticazione (o un token hardware) che mostra un nuovo codice di 6 cifre ogni 30 secondi.
factors-token-added-on = Token aggiunto il { $date }
factors-token-delete = Elimina il token aggiunto il { $date }
factors-tokens-add = Aggiungi un token
factors-tokens-scan = Scansioni questo codice QR con la Sua app di autenticazione oppure vi inserisca la chiave segreta.
factors-tokens-qr-label = Codice QR della chiave del token
factors-tokens-secret = Chiave segreta:
factors-token-code-label = Codice del token
factors-tokens-confirm = Conferma il token
factors-token-enter = Inserisca il codice che la Sua app di autenticazione o il Suo token mostra in questo momento.
factors-token-added = Il token è stato aggiunto. Ora può utilizzarlo per accedere.
factors-token-deleted = Il token è stato eliminato.
factors-token-enrolment-expired = La registrazione è scaduta. Ricominci.
factors-token-wrong-try-next = Questo non è il codice che il Suo token mostra in questo momento. Provi con il successivo.
factors-token-used = Questo codice è già stato utilizzato. Attenda il successivo.
factors-token-wrong = Questo non è il codice che il Suo token mostra in questo momento.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Gestisci i miei dispositivi mobili
factors-devices-none = Non ha ancora alcun dispositivo mobile.
factors-devices-add = Aggiungi un dispositivo
factors-devices-scan = Apra l'app mobile e scansioni questo codice QR. Funziona una sola volta, per 10 minuti.
factors-devices-qr-label = Codice QR del link di registrazione
factors-devices-link = Senza fotocamera, fornisca all'app questo link:
factors-panic-title = Elimina tutti i miei dispositivi (PANIC)
factors-panic-explained = Se un telefono con l'app è stato perso o rubato: tutti i dispositivi e i token vengono eliminati in una sola volta e tutte le sessioni, compresa questa, vengono chiuse.
factors-device-deleted = Il dispositivo è stato eliminato.
factors-panic-done-title = Tutti i Suoi dispositivi sono stati eliminati
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] Sono stati eliminati { $devices } dispositivo mobile e { $tokens } token e tutte le sessioni sono state chiuse.
       *[other] Sono stati eliminati { $devices } dispositivo mobile e { $tokens } token e tutte le sessioni sono state chiuse.
    }
   *[other] { $tokens ->
        [one] Sono stati eliminati { $devices } dispositivi mobili e { $tokens } token e tutte le sessioni sono state chiuse.
       *[other] Sono stati eliminati { $devices } dispositivi mobili e { $tokens } token e tutte le sessioni sono state chiuse.
    }
}
factors-panic-held = Ha confermato questa operazione solo con la password: per la Sua sicurezza, sarà possibile aggiungere un nuovo dispositivo o token a partire dal { $until }. Le abbiamo inviato un'e-mail al riguardo, con un link per mettere in sicurezza il Suo account se non è stato Lei.
factors-panic-mailed = Le abbiamo inviato un'e-mail al riguardo. Acceda di nuovo per aggiungere un nuovo dispositivo.
factors-panic-wrong-password = Questa non è la Sua password: non è stato eliminato nulla.
factors-panic-confirm-first = Il Suo account conserva un numero di telefono cellulare confermato: confermi prima con Telefono cellulare + SMS.
factors-app-start-explained = Inviamo una richiesta di accesso all'app sul Suo dispositivo mobile. Questa pagina mostra poi un numero: lo selezioni nell'app e inserisca il Suo PIN.
factors-app-send = Invia la richiesta alla mia app mobile
factors-app-pick = Apra l'app sul Suo dispositivo mobile, selezioni questo numero e inserisca il Suo PIN:
factors-app-number-label = Il numero da selezionare nell'app
factors-app-waiting = In attesa del Suo dispositivo mobile. Questa pagina prosegue da sola non appena avrà risposto nell'app.
factors-app-answered = Ho risposto nell'app: continua
factors-app-no-device = Il Suo account non ha alcun dispositivo mobile. Ne aggiunga uno in "Gestisci i miei dispositivi mobili".
factors-app-already-waiting = Una richiesta di accesso è già in attesa nella Sua app mobile. Risponda lì oppure attenda due minuti che scada.
factors-app-too-many = Nell'ultima ora sono state inviate troppe richieste di accesso alla Sua app mobile. Scelga un altro metodo di verifica o riprovi più tardi.
factors-app-request-unknown = Questa richiesta di accesso è sconosciuta o è terminata.
factors-app-request-expired = La richiesta è scaduta prima che l'app rispondesse.
factors-app-request-ended = Questa richiesta di accesso è terminata.
factors-app-refused-wrong-number = L'accesso è stato rifiutato: nell'app è stato selezionato un numero errato.
factors-app-refused-denied = L'accesso è stato rifiutato: è stato negato nell'app.
factors-app-qr-scan = Scansioni questo codice QR con l'app mobile (funziona anche offline) e inserisca la password monouso che mostra.
factors-app-qr-label = Codice QR della sfida { $challenge }
factors-app-qr-challenge = Sfida:
factors-otp-label = Password monouso
factors-app-qr-new = Mostra un nuovo codice QR
factors-qr-ended = Questa sfida è terminata. Ne richieda una nuova.
factors-qr-too-many = Troppe password monouso errate. Attenda 15 minuti o scelga un altro metodo di verifica.
factors-qr-wrong = { $count ->
    [one] Questa non è la password monouso mostrata dall'app. Le resta { $count } tentativo.
   *[other] Questa non è la password monouso mostrata dall'app. Le restano { $count } tentativi.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Gestisci le mie chiavi di sicurezza e passkey
factors-keys-intro = Una chiave di sicurezza (USB, NFC) o l'autenticatore integrato nel Suo dispositivo (Trusted Platform Module, Windows Hello, Touch ID, il blocco schermo di un telefono) dimostra che è davvero Lei e non può essere utilizzato su un altro sito: La protegge dal phishing. Con il relativo PIN o l'impronta digitale raggiunge il livello più elevato, "high", e può consentirLe l'accesso senza password (passkey).
factors-keys-none = Ancora nessuna chiave di sicurezza o passkey.
factors-keys-yours = Le Sue chiavi di sicurezza e passkey
factors-keys-name = Nome
factors-keys-added = Data di aggiunta
factors-keys-last-used = Ultimo utilizzo
factors-keys-action = Azione
factors-keys-never-used = mai
factors-keys-add = Aggiungi una chiave di sicurezza o una passkey
factors-keys-name-label = Nome della chiave
factors-keys-name-placeholder = ad es. Chiave USB blu, Portatile di lavoro
factors-keys-needs-script = Per aggiungere una chiave di sicurezza è necessario JavaScript: il Suo browser comunica con la chiave.
factors-key-added = La chiave di sicurezza "{ $name }" è stata aggiunta.
factors-key-deleted = La chiave di sicurezza è stata eliminata.
factors-key-explained = Utilizzare la chiave di sicurezza registrata o l'autenticatore integrato nel dispositivo per verificare la propria identità. Quando il browser lo chiede, inserisca o tocchi la chiave, oppure confermi con il PIN, l'impronta digitale o il volto.
factors-key-use = Usa la mia chiave di sicurezza
factors-key-needs-script = Per accedere con una chiave di sicurezza è necessario JavaScript: il Suo browser comunica con la chiave.
factors-key-none-add = Il Suo account non ha ancora una chiave di sicurezza: ne aggiunga una nella sezione Il mio account, Gestisci le mie chiavi di sicurezza e passkey.
factors-key-none = Il Suo account non ha ancora una chiave di sicurezza.
factors-key-expired = La richiesta è scaduta o è già stata utilizzata. Riprovi.
factors-key-refused = Non è stato possibile verificare la risposta di questa chiave. Utilizzi una chiave registrata nel Suo account.
factors-key-cloned = Questa chiave è stata rifiutata: potrebbe essere stata copiata. Abbiamo informato il titolare dell'account via e-mail. Utilizzi un altro metodo.
factors-passkey-expired = La richiesta della passkey è scaduta o è già stata utilizzata. Riprovi.
factors-passkey-refused = Questa passkey non è registrata presso di noi. Acceda con il Suo indirizzo e-mail e la Sua password.
factors-passkey-cloned = Questa passkey è stata rifiutata: potrebbe essere stata copiata. Abbiamo informato il titolare dell'account via e-mail.
factors-keys-max = { $count ->
    [one] Un account può avere { $count } chiave di sicurezza o passkey; la elimini prima.
   *[other] Un account può avere { $count } chiavi di sicurezza o passkey; ne elimini prima una.
}
factors-key-name-length = { $count ->
    [one] Dia alla chiave un nome da 1 a { $count } carattere.
   *[other] Dia alla chiave un nome da 1 a { $count } caratteri.
}
factors-key-request-expired = Questa richiesta è scaduta o è già stata utilizzata: aggiunga di nuovo la chiave.
factors-key-malformed = La risposta della chiave non è valida.
factors-key-unverified = Non è stato possibile verificare la risposta della chiave per questo sito. Riprovi.
factors-key-registered = Questa chiave è già registrata.

## Recovery codes

factors-codes-title = I miei codici di recupero
factors-codes-intro = Se perde il telefono, il token e le chiavi di sicurezza, un codice di recupero Le consente di accedere fino alla sezione Il mio account per aggiungere un nuovo metodo di verifica. Ogni codice funziona una sola volta. Li conservi in un luogo sicuro, separati dalla password: stampati o in un gestore di password.
factors-codes-new = Ecco i Suoi nuovi codici di recupero. Vengono mostrati solo questa volta: li annoti o li stampi ora. I codici precedenti non funzionano più.
factors-codes-left = { $count ->
    [one] Ha { $count } codice di recupero non utilizzato (creato il { $date }).
   *[other] Ha { $count } codici di recupero non utilizzati (creati il { $date }).
}
factors-codes-none = Non ha ancora codici di recupero.
factors-codes-generate-new = Genera nuovi codici di recupero
factors-codes-generate = Genera codici di recupero
factors-codes-add-first = Aggiunga prima un secondo metodo di verifica: i codici di recupero lo sostituiscono in caso di smarrimento.
factors-codes-need-real-factor = Un codice di recupero non consente di creare nuovi codici di recupero. Acceda di nuovo con un secondo metodo di verifica (ne aggiunga prima uno se non ne ha), poi li generi.
factors-code-wrong = Questo non è uno dei Suoi codici di recupero, oppure è già stato utilizzato.
factors-code-sign-in-again = Un codice di recupero vale solo entro 15 minuti dall'accesso con la password. Il codice non è stato usato: esca, acceda di nuovo con la password e poi digiti il codice.
factors-code-lapsed = I 15 minuti per aggiungere un metodo di verifica con il codice di recupero sono trascorsi. Esca, poi acceda di nuovo con la password e un altro codice di recupero.
factors-recovery-code = Codice di recupero
factors-recovery-code-explained = Inserisca uno dei Suoi codici di recupero. Le consente di entrare nella sezione Il mio account per aggiungere un nuovo metodo di verifica; non Le consente di accedere alle applicazioni.
factors-recovery-continue = Prosegui verso il mio account

## "Secure my account"

factors-secure-title = Metti in sicurezza il mio account
factors-secure-explained = Tutti i secondi fattori dell'account { $email } sono stati eliminati da qualcuno che ha effettuato l'accesso con la sola password. Se non è stato Lei, qualcuno conosce la Sua password.
factors-secure-what = Mettere in sicurezza l'account ne rimuove la password, chiude tutte le sessioni e revoca l'accesso di tutte le applicazioni. Potrà poi scegliere una nuova password con "Password dimenticata?", tramite la Sua casella di posta.
factors-link-dead-title = Questo link non può essere utilizzato
factors-link-dead-text = È già stato utilizzato o è scaduto. Se pensa che qualcuno conosca la Sua password, ne scelga una nuova con "Password dimenticata?".
factors-secured-title = Il Suo account è stato messo in sicurezza
factors-secured-text = La password è stata rimossa, tutte le sessioni sono state chiuse e l'accesso di tutte le applicazioni è stato revocato.
factors-secured-next = Scelga subito una nuova password con "Password dimenticata?": il link verrà inviato alla Sua casella di posta.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Il server non è riuscito ad avviare la richiesta. Ricarichi la pagina e riprovi.
factors-script-unsupported = Questo browser non può utilizzare chiavi di sicurezza o passkey. Utilizzi un browser aggiornato o un altro metodo di verifica.
factors-script-cancelled = La richiesta è stata annullata o è scaduta. Riprovi.
factors-script-no-answer = La chiave non ha risposto. Riprovi.
factors-script-name-first = Dia prima un nome alla chiave.
