# CPMS, the Clinical Patient Management System. "CPMS", "ERN", "ERN-CPMS" and "EU Login"
# are names: kept as they are.

## The frame of every CPMS page: header and navigation.

cpms-tagline = Sistema di gestione clinica dei pazienti delle reti di riferimento europee
cpms-training-banner = La MODALITÀ FORMAZIONE è attiva: non usare per dati di pazienti (solo account di prova).
cpms-dashboard = Dashboard
cpms-preferences = Preferenze ERN
cpms-sign-out = Esci
cpms-go-to-dashboard = Vai alla Sua dashboard

## The start page (before signing in).

cpms-landing-title = Sistema di gestione clinica dei pazienti
cpms-landing-heading = Sistema di gestione clinica dei pazienti (CPMS)
cpms-landing-platform = Piattaforma informatica per consulti clinici tra membri delle ERN.
cpms-landing-aim = Il CPMS mira ad aiutare le ERN a migliorare la diagnosi e il trattamento delle malattie complesse rare o a bassa prevalenza oltre i confini nazionali degli Stati membri in Europa.
cpms-landing-browsers-heading = Browser supportati
cpms-landing-browsers = Si assicuri di utilizzare l'ultima versione di Google Chrome, Firefox o Safari per usufruire di tutte le funzionalità del CPMS.
cpms-landing-secure-login-heading = Accesso sicuro
cpms-landing-login-through-eu-login = Può accedere al CPMS ERN tramite il servizio di autenticazione EU Login.
cpms-login-via-eu-login = Accedi tramite EU Login
cpms-training-login-link = Utilizzare account senza EU Login (solo prova)
cpms-landing-members-only = Solo i membri delle ERN e gli utenti ospiti delle ERN possono essere utenti autorizzati del CPMS.
cpms-landing-eu-login-needed = Per accedere al CPMS è necessario un account EU Login.
cpms-landing-create-account = Per creare un account, clicchi qui.
cpms-landing-request-authorisation = Per richiedere l'autorizzazione a utilizzare il CPMS, clicchi qui.
cpms-landing-help-heading = Aiuto e assistenza
cpms-landing-contact-email = Per domande, idee, suggerimenti o per ricevere aiuto su un problema, contatti ERN-CPMS via e-mail all'indirizzo { $address }.
cpms-landing-contact-coordinator = Per domande, idee, suggerimenti o per ricevere aiuto su un problema, contatti il coordinatore della Sua ERN.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Non ha ancora un profilo CPMS, { $name }.
cpms-dashboard-request-authorisation = Per richiedere l'autorizzazione a utilizzare il CPMS, clicchi qui
cpms-dashboard-request-steps = scelga la Sua ERN, il paese, l'istituzione e il profilo di accesso.
cpms-dashboard-user-role = UTENTE: { $name } RUOLO: { $profiles }
cpms-dashboard-request-another = Per richiedere l'autorizzazione per un'altra organizzazione o un altro profilo, clicchi qui

## The pages of CPMS.

cpms-page-organisation-home = Home page CPMS dell'organizzazione
cpms-page-panels = Panel
cpms-page-panel-create = Crea un panel
cpms-page-panel-manage = Gestisci un panel (invita, chiudi)
cpms-page-panel-contribute = Contribuisci a un panel
cpms-page-kpis = Indicatori chiave (KPI) della rete
cpms-page-assistance = Richieste di assistenza
cpms-page-reports = Report anonimizzati

## An organisation's home page.

cpms-organisation-your-profiles = I Suoi profili qui: { $profiles }
cpms-organisation-guest-access = Accesso ospite: vede i panel a cui è invitato e può contribuirvi.

## ERN Preferences.

