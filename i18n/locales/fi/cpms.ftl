## Jokaisen CPMS-sivun kehys

cpms-tagline = Euroopan osaamisverkostojen kliininen potilashallintajärjestelmä
cpms-training-banner = HARJOITUSTILA on käytössä: ei potilastiedoille (vain testitilit).
cpms-dashboard = Koontinäkymä
cpms-preferences = ERN-asetukset
cpms-sign-out = Kirjaudu ulos
cpms-go-to-dashboard = Siirry koontinäkymääsi

## Aloitussivu (ennen kirjautumista)

cpms-landing-title = Clinical Patient Management System
cpms-landing-heading = Clinical Patient Management System (CPMS)
cpms-landing-platform = Tietotekninen alusta ERN-jäsenten välisille kliinisille konsultaatioille.
cpms-landing-aim = CPMS:n tavoitteena on tukea ERN-verkostoja harvinaisten tai vähäisen esiintyvyyden monimutkaisten sairauksien diagnosoinnin ja hoidon parantamisessa yli Euroopan jäsenvaltioiden kansallisten rajojen.
cpms-landing-browsers-heading = Tuetut selaimet
cpms-landing-browsers = Varmista, että käytät Google Chromen, Firefoxin tai Safarin uusinta versiota, jotta voit hyödyntää kaikkia CPMS:n toimintoja.
cpms-landing-secure-login-heading = Turvallinen kirjautuminen
cpms-landing-login-through-eu-login = Voit kirjautua CPMS ERN -järjestelmään EU Login -tunnistautumispalvelun kautta.
cpms-login-via-eu-login = Kirjaudu EU Loginin kautta
cpms-training-login-link = Käytä käyttäjiä ilman EU Loginia (vain testaukseen)
cpms-landing-members-only = Vain ERN-jäsenet ja ERN-vierailijakäyttäjät voivat olla CPMS:n valtuutettuja käyttäjiä.
cpms-landing-eu-login-needed = CPMS:n käyttö edellyttää EU Login -tiliä.
cpms-landing-create-account = Luo tili napsauttamalla tästä.
cpms-landing-request-authorisation = Pyydä CPMS:n käyttölupaa napsauttamalla tästä.
cpms-landing-help-heading = Ohjeet ja tuki
cpms-landing-contact-email = Jos sinulla on kysyttävää, ideoita tai ehdotuksia tai tarvitset apua ongelman kanssa, ota yhteyttä ERN-CPMS:ään sähköpostitse osoitteeseen { $address }.
cpms-landing-contact-coordinator = Jos sinulla on kysyttävää, ideoita tai ehdotuksia tai tarvitset apua ongelman kanssa, ota yhteyttä ERN-verkostosi koordinaattoriin.

## Koontinäkymä

cpms-dashboard-no-profile = Sinulla ei ole vielä CPMS-profiilia, { $name }.
cpms-dashboard-request-authorisation = Pyydä CPMS:n käyttölupaa napsauttamalla tästä
cpms-dashboard-request-steps = valitse ERN-verkostosi, maa, laitos ja käyttöoikeusprofiili.
cpms-dashboard-user-role = KÄYTTÄJÄ: { $name } ROOLI: { $profiles }
cpms-dashboard-request-another = Pyydä käyttölupaa toiselle organisaatiolle tai profiilille napsauttamalla tästä

## CPMS:n sivut

cpms-page-organisation-home = Organisaation CPMS-etusivu
cpms-page-panels = Paneelit
cpms-page-panel-create = Luo paneeli
cpms-page-panel-manage = Hallinnoi paneelia (kutsu, sulje)
cpms-page-panel-contribute = Osallistu paneeliin
cpms-page-kpis = Verkoston tunnusluvut
cpms-page-assistance = Avunpyynnöt
cpms-page-reports = Anonymisoidut raportit

## Organisaation etusivu

cpms-organisation-your-profiles = Profiilisi täällä: { $profiles }
cpms-organisation-guest-access = Vierailijakäyttö: näet paneelit, joihin sinut on kutsuttu, ja voit osallistua niihin.

## ERN-asetukset

cpms-preferences-welcome = Tervetuloa CPMS:ään. Kerro ammatillinen roolisi ja aihealueet, joissa voit antaa neuvoja; siihen asti sinua ei ehdoteta paneelien asiantuntijaksi.
cpms-preferences-professional-role = Ammatillinen roolini
cpms-preferences-no-value = [Ei valittua arvoa]
cpms-preferences-thematic-areas = ERN-aihealueet
cpms-preferences-specialist-in = Olen asiantuntija seuraavissa:
cpms-preferences-none = Ei mitään
cpms-preferences-update = Päivitä ERN-asetukset
cpms-preferences-role-missing = Valitse ammatillinen roolisi.
cpms-preferences-role-unknown = Valitse ammatillinen roolisi luettelosta.
cpms-preferences-none-and-areas = { $network }: valitse ”Ei mitään” tai aihealueita, ei molempia.
cpms-preferences-unknown-area = Tuntematon aihealue.

