# E-mails til kontohavere og SMS-koden, på kontoens sprog for e-mails.
# Strukturen (hilsen, afsnit, link på sin egen linje, tomme linjer) er som på engelsk.

## Oprettelse af en konto

mail-confirm-registration-subject = { $site }: Bekræft din e-mailadresse
mail-confirm-registration-body =
    Kære { $first_name } { $last_name },

    Nogen, sandsynligvis dig, har bedt om at oprette en konto på { $site } med denne e-mailadresse.

    Åbn dette link inden for 24 timer for at bekræfte adressen og vælge din adgangskode:

    { $link }

    Linket virker én gang. Hvis du ikke har bedt om en konto, kan du se bort fra denne e-mail: Der oprettes ingen konto uden linket.

mail-already-registered-subject = { $site }: Du har allerede en konto
mail-already-registered-body =
    Kære { $first_name } { $last_name },

    Nogen, sandsynligvis dig, har bedt om at oprette en konto på { $site } med denne e-mailadresse, men der findes allerede en konto med denne adresse.

    Du kan logge ind på { $login_link }
    Hvis du har glemt din adgangskode, så brug »Glemt adgangskode?« dér: { $reset_link }

    Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail; din konto er ikke ændret.

## Adgangskoder

mail-reset-password-subject = { $site }: Vælg en ny adgangskode
mail-reset-password-body =
    Kære { $first_name } { $last_name },

    Nogen, sandsynligvis dig, har bedt om at vælge en ny adgangskode til din konto på { $site }.

    Åbn dette link inden for en time for at vælge en ny adgangskode:

    { $link }

    Linket virker én gang. Når du vælger en ny adgangskode, bliver du logget ud overalt.
    Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail; din adgangskode er ikke ændret.

mail-password-changed-subject = { $site }: Din adgangskode er ændret
mail-password-changed-body =
    Kære { $first_name } { $last_name },

    Adgangskoden til din konto på { $site } blev ændret den { $when }.

    Hvis det ikke var dig, så vælg straks en ny adgangskode med »Glemt adgangskode?«: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: Din konto er spærret i { $minutes } minut
   *[other] { $site }: Din konto er spærret i { $minutes } minutter
}
mail-account-locked-body =
    Kære { $first_name } { $last_name },

    Efter flere forkerte adgangskoder er din konto på { $site } spærret indtil { $until }. Derefter ophæves spærringen af sig selv.

    Hvis disse forsøg ikke var dine, forsøger nogen måske at gætte din adgangskode. Du kan vælge en ny med »Glemt adgangskode?«: { $reset_link }

## Kontoens sikkerhed

mail-security-change-subject = { $site }: En ændring af din kontos sikkerhed
mail-security-change-body =
    Kære { $first_name } { $last_name },

    Den { $when }, fra adressen { $ip }: { $what }.

    Hvis det var dig, skal du ikke gøre noget. Hvis ikke, bruger nogen måske din konto: Vælg straks en ny adgangskode med »Glemt adgangskode?« ({ $reset_link }), og gennemgå »Vis mine sessioner« under Min konto.

mail-factors-held-subject = { $site }: Alle metoder til anden faktor på din konto er slettet
mail-factors-held-body =
    Kære { $first_name } { $last_name },

    Den { $when } blev alle mobilenheder og tokens på din konto slettet fra adressen { $ip } (»Slet alle mine enheder (PANIC)«) af en person, der loggede ind kun med din adgangskode.

    Af hensyn til din sikkerhed kan der ikke tilføjes en ny anden faktor med din adgangskode alene før { $until }. Hvis det var dig, så tilføj din nye enhed eller dit nye token efter dette tidspunkt.

    Hvis det IKKE var dig, kender nogen din adgangskode. Åbn straks dette link: Det fjerner din adgangskode, afslutter alle sessioner og tilbagekalder alle applikationers adgang; vælg derefter en ny adgangskode med »Glemt adgangskode?«.

    { $link }

