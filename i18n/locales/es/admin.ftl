# The operators' console at /admin (for administrators). Technical terms stay as they are:
# client id, redirect URI, PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, "idp client add".

## Who may use the console

admin-not-admin-title = Esta consola está reservada a los administradores
admin-not-admin-text = Su cuenta no es de administrador. No se ha mostrado ni modificado nada.
admin-my-account = Mi cuenta
admin-second-factor-title = Confirme primero con su segundo factor
admin-second-factor-text = La consola de operadores actúa sobre las cuentas de otras personas, por lo que requiere un inicio de sesión con un segundo factor.
admin-second-factor-again-title = Vuelva a confirmar con su segundo factor
admin-second-factor-again-text = Su segundo factor se verificó hace más de 15 minutos. Vuelva a confirmarlo y repita la acción: no se ha modificado nada.
admin-second-factor-link = Confirmar con un segundo factor
admin-held-title = Su cuenta está restringida temporalmente

## Shared by the console's pages

admin-back = Volver
admin-back-to-console = Volver a la consola
admin-search = Buscar
admin-first-page = Primera página
admin-next-page = Página siguiente
admin-pages = Páginas
admin-when = Fecha
admin-from = Desde
admin-created = Creación
admin-name = Nombre
admin-email = Correo electrónico
admin-status = Estado

## The console's home page

admin-title = Consola de operadores
admin-home-intro = Sesión iniciada como { $operator }. Todas las acciones que se realizan aquí quedan registradas en el registro de operadores y, cuando afectan a una persona, en su historial de seguridad.
admin-menu-users = Usuarios
admin-menu-users-text = buscar a alguien, desbloquear, cerrar sesiones, retirar un teléfono o dispositivo perdido, desactivar o activar, enviar un correo electrónico de restablecimiento de contraseña
admin-menu-clients = Clientes
admin-menu-clients-text = las aplicaciones en las que las personas inician sesión
admin-menu-keys = Claves de firma
admin-menu-access = Accesos
admin-menu-access-text = solicitudes pendientes y accesos concedidos de todas las redes
admin-menu-log = Registro de operadores

## Users

admin-users-title = Usuarios
admin-users-search-hint = El comienzo de una dirección de correo electrónico, de un nombre o de un apellido, o de «nombre apellido».
admin-users-none = No se ha encontrado ninguna cuenta.
admin-account = Cuenta
admin-user-active = activa
admin-user-disabled = desactivada
admin-user-locked-until = bloqueada tras contraseñas incorrectas hasta el { $until }
admin-user-administrator = administrador
admin-factors = Segundos factores
admin-factors-none = Ninguno.
admin-factor-phone = Teléfono móvil { $number }
admin-factor-phone-unconfirmed = Teléfono móvil { $number } (no confirmado)
admin-factor-device = Dispositivo móvil «{ $name }»
admin-factor-token = Token (aplicación de autenticación)
admin-factor-security-key = Llave de seguridad «{ $name }»
admin-factor-added = { $factor }, añadido el { $added }
admin-factor-remove = Retirar: { $factor }
admin-sessions = Sesiones
admin-sessions-none = No hay ninguna sesión abierta.
admin-session-browser = Navegador
admin-session-address = Dirección
admin-session-started = Inicio de sesión
admin-session-last-activity = Última actividad
admin-session-applications = Aplicaciones
admin-session-no-applications = ninguna
admin-actions = Acciones
admin-unlock = Desbloquear la cuenta
admin-send-reset = Enviar un correo electrónico de restablecimiento de contraseña
admin-end-sessions = Cerrar todas las sesiones
admin-enable = Activar la cuenta
admin-disable = Desactivar la cuenta
admin-history = Historial de seguridad
admin-history-none = Nada por ahora.
admin-history-what = Cambio
admin-back-to-users = Volver a Usuarios

## What an action on an account did

