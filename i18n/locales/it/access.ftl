# Access to applications ("My applications access"): the four-step request wizard, the
# requester's list, the approvers' review page, and the mails' description of a request.

## My applications access (the requester's list)

access-my-title = I miei accessi alle applicazioni
access-my-requests-label = Le mie richieste di accesso
access-none-yet = Non ha ancora alcuna richiesta di accesso.
access-review-link = Esamina le richieste di accesso
access-back-to-my = Torna a I miei accessi alle applicazioni

## Column headers and field labels shared by the pages

access-field-application = Applicazione
access-field-organisation = Organizzazione
access-field-profile = Profilo di accesso
access-field-submitted = Inviata il
access-field-status = Stato
access-field-comments = Commenti
access-field-network = Rete
access-field-search = Ricerca
access-field-reason = Motivazione

## The status of a request

access-status-pending = in attesa
access-status-approved = approvata
access-status-rejected = respinta
access-status-revoked = revocata
access-status-first-approval = accettata una volta, in attesa di un secondo approvatore
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Nuovo accesso a un'applicazione
access-steps-application = Selezione dell'applicazione
access-steps-organisation = Selezione dell'organizzazione
access-steps-profile = Selezione del profilo di accesso
access-steps-recap = Riepilogo e invio
access-step-1 = Passo 1: selezionare un'applicazione
access-step-2 = Passo 2: selezionare un'organizzazione
access-step-3 = Passo 3: selezionare un profilo di accesso
access-step-4 = Passo 4: inserire un commento
access-cancel = Annulla
access-no-value = [Nessun valore selezionato]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizzazioni
access-per-page = voci per pagina
access-search-label = Cerca:
access-search-button = Cerca
access-up = Livello superiore
access-institution = Istituzione
access-submitted-mark = (richiesta inviata)
access-submitted-note = Le organizzazioni contrassegnate con (richiesta inviata) possono già essere utilizzate per richiedere l'accesso.
access-open = Apri
access-details = Dettagli
access-details-of = Dettagli di { $name }
access-no-match = Nessuna voce corrispondente.
access-showing = { $total ->
    [one] Voci da { $first } a { $last } di { $total }
   *[other] Voci da { $first } a { $last } di { $total }
}
access-network-details = { $countries ->
    [one] { $countries } paese
   *[other] { $countries } paesi
}, { $institutions ->
    [one] { $institutions } istituzione
   *[other] { $institutions } istituzioni
}. Aree tematiche: { $areas }.
access-country-details = { $institutions ->
    [one] { $network }, { $country }: { $institutions } istituzione, oltre all'accesso ospite.
   *[other] { $network }, { $country }: { $institutions } istituzioni, oltre all'accesso ospite.
}
access-guest-details = Accesso ospite a { $network } ({ $country }), per i professionisti sanitari esterni alle sue istituzioni membri.
access-institution-details = { $institution } ({ $country }), membro di { $network }.
access-pages = Pagine
access-page-number = Pagina { $number }

## Step 3: select access profile

access-organisation-chosen = Organizzazione:
access-profile-name = Nome
access-profile-description = Descrizione
access-profile-active = attivo
access-profile-submitted = richiesta inviata
access-profile-granted = concesso

## Step 4: recap and submission

access-recap-intro = Verifichi la richiesta compilata, quindi faccia clic su "Invia la richiesta di accesso".
access-summary = Riepilogo
access-before-submitting = Prima dell'invio
access-before-submitting-text = Una richiesta di accesso a un'applicazione viene convalidata dagli amministratori; si tratta di una procedura manuale che può richiedere alcuni giorni.
access-submit = Invia la richiesta di accesso
access-submitted-title = La Sua richiesta è stata inviata
access-submitted-what = Ha chiesto { $profiles } presso { $organisation } ({ $application }).
access-submitted-wait = Nota bene: l'approvazione e l'attivazione del Suo account possono richiedere 1-2 giorni dall'invio della richiesta. Riceverà una notifica via e-mail al termine della procedura di approvazione.

