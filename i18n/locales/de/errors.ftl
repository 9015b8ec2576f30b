## Die Fehlerseite

errors-bad-request-title = Mit dieser Anfrage stimmt etwas nicht
errors-forbidden-title = Dieses Formular kann nicht angenommen werden
errors-not-found-title = Seite nicht gefunden
errors-not-found = Unter dieser Adresse gibt es keine Seite.
errors-too-large-title = Zu viele Daten
errors-too-large = Das Formular hat mehr Daten gesendet, als eines unserer Formulare benötigt.
errors-too-many-requests-title = Zu viele Anfragen
errors-unavailable-title = Dienst vorübergehend nicht verfügbar
errors-unavailable = Der Dienst kann im Moment nicht antworten. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute erneut.
errors-internal-title = Bei uns ist ein Fehler aufgetreten
errors-internal = Der Fehler wurde protokolliert. Bitte versuchen Sie es erneut; wenn er wieder auftritt, wenden Sie sich unter Angabe der unten stehenden Referenz an den Support.
errors-go-to-start = Zur Startseite
errors-reference = Referenz für den Support:

## Formulare, die nicht angenommen werden können

errors-form-not-urlencoded = Formulare müssen als application/x-www-form-urlencoded gesendet werden.
errors-form-other-site = Das Formular wurde von einer anderen Website gesendet.
errors-form-unreadable = Das Formular konnte nicht gelesen werden.
errors-form-malformed = Das Formular ist fehlerhaft.
errors-form-expired = Dieses Formular ist abgelaufen oder wurde nicht von unseren Seiten gesendet. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
errors-form-wrong-kind = Das Formular enthält ein Feld des falschen Typs.

## E-Mails und Links

errors-too-many-mails = Für diese Adresse oder aus Ihrem Netzwerk wurden zu viele E-Mails angefordert. Bitte versuchen Sie es in einer Stunde erneut.
errors-link-invalid-title = Dieser Link kann nicht verwendet werden
errors-link-invalid = Der Link ist ungültig, abgelaufen oder wurde bereits verwendet. Links in unseren E-Mails funktionieren nur einmal.
errors-go-to-sign-in = Zur Anmeldung
