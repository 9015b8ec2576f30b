# Regels van de beveiligingsgeschiedenis (tabelcel naast datum en adres, ook in e-mails).

history-mfa-mandatory = multifactorauthenticatie verplicht gemaakt
history-mfa-optional = multifactorauthenticatie optioneel gemaakt
history-token-added = token toegevoegd
history-token-deleted = token verwijderd
history-phone-added = mobiel telefoonnummer { $number } toegevoegd
history-phone-deleted = mobiel telefoonnummer { $number } verwijderd
history-device-added = mobiel apparaat "{ $name }" toegevoegd
history-device-deleted = mobiel apparaat "{ $name }" verwijderd
history-panic = PANIC: alle mobiele apparaten ({ $devices }) en tokens ({ $tokens }) verwijderd, alle sessies beëindigd
history-app-denied-wrong-number = aanmelding geweigerd op "{ $name }": in de app is een verkeerd getal gekozen
history-app-denied = aanmelding geweigerd op "{ $name }": de aanmelding is in de app afgewezen
history-key-added = beveiligingssleutel "{ $name }" toegevoegd
history-key-added-password-only = beveiligingssleutel "{ $name }" toegevoegd bij een aanmelding met alleen het wachtwoord
history-key-added-password-only-mailed = beveiligingssleutel "{ $name }" toegevoegd bij een aanmelding met alleen het wachtwoord. Als u dit niet was, open dan { $link } : daarmee worden het wachtwoord, alle beveiligingssleutels en herstelcodes verwijderd en alle sessies beëindigd
history-key-deleted = beveiligingssleutel "{ $name }" verwijderd
history-key-cloned = beveiligingssleutel "{ $name }" geweigerd: de teller ervan liep terug, de sleutel is mogelijk gekopieerd
history-codes-generated = nieuwe herstelcodes gegenereerd (de oude werken niet meer)
history-code-used = { $count ->
    [one] aangemeld met een herstelcode (nog { $count } over)
   *[other] aangemeld met een herstelcode (nog { $count } over)
}
history-email-change-requested = wijziging van e-mailadres naar { $email } aangevraagd
history-email-changed = e-mailadres gewijzigd van { $old } in { $new }
