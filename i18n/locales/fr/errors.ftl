# Error pages (any page that cannot be shown), refused forms, used-up links.

## The error page.

errors-bad-request-title = Cette requête présente un problème
errors-forbidden-title = Ce formulaire ne peut pas être accepté
errors-not-found-title = Page introuvable
errors-not-found = Il n'y a pas de page à cette adresse.
errors-too-large-title = Trop de données
errors-too-large = Le formulaire a envoyé plus de données qu'aucun de nos formulaires n'en a besoin.
errors-too-many-requests-title = Trop de requêtes
errors-unavailable-title = Service temporairement indisponible
errors-unavailable = Le service ne peut pas répondre pour le moment. Rien n'a été modifié ; veuillez réessayer dans une minute.
errors-internal-title = Une erreur s'est produite de notre côté
errors-internal = L'erreur a été enregistrée. Veuillez réessayer ; si elle se reproduit, contactez l'assistance en indiquant la référence ci-dessous.
errors-go-to-start = Aller à la page d'accueil
errors-reference = Référence pour l'assistance :

## Forms that cannot be accepted.

errors-form-not-urlencoded = Les formulaires doivent être envoyés au format application/x-www-form-urlencoded.
errors-form-other-site = Le formulaire a été envoyé depuis un autre site.
errors-form-unreadable = Le formulaire n'a pas pu être lu.
errors-form-malformed = Le formulaire est mal formé.
errors-form-expired = Ce formulaire a expiré ou n'a pas été envoyé depuis nos pages. Revenez en arrière, rechargez la page et réessayez.
errors-form-wrong-kind = Le formulaire contient un champ du mauvais type.

## Mails and links.

errors-too-many-mails = Trop de courriels ont été demandés pour cette adresse ou depuis votre réseau. Veuillez réessayer dans une heure.
errors-link-invalid-title = Ce lien ne peut pas être utilisé
errors-link-invalid = Le lien n'est pas valide, a expiré ou a déjà été utilisé. Les liens de nos courriels ne fonctionnent qu'une fois.
errors-go-to-sign-in = Aller à la connexion
