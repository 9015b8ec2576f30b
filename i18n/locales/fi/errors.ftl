## Virhesivu

errors-bad-request-title = Pyynnössä on jotain vialla
errors-forbidden-title = Tätä lomaketta ei voida hyväksyä
errors-not-found-title = Sivua ei löydy
errors-not-found = Tässä osoitteessa ei ole sivua.
errors-too-large-title = Liikaa tietoja
errors-too-large = Lomake lähetti enemmän tietoja kuin mikään lomakkeistamme tarvitsee.
errors-too-many-requests-title = Liian monta pyyntöä
errors-unavailable-title = Palvelu ei ole tilapäisesti käytettävissä
errors-unavailable = Palvelu ei pysty vastaamaan juuri nyt. Mitään ei muutettu. Yritä uudelleen minuutin kuluttua.
errors-internal-title = Meillä tapahtui virhe
errors-internal = Virhe on kirjattu lokiin. Yritä uudelleen; jos virhe toistuu, ota yhteyttä tukeen ja ilmoita alla oleva viite.
errors-go-to-start = Siirry aloitussivulle
errors-reference = Viite tukea varten:

## Lomakkeet, joita ei voida hyväksyä

errors-form-not-urlencoded = Lomakkeet on lähetettävä muodossa application/x-www-form-urlencoded.
errors-form-other-site = Lomake lähetettiin toiselta sivustolta.
errors-form-unreadable = Lomaketta ei voitu lukea.
errors-form-malformed = Lomake on virheellinen.
errors-form-expired = Tämä lomake on vanhentunut, tai sitä ei lähetetty sivuiltamme. Palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.
errors-form-wrong-kind = Lomakkeessa on vääränlainen kenttä.

## Sähköpostit ja linkit

errors-too-many-mails = Tähän osoitteeseen tai verkostasi on pyydetty liian monta sähköpostiviestiä. Yritä uudelleen tunnin kuluttua.
errors-link-invalid-title = Tätä linkkiä ei voi käyttää
errors-link-invalid = Linkki on virheellinen, vanhentunut tai jo käytetty. Sähköpostiviestiemme linkit toimivat kerran.
errors-go-to-sign-in = Siirry kirjautumiseen
