## Lomake, jolla salasana asetetaan

password-account = Tili:
password-rules-hint = Vähintään 10 merkkiä. Toisiinsa liittymättömistä sanoista koostuvat pitkät salalauseet on helppo muistaa ja vaikea arvata; nimeäsi, sähköpostiosoitettasi ja yleisiä salasanoja ei hyväksytä.
password-problem = Lomakkeessa on ongelma
password-new-label = Uusi salasana
password-confirm-label = Vahvista uusi salasana
password-set-submit = Aseta salasana
password-choose-new = Valitse uusi salasana
password-new-set-title = Uusi salasanasi on asetettu
password-new-set = Turvallisuutesi vuoksi tilisi kaikki istunnot on päätetty. Kirjaudu sisään uudella salasanallasi.

## "Unohditko salasanasi?"

password-lost-title = Unohditko salasanasi?
password-lost-intro = Anna tilisi sähköpostiosoite. Lähetämme sinulle linkin, jolla voit valita uuden salasanan.
password-email-label = Sähköposti
password-lost-submit = Lähetä linkki
password-email-invalid = Anna kelvollinen sähköpostiosoite.
password-check-mailbox = Tarkista sähköpostisi
password-lost-sent = Jos { $email } on jonkin tilin osoite, olemme lähettäneet siihen linkin uuden salasanan valitsemista varten.
password-lost-link-once = Linkki toimii kerran ja tunnin ajan.

## "Vaihda salasana" (Oma tili -sivulta)

password-change-title = Vaihda salasana
password-change-hint = Kun vaihdat salasanasi, sinut kirjataan ulos kaikista muista selaimista.
password-current-label = Nykyinen salasana
password-change-submit = Vaihda salasana
password-back-to-account = Takaisin Oma tili -sivulle
password-not-current = Tämä ei ole nykyinen salasanasi.
password-mismatch = Salasanat eivät ole samat.

## Salasanasäännöt

password-too-short = { $count ->
    [one] Salasanassa on oltava vähintään { $count } merkki.
   *[other] Salasanassa on oltava vähintään { $count } merkkiä.
}
password-too-long = { $count ->
    [one] Salasanassa saa olla enintään { $count } merkki.
   *[other] Salasanassa saa olla enintään { $count } merkkiä.
}
password-is-email = Salasana ei saa olla sähköpostiosoitteesi.
password-guessable = Tämä salasana on liian yleinen tai helppo arvata. { $advice }

## Neuvoja helposti arvattavasta salasanasta

password-advice-default = Lisää muutama harvinaisempi sana.
password-advice-few-words = Käytä muutamaa sanaa ja vältä yleisiä fraaseja.
password-advice-no-symbols-needed = Erikoismerkkejä, numeroita tai isoja kirjaimia ei tarvita.
password-advice-another-word = Lisää sana tai kaksi. Harvinaiset sanat ovat parempia.
password-advice-capitals = Isot alkukirjaimet eivät juuri auta.
password-advice-all-uppercase = Pelkät isot kirjaimet on lähes yhtä helppo arvata kuin pelkät pienet kirjaimet.
password-advice-reversed = Takaperin kirjoitettuja sanoja ei ole paljon vaikeampi arvata.
password-advice-substitutions = Ennalta arvattavat korvaukset, kuten '@' a:n sijaan, eivät juuri auta.
password-advice-keyboard = Käytä pidempää näppäimistökuviota, jossa on enemmän käännöksiä.
password-advice-repeats = Vältä toistuvia sanoja ja merkkejä.
password-advice-sequences = Vältä peräkkäisiä merkkisarjoja.
password-advice-recent-years = Vältä viimeaikaisia vuosilukuja.
password-advice-your-years = Vältä vuosilukuja, jotka liittyvät sinuun.
password-advice-your-dates = Vältä päivämääriä ja vuosilukuja, jotka liittyvät sinuun.

## Tilin tietoturvahistorian rivit (alkavat pienellä kirjaimella)

password-history-changed = salasana vaihdettu
password-history-reset = salasana palautettu sähköpostitse lähetetyllä linkillä
password-history-secured = tili suojattu sähköpostitse lähetetyllä linkillä: salasana, suojausavaimet ja palautuskoodit poistettu, kaikki istunnot päätetty
