# Passwords: choosing one (first or new), "Lost your password?", changing it, the rules.

## The form that sets a password.

password-account = Compte :
password-rules-hint = Au moins 10 caractères. Les longues phrases de passe composées de mots sans rapport entre eux sont faciles à retenir et difficiles à deviner ; votre nom, votre adresse électronique et les mots de passe courants sont refusés.
password-problem = Un problème est survenu
password-new-label = Nouveau mot de passe
password-confirm-label = Confirmer le nouveau mot de passe
password-set-submit = Définir mon mot de passe
password-choose-new = Choisissez un nouveau mot de passe
password-new-set-title = Votre nouveau mot de passe est défini
password-new-set = Pour votre sécurité, toutes les sessions de votre compte ont été fermées. Connectez-vous avec votre nouveau mot de passe.

## "Lost your password?"

password-lost-title = Mot de passe perdu ?
password-lost-intro = Saisissez l'adresse électronique de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
password-email-label = Adresse électronique
password-lost-submit = M'envoyer un lien
password-email-invalid = Saisissez une adresse électronique valide.
password-check-mailbox = Consultez votre messagerie
password-lost-sent = Si { $email } est l'adresse d'un compte, nous lui avons envoyé un lien pour choisir un nouveau mot de passe.
password-lost-link-once = Le lien ne fonctionne qu'une fois, pendant une heure.

## "Change password" (from My account).

password-change-title = Modifier le mot de passe
password-change-hint = La modification de votre mot de passe vous déconnecte de tous les autres navigateurs.
password-current-label = Mot de passe actuel
password-change-submit = Modifier le mot de passe
password-back-to-account = Retour à Mon compte
password-not-current = Ce n'est pas votre mot de passe actuel.
password-mismatch = Les deux mots de passe ne sont pas identiques.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Votre mot de passe doit comporter au moins { $count } caractère.
   *[other] Votre mot de passe doit comporter au moins { $count } caractères.
}
password-too-long = { $count ->
    [one] Votre mot de passe doit comporter au plus { $count } caractère.
   *[other] Votre mot de passe doit comporter au plus { $count } caractères.
}
password-is-email = Votre mot de passe ne doit pas être votre adresse électronique.
password-guessable = Ce mot de passe est trop courant ou trop facile à deviner. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Ajoutez quelques mots peu courants.
password-advice-few-words = Utilisez quelques mots et évitez les expressions courantes.
password-advice-no-symbols-needed = Inutile d'ajouter des symboles, des chiffres ou des majuscules.
password-advice-another-word = Ajoutez un ou deux mots de plus. Les mots peu courants sont préférables.
password-advice-capitals = Les majuscules n'aident pas beaucoup.
password-advice-all-uppercase = Un mot de passe tout en majuscules est presque aussi facile à deviner qu'un mot de passe tout en minuscules.
password-advice-reversed = Les mots écrits à l'envers ne sont guère plus difficiles à deviner.
password-advice-substitutions = Les substitutions prévisibles, comme « @ » au lieu de « a », n'aident pas beaucoup.
password-advice-keyboard = Utilisez un motif de clavier plus long, avec davantage de changements de direction.
password-advice-repeats = Évitez les mots et les caractères répétés.
password-advice-sequences = Évitez les suites de caractères.
password-advice-recent-years = Évitez les années récentes.
password-advice-your-years = Évitez les années qui vous sont associées.
password-advice-your-dates = Évitez les dates et les années qui vous sont associées.

## Lines of an account's security history (they start in lower case).

password-history-changed = mot de passe modifié
password-history-reset = mot de passe réinitialisé au moyen d'un lien envoyé par courriel
password-history-secured = compte sécurisé depuis le lien envoyé par courriel : mot de passe, clés de sécurité et codes de récupération supprimés, toutes les sessions fermées