## Why a request is refused

access-select-application = Selezioni un'applicazione.
access-select-organisation = Selezioni un'organizzazione.
access-select-institution = Selezioni un'organizzazione: un'istituzione (o l'accesso ospite) di una rete e di un paese.
access-select-profile = Selezioni almeno un profilo di accesso.
access-not-a-profile = "{ $profile }" non è un profilo di accesso di { $application }.
access-comment-too-long = Il commento deve essere un testo semplice di al massimo { $max } caratteri.
access-already-pending = Ha già una richiesta in attesa per { $organisation }; attenda la decisione.
access-already-pending-here = Ha già una richiesta in attesa per questa organizzazione; attenda la decisione.
access-already-held = Dispone già del profilo { $profile } per { $organisation }.
access-too-many-requests = { $count ->
    [one] Nell'ultima ora ha inviato { $count } richiesta; attenda prima di inviarne altre.
   *[other] Nell'ultima ora ha inviato { $count } richieste; attenda prima di inviarne altre.
}
access-reason-too-long = La motivazione deve contenere al massimo { $max } caratteri.
access-reason-needed = Indichi una motivazione: il richiedente la riceve via e-mail.
access-accepted-already = Ha già accettato questa richiesta: deve accettarla anche un secondo approvatore.

## The approvers' review page

access-review-title = Richieste di accesso da esaminare
access-review-networks = Reti per cui decide: { $networks }
access-review-all-networks = tutte (amministratore)
access-all-networks = Tutte le reti
access-review-search-hint = L'inizio del nome o dell'indirizzo e-mail di un richiedente, oppure del nome o del codice di un'organizzazione.
access-review-show = Mostra
access-pending-heading = Richieste in attesa
access-pending-none = Nessuna richiesta in attesa.
access-reason-hint = Inviata al richiedente; obbligatoria per respingere.
access-accept = Accetta
access-reject = Respingi
access-first-page = Prima pagina
access-pending-pages = Pagine delle richieste in attesa
access-pending-next = Richieste in attesa successive
access-granted-heading = Accessi concessi
access-granted-none = Non è stato ancora concesso alcun accesso.
access-granted-row = { $requester }: { $profiles } presso { $organisation }
access-revoke-reason = Motivazione della revoca
access-revoke = Revoca
access-granted-pages = Pagine degli accessi concessi
access-granted-next = Accessi concessi successivi
access-deleted-account = (account eliminato)
access-accepted-done = La richiesta è stata accettata; il richiedente è stato informato via e-mail.
access-rejected-done = La richiesta è stata respinta; il richiedente è stato informato via e-mail.
access-revoked-done = L'accesso è stato revocato; il richiedente è stato informato via e-mail.
access-first-approval-done = Ha accettato la richiesta. Essa conferisce un profilo che approva altre persone, quindi deve accettarla anche un secondo approvatore; il richiedente verrà informato a quel punto.
access-already-decided = Su questa richiesta è già stata presa una decisione (forse da un altro approvatore).
access-revoke-approver-admin = Solo un amministratore può revocare l'accesso di un coordinatore (un accesso che consente al titolare di approvare altri). Non è stato modificato nulla.
access-not-approver-title = Lei non esamina richieste di accesso
access-not-approver-text = Le richieste di accesso sono decise dai coordinatori di ciascuna rete e dagli amministratori. Il Suo account non rientra in nessuna delle due categorie.
access-second-factor-title = Confermi prima con il Suo secondo fattore
access-second-factor-text = Decidere sulle richieste di accesso concede o revoca l'accesso ai dati dei pazienti: è quindi necessario un accesso con un secondo fattore (Telefono cellulare + SMS, un'app mobile o un token). Non è stato modificato nulla.
access-second-factor-link = Conferma con un secondo fattore
