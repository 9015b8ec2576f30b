# Access to applications ("My applications access"): the four-step request wizard, the
# requester's list, the approvers' review page, and the mails' description of a request.

## My applications access (the requester's list)

access-my-title = Mes accès aux applications
access-my-requests-label = Mes demandes d'accès
access-none-yet = Vous n'avez encore aucune demande d'accès.
access-review-link = Examiner les demandes d'accès
access-back-to-my = Retour à Mes accès aux applications

## Column headers and field labels shared by the pages

access-field-application = Application
access-field-organisation = Organisation
access-field-profile = Profil d'accès
access-field-submitted = Envoyée le
access-field-status = Statut
access-field-comments = Commentaires
access-field-network = Réseau
access-field-search = Recherche
access-field-reason = Motif

## The status of a request

access-status-pending = en attente
access-status-approved = approuvée
access-status-rejected = refusée
access-status-revoked = révoquée
access-status-first-approval = acceptée une fois, attend un second approbateur
access-status-with-reason = { $status } : { $reason }

## The wizard ("New application access", four steps)

access-new-title = Nouvel accès à une application
access-steps-application = Sélectionner l'application
access-steps-organisation = Sélectionner l'organisation
access-steps-profile = Sélectionner le profil d'accès
access-steps-recap = Récapitulatif et envoi
access-step-1 = Étape 1 : sélectionner une application
access-step-2 = Étape 2 : sélectionner une organisation
access-step-3 = Étape 3 : sélectionner un profil d'accès
access-step-4 = Étape 4 : saisir un commentaire
access-cancel = Annuler
access-no-value = [Aucune valeur sélectionnée]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organisations
access-per-page = entrées par page
access-search-label = Rechercher :
access-search-button = Rechercher
access-up = Niveau supérieur
access-institution = Établissement
access-submitted-mark = (demande envoyée)
access-submitted-note = Les organisations marquées (demande envoyée) peuvent déjà être utilisées pour demander un accès.
access-open = Ouvrir
access-details = Détails
access-details-of = Détails de { $name }
access-no-match = Aucune entrée ne correspond.
access-showing = { $total ->
    [one] Affichage de { $first } à { $last } sur { $total } entrée
   *[other] Affichage de { $first } à { $last } sur { $total } entrées
}
access-network-details = { $countries ->
    [one] { $countries } pays
   *[other] { $countries } pays
}, { $institutions ->
    [one] { $institutions } établissement
   *[other] { $institutions } établissements
}. Domaines thématiques : { $areas }.
access-country-details = { $institutions ->
    [one] { $network }, { $country } : { $institutions } établissement, ainsi que l'accès invité.
   *[other] { $network }, { $country } : { $institutions } établissements, ainsi que l'accès invité.
}
access-guest-details = Accès invité à { $network } ({ $country }), destiné aux professionnels de santé qui n'exercent pas dans ses établissements membres.
access-institution-details = { $institution } ({ $country }), membre de { $network }.
access-pages = Pages
access-page-number = Page { $number }

## Step 3: select access profile

access-organisation-chosen = Organisation :
access-profile-name = Nom
access-profile-description = Description
access-profile-active = actif
access-profile-submitted = demande envoyée
access-profile-granted = accordé

## Step 4: recap and submission

access-recap-intro = Vérifiez la demande ainsi constituée, puis cliquez sur « Envoyer la demande d'accès ».
access-summary = Récapitulatif
access-before-submitting = Avant l'envoi
access-before-submitting-text = Une demande d'accès à une application est validée par les administrateurs ; il s'agit d'une procédure manuelle qui peut prendre quelques jours.
access-submit = Envoyer la demande d'accès
access-submitted-title = Votre demande a été envoyée
access-submitted-what = Vous avez demandé { $profiles } pour { $organisation } ({ $application }).
access-submitted-wait = Veuillez noter que l'approbation et l'activation de votre compte peuvent prendre 1 à 2 jours après l'envoi de la demande. Vous serez averti par courriel dès que la procédure d'approbation sera terminée.

