## Übersicht („Mein Konto“)

account-title = Mein Konto
account-name = Name
account-email = E-Mail
account-email-language = E-Mail-Sprache
account-signed-in-since = Angemeldet seit
account-sign-out = Abmelden
account-change-password = Passwort ändern
account-access-link = Meine Anwendungszugänge
account-require-mfa = Immer Multi-Faktor-Authentifizierung verlangen
account-save = Speichern
account-consents-heading = Von Ihnen zugelassene Anwendungen
account-consents-none = Bisher hat keine Anwendung um Ihre Einwilligung gebeten.
account-consent-withdraw = Einwilligung für { $name } widerrufen
account-offline-heading = Anwendungen mit Offline-Zugriff
account-offline-hint = Diese Anwendungen können in Ihrem Namen handeln, während Sie nicht angemeldet sind. Ein Widerruf beendet dies sofort; die Anwendungen müssen Sie dann erneut fragen.
account-offline-none = Keine Anwendung hat Offline-Zugriff.
account-offline-until = (bis { $until }, wird bei Nutzung verlängert)
account-offline-revoke = Offline-Zugriff für { $name } widerrufen
account-delete = Mein Konto löschen
account-delete-warning = Dadurch werden alle Sitzungen beendet und Ihr Konto sowie alle dazu gespeicherten Daten entfernt. Dies kann nicht rückgängig gemacht werden.
account-password = Passwort
account-back = Zurück zu „Mein Konto“

## Meldungen auf der Übersicht

account-password-changed = Ihr Passwort wurde geändert. Andere Browser wurden abgemeldet.
account-mfa-on = Für Ihr Konto ist jetzt immer eine Multi-Faktor-Authentifizierung erforderlich.
account-mfa-off = Eine Multi-Faktor-Authentifizierung ist nicht mehr immer erforderlich.
account-mfa-confirm-first = Um dies zu ändern, bestätigen Sie zuerst mit Ihrer zweiten Überprüfungsmethode (melden Sie sich damit erneut an).
account-delete-wrong-password = Dies ist nicht Ihr Passwort: Das Konto wurde nicht gelöscht.
account-delete-confirm-first = Um das Konto zu löschen, bestätigen Sie zuerst mit Ihrer zweiten Überprüfungsmethode (melden Sie sich damit erneut an).
account-deleted-title = Ihr Konto wurde gelöscht
account-deleted-text = Ihr Konto und alle dazu gespeicherten Daten wurden entfernt.
account-create = Konto erstellen

## Persönliche Daten

account-details-title = Persönliche Daten
account-details-first-name = Vorname
account-details-last-name = Nachname
account-details-email-heading = Meine E-Mail-Adresse ändern
account-details-email-current = Ihre E-Mail-Adresse lautet { $email }. Wir senden einen Link an die neue Adresse; die Änderung wird wirksam, sobald Sie ihn öffnen.
account-details-new-email = Neue E-Mail
account-details-send-link = Bestätigungslink senden
account-details-saved = Ihre persönlichen Daten wurden gespeichert.
account-details-link-sent = Wir haben einen Link an { $email } gesendet. Öffnen Sie ihn, um diese Adresse zu Ihrer E-Mail-Adresse zu machen.
account-details-email-changed = Ihre E-Mail-Adresse lautet jetzt { $email }.
account-details-wrong-password = Dies ist nicht Ihr Passwort.
account-details-email-confirm-first = Um Ihre E-Mail-Adresse zu ändern, bestätigen Sie zuerst mit Ihrer zweiten Überprüfungsmethode (melden Sie sich damit erneut an).
account-details-link-invalid = Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet.
account-details-name-length = Vor- und Nachname müssen jeweils 1 bis 100 Zeichen lang sein.
account-details-choose-language = Wählen Sie die Sprache Ihrer E-Mails.
account-details-email-invalid = Geben Sie eine gültige E-Mail-Adresse ein.
account-details-email-same = Dies ist bereits Ihre E-Mail-Adresse.
account-details-too-many-mails = Es wurden zu viele E-Mails angefordert. Versuchen Sie es in einer Stunde erneut.
account-details-email-taken = Diese Adresse wird inzwischen von einem anderen Konto verwendet.
account-email-title = Ihre E-Mail-Adresse
account-go = Zu „Mein Konto“

## Meine Sitzungen anzeigen

account-sessions-title = Meine Sitzungen anzeigen
account-sessions-label = Meine Sitzungen
account-sessions-browser = Browser
account-sessions-address = Adresse
account-sessions-signed-in = Angemeldet
account-sessions-last-activity = Letzte Aktivität
account-sessions-applications = Anwendungen
account-sessions-this-browser = (dieser Browser)
account-sessions-no-applications = keine
account-sessions-end = Sitzung von { $browser } beenden ({ $started })
account-sessions-end-others = Alle meine anderen Sitzungen beenden
account-session-ended = Die Sitzung wurde beendet.
account-session-already-ended = Diese Sitzung war bereits beendet.
account-other-sessions-ended = Alle anderen Sitzungen wurden beendet.
account-browser-on-system = { $browser } unter { $system }

## Sicherheitsverlauf

account-history-title = Sicherheitsverlauf
account-history-intro = Alle Änderungen an der Sicherheit Ihres Kontos, die neuesten zuerst. Jede wurde Ihnen auch per E-Mail mitgeteilt.
account-history-none = Noch keine Einträge.
account-history-when = Wann
account-history-what = Was
account-history-from = Herkunftsadresse
