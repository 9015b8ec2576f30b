# Verification methods (second factors): managing them in My account, and the sign-in
# step of each.

## Shared by several pages

factors-sign-in = Se connecter
factors-confirm = Confirmer
factors-try-again = Réessayer
factors-please-try-again = Veuillez réessayer.
factors-delete-named = Supprimer { $name }
factors-added-on = (ajouté le { $date })
factors-hold-notice = Tous les seconds facteurs de votre compte ont été supprimés avec le seul mot de passe. Pour votre sécurité, un nouveau second facteur ne pourra être ajouté qu'à partir du { $until }. Nous avons envoyé un courriel à ce sujet au titulaire du compte.
factors-already-has-factor = Votre compte dispose déjà d'une seconde méthode de vérification.
factors-devices-confirm-first = Pour ajouter ou supprimer un appareil, confirmez d'abord avec celui-ci : reconnectez-vous en le choisissant.
factors-confirm-first = Pour en ajouter ou en supprimer un, confirmez d'abord avec celui-ci : reconnectez-vous en le choisissant.
factors-confirm-recent = Cette modification nécessite une confirmation avec votre seconde méthode de vérification datant de moins de 15 minutes. Confirmez à nouveau, puis recommencez cette étape.
factors-phones-confirm-first = Pour en ajouter ou en supprimer un, confirmez d'abord avec Téléphone mobile + SMS.
factors-confirm-current-first = Confirmez d'abord avec votre seconde méthode de vérification actuelle (reconnectez-vous en la choisissant).
factors-mfa-add-first = Ajoutez d'abord un numéro de téléphone mobile ou un jeton.
factors-held = Tous les seconds facteurs de ce compte ont été supprimés avec le seul mot de passe : pour votre sécurité, un nouveau second facteur ne peut pas encore être ajouté. Consultez le courriel que nous avons envoyé.
factors-held-code = Un second facteur a été ajouté à ce compte avec un code de récupération : par sécurité, jusqu'au { $until }, aucun second facteur ne peut être ajouté ni supprimé, aucun code de récupération ne peut être généré, l'adresse électronique ne peut pas être modifiée et le compte ne peut pas être supprimé. Consultez le courriel que nous avons envoyé.
factors-code-not-enough = Un code de récupération permet d'ajouter une méthode de vérification, rien de plus : pour en supprimer une ou modifier votre adresse électronique, vos codes de récupération ou votre compte, reconnectez-vous avec une seconde méthode de vérification que vous possédez.
factors-too-many-codes = Trop de codes erronés. Patientez 15 minutes avant de réessayer.

## The method names and what they do