mail-factor-added-with-code-subject = { $site }: en anden faktor blev tilføjet til din konto med en gendannelseskode
mail-factor-added-with-code-body =
    Kære { $first_name } { $last_name },

    Den { $when } foretog en person, der var logget ind med din adgangskode og en af dine gendannelseskoder, fra adressen { $ip } denne ændring: { $what }.

    Af hensyn til din sikkerhed kan der indtil { $until } ikke tilføjes eller slettes en anden faktor, genereres gendannelseskoder, ændres din e-mailadresse eller slettes din konto. Hvis det var dig, skal du ikke gøre noget.

    Hvis det IKKE var dig, kender nogen din adgangskode. Åbn straks dette link: Det fjerner din adgangskode, afslutter alle sessioner og tilbagekalder alle applikationers adgang; vælg derefter en ny adgangskode med »Glemt adgangskode?«.

    { $link }

mail-account-secured-subject = { $site }: Din adgangskode er fjernet, og alle sessioner er afsluttet
mail-account-secured-body =
    Kære { $first_name } { $last_name },

    Den { $when } blev din konto sikret fra adressen { $ip } via det link, vi sendte dig: Adgangskoden blev fjernet, alle sessioner blev afsluttet, og alle applikationers adgang blev tilbagekaldt.

    Vælg en ny adgangskode med »Glemt adgangskode?«: { $reset_link }

## Personlige oplysninger

mail-confirm-email-change-subject = { $site }: Bekræft din nye e-mailadresse
mail-confirm-email-change-body =
    Kære { $first_name } { $last_name },

    Åbn dette link inden for 24 timer for at gøre { $new_email } til e-mailadressen for din konto på { $site }:

    { $link }

    Linket virker én gang. Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail.

mail-email-changed-subject = { $site }: E-mailadressen for din konto er ændret
mail-email-changed-body =
    Kære { $first_name } { $last_name },

    E-mailadressen for din konto på { $site } er ændret fra { $old_email } til { $new_email }.

    Hvis det ikke var dig, så kontakt straks support.

mail-account-deleted-subject = { $site }: Din konto er slettet
mail-account-deleted-body = Din konto på { $site } og alt, hvad der var gemt om den, er slettet, som du bad om.

## Adgang til applikationer

mail-access-waiting-subject = { $site }: En adgangsanmodning venter på din afgørelse
mail-access-waiting-body =
    Kære { $first_name } { $last_name },

    { $requester } anmoder om { $profiles } hos { $organisation } ({ $application }).

    Gennemgå anmodningen: { $approvals_link }

mail-access-accepted-subject = { $site }: Din adgangsanmodning er accepteret
mail-access-accepted-body =
    Kære { $first_name } { $last_name },

    Din adgangsanmodning om { $profiles } hos { $organisation } ({ $application }) er blevet accepteret. Du kan nu logge ind i applikationen med den.{ $reason }

    Dine anmodninger: { $requests_link }

mail-access-rejected-subject = { $site }: Din adgangsanmodning er afvist
mail-access-rejected-body =
    Kære { $first_name } { $last_name },

    Din adgangsanmodning om { $profiles } hos { $organisation } ({ $application }) er blevet afvist.{ $reason }

    Dine anmodninger: { $requests_link }

mail-access-revoked-subject = { $site }: Din adgang er tilbagekaldt
mail-access-revoked-body =
    Kære { $first_name } { $last_name },

    Din adgang til { $profiles } hos { $organisation } ({ $application }) er blevet tilbagekaldt; applikationen modtager den ikke længere.{ $reason }

    Dine anmodninger: { $requests_link }

mail-access-reason = »{ $reason }«

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: Din SMS-kode er { $code }. Den er gyldig i { $minutes } minut.
   *[other] { $site }: Din SMS-kode er { $code }. Den er gyldig i { $minutes } minutter.
}
