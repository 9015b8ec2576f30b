## Consent: an application asks to use the account.

oidc-consent-title = Leisti taikomajai programai { $app }?
oidc-consent-heading = { $app } prašo leidimo naudotis jūsų paskyra
oidc-consent-intro = Jei leisite, { $app } gaus:
oidc-consent-withdraw = Šį leidimą bet kada galite atšaukti skiltyje „Mano paskyra“.
oidc-consent-allow = Leisti
oidc-consent-deny = Neleisti

## What an application receives.

oidc-scope-subject = pastovų jūsų paskyros identifikatorių (ne jūsų e. pašto adresą)
oidc-scope-profile = jūsų vardą, pavardę ir pageidaujamą kalbą
oidc-scope-email = jūsų e. pašto adresą
oidc-scope-phone = jūsų patvirtintą mobiliojo telefono numerį
oidc-scope-offline = prieigą ir tada, kai nesate prisijungę (kol ją atšauksite)

## Sign-out.

oidc-logout-title = Atsijungti
oidc-logout-asks = { $app } prašo jus atsijungti.
oidc-logout-explain = Atsijungus baigiamas jūsų { $site } seansas šioje naršyklėje, o taikomosioms programoms, prie kurių juo prisijungėte, apie tai pranešama.
oidc-logout-submit = Atsijungti
oidc-logout-request-unusable = Šios atsijungimo užklausos naudoti negalima
oidc-logout-done-title = Atsijungta
oidc-logout-not-signed-in = Šioje naršyklėje nesate prisijungę.
oidc-logout-malformed = Atsijungimo užklausa netinkamo formato.
oidc-logout-foreign-token = Atsijungimo užklausoje yra ne mūsų išduotas ID žetonas.
oidc-logout-two-applications = Atsijungimo užklausoje nurodytos dvi skirtingos taikomosios programos.
oidc-logout-unregistered-address = Taikomoji programa paprašė nukreipti jus adresu, kurio ji nėra užregistravusi.

## The page that sends the answer back to the application.

oidc-returning-title = Grįžtama į taikomąją programą
oidc-returning-no-script = JavaScript išjungtas: paspauskite mygtuką, kad grįžtumėte į taikomąją programą.
oidc-returning-continue = Tęsti į taikomąją programą

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Šios prisijungimo užklausos naudoti negalima
oidc-request-expired-title = Šios prisijungimo užklausos galiojimas baigėsi
oidc-start-again = Grįžkite į taikomąją programą ir pradėkite iš naujo.
oidc-other-browser-title = Ši prisijungimo užklausa pradėta kitoje naršyklėje
oidc-other-browser = Jūsų saugumo sumetimais prisijungimą galima tęsti tik toje naršyklėje, kurioje jis pradėtas. Grįžkite į taikomąją programą ir pradėkite iš naujo.
oidc-request-malformed = Prisijungimo užklausa netinkamo formato.
oidc-go-to-account = Eiti į „Mano paskyra“
oidc-changed-in-another-tab = Ši prisijungimo užklausa buvo užbaigta arba pakeista kitoje kortelėje. Grįžkite į taikomąją programą ir pradėkite iš naujo.
oidc-unknown-application = Taikomoji programa, kuri jus čia nukreipė, pas mus neužregistruota.
oidc-unregistered-return-address = { $app } nukreipė jus čia su grįžimo adresu, kurio nėra užregistravusi, todėl negalime jūsų grąžinti.
oidc-request-used = Šios prisijungimo užklausos galiojimas baigėsi arba ji jau panaudota. Grįžkite į taikomąją programą ir pradėkite iš naujo.
oidc-request-not-accepted = { $app } atsiuntė prisijungimo užklausą, kurios negalime priimti ({ $reason }).
oidc-application-gone = Taikomoji programa nebėra užregistruota.
oidc-other-account = Ši prisijungimo užklausa pradėta kitai paskyrai. Grįžkite į taikomąją programą ir pradėkite iš naujo.
oidc-already-completed = Ši prisijungimo užklausa jau užbaigta.
