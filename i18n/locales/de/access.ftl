## Meine Anwendungszugänge

access-my-title = Meine Anwendungszugänge
access-my-requests-label = Meine Zugangsanträge
access-none-yet = Sie haben noch keinen Zugangsantrag.
access-review-link = Zugangsanträge prüfen
access-back-to-my = Zurück zu „Meine Anwendungszugänge“

## Spaltenüberschriften und Feldbezeichnungen

access-field-application = Anwendung
access-field-organisation = Organisation
access-field-profile = Zugangsprofil
access-field-submitted = Eingereicht
access-field-status = Status
access-field-comments = Kommentare
access-field-network = Netzwerk
access-field-search = Suche
access-field-reason = Begründung

## Status eines Antrags

access-status-pending = ausstehend
access-status-approved = genehmigt
access-status-rejected = abgelehnt
access-status-revoked = widerrufen
access-status-first-approval = einmal angenommen, zweite Genehmigung ausstehend
access-status-with-reason = { $status }: { $reason }

## Der Assistent („Neuer Anwendungszugang“, vier Schritte)

access-new-title = Neuer Anwendungszugang
access-steps-application = Anwendung auswählen
access-steps-organisation = Organisation auswählen
access-steps-profile = Zugangsprofil auswählen
access-steps-recap = Zusammenfassung und Einreichung
access-step-1 = Schritt 1: Anwendung auswählen
access-step-2 = Schritt 2: Organisation auswählen
access-step-3 = Schritt 3: Zugangsprofil auswählen
access-step-4 = Schritt 4: Kommentar eingeben
access-cancel = Abbrechen
access-no-value = [Kein Wert ausgewählt]

## Schritt 2: Organisation auswählen

access-organisations = Organisationen
access-per-page = Einträge pro Seite
access-search-label = Suche:
access-search-button = Suchen
access-up = Eine Ebene höher
access-institution = Einrichtung
access-submitted-mark = (Antrag eingereicht)
access-submitted-note = Mit (Antrag eingereicht) gekennzeichnete Organisationen können bereits für einen Zugangsantrag verwendet werden.
access-open = Öffnen
access-details = Details
access-details-of = Details zu { $name }
access-no-match = Keine passenden Einträge.
access-showing = { $total ->
    [one] { $first } bis { $last } von { $total } Eintrag
   *[other] { $first } bis { $last } von { $total } Einträgen
}
access-network-details = { $countries ->
    [one] { $countries } Land
   *[other] { $countries } Länder
}, { $institutions ->
    [one] { $institutions } Einrichtung
   *[other] { $institutions } Einrichtungen
}. Themenbereiche: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } Einrichtung von { $network } in { $country } sowie der zugehörige Guest Access.
   *[other] { $institutions } Einrichtungen von { $network } in { $country } sowie der zugehörige Guest Access.
}
access-guest-details = Gastzugang zu { $network } in { $country } für Gesundheitsfachkräfte außerhalb der Mitgliedseinrichtungen.
access-institution-details = { $institution } in { $country }, Mitglied von { $network }.
access-pages = Seiten
access-page-number = Seite { $number }

## Schritt 3: Zugangsprofil auswählen

access-organisation-chosen = Organisation:
access-profile-name = Name
access-profile-description = Beschreibung
access-profile-active = aktiv
access-profile-submitted = Antrag eingereicht
access-profile-granted = Ihnen gewährt

## Schritt 4: Zusammenfassung und Einreichung

access-recap-intro = Prüfen Sie den zusammengestellten Antrag und klicken Sie dann auf „Zugangsantrag einreichen“.
access-summary = Zusammenfassung
access-before-submitting = Vor dem Einreichen
access-before-submitting-text = Ein Antrag auf Zugang zu einer Anwendung wird von den Administratoren geprüft. Dies geschieht manuell und kann einige Tage dauern.
access-submit = Zugangsantrag einreichen
access-submitted-title = Ihr Antrag wurde eingereicht
access-submitted-what = Sie haben { $profiles } bei { $organisation } ({ $application }) beantragt.
access-submitted-wait = Bitte beachten Sie: Die Genehmigung/Aktivierung Ihres Kontos kann nach dem Einreichen des Antrags 1–2 Tage dauern! Sie werden per E-Mail benachrichtigt, sobald das Genehmigungsverfahren abgeschlossen ist.

## Warum ein Antrag abgelehnt wird

