# CPMS, the Clinical Patient Management System. "CPMS", "ERN", "ERN-CPMS" and "EU Login"
# are names: kept as they are. (Glossary: see login.ftl.)

## The frame of every CPMS page: header and navigation.

cpms-tagline = Sistemul de gestionare clinică a pacienților al rețelelor europene de referință
cpms-training-banner = MODUL DE INSTRUIRE este activ: nu este destinat datelor pacienților (numai conturi de test).
cpms-dashboard = Tablou de bord
cpms-preferences = Preferințe ERN
cpms-sign-out = Deconectare
cpms-go-to-dashboard = Mergeți la tabloul dumneavoastră de bord

## The start page (before signing in).

cpms-landing-title = Sistemul de gestionare clinică a pacienților
cpms-landing-heading = Sistemul de gestionare clinică a pacienților (CPMS)
cpms-landing-platform = Platformă informatică pentru consultări clinice între membrii ERN.
cpms-landing-aim = CPMS urmărește să sprijine ERN în îmbunătățirea diagnosticului și a tratamentului bolilor complexe rare sau cu prevalență scăzută, dincolo de frontierele naționale ale statelor membre din Europa.
cpms-landing-browsers-heading = Browsere acceptate
cpms-landing-browsers = Asigurați-vă că utilizați cea mai recentă versiune de Google Chrome, Firefox sau Safari pentru a beneficia de toate funcționalitățile CPMS.
cpms-landing-secure-login-heading = Conectare securizată
cpms-landing-login-through-eu-login = Vă puteți conecta la CPMS ERN prin serviciul de autentificare EU Login.
cpms-login-via-eu-login = Conectare prin EU Login
cpms-training-login-link = Utilizare cu utilizatori non-EU Login (numai pentru test)
cpms-landing-members-only = Numai membrii ERN și utilizatorii invitați ai ERN pot fi utilizatori autorizați ai CPMS.
cpms-landing-eu-login-needed = Pentru a accesa CPMS, aveți nevoie de un cont EU Login.
cpms-landing-create-account = Pentru a crea un cont, faceți clic aici.
cpms-landing-request-authorisation = Pentru a solicita autorizarea de utilizare a CPMS, faceți clic aici.
cpms-landing-help-heading = Ajutor și asistență
cpms-landing-contact-email = Dacă aveți întrebări, idei sau sugestii ori aveți nevoie de ajutor cu o problemă, contactați ERN-CPMS prin e-mail la { $address }.
cpms-landing-contact-coordinator = Dacă aveți întrebări, idei sau sugestii ori aveți nevoie de ajutor cu o problemă, contactați Coordonatorul ERN din care faceți parte.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Nu aveți încă niciun profil CPMS, { $name }.
cpms-dashboard-request-authorisation = Pentru a solicita autorizarea de utilizare a CPMS, faceți clic aici
cpms-dashboard-request-steps = alegeți ERN, țara, instituția și profilul de acces.
cpms-dashboard-user-role = UTILIZATOR: { $name } ROL: { $profiles }
cpms-dashboard-request-another = Pentru a solicita autorizare pentru o altă organizație sau un alt profil, faceți clic aici

## The pages of CPMS.

cpms-page-organisation-home = Pagina principală CPMS a organizației
cpms-page-panels = Paneluri
cpms-page-panel-create = Crearea unui panel
cpms-page-panel-manage = Gestionarea unui panel (invitare, închidere)
cpms-page-panel-contribute = Contribuția la un panel
cpms-page-kpis = Indicatorii-cheie de performanță ai rețelei
cpms-page-assistance = Cereri de asistență
cpms-page-reports = Rapoarte anonimizate

## An organisation's home page.

cpms-organisation-your-profiles = Profilurile dumneavoastră aici: { $profiles }
cpms-organisation-guest-access = Acces de invitat: vedeți panelurile la care sunteți invitat(ă) și puteți contribui la acestea.

## ERN Preferences.

