## Nõusolek: rakendus soovib kontot kasutada

oidc-consent-title = Kas lubada rakendusele { $app } juurdepääs?
oidc-consent-heading = Rakendus { $app } soovib kasutada teie kontot
oidc-consent-intro = Kui lubate, saab rakendus { $app }:
oidc-consent-withdraw = Saate selle loa igal ajal tagasi võtta lehel Minu konto.
oidc-consent-allow = Luba
oidc-consent-deny = Keeldu

## Mida rakendus saab

oidc-scope-subject = teie konto püsiva identifikaatori (mitte teie e-posti aadressi)
oidc-scope-profile = teie nime ja eelistatud keele
oidc-scope-email = teie e-posti aadressi
oidc-scope-phone = teie kinnitatud mobiiltelefoni numbri
oidc-scope-offline = juurdepääsu ajal, mil te ei ole sisse logitud (kuni selle tagasi võtate)

## Väljalogimine

oidc-logout-title = Logi välja
oidc-logout-asks = Rakendus { $app } soovib teid välja logida.
oidc-logout-explain = Väljalogimine lõpetab teie { $site } seansi selles brauseris ja sellest teavitatakse rakendusi, kuhu te selle kaudu sisse logisite.
oidc-logout-submit = Logi välja
oidc-logout-request-unusable = Seda väljalogimistaotlust ei saa kasutada
oidc-logout-done-title = Olete välja logitud
oidc-logout-not-signed-in = Te ei ole selles brauseris sisse logitud.
oidc-logout-malformed = Väljalogimistaotlus on vigane.
oidc-logout-foreign-token = Väljalogimistaotluses on ID-token, mida meie ei ole väljastanud.
oidc-logout-two-applications = Väljalogimistaotluses on nimetatud kaks erinevat rakendust.
oidc-logout-unregistered-address = Rakendus soovis saata teid aadressile, mida see ei ole registreerinud.

## Leht, mis saadab vastuse rakendusele tagasi

oidc-returning-title = Naasmine rakendusse
oidc-returning-no-script = JavaScript on välja lülitatud: rakendusse naasmiseks vajutage nuppu.
oidc-returning-continue = Jätka rakendusse

## Sisselogimistaotlused, mida ei saa kasutada

oidc-request-unusable = Seda sisselogimistaotlust ei saa kasutada
oidc-request-expired-title = See sisselogimistaotlus on aegunud
oidc-start-again = Minge tagasi rakendusse ja alustage uuesti.
oidc-other-browser-title = See sisselogimistaotlus algatati teises brauseris
oidc-other-browser = Teie turvalisuse huvides saab sisselogimist jätkata ainult brauseris, kus see algatati. Minge tagasi rakendusse ja alustage uuesti.
oidc-request-malformed = Sisselogimistaotlus on vigane.
oidc-go-to-account = Mine lehele Minu konto
oidc-changed-in-another-tab = See sisselogimistaotlus lõpetati või seda muudeti teisel vahekaardil. Minge tagasi rakendusse ja alustage uuesti.
oidc-unknown-application = Rakendus, mis teid siia saatis, ei ole meil registreeritud.
oidc-unregistered-return-address = Rakendus { $app } saatis teid siia tagasisuunamisaadressiga, mida see ei ole registreerinud, seega ei saa me teid tagasi saata.
oidc-request-used = See sisselogimistaotlus on aegunud või juba kasutatud. Minge tagasi rakendusse ja alustage uuesti.
oidc-request-not-accepted = Rakendus { $app } saatis sisselogimistaotluse, mida me ei saa vastu võtta ({ $reason }).
oidc-application-gone = Rakendus ei ole enam registreeritud.
oidc-other-account = See sisselogimistaotlus algatati teise konto jaoks. Minge tagasi rakendusse ja alustage uuesti.
oidc-already-completed = See sisselogimistaotlus on juba lõpetatud.
