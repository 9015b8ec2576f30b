## Von mehreren Seiten verwendet

factors-sign-in = Anmelden
factors-confirm = Bestätigen
factors-try-again = Erneut versuchen
factors-please-try-again = Bitte versuchen Sie es erneut.
factors-delete-named = { $name } löschen
factors-added-on = (hinzugefügt am { $date })
factors-hold-notice = Alle zweiten Faktoren Ihres Kontos wurden allein mit dem Passwort gelöscht. Zu Ihrer Sicherheit kann ein neuer erst ab { $until } hinzugefügt werden. Wir haben dem Inhaber des Kontos eine E-Mail dazu gesendet.
factors-already-has-factor = Ihr Konto hat bereits eine zweite Überprüfungsmethode.
factors-devices-confirm-first = Um ein Gerät hinzuzufügen oder zu löschen, bestätigen Sie zuerst mit dieser Methode: Melden Sie sich erneut an und wählen Sie sie dabei aus.
factors-confirm-first = Um eine hinzuzufügen oder zu löschen, bestätigen Sie zuerst mit dieser Methode: Melden Sie sich erneut an und wählen Sie sie dabei aus.
factors-confirm-recent = Für diese Änderung ist eine Bestätigung mit Ihrer zweiten Überprüfungsmethode aus den letzten 15 Minuten nötig. Bestätigen Sie erneut und wiederholen Sie dann diesen Schritt.
factors-phones-confirm-first = Um eine hinzuzufügen oder zu löschen, bestätigen Sie zuerst mit Mobiltelefon + SMS.
factors-confirm-current-first = Bestätigen Sie zuerst mit Ihrer aktuellen zweiten Überprüfungsmethode (melden Sie sich erneut an und wählen Sie sie dabei aus).
factors-mfa-add-first = Fügen Sie zuerst eine Mobiltelefonnummer oder einen Token hinzu.
factors-held = Alle zweiten Faktoren dieses Kontos wurden allein mit dem Passwort gelöscht: Zu Ihrer Sicherheit kann noch kein neuer hinzugefügt werden. Beachten Sie die E-Mail, die wir gesendet haben.
factors-held-code = Diesem Konto wurde mit einem Wiederherstellungscode ein zweiter Faktor hinzugefügt: Zu Ihrer Sicherheit kann bis { $until } kein zweiter Faktor hinzugefügt oder gelöscht, kein Wiederherstellungscode erstellt, die E-Mail-Adresse nicht geändert und das Konto nicht gelöscht werden. Beachten Sie die E-Mail, die wir gesendet haben.
factors-code-not-enough = Mit einem Wiederherstellungscode können Sie eine zweite Überprüfungsmethode hinzufügen, mehr nicht: Um eine zu entfernen oder Ihre E-Mail-Adresse, Ihre Wiederherstellungscodes oder Ihr Konto zu ändern, melden Sie sich erneut mit einer zweiten Überprüfungsmethode an, die Sie haben.
factors-too-many-codes = Zu viele falsche Codes. Warten Sie 15 Minuten, bevor Sie es erneut versuchen.

## Die Methoden und was sie tun („Wählen Sie Ihre Überprüfungsmethode“)

factors-choose-method = Wählen Sie Ihre Überprüfungsmethode
factors-level-high = { $app } erfordert die höchste Anmeldestufe (Stufe „{ $level }“): einen Sicherheitsschlüssel oder Passkey, der Ihre PIN, Ihren Fingerabdruck oder Ihr Gesicht prüft. Er kann nicht auf einer anderen Website verwendet werden und schützt Sie so vor Phishing.
factors-level-substantial = { $app } erfordert eine stärkere Anmeldung (Stufe „{ $level }“): Ihr Passwort und eine zweite Überprüfungsmethode.
factors-method-key-hint-high = Bestätigen Sie auf Nachfrage mit PIN, Fingerabdruck oder Gesicht.
factors-no-key = Ihr Konto hat keinen Sicherheitsschlüssel und keinen Passkey, daher können Sie diese Stufe noch nicht erreichen.
factors-no-key-add = Um zu { $app } fortzufahren, fügen Sie einen hinzu (einen Sicherheitsschlüssel oder den integrierten Authentifikator Ihres Geräts) und kehren Sie dann hierher zurück:
factors-no-factor = Ihr Konto hat noch keine zweite Überprüfungsmethode, daher können Sie nicht zu { $app } fortfahren.
factors-no-factor-add = Fügen Sie auf einer dieser Seiten eine hinzu und kehren Sie dann hierher zurück:
factors-cancel = Abbrechen und zu { $app } zurückkehren

