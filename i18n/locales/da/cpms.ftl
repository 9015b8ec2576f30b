# CPMS: »CPMS«, »ERN«, »ERN-CPMS« og »EU Login« er navne og oversættes ikke.

## Rammen om hver CPMS-side

cpms-tagline = Klinisk patientstyringssystem for de europæiske referencenetværk
cpms-training-banner = TRÆNINGSTILSTAND er slået til: ikke til patientdata (kun testkonti).
cpms-dashboard = Dashboard
cpms-preferences = ERN-præferencer
cpms-sign-out = Log ud
cpms-go-to-dashboard = Gå til dit dashboard

## Startsiden (før login)

cpms-landing-title = Klinisk patientstyringssystem
cpms-landing-heading = Klinisk patientstyringssystem (CPMS)
cpms-landing-platform = IT-platform til kliniske konsultationer mellem ERN-medlemmer.
cpms-landing-aim = CPMS har til formål at støtte ERN'erne i at forbedre diagnosticering og behandling af sjældne eller komplekse sygdomme med lav prævalens på tværs af medlemsstaternes grænser i Europa.
cpms-landing-browsers-heading = Understøttede browsere
cpms-landing-browsers = Sørg for at bruge den nyeste version af Google Chrome, Firefox eller Safari, så du kan bruge alle funktioner i CPMS.
cpms-landing-secure-login-heading = Sikkert login
cpms-landing-login-through-eu-login = Du kan logge ind i CPMS ERN via godkendelsestjenesten EU Login.
cpms-login-via-eu-login = Log ind via EU Login
cpms-training-login-link = Brug brugere uden EU Login (kun test)
cpms-landing-members-only = Kun ERN-medlemmer og ERN-gæstebrugere kan være autoriserede brugere af CPMS.
cpms-landing-eu-login-needed = For at få adgang til CPMS skal du have en EU Login-konto.
cpms-landing-create-account = Klik her for at oprette en konto.
cpms-landing-request-authorisation = Klik her for at anmode om tilladelse til at bruge CPMS.
cpms-landing-help-heading = Hjælp og support
cpms-landing-contact-email = Hvis du har spørgsmål, idéer eller forslag eller har brug for hjælp til et problem, så kontakt ERN-CPMS pr. e-mail på { $address }.
cpms-landing-contact-coordinator = Hvis du har spørgsmål, idéer eller forslag eller har brug for hjælp til et problem, så kontakt koordinatoren for dit ERN.

## Dashboardet

cpms-dashboard-no-profile = Du har endnu ingen CPMS-profil, { $name }.
cpms-dashboard-request-authorisation = Klik her for at anmode om tilladelse til at bruge CPMS
cpms-dashboard-request-steps = vælg dit ERN, land, institution og adgangsprofil.
cpms-dashboard-user-role = BRUGER: { $name } ROLLE: { $profiles }
cpms-dashboard-request-another = Klik her for at anmode om tilladelse til en anden organisation eller profil

## Siderne i CPMS

cpms-page-organisation-home = Organisationens CPMS-startside
cpms-page-panels = Paneler
cpms-page-panel-create = Opret et panel
cpms-page-panel-manage = Administrer et panel (inviter, luk)
cpms-page-panel-contribute = Bidrag til et panel
cpms-page-kpis = Netværkets KPI'er
cpms-page-assistance = Anmodninger om assistance
cpms-page-reports = Anonymiserede rapporter

## En organisations startside

cpms-organisation-your-profiles = Dine profiler her: { $profiles }
cpms-organisation-guest-access = Gæsteadgang: Du ser de paneler, du er inviteret til, og kan bidrage til dem.

## ERN-præferencer

cpms-preferences-welcome = Velkommen til CPMS. Angiv din faglige rolle og de tematiske områder, du kan rådgive om; indtil du gør det, bliver du ikke foreslået som specialist til paneler.
cpms-preferences-professional-role = Min faglige rolle
cpms-preferences-no-value = [Ingen værdi valgt]
cpms-preferences-thematic-areas = ERN's tematiske områder
cpms-preferences-specialist-in = Jeg er specialist i:
cpms-preferences-none = Ingen
cpms-preferences-update = Opdater ERN-præferencer
cpms-preferences-role-missing = Vælg din faglige rolle.
cpms-preferences-role-unknown = Vælg din faglige rolle på listen.
cpms-preferences-none-and-areas = { $network }: Sæt kryds ved »Ingen« eller ved tematiske områder, ikke begge dele.
cpms-preferences-unknown-area = Ukendt tematisk område.

