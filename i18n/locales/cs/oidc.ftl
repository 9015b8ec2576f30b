## Consent: an application asks to use the account.

oidc-consent-title = Povolit aplikaci { $app }?
oidc-consent-heading = Aplikace { $app } žádá o použití vašeho účtu
oidc-consent-intro = Pokud to povolíte, aplikace { $app } obdrží:
oidc-consent-withdraw = Toto oprávnění můžete kdykoli odvolat na stránce Můj účet.
oidc-consent-allow = Povolit
oidc-consent-deny = Odmítnout

## What an application receives.

oidc-scope-subject = stálý identifikátor vašeho účtu (nikoli vaši e-mailovou adresu)
oidc-scope-profile = vaše jméno a preferovaný jazyk
oidc-scope-email = vaši e-mailovou adresu
oidc-scope-phone = vaše potvrzené číslo mobilního telefonu
oidc-scope-offline = přístup i v době, kdy nejste přihlášeni (dokud jej neodvoláte)

## Sign-out.

oidc-logout-title = Odhlášení
oidc-logout-asks = Aplikace { $app } žádá o vaše odhlášení.
oidc-logout-explain = Odhlášením ukončíte svou relaci { $site } v tomto prohlížeči a aplikace, do kterých jste se jejím prostřednictvím přihlásili, budou informovány.
oidc-logout-submit = Odhlásit se
oidc-logout-request-unusable = Tento požadavek na odhlášení nelze použít
oidc-logout-done-title = Jste odhlášeni
oidc-logout-not-signed-in = V tomto prohlížeči nejste přihlášeni.
oidc-logout-malformed = Požadavek na odhlášení je neplatný.
oidc-logout-foreign-token = Požadavek na odhlášení obsahuje token ID, který jsme nevydali.
oidc-logout-two-applications = Požadavek na odhlášení uvádí dvě různé aplikace.
oidc-logout-unregistered-address = Aplikace vás chtěla přesměrovat na adresu, kterou nemá zaregistrovanou.

## The page that sends the answer back to the application.

oidc-returning-title = Návrat do aplikace
oidc-returning-no-script = JavaScript je vypnutý: stisknutím tlačítka se vrátíte do aplikace.
oidc-returning-continue = Pokračovat do aplikace

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Tento požadavek na přihlášení nelze použít
oidc-request-expired-title = Platnost tohoto požadavku na přihlášení vypršela
oidc-start-again = Vraťte se do aplikace a začněte znovu.
oidc-other-browser-title = Tento požadavek na přihlášení byl zahájen v jiném prohlížeči
oidc-other-browser = Z bezpečnostních důvodů lze v přihlášení pokračovat pouze v prohlížeči, ve kterém bylo zahájeno. Vraťte se do aplikace a začněte znovu.
oidc-request-malformed = Požadavek na přihlášení je neplatný.
oidc-go-to-account = Přejít na Můj účet
oidc-changed-in-another-tab = Tento požadavek na přihlášení byl dokončen nebo změněn na jiné kartě. Vraťte se do aplikace a začněte znovu.
oidc-unknown-application = Aplikace, která vás sem poslala, u nás není zaregistrována.
oidc-unregistered-return-address = Aplikace { $app } vás sem poslala s návratovou adresou, kterou nemá zaregistrovanou, proto vás nemůžeme poslat zpět.
oidc-request-used = Platnost tohoto požadavku na přihlášení vypršela nebo již byl použit. Vraťte se do aplikace a začněte znovu.
oidc-request-not-accepted = Aplikace { $app } odeslala požadavek na přihlášení, který nemůžeme přijmout ({ $reason }).
oidc-application-gone = Aplikace již není zaregistrována.
oidc-other-account = Tento požadavek na přihlášení byl zahájen pro jiný účet. Vraťte se do aplikace a začněte znovu.
oidc-already-completed = Tento požadavek na přihlášení již byl dokončen.
