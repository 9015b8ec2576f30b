# Prijava v aplikacije (OpenID Connect): soglasje, odjava, vrnitev v aplikacijo,
# neuporabne zahteve za prijavo. (Glossary: see login.ftl.)

## Soglasje

oidc-consent-title = Dovolite aplikaciji { $app }?
oidc-consent-heading = Aplikacija { $app } želi uporabljati vaš račun
oidc-consent-intro = Če to dovolite, bo aplikacija { $app } prejela:
oidc-consent-withdraw = To dovoljenje lahko kadar koli prekličete v Mojem računu.
oidc-consent-allow = Dovoli
oidc-consent-deny = Zavrni

## Kaj aplikacija prejme

oidc-scope-subject = stalni identifikator vašega računa (ne vaš e-poštni naslov)
oidc-scope-profile = vaše ime in želeni jezik
oidc-scope-email = vaš e-poštni naslov
oidc-scope-phone = vašo potrjeno številko mobilnega telefona
oidc-scope-offline = dostop, ko niste prijavljeni (dokler ga ne prekličete)

## Odjava

oidc-logout-title = Odjava
oidc-logout-asks = Aplikacija { $app } želi, da se odjavite.
oidc-logout-explain = Z odjavo se konča vaša seja v storitvi { $site } v tem brskalniku, aplikacije, v katere ste se prijavili z njo, pa so o tem obveščene.
oidc-logout-submit = Odjava
oidc-logout-request-unusable = Te zahteve za odjavo ni mogoče uporabiti
oidc-logout-done-title = Odjavljeni ste
oidc-logout-not-signed-in = V tem brskalniku niste prijavljeni.
oidc-logout-malformed = Zahteva za odjavo je nepravilno oblikovana.
oidc-logout-foreign-token = Zahteva za odjavo vsebuje žeton ID, ki ga nismo izdali mi.
oidc-logout-two-applications = Zahteva za odjavo navaja dve različni aplikaciji.
oidc-logout-unregistered-address = Aplikacija vas je želela poslati na naslov, ki ga ni registrirala.

## Stran, ki odgovor pošlje nazaj aplikaciji

oidc-returning-title = Vrnitev v aplikacijo
oidc-returning-no-script = JavaScript je izklopljen: za vrnitev v aplikacijo pritisnite gumb.
oidc-returning-continue = Nadaljuj v aplikacijo

## Zahteve za prijavo, ki jih ni mogoče uporabiti

oidc-request-unusable = Te zahteve za prijavo ni mogoče uporabiti
oidc-request-expired-title = Ta zahteva za prijavo je potekla
oidc-start-again = Vrnite se v aplikacijo in začnite znova.
oidc-other-browser-title = Ta zahteva za prijavo se je začela v drugem brskalniku
oidc-other-browser = Zaradi vaše varnosti je prijavo mogoče nadaljevati le v brskalniku, v katerem se je začela. Vrnite se v aplikacijo in začnite znova.
oidc-request-malformed = Zahteva za prijavo je nepravilno oblikovana.
oidc-go-to-account = Na Moj račun
oidc-changed-in-another-tab = Ta zahteva za prijavo je bila dokončana ali spremenjena v drugem zavihku. Vrnite se v aplikacijo in začnite znova.
oidc-unknown-application = Aplikacija, ki vas je poslala sem, pri nas ni registrirana.
oidc-unregistered-return-address = Aplikacija { $app } vas je poslala sem z naslovom za vrnitev, ki ga ni registrirala, zato vas ne moremo poslati nazaj.
oidc-request-used = Ta zahteva za prijavo je potekla ali je bila že uporabljena. Vrnite se v aplikacijo in začnite znova.
oidc-request-not-accepted = Aplikacija { $app } je poslala zahtevo za prijavo, ki je ne moremo sprejeti ({ $reason }).
oidc-application-gone = Aplikacija ni več registrirana.
oidc-other-account = Ta zahteva za prijavo se je začela za drug račun. Vrnite se v aplikacijo in začnite znova.
oidc-already-completed = Ta zahteva za prijavo je bila že dokončana.
