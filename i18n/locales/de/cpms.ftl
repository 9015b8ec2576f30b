# CPMS: „CPMS“, „ERN“, „ERN-CPMS“ und „EU Login“ sind Namen und bleiben unverändert.

## Rahmen jeder CPMS-Seite

cpms-tagline = Klinisches Patientenmanagementsystem der Europäischen Referenznetzwerke
cpms-training-banner = SCHULUNGSMODUS ist aktiv: nicht für Patientendaten (nur Testkonten).
cpms-dashboard = Dashboard
cpms-preferences = ERN-Präferenzen
cpms-sign-out = Abmelden
cpms-go-to-dashboard = Zu Ihrem Dashboard

## Die Startseite (vor der Anmeldung)

cpms-landing-title = Klinisches Patientenmanagementsystem
cpms-landing-heading = Klinisches Patientenmanagementsystem (CPMS)
cpms-landing-platform = IT-Plattform für klinische Konsultationen zwischen ERN-Mitgliedern.
cpms-landing-aim = Das CPMS soll die ERN dabei unterstützen, Diagnose und Behandlung seltener oder komplexer Krankheiten mit geringer Prävalenz über die Grenzen der Mitgliedstaaten Europas hinweg zu verbessern.
cpms-landing-browsers-heading = Unterstützte Browser
cpms-landing-browsers = Bitte verwenden Sie die neueste Version von Google Chrome, Firefox oder Safari, um alle Funktionen des CPMS nutzen zu können.
cpms-landing-secure-login-heading = Sichere Anmeldung
cpms-landing-login-through-eu-login = Sie können sich über den Authentifizierungsdienst EU Login beim CPMS ERN anmelden.
cpms-login-via-eu-login = Über EU Login anmelden
cpms-training-login-link = Benutzer ohne EU Login verwenden (nur Test)
cpms-landing-members-only = Nur ERN-Mitglieder und ERN-Gastnutzer können autorisierte Nutzer des CPMS sein.
cpms-landing-eu-login-needed = Für den Zugang zum CPMS benötigen Sie ein EU-Login-Konto.
cpms-landing-create-account = Klicken Sie hier, um ein Konto zu erstellen.
cpms-landing-request-authorisation = Klicken Sie hier, um die Berechtigung zur Nutzung des CPMS zu beantragen.
cpms-landing-help-heading = Hilfe und Support
cpms-landing-contact-email = Bei Fragen, Ideen oder Anregungen oder wenn Sie Hilfe bei einem Problem benötigen, wenden Sie sich bitte per E-Mail an ERN-CPMS unter { $address }.
cpms-landing-contact-coordinator = Bei Fragen, Ideen oder Anregungen oder wenn Sie Hilfe bei einem Problem benötigen, wenden Sie sich bitte an den Koordinator Ihres ERN.

## Das Dashboard

cpms-dashboard-no-profile = Sie haben noch kein CPMS-Profil, { $name }.
cpms-dashboard-request-authorisation = Klicken Sie hier, um die Berechtigung zur Nutzung des CPMS zu beantragen
cpms-dashboard-request-steps = Wählen Sie Ihr ERN, Ihr Land, Ihre Einrichtung und Ihr Zugangsprofil.
cpms-dashboard-user-role = BENUTZER: { $name } ROLLE: { $profiles }
cpms-dashboard-request-another = Klicken Sie hier, um die Berechtigung für eine andere Organisation oder ein anderes Profil zu beantragen

## Die Seiten des CPMS

cpms-page-organisation-home = CPMS-Startseite der Organisation
cpms-page-panels = Panels
cpms-page-panel-create = Ein Panel erstellen
cpms-page-panel-manage = Ein Panel verwalten (einladen, schließen)
cpms-page-panel-contribute = Zu einem Panel beitragen
cpms-page-kpis = Netzwerk-KPIs
cpms-page-assistance = Unterstützungsanfragen
cpms-page-reports = Anonymisierte Berichte

## Die Startseite einer Organisation

cpms-organisation-your-profiles = Ihre Profile hier: { $profiles }
cpms-organisation-guest-access = Gastzugang: Sie sehen die Panels, zu denen Sie eingeladen sind, und können zu ihnen beitragen.

## ERN-Präferenzen

cpms-preferences-welcome = Willkommen im CPMS. Bitte geben Sie Ihre berufliche Rolle und die Themenbereiche an, in denen Sie beraten können; solange Sie dies nicht tun, werden Sie nicht als Fachperson für Panels vorgeschlagen.
cpms-preferences-professional-role = Meine berufliche Rolle
cpms-preferences-no-value = [Kein Wert ausgewählt]
cpms-preferences-thematic-areas = ERN-Themenbereiche
cpms-preferences-specialist-in = Ich bin spezialisiert auf:
cpms-preferences-none = Keine
cpms-preferences-update = ERN-Präferenzen aktualisieren
cpms-preferences-role-missing = Wählen Sie Ihre berufliche Rolle.
cpms-preferences-role-unknown = Wählen Sie Ihre berufliche Rolle aus der Liste.
cpms-preferences-none-and-areas = { $network }: Kreuzen Sie „Keine“ oder Themenbereiche an, nicht beides.
cpms-preferences-unknown-area = Unbekannter Themenbereich.

