# The operators' console at /admin (for administrators). Technical terms stay as they are:
# client id, redirect URI, PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, "idp client add".

## Who may use the console

admin-not-admin-title = Cette console est réservée aux administrateurs
admin-not-admin-text = Votre compte n'est pas un compte d'administrateur. Rien n'a été affiché ni modifié.
admin-my-account = Mon compte
admin-second-factor-title = Confirmez d'abord avec votre second facteur
admin-second-factor-text = La console des opérateurs agit sur les comptes d'autres personnes : elle nécessite donc une connexion avec un second facteur.
admin-second-factor-again-title = Confirmez à nouveau avec votre second facteur
admin-second-factor-again-text = Votre second facteur a été vérifié il y a plus de 15 minutes. Confirmez-le à nouveau, puis répétez l'action : rien n'a été modifié.
admin-second-factor-link = Confirmer avec un second facteur
admin-held-title = Votre compte est temporairement restreint

## Shared by the console's pages

admin-back = Retour
admin-back-to-console = Retour à la console
admin-search = Rechercher
admin-first-page = Première page
admin-next-page = Page suivante
admin-pages = Pages
admin-when = Date
admin-from = Depuis
admin-created = Création
admin-name = Nom
admin-email = Adresse électronique
admin-status = Statut

## The console's home page

admin-title = Console des opérateurs
admin-home-intro = Connecté en tant que { $operator }. Chaque action effectuée ici est enregistrée dans le journal des opérateurs et, lorsqu'elle concerne une personne, dans son historique de sécurité.
admin-menu-users = Utilisateurs
admin-menu-users-text = rechercher une personne, débloquer, fermer des sessions, retirer un téléphone ou un appareil perdu, désactiver ou activer, envoyer un courriel de réinitialisation du mot de passe
admin-menu-clients = Clients
admin-menu-clients-text = les applications qui connectent les utilisateurs
admin-menu-keys = Clés de signature
admin-menu-access = Accès
admin-menu-access-text = demandes en attente et accès accordés de tous les réseaux
admin-menu-log = Journal des opérateurs

## Users

