## Useille sivuille yhteiset tekstit

factors-sign-in = Kirjaudu sisään
factors-confirm = Vahvista
factors-try-again = Yritä uudelleen
factors-please-try-again = Yritä uudelleen.
factors-delete-named = Poista { $name }
factors-added-on = (lisätty { $date })
factors-hold-notice = Tilisi kaikki toiset tunnistautumistekijät poistettiin pelkällä salasanalla. Turvallisuutesi vuoksi uuden voi lisätä vasta { $until } alkaen. Lähetimme tilin omistajalle asiasta sähköpostiviestin.
factors-already-has-factor = Tililläsi on jo toinen todentamismenetelmä.
factors-devices-confirm-first = Jos haluat lisätä tai poistaa laitteen, vahvista ensin sillä: kirjaudu uudelleen ja valitse se.
factors-confirm-first = Jos haluat lisätä tai poistaa sellaisen, vahvista ensin sillä: kirjaudu uudelleen ja valitse se.
factors-confirm-recent = Tämä muutos edellyttää vahvistusta toisella todentamismenetelmällä viimeisten 15 minuutin aikana. Vahvista uudelleen ja toista sitten tämä vaihe.
factors-phones-confirm-first = Jos haluat lisätä tai poistaa numeron, vahvista ensin menetelmällä Matkapuhelin + SMS.
factors-confirm-current-first = Vahvista ensin nykyisellä toisella todentamismenetelmälläsi (kirjaudu uudelleen ja valitse se).
factors-mfa-add-first = Lisää ensin matkapuhelinnumero tai token.
factors-held = Tämän tilin kaikki toiset tunnistautumistekijät poistettiin pelkällä salasanalla: turvallisuutesi vuoksi uutta ei voi vielä lisätä. Katso lähettämämme sähköpostiviesti.
factors-held-code = Tähän tiliin lisättiin toinen tunnistautumistekijä palautuskoodilla: turvallisuutesi vuoksi { $until } asti toista tunnistautumistekijää ei voi lisätä eikä poistaa, palautuskoodeja ei voi luoda, sähköpostiosoitetta ei voi vaihtaa eikä tiliä poistaa. Katso lähettämämme sähköpostiviesti.
factors-code-not-enough = Palautuskoodilla voit lisätä toisen todentamismenetelmän, et muuta: jos haluat poistaa menetelmän tai muuttaa sähköpostiosoitettasi, palautuskoodejasi tai tiliäsi, kirjaudu uudelleen toisella todentamismenetelmällä, joka sinulla on.
factors-too-many-codes = Liian monta väärää koodia. Odota 15 minuuttia ennen kuin yrität uudelleen.

## Menetelmien nimet ja kuvaukset

factors-choose-method = Valitse todentamismenetelmä
factors-level-high = { $app } edellyttää korkeinta kirjautumistasoa (taso ”{ $level }”): suojausavainta tai pääsyavainta, joka tarkistaa PIN-koodisi, sormenjälkesi tai kasvosi. Sitä ei voi käyttää toisella sivustolla, mikä suojaa sinua tietojenkalastelulta.
factors-level-substantial = { $app } edellyttää vahvempaa kirjautumista (taso ”{ $level }”): salasanaasi ja toista todentamismenetelmää.
factors-method-key-hint-high = Vahvista pyydettäessä sen PIN-koodilla, sormenjäljellä tai kasvoilla.
factors-no-key = Tililläsi ei ole suojausavainta eikä pääsyavainta, joten et voi vielä saavuttaa tätä tasoa.
factors-no-key-add = Jos haluat jatkaa sovellukseen { $app }, lisää sellainen (suojausavain tai laitteesi sisäinen todennin) ja palaa sitten takaisin:
factors-no-factor = Tililläsi ei ole vielä toista todentamismenetelmää, joten et voi jatkaa sovellukseen { $app }.
factors-no-factor-add = Lisää sellainen jollakin näistä sivuista ja palaa sitten takaisin:
factors-cancel = Peruuta ja palaa sovellukseen { $app }

## Matkapuhelinnumerot ja SMS-koodi

