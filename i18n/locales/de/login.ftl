# Glossary (de): sign in = anmelden / Anmeldung; sign out = abmelden; account = Konto;
# My account = Mein Konto; password = Passwort ("Lost your password?" = Passwort vergessen?);
# e-mail address = E-Mail-Adresse; verification method = Überprüfungsmethode;
# second factor = zweiter Faktor; mobile app = mobile App; PIN code = PIN-Code;
# QR code = QR-Code; SMS = SMS (SMS text challenge = SMS-Code); security key =
# Sicherheitsschlüssel; passkey = Passkey; token = Token; access request = Zugangsantrag;
# access profile = Zugangsprofil; Coordinator = Koordinator; organisation = Organisation;
# institution = Einrichtung; healthcare provider = Gesundheitsdienstleister;
# network = Netzwerk; panel = Panel; patient = Patient; consent = Einwilligung;
# session = Sitzung; device = Gerät; recovery code = Wiederherstellungscode.

login-too-many-wrong-passwords = { $count ->
    [one] Zu viele falsche Passwörter. Warten Sie { $count } Sekunde, bevor Sie es erneut versuchen.
   *[other] Zu viele falsche Passwörter. Warten Sie { $count } Sekunden, bevor Sie es erneut versuchen.
}

## Die Anmeldeseiten

login-title = Anmelden
login-heading = Melden Sie sich an, um fortzufahren
login-app-requires-authentication = { $app } erfordert Ihre Authentifizierung
login-email-label = E-Mail
login-next = Weiter
login-or-without-password = Oder ohne Passwort:
login-passkey-button = Mit einem Passkey anmelden
login-create-account = Konto erstellen
login-email-invalid = Geben Sie die E-Mail-Adresse Ihres Kontos ein, z. B. name@hospital.eu.
login-welcome-back = Willkommen zurück
login-welcome = Willkommen
login-account-external = (Extern)
login-different-email = Mit einer anderen E-Mail-Adresse anmelden?
login-password-label = Passwort
login-lost-password = Passwort vergessen?
login-choose-method = Wählen Sie Ihre Überprüfungsmethode
login-phone-label = Mobiltelefon
login-phone-hint = Internationales Format mit Ländervorwahl, z. B. für Belgien: +32 123 45 67 89
login-robot-intro = Aus Ihrem Netzwerk sind in letzter Zeit viele Anmeldungen fehlgeschlagen. Daher löst Ihr Browser zunächst eine kleine Aufgabe, um zu zeigen, dass er kein Roboter ist. Dafür ist JavaScript erforderlich; es dauert einige Sekunden.
login-submit = Anmelden

## Ablehnungen beim Passwortschritt

login-wrong-credentials = Die E-Mail-Adresse oder das Passwort ist nicht korrekt.
login-account-disabled = Dieses Konto wurde von einem Administrator deaktiviert. Wenden Sie sich an Ihren Helpdesk, um es wieder aktivieren zu lassen.
login-account-locked = Nach mehreren falschen Passwörtern ist dieses Konto bis { $until } gesperrt. Die Sperre wird automatisch aufgehoben; der Inhaber des Kontos wurde per E-Mail benachrichtigt.
login-robot-check-needed = Aus Ihrem Netzwerk sind in letzter Zeit viele Anmeldungen fehlgeschlagen: Warten Sie, bis die Anti-Roboter-Prüfung unten als abgeschlossen angezeigt wird, und melden Sie sich dann erneut an.

## Die Überprüfungsmethoden

login-method-password-title = Passwort
login-method-password-hint = Authentifizieren Sie sich nur mit Ihrem Passwort.
login-method-sms-title = Mobiltelefon + SMS
login-method-sms-hint = Senden Sie eine SMS an eine registrierte Mobiltelefonnummer für eine Multi-Faktor-Authentifizierung.
login-method-app-title = PIN-Code der mobilen App
login-method-app-hint = Verwenden Sie Ihre registrierte mobile App, um Ihre Identität zu bestätigen.
login-method-qr-title = QR-Code der mobilen App
login-method-qr-hint = Erzeugen Sie mit der mobilen App ein Einmalpasswort.
login-method-token-title = Token
login-method-token-hint = Verwenden Sie einen Token oder eine Authenticator-App, um ein Einmalpasswort für die Anmeldung zu erzeugen.
login-method-webauthn-title = Sicherheitsschlüssel oder vertrauenswürdige Plattform (TPM)
login-method-webauthn-hint = Verwenden Sie Ihren registrierten Sicherheitsschlüssel oder den integrierten Authentifikator Ihres Geräts, um Ihre Identität zu bestätigen.
login-method-recovery-title = Wiederherstellungscode
login-method-recovery-hint = Telefon, Token oder Schlüssel verloren? Verwenden Sie einen Wiederherstellungscode, um zu „Mein Konto“ zu gelangen und eine neue Überprüfungsmethode hinzuzufügen.

## Zweiter Faktor, wenn das Konto ihn immer verlangt

login-verify-always-mfa = Ihr Konto erfordert immer eine Multi-Faktor-Authentifizierung.
login-verify-app-hint = Bestätigen Sie die Anmeldung in der mobilen App mit Ihrer PIN.
login-verify-qr-hint = Scannen Sie mit der mobilen App (funktioniert auch offline) einen QR-Code und geben Sie das angezeigte Einmalpasswort ein.
login-verify-token-hint = Geben Sie den Code Ihrer Authenticator-App oder Ihres Hardware-Tokens ein.

## Zeilen des Sicherheitsverlaufs

login-history-locked = nach mehreren falschen Passwörtern gesperrt
login-history-new-browser = neue Anmeldung von einem bisher unbekannten Browser ({ $browser })
