## Felsidan

errors-bad-request-title = Något är fel med den här begäran
errors-forbidden-title = Det här formuläret kan inte godtas
errors-not-found-title = Sidan hittades inte
errors-not-found = Det finns ingen sida på den här adressen.
errors-too-large-title = För mycket data
errors-too-large = Formuläret skickade mer data än något av våra formulär behöver.
errors-too-many-requests-title = För många förfrågningar
errors-unavailable-title = Tjänsten är tillfälligt otillgänglig
errors-unavailable = Tjänsten kan inte svara just nu. Ingenting har ändrats. Försök igen om en minut.
errors-internal-title = Något gick fel hos oss
errors-internal = Felet har loggats. Försök igen; om det händer igen, kontakta supporten och uppge referensen nedan.
errors-go-to-start = Gå till startsidan
errors-reference = Referens för supporten:

## Formulär som inte kan godtas

errors-form-not-urlencoded = Formulär måste skickas som application/x-www-form-urlencoded.
errors-form-other-site = Formuläret skickades från en annan webbplats.
errors-form-unreadable = Formuläret kunde inte läsas.
errors-form-malformed = Formuläret är felaktigt utformat.
errors-form-expired = Det här formuläret har gått ut eller skickades inte från våra sidor. Gå tillbaka, ladda om sidan och försök igen.
errors-form-wrong-kind = Formuläret har ett fält av fel typ.

## E-post och länkar

errors-too-many-mails = För många e-postmeddelanden har begärts för den här adressen eller från ditt nätverk. Försök igen om en timme.
errors-link-invalid-title = Den här länken kan inte användas
errors-link-invalid = Länken är ogiltig, har gått ut eller har redan använts. Länkarna i våra e-postmeddelanden fungerar en gång.
errors-go-to-sign-in = Gå till inloggningen
