# Betreiberkonsole unter /admin. Technische Begriffe (Client-ID, Redirect-URI, PKCE,
# private_key_jwt, DPoP, FAPI 2.0, RS256, „idp client add“) bleiben unverändert.

## Wer die Konsole verwenden darf

admin-not-admin-title = Diese Konsole ist Administratoren vorbehalten
admin-not-admin-text = Ihr Konto ist kein Administratorkonto. Es wurde nichts angezeigt oder geändert.
admin-my-account = Mein Konto
admin-second-factor-title = Bestätigen Sie zuerst mit Ihrem zweiten Faktor
admin-second-factor-text = Die Betreiberkonsole wirkt auf die Konten anderer Personen; daher ist eine Anmeldung mit einem zweiten Faktor erforderlich.
admin-second-factor-again-title = Bestätigen Sie erneut mit Ihrem zweiten Faktor
admin-second-factor-again-text = Ihr zweiter Faktor wurde vor mehr als 15 Minuten nachgewiesen. Bestätigen Sie ihn erneut und wiederholen Sie dann die Aktion: Es wurde nichts geändert.
admin-second-factor-link = Mit einem zweiten Faktor bestätigen
admin-held-title = Ihr Konto ist vorübergehend eingeschränkt

## Von den Seiten der Konsole gemeinsam verwendet

admin-back = Zurück
admin-back-to-console = Zurück zur Konsole
admin-search = Suchen
admin-first-page = Erste Seite
admin-next-page = Nächste Seite
admin-pages = Seiten
admin-when = Wann
admin-from = Von
admin-created = Erstellt
admin-name = Name
admin-email = E-Mail
admin-status = Status

## Startseite der Konsole

admin-title = Betreiberkonsole
admin-home-intro = Angemeldet als { $operator }. Jede Aktion hier wird im Betreiberprotokoll und, sofern sie eine Person betrifft, in deren Sicherheitsverlauf erfasst.
admin-menu-users = Benutzer
admin-menu-users-text = jemanden finden, entsperren, Sitzungen beenden, ein verlorenes Telefon oder Gerät entfernen, deaktivieren oder aktivieren, eine E-Mail zum Zurücksetzen des Passworts senden
admin-menu-clients = Clients
admin-menu-clients-text = die Anwendungen, über die sich Personen anmelden
admin-menu-keys = Signaturschlüssel
admin-menu-access = Zugang
admin-menu-access-text = offene Anträge und gewährte Zugänge aller Netzwerke
admin-menu-log = Betreiberprotokoll

## Benutzer

admin-users-title = Benutzer
admin-users-search-hint = Der Anfang einer E-Mail-Adresse, eines Vor- oder Nachnamens oder von „Vorname Nachname“.
admin-users-none = Kein Konto gefunden.
admin-account = Konto
admin-user-active = aktiv
admin-user-disabled = deaktiviert
admin-user-locked-until = nach falschen Passwörtern gesperrt bis { $until }
admin-user-administrator = Administrator
admin-factors = Zweite Faktoren
admin-factors-none = Keine.
admin-factor-phone = Mobiltelefon { $number }
admin-factor-phone-unconfirmed = Mobiltelefon { $number } (nicht bestätigt)
admin-factor-device = Mobilgerät „{ $name }“
admin-factor-token = Token (Authenticator-App)
admin-factor-security-key = Sicherheitsschlüssel „{ $name }“
admin-factor-added = { $factor }, hinzugefügt am { $added }
admin-factor-remove = { $factor } entfernen
admin-sessions = Sitzungen
admin-sessions-none = Keine offene Sitzung.
admin-session-browser = Browser
admin-session-address = Adresse
admin-session-started = Angemeldet
admin-session-last-activity = Letzte Aktivität
admin-session-applications = Anwendungen
admin-session-no-applications = keine
admin-actions = Aktionen
admin-unlock = Konto entsperren
admin-send-reset = E-Mail zum Zurücksetzen des Passworts senden
admin-end-sessions = Alle Sitzungen beenden
admin-enable = Konto aktivieren
admin-disable = Konto deaktivieren
admin-history = Sicherheitsverlauf
admin-history-none = Noch keine Einträge.
admin-history-what = Was
admin-back-to-users = Zurück zu „Benutzer“

## Ergebnis einer Aktion an einem Konto

