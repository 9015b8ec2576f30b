# Signing in to applications (OpenID Connect): consent, sign-out, the way back to the
# application, sign-in requests that cannot be used.

## Consent: an application asks to use the account.

oidc-consent-title = ¿Autorizar a { $app }?
oidc-consent-heading = { $app } solicita utilizar su cuenta
oidc-consent-intro = Si lo autoriza, { $app } recibirá:
oidc-consent-withdraw = Puede retirar esta autorización en cualquier momento en Mi cuenta.
oidc-consent-allow = Autorizar
oidc-consent-deny = Denegar

## What an application receives.

oidc-scope-subject = un identificador estable de su cuenta (no su dirección de correo electrónico)
oidc-scope-profile = su nombre y su idioma preferido
oidc-scope-email = su dirección de correo electrónico
oidc-scope-phone = su número de teléfono móvil confirmado
oidc-scope-offline = acceso mientras no tenga la sesión iniciada (hasta que lo retire)

## Sign-out.

oidc-logout-title = Cerrar sesión
oidc-logout-asks = { $app } solicita cerrar su sesión.
oidc-logout-explain = Al cerrar la sesión, se cierra su sesión de { $site } en este navegador y se informa a las aplicaciones en las que inició sesión con ella.
oidc-logout-submit = Cerrar sesión
oidc-logout-request-unusable = Esta solicitud de cierre de sesión no puede utilizarse
oidc-logout-done-title = Ha cerrado la sesión
oidc-logout-not-signed-in = No tiene la sesión iniciada en este navegador.
oidc-logout-malformed = La solicitud de cierre de sesión no es válida.
oidc-logout-foreign-token = La solicitud de cierre de sesión contiene un token de identidad (ID token) que no hemos emitido.
oidc-logout-two-applications = La solicitud de cierre de sesión menciona dos aplicaciones diferentes.
oidc-logout-unregistered-address = La aplicación ha solicitado enviarle a una dirección que no tiene registrada.

## The page that sends the answer back to the application.

oidc-returning-title = Volviendo a la aplicación
oidc-returning-no-script = JavaScript está desactivado: pulse el botón para volver a la aplicación.
oidc-returning-continue = Continuar a la aplicación

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Esta solicitud de inicio de sesión no puede utilizarse
oidc-request-expired-title = Esta solicitud de inicio de sesión ha caducado
oidc-start-again = Vuelva a la aplicación y empiece de nuevo.
oidc-other-browser-title = Esta solicitud de inicio de sesión se inició en otro navegador
oidc-other-browser = Por su seguridad, un inicio de sesión solo puede continuar en el navegador en el que comenzó. Vuelva a la aplicación y empiece de nuevo.
oidc-request-malformed = La solicitud de inicio de sesión no es válida.
oidc-go-to-account = Ir a Mi cuenta
oidc-changed-in-another-tab = Esta solicitud de inicio de sesión se ha completado o modificado en otra pestaña. Vuelva a la aplicación y empiece de nuevo.
oidc-unknown-application = La aplicación que le ha enviado aquí no está registrada en nuestro servicio.
oidc-unregistered-return-address = { $app } le ha enviado aquí con una dirección de retorno que no tiene registrada, por lo que no podemos devolverle a ella.
oidc-request-used = Esta solicitud de inicio de sesión ha caducado o ya se ha utilizado. Vuelva a la aplicación y empiece de nuevo.
oidc-request-not-accepted = { $app } ha enviado una solicitud de inicio de sesión que no podemos aceptar ({ $reason }).
oidc-application-gone = La aplicación ya no está registrada.
oidc-other-account = Esta solicitud de inicio de sesión se inició para otra cuenta. Vuelva a la aplicación y empiece de nuevo.
oidc-already-completed = Esta solicitud de inicio de sesión ya se ha completado.
