## Formularen, der angiver en adgangskode

password-account = Konto:
password-rules-hint = Mindst 10 tegn. Lange adgangssætninger af ord, der ikke hænger sammen, er lette at huske og svære at gætte; dit navn, din e-mail og almindelige adgangskoder afvises.
password-problem = Der er et problem
password-new-label = Ny adgangskode
password-confirm-label = Bekræft ny adgangskode
password-set-submit = Angiv min adgangskode
password-choose-new = Vælg en ny adgangskode
password-new-set-title = Din nye adgangskode er angivet
password-new-set = Af hensyn til din sikkerhed er alle sessioner på din konto blevet afsluttet. Log ind med din nye adgangskode.

## »Glemt adgangskode?«

password-lost-title = Glemt adgangskode?
password-lost-intro = Indtast e-mailadressen for din konto. Vi sender dig et link, så du kan vælge en ny adgangskode.
password-email-label = E-mail
password-lost-submit = Send mig et link
password-email-invalid = Indtast en gyldig e-mailadresse.
password-check-mailbox = Tjek din indbakke
password-lost-sent = Hvis { $email } er adressen på en konto, har vi sendt et link dertil, så du kan vælge en ny adgangskode.
password-lost-link-once = Linket virker én gang og i én time.

## »Skift adgangskode«

password-change-title = Skift adgangskode
password-change-hint = Når du skifter adgangskode, bliver du logget ud af alle andre browsere.
password-current-label = Nuværende adgangskode
password-change-submit = Skift adgangskode
password-back-to-account = Tilbage til Min konto
password-not-current = Dette er ikke din nuværende adgangskode.
password-mismatch = De to adgangskoder er ikke ens.

## Reglerne for adgangskoder

password-too-short = { $count ->
    [one] Din adgangskode skal have mindst { $count } tegn.
   *[other] Din adgangskode skal have mindst { $count } tegn.
}
password-too-long = { $count ->
    [one] Din adgangskode må højst have { $count } tegn.
   *[other] Din adgangskode må højst have { $count } tegn.
}
password-is-email = Din adgangskode må ikke være din e-mailadresse.
password-guessable = Denne adgangskode er for almindelig eller let at gætte. { $advice }

## Råd om en adgangskode, der er let at gætte

password-advice-default = Tilføj nogle flere usædvanlige ord.
password-advice-few-words = Brug nogle få ord, og undgå almindelige vendinger.
password-advice-no-symbols-needed = Der er ikke brug for symboler, tal eller store bogstaver.
password-advice-another-word = Tilføj et eller to ord mere. Usædvanlige ord er bedre.
password-advice-capitals = Store forbogstaver hjælper ikke ret meget.
password-advice-all-uppercase = Kun store bogstaver er næsten lige så let at gætte som kun små bogstaver.
password-advice-reversed = Ord stavet baglæns er ikke meget sværere at gætte.
password-advice-substitutions = Forudsigelige udskiftninger som '@' i stedet for 'a' hjælper ikke ret meget.
password-advice-keyboard = Brug et længere tastaturmønster med flere retningsskift.
password-advice-repeats = Undgå gentagne ord og tegn.
password-advice-sequences = Undgå tegnfølger.
password-advice-recent-years = Undgå de seneste årstal.
password-advice-your-years = Undgå årstal, der har forbindelse til dig.
password-advice-your-dates = Undgå datoer og årstal, der har forbindelse til dig.

## Linjer i sikkerhedshistorikken

password-history-changed = adgangskode ændret
password-history-reset = adgangskode nulstillet med et link sendt pr. e-mail
password-history-secured = konto sikret via det tilsendte link: adgangskode, sikkerhedsnøgler og gendannelseskoder fjernet, alle sessioner afsluttet
