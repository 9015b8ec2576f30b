# My account: the overview, personal data, sessions, the security history page, deleting
# the account.

## The overview ("My account")

account-title = Mon compte
account-name = Nom
account-email = Adresse électronique
account-email-language = Langue des courriels
account-signed-in-since = Connecté depuis le
account-sign-out = Se déconnecter
account-change-password = Modifier le mot de passe
account-access-link = Mes accès aux applications
account-require-mfa = Toujours exiger l'authentification multifacteur
account-save = Enregistrer
account-consents-heading = Applications que vous avez autorisées
account-consents-none = Aucune application ne vous a encore demandé votre consentement.
account-consent-withdraw = Retirer le consentement donné à { $name }
account-offline-heading = Applications disposant d'un accès hors connexion
account-offline-hint = Ces applications peuvent agir pour vous lorsque vous n'êtes pas connecté. La révocation y met fin immédiatement ; elles devront vous le redemander.
account-offline-none = Aucune application ne dispose d'un accès hors connexion.
account-offline-until = (jusqu'au { $until }, prolongé tant qu'il est utilisé)
account-offline-revoke = Révoquer l'accès hors connexion de { $name }
account-delete = Supprimer mon compte
account-delete-warning = Cette action ferme toutes les sessions et supprime votre compte ainsi que toutes les données conservées à son sujet. Elle est irréversible.
account-password = Mot de passe
account-back = Retour à Mon compte

## Messages on the overview

account-password-changed = Votre mot de passe a été modifié. Les autres navigateurs ont été déconnectés.
account-mfa-on = L'authentification multifacteur est désormais toujours exigée pour votre compte.
account-mfa-off = L'authentification multifacteur n'est plus toujours exigée.
account-mfa-confirm-first = Pour modifier ce réglage, confirmez d'abord avec votre seconde méthode de vérification (reconnectez-vous avec celle-ci).
account-delete-wrong-password = Ce n'est pas votre mot de passe : le compte n'a pas été supprimé.
account-delete-confirm-first = Pour supprimer le compte, confirmez d'abord avec votre seconde méthode de vérification (reconnectez-vous avec celle-ci).
account-deleted-title = Votre compte a été supprimé
account-deleted-text = Votre compte et toutes les données conservées à son sujet ont été supprimés.
account-create = Créer un compte

## Personal data

account-details-title = Données personnelles
account-details-first-name = Prénom
account-details-last-name = Nom
account-details-email-heading = Modifier mon adresse électronique
account-details-email-current = Votre adresse électronique est { $email }. Nous envoyons un lien à la nouvelle adresse ; la modification a lieu lorsque vous l'ouvrez.
account-details-new-email = Nouvelle adresse électronique
account-details-send-link = Envoyer un lien de confirmation
account-details-saved = Vos données personnelles sont enregistrées.
account-details-link-sent = Nous avons envoyé un lien à { $email }. Ouvrez-le pour en faire votre adresse électronique.
account-details-email-changed = Votre adresse électronique est désormais { $email }.
account-details-wrong-password = Ce n'est pas votre mot de passe.
account-details-email-confirm-first = Pour modifier votre adresse électronique, confirmez d'abord avec votre seconde méthode de vérification (reconnectez-vous avec celle-ci).
account-details-link-invalid = Ce lien n'est pas valide, a expiré ou a déjà été utilisé.
account-details-name-length = Le prénom et le nom doivent comporter de 1 à 100 caractères.
account-details-choose-language = Choisissez la langue de vos courriels.
account-details-email-invalid = Saisissez une adresse électronique valide.
account-details-email-same = C'est déjà votre adresse électronique.
account-details-too-many-mails = Trop de courriels ont été demandés. Réessayez dans une heure.
account-details-email-taken = Un autre compte utilise désormais cette adresse.
account-email-title = Votre adresse électronique
account-go = Aller à Mon compte

## Display my sessions

account-sessions-title = Afficher mes sessions
account-sessions-label = Mes sessions
account-sessions-browser = Navigateur
account-sessions-address = Adresse
account-sessions-signed-in = Connexion
account-sessions-last-activity = Dernière activité
account-sessions-applications = Applications
account-sessions-this-browser = (ce navigateur)
account-sessions-no-applications = aucune
account-sessions-end = Fermer la session de { $browser } ({ $started })
account-sessions-end-others = Fermer toutes mes autres sessions
account-session-ended = La session a été fermée.
account-session-already-ended = Cette session était déjà fermée.
account-other-sessions-ended = Toutes les autres sessions ont été fermées.
account-browser-on-system = { $browser } sous { $system }

## Security history

account-history-title = Historique de sécurité
account-history-intro = Toutes les modifications de la sécurité de votre compte, de la plus récente à la plus ancienne. Chacune vous a également été envoyée par courriel.
account-history-none = Rien pour l'instant.
account-history-when = Date
account-history-what = Modification
account-history-from = Depuis l'adresse
