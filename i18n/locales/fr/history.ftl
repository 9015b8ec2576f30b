# The security history of an account (shown in a table cell next to the date and the
# address; it starts in lower case).

history-mfa-mandatory = authentification multifacteur rendue obligatoire
history-mfa-optional = authentification multifacteur rendue facultative
history-token-added = jeton ajouté
history-token-deleted = jeton supprimé
history-phone-added = numéro de téléphone mobile { $number } ajouté
history-phone-deleted = numéro de téléphone mobile { $number } supprimé
history-device-added = appareil mobile « { $name } » ajouté
history-device-deleted = appareil mobile « { $name } » supprimé
history-panic = PANIC : tous les appareils mobiles ({ $devices }) et jetons ({ $tokens }) supprimés, toutes les sessions fermées
history-app-denied-wrong-number = connexion refusée sur « { $name } » : un mauvais nombre a été sélectionné dans l'application
history-app-denied = connexion refusée sur « { $name } » : la connexion a été rejetée dans l'application
history-key-added = clé de sécurité « { $name } » ajoutée
history-key-added-password-only = clé de sécurité « { $name } » ajoutée lors d'une connexion avec le seul mot de passe
history-key-added-password-only-mailed = clé de sécurité « { $name } » ajoutée lors d'une connexion avec le seul mot de passe. Si ce n'était pas vous, ouvrez { $link } : ce lien supprime le mot de passe, toutes les clés de sécurité et tous les codes de récupération, et ferme toutes les sessions
history-key-deleted = clé de sécurité « { $name } » supprimée
history-key-cloned = clé de sécurité « { $name } » refusée : son compteur a reculé, elle a peut-être été copiée
history-codes-generated = nouveaux codes de récupération générés (les anciens ne fonctionnent plus)
history-code-used = { $count ->
    [one] connexion avec un code de récupération (il en reste { $count })
   *[other] connexion avec un code de récupération (il en reste { $count })
}
history-email-change-requested = changement d'adresse électronique vers { $email } demandé
history-email-changed = adresse électronique { $old } remplacée par { $new }
