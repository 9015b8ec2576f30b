## De foutpagina

errors-bad-request-title = Er is iets mis met dit verzoek
errors-forbidden-title = Dit formulier kan niet worden geaccepteerd
errors-not-found-title = Pagina niet gevonden
errors-not-found = Er is geen pagina op dit adres.
errors-too-large-title = Te veel gegevens
errors-too-large = Het formulier heeft meer gegevens verzonden dan een van onze formulieren nodig heeft.
errors-too-many-requests-title = Te veel verzoeken
errors-unavailable-title = Dienst tijdelijk niet beschikbaar
errors-unavailable = De dienst kan op dit moment niet antwoorden. Er is niets gewijzigd; probeer het over een minuut opnieuw.
errors-internal-title = Er is bij ons iets misgegaan
errors-internal = De fout is geregistreerd. Probeer het opnieuw; als het opnieuw gebeurt, neem dan contact op met de ondersteuning en vermeld de onderstaande referentie.
errors-go-to-start = Naar de startpagina
errors-reference = Referentie voor de ondersteuning:

## Formulieren die niet kunnen worden geaccepteerd

errors-form-not-urlencoded = Formulieren moeten worden verzonden als application/x-www-form-urlencoded.
errors-form-other-site = Het formulier is verzonden vanaf een andere website.
errors-form-unreadable = Het formulier kon niet worden gelezen.
errors-form-malformed = Het formulier is ongeldig.
errors-form-expired = Dit formulier is verlopen of is niet vanaf onze pagina's verzonden. Ga terug, laad de pagina opnieuw en probeer het nogmaals.
errors-form-wrong-kind = Het formulier bevat een veld van het verkeerde type.

## E-mails en links

errors-too-many-mails = Er zijn te veel e-mails aangevraagd voor dit adres of vanuit uw netwerk. Probeer het over een uur opnieuw.
errors-link-invalid-title = Deze link kan niet worden gebruikt
errors-link-invalid = De link is ongeldig, verlopen of al gebruikt. Links in onze e-mails werken één keer.
errors-go-to-sign-in = Naar aanmelden
