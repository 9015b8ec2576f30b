# Glossary (fr): sign in = se connecter / connexion; sign out = se déconnecter / déconnexion;
# account = compte; My account = Mon compte; password = mot de passe; Lost your password? =
# Mot de passe perdu ?; e-mail address = adresse électronique (a mail = un courriel);
# verification method = méthode de vérification; second factor = second facteur;
# multi-factor authentication = authentification multifacteur; mobile app = application
# mobile; PIN code = code PIN; QR code = code QR; SMS = SMS; SMS text challenge = code de
# confirmation SMS (as in the mails); one-time password = mot de passe à usage unique; token = jeton;
# security key = clé de sécurité; passkey = clé d'accès; device = appareil; recovery code =
# code de récupération; access request = demande d'accès; access profile = profil d'accès;
# Coordinator = coordinateur (profile names stay as they are); organisation = organisation;
# healthcare provider = prestataire de soins de santé; network = réseau; panel = panel;
# patient = patient; consent = consentement; session = session; sign-in request = demande de
# connexion; anti-robot check = vérification anti-robot; privacy statement = déclaration de
# confidentialité.

# Signing in: e-mail, password and method, throttling.
login-too-many-wrong-passwords = { $count ->
    [one] Trop de mots de passe erronés. Veuillez patienter { $count } seconde avant de réessayer.
   *[other] Trop de mots de passe erronés. Veuillez patienter { $count } secondes avant de réessayer.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Connexion
login-heading = Connectez-vous pour continuer
login-app-requires-authentication = { $app } demande que vous vous authentifiiez
login-email-label = Adresse électronique
login-next = Suivant
login-or-without-password = Ou, sans mot de passe :
login-passkey-button = Se connecter avec une clé d'accès
login-create-account = Créer un compte
login-email-invalid = Saisissez l'adresse électronique de votre compte, par exemple name@hospital.eu.
login-welcome-back = Bienvenue à nouveau
login-welcome = Bienvenue
login-account-external = (Externe)
login-different-email = Se connecter avec une autre adresse électronique ?
login-password-label = Mot de passe
login-lost-password = Mot de passe perdu ?
login-choose-method = Choisissez votre méthode de vérification
login-phone-label = Téléphone mobile
login-phone-hint = Format international avec l'indicatif du pays, par exemple pour la Belgique : +32 123 45 67 89
login-robot-intro = De nombreuses connexions ont échoué récemment depuis votre réseau : votre navigateur résout donc d'abord une petite énigme pour montrer qu'il n'est pas un robot. Cela nécessite JavaScript et prend quelques secondes.
login-submit = Se connecter

## Refusals on the password step.

login-wrong-credentials = L'adresse électronique ou le mot de passe est incorrect.
login-account-disabled = Ce compte a été désactivé par un administrateur. Contactez votre service d'assistance pour le faire réactiver.
login-account-locked = À la suite de plusieurs mots de passe erronés, ce compte est bloqué jusqu'au { $until }. Il se débloquera automatiquement ; son titulaire a été prévenu par courriel.
login-robot-check-needed = De nombreuses connexions ont échoué récemment depuis votre réseau : attendez que la vérification anti-robot ci-dessous indique qu'elle est terminée, puis connectez-vous à nouveau.

## The verification methods.

login-method-password-title = Mot de passe
login-method-password-hint = Authentifiez-vous avec votre seul mot de passe.
login-method-sms-title = Téléphone mobile + SMS
login-method-sms-hint = Envoyer un SMS à un numéro de téléphone mobile enregistré pour une authentification multifacteur.
login-method-app-title = Code PIN de l'application mobile
login-method-app-hint = Utilisez votre application mobile enregistrée pour vérifier votre identité.
login-method-qr-title = Code QR de l'application mobile
login-method-qr-hint = Générez un mot de passe à usage unique avec l'application mobile.
login-method-token-title = Jeton
login-method-token-hint = Utilisez un jeton ou une application d'authentification pour générer un mot de passe à usage unique afin de vous connecter.
login-method-webauthn-title = Clé de sécurité ou plateforme de confiance (TPM)
login-method-webauthn-hint = Utilisez votre clé de sécurité enregistrée ou l'authentificateur intégré à votre appareil pour vérifier votre identité.
login-method-recovery-title = Code de récupération
login-method-recovery-hint = Vous avez perdu votre téléphone, votre jeton ou votre clé ? Utilisez un code de récupération pour accéder à Mon compte et ajouter une nouvelle méthode de vérification.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Votre compte exige toujours une authentification multifacteur.
login-verify-app-hint = Confirmez la connexion dans l'application mobile avec votre code PIN.
login-verify-qr-hint = Scannez un code QR avec l'application mobile, qui fonctionne hors ligne, et saisissez le mot de passe à usage unique qu'elle affiche.
login-verify-token-hint = Saisissez le code de votre application d'authentification ou de votre jeton matériel.

## Lines of an account's security history (they start in lower case).

login-history-locked = compte bloqué après plusieurs mots de passe erronés
login-history-new-browser = nouvelle connexion depuis un navigateur jamais vu auparavant ({ $browser })