## Mobiltelefonnummern und der SMS-Code

factors-phones-title = Meine Mobiltelefonnummern verwalten
factors-phones-none = Sie haben noch keine Mobiltelefonnummer.
factors-phone-confirmed = (bestätigt)
factors-phone-not-confirmed = (noch nicht bestätigt)
factors-phones-confirm-number = { $number } bestätigen
factors-sms-enter-challenge = Geben Sie den SMS-Code ein, der per SMS an Ihr Mobiltelefon gesendet wurde. Es kann einige Minuten dauern, bis die Nachricht Ihr Mobiltelefon erreicht.
factors-sms-challenge-label = SMS-Code
factors-phones-add = Mobiltelefonnummer hinzufügen
factors-mobile-phone-label = Mobiltelefon
factors-phone-hint = Internationales Format mit Ländervorwahl, z. B. für Belgien: +32 123 45 67 89
factors-sms-title = Authentifizierung per SMS-Code
factors-sms-number-label = Mobiltelefonnummer
factors-too-many-sms = Für dieses Konto, diese Nummer oder dieses Netzwerk wurden zu viele SMS angefordert. Bitte versuchen Sie es in einer Stunde erneut.
factors-sms-sent = Wir haben einen SMS-Code an { $number } gesendet.
factors-phone-added = { $number } ist bestätigt. Sie können sich jetzt damit über Mobiltelefon + SMS anmelden.
factors-phone-deleted = Die Nummer wurde gelöscht.
factors-sms-wrong = { $count ->
    [one] Dies ist nicht der SMS-Code, den wir gesendet haben. Noch { $count } Versuch.
   *[other] Dies ist nicht der SMS-Code, den wir gesendet haben. Noch { $count } Versuche.
}
factors-sms-expired = Dieser Code ist abgelaufen oder verbraucht (zu viele falsche Versuche). Fordern Sie einen neuen an.
factors-phone-format = Geben Sie die Nummer im internationalen Format mit Ländervorwahl ein, z. B. für Belgien: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Ein Konto kann höchstens { $count } Mobiltelefonnummer haben.
   *[other] Ein Konto kann höchstens { $count } Mobiltelefonnummern haben.
}
factors-phone-already-confirmed = Diese Nummer ist für Ihr Konto bereits bestätigt.
factors-phone-not-yours = Dies ist keine der bestätigten Mobiltelefonnummern Ihres Kontos.

## Tokens (Authenticator-Apps)

factors-tokens-title = Meine Tokens verwalten
factors-tokens-intro = Ein Token ist eine Authenticator-App (oder ein Hardware-Token), die alle 30 Sekunden einen neuen 6-stelligen Code anzeigt.
factors-token-added-on = Token hinzugefügt am { $date }
factors-token-delete = Den am { $date } hinzugefügten Token löschen
factors-tokens-add = Token hinzufügen
factors-tokens-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App oder geben Sie dort den geheimen Schlüssel ein.
factors-tokens-qr-label = QR-Code des Token-Schlüssels
factors-tokens-secret = Geheimer Schlüssel:
factors-token-code-label = Token-Code
factors-tokens-confirm = Token bestätigen
factors-token-enter = Geben Sie den Code ein, den Ihre Authenticator-App oder Ihr Token gerade anzeigt.
factors-token-added = Ihr Token wurde hinzugefügt. Sie können sich jetzt damit anmelden.
factors-token-deleted = Der Token wurde gelöscht.
factors-token-enrolment-expired = Die Einrichtung ist abgelaufen. Beginnen Sie von vorn.
factors-token-wrong-try-next = Dies ist nicht der Code, den Ihr Token gerade anzeigt. Versuchen Sie es mit dem nächsten.
factors-token-used = Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten.
factors-token-wrong = Dies ist nicht der Code, den Ihr Token gerade anzeigt.

## Die mobile App: Geräte, „PIN-Code der mobilen App“, „QR-Code der mobilen App“