factors-phones-title = Hallinnoi matkapuhelinnumeroitani
factors-phones-none = Sinulla ei ole vielä matkapuhelinnumeroa.
factors-phone-confirmed = (vahvistettu)
factors-phone-not-confirmed = (ei vielä vahvistettu)
factors-phones-confirm-number = Vahvista { $number }
factors-sms-enter-challenge = Anna koodi, joka lähetettiin matkapuhelimeesi tekstiviestinä. Viestin saapuminen matkapuhelimeesi voi kestää useita minuutteja.
factors-sms-challenge-label = SMS-koodi
factors-phones-add = Lisää matkapuhelinnumero
factors-mobile-phone-label = Matkapuhelin
factors-phone-hint = Kansainvälisessä muodossa maatunnuksen kanssa, esim. Belgia: +32 123 45 67 89
factors-sms-title = Tunnistautuminen SMS-koodilla
factors-sms-number-label = Matkapuhelinnumero
factors-too-many-sms = Tälle tilille, numerolle tai verkolle on pyydetty liian monta tekstiviestiä. Yritä uudelleen tunnin kuluttua.
factors-sms-sent = Lähetimme SMS-koodin numeroon { $number }.
factors-phone-added = Numero { $number } on vahvistettu. Voit nyt käyttää sitä kirjautumiseen menetelmällä Matkapuhelin + SMS.
factors-phone-deleted = Numero poistettiin.
factors-sms-wrong = { $count ->
    [one] Tämä ei ole lähettämämme SMS-koodi. { $count } yritys jäljellä.
   *[other] Tämä ei ole lähettämämme SMS-koodi. { $count } yritystä jäljellä.
}
factors-sms-expired = Tämä koodi on vanhentunut tai käytetty loppuun (liian monta väärää yritystä). Pyydä uusi.
factors-phone-format = Anna numero kansainvälisessä muodossa maatunnuksen kanssa, esim. Belgia: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Tilillä voi olla enintään { $count } matkapuhelinnumero.
   *[other] Tilillä voi olla enintään { $count } matkapuhelinnumeroa.
}
factors-phone-already-confirmed = Tämä numero on jo vahvistettu tilillesi.
factors-phone-not-yours = Tämä ei ole mikään tilisi vahvistetuista matkapuhelinnumeroista.

## Tokenit (todennussovellukset)

factors-tokens-title = Hallinnoi tokeneitani
factors-tokens-intro = Token on todennussovellus (tai laitteistotoken), joka näyttää uuden 6-numeroisen koodin 30 sekunnin välein.
factors-token-added-on = Token lisätty { $date }
factors-token-delete = Poista token, joka lisättiin { $date }
factors-tokens-add = Lisää token
factors-tokens-scan = Skannaa tämä QR-koodi todennussovelluksellasi tai kirjoita salainen avain siihen.
factors-tokens-qr-label = Tokenin avaimen QR-koodi
factors-tokens-secret = Salainen avain:
factors-token-code-label = Tokenin koodi
factors-tokens-confirm = Vahvista token
factors-token-enter = Anna koodi, jonka todennussovelluksesi tai tokenisi näyttää nyt.
factors-token-added = Token on lisätty. Voit nyt kirjautua sillä.
factors-token-deleted = Token poistettiin.
factors-token-enrolment-expired = Käyttöönotto on vanhentunut. Aloita alusta.
factors-token-wrong-try-next = Tämä ei ole koodi, jonka tokenisi näyttää nyt. Kokeile seuraavaa.
factors-token-used = Tämä koodi on jo käytetty. Odota seuraavaa.
factors-token-wrong = Tämä ei ole koodi, jonka tokenisi näyttää nyt.

## Mobiilisovellus: laitteet, "Mobiilisovelluksen PIN-koodi", "Mobiilisovelluksen QR-koodi"

