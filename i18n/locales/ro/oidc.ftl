# Signing in to applications (OpenID Connect): consent, sign-out, the way back to the
# application, sign-in requests that cannot be used.

## Consent: an application asks to use the account.

oidc-consent-title = Permiteți accesul pentru { $app }?
oidc-consent-heading = { $app } solicită să vă utilizeze contul
oidc-consent-intro = Dacă permiteți, { $app } va primi:
oidc-consent-withdraw = Puteți retrage oricând această permisiune din „Contul meu”.
oidc-consent-allow = Permiteți
oidc-consent-deny = Refuzați

## What an application receives.

oidc-scope-subject = un identificator stabil al contului dumneavoastră (nu adresa de e-mail)
oidc-scope-profile = numele și limba preferată
oidc-scope-email = adresa dumneavoastră de e-mail
oidc-scope-phone = numărul dumneavoastră de telefon mobil confirmat
oidc-scope-offline = acces cât timp nu sunteți conectat(ă) (până când îl retrageți)

## Sign-out.

oidc-logout-title = Deconectare
oidc-logout-asks = { $app } solicită să vă deconecteze.
oidc-logout-explain = Deconectarea închide sesiunea dumneavoastră { $site } în acest browser, iar aplicațiile la care v-ați conectat prin ea sunt informate.
oidc-logout-submit = Deconectare
oidc-logout-request-unusable = Această cerere de deconectare nu poate fi utilizată
oidc-logout-done-title = Sunteți deconectat(ă)
oidc-logout-not-signed-in = Nu sunteți conectat(ă) în acest browser.
oidc-logout-malformed = Cererea de deconectare este incorectă.
oidc-logout-foreign-token = Cererea de deconectare conține un token de identificare (ID token) pe care nu l-am emis noi.
oidc-logout-two-applications = Cererea de deconectare menționează două aplicații diferite.
oidc-logout-unregistered-address = Aplicația a cerut să vă trimită la o adresă pe care nu a înregistrat-o.

## The page that sends the answer back to the application.

oidc-returning-title = Revenire la aplicație
oidc-returning-no-script = JavaScript este dezactivat: apăsați butonul pentru a reveni la aplicație.
oidc-returning-continue = Continuați către aplicație

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Această cerere de conectare nu poate fi utilizată
oidc-request-expired-title = Această cerere de conectare a expirat
oidc-start-again = Reveniți la aplicație și reîncepeți.
oidc-other-browser-title = Această cerere de conectare a fost inițiată într-un alt browser
oidc-other-browser = Pentru siguranța dumneavoastră, o conectare poate fi continuată numai în browserul în care a început. Reveniți la aplicație și reîncepeți.
oidc-request-malformed = Cererea de conectare este incorectă.
oidc-go-to-account = Mergeți la „Contul meu”
oidc-changed-in-another-tab = Această cerere de conectare a fost finalizată sau modificată într-o altă filă. Reveniți la aplicație și reîncepeți.
oidc-unknown-application = Aplicația care v-a trimis aici nu este înregistrată la noi.
oidc-unregistered-return-address = { $app } v-a trimis aici cu o adresă de întoarcere pe care nu a înregistrat-o, așa că nu vă putem trimite înapoi.
oidc-request-used = Această cerere de conectare a expirat sau a fost deja utilizată. Reveniți la aplicație și reîncepeți.
oidc-request-not-accepted = { $app } a trimis o cerere de conectare pe care nu o putem accepta ({ $reason }).
oidc-application-gone = Aplicația nu mai este înregistrată.
oidc-other-account = Această cerere de conectare a fost inițiată pentru un alt cont. Reveniți la aplicație și reîncepeți.
oidc-already-completed = Această cerere de conectare a fost deja finalizată.
