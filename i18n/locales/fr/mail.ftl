# Courriels aux titulaires de compte et SMS de confirmation (voir en/mail.ftl).

## Création d'un compte

mail-confirm-registration-subject = { $site } : confirmez votre adresse électronique
mail-confirm-registration-body =
    Madame, Monsieur { $first_name } { $last_name },

    Quelqu'un, sans doute vous, a demandé la création d'un compte sur { $site } avec cette adresse électronique.

    Pour confirmer l'adresse et choisir votre mot de passe, ouvrez ce lien dans les 24 heures :

    { $link }

    Le lien ne fonctionne qu'une fois. Si vous n'avez rien demandé, ignorez ce courriel : aucun compte n'est créé sans lui.

mail-already-registered-subject = { $site } : vous avez déjà un compte
mail-already-registered-body =
    Madame, Monsieur { $first_name } { $last_name },

    Quelqu'un, sans doute vous, a demandé la création d'un compte sur { $site } avec cette adresse, mais un compte existe déjà pour elle.

    Pour vous connecter : { $login_link }
    Si vous avez oublié votre mot de passe, utilisez « Mot de passe perdu ? » : { $reset_link }

    Si vous n'avez rien demandé, ignorez ce courriel ; votre compte n'a pas changé.

## Mots de passe

mail-reset-password-subject = { $site } : choisissez un nouveau mot de passe
mail-reset-password-body =
    Madame, Monsieur { $first_name } { $last_name },

    Quelqu'un, sans doute vous, a demandé à choisir un nouveau mot de passe pour votre compte sur { $site }.

    Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :

    { $link }

    Le lien ne fonctionne qu'une fois. Un nouveau mot de passe ferme toutes vos sessions.
    Si vous n'avez rien demandé, ignorez ce courriel ; votre mot de passe n'a pas changé.

mail-password-changed-subject = { $site } : votre mot de passe a été modifié
mail-password-changed-body =
    Madame, Monsieur { $first_name } { $last_name },

    Le mot de passe de votre compte sur { $site } a été modifié le { $when }.

    Si ce n'était pas vous, choisissez tout de suite un nouveau mot de passe avec « Mot de passe perdu ? » : { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site } : votre compte est bloqué pour { $minutes } minute
   *[other] { $site } : votre compte est bloqué pour { $minutes } minutes
}
mail-account-locked-body =
    Madame, Monsieur { $first_name } { $last_name },

    Après plusieurs mots de passe erronés, votre compte sur { $site } est bloqué jusqu'au { $until }. Il se débloquera tout seul.

    Si ces tentatives ne venaient pas de vous, quelqu'un essaie peut-être de deviner votre mot de passe. Vous pouvez en choisir un nouveau : { $reset_link }

## Sécurité du compte

mail-security-change-subject = { $site } : une modification de la sécurité de votre compte
mail-security-change-body =
    Madame, Monsieur { $first_name } { $last_name },

    Le { $when }, depuis l'adresse { $ip } : { $what }.

    Si c'était vous, il n'y a rien à faire. Sinon, quelqu'un utilise peut-être votre compte : choisissez tout de suite un nouveau mot de passe avec « Mot de passe perdu ? » ({ $reset_link }) et consultez vos sessions dans Mon compte.

mail-factors-held-subject = { $site } : tous les seconds facteurs de votre compte ont été supprimés
mail-factors-held-body =
    Madame, Monsieur { $first_name } { $last_name },

    Le { $when }, depuis l'adresse { $ip }, tous les appareils mobiles et jetons de votre compte ont été supprimés (« Supprimer tous mes appareils (PANIC) ») par une personne connectée avec votre seul mot de passe.

    Par sécurité, votre mot de passe seul ne permet pas d'ajouter un nouveau second facteur avant le { $until }. Si c'était vous, ajoutez votre nouvel appareil ou jeton après cette date.

    Si ce n'était PAS vous, quelqu'un connaît votre mot de passe. Ouvrez ce lien immédiatement : il supprime votre mot de passe, ferme toutes les sessions et révoque l'accès de toutes les applications ; choisissez ensuite un nouveau mot de passe avec « Mot de passe perdu ? ».

    { $link }

