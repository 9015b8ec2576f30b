# CPMS, the Clinical Patient Management System. "CPMS", "ERN", "ERN-CPMS" and "EU Login"
# are names: kept as they are.

## The frame of every CPMS page: header and navigation.

cpms-tagline = Système de gestion clinique des patients des réseaux européens de référence
cpms-training-banner = Le MODE FORMATION est activé : pas de données de patients (comptes de test uniquement).
cpms-dashboard = Tableau de bord
cpms-preferences = Préférences ERN
cpms-sign-out = Se déconnecter
cpms-go-to-dashboard = Aller à votre tableau de bord

## The start page (before signing in).

cpms-landing-title = Système de gestion clinique des patients
cpms-landing-heading = Système de gestion clinique des patients (CPMS)
cpms-landing-platform = Plateforme informatique de consultations cliniques entre membres des ERN.
cpms-landing-aim = Le CPMS vise à aider les ERN à améliorer le diagnostic et le traitement des maladies complexes rares ou à faible prévalence, au-delà des frontières nationales des États membres en Europe.
cpms-landing-browsers-heading = Navigateurs pris en charge
cpms-landing-browsers = Veuillez vous assurer que vous utilisez la dernière version de Google Chrome, Firefox ou Safari afin de bénéficier de toutes les fonctionnalités du CPMS.
cpms-landing-secure-login-heading = Connexion sécurisée
cpms-landing-login-through-eu-login = Vous pouvez vous connecter au CPMS ERN au moyen du service d'authentification EU Login.
cpms-login-via-eu-login = Se connecter via EU Login
cpms-training-login-link = Utiliser des comptes sans EU Login (test uniquement)
cpms-landing-members-only = Seuls les membres des ERN et les utilisateurs invités des ERN peuvent être des utilisateurs autorisés du CPMS.
cpms-landing-eu-login-needed = Pour accéder au CPMS, vous devez disposer d'un compte EU Login.
cpms-landing-create-account = Pour créer un compte, cliquez ici.
cpms-landing-request-authorisation = Pour demander l'autorisation d'utiliser le CPMS, cliquez ici.
cpms-landing-help-heading = Aide et assistance
cpms-landing-contact-email = Pour toute question, idée ou suggestion, ou si vous avez besoin d'aide pour résoudre un problème, veuillez contacter ERN-CPMS par courriel à l'adresse { $address }.
cpms-landing-contact-coordinator = Pour toute question, idée ou suggestion, ou si vous avez besoin d'aide pour résoudre un problème, veuillez contacter le coordinateur de votre ERN.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Vous n'avez pas encore de profil CPMS, { $name }.
cpms-dashboard-request-authorisation = Pour demander l'autorisation d'utiliser le CPMS, cliquez ici
cpms-dashboard-request-steps = choisissez votre ERN, votre pays, votre établissement et votre profil d'accès.
cpms-dashboard-user-role = UTILISATEUR : { $name } RÔLE : { $profiles }
cpms-dashboard-request-another = Pour demander une autorisation pour une autre organisation ou un autre profil, cliquez ici

## The pages of CPMS.

cpms-page-organisation-home = Accueil CPMS de l'organisation
cpms-page-panels = Panels
cpms-page-panel-create = Créer un panel
cpms-page-panel-manage = Gérer un panel (inviter, clôturer)
cpms-page-panel-contribute = Contribuer à un panel
cpms-page-kpis = Indicateurs clés (KPI) du réseau
cpms-page-assistance = Demandes d'assistance
cpms-page-reports = Rapports anonymisés

## An organisation's home page.

cpms-organisation-your-profiles = Vos profils ici : { $profiles }
cpms-organisation-guest-access = Accès invité : vous voyez les panels auxquels vous êtes invité et pouvez y contribuer.

## ERN Preferences.

