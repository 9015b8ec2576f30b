## "Skapa ett konto": formuläret

register-title = Skapa ett konto
register-problem = Det finns ett problem
register-first-name-label = Förnamn
register-last-name-label = Efternamn
register-email-label = E-post
register-confirm-email-label = Bekräfta e-post
register-language-label = Språk för e-post
register-privacy-acknowledge = Genom att markera den här rutan bekräftar du att du har läst och förstått { $statement }
register-privacy-statement = integritetsmeddelandet
register-submit = Skapa ett konto
register-robot-intro = Din webbläsare löser ett litet pussel för att visa att den inte är en robot. Det kräver JavaScript och tar en sekund eller två.

## Formulärets fel

register-first-name-invalid = Ange ditt förnamn (högst 100 tecken).
register-last-name-invalid = Ange ditt efternamn (högst 100 tecken).
register-email-invalid = Ange en giltig e-postadress, t.ex. namn@hospital.eu.
register-emails-differ = De två e-postadresserna är inte likadana.
register-language-invalid = Välj språk för dina e-postmeddelanden.
register-privacy-required = Du måste bekräfta integritetsmeddelandet.

## Efter att formuläret skickats, och länken i bekräftelsemeddelandet

register-check-mailbox = Kontrollera din inkorg
register-mail-sent = Vi har skickat ett meddelande till { $email }.
register-open-link = Öppna länken i det inom 24 timmar för att bekräfta din e-postadress och välja ditt lösenord.
register-look-in-spam = Om inget kommer fram inom några minuter, titta i din skräppostmapp.
register-choose-password = Välj ditt lösenord
register-ready-title = Ditt konto är klart
register-ready = Din e-postadress { $email } är bekräftad och ditt lösenord är angivet.
register-already-title = Du har redan ett konto
register-already = Det finns redan ett konto med den här e-postadressen. Logga in eller använd ”Glömt lösenordet?”.
register-sign-in = Logga in

## Robotkontrollen

register-robot-title = Robotkontroll
register-robot-checking = Kontrollerar att du inte är en robot …
register-robot-done = Kontrollerar att du inte är en robot … klart
register-robot-malformed = Robotkontrollen saknas eller är felaktig.
register-robot-expired = Robotkontrollen har gått ut. Försök igen.
register-robot-unsolved = Robotkontrollen löstes inte.
register-robot-reused = Robotkontrollen har redan använts. Försök igen.
register-robot-other-address = Robotkontrollen gjordes för en annan nätverksadress. Försök igen.

## Integritetsmeddelandet

register-privacy-title = Integritetsmeddelande
register-privacy-kept = { $site } sparar ditt namn, din e-postadress, ditt språk för e-post, en saltad argon2id-hash av ditt lösenord och, medan du är inloggad, din webbläsares adress och namn, för att kunna logga in dig i de europeiska referensnätverkens applikationer.
register-privacy-shared = Ingenting delas med tredje part; robotkontrollen körs i din webbläsare. Applikationer som du loggar in i får endast det som de begär och som du tillåter.

## Bekräfta en ny e-postadress

register-email-confirm-title = Bekräfta din nya e-postadress
register-email-confirm-button = Bekräfta min nya e-postadress
