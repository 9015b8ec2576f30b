## Fejlsiden

errors-bad-request-title = Der er noget galt med denne anmodning
errors-forbidden-title = Denne formular kan ikke accepteres
errors-not-found-title = Siden blev ikke fundet
errors-not-found = Der findes ingen side på denne adresse.
errors-too-large-title = For mange data
errors-too-large = Formularen sendte flere data, end nogen af vores formularer har brug for.
errors-too-many-requests-title = For mange anmodninger
errors-unavailable-title = Tjenesten er midlertidigt utilgængelig
errors-unavailable = Tjenesten kan ikke svare lige nu. Intet er blevet ændret; prøv igen om et minut.
errors-internal-title = Der opstod en fejl hos os
errors-internal = Fejlen er blevet logget. Prøv igen; hvis det sker igen, så kontakt support og oplys referencen nedenfor.
errors-go-to-start = Gå til startsiden
errors-reference = Reference til support:

## Formularer, der ikke kan accepteres

errors-form-not-urlencoded = Formularer skal sendes som application/x-www-form-urlencoded.
errors-form-other-site = Formularen blev sendt fra et andet websted.
errors-form-unreadable = Formularen kunne ikke læses.
errors-form-malformed = Formularen er ugyldig.
errors-form-expired = Denne formular er udløbet eller blev ikke sendt fra vores sider. Gå tilbage, genindlæs siden, og prøv igen.
errors-form-wrong-kind = Formularen har et felt af den forkerte type.

## E-mails og links

errors-too-many-mails = Der er anmodet om for mange e-mails til denne adresse eller fra dit netværk. Prøv igen om en time.
errors-link-invalid-title = Dette link kan ikke bruges
errors-link-invalid = Linket er ugyldigt, udløbet eller allerede brugt. Links i vores e-mails virker én gang.
errors-go-to-sign-in = Gå til login