## Valgmulighederne under »Min faglige rolle«

cpms-role-clinical-geneticist = Klinisk genetiker
cpms-role-dermatologist = Dermatolog
cpms-role-endocrinologist = Endokrinolog
cpms-role-haematologist = Hæmatolog
cpms-role-hepatologist = Hepatolog
cpms-role-nephrologist = Nefrolog
cpms-role-neurologist = Neurolog
cpms-role-oncologist = Onkolog
cpms-role-ophthalmologist = Øjenlæge
cpms-role-paediatrician = Børnelæge
cpms-role-pathologist = Patolog
cpms-role-pulmonologist = Lungelæge
cpms-role-radiologist = Radiolog
cpms-role-rheumatologist = Reumatolog
cpms-role-surgeon = Kirurg
cpms-role-other-physician = Anden læge
cpms-role-nurse = Sygeplejerske
cpms-role-psychologist = Psykolog
cpms-role-researcher = Forsker
cpms-role-other-health-professional = Anden sundhedsprofessionel

## Paneler: en sag, som specialister i et netværk drøfter

cpms-panels-none = Ingen paneler at vise.
cpms-panel = Panel
cpms-thematic-area = Tematisk område
cpms-panel-lead = Leder
cpms-panel-status = Status
cpms-panel-status-open = Åbent
cpms-panel-status-closed = Lukket: { $outcome }
cpms-panel-all-panels = Alle paneler
cpms-panel-invited = Inviterede specialister
cpms-panel-invited-none = ingen endnu
cpms-panel-case-summary = Sagsresumé
cpms-panel-title = Titel
cpms-panel-contributions = Bidrag
cpms-panel-contributions-none = Ingen bidrag endnu.
cpms-panel-comment = Kommentar
cpms-panel-add-comment = Tilføj kommentar
cpms-panel-invite-heading = Inviter specialister
cpms-panel-no-candidates = Ingen specialist med »{ $area }« i sine ERN-præferencer kan inviteres.
cpms-panel-specialist = Specialist
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Inviter specialist
cpms-panel-close = Luk panelet
cpms-panel-outcome = Resultat
cpms-panel-new-no-areas = Dette netværk har endnu ingen tematiske områder, så der kan ikke oprettes et panel for det.
cpms-panel-new-create = Opret panelet
cpms-panel-new-choose-area = Vælg et tematisk område i dette netværk.
cpms-panel-not-invitable = Dette medlem kan ikke inviteres: Vælg en af de specialister, der foreslås til panelets tematiske område.
cpms-panel-comment-needed = Skriv en kommentar (højst 5000 tegn).
cpms-panel-choose-outcome = Vælg et af resultaterne.
cpms-panel-refused-view = Du leder ikke dette panel, er ikke inviteret til det og administrerer det ikke.
cpms-panel-refused-invite = Kun panelets leder og dets paneladministratorer må invitere, og kun mens panelet er åbent.
cpms-panel-refused-contribute = Kun panelets deltagere må bidrage, og kun mens panelet er åbent.
cpms-panel-refused-close = Kun panelets leder og dets paneladministratorer må lukke det, og kun én gang.

## Resultaterne, et panel lukkes med

cpms-outcome-diagnosis-confirmed = Diagnose bekræftet
cpms-outcome-treatment-recommended = Behandling anbefalet
cpms-outcome-referred = Henvist til et andet center
cpms-outcome-no-consensus = Ingen konsensus
cpms-outcome-other = Andet

## Et problem med et formularfelt

cpms-field-required = Feltet »{ $field }« skal udfyldes.
cpms-field-too-long = { $max ->
    [one] Feltet »{ $field }« må højst indeholde { $max } tegn.
   *[other] Feltet »{ $field }« må højst indeholde { $max } tegn.
}

## Koordinatorens KPI'er for netværket

cpms-kpis-open-panels = Åbne paneler
cpms-kpis-closed-panels = Lukkede paneler
cpms-kpis-members = Medlemmer
cpms-kpis-members-with-preferences = Medlemmer med ERN-præferencer
cpms-kpis-unassigned = Anmodninger, der endnu ikke er tildelt
cpms-kpis-pending-access-requests = Afventende adgangsanmodninger

## Anmodninger om assistance

