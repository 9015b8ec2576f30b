## "Account aanmaken"

register-title = Account aanmaken
register-problem = Er is een probleem
register-first-name-label = Voornaam
register-last-name-label = Achternaam
register-email-label = E-mail
register-confirm-email-label = E-mail bevestigen
register-language-label = Taal van e-mails
register-privacy-acknowledge = Door dit vakje aan te vinken, bevestigt u dat u de { $statement } hebt gelezen en begrepen
register-privacy-statement = privacyverklaring
register-submit = Account aanmaken
register-robot-intro = Uw browser lost een kleine puzzel op om te laten zien dat hij geen robot is. Hiervoor is JavaScript nodig; het duurt een seconde of twee.

## Fouten in het formulier

register-first-name-invalid = Voer uw voornaam in (maximaal 100 tekens).
register-last-name-invalid = Voer uw achternaam in (maximaal 100 tekens).
register-email-invalid = Voer een geldig e-mailadres in, bijv. name@hospital.eu.
register-emails-differ = De twee e-mailadressen komen niet overeen.
register-language-invalid = Kies de taal van uw e-mails.
register-privacy-required = U moet bevestigen dat u de privacyverklaring hebt gelezen.

## Na het verzenden, en de link in de bevestigingsmail

register-check-mailbox = Controleer uw mailbox
register-mail-sent = We hebben een bericht gestuurd naar { $email }.
register-open-link = Open binnen 24 uur de link in dat bericht om uw e-mailadres te bevestigen en uw wachtwoord te kiezen.
register-look-in-spam = Als er binnen enkele minuten niets binnenkomt, kijk dan in uw spammap.
register-choose-password = Kies uw wachtwoord
register-ready-title = Uw account is klaar
register-ready = Uw e-mailadres { $email } is bevestigd en uw wachtwoord is ingesteld.
register-already-title = U hebt al een account
register-already = Er bestaat al een account met dit e-mailadres. Meld u aan of gebruik "Wachtwoord vergeten?".
register-sign-in = Aanmelden

## De antirobotcontrole

register-robot-title = Antirobotcontrole
register-robot-checking = Controleren of u geen robot bent…
register-robot-done = Controleren of u geen robot bent… klaar
register-robot-malformed = De antirobotcontrole ontbreekt of is ongeldig.
register-robot-expired = De antirobotcontrole is verlopen; probeer het opnieuw.
register-robot-unsolved = De antirobotcontrole is niet opgelost.
register-robot-reused = De antirobotcontrole is al gebruikt; probeer het opnieuw.
register-robot-other-address = De antirobotcontrole is uitgevoerd voor een ander netwerkadres; probeer het opnieuw.

## De privacyverklaring

register-privacy-title = Privacyverklaring
register-privacy-kept = { $site } bewaart uw naam, uw e-mailadres, de taal van uw e-mails, een gezouten argon2id-hash van uw wachtwoord en, zolang u bent aangemeld, het adres en de naam van uw browser, om u aan te melden bij de toepassingen van de Europese referentienetwerken.
register-privacy-shared = Er wordt niets gedeeld met derden; de antirobotcontrole wordt in uw browser uitgevoerd. Toepassingen waarbij u zich aanmeldt, ontvangen alleen wat zij vragen en u toestaat.

## Een nieuw e-mailadres bevestigen

register-email-confirm-title = Bevestig uw nieuwe e-mailadres
register-email-confirm-button = Mijn nieuwe e-mailadres bevestigen