cpms-preferences-welcome = Bun venit în CPMS. Vă rugăm să ne indicați rolul profesional și domeniile tematice în care puteți oferi consultanță; până atunci, nu veți fi propus(ă) ca specialist pentru paneluri.
cpms-preferences-professional-role = Rolul meu profesional
cpms-preferences-no-value = [Nicio valoare selectată]
cpms-preferences-thematic-areas = Domenii tematice ERN
cpms-preferences-specialist-in = Sunt specialist în:
cpms-preferences-none = Niciunul
cpms-preferences-update = Actualizați preferințele ERN
cpms-preferences-role-missing = Alegeți rolul profesional.
cpms-preferences-role-unknown = Alegeți rolul profesional din listă.
cpms-preferences-none-and-areas = { $network }: bifați „Niciunul” sau domenii tematice, nu pe amândouă.
cpms-preferences-unknown-area = Domeniu tematic necunoscut.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Genetician clinician
cpms-role-dermatologist = Dermatolog
cpms-role-endocrinologist = Endocrinolog
cpms-role-haematologist = Hematolog
cpms-role-hepatologist = Hepatolog
cpms-role-nephrologist = Nefrolog
cpms-role-neurologist = Neurolog
cpms-role-oncologist = Oncolog
cpms-role-ophthalmologist = Oftalmolog
cpms-role-paediatrician = Pediatru
cpms-role-pathologist = Anatomopatolog
cpms-role-pulmonologist = Pneumolog
cpms-role-radiologist = Radiolog
cpms-role-rheumatologist = Reumatolog
cpms-role-surgeon = Chirurg
cpms-role-other-physician = Alt medic
cpms-role-nurse = Asistent medical
cpms-role-psychologist = Psiholog
cpms-role-researcher = Cercetător
cpms-role-other-health-professional = Alt profesionist din domeniul sănătății

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Nu există paneluri de afișat.
cpms-panel = Panel
cpms-thematic-area = Domeniu tematic
cpms-panel-lead = Responsabil
cpms-panel-status = Stare
cpms-panel-status-open = Deschis
cpms-panel-status-closed = Închis: { $outcome }
cpms-panel-all-panels = Toate panelurile
cpms-panel-invited = Specialiști invitați
cpms-panel-invited-none = niciunul deocamdată
cpms-panel-case-summary = Rezumatul cazului
cpms-panel-title = Titlu
cpms-panel-contributions = Contribuții
cpms-panel-contributions-none = Nicio contribuție deocamdată.
cpms-panel-comment = Comentariu
cpms-panel-add-comment = Adăugați un comentariu
cpms-panel-invite-heading = Invitarea specialiștilor
cpms-panel-no-candidates = Niciun specialist care are „{ $area }” în preferințele ERN nu poate fi invitat.
cpms-panel-specialist = Specialist
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Invitați specialistul
cpms-panel-close = Închideți panelul
cpms-panel-outcome = Rezultat
cpms-panel-new-no-areas = Această rețea nu are încă domenii tematice, așa că nu se poate crea niciun panel pentru ea.
cpms-panel-new-create = Creați panelul
cpms-panel-new-choose-area = Alegeți un domeniu tematic al acestei rețele.
cpms-panel-not-invitable = Acest membru nu poate fi invitat: alegeți unul dintre specialiștii propuși pentru domeniul tematic al panelului.
cpms-panel-comment-needed = Scrieți un comentariu (cel mult 5000 de caractere).
cpms-panel-choose-outcome = Alegeți unul dintre rezultate.
cpms-panel-refused-view = Nu conduceți acest panel, nu sunteți invitat(ă) la el și nici nu îl gestionați.
cpms-panel-refused-invite = Numai responsabilul panelului și administratorii acestuia pot invita, și numai cât timp panelul este deschis.
cpms-panel-refused-contribute = Numai participanții la panel pot contribui, și numai cât timp panelul este deschis.
cpms-panel-refused-close = Numai responsabilul panelului și administratorii acestuia îl pot închide, și numai o singură dată.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnostic confirmat
cpms-outcome-treatment-recommended = Tratament recomandat
cpms-outcome-referred = Trimis la alt centru
cpms-outcome-no-consensus = Fără consens
cpms-outcome-other = Altele

## A form field's problem. $field is the field's label.