factors-choose-method = Choisissez votre méthode de vérification
factors-level-high = { $app } exige le niveau de connexion le plus élevé (niveau « { $level } ») : une clé de sécurité ou une clé d'accès qui vérifie votre code PIN, votre empreinte digitale ou votre visage. Elle ne peut pas être utilisée sur un autre site, ce qui vous protège contre l'hameçonnage.
factors-level-substantial = { $app } exige une connexion renforcée (niveau « { $level } ») : votre mot de passe et une seconde méthode de vérification.
factors-method-key-hint-high = Confirmez avec son code PIN, votre empreinte digitale ou votre visage lorsque cela vous est demandé.
factors-no-key = Votre compte n'a ni clé de sécurité ni clé d'accès : vous ne pouvez donc pas encore atteindre ce niveau.
factors-no-key-add = Pour continuer vers { $app }, ajoutez-en une (une clé de sécurité, ou l'authentificateur intégré à votre appareil), puis revenez :
factors-no-factor = Votre compte n'a pas encore de seconde méthode de vérification : vous ne pouvez donc pas continuer vers { $app }.
factors-no-factor-add = Ajoutez-en une sur l'une de ces pages, puis revenez :
factors-cancel = Annuler et revenir à { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Gérer mes numéros de téléphone mobile
factors-phones-none = Vous n'avez pas encore de numéro de téléphone mobile.
factors-phone-confirmed = (confirmé)
factors-phone-not-confirmed = (pas encore confirmé)
factors-phones-confirm-number = Confirmer le { $number }
factors-sms-enter-challenge = Saisissez le code de confirmation envoyé par SMS sur votre téléphone mobile. Le message peut mettre plusieurs minutes à arriver.
factors-sms-challenge-label = Code de confirmation SMS
factors-phones-add = Ajouter un numéro de téléphone mobile
factors-mobile-phone-label = Téléphone mobile
factors-phone-hint = Format international avec l'indicatif du pays, par exemple pour la Belgique : +32 123 45 67 89
factors-sms-title = Authentification par code de confirmation SMS
factors-sms-number-label = Numéro de téléphone mobile
factors-too-many-sms = Trop de SMS ont été demandés pour ce compte, ce numéro ou ce réseau. Veuillez réessayer dans une heure.
factors-sms-sent = Nous avons envoyé un code de confirmation SMS au { $number }.
factors-phone-added = Le { $number } est confirmé. Vous pouvez désormais l'utiliser pour vous connecter avec Téléphone mobile + SMS.
factors-phone-deleted = Le numéro a été supprimé.
factors-sms-wrong = { $count ->
    [one] Ce n'est pas le code de confirmation SMS que nous avons envoyé. Il vous reste { $count } essai.
   *[other] Ce n'est pas le code de confirmation SMS que nous avons envoyé. Il vous reste { $count } essais.
}
factors-sms-expired = Ce code a expiré ou est épuisé (trop d'essais erronés). Demandez-en un nouveau.
factors-phone-format = Saisissez le numéro au format international, avec l'indicatif du pays, par exemple pour la Belgique : +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Un compte peut avoir au plus { $count } numéro de téléphone mobile.
   *[other] Un compte peut avoir au plus { $count } numéros de téléphone mobile.
}
factors-phone-already-confirmed = Ce numéro est déjà confirmé pour votre compte.
factors-phone-not-yours = Ce numéro ne fait pas partie des numéros de téléphone mobile confirmés de votre compte.

## Tokens (authenticator apps)

factors-tokens-title = Gérer mes jetons
factors-tokens-intro = Un jeton est une application d'authentification (ou un jeton matériel) qui affiche un nouveau code à 6 chiffres toutes les 30 secondes.
factors-token-added-on = Jeton ajouté le { $date }
factors-token-delete = Supprimer le jeton ajouté le { $date }
factors-tokens-add = Ajouter un jeton
factors-tokens-scan = Scannez ce code QR avec votre application d'authentification, ou saisissez-y la clé secrète.
factors-tokens-qr-label = Code QR de la clé du jeton
factors-tokens-secret = Clé secrète :
factors-token-code-label = Code du jeton
factors-tokens-confirm = Confirmer le jeton
factors-token-enter = Saisissez le code que votre application d'authentification ou votre jeton affiche maintenant.
factors-token-added = Votre jeton est ajouté. Vous pouvez désormais vous connecter avec celui-ci.
factors-token-deleted = Le jeton a été supprimé.
factors-token-enrolment-expired = L'enregistrement a expiré. Recommencez.
factors-token-wrong-try-next = Ce n'est pas le code que votre jeton affiche maintenant. Essayez le suivant.
factors-token-used = Ce code a déjà été utilisé. Attendez le suivant.
factors-token-wrong = Ce n'est pas le code que votre jeton affiche maintenant.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Gérer mes appareils mobiles
factors-devices-none = Vous n'avez pas encore d'appareil mobile.
factors-devices-add = Ajouter un appareil
factors-devices-scan = Ouvrez l'application mobile et scannez ce code QR. Il ne fonctionne qu'une fois, pendant 10 minutes.
factors-devices-qr-label = Code QR du lien d'enregistrement
factors-devices-link = Sans appareil photo, donnez ce lien à l'application :
factors-panic-title = Supprimer tous mes appareils (PANIC)
factors-panic-explained = Si un téléphone sur lequel l'application est installée a été perdu ou volé : tous les appareils et jetons sont supprimés d'un coup et toutes les sessions, y compris celle-ci, sont fermées.
factors-device-deleted = L'appareil a été supprimé.
factors-panic-done-title = Tous vos appareils ont été supprimés
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] { $devices } appareil mobile et { $tokens } jeton ont été supprimés et toutes les sessions ont été fermées.
       *[other] { $devices } appareil mobile et { $tokens } jetons ont été supprimés et toutes les sessions ont été fermées.
    }
   *[other] { $tokens ->
        [one] { $devices } appareils mobiles et { $tokens } jeton ont été supprimés et toutes les sessions ont été fermées.
       *[other] { $devices } appareils mobiles et { $tokens } jetons ont été supprimés et toutes les sessions ont été fermées.
    }
}
factors-panic-held = Vous avez confirmé cette action avec votre seul mot de passe : pour votre sécurité, un nouvel appareil ou jeton ne pourra être ajouté qu'à partir du { $until }. Nous vous avons envoyé un courriel à ce sujet, avec un lien pour sécuriser votre compte si ce n'était pas vous.
factors-panic-mailed = Nous vous avons envoyé un courriel à ce sujet. Reconnectez-vous pour ajouter un nouvel appareil.
factors-panic-wrong-password = Ce n'est pas votre mot de passe : rien n'a été supprimé.
factors-panic-confirm-first = Votre compte conserve un numéro de téléphone mobile confirmé : confirmez d'abord avec Téléphone mobile + SMS.
factors-app-start-explained = Nous envoyons une demande de connexion à l'application de votre appareil mobile. Cette page affiche ensuite un nombre : sélectionnez-le dans l'application et saisissez votre code PIN.
factors-app-send = Envoyer la demande à mon application mobile
factors-app-pick = Ouvrez l'application sur votre appareil mobile, sélectionnez ce nombre et saisissez votre code PIN :
factors-app-number-label = Le nombre à sélectionner dans l'application
factors-app-waiting = En attente de votre appareil mobile. Cette page se poursuit d'elle-même dès que vous avez répondu dans l'application.
factors-app-answered = J'ai répondu dans l'application : continuer
factors-app-no-device = Votre compte n'a pas d'appareil mobile. Ajoutez-en un dans « Gérer mes appareils mobiles ».
factors-app-already-waiting = Une demande de connexion attend déjà dans votre application mobile. Répondez-y dans l'application, ou attendez deux minutes qu'elle expire.
factors-app-too-many = Trop de demandes de connexion ont été envoyées à votre application mobile au cours de cette heure. Choisissez une autre méthode de vérification, ou réessayez plus tard.
factors-app-request-unknown = Cette demande de connexion est inconnue ou terminée.
factors-app-request-expired = La demande a expiré avant que l'application ne réponde.
factors-app-request-ended = Cette demande de connexion est terminée.
factors-app-refused-wrong-number = La connexion a été refusée : un mauvais nombre a été sélectionné dans l'application.
factors-app-refused-denied = La connexion a été refusée : elle a été rejetée dans l'application.
factors-app-qr-scan = Scannez ce code QR avec l'application mobile (elle fonctionne hors ligne) et saisissez le mot de passe à usage unique qu'elle affiche.
factors-app-qr-label = Code QR du défi { $challenge }
factors-app-qr-challenge = Défi :
factors-otp-label = Mot de passe à usage unique
factors-app-qr-new = Afficher un nouveau code QR
factors-qr-ended = Ce défi est terminé. Demandez-en un nouveau.
factors-qr-too-many = Trop de mots de passe à usage unique erronés. Patientez 15 minutes, ou choisissez une autre méthode de vérification.
factors-qr-wrong = { $count ->
    [one] Ce n'est pas le mot de passe à usage unique affiché par l'application. Il vous reste { $count } essai.
   *[other] Ce n'est pas le mot de passe à usage unique affiché par l'application. Il vous reste { $count } essais.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Gérer mes clés de sécurité et clés d'accès
factors-keys-intro = Une clé de sécurité (USB, NFC) ou l'authentificateur intégré à votre appareil (module de plateforme sécurisée TPM, Windows Hello, Touch ID, verrouillage d'écran d'un téléphone) prouve que c'est bien vous et ne peut pas être utilisé sur un autre site : il vous protège contre l'hameçonnage. Avec son code PIN ou votre empreinte digitale, il atteint le niveau le plus élevé, « high », et peut vous connecter sans mot de passe (clé d'accès).
factors-keys-none = Aucune clé de sécurité ni clé d'accès pour l'instant.
factors-keys-yours = Vos clés de sécurité et clés d'accès
factors-keys-name = Nom
factors-keys-added = Date d'ajout
factors-keys-last-used = Dernière utilisation
factors-keys-action = Action
factors-keys-never-used = jamais
factors-keys-add = Ajouter une clé de sécurité ou une clé d'accès
factors-keys-name-label = Nom de la clé
factors-keys-name-placeholder = par ex. Clé USB bleue, Ordinateur portable professionnel
factors-keys-needs-script = L'ajout d'une clé de sécurité nécessite JavaScript : votre navigateur communique avec la clé.
factors-key-added = La clé de sécurité « { $name } » a été ajoutée.
factors-key-deleted = La clé de sécurité a été supprimée.
factors-key-explained = Utilisez votre clé de sécurité enregistrée ou l'authentificateur intégré à votre appareil pour vérifier votre identité. Insérez ou touchez la clé, ou confirmez avec votre code PIN, votre empreinte digitale ou votre visage, lorsque votre navigateur vous le demande.
factors-key-use = Utiliser ma clé de sécurité
factors-key-needs-script = La connexion avec une clé de sécurité nécessite JavaScript : votre navigateur communique avec la clé.
factors-key-none-add = Votre compte n'a pas encore de clé de sécurité : ajoutez-en une dans Mon compte, Gérer mes clés de sécurité et clés d'accès.
factors-key-none = Votre compte n'a pas encore de clé de sécurité.
factors-key-expired = La demande a expiré ou a déjà été utilisée. Réessayez.
factors-key-refused = La réponse de cette clé n'a pas pu être vérifiée. Utilisez une clé enregistrée pour votre compte.
factors-key-cloned = Cette clé a été refusée : elle a peut-être été copiée. Nous avons prévenu le titulaire du compte par courriel. Utilisez une autre méthode.
factors-passkey-expired = La demande de clé d'accès a expiré ou a déjà été utilisée. Réessayez.
factors-passkey-refused = Cette clé d'accès n'est pas enregistrée chez nous. Connectez-vous avec votre adresse électronique et votre mot de passe.
factors-passkey-cloned = Cette clé d'accès a été refusée : elle a peut-être été copiée. Nous avons prévenu le titulaire du compte par courriel.
factors-keys-max = { $count ->
    [one] Un compte peut avoir { $count } clé de sécurité ou clé d'accès ; supprimez-la d'abord.
   *[other] Un compte peut avoir { $count } clés de sécurité ou clés d'accès ; supprimez-en d'abord une.
}
factors-key-name-length = { $count ->
    [one] Donnez à la clé un nom de 1 à { $count } caractère.
   *[other] Donnez à la clé un nom de 1 à { $count } caractères.
}
factors-key-request-expired = Cette demande a expiré ou a déjà été utilisée : ajoutez à nouveau la clé.
factors-key-malformed = La réponse de la clé est mal formée.
factors-key-unverified = La réponse de la clé n'a pas pu être vérifiée pour ce site. Réessayez.
factors-key-registered = Cette clé est déjà enregistrée.

