# Zeilen des Sicherheitsverlaufs (Tabellenzelle neben Datum und Adresse, auch in E-Mails).

history-mfa-mandatory = Multi-Faktor-Authentifizierung verpflichtend gemacht
history-mfa-optional = Multi-Faktor-Authentifizierung optional gemacht
history-token-added = Token hinzugefügt
history-token-deleted = Token gelöscht
history-phone-added = Mobiltelefonnummer { $number } hinzugefügt
history-phone-deleted = Mobiltelefonnummer { $number } gelöscht
history-device-added = Mobilgerät „{ $name }“ hinzugefügt
history-device-deleted = Mobilgerät „{ $name }“ gelöscht
history-panic = PANIC: alle Mobilgeräte ({ $devices }) und Tokens ({ $tokens }) gelöscht, alle Sitzungen beendet
history-app-denied-wrong-number = Anmeldung auf „{ $name }“ abgelehnt: In der App wurde eine falsche Zahl ausgewählt
history-app-denied = Anmeldung auf „{ $name }“ abgelehnt: Die Anmeldung wurde in der App verweigert
history-key-added = Sicherheitsschlüssel „{ $name }“ hinzugefügt
history-key-added-password-only = Sicherheitsschlüssel „{ $name }“ bei einer Anmeldung nur mit dem Passwort hinzugefügt
history-key-added-password-only-mailed = Sicherheitsschlüssel „{ $name }“ bei einer Anmeldung nur mit dem Passwort hinzugefügt. Wenn Sie das nicht waren, öffnen Sie { $link } : Dadurch werden das Passwort, alle Sicherheitsschlüssel und Wiederherstellungscodes entfernt und alle Sitzungen beendet
history-key-deleted = Sicherheitsschlüssel „{ $name }“ gelöscht
history-key-cloned = Sicherheitsschlüssel „{ $name }“ abgelehnt: Sein Zähler ist zurückgegangen, er wurde möglicherweise kopiert
history-codes-generated = neue Wiederherstellungscodes erzeugt (die alten funktionieren nicht mehr)
history-code-used = { $count ->
    [one] mit einem Wiederherstellungscode angemeldet (noch { $count } übrig)
   *[other] mit einem Wiederherstellungscode angemeldet (noch { $count } übrig)
}
history-email-change-requested = Änderung der E-Mail-Adresse in { $email } beantragt
history-email-changed = E-Mail-Adresse von { $old } in { $new } geändert