cpms-preferences-welcome = Bienvenue dans le CPMS. Veuillez nous indiquer votre rôle professionnel et les domaines thématiques sur lesquels vous pouvez donner un avis ; tant que vous ne l'avez pas fait, vous n'êtes pas proposé comme spécialiste pour les panels.
cpms-preferences-professional-role = Mon rôle professionnel
cpms-preferences-no-value = [Aucune valeur sélectionnée]
cpms-preferences-thematic-areas = Domaines thématiques ERN
cpms-preferences-specialist-in = Je suis spécialiste en :
cpms-preferences-none = Aucun
cpms-preferences-update = Mettre à jour les préférences ERN
cpms-preferences-role-missing = Choisissez votre rôle professionnel.
cpms-preferences-role-unknown = Choisissez votre rôle professionnel dans la liste.
cpms-preferences-none-and-areas = { $network } : cochez « Aucun » ou des domaines thématiques, mais pas les deux.
cpms-preferences-unknown-area = Domaine thématique inconnu.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Généticien clinicien
cpms-role-dermatologist = Dermatologue
cpms-role-endocrinologist = Endocrinologue
cpms-role-haematologist = Hématologue
cpms-role-hepatologist = Hépatologue
cpms-role-nephrologist = Néphrologue
cpms-role-neurologist = Neurologue
cpms-role-oncologist = Oncologue
cpms-role-ophthalmologist = Ophtalmologue
cpms-role-paediatrician = Pédiatre
cpms-role-pathologist = Pathologiste
cpms-role-pulmonologist = Pneumologue
cpms-role-radiologist = Radiologue
cpms-role-rheumatologist = Rhumatologue
cpms-role-surgeon = Chirurgien
cpms-role-other-physician = Autre médecin
cpms-role-nurse = Infirmier
cpms-role-psychologist = Psychologue
cpms-role-researcher = Chercheur
cpms-role-other-health-professional = Autre professionnel de santé

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Aucun panel à afficher.
cpms-panel = Panel
cpms-thematic-area = Domaine thématique
cpms-panel-lead = Responsable
cpms-panel-status = Statut
cpms-panel-status-open = Ouvert
cpms-panel-status-closed = Clôturé : { $outcome }
cpms-panel-all-panels = Tous les panels
cpms-panel-invited = Spécialistes invités
cpms-panel-invited-none = aucun pour l'instant
cpms-panel-case-summary = Résumé du cas
cpms-panel-title = Titre
cpms-panel-contributions = Contributions
cpms-panel-contributions-none = Aucune contribution pour l'instant.
cpms-panel-comment = Commentaire
cpms-panel-add-comment = Ajouter un commentaire
cpms-panel-invite-heading = Inviter des spécialistes
cpms-panel-no-candidates = Aucun spécialiste ayant « { $area } » dans ses préférences ERN ne peut être invité.
cpms-panel-specialist = Spécialiste
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Inviter le spécialiste
cpms-panel-close = Clôturer le panel
cpms-panel-outcome = Conclusion
cpms-panel-new-no-areas = Ce réseau n'a pas encore de domaines thématiques : aucun panel ne peut donc être créé pour lui.
cpms-panel-new-create = Créer le panel
cpms-panel-new-choose-area = Choisissez un domaine thématique de ce réseau.
cpms-panel-not-invitable = Ce membre ne peut pas être invité : choisissez l'un des spécialistes proposés pour le domaine thématique du panel.
cpms-panel-comment-needed = Rédigez un commentaire (5000 caractères au maximum).
cpms-panel-choose-outcome = Choisissez l'une des conclusions.
cpms-panel-refused-view = Vous ne dirigez pas ce panel, n'y êtes pas invité et ne le gérez pas.
cpms-panel-refused-invite = Seuls le responsable du panel et ses gestionnaires peuvent inviter des spécialistes, et uniquement tant que le panel est ouvert.
cpms-panel-refused-contribute = Seuls les participants du panel peuvent y contribuer, et uniquement tant qu'il est ouvert.
cpms-panel-refused-close = Seuls le responsable du panel et ses gestionnaires peuvent le clôturer, et une seule fois.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnostic confirmé
cpms-outcome-treatment-recommended = Traitement recommandé
cpms-outcome-referred = Orienté vers un autre centre
cpms-outcome-no-consensus = Pas de consensus
cpms-outcome-other = Autre

## A form field's problem. $field is the field's label.