factors-devices-title = Hallinnoi mobiililaitteitani
factors-devices-none = Sinulla ei ole vielä mobiililaitetta.
factors-devices-add = Lisää laite
factors-devices-scan = Avaa mobiilisovellus ja skannaa tämä QR-koodi. Se toimii kerran ja 10 minuutin ajan.
factors-devices-qr-label = Käyttöönottolinkin QR-koodi
factors-devices-link = Jos kameraa ei ole, anna sovellukselle tämä linkki:
factors-panic-title = Poista kaikki laitteeni (PANIC)
factors-panic-explained = Jos puhelin, jossa sovellus on, on kadonnut tai varastettu: kaikki laitteet ja tokenit poistetaan kerralla ja kaikki istunnot, myös tämä, päätetään.
factors-device-deleted = Laite poistettiin.
factors-panic-done-title = Kaikki laitteesi poistettiin
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] { $devices } mobiililaite ja { $tokens } token poistettiin, ja kaikki istunnot päätettiin.
       *[other] { $devices } mobiililaite ja { $tokens } tokenia poistettiin, ja kaikki istunnot päätettiin.
    }
   *[other] { $tokens ->
        [one] { $devices } mobiililaitetta ja { $tokens } token poistettiin, ja kaikki istunnot päätettiin.
       *[other] { $devices } mobiililaitetta ja { $tokens } tokenia poistettiin, ja kaikki istunnot päätettiin.
    }
}
factors-panic-held = Vahvistit tämän pelkällä salasanallasi, joten turvallisuutesi vuoksi uuden laitteen tai tokenin voi lisätä vasta { $until } alkaen. Lähetimme sinulle asiasta sähköpostiviestin, jossa on linkki tilisi suojaamiseen, jos tämä et ollut sinä.
factors-panic-mailed = Lähetimme sinulle asiasta sähköpostiviestin. Kirjaudu uudelleen lisätäksesi uuden laitteen.
factors-panic-wrong-password = Tämä ei ole salasanasi: mitään ei poistettu.
factors-panic-confirm-first = Tilillesi jää vahvistettu matkapuhelinnumero: vahvista ensin menetelmällä Matkapuhelin + SMS.
factors-app-start-explained = Lähetämme kirjautumispyynnön mobiililaitteesi sovellukseen. Tälle sivulle tulee sitten numero: valitse se sovelluksessa ja anna PIN-koodisi.
factors-app-send = Lähetä pyyntö mobiilisovellukseeni
factors-app-pick = Avaa sovellus mobiililaitteessasi, valitse tämä numero ja anna PIN-koodisi:
factors-app-number-label = Sovelluksessa valittava numero
factors-app-waiting = Odotetaan mobiililaitettasi. Sivu jatkuu itsestään, kun olet vastannut sovelluksessa.
factors-app-answered = Olen vastannut sovelluksessa: jatka
factors-app-no-device = Tililläsi ei ole mobiililaitetta. Lisää laite sivulla ”Hallinnoi mobiililaitteitani”.
factors-app-already-waiting = Mobiilisovelluksessasi odottaa jo kirjautumispyyntö. Vastaa siihen sovelluksessa tai odota kaksi minuuttia, kunnes se vanhenee.
factors-app-too-many = Mobiilisovellukseesi on lähetetty tämän tunnin aikana liian monta kirjautumispyyntöä. Valitse toinen todentamismenetelmä tai yritä myöhemmin uudelleen.
factors-app-request-unknown = Tämä kirjautumispyyntö on tuntematon tai päättynyt.
factors-app-request-expired = Pyyntö vanheni ennen kuin sovellus vastasi.
factors-app-request-ended = Tämä kirjautumispyyntö on päättynyt.
factors-app-refused-wrong-number = Kirjautuminen hylättiin: sovelluksessa valittiin väärä numero.
factors-app-refused-denied = Kirjautuminen hylättiin: kirjautuminen estettiin sovelluksessa.
factors-app-qr-scan = Skannaa tämä QR-koodi mobiilisovelluksella (se toimii myös ilman verkkoyhteyttä) ja kirjoita sen näyttämä kertakäyttösalasana.
factors-app-qr-label = QR-koodi haasteelle { $challenge }
factors-app-qr-challenge = Haaste:
factors-otp-label = Kertakäyttösalasana
factors-app-qr-new = Näytä uusi QR-koodi
factors-qr-ended = Tämä haaste on päättynyt. Pyydä uusi.
factors-qr-too-many = Liian monta väärää kertakäyttösalasanaa. Odota 15 minuuttia tai valitse toinen todentamismenetelmä.
factors-qr-wrong = { $count ->
    [one] Tämä ei ole sovelluksen näyttämä kertakäyttösalasana. { $count } yritys jäljellä.
   *[other] Tämä ei ole sovelluksen näyttämä kertakäyttösalasana. { $count } yritystä jäljellä.
}