## Vaihtoehdot kohdassa "Ammatillinen roolini"

cpms-role-clinical-geneticist = Kliininen geneetikko
cpms-role-dermatologist = Ihotautilääkäri
cpms-role-endocrinologist = Endokrinologi
cpms-role-haematologist = Hematologi
cpms-role-hepatologist = Hepatologi
cpms-role-nephrologist = Nefrologi
cpms-role-neurologist = Neurologi
cpms-role-oncologist = Onkologi
cpms-role-ophthalmologist = Silmätautien erikoislääkäri
cpms-role-paediatrician = Lastenlääkäri
cpms-role-pathologist = Patologi
cpms-role-pulmonologist = Keuhkosairauksien erikoislääkäri
cpms-role-radiologist = Radiologi
cpms-role-rheumatologist = Reumatologi
cpms-role-surgeon = Kirurgi
cpms-role-other-physician = Muu lääkäri
cpms-role-nurse = Sairaanhoitaja
cpms-role-psychologist = Psykologi
cpms-role-researcher = Tutkija
cpms-role-other-health-professional = Muu terveydenhuollon ammattilainen

## Paneelit

cpms-panels-none = Ei näytettäviä paneeleja.
cpms-panel = Paneeli
cpms-thematic-area = Aihealue
cpms-panel-lead = Vetäjä
cpms-panel-status = Tila
cpms-panel-status-open = Avoin
cpms-panel-status-closed = Suljettu: { $outcome }
cpms-panel-all-panels = Kaikki paneelit
cpms-panel-invited = Kutsutut asiantuntijat
cpms-panel-invited-none = ei vielä ketään
cpms-panel-case-summary = Tapauksen yhteenveto
cpms-panel-title = Otsikko
cpms-panel-contributions = Kannanotot
cpms-panel-contributions-none = Ei vielä kannanottoja.
cpms-panel-comment = Kommentti
cpms-panel-add-comment = Lisää kommentti
cpms-panel-invite-heading = Kutsu asiantuntijoita
cpms-panel-no-candidates = Yhtään asiantuntijaa, jonka ERN-asetuksissa on aihealue ”{ $area }”, ei voi kutsua.
cpms-panel-specialist = Asiantuntija
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Kutsu asiantuntija
cpms-panel-close = Sulje paneeli
cpms-panel-outcome = Lopputulos
cpms-panel-new-no-areas = Tällä verkostolla ei ole vielä aihealueita, joten sille ei voi luoda paneelia.
cpms-panel-new-create = Luo paneeli
cpms-panel-new-choose-area = Valitse tämän verkoston aihealue.
cpms-panel-not-invitable = Tätä jäsentä ei voi kutsua: valitse joku paneelin aihealueelle ehdotetuista asiantuntijoista.
cpms-panel-comment-needed = Kirjoita kommentti (enintään 5000 merkkiä).
cpms-panel-choose-outcome = Valitse jokin lopputuloksista.
cpms-panel-refused-view = Et vedä tätä paneelia, sinua ei ole kutsuttu siihen etkä hallinnoi sitä.
cpms-panel-refused-invite = Vain paneelin vetäjä ja sen paneelinhallinnoijat voivat kutsua, ja vain silloin, kun paneeli on avoin.
cpms-panel-refused-contribute = Vain paneelin osallistujat voivat osallistua, ja vain silloin, kun paneeli on avoin.
cpms-panel-refused-close = Vain paneelin vetäjä ja sen paneelinhallinnoijat voivat sulkea sen, ja vain kerran.

## Lopputulokset, joilla paneeli suljetaan

cpms-outcome-diagnosis-confirmed = Diagnoosi vahvistettu
cpms-outcome-treatment-recommended = Hoitoa suositeltu
cpms-outcome-referred = Lähetetty toiseen keskukseen
cpms-outcome-no-consensus = Ei yksimielisyyttä
cpms-outcome-other = Muu

## Lomakkeen kentän ongelma

cpms-field-required = Kenttä ”{ $field }” on pakollinen.
cpms-field-too-long = { $max ->
    [one] Kentässä ”{ $field }” saa olla enintään { $max } merkki.
   *[other] Kentässä ”{ $field }” saa olla enintään { $max } merkkiä.
}

## Koordinaattorin verkostotunnusluvut

cpms-kpis-open-panels = Avoimet paneelit
cpms-kpis-closed-panels = Suljetut paneelit
cpms-kpis-members = Jäsenet
cpms-kpis-members-with-preferences = Jäsenet, joilla on ERN-asetukset
cpms-kpis-unassigned = Pyynnöt, joita ei ole vielä osoitettu kenellekään
cpms-kpis-pending-access-requests = Odottavat käyttöoikeuspyynnöt

## Avunpyynnöt