cpms-assistance-on-behalf = { $organisation } på vegne af koordinatoren
cpms-assistance-none = Ingen anmodninger om assistance.
cpms-assistance-requested-by = Anmodet af { $name }.
cpms-assistance-assigned-to = Tildelt { $name }.
cpms-assistance-not-assigned = Ikke tildelt.
cpms-assistance-assign-to = Tildel til
cpms-assistance-assign = Tildel
cpms-assistance-new = Ny anmodning om assistance
cpms-assistance-subject = Emne
cpms-assistance-details = Detaljer
cpms-assistance-create = Opret anmodning om assistance
cpms-assistance-required = Emne og detaljer skal udfyldes (højst henholdsvis 200 og 5000 tegn).
cpms-assistance-choose-member = Vælg det medlem af netværket, som anmodningen skal tildeles.

## Forskerens anonymiserede rapporter

cpms-reports-counts-only = { $organisation }. Kun antal: ingen navne, e-mails eller sagsdetaljer.
cpms-reports-by-area = Paneler pr. tematisk område
cpms-reports-by-outcome = Lukkede paneler pr. resultat
cpms-reports-panels = Paneler
cpms-reports-still-open = Stadig åbne

## Træningstilstand: testkonti uden EU Login

cpms-training-title = Testkonti
cpms-training-heading = Log ind med en testkonto
cpms-training-notice = Kun til træning: Disse konti og deres data holdes adskilt fra rigtige brugere og rigtige data.
cpms-training-account = Testkonto
cpms-training-sign-in = Log ind med denne testkonto
cpms-training-account-no-profile = { $username } ({ $name }): ingen CPMS-profil
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } hos { $organisation }
cpms-training-choose-account = Vælg en af testkontiene.

## Login via EU Login

cpms-sign-in-refused = Svaret fra EU Login kunne ikke accepteres. Log ind igen.
cpms-sign-in-two-factors = CPMS kræver tofaktorgodkendelse (sikringsniveau »substantial« eller »high«). Log ind igen, og vælg en verifikationsmetode som Mobiltelefon + SMS.
cpms-sign-in-training-only = Dette træningsmiljø har ingen forbindelse til EU Login. Brug testkontiene i stedet.
cpms-sign-in-expired = Dette login er udløbet eller allerede brugt. Log ind igen.
cpms-sign-in-not-completed = EU Login gennemførte ikke login. Prøv igen.
cpms-sign-in-incomplete = Svaret på login er ufuldstændigt.

## Afviste formularer

cpms-form-not-urlencoded = Formularer skal sendes som application/x-www-form-urlencoded.
cpms-form-other-site = Formularen blev sendt fra et andet websted.
cpms-form-too-large = Formularen sendte flere data, end nogen af vores formularer har brug for.
cpms-form-unreadable = Formularen kunne ikke læses.
cpms-form-malformed = Formularen er ugyldig.
cpms-form-expired = Denne formular er udløbet eller blev ikke sendt fra vores sider. Gå tilbage, genindlæs siden, og prøv igen.
cpms-form-wrong-kind = Formularen har et felt af den forkerte type.

## Fejlsider

cpms-error-bad-request = Der er noget galt med denne anmodning
cpms-error-form-refused = Denne formular kan ikke accepteres
cpms-error-sign-in = Log venligst ind
cpms-error-not-allowed = Din profil giver ikke adgang til denne side
cpms-error-not-allowed-here = Dine profiler i denne organisation omfatter ikke en, som denne side kræver.
cpms-error-not-found = Siden blev ikke fundet
cpms-error-not-found-text = Der findes ingen side på denne adresse.
cpms-error-sign-in-not-completed = Login ikke gennemført
cpms-error-unavailable = Tjenesten er midlertidigt utilgængelig
cpms-error-unavailable-text = EU Login eller CPMS kan ikke svare lige nu. Intet er blevet ændret; prøv igen om et minut.
cpms-error-internal = Der opstod en fejl hos os
cpms-error-internal-text = Fejlen er blevet logget. Prøv igen; hvis det sker igen, så kontakt support.
cpms-error-page = Side
cpms-error-organisation = Organisation
cpms-error-profiles-needed = Profiler, som denne side kræver der
cpms-error-profiles-held = Dine profiler der
cpms-error-no-profiles = ingen
cpms-error-request-another-profile = Klik her for at anmode om tilladelse til at bruge CPMS med en anden profil
cpms-error-reference = Reference til support:
cpms-error-start-page = Gå til startsiden
