## Kuka saa käyttää konsolia

admin-not-admin-title = Tämä konsoli on ylläpitäjille
admin-not-admin-text = Tilisi ei ole ylläpitäjän tili. Mitään ei näytetty eikä muutettu.
admin-my-account = Oma tili
admin-second-factor-title = Vahvista ensin toisella tunnistautumistekijällä
admin-second-factor-text = Ylläpitokonsoli käsittelee muiden ihmisten tilejä, joten se edellyttää kirjautumista toisella tunnistautumistekijällä.
admin-second-factor-again-title = Vahvista toinen tunnistautumistekijä uudelleen
admin-second-factor-again-text = Toinen tunnistautumistekijäsi vahvistettiin yli 15 minuuttia sitten. Vahvista se uudelleen ja toista sitten toiminto: mitään ei muutettu.
admin-second-factor-link = Vahvista toisella tunnistautumistekijällä
admin-held-title = Tiliäsi on tilapäisesti rajoitettu

## Konsolin sivujen yhteiset tekstit

admin-back = Takaisin
admin-back-to-console = Takaisin konsoliin
admin-search = Hae
admin-first-page = Ensimmäinen sivu
admin-next-page = Seuraava sivu
admin-pages = Sivut
admin-when = Milloin
admin-from = Mistä
admin-created = Luotu
admin-name = Nimi
admin-email = Sähköposti
admin-status = Tila

## Konsolin etusivu

admin-title = Ylläpitokonsoli
admin-home-intro = Kirjautuneena käyttäjänä { $operator }. Jokainen täällä tehty toiminto kirjataan ylläpitolokiin ja, jos se koskee henkilöä, tämän tietoturvahistoriaan.
admin-menu-users = Käyttäjät
admin-menu-users-text = etsi henkilö, poista lukitus, päätä istunnot, poista kadonnut puhelin tai laite, poista tili käytöstä tai ota se käyttöön, lähetä salasanan palautusviesti
admin-menu-clients = Asiakasohjelmat
admin-menu-clients-text = sovellukset, joihin ihmiset kirjautuvat tämän palvelun kautta
admin-menu-keys = Allekirjoitusavaimet
admin-menu-access = Käyttöoikeudet
admin-menu-access-text = kaikkien verkostojen odottavat pyynnöt ja myönnetyt käyttöoikeudet
admin-menu-log = Ylläpitoloki

## Käyttäjät

admin-users-title = Käyttäjät
admin-users-search-hint = Sähköpostiosoitteen, etu- tai sukunimen tai muodon ”etunimi sukunimi” alku.
admin-users-none = Tiliä ei löytynyt.
admin-account = Tili
admin-user-active = aktiivinen
admin-user-disabled = poistettu käytöstä
admin-user-locked-until = lukittu väärien salasanojen vuoksi { $until } asti
admin-user-administrator = ylläpitäjä
admin-factors = Toiset tunnistautumistekijät
admin-factors-none = Ei yhtään.
admin-factor-phone = Matkapuhelin { $number }
admin-factor-phone-unconfirmed = Matkapuhelin { $number } (ei vahvistettu)
admin-factor-device = Mobiililaite ”{ $name }”
admin-factor-token = Token (todennussovellus)
admin-factor-security-key = Suojausavain ”{ $name }”
admin-factor-added = { $factor }, lisätty { $added }
admin-factor-remove = Poista: { $factor }
admin-sessions = Istunnot
admin-sessions-none = Ei avoimia istuntoja.
admin-session-browser = Selain
admin-session-address = Osoite
admin-session-started = Kirjautunut
admin-session-last-activity = Viimeisin toiminta
admin-session-applications = Sovellukset
admin-session-no-applications = ei yhtään
admin-actions = Toiminnot
admin-unlock = Poista tilin lukitus
admin-send-reset = Lähetä salasanan palautusviesti
admin-end-sessions = Päätä kaikki istunnot
admin-enable = Ota tili käyttöön
admin-disable = Poista tili käytöstä
admin-history = Tietoturvahistoria
admin-history-none = Ei vielä mitään.
admin-history-what = Mitä
admin-back-to-users = Takaisin käyttäjiin

## Mitä tiliin kohdistettu toiminto teki

admin-unlocked-title = Tilin lukitus poistettu
admin-unlocked-text = { $email } voi taas kirjautua oikealla salasanalla; hänelle on ilmoitettu sähköpostitse.
admin-sessions-ended-title = Kaikki istunnot päätetty
admin-sessions-ended-text = Käyttäjän { $email } kaikki istunnot on päätetty, ja sovelluksille annetut oikeudet on peruutettu.
admin-admin-disable-title = Ylläpitäjän tili poistetaan käytöstä palvelimella
admin-admin-disable-text = Ylläpitäjien tilit poistetaan käytöstä palvelimella komennolla idp user disable, ei konsolista.
admin-disabled-title = Tili poistettu käytöstä
admin-disabled-text = { $email } ei voi kirjautua; kaikki istunnot on päätetty ja hänen tokeninsa on mitätöity.
admin-enabled-title = Tili otettu käyttöön
admin-enabled-text = { $email } voi taas kirjautua.
admin-already-disabled-title = Jo poistettu käytöstä
admin-already-disabled-text = { $email } oli jo poistettu käytöstä; mitään ei muutettu.
admin-already-enabled-title = Jo käytössä
admin-already-enabled-text = { $email } oli jo käytössä; mitään ei muutettu.
admin-reset-sent-title = Salasanan palautusviesti lähetetty
admin-reset-sent-text = Linkki uuden salasanan valitsemiseen lähetettiin osoitteeseen { $email }.
admin-no-mail-title = Viestiä ei lähetetty
admin-no-mail-text = Osoitteeseen { $email } on lähetetty viime aikoina liian monta viestiä; yritä myöhemmin uudelleen.
admin-nothing-removed-title = Mitään ei poistettu
admin-nothing-removed-text = Tilillä ei ole tällaista tunnistautumistekijää (ehkä se on poistettu sillä välin).
admin-factor-removed-title = Tunnistautumistekijä poistettu
admin-factor-removed-text = Tunnistautumistekijä poistettiin käyttäjältä { $email }; hänelle on ilmoitettu sähköpostitse.

