## Consent: an application asks to use the account.

oidc-consent-title = Povoliť aplikácii { $app }?
oidc-consent-heading = Aplikácia { $app } žiada o použitie vášho konta
oidc-consent-intro = Ak to povolíte, aplikácia { $app } dostane:
oidc-consent-withdraw = Toto povolenie môžete kedykoľvek odvolať na stránke Moje konto.
oidc-consent-allow = Povoliť
oidc-consent-deny = Zamietnuť

## What an application receives.

oidc-scope-subject = stály identifikátor vášho konta (nie vašu e-mailovú adresu)
oidc-scope-profile = vaše meno a preferovaný jazyk
oidc-scope-email = vašu e-mailovú adresu
oidc-scope-phone = vaše potvrdené číslo mobilného telefónu
oidc-scope-offline = prístup aj vtedy, keď nie ste prihlásení (kým ho neodvoláte)

## Sign-out.

oidc-logout-title = Odhlásenie
oidc-logout-asks = Aplikácia { $app } žiada o vaše odhlásenie.
oidc-logout-explain = Odhlásením ukončíte svoju reláciu { $site } v tomto prehliadači a aplikácie, do ktorých ste sa jej prostredníctvom prihlásili, budú informované.
oidc-logout-submit = Odhlásiť sa
oidc-logout-request-unusable = Túto požiadavku na odhlásenie nemožno použiť
oidc-logout-done-title = Ste odhlásení
oidc-logout-not-signed-in = V tomto prehliadači nie ste prihlásení.
oidc-logout-malformed = Požiadavka na odhlásenie je neplatná.
oidc-logout-foreign-token = Požiadavka na odhlásenie obsahuje token ID, ktorý sme nevydali.
oidc-logout-two-applications = Požiadavka na odhlásenie uvádza dve rôzne aplikácie.
oidc-logout-unregistered-address = Aplikácia vás chcela presmerovať na adresu, ktorú nemá zaregistrovanú.

## The page that sends the answer back to the application.

oidc-returning-title = Návrat do aplikácie
oidc-returning-no-script = JavaScript je vypnutý: stlačením tlačidla sa vrátite do aplikácie.
oidc-returning-continue = Pokračovať do aplikácie

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Túto požiadavku na prihlásenie nemožno použiť
oidc-request-expired-title = Platnosť tejto požiadavky na prihlásenie uplynula
oidc-start-again = Vráťte sa do aplikácie a začnite znova.
oidc-other-browser-title = Táto požiadavka na prihlásenie bola začatá v inom prehliadači
oidc-other-browser = Z bezpečnostných dôvodov možno v prihlásení pokračovať iba v prehliadači, v ktorom sa začalo. Vráťte sa do aplikácie a začnite znova.
oidc-request-malformed = Požiadavka na prihlásenie je neplatná.
oidc-go-to-account = Prejsť na Moje konto
oidc-changed-in-another-tab = Táto požiadavka na prihlásenie bola dokončená alebo zmenená na inej karte. Vráťte sa do aplikácie a začnite znova.
oidc-unknown-application = Aplikácia, ktorá vás sem poslala, u nás nie je zaregistrovaná.
oidc-unregistered-return-address = Aplikácia { $app } vás sem poslala s návratovou adresou, ktorú nemá zaregistrovanú, preto vás nemôžeme poslať späť.
oidc-request-used = Platnosť tejto požiadavky na prihlásenie uplynula alebo už bola použitá. Vráťte sa do aplikácie a začnite znova.
oidc-request-not-accepted = Aplikácia { $app } odoslala požiadavku na prihlásenie, ktorú nemôžeme prijať ({ $reason }).
oidc-application-gone = Aplikácia už nie je zaregistrovaná.
oidc-other-account = Táto požiadavka na prihlásenie bola začatá pre iné konto. Vráťte sa do aplikácie a začnite znova.
oidc-already-completed = Táto požiadavka na prihlásenie už bola dokončená.
