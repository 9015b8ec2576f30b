# Creating an account, the anti-robot check, the privacy statement, confirming a new
# e-mail address.

## "Create an account": the form.

register-title = Créer un compte
register-problem = Un problème est survenu
register-first-name-label = Prénom
register-last-name-label = Nom
register-email-label = Adresse électronique
register-confirm-email-label = Confirmer l'adresse électronique
register-language-label = Langue des courriels
register-privacy-acknowledge = En cochant cette case, vous reconnaissez avoir lu et compris la { $statement }
register-privacy-statement = déclaration de confidentialité
register-submit = Créer un compte
register-robot-intro = Votre navigateur résout une petite énigme pour montrer qu'il n'est pas un robot. Cela nécessite JavaScript et prend une seconde ou deux.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Saisissez votre prénom (100 caractères au maximum).
register-last-name-invalid = Saisissez votre nom (100 caractères au maximum).
register-email-invalid = Saisissez une adresse électronique valide, par exemple name@hospital.eu.
register-emails-differ = Les deux adresses électroniques ne sont pas identiques.
register-language-invalid = Choisissez la langue de vos courriels.
register-privacy-required = Vous devez confirmer avoir pris connaissance de la déclaration de confidentialité.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Consultez votre messagerie
register-mail-sent = Nous avons envoyé un message à { $email }.
register-open-link = Ouvrez le lien qu'il contient dans les 24 heures pour confirmer votre adresse électronique et choisir votre mot de passe.
register-look-in-spam = Si rien n'arrive d'ici quelques minutes, regardez dans votre dossier de courrier indésirable.
register-choose-password = Choisissez votre mot de passe
register-ready-title = Votre compte est prêt
register-ready = Votre adresse électronique { $email } est confirmée et votre mot de passe est défini.
register-already-title = Vous avez déjà un compte
register-already = Un compte existe déjà avec cette adresse électronique. Connectez-vous, ou utilisez « Mot de passe perdu ? ».
register-sign-in = Se connecter

## The anti-robot check.

register-robot-title = Vérification anti-robot
register-robot-checking = Vérification que vous n'êtes pas un robot…
register-robot-done = Vérification que vous n'êtes pas un robot… terminée
register-robot-malformed = La vérification anti-robot est absente ou mal formée.
register-robot-expired = La vérification anti-robot a expiré ; veuillez réessayer.
register-robot-unsolved = La vérification anti-robot n'a pas été résolue.
register-robot-reused = La vérification anti-robot a déjà été utilisée ; veuillez réessayer.
register-robot-other-address = La vérification anti-robot a été faite pour une autre adresse réseau ; veuillez réessayer.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Déclaration de confidentialité
register-privacy-kept = { $site } conserve votre nom, votre adresse électronique, la langue de vos courriels, une empreinte argon2id salée de votre mot de passe et, tant que vous êtes connecté, l'adresse et le nom de votre navigateur, afin de vous connecter aux applications des réseaux européens de référence.
register-privacy-shared = Rien n'est communiqué à des tiers ; la vérification anti-robot s'exécute dans votre navigateur. Les applications auxquelles vous vous connectez ne reçoivent que ce qu'elles demandent et que vous autorisez.

## Confirming a new e-mail address.

register-email-confirm-title = Confirmez votre nouvelle adresse électronique
register-email-confirm-button = Confirmer ma nouvelle adresse électronique
