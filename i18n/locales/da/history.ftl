# Linjer i sikkerhedshistorikken (tabelcelle ved dato og adresse, også i e-mails).

history-mfa-mandatory = multifaktorgodkendelse gjort obligatorisk
history-mfa-optional = multifaktorgodkendelse gjort valgfri
history-token-added = token tilføjet
history-token-deleted = token slettet
history-phone-added = mobiltelefonnummer { $number } tilføjet
history-phone-deleted = mobiltelefonnummer { $number } slettet
history-device-added = mobilenhed »{ $name }« tilføjet
history-device-deleted = mobilenhed »{ $name }« slettet
history-panic = PANIC: alle mobilenheder ({ $devices }) og tokens ({ $tokens }) slettet, alle sessioner afsluttet
history-app-denied-wrong-number = login afvist på »{ $name }«: der blev valgt et forkert tal i appen
history-app-denied = login afvist på »{ $name }«: login blev afvist i appen
history-key-added = sikkerhedsnøgle »{ $name }« tilføjet
history-key-added-password-only = sikkerhedsnøgle »{ $name }« tilføjet ved et login kun med adgangskoden
history-key-added-password-only-mailed = sikkerhedsnøgle »{ $name }« tilføjet ved et login kun med adgangskoden. Hvis det ikke var dig, så åbn { $link } : Det fjerner adgangskoden, alle sikkerhedsnøgler og gendannelseskoder og afslutter alle sessioner
history-key-deleted = sikkerhedsnøgle »{ $name }« slettet
history-key-cloned = sikkerhedsnøgle »{ $name }« afvist: dens tæller gik baglæns, den kan være blevet kopieret
history-codes-generated = nye gendannelseskoder genereret (de gamle virker ikke længere)
history-code-used = { $count ->
    [one] logget ind med en gendannelseskode ({ $count } tilbage)
   *[other] logget ind med en gendannelseskode ({ $count } tilbage)
}
history-email-change-requested = anmodning om ændring af e-mailadresse til { $email }
history-email-changed = e-mailadresse ændret fra { $old } til { $new }