## Why a request is refused

access-select-application = Sélectionnez une application.
access-select-organisation = Sélectionnez une organisation.
access-select-institution = Sélectionnez une organisation : un établissement (ou l'accès invité) d'un réseau et d'un pays.
access-select-profile = Sélectionnez au moins un profil d'accès.
access-not-a-profile = « { $profile } » n'est pas un profil d'accès de { $application }.
access-comment-too-long = Le commentaire doit être un texte brut de { $max } caractères au maximum.
access-already-pending = Vous avez déjà une demande en attente pour { $organisation } ; attendez la décision.
access-already-pending-here = Vous avez déjà une demande en attente pour cette organisation ; attendez la décision.
access-already-held = Vous détenez déjà le profil { $profile } pour { $organisation }.
access-too-many-requests = { $count ->
    [one] Vous avez envoyé { $count } demande au cours de la dernière heure ; veuillez patienter avant d'en envoyer d'autres.
   *[other] Vous avez envoyé { $count } demandes au cours de la dernière heure ; veuillez patienter avant d'en envoyer d'autres.
}
access-reason-too-long = Le motif doit comporter au maximum { $max } caractères.
access-reason-needed = Indiquez un motif : le demandeur le reçoit par courriel.
access-accepted-already = Vous avez déjà accepté cette demande : un second approbateur doit également l'accepter.

## The approvers' review page

access-review-title = Demandes d'accès à examiner
access-review-networks = Réseaux pour lesquels vous décidez : { $networks }
access-review-all-networks = tous (administrateur)
access-all-networks = Tous les réseaux
access-review-search-hint = Le début du nom ou de l'adresse électronique d'un demandeur, ou du nom ou du code d'une organisation.
access-review-show = Afficher
access-pending-heading = Demandes en attente
access-pending-none = Aucune demande en attente.
access-reason-hint = Envoyé au demandeur ; obligatoire pour refuser.
access-accept = Accepter
access-reject = Refuser
access-first-page = Première page
access-pending-pages = Pages des demandes en attente
access-pending-next = Demandes en attente suivantes
access-granted-heading = Accès accordés
access-granted-none = Aucun accès n'a encore été accordé.
access-granted-row = { $requester } : { $profiles } pour { $organisation }
access-revoke-reason = Motif de la révocation
access-revoke = Révoquer
access-granted-pages = Pages des accès accordés
access-granted-next = Accès accordés suivants
access-deleted-account = (compte supprimé)
access-accepted-done = La demande a été acceptée ; le demandeur en a été informé par courriel.
access-rejected-done = La demande a été refusée ; le demandeur en a été informé par courriel.
access-revoked-done = L'accès a été révoqué ; le demandeur en a été informé par courriel.
access-first-approval-done = Vous avez accepté la demande. Elle donne un profil qui approuve d'autres personnes : un second approbateur doit donc également l'accepter ; le demandeur sera alors informé.
access-already-decided = Une décision a déjà été prise sur cette demande (peut-être par un autre approbateur).
access-revoke-approver-admin = Seul un administrateur peut révoquer l'accès d'un coordinateur (un accès qui permet à son titulaire d'approuver les autres). Rien n'a été modifié.
access-not-approver-title = Vous n'examinez pas de demandes d'accès
access-not-approver-text = Les demandes d'accès sont traitées par les coordinateurs de chaque réseau et par les administrateurs. Votre compte n'est ni l'un ni l'autre.
access-second-factor-title = Confirmez d'abord avec votre second facteur
access-second-factor-text = Statuer sur des demandes d'accès donne ou retire l'accès à des données de patients : cela nécessite donc une connexion avec un second facteur (Téléphone mobile + SMS, une application mobile ou un jeton). Rien n'a été modifié.
access-second-factor-link = Confirmer avec un second facteur