cpms-preferences-welcome = Benvenuto nel CPMS. Ci indichi il Suo ruolo professionale e le aree tematiche su cui può fornire consulenza; finché non lo fa, non viene proposto come specialista per i panel.
cpms-preferences-professional-role = Il mio ruolo professionale
cpms-preferences-no-value = [Nessun valore selezionato]
cpms-preferences-thematic-areas = Aree tematiche ERN
cpms-preferences-specialist-in = Sono specialista in:
cpms-preferences-none = Nessuna
cpms-preferences-update = Aggiorna le preferenze ERN
cpms-preferences-role-missing = Scelga il Suo ruolo professionale.
cpms-preferences-role-unknown = Scelga il Suo ruolo professionale dall'elenco.
cpms-preferences-none-and-areas = { $network }: selezioni "Nessuna" oppure delle aree tematiche, non entrambe.
cpms-preferences-unknown-area = Area tematica sconosciuta.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Genetista clinico
cpms-role-dermatologist = Dermatologo
cpms-role-endocrinologist = Endocrinologo
cpms-role-haematologist = Ematologo
cpms-role-hepatologist = Epatologo
cpms-role-nephrologist = Nefrologo
cpms-role-neurologist = Neurologo
cpms-role-oncologist = Oncologo
cpms-role-ophthalmologist = Oftalmologo
cpms-role-paediatrician = Pediatra
cpms-role-pathologist = Patologo
cpms-role-pulmonologist = Pneumologo
cpms-role-radiologist = Radiologo
cpms-role-rheumatologist = Reumatologo
cpms-role-surgeon = Chirurgo
cpms-role-other-physician = Altro medico
cpms-role-nurse = Infermiere
cpms-role-psychologist = Psicologo
cpms-role-researcher = Ricercatore
cpms-role-other-health-professional = Altro professionista sanitario

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Nessun panel da mostrare.
cpms-panel = Panel
cpms-thematic-area = Area tematica
cpms-panel-lead = Responsabile
cpms-panel-status = Stato
cpms-panel-status-open = Aperto
cpms-panel-status-closed = Chiuso: { $outcome }
cpms-panel-all-panels = Tutti i panel
cpms-panel-invited = Specialisti invitati
cpms-panel-invited-none = ancora nessuno
cpms-panel-case-summary = Sintesi del caso
cpms-panel-title = Titolo
cpms-panel-contributions = Contributi
cpms-panel-contributions-none = Ancora nessun contributo.
cpms-panel-comment = Commento
cpms-panel-add-comment = Aggiungi commento
cpms-panel-invite-heading = Invita specialisti
cpms-panel-no-candidates = Non è possibile invitare alcuno specialista con "{ $area }" nelle proprie preferenze ERN.
cpms-panel-specialist = Specialista
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Invita lo specialista
cpms-panel-close = Chiudi il panel
cpms-panel-outcome = Esito
cpms-panel-new-no-areas = Questa rete non ha ancora aree tematiche: non è quindi possibile creare panel per essa.
cpms-panel-new-create = Crea il panel
cpms-panel-new-choose-area = Scelga un'area tematica di questa rete.
cpms-panel-not-invitable = Questo membro non può essere invitato: scelga uno degli specialisti proposti per l'area tematica del panel.
cpms-panel-comment-needed = Scriva un commento (al massimo 5000 caratteri).
cpms-panel-choose-outcome = Scelga uno degli esiti.
cpms-panel-refused-view = Non è responsabile di questo panel, non vi è invitato e non lo gestisce.
cpms-panel-refused-invite = Solo il responsabile del panel e i suoi gestori possono invitare, e solo finché il panel è aperto.
cpms-panel-refused-contribute = Solo i partecipanti al panel possono contribuire, e solo finché è aperto.
cpms-panel-refused-close = Solo il responsabile del panel e i suoi gestori possono chiuderlo, e una sola volta.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnosi confermata
cpms-outcome-treatment-recommended = Trattamento raccomandato
cpms-outcome-referred = Inviato a un altro centro
cpms-outcome-no-consensus = Nessun consenso
cpms-outcome-other = Altro

## A form field's problem. $field is the field's label.