cpms-field-required = Le champ « { $field } » est obligatoire.
cpms-field-too-long = { $max ->
    [one] Le champ « { $field } » doit comporter au plus { $max } caractère.
   *[other] Le champ « { $field } » doit comporter au plus { $max } caractères.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Panels ouverts
cpms-kpis-closed-panels = Panels clôturés
cpms-kpis-members = Membres
cpms-kpis-members-with-preferences = Membres ayant des préférences ERN
cpms-kpis-unassigned = Demandes non encore attribuées
cpms-kpis-pending-access-requests = Demandes d'accès en attente

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, pour le compte du coordinateur
cpms-assistance-none = Aucune demande d'assistance.
cpms-assistance-requested-by = Demandée par { $name }.
cpms-assistance-assigned-to = Attribuée à { $name }.
cpms-assistance-not-assigned = Non attribuée.
cpms-assistance-assign-to = Attribuer à
cpms-assistance-assign = Attribuer
cpms-assistance-new = Nouvelle demande d'assistance
cpms-assistance-subject = Objet
cpms-assistance-details = Détails
cpms-assistance-create = Créer la demande d'assistance
cpms-assistance-required = L'objet et les détails sont obligatoires (200 et 5000 caractères au maximum).
cpms-assistance-choose-member = Choisissez un membre de ce réseau à qui attribuer la demande.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Chiffres uniquement : ni noms, ni adresses électroniques, ni détails des cas.
cpms-reports-by-area = Panels par domaine thématique
cpms-reports-by-outcome = Panels clôturés par conclusion
cpms-reports-panels = Panels
cpms-reports-still-open = Encore ouverts

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Comptes de test
cpms-training-heading = Se connecter avec un compte de test
cpms-training-notice = Formation uniquement : ces comptes et leurs données sont séparés des utilisateurs réels et des données réelles.
cpms-training-account = Compte de test
cpms-training-sign-in = Se connecter avec ce compte de test
cpms-training-account-no-profile = { $username } ({ $name }) : aucun profil CPMS
cpms-training-account-roles = { $username } ({ $name }) : { $roles }
cpms-training-role = { $profile } pour { $organisation }
cpms-training-choose-account = Choisissez l'un des comptes de test.

## Signing in through EU Login.

cpms-sign-in-refused = La réponse d'EU Login n'a pas pu être acceptée. Veuillez vous reconnecter.
cpms-sign-in-two-factors = Le CPMS exige une authentification à deux facteurs (niveau de garantie « substantial » ou « high »). Veuillez vous reconnecter et choisir une méthode de vérification telle que Téléphone mobile + SMS.
cpms-sign-in-training-only = Ce déploiement de formation n'est pas relié à EU Login. Utilisez plutôt les comptes de test.
cpms-sign-in-expired = Cette connexion a expiré ou a déjà été utilisée. Veuillez vous reconnecter.
cpms-sign-in-not-completed = EU Login n'a pas terminé la connexion. Veuillez réessayer.
cpms-sign-in-incomplete = La réponse de connexion est incomplète.

## Forms refused.

cpms-form-not-urlencoded = Les formulaires doivent être envoyés au format application/x-www-form-urlencoded.
cpms-form-other-site = Le formulaire a été envoyé depuis un autre site.
cpms-form-too-large = Le formulaire a envoyé plus de données qu'aucun de nos formulaires n'en a besoin.
cpms-form-unreadable = Le formulaire n'a pas pu être lu.
cpms-form-malformed = Le formulaire est mal formé.
cpms-form-expired = Ce formulaire a expiré ou n'a pas été envoyé depuis nos pages. Revenez en arrière, rechargez la page et réessayez.
cpms-form-wrong-kind = Le formulaire contient un champ du mauvais type.

## Error pages: a title, then a message.

cpms-error-bad-request = Cette requête présente un problème
cpms-error-form-refused = Ce formulaire ne peut pas être accepté
cpms-error-sign-in = Veuillez vous connecter
cpms-error-not-allowed = Votre profil ne permet pas d'accéder à cette page
cpms-error-not-allowed-here = Vos profils dans cette organisation ne comprennent aucun de ceux qu'exige cette page.
cpms-error-not-found = Page introuvable
cpms-error-not-found-text = Il n'y a pas de page à cette adresse.
cpms-error-sign-in-not-completed = Connexion non terminée
cpms-error-unavailable = Service temporairement indisponible
cpms-error-unavailable-text = EU Login ou le CPMS ne peut pas répondre pour le moment. Rien n'a été modifié ; veuillez réessayer dans une minute.
cpms-error-internal = Une erreur s'est produite de notre côté
cpms-error-internal-text = L'erreur a été enregistrée. Veuillez réessayer ; si elle se reproduit, contactez l'assistance.
cpms-error-page = Page
cpms-error-organisation = Organisation
cpms-error-profiles-needed = Profils requis ici pour cette page
cpms-error-profiles-held = Vos profils ici
cpms-error-no-profiles = aucun
cpms-error-request-another-profile = Pour demander l'autorisation d'utiliser le CPMS avec un autre profil, cliquez ici
cpms-error-reference = Référence pour l'assistance :
cpms-error-start-page = Aller à la page d'accueil
