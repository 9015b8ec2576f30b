# My account: the overview, personal data, sessions, the security history page, deleting
# the account.

## The overview ("My account")

account-title = Mi cuenta
account-name = Nombre
account-email = Correo electrónico
account-email-language = Idioma de los correos electrónicos
account-signed-in-since = Sesión iniciada desde el
account-sign-out = Cerrar sesión
account-change-password = Cambiar la contraseña
account-access-link = Mis accesos a aplicaciones
account-require-mfa = Exigir siempre la autenticación multifactor
account-save = Guardar
account-consents-heading = Aplicaciones que ha autorizado
account-consents-none = Ninguna aplicación le ha pedido todavía su consentimiento.
account-consent-withdraw = Retirar el consentimiento dado a { $name }
account-offline-heading = Aplicaciones con acceso sin conexión
account-offline-hint = Estas aplicaciones pueden actuar en su nombre mientras no tenga la sesión iniciada. Al revocar el acceso, esto termina de inmediato; tendrán que volver a pedirle autorización.
account-offline-none = Ninguna aplicación tiene acceso sin conexión.
account-offline-until = (hasta el { $until }, se renueva mientras se utiliza)
account-offline-revoke = Revocar el acceso sin conexión de { $name }
account-delete = Eliminar mi cuenta
account-delete-warning = Esta acción cierra todas las sesiones y elimina su cuenta y todos los datos que se conservan sobre ella. No se puede deshacer.
account-password = Contraseña
account-back = Volver a Mi cuenta

## Messages on the overview

account-password-changed = Se ha cambiado su contraseña. Se ha cerrado la sesión en los demás navegadores.
account-mfa-on = La autenticación multifactor es ahora obligatoria siempre para su cuenta.
account-mfa-off = La autenticación multifactor ya no es obligatoria siempre.
account-mfa-confirm-first = Para cambiar esta opción, confirme primero con su segundo método de verificación (vuelva a iniciar sesión con él).
account-delete-wrong-password = Esta no es su contraseña: no se ha eliminado la cuenta.
account-delete-confirm-first = Para eliminar la cuenta, confirme primero con su segundo método de verificación (vuelva a iniciar sesión con él).
account-deleted-title = Se ha eliminado su cuenta
account-deleted-text = Se han eliminado su cuenta y todos los datos que se conservaban sobre ella.
account-create = Crear una cuenta

## Personal data

account-details-title = Datos personales
account-details-first-name = Nombre
account-details-last-name = Apellidos
account-details-email-heading = Cambiar mi dirección de correo electrónico
account-details-email-current = Su dirección de correo electrónico es { $email }. Enviaremos un enlace a la nueva dirección; el cambio se hará efectivo cuando lo abra.
account-details-new-email = Nuevo correo electrónico
account-details-send-link = Enviar un enlace de confirmación
account-details-saved = Se han guardado sus datos personales.
account-details-link-sent = Hemos enviado un enlace a { $email }. Ábralo para que pase a ser su dirección de correo electrónico.
account-details-email-changed = Su dirección de correo electrónico es ahora { $email }.
account-details-wrong-password = Esta no es su contraseña.
account-details-email-confirm-first = Para cambiar su dirección de correo electrónico, confirme primero con su segundo método de verificación (vuelva a iniciar sesión con él).
account-details-link-invalid = Este enlace no es válido, ha caducado o ya se ha utilizado.
account-details-name-length = El nombre y los apellidos deben tener entre 1 y 100 caracteres.
account-details-choose-language = Elija el idioma de sus correos electrónicos.
account-details-email-invalid = Introduzca una dirección de correo electrónico válida.
account-details-email-same = Esta ya es su dirección de correo electrónico.
account-details-too-many-mails = Se han solicitado demasiados correos electrónicos. Vuelva a intentarlo dentro de una hora.
account-details-email-taken = Otra cuenta utiliza ahora esta dirección.
account-email-title = Su dirección de correo electrónico
account-go = Ir a Mi cuenta

## Display my sessions

account-sessions-title = Ver mis sesiones
account-sessions-label = Mis sesiones
account-sessions-browser = Navegador
account-sessions-address = Dirección
account-sessions-signed-in = Inicio de sesión
account-sessions-last-activity = Última actividad
account-sessions-applications = Aplicaciones
account-sessions-this-browser = (este navegador)
account-sessions-no-applications = ninguna
account-sessions-end = Cerrar la sesión de { $browser } ({ $started })
account-sessions-end-others = Cerrar todas mis demás sesiones
account-session-ended = Se ha cerrado la sesión.
account-session-already-ended = Esa sesión ya estaba cerrada.
account-other-sessions-ended = Se han cerrado todas las demás sesiones.
account-browser-on-system = { $browser } en { $system }

## Security history

account-history-title = Historial de seguridad
account-history-intro = Todos los cambios en la seguridad de su cuenta, empezando por el más reciente. También se le envió cada uno por correo electrónico.
account-history-none = Nada por ahora.
account-history-when = Fecha
account-history-what = Cambio
account-history-from = Desde la dirección