## Suojausavaimet ja pääsyavaimet (WebAuthn)

factors-keys-title = Hallinnoi suojausavaimiani ja pääsyavaimiani
factors-keys-intro = Suojausavain (USB, NFC) tai laitteesi sisäinen todennin (Trusted Platform Module, Windows Hello, Touch ID, puhelimen näytön lukitus) osoittaa, että kyse on sinusta, eikä sitä voi käyttää toisella sivustolla: se suojaa sinua tietojenkalastelulta. PIN-koodin tai sormenjäljen kanssa se saavuttaa korkeimman tason, ”high”, ja sillä voi kirjautua ilman salasanaa (pääsyavain).
factors-keys-none = Ei vielä suojausavainta eikä pääsyavainta.
factors-keys-yours = Suojausavaimesi ja pääsyavaimesi
factors-keys-name = Nimi
factors-keys-added = Lisätty
factors-keys-last-used = Viimeksi käytetty
factors-keys-action = Toiminto
factors-keys-never-used = ei koskaan
factors-keys-add = Lisää suojausavain tai pääsyavain
factors-keys-name-label = Avaimen nimi
factors-keys-name-placeholder = esim. Sininen USB-avain, Työkannettava
factors-keys-needs-script = Suojausavaimen lisääminen edellyttää JavaScriptiä: selaimesi viestii avaimen kanssa.
factors-key-added = Suojausavain ”{ $name }” lisättiin.
factors-key-deleted = Suojausavain poistettiin.
factors-key-explained = Vahvista henkilöllisyytesi rekisteröidyllä suojausavaimellasi tai laitteesi sisäisellä todentimella. Aseta avain paikalleen tai kosketa sitä tai vahvista PIN-koodilla, sormenjäljellä tai kasvoilla, kun selain sitä pyytää.
factors-key-use = Käytä suojausavaintani
factors-key-needs-script = Kirjautuminen suojausavaimella edellyttää JavaScriptiä: selaimesi viestii avaimen kanssa.
factors-key-none-add = Tililläsi ei ole vielä suojausavainta: lisää sellainen Oma tili -sivulla kohdassa Hallinnoi suojausavaimiani ja pääsyavaimiani.
factors-key-none = Tililläsi ei ole vielä suojausavainta.
factors-key-expired = Pyyntö on vanhentunut tai jo käytetty. Yritä uudelleen.
factors-key-refused = Avaimen vastausta ei voitu todentaa. Käytä tilillesi rekisteröityä avainta.
factors-key-cloned = Tämä avain hylättiin: se on ehkä kopioitu. Ilmoitimme tilin omistajalle sähköpostitse. Käytä toista menetelmää.
factors-passkey-expired = Pääsyavainpyyntö on vanhentunut tai jo käytetty. Yritä uudelleen.
factors-passkey-refused = Tätä pääsyavainta ei ole rekisteröity meillä. Kirjaudu sähköpostiosoitteellasi ja salasanallasi.
factors-passkey-cloned = Tämä pääsyavain hylättiin: se on ehkä kopioitu. Ilmoitimme tilin omistajalle sähköpostitse.
factors-keys-max = { $count ->
    [one] Tilillä voi olla { $count } suojausavain tai pääsyavain; poista se ensin.
   *[other] Tilillä voi olla { $count } suojausavainta tai pääsyavainta; poista ensin yksi niistä.
}
factors-key-name-length = { $count ->
    [one] Anna avaimelle nimi, jonka pituus on 1–{ $count } merkki.
   *[other] Anna avaimelle nimi, jonka pituus on 1–{ $count } merkkiä.
}
factors-key-request-expired = Tämä pyyntö on vanhentunut tai jo käytetty: lisää avain uudelleen.
factors-key-malformed = Avaimen vastaus on virheellinen.
factors-key-unverified = Avaimen vastausta ei voitu todentaa tälle sivustolle. Yritä uudelleen.
factors-key-registered = Tämä avain on jo rekisteröity.

## Palautuskoodit

