# Creating an account, the anti-robot check, the privacy statement, confirming a new
# e-mail address.

## "Create an account": the form.

register-title = Crear una cuenta
register-problem = Se ha producido un problema
register-first-name-label = Nombre
register-last-name-label = Apellidos
register-email-label = Correo electrónico
register-confirm-email-label = Confirmar el correo electrónico
register-language-label = Idioma de los correos electrónicos
register-privacy-acknowledge = Al marcar esta casilla, reconoce que ha leído y comprendido la { $statement }
register-privacy-statement = declaración de privacidad
register-submit = Crear una cuenta
register-robot-intro = Su navegador resuelve un pequeño rompecabezas para demostrar que no es un robot. Esto requiere JavaScript y tarda uno o dos segundos.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Introduzca su nombre (100 caracteres como máximo).
register-last-name-invalid = Introduzca sus apellidos (100 caracteres como máximo).
register-email-invalid = Introduzca una dirección de correo electrónico válida, por ejemplo name@hospital.eu.
register-emails-differ = Las dos direcciones de correo electrónico no coinciden.
register-language-invalid = Elija el idioma de sus correos electrónicos.
register-privacy-required = Debe confirmar que ha leído la declaración de privacidad.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Consulte su buzón de correo
register-mail-sent = Hemos enviado un mensaje a { $email }.
register-open-link = Abra el enlace que contiene en un plazo de 24 horas para confirmar su dirección de correo electrónico y elegir su contraseña.
register-look-in-spam = Si no recibe nada en unos minutos, revise su carpeta de correo no deseado.
register-choose-password = Elija su contraseña
register-ready-title = Su cuenta está lista
register-ready = Su dirección de correo electrónico { $email } está confirmada y su contraseña está establecida.
register-already-title = Ya tiene una cuenta
register-already = Ya existe una cuenta con esta dirección de correo electrónico. Inicie sesión o utilice «¿Ha olvidado su contraseña?».
register-sign-in = Iniciar sesión

## The anti-robot check.

register-robot-title = Verificación antirrobot
register-robot-checking = Comprobando que no es un robot…
register-robot-done = Comprobando que no es un robot… hecho
register-robot-malformed = La verificación antirrobot falta o no es válida.
register-robot-expired = La verificación antirrobot ha caducado; vuelva a intentarlo.
register-robot-unsolved = La verificación antirrobot no se ha resuelto.
register-robot-reused = La verificación antirrobot ya se ha utilizado; vuelva a intentarlo.
register-robot-other-address = La verificación antirrobot se realizó para otra dirección de red; vuelva a intentarlo.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Declaración de privacidad
register-privacy-kept = { $site } conserva su nombre, su dirección de correo electrónico, el idioma de sus correos electrónicos, un hash argon2id con sal de su contraseña y, mientras tenga la sesión iniciada, la dirección y el nombre de su navegador, con el fin de permitirle iniciar sesión en las aplicaciones de las Redes Europeas de Referencia.
register-privacy-shared = No se comparte nada con terceros; la verificación antirrobot se ejecuta en su navegador. Las aplicaciones en las que inicia sesión solo reciben lo que solicitan y usted autoriza.

## Confirming a new e-mail address.

register-email-confirm-title = Confirme su nueva dirección de correo electrónico
register-email-confirm-button = Confirmar mi nueva dirección de correo electrónico