## Recovery codes

factors-codes-title = Mes codes de récupération
factors-codes-intro = Si vous perdez votre téléphone, votre jeton et vos clés de sécurité, un code de récupération vous permet de vous connecter jusqu'à Mon compte pour ajouter une nouvelle méthode de vérification. Chaque code ne fonctionne qu'une fois. Conservez-les en lieu sûr, à l'écart de votre mot de passe : imprimés, ou dans un gestionnaire de mots de passe.
factors-codes-new = Voici vos nouveaux codes de récupération. Ils ne sont affichés que cette fois-ci : notez-les ou imprimez-les maintenant. Les anciens ne fonctionnent plus.
factors-codes-left = { $count ->
    [one] Il vous reste { $count } code de récupération inutilisé (créé le { $date }).
   *[other] Il vous reste { $count } codes de récupération inutilisés (créés le { $date }).
}
factors-codes-none = Vous n'avez pas encore de codes de récupération.
factors-codes-generate-new = Générer de nouveaux codes de récupération
factors-codes-generate = Générer des codes de récupération
factors-codes-add-first = Ajoutez d'abord une seconde méthode de vérification : les codes de récupération la remplacent en cas de perte.
factors-codes-need-real-factor = Un code de récupération ne permet pas de créer de nouveaux codes de récupération. Reconnectez-vous avec une seconde méthode de vérification (ajoutez-en d'abord une si vous n'en avez plus), puis générez-les.
factors-code-wrong = Ce n'est pas l'un de vos codes de récupération, ou il a déjà été utilisé.
factors-code-sign-in-again = Un code de récupération ne vaut que dans les 15 minutes qui suivent la connexion avec votre mot de passe. Votre code n'a pas été utilisé : déconnectez-vous, reconnectez-vous avec votre mot de passe, puis saisissez le code.
factors-code-lapsed = Les 15 minutes pour ajouter une méthode de vérification avec votre code de récupération sont écoulées. Déconnectez-vous, puis reconnectez-vous avec votre mot de passe et un autre code de récupération.
factors-recovery-code = Code de récupération
factors-recovery-code-explained = Saisissez l'un de vos codes de récupération. Il vous donne accès à Mon compte pour ajouter une nouvelle méthode de vérification ; il ne vous connecte pas aux applications.
factors-recovery-continue = Continuer vers Mon compte

