## »Opret en konto«

register-title = Opret en konto
register-problem = Der er et problem
register-first-name-label = Fornavn
register-last-name-label = Efternavn
register-email-label = E-mail
register-confirm-email-label = Bekræft e-mail
register-language-label = Sprog for e-mails
register-privacy-acknowledge = Ved at markere dette felt bekræfter du, at du har læst og forstået { $statement }
register-privacy-statement = databeskyttelseserklæringen
register-submit = Opret en konto
register-robot-intro = Din browser løser en lille opgave for at vise, at den ikke er en robot. Det kræver JavaScript og tager et sekund eller to.

## Fejl i formularen

register-first-name-invalid = Indtast dit fornavn (højst 100 tegn).
register-last-name-invalid = Indtast dit efternavn (højst 100 tegn).
register-email-invalid = Indtast en gyldig e-mailadresse, f.eks. name@hospital.eu.
register-emails-differ = De to e-mailadresser er ikke ens.
register-language-invalid = Vælg sproget for dine e-mails.
register-privacy-required = Du skal bekræfte, at du har læst databeskyttelseserklæringen.

## Efter afsendelse, og linket i bekræftelsesmailen

register-check-mailbox = Tjek din indbakke
register-mail-sent = Vi har sendt en besked til { $email }.
register-open-link = Åbn linket i beskeden inden for 24 timer for at bekræfte din e-mailadresse og vælge din adgangskode.
register-look-in-spam = Hvis der ikke kommer noget inden for få minutter, så kig i din spammappe.
register-choose-password = Vælg din adgangskode
register-ready-title = Din konto er klar
register-ready = Din e-mailadresse { $email } er bekræftet, og din adgangskode er angivet.
register-already-title = Du har allerede en konto
register-already = Der findes allerede en konto med denne e-mailadresse. Log ind, eller brug »Glemt adgangskode?«.
register-sign-in = Log ind

## Antirobotkontrollen

register-robot-title = Antirobotkontrol
register-robot-checking = Kontrollerer, at du ikke er en robot …
register-robot-done = Kontrollerer, at du ikke er en robot … færdig
register-robot-malformed = Antirobotkontrollen mangler eller er ugyldig.
register-robot-expired = Antirobotkontrollen er udløbet; prøv igen.
register-robot-unsolved = Antirobotkontrollen blev ikke løst.
register-robot-reused = Antirobotkontrollen er allerede brugt; prøv igen.
register-robot-other-address = Antirobotkontrollen blev udført for en anden netværksadresse; prøv igen.

## Databeskyttelseserklæringen

register-privacy-title = Databeskyttelseserklæring
register-privacy-kept = { $site } opbevarer dit navn, din e-mailadresse, dit sprog for e-mails, en saltet argon2id-hash af din adgangskode og, mens du er logget ind, din browsers adresse og navn for at kunne logge dig ind i applikationerne i de europæiske referencenetværk.
register-privacy-shared = Intet deles med tredjeparter; antirobotkontrollen kører i din browser. Applikationer, du logger ind i, modtager kun det, de beder om, og som du tillader.

## Bekræftelse af en ny e-mailadresse

register-email-confirm-title = Bekræft din nye e-mailadresse
register-email-confirm-button = Bekræft min nye e-mailadresse