## Asiakasohjelmat

admin-clients-title = Asiakasohjelmat
admin-client-id = Asiakastunniste (client id)
admin-client-kind = Tyyppi
admin-redirect-uris = Uudelleenohjaus-URI:t
admin-redirect-uris-hint = Yksi riviä kohden: https, tai http loopback-osoitteessa.
admin-kind-confidential-option = Luottamuksellinen (salaisuudella)
admin-kind-public-option = Julkinen (PKCE, ei salaisuutta)
admin-kind-keys = luottamuksellinen (private_key_jwt)
admin-kind-secret = luottamuksellinen (salaisuus)
admin-kind-public = julkinen (PKCE)
admin-client-add = Lisää asiakasohjelma
admin-client-add-button = Lisää asiakasohjelma
admin-clients-cli-hint = Avaimet (private_key_jwt), DPoP, parikohtaiset tunnisteet (pairwise) ja FAPI 2.0 -profiili asetetaan komentorivillä:
admin-client-title = Asiakasohjelma { $id }
admin-redirect-uris-save = Tallenna uudelleenohjaus-URI:t
admin-secret = Salaisuus
admin-secret-rotate-hint = Nykyinen salaisuus lakkaa toimimasta heti; uusi näytetään kerran.
admin-secret-rotate = Vaihda salaisuus
admin-remove = Poista
admin-client-remove = Poista asiakasohjelma { $id }
admin-back-to-clients = Takaisin asiakasohjelmiin
admin-client-added-title = Asiakasohjelma lisätty
admin-client-added-public = { $id } on rekisteröity julkiseksi asiakasohjelmaksi (PKCE, ei salaisuutta).
admin-secret-rotated-title = Asiakasohjelman salaisuus vaihdettu
admin-secret-shown-once = Asiakasohjelman { $id } salaisuus näytetään vain tämän kerran; kopioi se nyt sovelluksen asetuksiin.
admin-client-secret = Asiakasohjelman salaisuus
admin-done = Valmis
admin-uris-saved-title = Uudelleenohjaus-URI:t tallennettu
admin-uris-saved-text = { $id } hyväksyy nyt: { $uris }
admin-client-removed-title = Asiakasohjelma poistettu
admin-client-removed-text = { $id } on poistettu: sen tokenit eivät enää toimi userinfo-päätepisteessä, eikä se voi enää kirjata ketään sisään.
admin-uris-none = vähintään yksi uudelleenohjaus-URI tarvitaan
admin-uris-too-many = { $max ->
    [one] enintään { $max } uudelleenohjaus-URI
   *[other] enintään { $max } uudelleenohjaus-URI:a
}
admin-no-such-client = millään asiakasohjelmalla ei ole tunnistetta { $id }
admin-uris-checked = Asiakasohjelmalla { $id } on parikohtaiset tunnisteet tai FAPI 2.0 -profiili, joiden vuoksi sen uudelleenohjaus-URI:t tarkistettiin: muuta niitä komennoilla idp client remove ja idp client add
admin-no-secret = Asiakasohjelmalla { $id } ei ole salaisuutta (julkinen asiakasohjelma tai sellainen, joka allekirjoittaa omilla avaimillaan)

## Allekirjoitusavaimet

admin-keys-title = Allekirjoitusavaimet
admin-key-id = Avaimen tunniste
admin-key-algorithm = Algoritmi
admin-key-state = Tila
admin-key-signs = allekirjoittaa
admin-key-retired-published = poistettu käytöstä, yhä julkaistu
admin-key-retired = poistettu käytöstä
admin-key-rotate-heading = Vaihda avain
admin-key-rotate = Vaihda allekirjoitusavain
admin-key-rotated-title = Allekirjoitusavain vaihdettu
admin-key-rotated-text = { $alg }-tokenit allekirjoitetaan nyt avaimella { $kid }; edellinen avain pysyy julkaistuna niin kauan kuin sen allekirjoittamia tokeneita voi vielä olla käytössä.

## Ylläpitoloki

admin-log-title = Ylläpitoloki
admin-log-label = Ylläpitoloki
admin-log-search-hint = Ylläpitäjän sähköpostiosoitteen, toiminnon kohteen tai toiminnon alku.
admin-log-none = Ei merkintöjä.
admin-log-operator = Ylläpitäjä
admin-log-action = Toiminto
admin-log-target = Kohde
