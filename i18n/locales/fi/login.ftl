# Glossary (fi): sign in = kirjautua sisään / kirjautuminen; sign out = kirjautua ulos;
# account = tili; My account = Oma tili; password = salasana ("Lost your password?" =
# Unohditko salasanasi?); e-mail address = sähköpostiosoite; verification method =
# todentamismenetelmä; second factor = toinen tunnistautumistekijä; second verification
# method = toinen todentamismenetelmä; multi-factor authentication = monivaiheinen
# tunnistautuminen; authenticator app = todennussovellus; mobile app = mobiilisovellus;
# PIN code = PIN-koodi; QR code = QR-koodi; SMS = SMS (SMS text challenge = SMS-koodi);
# security key = suojausavain; passkey = pääsyavain; token = token; application = sovellus;
# access request = käyttöoikeuspyyntö; access profile = käyttöoikeusprofiili;
# Coordinator = koordinaattori; organisation = organisaatio; institution = laitos;
# healthcare provider = terveydenhuollon palveluntarjoaja; network = verkosto;
# panel = paneeli; patient = potilas; consent = suostumus; session = istunto;
# device = laite; recovery code = palautuskoodi.
# Form of address: the singular imperative and "sinä" forms, as Finnish public services
# and EU Login in Finnish write. Placeholders are kept in the nominative (e.g. "sovellus
# { $app }"), so that no case ending is needed after them.

login-too-many-wrong-passwords = { $count ->
    [one] Liian monta väärää salasanaa. Odota { $count } sekunti ennen kuin yrität uudelleen.
   *[other] Liian monta väärää salasanaa. Odota { $count } sekuntia ennen kuin yrität uudelleen.
}

## Kirjautumissivut

login-title = Kirjaudu sisään
login-heading = Jatka kirjautumalla sisään
login-app-requires-authentication = { $app } edellyttää tunnistautumista
login-email-label = Sähköposti
login-next = Seuraava
login-or-without-password = Tai ilman salasanaa:
login-passkey-button = Kirjaudu pääsyavaimella
login-create-account = Luo tili
login-email-invalid = Anna tilisi sähköpostiosoite, esim. nimi@hospital.eu.
login-welcome-back = Tervetuloa takaisin
login-welcome = Tervetuloa
login-account-external = (Ulkoinen)
login-different-email = Haluatko kirjautua toisella sähköpostiosoitteella?
login-password-label = Salasana
login-lost-password = Unohditko salasanasi?
login-choose-method = Valitse todentamismenetelmä
login-phone-label = Matkapuhelin
login-phone-hint = Kansainvälisessä muodossa maatunnuksen kanssa, esim. Belgia: +32 123 45 67 89
login-robot-intro = Verkostasi on viime aikoina epäonnistunut monta kirjautumista, joten selaimesi ratkaisee ensin pienen tehtävän osoittaakseen, ettei se ole robotti. Tämä edellyttää JavaScriptiä ja kestää muutaman sekunnin.
login-submit = Kirjaudu sisään

## Hylkäykset salasanavaiheessa

login-wrong-credentials = Sähköpostiosoite tai salasana on väärä.
login-account-disabled = Ylläpitäjä on poistanut tämän tilin käytöstä. Ota yhteyttä tukipalveluusi, jotta tili otetaan uudelleen käyttöön.
login-account-locked = Tili on lukittu useiden väärien salasanojen jälkeen { $until } asti. Lukitus poistuu itsestään; tilin omistajalle on ilmoitettu sähköpostitse.
login-robot-check-needed = Verkostasi on viime aikoina epäonnistunut monta kirjautumista: odota, kunnes alla oleva robottitarkistus on valmis, ja kirjaudu sitten uudelleen.

## Todentamismenetelmät

login-method-password-title = Salasana
login-method-password-hint = Tunnistaudu pelkällä salasanallasi.
login-method-sms-title = Matkapuhelin + SMS
login-method-sms-hint = Lähetä tekstiviesti rekisteröityyn matkapuhelinnumeroon monivaiheista tunnistautumista varten.
login-method-app-title = Mobiilisovelluksen PIN-koodi
login-method-app-hint = Vahvista henkilöllisyytesi rekisteröidyllä mobiilisovelluksellasi.
login-method-qr-title = Mobiilisovelluksen QR-koodi
login-method-qr-hint = Luo kertakäyttösalasana mobiilisovelluksella.
login-method-token-title = Token
login-method-token-hint = Luo kirjautumista varten kertakäyttösalasana tokenilla tai todennussovelluksella.
login-method-webauthn-title = Suojausavain tai luotettu alusta (TPM)
login-method-webauthn-hint = Vahvista henkilöllisyytesi rekisteröidyllä suojausavaimellasi tai laitteesi sisäisellä todentimella.
login-method-recovery-title = Palautuskoodi
login-method-recovery-hint = Onko puhelimesi, tokenisi tai avaimesi kadonnut? Käytä palautuskoodia päästäksesi Oma tili -sivulle ja lisää uusi todentamismenetelmä.

## Sivu, joka pyytää toista tunnistautumistekijää, kun tili vaatii sen aina

login-verify-always-mfa = Tilisi edellyttää aina monivaiheista tunnistautumista.
login-verify-app-hint = Vahvista kirjautuminen mobiilisovelluksessa PIN-koodillasi.
login-verify-qr-hint = Skannaa QR-koodi mobiilisovelluksella, joka toimii myös ilman verkkoyhteyttä, ja kirjoita sen näyttämä kertakäyttösalasana.
login-verify-token-hint = Kirjoita todennussovelluksesi tai laitteistotokenisi näyttämä koodi.

## Tilin tietoturvahistorian rivit (alkavat pienellä kirjaimella)

login-history-locked = lukittu useiden väärien salasanojen jälkeen
login-history-new-browser = uusi kirjautuminen selaimesta, jota ei ole ennen nähty ({ $browser })
