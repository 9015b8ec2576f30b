# CPMS: "CPMS", "ERN", "ERN-CPMS" en "EU Login" zijn namen en blijven ongewijzigd.

## Het kader van elke CPMS-pagina

cpms-tagline = Klinisch patiëntbeheersysteem van de Europese referentienetwerken
cpms-training-banner = TRAININGSMODUS is actief: niet voor patiëntgegevens (alleen testaccounts).
cpms-dashboard = Dashboard
cpms-preferences = ERN-voorkeuren
cpms-sign-out = Afmelden
cpms-go-to-dashboard = Naar uw dashboard

## De startpagina (vóór het aanmelden)

cpms-landing-title = Klinisch patiëntbeheersysteem
cpms-landing-heading = Klinisch patiëntbeheersysteem (CPMS)
cpms-landing-platform = IT-platform voor klinische consultaties tussen ERN-leden.
cpms-landing-aim = Het CPMS heeft tot doel de ERN's te ondersteunen bij het verbeteren van de diagnose en behandeling van zeldzame of weinig voorkomende complexe ziekten over de landsgrenzen van de lidstaten in Europa heen.
cpms-landing-browsers-heading = Ondersteunde browsers
cpms-landing-browsers = Zorg ervoor dat u de nieuwste versie van Google Chrome, Firefox of Safari gebruikt om alle functies van het CPMS te kunnen benutten.
cpms-landing-secure-login-heading = Veilig aanmelden
cpms-landing-login-through-eu-login = U kunt zich bij het CPMS ERN aanmelden via de authenticatiedienst EU Login.
cpms-login-via-eu-login = Aanmelden via EU Login
cpms-training-login-link = Gebruikers zonder EU Login gebruiken (alleen test)
cpms-landing-members-only = Alleen ERN-leden en ERN-gastgebruikers kunnen gemachtigde gebruikers van het CPMS zijn.
cpms-landing-eu-login-needed = Voor toegang tot het CPMS hebt u een EU Login-account nodig.
cpms-landing-create-account = Klik hier om een account aan te maken.
cpms-landing-request-authorisation = Klik hier om machtiging aan te vragen om het CPMS te gebruiken.
cpms-landing-help-heading = Hulp en ondersteuning
cpms-landing-contact-email = Hebt u vragen, ideeën of suggesties, of hebt u hulp nodig bij een probleem, neem dan per e-mail contact op met ERN-CPMS via { $address }.
cpms-landing-contact-coordinator = Hebt u vragen, ideeën of suggesties, of hebt u hulp nodig bij een probleem, neem dan contact op met de coördinator van uw ERN.

## Het dashboard

cpms-dashboard-no-profile = U hebt nog geen CPMS-profiel, { $name }.
cpms-dashboard-request-authorisation = Klik hier om machtiging aan te vragen om het CPMS te gebruiken
cpms-dashboard-request-steps = kies uw ERN, land, instelling en toegangsprofiel.
cpms-dashboard-user-role = GEBRUIKER: { $name } ROL: { $profiles }
cpms-dashboard-request-another = Klik hier om machtiging aan te vragen voor een andere organisatie of een ander profiel

## De pagina's van het CPMS

cpms-page-organisation-home = De CPMS-startpagina van de organisatie
cpms-page-panels = Panels
cpms-page-panel-create = Een panel aanmaken
cpms-page-panel-manage = Een panel beheren (uitnodigen, sluiten)
cpms-page-panel-contribute = Bijdragen aan een panel
cpms-page-kpis = KPI's van het netwerk
cpms-page-assistance = Verzoeken om ondersteuning
cpms-page-reports = Geanonimiseerde rapporten

## De startpagina van een organisatie

cpms-organisation-your-profiles = Uw profielen hier: { $profiles }
cpms-organisation-guest-access = Gasttoegang: u ziet de panels waarvoor u bent uitgenodigd en kunt eraan bijdragen.

## ERN-voorkeuren

cpms-preferences-welcome = Welkom bij het CPMS. Geef uw beroepsrol op en de thematische gebieden waarover u advies kunt geven; zolang u dat niet hebt gedaan, wordt u niet als specialist voor panels voorgesteld.
cpms-preferences-professional-role = Mijn beroepsrol
cpms-preferences-no-value = [Geen waarde geselecteerd]
cpms-preferences-thematic-areas = Thematische gebieden van het ERN
cpms-preferences-specialist-in = Ik ben specialist in:
cpms-preferences-none = Geen
cpms-preferences-update = ERN-voorkeuren bijwerken
cpms-preferences-role-missing = Kies uw beroepsrol.
cpms-preferences-role-unknown = Kies uw beroepsrol uit de lijst.
cpms-preferences-none-and-areas = { $network }: vink "Geen" of thematische gebieden aan, niet beide.
cpms-preferences-unknown-area = Onbekend thematisch gebied.

