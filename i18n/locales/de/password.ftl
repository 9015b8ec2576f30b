## Passwort festlegen

password-account = Konto:
password-rules-hint = Mindestens 10 Zeichen. Lange Passphrasen aus nicht zusammenhängenden Wörtern sind leicht zu merken und schwer zu erraten; Ihr Name, Ihre E-Mail-Adresse und gängige Passwörter werden abgelehnt.
password-problem = Es ist ein Problem aufgetreten
password-new-label = Neues Passwort
password-confirm-label = Neues Passwort bestätigen
password-set-submit = Mein Passwort festlegen
password-choose-new = Wählen Sie ein neues Passwort
password-new-set-title = Ihr neues Passwort ist festgelegt
password-new-set = Zu Ihrer Sicherheit wurden alle Sitzungen Ihres Kontos beendet. Melden Sie sich mit Ihrem neuen Passwort an.

## „Passwort vergessen?“

password-lost-title = Passwort vergessen?
password-lost-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
password-email-label = E-Mail
password-lost-submit = Link zusenden
password-email-invalid = Geben Sie eine gültige E-Mail-Adresse ein.
password-check-mailbox = Prüfen Sie Ihr Postfach
password-lost-sent = Wenn { $email } die Adresse eines Kontos ist, haben wir einen Link an diese Adresse gesendet, mit dem Sie ein neues Passwort wählen können.
password-lost-link-once = Der Link funktioniert nur einmal und ist eine Stunde lang gültig.

## „Passwort ändern“

password-change-title = Passwort ändern
password-change-hint = Wenn Sie Ihr Passwort ändern, werden Sie in allen anderen Browsern abgemeldet.
password-current-label = Aktuelles Passwort
password-change-submit = Passwort ändern
password-back-to-account = Zurück zu „Mein Konto“
password-not-current = Dies ist nicht Ihr aktuelles Passwort.
password-mismatch = Die beiden Passwörter stimmen nicht überein.

## Die Passwortregeln

password-too-short = { $count ->
    [one] Ihr Passwort muss mindestens { $count } Zeichen lang sein.
   *[other] Ihr Passwort muss mindestens { $count } Zeichen lang sein.
}
password-too-long = { $count ->
    [one] Ihr Passwort darf höchstens { $count } Zeichen lang sein.
   *[other] Ihr Passwort darf höchstens { $count } Zeichen lang sein.
}
password-is-email = Ihr Passwort darf nicht Ihre E-Mail-Adresse sein.
password-guessable = Dieses Passwort ist zu gängig oder leicht zu erraten. { $advice }

## Hinweise zu leicht zu erratenden Passwörtern

password-advice-default = Fügen Sie einige weitere ungewöhnliche Wörter hinzu.
password-advice-few-words = Verwenden Sie mehrere Wörter und vermeiden Sie gängige Redewendungen.
password-advice-no-symbols-needed = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
password-advice-another-word = Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.
password-advice-capitals = Großschreibung hilft kaum.
password-advice-all-uppercase = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
password-advice-reversed = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
password-advice-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum.
password-advice-keyboard = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
password-advice-repeats = Vermeiden Sie wiederholte Wörter und Zeichen.
password-advice-sequences = Vermeiden Sie fortlaufende Zeichenfolgen.
password-advice-recent-years = Vermeiden Sie Jahreszahlen der letzten Jahre.
password-advice-your-years = Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.
password-advice-your-dates = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.

## Zeilen des Sicherheitsverlaufs

password-history-changed = Passwort geändert
password-history-reset = Passwort mit einem per E-Mail gesendeten Link zurückgesetzt
password-history-secured = Konto über den per E-Mail gesendeten Link gesichert: Passwort, Sicherheitsschlüssel und Wiederherstellungscodes entfernt, alle Sitzungen beendet