access-select-application = Wählen Sie eine Anwendung aus.
access-select-organisation = Wählen Sie eine Organisation aus.
access-select-institution = Wählen Sie eine Organisation aus: eine Einrichtung (oder den Guest Access) eines Netzwerks und Landes.
access-select-profile = Wählen Sie mindestens ein Zugangsprofil aus.
access-not-a-profile = „{ $profile }“ ist kein Zugangsprofil von { $application }.
access-comment-too-long = Der Kommentar muss reiner Text mit höchstens { $max } Zeichen sein.
access-already-pending = Sie haben bereits einen offenen Antrag für { $organisation }; warten Sie die Entscheidung darüber ab.
access-already-pending-here = Sie haben bereits einen offenen Antrag für diese Organisation; warten Sie die Entscheidung darüber ab.
access-already-held = Sie haben das Profil { $profile } für { $organisation } bereits.
access-too-many-requests = { $count ->
    [one] Sie haben in der letzten Stunde { $count } Antrag gesendet; bitte warten Sie, bevor Sie weitere senden.
   *[other] Sie haben in der letzten Stunde { $count } Anträge gesendet; bitte warten Sie, bevor Sie weitere senden.
}
access-reason-too-long = Die Begründung darf höchstens { $max } Zeichen lang sein.
access-reason-needed = Geben Sie eine Begründung an: Die antragstellende Person erhält sie per E-Mail.
access-accepted-already = Sie haben diesen Antrag bereits angenommen: Eine zweite genehmigende Person muss ihn ebenfalls annehmen.

## Die Prüfseite für Genehmigende

access-review-title = Zu prüfende Zugangsanträge
access-review-networks = Netzwerke, für die Sie entscheiden: { $networks }
access-review-all-networks = alle (Administrator)
access-all-networks = Alle Netzwerke
access-review-search-hint = Der Anfang des Namens oder der E-Mail-Adresse einer antragstellenden Person oder des Namens oder Codes einer Organisation.
access-review-show = Anzeigen
access-pending-heading = Offene Anträge
access-pending-none = Es wartet kein Antrag.
access-reason-hint = Wird an die antragstellende Person gesendet; für eine Ablehnung erforderlich.
access-accept = Annehmen
access-reject = Ablehnen
access-first-page = Erste Seite
access-pending-pages = Seiten der offenen Anträge
access-pending-next = Nächste offene Anträge
access-granted-heading = Gewährte Zugänge
access-granted-none = Es wurde noch kein Zugang gewährt.
access-granted-row = { $requester }: { $profiles } bei { $organisation }
access-revoke-reason = Grund für den Widerruf
access-revoke = Widerrufen
access-granted-pages = Seiten der gewährten Zugänge
access-granted-next = Nächste gewährte Zugänge
access-deleted-account = (gelöschtes Konto)
access-accepted-done = Der Antrag wurde angenommen; die antragstellende Person wurde per E-Mail benachrichtigt.
access-rejected-done = Der Antrag wurde abgelehnt; die antragstellende Person wurde per E-Mail benachrichtigt.
access-revoked-done = Der Zugang wurde widerrufen; die antragstellende Person wurde per E-Mail benachrichtigt.
access-first-approval-done = Sie haben den Antrag angenommen. Er gewährt ein Profil, das selbst Anträge genehmigt; daher muss eine zweite genehmigende Person ihn ebenfalls annehmen. Erst dann wird die antragstellende Person benachrichtigt.
access-already-decided = Über diesen Antrag wurde bereits entschieden (vielleicht von einer anderen genehmigenden Person).
access-revoke-approver-admin = Nur ein Administrator kann den Zugang einer Koordinatorin oder eines Koordinators widerrufen (einen Zugang, mit dem man andere genehmigt). Es wurde nichts geändert.
access-not-approver-title = Sie prüfen keine Zugangsanträge
access-not-approver-text = Über Zugangsanträge entscheiden die Koordinatoren der einzelnen Netzwerke und die Administratoren. Ihr Konto gehört zu keiner dieser Gruppen.
access-second-factor-title = Bestätigen Sie zuerst mit Ihrem zweiten Faktor
access-second-factor-text = Entscheidungen über Zugangsanträge gewähren oder entziehen den Zugriff auf Patientendaten; daher ist eine Anmeldung mit einem zweiten Faktor erforderlich (Mobiltelefon + SMS, eine mobile App oder ein Token). Es wurde nichts geändert.
access-second-factor-link = Mit einem zweiten Faktor bestätigen