factors-codes-title = Palautuskoodini
factors-codes-intro = Jos kadotat puhelimesi, tokenisi ja suojausavaimesi, palautuskoodilla voit kirjautua Oma tili -sivulle asti ja lisätä uuden todentamismenetelmän. Kukin koodi toimii kerran. Säilytä koodit turvallisessa paikassa erillään salasanastasi: tulostettuina tai salasanojen hallintaohjelmassa.
factors-codes-new = Tässä ovat uudet palautuskoodisi. Ne näytetään vain tämän kerran: kirjoita ne muistiin tai tulosta ne nyt. Vanhat koodit eivät enää toimi.
factors-codes-left = { $count ->
    [one] Sinulla on { $count } käyttämätön palautuskoodi (luotu { $date }).
   *[other] Sinulla on { $count } käyttämätöntä palautuskoodia (luotu { $date }).
}
factors-codes-none = Sinulla ei ole vielä palautuskoodeja.
factors-codes-generate-new = Luo uudet palautuskoodit
factors-codes-generate = Luo palautuskoodit
factors-codes-add-first = Lisää ensin toinen todentamismenetelmä: palautuskoodit korvaavat sen, jos se katoaa.
factors-codes-need-real-factor = Palautuskoodilla ei voi luoda uusia palautuskoodeja. Kirjaudu uudelleen toisella todentamismenetelmällä (lisää ensin sellainen, jos sinulla ei ole yhtään) ja luo ne sitten.
factors-code-wrong = Tämä ei ole mikään palautuskoodeistasi, tai se on jo käytetty.
factors-code-sign-in-again = Palautuskoodi kelpaa vain 15 minuutin ajan salasanalla kirjautumisen jälkeen. Koodiasi ei käytetty: kirjaudu ulos, kirjaudu uudelleen sisään salasanallasi ja kirjoita sitten koodi.
factors-code-lapsed = Tarkistusmenetelmän lisäämiseen palautuskoodilla varatut 15 minuuttia ovat kuluneet. Kirjaudu ulos ja sitten uudelleen sisään salasanallasi ja toisella palautuskoodilla.
factors-recovery-code = Palautuskoodi
factors-recovery-code-explained = Kirjoita yksi palautuskoodeistasi. Sillä pääset Oma tili -sivulle lisäämään uuden todentamismenetelmän; sillä ei voi kirjautua sovelluksiin.
factors-recovery-continue = Jatka Oma tili -sivulle

## "Suojaa tilini"

factors-secure-title = Suojaa tilini
factors-secure-explained = Tilin { $email } kaikki toiset tunnistautumistekijät poisti joku, joka kirjautui pelkällä tilin salasanalla. Jos se et ollut sinä, joku tietää salasanasi.
factors-secure-what = Tilin suojaaminen poistaa sen salasanan, päättää kaikki istunnot ja peruuttaa kaikkien sovellusten käyttöoikeudet. Sen jälkeen valitset uuden salasanan toiminnolla ”Unohditko salasanasi?” sähköpostisi kautta.
factors-link-dead-title = Tätä linkkiä ei voi käyttää
factors-link-dead-text = Se on jo käytetty tai vanhentunut. Jos epäilet, että joku tietää salasanasi, valitse uusi toiminnolla ”Unohditko salasanasi?”.
factors-secured-title = Tilisi on suojattu
factors-secured-text = Sen salasana poistettiin, kaikki istunnot päätettiin ja kaikkien sovellusten käyttöoikeudet peruutettiin.
factors-secured-next = Valitse nyt uusi salasana toiminnolla ”Unohditko salasanasi?”: linkki lähetetään sähköpostiisi.

## Sivun skriptin viestit, kun se viestii suojausavaimen kanssa

factors-script-server-failed = Palvelin ei voinut aloittaa pyyntöä. Lataa sivu uudelleen ja yritä uudelleen.
factors-script-unsupported = Tämä selain ei tue suojausavaimia eikä pääsyavaimia. Käytä ajantasaista selainta tai toista todentamismenetelmää.
factors-script-cancelled = Pyyntö peruutettiin tai aikakatkaistiin. Yritä uudelleen.
factors-script-no-answer = Avain ei vastannut. Yritä uudelleen.
factors-script-name-first = Anna avaimelle ensin nimi.
