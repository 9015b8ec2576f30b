## Ramen på varje CPMS-sida

cpms-tagline = De europeiska referensnätverkens system för hantering av kliniska patientfall
cpms-training-banner = TRÄNINGSLÄGE är aktiverat: inte för patientdata (endast testkonton).
cpms-dashboard = Instrumentpanel
cpms-preferences = ERN-inställningar
cpms-sign-out = Logga ut
cpms-go-to-dashboard = Gå till din instrumentpanel

## Startsidan (före inloggning)

cpms-landing-title = Clinical Patient Management System
cpms-landing-heading = Clinical Patient Management System (CPMS)
cpms-landing-platform = IT-plattform för kliniska konsultationer mellan ERN-medlemmar.
cpms-landing-aim = CPMS syftar till att hjälpa ERN att förbättra diagnostiken och behandlingen av sällsynta eller komplexa sjukdomar med låg prevalens över medlemsstaternas nationella gränser i Europa.
cpms-landing-browsers-heading = Webbläsare som stöds
cpms-landing-browsers = Se till att du använder den senaste versionen av Google Chrome, Firefox eller Safari för att kunna använda alla funktioner i CPMS.
cpms-landing-secure-login-heading = Säker inloggning
cpms-landing-login-through-eu-login = Du kan logga in i CPMS ERN via autentiseringstjänsten EU Login.
cpms-login-via-eu-login = Logga in via EU Login
cpms-training-login-link = Använd användare utan EU Login (endast test)
cpms-landing-members-only = Endast ERN-medlemmar och ERN-gästanvändare kan vara behöriga användare av CPMS.
cpms-landing-eu-login-needed = För att få åtkomst till CPMS behöver du ett EU Login-konto.
cpms-landing-create-account = Klicka här för att skapa ett konto.
cpms-landing-request-authorisation = Klicka här för att begära behörighet att använda CPMS.
cpms-landing-help-heading = Hjälp och support
cpms-landing-contact-email = Om du har frågor, idéer eller förslag eller behöver hjälp med ett problem, kontakta ERN-CPMS via e-post på { $address }.
cpms-landing-contact-coordinator = Om du har frågor, idéer eller förslag eller behöver hjälp med ett problem, kontakta koordinatorn för ditt ERN.

## Instrumentpanelen

cpms-dashboard-no-profile = Du har ingen CPMS-profil ännu, { $name }.
cpms-dashboard-request-authorisation = Klicka här för att begära behörighet att använda CPMS
cpms-dashboard-request-steps = välj ditt ERN, land, institution och åtkomstprofil.
cpms-dashboard-user-role = ANVÄNDARE: { $name } ROLL: { $profiles }
cpms-dashboard-request-another = Klicka här för att begära behörighet för en annan organisation eller profil

## CPMS-sidorna

cpms-page-organisation-home = Organisationens CPMS-startsida
cpms-page-panels = Paneler
cpms-page-panel-create = Skapa en panel
cpms-page-panel-manage = Hantera en panel (bjuda in, stänga)
cpms-page-panel-contribute = Bidra till en panel
cpms-page-kpis = Nätverkets nyckeltal
cpms-page-assistance = Begäranden om assistans
cpms-page-reports = Anonymiserade rapporter

## En organisations startsida

cpms-organisation-your-profiles = Dina profiler här: { $profiles }
cpms-organisation-guest-access = Gäståtkomst: du ser de paneler som du är inbjuden till och kan bidra till dem.

## ERN-inställningar

cpms-preferences-welcome = Välkommen till CPMS. Ange din yrkesroll och de tematiska områden där du kan ge råd; tills du har gjort det föreslås du inte som specialist för paneler.
cpms-preferences-professional-role = Min yrkesroll
cpms-preferences-no-value = [Inget värde valt]
cpms-preferences-thematic-areas = Tematiska områden inom ERN
cpms-preferences-specialist-in = Jag är specialist på:
cpms-preferences-none = Inget
cpms-preferences-update = Uppdatera ERN-inställningar
cpms-preferences-role-missing = Välj din yrkesroll.
cpms-preferences-role-unknown = Välj din yrkesroll i listan.
cpms-preferences-none-and-areas = { $network }: markera ”Inget” eller tematiska områden, inte båda.
cpms-preferences-unknown-area = Okänt tematiskt område.

## Valen för "Min yrkesroll"