factors-devices-title = Meine Mobilgeräte verwalten
factors-devices-none = Sie haben noch kein Mobilgerät.
factors-devices-add = Gerät hinzufügen
factors-devices-scan = Öffnen Sie die mobile App und scannen Sie diesen QR-Code. Er funktioniert einmal und ist 10 Minuten lang gültig.
factors-devices-qr-label = QR-Code des Einrichtungslinks
factors-devices-link = Ohne Kamera geben Sie in der App diesen Link ein:
factors-panic-title = Alle meine Geräte löschen (PANIC)
factors-panic-explained = Wenn ein Telefon mit der App verloren oder gestohlen wurde: Alle Geräte und Tokens werden auf einmal gelöscht, und alle Sitzungen, auch diese, werden beendet.
factors-device-deleted = Das Gerät wurde gelöscht.
factors-panic-done-title = Alle Ihre Geräte wurden gelöscht
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] { $devices } Mobilgerät und { $tokens } Token wurden gelöscht, und alle Sitzungen wurden beendet.
       *[other] { $devices } Mobilgerät und { $tokens } Tokens wurden gelöscht, und alle Sitzungen wurden beendet.
    }
   *[other] { $tokens ->
        [one] { $devices } Mobilgeräte und { $tokens } Token wurden gelöscht, und alle Sitzungen wurden beendet.
       *[other] { $devices } Mobilgeräte und { $tokens } Tokens wurden gelöscht, und alle Sitzungen wurden beendet.
    }
}
factors-panic-held = Sie haben dies nur mit Ihrem Passwort bestätigt. Zu Ihrer Sicherheit kann daher erst ab { $until } ein neues Gerät oder ein neuer Token hinzugefügt werden. Wir haben Ihnen dazu eine E-Mail gesendet, mit einem Link zum Sichern Ihres Kontos, falls Sie das nicht waren.
factors-panic-mailed = Wir haben Ihnen dazu eine E-Mail gesendet. Melden Sie sich erneut an, um ein neues Gerät hinzuzufügen.
factors-panic-wrong-password = Dies ist nicht Ihr Passwort: Es wurde nichts gelöscht.
factors-panic-confirm-first = Ihr Konto hat weiterhin eine bestätigte Mobiltelefonnummer: Bestätigen Sie zuerst mit Mobiltelefon + SMS.
factors-app-start-explained = Wir senden eine Anmeldeanfrage an die App auf Ihrem Mobilgerät. Diese Seite zeigt dann eine Zahl an: Wählen Sie sie in der App aus und geben Sie Ihre PIN ein.
factors-app-send = Anfrage an meine mobile App senden
factors-app-pick = Öffnen Sie die App auf Ihrem Mobilgerät, wählen Sie diese Zahl aus und geben Sie Ihre PIN ein:
factors-app-number-label = Die in der App auszuwählende Zahl
factors-app-waiting = Warten auf Ihr Mobilgerät. Diese Seite geht automatisch weiter, sobald Sie in der App geantwortet haben.
factors-app-answered = Ich habe in der App geantwortet: weiter
factors-app-no-device = Ihr Konto hat kein Mobilgerät. Fügen Sie unter „Meine Mobilgeräte verwalten“ eines hinzu.
factors-app-already-waiting = In Ihrer mobilen App wartet bereits eine Anmeldeanfrage. Beantworten Sie sie dort oder warten Sie zwei Minuten, bis sie abläuft.
factors-app-too-many = In dieser Stunde wurden zu viele Anmeldeanfragen an Ihre mobile App gesendet. Wählen Sie eine andere Überprüfungsmethode oder versuchen Sie es später erneut.
factors-app-request-unknown = Diese Anmeldeanfrage ist unbekannt oder beendet.
factors-app-request-expired = Die Anfrage ist abgelaufen, bevor die App geantwortet hat.
factors-app-request-ended = Diese Anmeldeanfrage ist beendet.
factors-app-refused-wrong-number = Die Anmeldung wurde abgelehnt: In der App wurde eine falsche Zahl ausgewählt.
factors-app-refused-denied = Die Anmeldung wurde abgelehnt: Sie wurde in der App verweigert.
factors-app-qr-scan = Scannen Sie diesen QR-Code mit der mobilen App (funktioniert auch offline) und geben Sie das angezeigte Einmalpasswort ein.
factors-app-qr-label = QR-Code der Abfrage { $challenge }
factors-app-qr-challenge = Abfrage:
factors-otp-label = Einmalpasswort
factors-app-qr-new = Neuen QR-Code anzeigen
factors-qr-ended = Diese Abfrage ist beendet. Fordern Sie eine neue an.
factors-qr-too-many = Zu viele falsche Einmalpasswörter. Warten Sie 15 Minuten oder wählen Sie eine andere Überprüfungsmethode.
factors-qr-wrong = { $count ->
    [one] Dies ist nicht das Einmalpasswort, das die App anzeigt. Noch { $count } Versuch.
   *[other] Dies ist nicht das Einmalpasswort, das die App anzeigt. Noch { $count } Versuche.
}

## Sicherheitsschlüssel und Passkeys (WebAuthn)

