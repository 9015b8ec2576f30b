## Vealeht

errors-bad-request-title = Selle päringuga on midagi valesti
errors-forbidden-title = Seda vormi ei saa vastu võtta
errors-not-found-title = Lehte ei leitud
errors-not-found = Sellel aadressil ei ole lehte.
errors-too-large-title = Liiga palju andmeid
errors-too-large = Vorm saatis rohkem andmeid, kui ükski meie vorm vajab.
errors-too-many-requests-title = Liiga palju päringuid
errors-unavailable-title = Teenus ei ole ajutiselt kättesaadav
errors-unavailable = Teenus ei saa praegu vastata. Midagi ei muudetud; palun proovige minuti pärast uuesti.
errors-internal-title = Meie poolel läks midagi valesti
errors-internal = Viga on logitud. Palun proovige uuesti; kui see kordub, võtke ühendust kasutajatoega ja esitage allolev viide.
errors-go-to-start = Mine avalehele
errors-reference = Viide kasutajatoe jaoks:

## Vormid, mida ei saa vastu võtta

errors-form-not-urlencoded = Vormid tuleb saata vormingus application/x-www-form-urlencoded.
errors-form-other-site = Vorm saadeti teiselt veebisaidilt.
errors-form-unreadable = Vormi ei õnnestunud lugeda.
errors-form-malformed = Vorm on vigane.
errors-form-expired = See vorm on aegunud või ei ole saadetud meie lehtedelt. Minge tagasi, laadige leht uuesti ja proovige uuesti.
errors-form-wrong-kind = Vormil on vale tüüpi väli.

## E-kirjad ja lingid

errors-too-many-mails = Sellele aadressile või teie võrgust on taotletud liiga palju e-kirju. Palun proovige tunni aja pärast uuesti.
errors-link-invalid-title = Seda linki ei saa kasutada
errors-link-invalid = Link on kehtetu, aegunud või juba kasutatud. Meie e-kirjades olevad lingid töötavad ühe korra.
errors-go-to-sign-in = Mine sisselogimise lehele