cpms-role-clinical-geneticist = Klinisk genetiker
cpms-role-dermatologist = Dermatolog
cpms-role-endocrinologist = Endokrinolog
cpms-role-haematologist = Hematolog
cpms-role-hepatologist = Hepatolog
cpms-role-nephrologist = Nefrolog
cpms-role-neurologist = Neurolog
cpms-role-oncologist = Onkolog
cpms-role-ophthalmologist = Oftalmolog
cpms-role-paediatrician = Barnläkare
cpms-role-pathologist = Patolog
cpms-role-pulmonologist = Lungläkare
cpms-role-radiologist = Radiolog
cpms-role-rheumatologist = Reumatolog
cpms-role-surgeon = Kirurg
cpms-role-other-physician = Annan läkare
cpms-role-nurse = Sjuksköterska
cpms-role-psychologist = Psykolog
cpms-role-researcher = Forskare
cpms-role-other-health-professional = Annan hälso- och sjukvårdspersonal

## Paneler

cpms-panels-none = Inga paneler att visa.
cpms-panel = Panel
cpms-thematic-area = Tematiskt område
cpms-panel-lead = Ansvarig
cpms-panel-status = Status
cpms-panel-status-open = Öppen
cpms-panel-status-closed = Stängd: { $outcome }
cpms-panel-all-panels = Alla paneler
cpms-panel-invited = Inbjudna specialister
cpms-panel-invited-none = inga ännu
cpms-panel-case-summary = Sammanfattning av fallet
cpms-panel-title = Titel
cpms-panel-contributions = Bidrag
cpms-panel-contributions-none = Inga bidrag ännu.
cpms-panel-comment = Kommentar
cpms-panel-add-comment = Lägg till kommentar
cpms-panel-invite-heading = Bjud in specialister
cpms-panel-no-candidates = Ingen specialist med ”{ $area }” i sina ERN-inställningar kan bjudas in.
cpms-panel-specialist = Specialist
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Bjud in specialist
cpms-panel-close = Stäng panelen
cpms-panel-outcome = Resultat
cpms-panel-new-no-areas = Det här nätverket har inga tematiska områden ännu, så ingen panel kan skapas för det.
cpms-panel-new-create = Skapa panelen
cpms-panel-new-choose-area = Välj ett tematiskt område inom det här nätverket.
cpms-panel-not-invitable = Den här medlemmen kan inte bjudas in: välj en av de specialister som föreslås för panelens tematiska område.
cpms-panel-comment-needed = Skriv en kommentar (högst 5000 tecken).
cpms-panel-choose-outcome = Välj ett av resultaten.
cpms-panel-refused-view = Det här är inte en panel som du leder, är inbjuden till eller hanterar.
cpms-panel-refused-invite = Endast panelens ansvariga och dess panelhanterare får bjuda in, och endast medan panelen är öppen.
cpms-panel-refused-contribute = Endast panelens deltagare får bidra, och endast medan panelen är öppen.
cpms-panel-refused-close = Endast panelens ansvariga och dess panelhanterare får stänga den, och endast en gång.

## Resultat som en panel stängs med

cpms-outcome-diagnosis-confirmed = Diagnos bekräftad
cpms-outcome-treatment-recommended = Behandling rekommenderad
cpms-outcome-referred = Remitterad till ett annat centrum
cpms-outcome-no-consensus = Ingen konsensus
cpms-outcome-other = Annat

## Problem med ett formulärfält

cpms-field-required = Fältet ”{ $field }” är obligatoriskt.
cpms-field-too-long = { $max ->
    [one] Fältet ”{ $field }” får innehålla högst { $max } tecken.
   *[other] Fältet ”{ $field }” får innehålla högst { $max } tecken.
}

## Koordinatorns nyckeltal för nätverket

cpms-kpis-open-panels = Öppna paneler
cpms-kpis-closed-panels = Stängda paneler
cpms-kpis-members = Medlemmar
cpms-kpis-members-with-preferences = Medlemmar med ERN-inställningar
cpms-kpis-unassigned = Begäranden som ännu inte tilldelats
cpms-kpis-pending-access-requests = Väntande åtkomstbegäranden

## Begäranden om assistans