mail-factor-added-with-code-subject = { $site } : un second facteur a été ajouté à votre compte avec un code de récupération
mail-factor-added-with-code-body =
    Madame, Monsieur { $first_name } { $last_name },

    Le { $when }, depuis l'adresse { $ip }, une personne connectée avec votre mot de passe et l'un de vos codes de récupération a fait cette modification : { $what }.

    Par sécurité, jusqu'au { $until }, aucun second facteur ne peut être ajouté ni supprimé, aucun code de récupération ne peut être généré, votre adresse électronique ne peut pas être modifiée et votre compte ne peut pas être supprimé. Si c'était vous, vous n'avez rien à faire.

    Si ce n'était PAS vous, quelqu'un connaît votre mot de passe. Ouvrez ce lien immédiatement : il supprime votre mot de passe, ferme toutes les sessions et révoque l'accès de toutes les applications ; choisissez ensuite un nouveau mot de passe avec « Mot de passe perdu ? ».

    { $link }

mail-account-secured-subject = { $site } : votre mot de passe a été supprimé et toutes les sessions fermées
mail-account-secured-body =
    Madame, Monsieur { $first_name } { $last_name },

    Le { $when }, depuis l'adresse { $ip }, votre compte a été sécurisé depuis le lien que nous vous avons envoyé : le mot de passe a été supprimé, toutes les sessions fermées et l'accès de toutes les applications révoqué.

    Choisissez un nouveau mot de passe avec « Mot de passe perdu ? » : { $reset_link }

## Données personnelles

mail-confirm-email-change-subject = { $site } : confirmez votre nouvelle adresse électronique
mail-confirm-email-change-body =
    Madame, Monsieur { $first_name } { $last_name },

    Pour que { $new_email } devienne l'adresse électronique de votre compte sur { $site }, ouvrez ce lien dans les 24 heures :

    { $link }

    Le lien ne fonctionne qu'une fois. Si vous n'avez rien demandé, ignorez ce courriel.

mail-email-changed-subject = { $site } : l'adresse électronique de votre compte a été modifiée
mail-email-changed-body =
    Madame, Monsieur { $first_name } { $last_name },

    L'adresse électronique de votre compte sur { $site } a été changée de { $old_email } en { $new_email }.

    Si ce n'était pas vous, contactez immédiatement l'assistance.

mail-account-deleted-subject = { $site } : votre compte a été supprimé
mail-account-deleted-body = Votre compte sur { $site } et tout ce que nous conservions à son sujet ont été supprimés, comme vous l'avez demandé.

## Accès aux applications

mail-access-waiting-subject = { $site } : une demande d'accès attend votre décision
mail-access-waiting-body =
    Madame, Monsieur { $first_name } { $last_name },

    { $requester } demande { $profiles } pour { $organisation } ({ $application }).

    Pour l'examiner : { $approvals_link }

mail-access-accepted-subject = { $site } : votre demande d'accès a été acceptée
mail-access-accepted-body =
    Madame, Monsieur { $first_name } { $last_name },

    Votre demande d'accès { $profiles } pour { $organisation } ({ $application }) a été acceptée. Vous pouvez désormais vous connecter à l'application avec ce profil.{ $reason }

    Vos demandes : { $requests_link }

mail-access-rejected-subject = { $site } : votre demande d'accès a été refusée
mail-access-rejected-body =
    Madame, Monsieur { $first_name } { $last_name },

    Votre demande d'accès { $profiles } pour { $organisation } ({ $application }) a été refusée.{ $reason }

    Vos demandes : { $requests_link }

mail-access-revoked-subject = { $site } : votre accès a été retiré
mail-access-revoked-body =
    Madame, Monsieur { $first_name } { $last_name },

    Votre accès { $profiles } pour { $organisation } ({ $application }) a été retiré ; l'application ne le reçoit plus.{ $reason }

    Vos demandes : { $requests_link }

mail-access-reason = « { $reason } »

## SMS

sms-challenge = { $minutes ->
    [one] { $site } : votre code de confirmation SMS est { $code }. Il est valable { $minutes } minute.
   *[other] { $site } : votre code de confirmation SMS est { $code }. Il est valable { $minutes } minutes.
}
