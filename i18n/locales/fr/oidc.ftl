# Signing in to applications (OpenID Connect): consent, sign-out, the way back to the
# application, sign-in requests that cannot be used.

## Consent: an application asks to use the account.

oidc-consent-title = Autoriser { $app } ?
oidc-consent-heading = { $app } demande à utiliser votre compte
oidc-consent-intro = Si vous l'autorisez, { $app } recevra :
oidc-consent-withdraw = Vous pouvez retirer cette autorisation à tout moment dans Mon compte.
oidc-consent-allow = Autoriser
oidc-consent-deny = Refuser

## What an application receives.

oidc-scope-subject = un identifiant stable de votre compte (pas votre adresse électronique)
oidc-scope-profile = votre nom et votre langue préférée
oidc-scope-email = votre adresse électronique
oidc-scope-phone = votre numéro de téléphone mobile confirmé
oidc-scope-offline = un accès lorsque vous n'êtes pas connecté (jusqu'à ce que vous le retiriez)

## Sign-out.

oidc-logout-title = Déconnexion
oidc-logout-asks = { $app } demande à vous déconnecter.
oidc-logout-explain = La déconnexion ferme votre session { $site } dans ce navigateur, et les applications auxquelles vous vous êtes connecté avec elle en sont informées.
oidc-logout-submit = Se déconnecter
oidc-logout-request-unusable = Cette demande de déconnexion ne peut pas être utilisée
oidc-logout-done-title = Vous êtes déconnecté
oidc-logout-not-signed-in = Vous n'êtes pas connecté dans ce navigateur.
oidc-logout-malformed = La demande de déconnexion est mal formée.
oidc-logout-foreign-token = La demande de déconnexion contient un jeton d'identité (ID token) que nous n'avons pas émis.
oidc-logout-two-applications = La demande de déconnexion désigne deux applications différentes.
oidc-logout-unregistered-address = L'application a demandé à vous envoyer vers une adresse qu'elle n'a pas enregistrée.

## The page that sends the answer back to the application.

oidc-returning-title = Retour à l'application
oidc-returning-no-script = JavaScript est désactivé : appuyez sur le bouton pour revenir à l'application.
oidc-returning-continue = Continuer vers l'application

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Cette demande de connexion ne peut pas être utilisée
oidc-request-expired-title = Cette demande de connexion a expiré
oidc-start-again = Revenez à l'application et recommencez.
oidc-other-browser-title = Cette demande de connexion a été lancée dans un autre navigateur
oidc-other-browser = Pour votre sécurité, une connexion ne peut se poursuivre que dans le navigateur où elle a commencé. Revenez à l'application et recommencez.
oidc-request-malformed = La demande de connexion est mal formée.
oidc-go-to-account = Aller à Mon compte
oidc-changed-in-another-tab = Cette demande de connexion a été terminée ou modifiée dans un autre onglet. Revenez à l'application et recommencez.
oidc-unknown-application = L'application qui vous a envoyé ici n'est pas enregistrée chez nous.
oidc-unregistered-return-address = { $app } vous a envoyé ici avec une adresse de retour qu'elle n'a pas enregistrée ; nous ne pouvons donc pas vous y renvoyer.
oidc-request-used = Cette demande de connexion a expiré ou a déjà été utilisée. Revenez à l'application et recommencez.
oidc-request-not-accepted = { $app } a envoyé une demande de connexion que nous ne pouvons pas accepter ({ $reason }).
oidc-application-gone = L'application n'est plus enregistrée.
oidc-other-account = Cette demande de connexion a été lancée pour un autre compte. Revenez à l'application et recommencez.
oidc-already-completed = Cette demande de connexion a déjà été terminée.
