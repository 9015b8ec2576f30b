## Toestemming: een toepassing vraagt om het account te gebruiken

oidc-consent-title = { $app } toestaan?
oidc-consent-heading = { $app } vraagt om uw account te gebruiken
oidc-consent-intro = Als u dit toestaat, ontvangt { $app }:
oidc-consent-withdraw = U kunt deze toestemming op elk moment intrekken in Mijn account.
oidc-consent-allow = Toestaan
oidc-consent-deny = Weigeren

## Wat een toepassing ontvangt

oidc-scope-subject = een vaste identificatiecode voor uw account (niet uw e-mailadres)
oidc-scope-profile = uw naam en voorkeurstaal
oidc-scope-email = uw e-mailadres
oidc-scope-phone = uw bevestigde mobiele telefoonnummer
oidc-scope-offline = toegang terwijl u niet bent aangemeld (totdat u die intrekt)

## Afmelden

oidc-logout-title = Afmelden
oidc-logout-asks = { $app } vraagt om u af te melden.
oidc-logout-explain = Door af te melden beëindigt u uw { $site }-sessie in deze browser, en de toepassingen waarbij u zich daarmee hebt aangemeld, worden op de hoogte gebracht.
oidc-logout-submit = Afmelden
oidc-logout-request-unusable = Dit afmeldverzoek kan niet worden gebruikt
oidc-logout-done-title = U bent afgemeld
oidc-logout-not-signed-in = U bent niet aangemeld in deze browser.
oidc-logout-malformed = Het afmeldverzoek is ongeldig.
oidc-logout-foreign-token = Het afmeldverzoek bevat een ID-token dat wij niet hebben uitgegeven.
oidc-logout-two-applications = Het afmeldverzoek noemt twee verschillende toepassingen.
oidc-logout-unregistered-address = De toepassing wilde u doorsturen naar een adres dat zij niet heeft geregistreerd.

## Terug naar de toepassing

oidc-returning-title = Terug naar de toepassing
oidc-returning-no-script = JavaScript is uitgeschakeld: klik op de knop om terug te gaan naar de toepassing.
oidc-returning-continue = Doorgaan naar de toepassing

## Aanmeldverzoeken die niet kunnen worden gebruikt

oidc-request-unusable = Dit aanmeldverzoek kan niet worden gebruikt
oidc-request-expired-title = Dit aanmeldverzoek is verlopen
oidc-start-again = Ga terug naar de toepassing en begin opnieuw.
oidc-other-browser-title = Dit aanmeldverzoek is in een andere browser gestart
oidc-other-browser = Voor uw veiligheid kan een aanmelding alleen worden voortgezet in de browser waarin zij is gestart. Ga terug naar de toepassing en begin opnieuw.
oidc-request-malformed = Het aanmeldverzoek is ongeldig.
oidc-go-to-account = Naar Mijn account
oidc-changed-in-another-tab = Dit aanmeldverzoek is in een ander tabblad voltooid of gewijzigd. Ga terug naar de toepassing en begin opnieuw.
oidc-unknown-application = De toepassing die u hierheen heeft gestuurd, is niet bij ons geregistreerd.
oidc-unregistered-return-address = { $app } heeft u hierheen gestuurd met een retouradres dat zij niet heeft geregistreerd; daarom kunnen we u niet terugsturen.
oidc-request-used = Dit aanmeldverzoek is verlopen of al gebruikt. Ga terug naar de toepassing en begin opnieuw.
oidc-request-not-accepted = { $app } heeft een aanmeldverzoek verzonden dat we niet kunnen accepteren ({ $reason }).
oidc-application-gone = De toepassing is niet meer geregistreerd.
oidc-other-account = Dit aanmeldverzoek is gestart voor een ander account. Ga terug naar de toepassing en begin opnieuw.
oidc-already-completed = Dit aanmeldverzoek is al voltooid.