cpms-field-required = Il campo "{ $field }" è obbligatorio.
cpms-field-too-long = { $max ->
    [one] Il campo "{ $field }" deve contenere al massimo { $max } carattere.
   *[other] Il campo "{ $field }" deve contenere al massimo { $max } caratteri.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Panel aperti
cpms-kpis-closed-panels = Panel chiusi
cpms-kpis-members = Membri
cpms-kpis-members-with-preferences = Membri con preferenze ERN
cpms-kpis-unassigned = Richieste non ancora assegnate
cpms-kpis-pending-access-requests = Richieste di accesso in attesa

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, per conto del coordinatore
cpms-assistance-none = Nessuna richiesta di assistenza.
cpms-assistance-requested-by = Richiesta da { $name }.
cpms-assistance-assigned-to = Assegnata a { $name }.
cpms-assistance-not-assigned = Non assegnata.
cpms-assistance-assign-to = Assegna a
cpms-assistance-assign = Assegna
cpms-assistance-new = Nuova richiesta di assistenza
cpms-assistance-subject = Oggetto
cpms-assistance-details = Dettagli
cpms-assistance-create = Crea la richiesta di assistenza
cpms-assistance-required = Oggetto e Dettagli sono obbligatori (al massimo 200 e 5000 caratteri).
cpms-assistance-choose-member = Scelga un membro di questa rete a cui assegnare la richiesta.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Solo conteggi: nessun nome, indirizzo e-mail o dettaglio dei casi.
cpms-reports-by-area = Panel per area tematica
cpms-reports-by-outcome = Panel chiusi per esito
cpms-reports-panels = Panel
cpms-reports-still-open = Ancora aperti

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Account di prova
cpms-training-heading = Accedi con un account di prova
cpms-training-notice = Solo per la formazione: questi account e i relativi dati sono tenuti separati dagli utenti reali e dai dati reali.
cpms-training-account = Account di prova
cpms-training-sign-in = Accedi con questo account di prova
cpms-training-account-no-profile = { $username } ({ $name }): nessun profilo CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } presso { $organisation }
cpms-training-choose-account = Scelga uno degli account di prova.

## Signing in through EU Login.

cpms-sign-in-refused = Non è stato possibile accettare la risposta di EU Login. Acceda di nuovo.
cpms-sign-in-two-factors = Il CPMS richiede l'autenticazione a due fattori (livello di garanzia "substantial" o "high"). Acceda di nuovo e scelga un metodo di verifica come Telefono cellulare + SMS.
cpms-sign-in-training-only = Questa installazione di formazione non è collegata a EU Login. Utilizzi invece gli account di prova.
cpms-sign-in-expired = Questo accesso è scaduto o è già stato utilizzato. Acceda di nuovo.
cpms-sign-in-not-completed = EU Login non ha completato l'accesso. Riprovi.
cpms-sign-in-incomplete = La risposta di accesso è incompleta.

## Forms refused.

cpms-form-not-urlencoded = I moduli devono essere inviati come application/x-www-form-urlencoded.
cpms-form-other-site = Il modulo è stato inviato da un altro sito.
cpms-form-too-large = Il modulo ha inviato più dati di quanti ne servano a qualsiasi nostro modulo.
cpms-form-unreadable = Non è stato possibile leggere il modulo.
cpms-form-malformed = Il modulo non è valido.
cpms-form-expired = Questo modulo è scaduto o non è stato inviato dalle nostre pagine. Torni indietro, ricarichi la pagina e riprovi.
cpms-form-wrong-kind = Il modulo contiene un campo di tipo errato.

## Error pages: a title, then a message.

cpms-error-bad-request = Questa richiesta presenta un problema
cpms-error-form-refused = Questo modulo non può essere accettato
cpms-error-sign-in = Acceda
cpms-error-not-allowed = Il Suo profilo non consente di accedere a questa pagina
cpms-error-not-allowed-here = I Suoi profili presso questa organizzazione non comprendono alcuno di quelli richiesti da questa pagina.
cpms-error-not-found = Pagina non trovata
cpms-error-not-found-text = Non esiste alcuna pagina a questo indirizzo.
cpms-error-sign-in-not-completed = Accesso non completato
cpms-error-unavailable = Servizio temporaneamente non disponibile
cpms-error-unavailable-text = EU Login o il CPMS non possono rispondere in questo momento. Non è stato modificato nulla; riprovi tra un minuto.
cpms-error-internal = Si è verificato un errore da parte nostra
cpms-error-internal-text = L'errore è stato registrato. Riprovi; se si ripete, contatti l'assistenza.
cpms-error-page = Pagina
cpms-error-organisation = Organizzazione
cpms-error-profiles-needed = Profili richiesti qui da questa pagina
cpms-error-profiles-held = I Suoi profili qui
cpms-error-no-profiles = nessuno
cpms-error-request-another-profile = Per richiedere l'autorizzazione a utilizzare il CPMS con un altro profilo, clicchi qui
cpms-error-reference = Riferimento per l'assistenza:
cpms-error-start-page = Vai alla pagina iniziale