## De keuzes bij "Mijn beroepsrol"

cpms-role-clinical-geneticist = Klinisch geneticus
cpms-role-dermatologist = Dermatoloog
cpms-role-endocrinologist = Endocrinoloog
cpms-role-haematologist = Hematoloog
cpms-role-hepatologist = Hepatoloog
cpms-role-nephrologist = Nefroloog
cpms-role-neurologist = Neuroloog
cpms-role-oncologist = Oncoloog
cpms-role-ophthalmologist = Oogarts
cpms-role-paediatrician = Kinderarts
cpms-role-pathologist = Patholoog
cpms-role-pulmonologist = Longarts
cpms-role-radiologist = Radioloog
cpms-role-rheumatologist = Reumatoloog
cpms-role-surgeon = Chirurg
cpms-role-other-physician = Andere arts
cpms-role-nurse = Verpleegkundige
cpms-role-psychologist = Psycholoog
cpms-role-researcher = Onderzoeker
cpms-role-other-health-professional = Andere zorgprofessional

## Panels: een casus die door specialisten van een netwerk wordt besproken

cpms-panels-none = Geen panels om weer te geven.
cpms-panel = Panel
cpms-thematic-area = Thematisch gebied
cpms-panel-lead = Leider
cpms-panel-status = Status
cpms-panel-status-open = Open
cpms-panel-status-closed = Gesloten: { $outcome }
cpms-panel-all-panels = Alle panels
cpms-panel-invited = Uitgenodigde specialisten
cpms-panel-invited-none = nog geen
cpms-panel-case-summary = Samenvatting van de casus
cpms-panel-title = Titel
cpms-panel-contributions = Bijdragen
cpms-panel-contributions-none = Nog geen bijdragen.
cpms-panel-comment = Opmerking
cpms-panel-add-comment = Opmerking toevoegen
cpms-panel-invite-heading = Specialisten uitnodigen
cpms-panel-no-candidates = Er is geen specialist met "{ $area }" in de ERN-voorkeuren die kan worden uitgenodigd.
cpms-panel-specialist = Specialist
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Specialist uitnodigen
cpms-panel-close = Het panel sluiten
cpms-panel-outcome = Resultaat
cpms-panel-new-no-areas = Dit netwerk heeft nog geen thematische gebieden, dus er kan geen panel voor worden aangemaakt.
cpms-panel-new-create = Het panel aanmaken
cpms-panel-new-choose-area = Kies een thematisch gebied van dit netwerk.
cpms-panel-not-invitable = Dit lid kan niet worden uitgenodigd: kies een van de specialisten die voor het thematische gebied van het panel worden voorgesteld.
cpms-panel-comment-needed = Schrijf een opmerking (maximaal 5000 tekens).
cpms-panel-choose-outcome = Kies een van de resultaten.
cpms-panel-refused-view = U leidt dit panel niet, bent er niet voor uitgenodigd en beheert het niet.
cpms-panel-refused-invite = Alleen de leider van het panel en de panelbeheerders mogen uitnodigen, en alleen zolang het panel open is.
cpms-panel-refused-contribute = Alleen de deelnemers van het panel mogen bijdragen, en alleen zolang het panel open is.
cpms-panel-refused-close = Alleen de leider van het panel en de panelbeheerders mogen het sluiten, en slechts één keer.

## De resultaten waarmee een panel wordt gesloten

cpms-outcome-diagnosis-confirmed = Diagnose bevestigd
cpms-outcome-treatment-recommended = Behandeling aanbevolen
cpms-outcome-referred = Doorverwezen naar een ander centrum
cpms-outcome-no-consensus = Geen consensus
cpms-outcome-other = Anders

## Een probleem met een formulierveld

cpms-field-required = Het veld "{ $field }" is verplicht.
cpms-field-too-long = { $max ->
    [one] Het veld "{ $field }" mag maximaal { $max } teken bevatten.
   *[other] Het veld "{ $field }" mag maximaal { $max } tekens bevatten.
}

## De KPI's van het netwerk voor de coördinator

cpms-kpis-open-panels = Open panels
cpms-kpis-closed-panels = Gesloten panels
cpms-kpis-members = Leden
cpms-kpis-members-with-preferences = Leden met ERN-voorkeuren
cpms-kpis-unassigned = Nog niet toegewezen verzoeken
cpms-kpis-pending-access-requests = Openstaande toegangsaanvragen

## Verzoeken om ondersteuning