cpms-assistance-on-behalf = { $organisation }, koordinaattorin puolesta
cpms-assistance-none = Ei avunpyyntöjä.
cpms-assistance-requested-by = Pyytäjä: { $name }.
cpms-assistance-assigned-to = Käsittelijä: { $name }.
cpms-assistance-not-assigned = Ei osoitettu kenellekään.
cpms-assistance-assign-to = Osoita henkilölle
cpms-assistance-assign = Osoita
cpms-assistance-new = Uusi avunpyyntö
cpms-assistance-subject = Aihe
cpms-assistance-details = Tiedot
cpms-assistance-create = Luo avunpyyntö
cpms-assistance-required = Aihe ja Tiedot ovat pakollisia (enintään 200 ja 5000 merkkiä).
cpms-assistance-choose-member = Valitse tämän verkoston jäsen, jolle pyyntö osoitetaan.

## Tutkijan anonymisoidut raportit

cpms-reports-counts-only = { $organisation }. Vain lukumäärät: ei nimiä, sähköpostiosoitteita eikä tapausten tietoja.
cpms-reports-by-area = Paneelit aihealueittain
cpms-reports-by-outcome = Suljetut paneelit lopputuloksittain
cpms-reports-panels = Paneelit
cpms-reports-still-open = Yhä avoinna

## Harjoitustila: testitilit ilman EU Loginia

cpms-training-title = Testitilit
cpms-training-heading = Kirjaudu testitilillä
cpms-training-notice = Vain harjoitteluun: nämä tilit ja niiden tiedot pidetään erillään todellisista käyttäjistä ja todellisista tiedoista.
cpms-training-account = Testitili
cpms-training-sign-in = Kirjaudu tällä testitilillä
cpms-training-account-no-profile = { $username } ({ $name }): ei CPMS-profiilia
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } organisaatiossa { $organisation }
cpms-training-choose-account = Valitse jokin testitileistä.

## Kirjautuminen EU Loginin kautta

cpms-sign-in-refused = EU Loginin vastausta ei voitu hyväksyä. Kirjaudu uudelleen.
cpms-sign-in-two-factors = CPMS edellyttää kaksivaiheista tunnistautumista (varmuustaso ”substantial” tai ”high”). Kirjaudu uudelleen ja valitse todentamismenetelmä, esimerkiksi Matkapuhelin + SMS.
cpms-sign-in-training-only = Tällä harjoitusasennuksella ei ole yhteyttä EU Loginiin. Käytä sen sijaan testitilejä.
cpms-sign-in-expired = Tämä kirjautuminen on vanhentunut tai jo käytetty. Kirjaudu uudelleen.
cpms-sign-in-not-completed = EU Login ei vienyt kirjautumista loppuun. Yritä uudelleen.
cpms-sign-in-incomplete = Kirjautumisvastaus on puutteellinen.

## Hylätyt lomakkeet

cpms-form-not-urlencoded = Lomakkeet on lähetettävä muodossa application/x-www-form-urlencoded.
cpms-form-other-site = Lomake lähetettiin toiselta sivustolta.
cpms-form-too-large = Lomake lähetti enemmän tietoja kuin mikään lomakkeistamme tarvitsee.
cpms-form-unreadable = Lomaketta ei voitu lukea.
cpms-form-malformed = Lomake on virheellinen.
cpms-form-expired = Tämä lomake on vanhentunut, tai sitä ei lähetetty sivuiltamme. Palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.
cpms-form-wrong-kind = Lomakkeessa on vääränlainen kenttä.

## Virhesivut

cpms-error-bad-request = Pyynnössä on jotain vialla
cpms-error-form-refused = Tätä lomaketta ei voida hyväksyä
cpms-error-sign-in = Kirjaudu sisään
cpms-error-not-allowed = Profiilisi ei salli tätä sivua
cpms-error-not-allowed-here = Profiileihisi tässä organisaatiossa ei kuulu yhtään profiilia, jota tämä sivu edellyttää.
cpms-error-not-found = Sivua ei löydy
cpms-error-not-found-text = Tässä osoitteessa ei ole sivua.
cpms-error-sign-in-not-completed = Kirjautuminen jäi kesken
cpms-error-unavailable = Palvelu ei ole tilapäisesti käytettävissä
cpms-error-unavailable-text = EU Login tai CPMS ei pysty vastaamaan juuri nyt. Mitään ei muutettu. Yritä uudelleen minuutin kuluttua.
cpms-error-internal = Meillä tapahtui virhe
cpms-error-internal-text = Virhe on kirjattu lokiin. Yritä uudelleen; jos virhe toistuu, ota yhteyttä tukeen.
cpms-error-page = Sivu
cpms-error-organisation = Organisaatio
cpms-error-profiles-needed = Profiilit, joita tämä sivu siellä edellyttää
cpms-error-profiles-held = Profiilisi siellä
cpms-error-no-profiles = ei yhtään
cpms-error-request-another-profile = Pyydä CPMS:n käyttölupaa toisella profiililla napsauttamalla tästä
cpms-error-reference = Viite tukea varten:
cpms-error-start-page = Siirry aloitussivulle