## Auswahl für „Meine berufliche Rolle“

cpms-role-clinical-geneticist = Humangenetiker/Humangenetikerin
cpms-role-dermatologist = Dermatologe/Dermatologin
cpms-role-endocrinologist = Endokrinologe/Endokrinologin
cpms-role-haematologist = Hämatologe/Hämatologin
cpms-role-hepatologist = Hepatologe/Hepatologin
cpms-role-nephrologist = Nephrologe/Nephrologin
cpms-role-neurologist = Neurologe/Neurologin
cpms-role-oncologist = Onkologe/Onkologin
cpms-role-ophthalmologist = Augenarzt/Augenärztin
cpms-role-paediatrician = Kinderarzt/Kinderärztin
cpms-role-pathologist = Pathologe/Pathologin
cpms-role-pulmonologist = Pneumologe/Pneumologin
cpms-role-radiologist = Radiologe/Radiologin
cpms-role-rheumatologist = Rheumatologe/Rheumatologin
cpms-role-surgeon = Chirurg/Chirurgin
cpms-role-other-physician = Anderer Arzt/andere Ärztin
cpms-role-nurse = Pflegefachkraft
cpms-role-psychologist = Psychologe/Psychologin
cpms-role-researcher = Forscher/Forscherin
cpms-role-other-health-professional = Andere Gesundheitsfachkraft

## Panels: ein Fall, der von Fachleuten eines Netzwerks besprochen wird

cpms-panels-none = Keine Panels vorhanden.
cpms-panel = Panel
cpms-thematic-area = Themenbereich
cpms-panel-lead = Leitung
cpms-panel-status = Status
cpms-panel-status-open = Offen
cpms-panel-status-closed = Geschlossen: { $outcome }
cpms-panel-all-panels = Alle Panels
cpms-panel-invited = Eingeladene Fachleute
cpms-panel-invited-none = noch keine
cpms-panel-case-summary = Fallzusammenfassung
cpms-panel-title = Titel
cpms-panel-contributions = Beiträge
cpms-panel-contributions-none = Noch keine Beiträge.
cpms-panel-comment = Kommentar
cpms-panel-add-comment = Kommentar hinzufügen
cpms-panel-invite-heading = Fachleute einladen
cpms-panel-no-candidates = Es gibt keine Fachperson mit „{ $area }“ in ihren ERN-Präferenzen, die eingeladen werden kann.
cpms-panel-specialist = Fachperson
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Fachperson einladen
cpms-panel-close = Panel schließen
cpms-panel-outcome = Ergebnis
cpms-panel-new-no-areas = Dieses Netzwerk hat noch keine Themenbereiche, daher kann dafür kein Panel erstellt werden.
cpms-panel-new-create = Panel erstellen
cpms-panel-new-choose-area = Wählen Sie einen Themenbereich dieses Netzwerks.
cpms-panel-not-invitable = Dieses Mitglied kann nicht eingeladen werden: Wählen Sie eine der Fachpersonen, die für den Themenbereich des Panels vorgeschlagen werden.
cpms-panel-comment-needed = Schreiben Sie einen Kommentar (höchstens 5000 Zeichen).
cpms-panel-choose-outcome = Wählen Sie eines der Ergebnisse.
cpms-panel-refused-view = Sie leiten dieses Panel nicht, verwalten es nicht und sind nicht dazu eingeladen.
cpms-panel-refused-invite = Nur die Leitung des Panels und seine Panel-Manager dürfen einladen, und nur solange es offen ist.
cpms-panel-refused-contribute = Nur die Teilnehmenden des Panels dürfen Beiträge leisten, und nur solange es offen ist.
cpms-panel-refused-close = Nur die Leitung des Panels und seine Panel-Manager dürfen es schließen, und nur einmal.

## Ergebnisse, mit denen ein Panel geschlossen wird

cpms-outcome-diagnosis-confirmed = Diagnose bestätigt
cpms-outcome-treatment-recommended = Behandlung empfohlen
cpms-outcome-referred = An ein anderes Zentrum überwiesen
cpms-outcome-no-consensus = Kein Konsens
cpms-outcome-other = Sonstiges

## Probleme mit einem Formularfeld

cpms-field-required = Das Feld „{ $field }“ ist erforderlich.
cpms-field-too-long = { $max ->
    [one] Das Feld „{ $field }“ darf höchstens { $max } Zeichen enthalten.
   *[other] Das Feld „{ $field }“ darf höchstens { $max } Zeichen enthalten.
}

## Netzwerk-KPIs für Koordinatoren

cpms-kpis-open-panels = Offene Panels
cpms-kpis-closed-panels = Geschlossene Panels
cpms-kpis-members = Mitglieder
cpms-kpis-members-with-preferences = Mitglieder mit ERN-Präferenzen
cpms-kpis-unassigned = Noch nicht zugewiesene Anfragen
cpms-kpis-pending-access-requests = Offene Zugangsanträge

## Unterstützungsanfragen