## "Secure my account"

factors-secure-title = Sécuriser mon compte
factors-secure-explained = Tous les seconds facteurs du compte { $email } ont été supprimés par une personne connectée avec son seul mot de passe. Si ce n'était pas vous, quelqu'un connaît votre mot de passe.
factors-secure-what = Sécuriser le compte supprime son mot de passe, ferme toutes les sessions et révoque l'accès de toutes les applications. Vous choisissez ensuite un nouveau mot de passe avec « Mot de passe perdu ? », via votre messagerie.
factors-link-dead-title = Ce lien ne peut pas être utilisé
factors-link-dead-text = Il a déjà été utilisé ou a expiré. Si vous pensez que quelqu'un connaît votre mot de passe, choisissez-en un nouveau avec « Mot de passe perdu ? ».
factors-secured-title = Votre compte est sécurisé
factors-secured-text = Son mot de passe a été supprimé, toutes les sessions ont été fermées et l'accès de toutes les applications a été révoqué.
factors-secured-next = Choisissez dès maintenant un nouveau mot de passe avec « Mot de passe perdu ? » : le lien sera envoyé dans votre messagerie.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Le serveur n'a pas pu lancer la demande. Rechargez la page et réessayez.
factors-script-unsupported = Ce navigateur ne peut pas utiliser de clés de sécurité ni de clés d'accès. Utilisez un navigateur à jour, ou une autre méthode de vérification.
factors-script-cancelled = La demande a été annulée ou a expiré. Réessayez.
factors-script-no-answer = La clé n'a pas répondu. Réessayez.
factors-script-name-first = Donnez d'abord un nom à la clé.
