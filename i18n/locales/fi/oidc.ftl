## Suostumus: sovellus pyytää saada käyttää tiliä

oidc-consent-title = Sallitaanko sovellus { $app }?
oidc-consent-heading = Sovellus { $app } pyytää lupaa käyttää tiliäsi
oidc-consent-intro = Jos sallit sen, sovellus { $app } saa:
oidc-consent-withdraw = Voit peruuttaa tämän luvan milloin tahansa Oma tili -sivulla.
oidc-consent-allow = Salli
oidc-consent-deny = Estä

## Mitä sovellus saa

oidc-scope-subject = tilisi pysyvän tunnisteen (ei sähköpostiosoitettasi)
oidc-scope-profile = nimesi ja ensisijaisen kielesi
oidc-scope-email = sähköpostiosoitteesi
oidc-scope-phone = vahvistetun matkapuhelinnumerosi
oidc-scope-offline = käyttöoikeuden silloinkin, kun et ole kirjautuneena (kunnes peruutat sen)

## Uloskirjautuminen

oidc-logout-title = Kirjaudu ulos
oidc-logout-asks = Sovellus { $app } pyytää kirjaamaan sinut ulos.
oidc-logout-explain = Uloskirjautuminen päättää { $site } -istuntosi tässä selaimessa, ja siitä ilmoitetaan sovelluksille, joihin kirjauduit sen kautta.
oidc-logout-submit = Kirjaudu ulos
oidc-logout-request-unusable = Tätä uloskirjautumispyyntöä ei voi käyttää
oidc-logout-done-title = Olet kirjautunut ulos
oidc-logout-not-signed-in = Et ole kirjautuneena tässä selaimessa.
oidc-logout-malformed = Uloskirjautumispyyntö on virheellinen.
oidc-logout-foreign-token = Uloskirjautumispyynnössä on ID-tunniste, jota emme ole myöntäneet.
oidc-logout-two-applications = Uloskirjautumispyynnössä mainitaan kaksi eri sovellusta.
oidc-logout-unregistered-address = Sovellus pyysi ohjaamaan sinut osoitteeseen, jota se ei ole rekisteröinyt.

## Sivu, joka lähettää vastauksen takaisin sovellukselle

oidc-returning-title = Palataan sovellukseen
oidc-returning-no-script = JavaScript ei ole käytössä: palaa sovellukseen painamalla painiketta.
oidc-returning-continue = Jatka sovellukseen

## Kirjautumispyynnöt, joita ei voi käyttää

oidc-request-unusable = Tätä kirjautumispyyntöä ei voi käyttää
oidc-request-expired-title = Tämä kirjautumispyyntö on vanhentunut
oidc-start-again = Palaa sovellukseen ja aloita alusta.
oidc-other-browser-title = Tämä kirjautumispyyntö aloitettiin toisessa selaimessa
oidc-other-browser = Turvallisuutesi vuoksi kirjautumista voi jatkaa vain siinä selaimessa, jossa se aloitettiin. Palaa sovellukseen ja aloita alusta.
oidc-request-malformed = Kirjautumispyyntö on virheellinen.
oidc-go-to-account = Siirry Oma tili -sivulle
oidc-changed-in-another-tab = Tämä kirjautumispyyntö on viety loppuun tai sitä on muutettu toisessa välilehdessä. Palaa sovellukseen ja aloita alusta.
oidc-unknown-application = Sovellus, joka ohjasi sinut tänne, ei ole rekisteröity meillä.
oidc-unregistered-return-address = Sovellus { $app } ohjasi sinut tänne paluuosoitteella, jota se ei ole rekisteröinyt, joten emme voi ohjata sinua takaisin.
oidc-request-used = Tämä kirjautumispyyntö on vanhentunut tai jo käytetty. Palaa sovellukseen ja aloita alusta.
oidc-request-not-accepted = Sovellus { $app } lähetti kirjautumispyynnön, jota emme voi hyväksyä ({ $reason }).
oidc-application-gone = Sovellus ei ole enää rekisteröity.
oidc-other-account = Tämä kirjautumispyyntö aloitettiin toiselle tilille. Palaa sovellukseen ja aloita alusta.
oidc-already-completed = Tämä kirjautumispyyntö on jo viety loppuun.
