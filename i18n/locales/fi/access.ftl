## Sovellusten käyttöoikeuteni (hakijan luettelo)

access-my-title = Sovellusten käyttöoikeuteni
access-my-requests-label = Käyttöoikeuspyyntöni
access-none-yet = Sinulla ei ole vielä käyttöoikeuspyyntöjä.
access-review-link = Käsittele käyttöoikeuspyyntöjä
access-back-to-my = Takaisin sivulle Sovellusten käyttöoikeuteni

## Sarakeotsikot ja kenttien nimet

access-field-application = Sovellus
access-field-organisation = Organisaatio
access-field-profile = Käyttöoikeusprofiili
access-field-submitted = Lähetetty
access-field-status = Tila
access-field-comments = Kommentit
access-field-network = Verkosto
access-field-search = Haku
access-field-reason = Perustelu

## Pyynnön tila

access-status-pending = odottaa
access-status-approved = hyväksytty
access-status-rejected = hylätty
access-status-revoked = peruutettu
access-status-first-approval = hyväksytty kerran, odottaa toista hyväksyjää
access-status-with-reason = { $status }: { $reason }

## Ohjattu toiminto ("Uusi sovelluksen käyttöoikeus", neljä vaihetta)

access-new-title = Uusi sovelluksen käyttöoikeus
access-steps-application = Valitse sovellus
access-steps-organisation = Valitse organisaatio
access-steps-profile = Valitse käyttöoikeusprofiili
access-steps-recap = Yhteenveto ja lähetys
access-step-1 = Vaihe 1: valitse sovellus
access-step-2 = Vaihe 2: valitse organisaatio
access-step-3 = Vaihe 3: valitse käyttöoikeusprofiili
access-step-4 = Vaihe 4: kirjoita kommentti
access-cancel = Peruuta
access-no-value = [Ei valittua arvoa]

## Vaihe 2: valitse organisaatio

access-organisations = Organisaatiot
access-per-page = riviä sivulla
access-search-label = Hae:
access-search-button = Hae
access-up = Ylös
access-institution = Laitos
access-submitted-mark = (pyyntö lähetetty)
access-submitted-note = Organisaatioita, joiden kohdalla on merkintä (pyyntö lähetetty), voi jo käyttää käyttöoikeuden pyytämiseen.
access-open = Avaa
access-details = Tiedot
access-details-of = Tiedot: { $name }
access-no-match = Yksikään rivi ei vastaa hakua.
access-showing = { $total ->
    [one] Näytetään rivit { $first }–{ $last }, yhteensä { $total } rivi
   *[other] Näytetään rivit { $first }–{ $last }, yhteensä { $total } riviä
}
access-network-details = { $countries ->
    [one] { $countries } maa
   *[other] { $countries } maata
}, { $institutions ->
    [one] { $institutions } laitos
   *[other] { $institutions } laitosta
}. Aihealueet: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } verkoston { $network } laitos maassa { $country } sekä maan vierailijakäyttö (Guest Access).
   *[other] { $institutions } verkoston { $network } laitosta maassa { $country } sekä maan vierailijakäyttö (Guest Access).
}
access-guest-details = Vierailijakäyttö verkostossa { $network } maassa { $country } terveydenhuollon ammattilaisille, jotka eivät työskentele sen jäsenlaitoksissa.
access-institution-details = { $institution }, { $country }, verkoston { $network } jäsen.
access-pages = Sivut
access-page-number = Sivu { $number }

## Vaihe 3: valitse käyttöoikeusprofiili

access-organisation-chosen = Organisaatio:
access-profile-name = Nimi
access-profile-description = Kuvaus
access-profile-active = aktiivinen
access-profile-submitted = pyyntö lähetetty
access-profile-granted = myönnetty sinulle

## Vaihe 4: yhteenveto ja lähetys

access-recap-intro = Tarkista laadittu pyyntö ja napsauta sitten ”Lähetä käyttöoikeuspyyntö”.
access-summary = Yhteenveto
access-before-submitting = Ennen lähettämistä
access-before-submitting-text = Ylläpitäjät tarkistavat sovelluksen käyttöoikeutta koskevan pyynnön. Käsittely tehdään manuaalisesti, ja se voi kestää muutaman päivän.
access-submit = Lähetä käyttöoikeuspyyntö
access-submitted-title = Pyyntösi on lähetetty
access-submitted-what = Pyysit profiilia { $profiles } organisaatiossa { $organisation } ({ $application }).
access-submitted-wait = Huomaa: tilisi hyväksyminen ja aktivointi voi kestää 1–2 päivää pyynnön lähettämisen jälkeen! Saat ilmoituksen sähköpostitse, kun hyväksymisprosessi on valmis.