admin-unlocked-title = Konto entsperrt
admin-unlocked-text = { $email } kann sich mit dem richtigen Passwort wieder anmelden; die Person wurde per E-Mail benachrichtigt.
admin-sessions-ended-title = Alle Sitzungen beendet
admin-sessions-ended-text = Alle Sitzungen von { $email } wurden beendet, und was Anwendungen erhalten hatten, wurde widerrufen.
admin-admin-disable-title = Das Konto eines Administrators wird auf dem Server deaktiviert
admin-admin-disable-text = Administratorkonten werden auf dem Server mit idp user disable deaktiviert, nicht über die Konsole.
admin-disabled-title = Konto deaktiviert
admin-disabled-text = { $email } kann sich nicht anmelden; alle Sitzungen wurden beendet und die Tokens der Person widerrufen.
admin-enabled-title = Konto aktiviert
admin-enabled-text = { $email } kann sich wieder anmelden.
admin-already-disabled-title = Bereits deaktiviert
admin-already-disabled-text = { $email } war bereits deaktiviert; es wurde nichts geändert.
admin-already-enabled-title = Bereits aktiviert
admin-already-enabled-text = { $email } war bereits aktiviert; es wurde nichts geändert.
admin-reset-sent-title = E-Mail zum Zurücksetzen des Passworts gesendet
admin-reset-sent-text = Ein Link zum Wählen eines neuen Passworts wurde an { $email } gesendet.
admin-no-mail-title = Keine E-Mail gesendet
admin-no-mail-text = An { $email } wurden in letzter Zeit zu viele E-Mails gesendet; versuchen Sie es später erneut.
admin-nothing-removed-title = Nichts entfernt
admin-nothing-removed-text = Das Konto hat keinen solchen Faktor (vielleicht wurde er inzwischen entfernt).
admin-factor-removed-title = Faktor entfernt
admin-factor-removed-text = Der Faktor wurde von { $email } entfernt; die Person wurde per E-Mail benachrichtigt.

## Clients (die Anwendungen, über die sich Personen anmelden)

admin-clients-title = Clients
admin-client-id = Client-ID
admin-client-kind = Art
admin-redirect-uris = Redirect-URIs
admin-redirect-uris-hint = Eine pro Zeile: https oder http auf Loopback.
admin-kind-confidential-option = Vertraulich (mit Secret)
admin-kind-public-option = Öffentlich (PKCE, ohne Secret)
admin-kind-keys = vertraulich (private_key_jwt)
admin-kind-secret = vertraulich (Secret)
admin-kind-public = öffentlich (PKCE)
admin-client-add = Client hinzufügen
admin-client-add-button = Den Client hinzufügen
admin-clients-cli-hint = Schlüssel (private_key_jwt), DPoP, paarweise Subjects und das FAPI-2.0-Profil werden auf der Kommandozeile festgelegt:
admin-client-title = Client { $id }
admin-redirect-uris-save = Redirect-URIs speichern
admin-secret = Secret
admin-secret-rotate-hint = Das aktuelle Secret funktioniert sofort nicht mehr; das neue wird einmal angezeigt.
admin-secret-rotate = Secret erneuern
admin-remove = Entfernen
admin-client-remove = Den Client { $id } entfernen
admin-back-to-clients = Zurück zu „Clients“
admin-client-added-title = Client hinzugefügt
admin-client-added-public = { $id } ist als öffentlicher Client registriert (PKCE, ohne Secret).
admin-secret-rotated-title = Client-Secret erneuert
admin-secret-shown-once = Das Secret von { $id } wird nur dieses eine Mal angezeigt; kopieren Sie es jetzt in die Konfiguration der Anwendung.
admin-client-secret = Client-Secret
admin-done = Fertig
admin-uris-saved-title = Redirect-URIs gespeichert
admin-uris-saved-text = { $id } akzeptiert jetzt: { $uris }
admin-client-removed-title = Client entfernt
admin-client-removed-text = { $id } wurde entfernt: Seine Tokens funktionieren am Userinfo-Endpunkt nicht mehr, und er kann niemanden mehr anmelden.
admin-uris-none = mindestens eine Redirect-URI ist erforderlich
admin-uris-too-many = { $max ->
    [one] höchstens { $max } Redirect-URI
   *[other] höchstens { $max } Redirect-URIs
}
admin-no-such-client = kein Client hat die ID { $id }
admin-uris-checked = { $id } hat paarweise Subjects oder das FAPI-2.0-Profil, für die seine Redirect-URIs geprüft wurden: Ändern Sie sie mit idp client remove und idp client add
admin-no-secret = { $id } hat kein Secret (ein öffentlicher Client oder einer, der mit seinen Schlüsseln signiert)

## Signaturschlüssel

admin-keys-title = Signaturschlüssel
admin-key-id = Schlüssel-ID
admin-key-algorithm = Algorithmus
admin-key-state = Zustand
admin-key-signs = signiert
admin-key-retired-published = außer Dienst, noch veröffentlicht
admin-key-retired = außer Dienst
admin-key-rotate-heading = Einen Schlüssel erneuern
admin-key-rotate = Den Signaturschlüssel erneuern
admin-key-rotated-title = Signaturschlüssel erneuert
admin-key-rotated-text = { $alg }-Tokens werden jetzt mit dem Schlüssel { $kid } signiert; der vorherige Schlüssel bleibt veröffentlicht, solange von ihm signierte Tokens noch in Gebrauch sein können.

## Das Betreiberprotokoll

admin-log-title = Betreiberprotokoll
admin-log-label = Das Betreiberprotokoll
admin-log-search-hint = Der Anfang der E-Mail-Adresse eines Betreibers, des Objekts der Aktion oder der Aktion selbst.
admin-log-none = Kein Eintrag.
admin-log-operator = Betreiber
admin-log-action = Aktion
admin-log-target = Betrifft