factors-keys-title = Meine Sicherheitsschlüssel und Passkeys verwalten
factors-keys-intro = Ein Sicherheitsschlüssel (USB, NFC) oder der integrierte Authentifikator Ihres Geräts (Trusted Platform Module, Windows Hello, Touch ID, die Bildschirmsperre eines Telefons) weist nach, dass Sie es sind, und kann nicht auf einer anderen Website verwendet werden: Er schützt Sie vor Phishing. Mit PIN oder Fingerabdruck erreicht er die höchste Stufe („high“), und er kann Sie ohne Passwort anmelden (als Passkey).
factors-keys-none = Noch kein Sicherheitsschlüssel und kein Passkey.
factors-keys-yours = Ihre Sicherheitsschlüssel und Passkeys
factors-keys-name = Name
factors-keys-added = Hinzugefügt
factors-keys-last-used = Zuletzt verwendet
factors-keys-action = Aktion
factors-keys-never-used = nie
factors-keys-add = Sicherheitsschlüssel oder Passkey hinzufügen
factors-keys-name-label = Name des Schlüssels
factors-keys-name-placeholder = z. B. Blauer USB-Schlüssel, Dienstlaptop
factors-keys-needs-script = Zum Hinzufügen eines Sicherheitsschlüssels ist JavaScript erforderlich: Ihr Browser kommuniziert mit dem Schlüssel.
factors-key-added = Der Sicherheitsschlüssel „{ $name }“ wurde hinzugefügt.
factors-key-deleted = Der Sicherheitsschlüssel wurde gelöscht.
factors-key-explained = Verwenden Sie Ihren registrierten Sicherheitsschlüssel oder den integrierten Authentifikator Ihres Geräts, um Ihre Identität zu bestätigen. Stecken Sie den Schlüssel ein oder berühren Sie ihn, oder bestätigen Sie mit PIN, Fingerabdruck oder Gesicht, wenn Ihr Browser Sie dazu auffordert.
factors-key-use = Meinen Sicherheitsschlüssel verwenden
factors-key-needs-script = Für die Anmeldung mit einem Sicherheitsschlüssel ist JavaScript erforderlich: Ihr Browser kommuniziert mit dem Schlüssel.
factors-key-none-add = Ihr Konto hat noch keinen Sicherheitsschlüssel: Fügen Sie unter „Mein Konto“ > „Meine Sicherheitsschlüssel und Passkeys verwalten“ einen hinzu.
factors-key-none = Ihr Konto hat noch keinen Sicherheitsschlüssel.
factors-key-expired = Die Anfrage ist abgelaufen oder wurde bereits verwendet. Versuchen Sie es erneut.
factors-key-refused = Die Antwort dieses Schlüssels konnte nicht überprüft werden. Verwenden Sie einen Schlüssel, der für Ihr Konto registriert ist.
factors-key-cloned = Dieser Schlüssel wurde abgelehnt: Er wurde möglicherweise kopiert. Wir haben den Inhaber des Kontos per E-Mail informiert. Verwenden Sie eine andere Methode.
factors-passkey-expired = Die Passkey-Anfrage ist abgelaufen oder wurde bereits verwendet. Versuchen Sie es erneut.
factors-passkey-refused = Dieser Passkey ist bei uns nicht registriert. Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.
factors-passkey-cloned = Dieser Passkey wurde abgelehnt: Er wurde möglicherweise kopiert. Wir haben den Inhaber des Kontos per E-Mail informiert.
factors-keys-max = { $count ->
    [one] Ein Konto kann { $count } Sicherheitsschlüssel oder Passkey haben; löschen Sie ihn zuerst.
   *[other] Ein Konto kann { $count } Sicherheitsschlüssel oder Passkeys haben; löschen Sie zuerst einen davon.
}
factors-key-name-length = { $count ->
    [one] Geben Sie dem Schlüssel einen Namen mit 1 bis { $count } Zeichen.
   *[other] Geben Sie dem Schlüssel einen Namen mit 1 bis { $count } Zeichen.
}
factors-key-request-expired = Diese Anfrage ist abgelaufen oder wurde bereits verwendet: Fügen Sie den Schlüssel erneut hinzu.
factors-key-malformed = Die Antwort des Schlüssels ist fehlerhaft.
factors-key-unverified = Die Antwort des Schlüssels konnte für diese Website nicht überprüft werden. Versuchen Sie es erneut.
factors-key-registered = Dieser Schlüssel ist bereits registriert.

## Wiederherstellungscodes