cpms-field-required = Câmpul „{ $field }” este obligatoriu.
cpms-field-too-long = { $max ->
    [one] Câmpul „{ $field }” trebuie să aibă cel mult { $max } caracter.
    [few] Câmpul „{ $field }” trebuie să aibă cel mult { $max } caractere.
   *[other] Câmpul „{ $field }” trebuie să aibă cel mult { $max } de caractere.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Paneluri deschise
cpms-kpis-closed-panels = Paneluri închise
cpms-kpis-members = Membri
cpms-kpis-members-with-preferences = Membri cu preferințe ERN
cpms-kpis-unassigned = Cereri încă neatribuite
cpms-kpis-pending-access-requests = Cereri de acces în așteptare

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, în numele Coordonatorului
cpms-assistance-none = Nu există cereri de asistență.
cpms-assistance-requested-by = Solicitată de { $name }.
cpms-assistance-assigned-to = Atribuită lui { $name }.
cpms-assistance-not-assigned = Neatribuită.
cpms-assistance-assign-to = Atribuiți lui
cpms-assistance-assign = Atribuiți
cpms-assistance-new = Cerere nouă de asistență
cpms-assistance-subject = Subiect
cpms-assistance-details = Detalii
cpms-assistance-create = Creați cererea de asistență
cpms-assistance-required = Subiectul și detaliile sunt obligatorii (cel mult 200, respectiv 5000 de caractere).
cpms-assistance-choose-member = Alegeți un membru al acestei rețele căruia să îi atribuiți cererea.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Numai cifre: fără nume, adrese de e-mail sau detalii ale cazurilor.
cpms-reports-by-area = Paneluri pe domenii tematice
cpms-reports-by-outcome = Paneluri închise pe rezultate
cpms-reports-panels = Paneluri
cpms-reports-still-open = Încă deschise

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Conturi de test
cpms-training-heading = Conectare cu un cont de test
cpms-training-notice = Numai pentru instruire: aceste conturi și datele lor sunt păstrate separat de utilizatorii reali și de datele reale.
cpms-training-account = Cont de test
cpms-training-sign-in = Conectare cu acest cont de test
cpms-training-account-no-profile = { $username } ({ $name }): niciun profil CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } la { $organisation }
cpms-training-choose-account = Alegeți unul dintre conturile de test.

## Signing in through EU Login.

cpms-sign-in-refused = Răspunsul de la EU Login nu a putut fi acceptat. Conectați-vă din nou.
cpms-sign-in-two-factors = CPMS necesită autentificare cu doi factori (nivel de asigurare „substantial” sau „high”). Conectați-vă din nou și alegeți o metodă de verificare, de exemplu Telefon mobil + SMS.
cpms-sign-in-training-only = Această instalare de instruire nu are conexiune la EU Login. Utilizați în schimb conturile de test.
cpms-sign-in-expired = Această conectare a expirat sau a fost deja utilizată. Conectați-vă din nou.
cpms-sign-in-not-completed = EU Login nu a finalizat conectarea. Încercați din nou.
cpms-sign-in-incomplete = Răspunsul de conectare este incomplet.

## Forms refused.

cpms-form-not-urlencoded = Formularele trebuie trimise ca application/x-www-form-urlencoded.
cpms-form-other-site = Formularul a fost trimis de pe un alt site.
cpms-form-too-large = Formularul a trimis mai multe date decât are nevoie oricare dintre formularele noastre.
cpms-form-unreadable = Formularul nu a putut fi citit.
cpms-form-malformed = Formularul este incorect.
cpms-form-expired = Acest formular a expirat sau nu a fost trimis din paginile noastre. Reveniți, reîncărcați pagina și încercați din nou.
cpms-form-wrong-kind = Formularul conține un câmp de tip greșit.

## Error pages: a title, then a message.

cpms-error-bad-request = Există o problemă cu această cerere
cpms-error-form-refused = Acest formular nu poate fi acceptat
cpms-error-sign-in = Conectați-vă
cpms-error-not-allowed = Profilul dumneavoastră nu permite accesul la această pagină
cpms-error-not-allowed-here = Profilurile dumneavoastră din această organizație nu îl includ pe cel necesar pentru această pagină.
cpms-error-not-found = Pagina nu a fost găsită
cpms-error-not-found-text = Nu există nicio pagină la această adresă.
cpms-error-sign-in-not-completed = Conectarea nu a fost finalizată
cpms-error-unavailable = Serviciu temporar indisponibil
cpms-error-unavailable-text = EU Login sau CPMS nu poate răspunde în acest moment. Nu s-a modificat nimic; încercați din nou peste un minut.
cpms-error-internal = A apărut o eroare la noi
cpms-error-internal-text = Eroarea a fost înregistrată. Încercați din nou; dacă se repetă, contactați serviciul de asistență.
cpms-error-page = Pagină
cpms-error-organisation = Organizație
cpms-error-profiles-needed = Profiluri necesare pentru această pagină acolo
cpms-error-profiles-held = Profilurile dumneavoastră acolo
cpms-error-no-profiles = niciunul
cpms-error-request-another-profile = Pentru a solicita autorizarea de utilizare a CPMS cu un alt profil, faceți clic aici
cpms-error-reference = Referință pentru asistență:
cpms-error-start-page = Mergeți la pagina de start
