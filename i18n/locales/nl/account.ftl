## Het overzicht ("Mijn account")

account-title = Mijn account
account-name = Naam
account-email = E-mail
account-email-language = Taal van e-mails
account-signed-in-since = Aangemeld sinds
account-sign-out = Afmelden
account-change-password = Wachtwoord wijzigen
account-access-link = Mijn toegang tot toepassingen
account-require-mfa = Altijd multifactorauthenticatie vereisen
account-save = Opslaan
account-consents-heading = Toepassingen die u toestemming hebt gegeven
account-consents-none = Nog geen enkele toepassing heeft om uw toestemming gevraagd.
account-consent-withdraw = Toestemming voor { $name } intrekken
account-offline-heading = Toepassingen met offline toegang
account-offline-hint = Deze toepassingen kunnen namens u handelen terwijl u niet bent aangemeld. Intrekken maakt daar onmiddellijk een einde aan; ze moeten het u dan opnieuw vragen.
account-offline-none = Geen enkele toepassing heeft offline toegang.
account-offline-until = (tot { $until }, verlengd zolang de toegang wordt gebruikt)
account-offline-revoke = Offline toegang voor { $name } intrekken
account-delete = Mijn account verwijderen
account-delete-warning = Hiermee worden alle sessies beëindigd en worden uw account en alle gegevens die erover worden bewaard, verwijderd. Dit kan niet ongedaan worden gemaakt.
account-password = Wachtwoord
account-back = Terug naar Mijn account

## Meldingen op het overzicht

account-password-changed = Uw wachtwoord is gewijzigd. Andere browsers zijn afgemeld.
account-mfa-on = Multifactorauthenticatie is nu altijd vereist voor uw account.
account-mfa-off = Multifactorauthenticatie is niet langer altijd vereist.
account-mfa-confirm-first = Om dit te wijzigen, bevestigt u eerst met uw tweede verificatiemethode (meld u daarmee opnieuw aan).
account-delete-wrong-password = Dit is niet uw wachtwoord: het account is niet verwijderd.
account-delete-confirm-first = Om het account te verwijderen, bevestigt u eerst met uw tweede verificatiemethode (meld u daarmee opnieuw aan).
account-deleted-title = Uw account is verwijderd
account-deleted-text = Uw account en alle gegevens die erover werden bewaard, zijn verwijderd.
account-create = Account aanmaken

## Persoonsgegevens

account-details-title = Persoonsgegevens
account-details-first-name = Voornaam
account-details-last-name = Achternaam
account-details-email-heading = Mijn e-mailadres wijzigen
account-details-email-current = Uw e-mailadres is { $email }. We sturen een link naar het nieuwe adres; de wijziging gaat in wanneer u die link opent.
account-details-new-email = Nieuw e-mailadres
account-details-send-link = Een bevestigingslink sturen
account-details-saved = Uw persoonsgegevens zijn opgeslagen.
account-details-link-sent = We hebben een link gestuurd naar { $email }. Open die link om dit adres uw e-mailadres te maken.
account-details-email-changed = Uw e-mailadres is nu { $email }.
account-details-wrong-password = Dit is niet uw wachtwoord.
account-details-email-confirm-first = Om uw e-mailadres te wijzigen, bevestigt u eerst met uw tweede verificatiemethode (meld u daarmee opnieuw aan).
account-details-link-invalid = Deze link is ongeldig, verlopen of al gebruikt.
account-details-name-length = Voor- en achternaam moeten elk 1 tot 100 tekens lang zijn.
account-details-choose-language = Kies de taal van uw e-mails.
account-details-email-invalid = Voer een geldig e-mailadres in.
account-details-email-same = Dit is al uw e-mailadres.
account-details-too-many-mails = Er zijn te veel e-mails aangevraagd. Probeer het over een uur opnieuw.
account-details-email-taken = Een ander account gebruikt dit adres inmiddels.
account-email-title = Uw e-mailadres
account-go = Naar Mijn account

## Mijn sessies weergeven

account-sessions-title = Mijn sessies weergeven
account-sessions-label = Mijn sessies
account-sessions-browser = Browser
account-sessions-address = Adres
account-sessions-signed-in = Aangemeld
account-sessions-last-activity = Laatste activiteit
account-sessions-applications = Toepassingen
account-sessions-this-browser = (deze browser)
account-sessions-no-applications = geen
account-sessions-end = De sessie van { $browser } beëindigen ({ $started })
account-sessions-end-others = Al mijn andere sessies beëindigen
account-session-ended = De sessie is beëindigd.
account-session-already-ended = Die sessie was al beëindigd.
account-other-sessions-ended = Alle andere sessies zijn beëindigd.
account-browser-on-system = { $browser } op { $system }

## Beveiligingsgeschiedenis

account-history-title = Beveiligingsgeschiedenis
account-history-intro = Elke wijziging in de beveiliging van uw account, de nieuwste eerst. U hebt van elke wijziging ook een e-mail ontvangen.
account-history-none = Nog niets.
account-history-when = Wanneer
account-history-what = Wat
account-history-from = Vanaf adres