admin-unlocked-title = Cuenta desbloqueada
admin-unlocked-text = { $email } puede volver a iniciar sesión con la contraseña correcta; se le ha informado por correo electrónico.
admin-sessions-ended-title = Todas las sesiones cerradas
admin-sessions-ended-text = Se han cerrado todas las sesiones de { $email } y se ha revocado lo que se había concedido a las aplicaciones.
admin-admin-disable-title = La cuenta de un administrador se desactiva en el servidor
admin-admin-disable-text = Las cuentas de administrador se desactivan con idp user disable en el servidor, no desde la consola.
admin-disabled-title = Cuenta desactivada
admin-disabled-text = { $email } ya no puede iniciar sesión; se han cerrado todas sus sesiones y se han revocado sus tokens.
admin-enabled-title = Cuenta activada
admin-enabled-text = { $email } puede volver a iniciar sesión.
admin-already-disabled-title = Ya desactivada
admin-already-disabled-text = { $email } ya estaba desactivada; no ha cambiado nada.
admin-already-enabled-title = Ya activada
admin-already-enabled-text = { $email } ya estaba activada; no ha cambiado nada.
admin-reset-sent-title = Correo electrónico de restablecimiento de contraseña enviado
admin-reset-sent-text = Se ha enviado por correo electrónico a { $email } un enlace para elegir una nueva contraseña.
admin-no-mail-title = No se ha enviado ningún correo electrónico
admin-no-mail-text = Últimamente se han enviado demasiados correos electrónicos a { $email }; vuelva a intentarlo más tarde.
admin-nothing-removed-title = No se ha retirado nada
admin-nothing-removed-text = La cuenta no tiene ese factor (quizá se haya retirado entretanto).
admin-factor-removed-title = Factor retirado
admin-factor-removed-text = Se ha retirado el factor de la cuenta { $email }; se le ha informado por correo electrónico.

## Clients (the applications that sign people in)

admin-clients-title = Clientes
admin-client-id = Client id
admin-client-kind = Tipo
admin-redirect-uris = Redirect URIs
admin-redirect-uris-hint = Una por línea: https, o http en loopback.
admin-kind-confidential-option = Confidencial (con secreto)
admin-kind-public-option = Público (PKCE, sin secreto)
admin-kind-keys = confidencial (private_key_jwt)
admin-kind-secret = confidencial (secreto)
admin-kind-public = público (PKCE)
admin-client-add = Añadir un cliente
admin-client-add-button = Añadir el cliente
admin-clients-cli-hint = Las claves (private_key_jwt), DPoP, los identificadores por pares (pairwise) y el perfil FAPI 2.0 se configuran en la línea de comandos:
admin-client-title = Cliente { $id }
admin-redirect-uris-save = Guardar las redirect URIs
admin-secret = Secreto
admin-secret-rotate-hint = El secreto actual deja de funcionar de inmediato; el nuevo se muestra una sola vez.
admin-secret-rotate = Renovar el secreto
admin-remove = Retirar
admin-client-remove = Retirar el cliente { $id }
admin-back-to-clients = Volver a Clientes
admin-client-added-title = Cliente añadido
admin-client-added-public = { $id } está registrado como cliente público (PKCE, sin secreto).
admin-secret-rotated-title = Secreto del cliente renovado
admin-secret-shown-once = El secreto de { $id } se muestra solo esta vez; cópielo ahora en la configuración de la aplicación.
admin-client-secret = Secreto del cliente
admin-done = Hecho
admin-uris-saved-title = Redirect URIs guardadas
admin-uris-saved-text = { $id } acepta ahora: { $uris }
admin-client-removed-title = Cliente retirado
admin-client-removed-text = { $id } se ha retirado: sus tokens ya no funcionan en userinfo y ya no puede iniciar la sesión de nadie.
admin-uris-none = se necesita al menos una redirect URI
admin-uris-too-many = { $max ->
    [one] { $max } redirect URI como máximo
   *[other] { $max } redirect URIs como máximo
}
admin-no-such-client = ningún cliente tiene el id { $id }
admin-uris-checked = { $id } utiliza identificadores por pares (pairwise) o el perfil FAPI 2.0, para los que se comprobaron sus redirect URIs: cámbielas con idp client remove e idp client add
admin-no-secret = { $id } no tiene secreto (cliente público, o cliente que firma con sus claves)

## Signing keys

admin-keys-title = Claves de firma
admin-key-id = Key id
admin-key-algorithm = Algoritmo
admin-key-state = Estado
admin-key-signs = firma los tokens
admin-key-retired-published = retirada, aún publicada
admin-key-retired = retirada
admin-key-rotate-heading = Renovar una clave
admin-key-rotate = Renovar la clave de firma
admin-key-rotated-title = Clave de firma renovada
admin-key-rotated-text = Los tokens { $alg } se firman ahora con la clave { $kid }; la clave anterior sigue publicada mientras los tokens que firmó puedan seguir en uso.

## The operators' log

admin-log-title = Registro de operadores
admin-log-label = El registro de operadores
admin-log-search-hint = El comienzo del correo electrónico de un operador, del objeto de la acción o de la propia acción.
admin-log-none = Ninguna entrada.
admin-log-operator = Operador
admin-log-action = Acción
admin-log-target = Objeto
