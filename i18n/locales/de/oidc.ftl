## Einwilligung: eine Anwendung möchte das Konto verwenden

oidc-consent-title = { $app } erlauben?
oidc-consent-heading = { $app } möchte Ihr Konto verwenden
oidc-consent-intro = Wenn Sie zustimmen, erhält { $app }:
oidc-consent-withdraw = Sie können diese Einwilligung jederzeit unter „Mein Konto“ widerrufen.
oidc-consent-allow = Erlauben
oidc-consent-deny = Ablehnen

## Was eine Anwendung erhält

oidc-scope-subject = eine dauerhafte Kennung Ihres Kontos (nicht Ihre E-Mail-Adresse)
oidc-scope-profile = Ihren Namen und Ihre bevorzugte Sprache
oidc-scope-email = Ihre E-Mail-Adresse
oidc-scope-phone = Ihre bestätigte Mobiltelefonnummer
oidc-scope-offline = Zugriff, während Sie nicht angemeldet sind (bis Sie ihn widerrufen)

## Abmeldung

oidc-logout-title = Abmelden
oidc-logout-asks = { $app } möchte Sie abmelden.
oidc-logout-explain = Beim Abmelden wird Ihre { $site }-Sitzung in diesem Browser beendet, und die Anwendungen, bei denen Sie sich damit angemeldet haben, werden benachrichtigt.
oidc-logout-submit = Abmelden
oidc-logout-request-unusable = Diese Abmeldeanfrage kann nicht verwendet werden
oidc-logout-done-title = Sie sind abgemeldet
oidc-logout-not-signed-in = Sie sind in diesem Browser nicht angemeldet.
oidc-logout-malformed = Die Abmeldeanfrage ist fehlerhaft.
oidc-logout-foreign-token = Die Abmeldeanfrage enthält ein ID-Token, das nicht von uns ausgestellt wurde.
oidc-logout-two-applications = Die Abmeldeanfrage nennt zwei verschiedene Anwendungen.
oidc-logout-unregistered-address = Die Anwendung wollte Sie an eine Adresse weiterleiten, die sie nicht registriert hat.

## Rückkehr zur Anwendung

oidc-returning-title = Rückkehr zur Anwendung
oidc-returning-no-script = JavaScript ist deaktiviert: Klicken Sie auf die Schaltfläche, um zur Anwendung zurückzukehren.
oidc-returning-continue = Weiter zur Anwendung

## Anmeldeanfragen, die nicht verwendet werden können

oidc-request-unusable = Diese Anmeldeanfrage kann nicht verwendet werden
oidc-request-expired-title = Diese Anmeldeanfrage ist abgelaufen
oidc-start-again = Kehren Sie zur Anwendung zurück und beginnen Sie von vorn.
oidc-other-browser-title = Diese Anmeldeanfrage wurde in einem anderen Browser gestartet
oidc-other-browser = Zu Ihrer Sicherheit kann eine Anmeldung nur in dem Browser fortgesetzt werden, in dem sie begonnen wurde. Kehren Sie zur Anwendung zurück und beginnen Sie von vorn.
oidc-request-malformed = Die Anmeldeanfrage ist fehlerhaft.
oidc-go-to-account = Zu „Mein Konto“
oidc-changed-in-another-tab = Diese Anmeldeanfrage wurde in einem anderen Tab abgeschlossen oder geändert. Kehren Sie zur Anwendung zurück und beginnen Sie von vorn.
oidc-unknown-application = Die Anwendung, die Sie hierher weitergeleitet hat, ist bei uns nicht registriert.
oidc-unregistered-return-address = { $app } hat Sie mit einer Rücksprungadresse hierher weitergeleitet, die nicht registriert ist. Daher können wir Sie nicht zurückleiten.
oidc-request-used = Diese Anmeldeanfrage ist abgelaufen oder wurde bereits verwendet. Kehren Sie zur Anwendung zurück und beginnen Sie von vorn.
oidc-request-not-accepted = { $app } hat eine Anmeldeanfrage gesendet, die wir nicht annehmen können ({ $reason }).
oidc-application-gone = Die Anwendung ist nicht mehr registriert.
oidc-other-account = Diese Anmeldeanfrage wurde für ein anderes Konto gestartet. Kehren Sie zur Anwendung zurück und beginnen Sie von vorn.
oidc-already-completed = Diese Anmeldeanfrage wurde bereits abgeschlossen.
