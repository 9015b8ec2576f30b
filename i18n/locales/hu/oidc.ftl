# Bejelentkezés alkalmazásokba (OpenID Connect): hozzájárulás, kijelentkezés, visszatérés
# az alkalmazáshoz, nem használható bejelentkezési kérések.

## Hozzájárulás

oidc-consent-title = Engedélyezi a(z) { $app } alkalmazásnak?
oidc-consent-heading = A(z) { $app } alkalmazás használni szeretné az Ön fiókját
oidc-consent-intro = Ha engedélyezi, a(z) { $app } alkalmazás a következőket kapja meg:
oidc-consent-withdraw = Ezt az engedélyt bármikor visszavonhatja a Saját fiók oldalon.
oidc-consent-allow = Engedélyezés
oidc-consent-deny = Elutasítás

## Amit az alkalmazás megkap

oidc-scope-subject = fiókjának állandó azonosítója (nem az e-mail-címe)
oidc-scope-profile = neve és előnyben részesített nyelve
oidc-scope-email = e-mail-címe
oidc-scope-phone = megerősített mobiltelefonszáma
oidc-scope-offline = hozzáférés akkor is, amikor Ön nincs bejelentkezve (amíg vissza nem vonja)

## Kijelentkezés

oidc-logout-title = Kijelentkezés
oidc-logout-asks = A(z) { $app } alkalmazás kéri az Ön kijelentkeztetését.
oidc-logout-explain = A kijelentkezés lezárja { $site }-munkamenetét ebben a böngészőben, és értesíti azokat az alkalmazásokat, amelyekbe ezzel bejelentkezett.
oidc-logout-submit = Kijelentkezés
oidc-logout-request-unusable = Ez a kijelentkezési kérés nem használható
oidc-logout-done-title = Ön kijelentkezett
oidc-logout-not-signed-in = Ön nincs bejelentkezve ebben a böngészőben.
oidc-logout-malformed = A kijelentkezési kérés hibás formátumú.
oidc-logout-foreign-token = A kijelentkezési kérés olyan azonosító tokent tartalmaz, amelyet nem mi adtunk ki.
oidc-logout-two-applications = A kijelentkezési kérés két különböző alkalmazást nevez meg.
oidc-logout-unregistered-address = Az alkalmazás olyan címre kérte az Ön átirányítását, amelyet nem regisztrált.

## Visszatérés az alkalmazáshoz

oidc-returning-title = Visszatérés az alkalmazáshoz
oidc-returning-no-script = A JavaScript ki van kapcsolva: az alkalmazáshoz való visszatéréshez nyomja meg a gombot.
oidc-returning-continue = Tovább az alkalmazáshoz

## Nem használható bejelentkezési kérések

oidc-request-unusable = Ez a bejelentkezési kérés nem használható
oidc-request-expired-title = Ez a bejelentkezési kérés lejárt
oidc-start-again = Térjen vissza az alkalmazáshoz, és kezdje újra.
oidc-other-browser-title = Ezt a bejelentkezési kérést egy másik böngészőben indították
oidc-other-browser = Biztonsága érdekében a bejelentkezés csak abban a böngészőben folytatható, amelyben elkezdődött. Térjen vissza az alkalmazáshoz, és kezdje újra.
oidc-request-malformed = A bejelentkezési kérés hibás formátumú.
oidc-go-to-account = Ugrás a Saját fiók oldalra
oidc-changed-in-another-tab = Ezt a bejelentkezési kérést egy másik lapon befejezték vagy módosították. Térjen vissza az alkalmazáshoz, és kezdje újra.
oidc-unknown-application = Az alkalmazás, amely ide irányította, nincs nálunk regisztrálva.
oidc-unregistered-return-address = A(z) { $app } alkalmazás olyan visszatérési címmel irányította ide, amelyet nem regisztrált, ezért nem tudjuk visszairányítani.
oidc-request-used = Ez a bejelentkezési kérés lejárt vagy már felhasználták. Térjen vissza az alkalmazáshoz, és kezdje újra.
oidc-request-not-accepted = A(z) { $app } alkalmazás olyan bejelentkezési kérést küldött, amelyet nem tudunk elfogadni ({ $reason }).
oidc-application-gone = Az alkalmazás már nincs regisztrálva.
oidc-other-account = Ezt a bejelentkezési kérést egy másik fiókhoz indították. Térjen vissza az alkalmazáshoz, és kezdje újra.
oidc-already-completed = Ez a bejelentkezési kérés már befejeződött.