cpms-assistance-on-behalf = { $organisation }, för koordinatorns räkning
cpms-assistance-none = Inga begäranden om assistans.
cpms-assistance-requested-by = Begärd av { $name }.
cpms-assistance-assigned-to = Tilldelad { $name }.
cpms-assistance-not-assigned = Inte tilldelad.
cpms-assistance-assign-to = Tilldela till
cpms-assistance-assign = Tilldela
cpms-assistance-new = Ny begäran om assistans
cpms-assistance-subject = Ämne
cpms-assistance-details = Detaljer
cpms-assistance-create = Skapa begäran om assistans
cpms-assistance-required = Ämne och Detaljer är obligatoriska (högst 200 respektive 5000 tecken).
cpms-assistance-choose-member = Välj en medlem i det här nätverket att tilldela begäran till.

## Forskarens anonymiserade rapporter

cpms-reports-counts-only = { $organisation }. Endast antal: inga namn, e-postadresser eller detaljer om fall.
cpms-reports-by-area = Paneler per tematiskt område
cpms-reports-by-outcome = Stängda paneler per resultat
cpms-reports-panels = Paneler
cpms-reports-still-open = Fortfarande öppna

## Träningsläge: testkonton utan EU Login

cpms-training-title = Testkonton
cpms-training-heading = Logga in med ett testkonto
cpms-training-notice = Endast för träning: dessa konton och deras data hålls åtskilda från verkliga användare och verkliga data.
cpms-training-account = Testkonto
cpms-training-sign-in = Logga in med det här testkontot
cpms-training-account-no-profile = { $username } ({ $name }): ingen CPMS-profil
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } vid { $organisation }
cpms-training-choose-account = Välj ett av testkontona.

## Inloggning via EU Login

cpms-sign-in-refused = Svaret från EU Login kunde inte godtas. Logga in igen.
cpms-sign-in-two-factors = CPMS kräver tvåfaktorsautentisering (tillitsnivå ”substantial” eller ”high”). Logga in igen och välj en verifieringsmetod, till exempel Mobiltelefon + SMS.
cpms-sign-in-training-only = Den här träningsinstallationen har ingen anslutning till EU Login. Använd testkontona i stället.
cpms-sign-in-expired = Den här inloggningen har gått ut eller har redan använts. Logga in igen.
cpms-sign-in-not-completed = EU Login slutförde inte inloggningen. Försök igen.
cpms-sign-in-incomplete = Inloggningssvaret är ofullständigt.

## Avvisade formulär

cpms-form-not-urlencoded = Formulär måste skickas som application/x-www-form-urlencoded.
cpms-form-other-site = Formuläret skickades från en annan webbplats.
cpms-form-too-large = Formuläret skickade mer data än något av våra formulär behöver.
cpms-form-unreadable = Formuläret kunde inte läsas.
cpms-form-malformed = Formuläret är felaktigt utformat.
cpms-form-expired = Det här formuläret har gått ut eller skickades inte från våra sidor. Gå tillbaka, ladda om sidan och försök igen.
cpms-form-wrong-kind = Formuläret har ett fält av fel typ.

## Felsidor

cpms-error-bad-request = Något är fel med den här begäran
cpms-error-form-refused = Det här formuläret kan inte godtas
cpms-error-sign-in = Logga in
cpms-error-not-allowed = Din profil ger inte åtkomst till den här sidan
cpms-error-not-allowed-here = Dina profiler vid den här organisationen omfattar ingen som den här sidan kräver.
cpms-error-not-found = Sidan hittades inte
cpms-error-not-found-text = Det finns ingen sida på den här adressen.
cpms-error-sign-in-not-completed = Inloggningen slutfördes inte
cpms-error-unavailable = Tjänsten är tillfälligt otillgänglig
cpms-error-unavailable-text = EU Login eller CPMS kan inte svara just nu. Ingenting har ändrats. Försök igen om en minut.
cpms-error-internal = Något gick fel hos oss
cpms-error-internal-text = Felet har loggats. Försök igen; om det händer igen, kontakta supporten.
cpms-error-page = Sida
cpms-error-organisation = Organisation
cpms-error-profiles-needed = Profiler som den här sidan kräver där
cpms-error-profiles-held = Dina profiler där
cpms-error-no-profiles = inga
cpms-error-request-another-profile = Klicka här för att begära behörighet att använda CPMS med en annan profil
cpms-error-reference = Referens för supporten:
cpms-error-start-page = Gå till startsidan