admin-users-title = Utilisateurs
admin-users-search-hint = Le début d'une adresse électronique, d'un prénom ou d'un nom, ou de « prénom nom ».
admin-users-none = Aucun compte trouvé.
admin-account = Compte
admin-user-active = actif
admin-user-disabled = désactivé
admin-user-locked-until = bloqué après des mots de passe erronés jusqu'au { $until }
admin-user-administrator = administrateur
admin-factors = Seconds facteurs
admin-factors-none = Aucun.
admin-factor-phone = Téléphone mobile { $number }
admin-factor-phone-unconfirmed = Téléphone mobile { $number } (non confirmé)
admin-factor-device = Appareil mobile « { $name } »
admin-factor-token = Jeton (application d'authentification)
admin-factor-security-key = Clé de sécurité « { $name } »
admin-factor-added = { $factor }, ajouté le { $added }
admin-factor-remove = Retirer : { $factor }
admin-sessions = Sessions
admin-sessions-none = Aucune session ouverte.
admin-session-browser = Navigateur
admin-session-address = Adresse
admin-session-started = Connexion
admin-session-last-activity = Dernière activité
admin-session-applications = Applications
admin-session-no-applications = aucune
admin-actions = Actions
admin-unlock = Débloquer le compte
admin-send-reset = Envoyer un courriel de réinitialisation du mot de passe
admin-end-sessions = Fermer toutes les sessions
admin-enable = Activer le compte
admin-disable = Désactiver le compte
admin-history = Historique de sécurité
admin-history-none = Rien pour l'instant.
admin-history-what = Modification
admin-back-to-users = Retour aux utilisateurs

## What an action on an account did

admin-unlocked-title = Compte débloqué
admin-unlocked-text = { $email } peut de nouveau se connecter avec le bon mot de passe ; la personne en a été informée par courriel.
admin-sessions-ended-title = Toutes les sessions fermées
admin-sessions-ended-text = Toutes les sessions de { $email } ont été fermées et ce qui avait été accordé aux applications est révoqué.
admin-admin-disable-title = Le compte d'un administrateur se désactive sur le serveur
admin-admin-disable-text = Les comptes d'administrateur se désactivent avec idp user disable sur le serveur, et non depuis la console.
admin-disabled-title = Compte désactivé
admin-disabled-text = { $email } ne peut plus se connecter ; toutes les sessions ont été fermées et ses jetons sont révoqués.
admin-enabled-title = Compte activé
admin-enabled-text = { $email } peut de nouveau se connecter.
admin-already-disabled-title = Déjà désactivé
admin-already-disabled-text = { $email } était déjà désactivé ; rien n'a changé.
admin-already-enabled-title = Déjà activé
admin-already-enabled-text = { $email } était déjà activé ; rien n'a changé.
admin-reset-sent-title = Courriel de réinitialisation du mot de passe envoyé
admin-reset-sent-text = Un lien pour choisir un nouveau mot de passe a été envoyé par courriel à { $email }.
admin-no-mail-title = Aucun courriel envoyé
admin-no-mail-text = Trop de courriels ont été envoyés récemment à { $email } ; réessayez plus tard.
admin-nothing-removed-title = Rien n'a été retiré
admin-nothing-removed-text = Le compte n'a pas ce facteur (il a peut-être été retiré entre-temps).
admin-factor-removed-title = Facteur retiré
admin-factor-removed-text = Le facteur a été retiré du compte { $email } ; la personne en a été informée par courriel.

## Clients (the applications that sign people in)

admin-clients-title = Clients
admin-client-id = Client id
admin-client-kind = Type
admin-redirect-uris = Redirect URIs
admin-redirect-uris-hint = Une par ligne : https, ou http sur l'adresse de bouclage (loopback).
admin-kind-confidential-option = Confidentiel (avec un secret)
admin-kind-public-option = Public (PKCE, sans secret)
admin-kind-keys = confidentiel (private_key_jwt)
admin-kind-secret = confidentiel (secret)
admin-kind-public = public (PKCE)
admin-client-add = Ajouter un client
admin-client-add-button = Ajouter le client
admin-clients-cli-hint = Les clés (private_key_jwt), DPoP, les identifiants par paires (pairwise) et le profil FAPI 2.0 se configurent en ligne de commande :
admin-client-title = Client { $id }
admin-redirect-uris-save = Enregistrer les redirect URIs
admin-secret = Secret
admin-secret-rotate-hint = Le secret actuel cesse de fonctionner immédiatement ; le nouveau n'est affiché qu'une fois.
admin-secret-rotate = Renouveler le secret
admin-remove = Retirer
admin-client-remove = Retirer le client { $id }
admin-back-to-clients = Retour aux clients
admin-client-added-title = Client ajouté
admin-client-added-public = { $id } est enregistré comme client public (PKCE, sans secret).
admin-secret-rotated-title = Secret du client renouvelé
admin-secret-shown-once = Le secret de { $id } n'est affiché que cette fois-ci ; copiez-le dès maintenant dans la configuration de l'application.
admin-client-secret = Secret du client
admin-done = Terminé
admin-uris-saved-title = Redirect URIs enregistrées
admin-uris-saved-text = { $id } accepte désormais : { $uris }
admin-client-removed-title = Client retiré
admin-client-removed-text = { $id } est retiré : ses jetons ne fonctionnent plus sur userinfo et il ne peut plus connecter personne.
admin-uris-none = au moins une redirect URI est nécessaire
admin-uris-too-many = { $max ->
    [one] { $max } redirect URI au maximum
   *[other] { $max } redirect URIs au maximum
}
admin-no-such-client = aucun client n'a l'id { $id }
admin-uris-checked = { $id } utilise des identifiants par paires (pairwise) ou le profil FAPI 2.0, pour lesquels ses redirect URIs ont été vérifiées : modifiez-les avec idp client remove et idp client add
admin-no-secret = { $id } n'a pas de secret (client public, ou client qui signe avec ses clés)

## Signing keys

admin-keys-title = Clés de signature
admin-key-id = Key id
admin-key-algorithm = Algorithme
admin-key-state = État
admin-key-signs = signe les jetons
admin-key-retired-published = retirée, encore publiée
admin-key-retired = retirée
admin-key-rotate-heading = Renouveler une clé
admin-key-rotate = Renouveler la clé de signature
admin-key-rotated-title = Clé de signature renouvelée
admin-key-rotated-text = Les jetons { $alg } sont désormais signés avec la clé { $kid } ; la clé précédente reste publiée tant que des jetons qu'elle a signés peuvent encore être utilisés.

## The operators' log

admin-log-title = Journal des opérateurs
admin-log-label = Le journal des opérateurs
admin-log-search-hint = Le début de l'adresse électronique d'un opérateur, de l'objet de l'action ou de l'action elle-même.
admin-log-none = Aucune entrée.
admin-log-operator = Opérateur
admin-log-action = Action
admin-log-target = Objet