cpms-assistance-on-behalf = { $organisation }, im Auftrag des Koordinators
cpms-assistance-none = Keine Unterstützungsanfragen.
cpms-assistance-requested-by = Angefordert von { $name }.
cpms-assistance-assigned-to = Zugewiesen an { $name }.
cpms-assistance-not-assigned = Nicht zugewiesen.
cpms-assistance-assign-to = Zuweisen an
cpms-assistance-assign = Zuweisen
cpms-assistance-new = Neue Unterstützungsanfrage
cpms-assistance-subject = Betreff
cpms-assistance-details = Details
cpms-assistance-create = Unterstützungsanfrage erstellen
cpms-assistance-required = Betreff und Details sind erforderlich (höchstens 200 bzw. 5000 Zeichen).
cpms-assistance-choose-member = Wählen Sie ein Mitglied dieses Netzwerks, dem die Anfrage zugewiesen werden soll.

## Anonymisierte Berichte

cpms-reports-counts-only = { $organisation }. Nur Anzahlen: keine Namen, E-Mail-Adressen oder Falldetails.
cpms-reports-by-area = Panels nach Themenbereich
cpms-reports-by-outcome = Geschlossene Panels nach Ergebnis
cpms-reports-panels = Panels
cpms-reports-still-open = Noch offen

## Schulungsmodus: Testkonten ohne EU Login

cpms-training-title = Testkonten
cpms-training-heading = Mit einem Testkonto anmelden
cpms-training-notice = Nur für Schulungszwecke: Diese Konten und ihre Daten werden getrennt von echten Benutzern und echten Daten gehalten.
cpms-training-account = Testkonto
cpms-training-sign-in = Mit diesem Testkonto anmelden
cpms-training-account-no-profile = { $username } ({ $name }): kein CPMS-Profil
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } bei { $organisation }
cpms-training-choose-account = Wählen Sie eines der Testkonten.

## Anmeldung über EU Login

cpms-sign-in-refused = Die Antwort von EU Login konnte nicht akzeptiert werden. Bitte melden Sie sich erneut an.
cpms-sign-in-two-factors = Das CPMS erfordert eine Zwei-Faktor-Authentifizierung (Vertrauensniveau „substantial“ oder „high“). Bitte melden Sie sich erneut an und wählen Sie eine Überprüfungsmethode wie Mobiltelefon + SMS.
cpms-sign-in-training-only = Diese Schulungsumgebung hat keine Verbindung zu EU Login. Verwenden Sie stattdessen die Testkonten.
cpms-sign-in-expired = Diese Anmeldung ist abgelaufen oder wurde bereits verwendet. Bitte melden Sie sich erneut an.
cpms-sign-in-not-completed = EU Login hat die Anmeldung nicht abgeschlossen. Bitte versuchen Sie es erneut.
cpms-sign-in-incomplete = Die Anmeldeantwort ist unvollständig.

## Abgelehnte Formulare

cpms-form-not-urlencoded = Formulare müssen als application/x-www-form-urlencoded gesendet werden.
cpms-form-other-site = Das Formular wurde von einer anderen Website gesendet.
cpms-form-too-large = Das Formular hat mehr Daten gesendet, als eines unserer Formulare benötigt.
cpms-form-unreadable = Das Formular konnte nicht gelesen werden.
cpms-form-malformed = Das Formular ist fehlerhaft.
cpms-form-expired = Dieses Formular ist abgelaufen oder wurde nicht von unseren Seiten gesendet. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
cpms-form-wrong-kind = Das Formular enthält ein Feld des falschen Typs.

## Fehlerseiten

cpms-error-bad-request = Mit dieser Anfrage stimmt etwas nicht
cpms-error-form-refused = Dieses Formular kann nicht angenommen werden
cpms-error-sign-in = Bitte melden Sie sich an
cpms-error-not-allowed = Ihr Profil erlaubt diese Seite nicht
cpms-error-not-allowed-here = Ihre Profile bei dieser Organisation umfassen keines, das diese Seite benötigt.
cpms-error-not-found = Seite nicht gefunden
cpms-error-not-found-text = Unter dieser Adresse gibt es keine Seite.
cpms-error-sign-in-not-completed = Anmeldung nicht abgeschlossen
cpms-error-unavailable = Dienst vorübergehend nicht verfügbar
cpms-error-unavailable-text = EU Login oder das CPMS kann im Moment nicht antworten. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute erneut.
cpms-error-internal = Bei uns ist ein Fehler aufgetreten
cpms-error-internal-text = Der Fehler wurde protokolliert. Bitte versuchen Sie es erneut; wenn er wieder auftritt, wenden Sie sich an den Support.
cpms-error-page = Seite
cpms-error-organisation = Organisation
cpms-error-profiles-needed = Profile, die diese Seite dort benötigt
cpms-error-profiles-held = Ihre Profile dort
cpms-error-no-profiles = keine
cpms-error-request-another-profile = Klicken Sie hier, um die Berechtigung zur Nutzung des CPMS mit einem anderen Profil zu beantragen
cpms-error-reference = Referenz für den Support:
cpms-error-start-page = Zur Startseite