cpms-assistance-on-behalf = { $organisation }, namens de coördinator
cpms-assistance-none = Geen verzoeken om ondersteuning.
cpms-assistance-requested-by = Aangevraagd door { $name }.
cpms-assistance-assigned-to = Toegewezen aan { $name }.
cpms-assistance-not-assigned = Niet toegewezen.
cpms-assistance-assign-to = Toewijzen aan
cpms-assistance-assign = Toewijzen
cpms-assistance-new = Nieuw verzoek om ondersteuning
cpms-assistance-subject = Onderwerp
cpms-assistance-details = Details
cpms-assistance-create = Verzoek om ondersteuning aanmaken
cpms-assistance-required = Onderwerp en details zijn verplicht (maximaal 200 en 5000 tekens).
cpms-assistance-choose-member = Kies een lid van dit netwerk aan wie het verzoek moet worden toegewezen.

## Geanonimiseerde rapporten

cpms-reports-counts-only = { $organisation }. Alleen aantallen: geen namen, e-mailadressen of details van casussen.
cpms-reports-by-area = Panels per thematisch gebied
cpms-reports-by-outcome = Gesloten panels per resultaat
cpms-reports-panels = Panels
cpms-reports-still-open = Nog open

## Trainingsmodus: testaccounts zonder EU Login

cpms-training-title = Testaccounts
cpms-training-heading = Aanmelden met een testaccount
cpms-training-notice = Alleen voor training: deze accounts en hun gegevens worden gescheiden gehouden van echte gebruikers en echte gegevens.
cpms-training-account = Testaccount
cpms-training-sign-in = Aanmelden met dit testaccount
cpms-training-account-no-profile = { $username } ({ $name }): geen CPMS-profiel
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } bij { $organisation }
cpms-training-choose-account = Kies een van de testaccounts.

## Aanmelden via EU Login

cpms-sign-in-refused = Het antwoord van EU Login kon niet worden geaccepteerd. Meld u opnieuw aan.
cpms-sign-in-two-factors = Het CPMS vereist tweefactorauthenticatie (betrouwbaarheidsniveau "substantial" of "high"). Meld u opnieuw aan en kies een verificatiemethode zoals Mobiele telefoon + SMS.
cpms-sign-in-training-only = Deze trainingsomgeving heeft geen verbinding met EU Login. Gebruik in plaats daarvan de testaccounts.
cpms-sign-in-expired = Deze aanmelding is verlopen of al gebruikt. Meld u opnieuw aan.
cpms-sign-in-not-completed = EU Login heeft de aanmelding niet voltooid. Probeer het opnieuw.
cpms-sign-in-incomplete = Het antwoord op de aanmelding is onvolledig.

## Geweigerde formulieren

cpms-form-not-urlencoded = Formulieren moeten worden verzonden als application/x-www-form-urlencoded.
cpms-form-other-site = Het formulier is verzonden vanaf een andere website.
cpms-form-too-large = Het formulier heeft meer gegevens verzonden dan een van onze formulieren nodig heeft.
cpms-form-unreadable = Het formulier kon niet worden gelezen.
cpms-form-malformed = Het formulier is ongeldig.
cpms-form-expired = Dit formulier is verlopen of is niet vanaf onze pagina's verzonden. Ga terug, laad de pagina opnieuw en probeer het nogmaals.
cpms-form-wrong-kind = Het formulier bevat een veld van het verkeerde type.

## Foutpagina's

cpms-error-bad-request = Er is iets mis met dit verzoek
cpms-error-form-refused = Dit formulier kan niet worden geaccepteerd
cpms-error-sign-in = Meld u aan
cpms-error-not-allowed = Uw profiel geeft geen toegang tot deze pagina
cpms-error-not-allowed-here = Uw profielen bij deze organisatie omvatten geen profiel dat deze pagina vereist.
cpms-error-not-found = Pagina niet gevonden
cpms-error-not-found-text = Er is geen pagina op dit adres.
cpms-error-sign-in-not-completed = Aanmelding niet voltooid
cpms-error-unavailable = Dienst tijdelijk niet beschikbaar
cpms-error-unavailable-text = EU Login of het CPMS kan op dit moment niet antwoorden. Er is niets gewijzigd; probeer het over een minuut opnieuw.
cpms-error-internal = Er is bij ons iets misgegaan
cpms-error-internal-text = De fout is geregistreerd. Probeer het opnieuw; als het opnieuw gebeurt, neem dan contact op met de ondersteuning.
cpms-error-page = Pagina
cpms-error-organisation = Organisatie
cpms-error-profiles-needed = Profielen die deze pagina daar vereist
cpms-error-profiles-held = Uw profielen daar
cpms-error-no-profiles = geen
cpms-error-request-another-profile = Klik hier om machtiging aan te vragen om het CPMS met een ander profiel te gebruiken
cpms-error-reference = Referentie voor de ondersteuning:
cpms-error-start-page = Naar de startpagina