## Miksi pyyntö hylätään

access-select-application = Valitse sovellus.
access-select-organisation = Valitse organisaatio.
access-select-institution = Valitse organisaatio: jonkin verkoston ja maan laitos (tai Guest Access).
access-select-profile = Valitse vähintään yksi käyttöoikeusprofiili.
access-not-a-profile = ”{ $profile }” ei ole sovelluksen { $application } käyttöoikeusprofiili.
access-comment-too-long = Kommentin on oltava pelkkää tekstiä ja enintään { $max } merkkiä pitkä.
access-already-pending = Sinulla on jo odottava pyyntö organisaatiolle { $organisation }; odota sen ratkaisua.
access-already-pending-here = Sinulla on jo odottava pyyntö tälle organisaatiolle; odota sen ratkaisua.
access-already-held = Sinulla on jo profiili { $profile } organisaatiossa { $organisation }.
access-too-many-requests = { $count ->
    [one] Olet lähettänyt viimeisen tunnin aikana { $count } pyynnön; odota ennen kuin lähetät lisää.
   *[other] Olet lähettänyt viimeisen tunnin aikana { $count } pyyntöä; odota ennen kuin lähetät lisää.
}
access-reason-too-long = Perustelu saa olla enintään { $max } merkkiä pitkä.
access-reason-needed = Anna perustelu: hakija saa sen sähköpostitse.
access-accepted-already = Olet jo hyväksynyt tämän pyynnön: myös toisen hyväksyjän on hyväksyttävä se.

## Hyväksyjien käsittelysivu

access-review-title = Käsiteltävät käyttöoikeuspyynnöt
access-review-networks = Verkostot, joiden pyynnöistä päätät: { $networks }
access-review-all-networks = kaikki (ylläpitäjä)
access-all-networks = Kaikki verkostot
access-review-search-hint = Hakijan nimen tai sähköpostiosoitteen tai organisaation nimen tai koodin alku.
access-review-show = Näytä
access-pending-heading = Odottavat pyynnöt
access-pending-none = Yksikään pyyntö ei odota.
access-reason-hint = Lähetetään hakijalle; pakollinen hylättäessä.
access-accept = Hyväksy
access-reject = Hylkää
access-first-page = Ensimmäinen sivu
access-pending-pages = Odottavien pyyntöjen sivut
access-pending-next = Seuraavat odottavat pyynnöt
access-granted-heading = Myönnetyt käyttöoikeudet
access-granted-none = Käyttöoikeuksia ei ole vielä myönnetty.
access-granted-row = { $requester }: { $profiles }, { $organisation }
access-revoke-reason = Peruuttamisen syy
access-revoke = Peruuta
access-granted-pages = Myönnettyjen käyttöoikeuksien sivut
access-granted-next = Seuraavat myönnetyt käyttöoikeudet
access-deleted-account = (poistettu tili)
access-accepted-done = Pyyntö hyväksyttiin; hakijalle on ilmoitettu sähköpostitse.
access-rejected-done = Pyyntö hylättiin; hakijalle on ilmoitettu sähköpostitse.
access-revoked-done = Käyttöoikeus peruutettiin; hakijalle on ilmoitettu sähköpostitse.
access-first-approval-done = Hyväksyit pyynnön. Se antaa profiilin, jolla hyväksytään muiden pyyntöjä, joten myös toisen hyväksyjän on hyväksyttävä se; hakijalle ilmoitetaan silloin.
access-already-decided = Tästä pyynnöstä on jo päätetty (ehkä toinen hyväksyjä).
access-revoke-approver-admin = Vain ylläpitäjä voi peruuttaa koordinaattorin käyttöoikeuden (käyttöoikeuden, jolla sen haltija voi hyväksyä muita). Mitään ei muutettu.
access-not-approver-title = Et käsittele käyttöoikeuspyyntöjä
access-not-approver-text = Käyttöoikeuspyynnöistä päättävät kunkin verkoston koordinaattorit ja ylläpitäjät. Tilisi ei ole kumpaakaan.
access-second-factor-title = Vahvista ensin toisella tunnistautumistekijällä
access-second-factor-text = Käyttöoikeuspyyntöjä koskevat päätökset antavat tai poistavat pääsyn potilastietoihin, joten ne edellyttävät kirjautumista toisella tunnistautumistekijällä (Matkapuhelin + SMS, mobiilisovellus tai token). Mitään ei muutettu.
access-second-factor-link = Vahvista toisella tunnistautumistekijällä