factors-codes-title = Meine Wiederherstellungscodes
factors-codes-intro = Wenn Sie Telefon, Token und Sicherheitsschlüssel verlieren, können Sie sich mit einem Wiederherstellungscode bis „Mein Konto“ anmelden, um eine neue Überprüfungsmethode hinzuzufügen. Jeder Code funktioniert nur einmal. Bewahren Sie die Codes sicher und getrennt von Ihrem Passwort auf: ausgedruckt oder in einem Passwort-Manager.
factors-codes-new = Hier sind Ihre neuen Wiederherstellungscodes. Sie werden nur dieses eine Mal angezeigt: Notieren oder drucken Sie sie jetzt. Die alten Codes funktionieren nicht mehr.
factors-codes-left = { $count ->
    [one] Sie haben { $count } unbenutzten Wiederherstellungscode (erstellt am { $date }).
   *[other] Sie haben { $count } unbenutzte Wiederherstellungscodes (erstellt am { $date }).
}
factors-codes-none = Sie haben noch keine Wiederherstellungscodes.
factors-codes-generate-new = Neue Wiederherstellungscodes erzeugen
factors-codes-generate = Wiederherstellungscodes erzeugen
factors-codes-add-first = Fügen Sie zuerst eine zweite Überprüfungsmethode hinzu: Wiederherstellungscodes ersetzen sie, wenn sie verloren geht.
factors-codes-need-real-factor = Mit einem Wiederherstellungscode lassen sich keine neuen Wiederherstellungscodes erstellen. Melden Sie sich erneut mit einer zweiten Überprüfungsmethode an (fügen Sie zuerst eine hinzu, falls Sie keine haben), und erstellen Sie sie dann.
factors-code-wrong = Dies ist keiner Ihrer Wiederherstellungscodes, oder er wurde bereits verwendet.
factors-code-sign-in-again = Ein Wiederherstellungscode gilt nur innerhalb von 15 Minuten nach der Anmeldung mit Ihrem Passwort. Ihr Code wurde nicht verwendet: Melden Sie sich ab, melden Sie sich erneut mit Ihrem Passwort an und geben Sie dann den Code ein.
factors-code-lapsed = Die 15 Minuten, um mit Ihrem Wiederherstellungscode eine Überprüfungsmethode hinzuzufügen, sind abgelaufen. Melden Sie sich ab und dann erneut mit Ihrem Passwort und einem anderen Wiederherstellungscode an.
factors-recovery-code = Wiederherstellungscode
factors-recovery-code-explained = Geben Sie einen Ihrer Wiederherstellungscodes ein. Er gewährt Ihnen Zugang zu „Mein Konto“, um eine neue Überprüfungsmethode hinzuzufügen; bei Anwendungen meldet er Sie nicht an.
factors-recovery-continue = Weiter zu „Mein Konto“

## „Mein Konto sichern“

factors-secure-title = Mein Konto sichern
factors-secure-explained = Alle zweiten Faktoren des Kontos { $email } wurden von jemandem gelöscht, der sich nur mit dem Passwort angemeldet hat. Wenn Sie das nicht waren, kennt jemand Ihr Passwort.
factors-secure-what = Beim Sichern des Kontos wird sein Passwort entfernt, alle Sitzungen werden beendet und der Zugriff aller Anwendungen wird widerrufen. Anschließend wählen Sie über „Passwort vergessen?“ per E-Mail ein neues Passwort.
factors-link-dead-title = Dieser Link kann nicht verwendet werden
factors-link-dead-text = Er wurde bereits verwendet oder ist abgelaufen. Wenn Sie glauben, dass jemand Ihr Passwort kennt, wählen Sie über „Passwort vergessen?“ ein neues.
factors-secured-title = Ihr Konto ist gesichert
factors-secured-text = Sein Passwort wurde entfernt, alle Sitzungen wurden beendet und der Zugriff aller Anwendungen wurde widerrufen.
factors-secured-next = Wählen Sie jetzt über „Passwort vergessen?“ ein neues Passwort: Der Link wird an Ihr Postfach gesendet.

## Meldungen des Seitenskripts beim Umgang mit einem Sicherheitsschlüssel

factors-script-server-failed = Der Server konnte die Anfrage nicht starten. Laden Sie die Seite neu und versuchen Sie es erneut.
factors-script-unsupported = Dieser Browser kann keine Sicherheitsschlüssel oder Passkeys verwenden. Verwenden Sie einen aktuellen Browser oder eine andere Überprüfungsmethode.
factors-script-cancelled = Die Anfrage wurde abgebrochen oder hat das Zeitlimit überschritten. Versuchen Sie es erneut.
factors-script-no-answer = Der Schlüssel hat nicht geantwortet. Versuchen Sie es erneut.
factors-script-name-first = Geben Sie dem Schlüssel zuerst einen Namen.
