## „Konto erstellen“

register-title = Konto erstellen
register-problem = Es ist ein Problem aufgetreten
register-first-name-label = Vorname
register-last-name-label = Nachname
register-email-label = E-Mail
register-confirm-email-label = E-Mail bestätigen
register-language-label = E-Mail-Sprache
register-privacy-acknowledge = Durch Ankreuzen dieses Kästchens bestätigen Sie, dass Sie die { $statement } gelesen und verstanden haben
register-privacy-statement = Datenschutzerklärung
register-submit = Konto erstellen
register-robot-intro = Ihr Browser löst eine kleine Aufgabe, um zu zeigen, dass er kein Roboter ist. Dafür ist JavaScript erforderlich; es dauert ein bis zwei Sekunden.

## Fehler im Formular

register-first-name-invalid = Geben Sie Ihren Vornamen ein (höchstens 100 Zeichen).
register-last-name-invalid = Geben Sie Ihren Nachnamen ein (höchstens 100 Zeichen).
register-email-invalid = Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@hospital.eu.
register-emails-differ = Die beiden E-Mail-Adressen stimmen nicht überein.
register-language-invalid = Wählen Sie die Sprache Ihrer E-Mails.
register-privacy-required = Sie müssen die Kenntnisnahme der Datenschutzerklärung bestätigen.

## Nach dem Absenden und der Link in der Bestätigungs-E-Mail

register-check-mailbox = Prüfen Sie Ihr Postfach
register-mail-sent = Wir haben eine Nachricht an { $email } gesendet.
register-open-link = Öffnen Sie den darin enthaltenen Link innerhalb von 24 Stunden, um Ihre E-Mail-Adresse zu bestätigen und Ihr Passwort festzulegen.
register-look-in-spam = Wenn innerhalb weniger Minuten nichts ankommt, sehen Sie in Ihrem Spam-Ordner nach.
register-choose-password = Wählen Sie Ihr Passwort
register-ready-title = Ihr Konto ist bereit
register-ready = Ihre E-Mail-Adresse { $email } ist bestätigt und Ihr Passwort ist festgelegt.
register-already-title = Sie haben bereits ein Konto
register-already = Ein Konto mit dieser E-Mail-Adresse ist bereits vorhanden. Melden Sie sich an oder verwenden Sie „Passwort vergessen?“.
register-sign-in = Anmelden

## Die Anti-Roboter-Prüfung

register-robot-title = Anti-Roboter-Prüfung
register-robot-checking = Es wird geprüft, ob Sie kein Roboter sind …
register-robot-done = Es wird geprüft, ob Sie kein Roboter sind … erledigt
register-robot-malformed = Die Anti-Roboter-Prüfung fehlt oder ist fehlerhaft.
register-robot-expired = Die Anti-Roboter-Prüfung ist abgelaufen; bitte versuchen Sie es erneut.
register-robot-unsolved = Die Anti-Roboter-Prüfung wurde nicht gelöst.
register-robot-reused = Die Anti-Roboter-Prüfung wurde bereits verwendet; bitte versuchen Sie es erneut.
register-robot-other-address = Die Anti-Roboter-Prüfung wurde für eine andere Netzwerkadresse erstellt; bitte versuchen Sie es erneut.

## Die Datenschutzerklärung

register-privacy-title = Datenschutzerklärung
register-privacy-kept = { $site } speichert Ihren Namen, Ihre E-Mail-Adresse, Ihre E-Mail-Sprache, einen gesalzenen argon2id-Hash Ihres Passworts sowie, solange Sie angemeldet sind, die Adresse und den Namen Ihres Browsers, um Sie bei den Anwendungen der Europäischen Referenznetzwerke anzumelden.
register-privacy-shared = Es werden keine Daten an Dritte weitergegeben; die Anti-Roboter-Prüfung läuft in Ihrem Browser. Anwendungen, bei denen Sie sich anmelden, erhalten nur die Angaben, die sie anfordern und die Sie freigeben.

## Bestätigung einer neuen E-Mail-Adresse

register-email-confirm-title = Bestätigen Sie Ihre neue E-Mail-Adresse
register-email-confirm-button = Meine neue E-Mail-Adresse bestätigen
