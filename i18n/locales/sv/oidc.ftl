## Samtycke: en applikation vill använda kontot

oidc-consent-title = Tillåta { $app }?
oidc-consent-heading = { $app } vill använda ditt konto
oidc-consent-intro = Om du tillåter det får { $app }:
oidc-consent-withdraw = Du kan när som helst återkalla detta tillstånd i Mitt konto.
oidc-consent-allow = Tillåt
oidc-consent-deny = Neka

## Vad en applikation får

oidc-scope-subject = en stabil identifierare för ditt konto (inte din e-postadress)
oidc-scope-profile = ditt namn och ditt föredragna språk
oidc-scope-email = din e-postadress
oidc-scope-phone = ditt bekräftade mobilnummer
oidc-scope-offline = åtkomst medan du inte är inloggad (tills du återkallar den)

## Utloggning

oidc-logout-title = Logga ut
oidc-logout-asks = { $app } vill logga ut dig.
oidc-logout-explain = Utloggningen avslutar din session på { $site } i den här webbläsaren, och de applikationer som du loggat in i med den informeras.
oidc-logout-submit = Logga ut
oidc-logout-request-unusable = Den här utloggningsbegäran kan inte användas
oidc-logout-done-title = Du är utloggad
oidc-logout-not-signed-in = Du är inte inloggad i den här webbläsaren.
oidc-logout-malformed = Utloggningsbegäran är felaktigt utformad.
oidc-logout-foreign-token = Utloggningsbegäran innehåller en ID-token som vi inte har utfärdat.
oidc-logout-two-applications = Utloggningsbegäran anger två olika applikationer.
oidc-logout-unregistered-address = Applikationen bad om att skicka dig till en adress som den inte har registrerat.

## Sidan som skickar svaret tillbaka till applikationen

oidc-returning-title = Tillbaka till applikationen
oidc-returning-no-script = JavaScript är avstängt: tryck på knappen för att gå tillbaka till applikationen.
oidc-returning-continue = Fortsätt till applikationen

## Inloggningsbegäranden som inte kan användas

oidc-request-unusable = Den här inloggningsbegäran kan inte användas
oidc-request-expired-title = Den här inloggningsbegäran har gått ut
oidc-start-again = Gå tillbaka till applikationen och börja om.
oidc-other-browser-title = Den här inloggningsbegäran startades i en annan webbläsare
oidc-other-browser = Av säkerhetsskäl kan en inloggning bara fortsätta i den webbläsare där den startades. Gå tillbaka till applikationen och börja om.
oidc-request-malformed = Inloggningsbegäran är felaktigt utformad.
oidc-go-to-account = Gå till Mitt konto
oidc-changed-in-another-tab = Den här inloggningsbegäran har slutförts eller ändrats i en annan flik. Gå tillbaka till applikationen och börja om.
oidc-unknown-application = Applikationen som skickade dig hit är inte registrerad hos oss.
oidc-unregistered-return-address = { $app } skickade dig hit med en returadress som den inte har registrerat, så vi kan inte skicka dig tillbaka.
oidc-request-used = Den här inloggningsbegäran har gått ut eller har redan använts. Gå tillbaka till applikationen och börja om.
oidc-request-not-accepted = { $app } skickade en inloggningsbegäran som vi inte kan godta ({ $reason }).
oidc-application-gone = Applikationen är inte längre registrerad.
oidc-other-account = Den här inloggningsbegäran startades för ett annat konto. Gå tillbaka till applikationen och börja om.
oidc-already-completed = Den här inloggningsbegäran har redan slutförts.
