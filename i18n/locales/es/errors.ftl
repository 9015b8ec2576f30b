# Error pages (any page that cannot be shown), refused forms, used-up links.

## The error page.

errors-bad-request-title = Esta solicitud presenta un problema
errors-forbidden-title = Este formulario no puede aceptarse
errors-not-found-title = Página no encontrada
errors-not-found = No hay ninguna página en esta dirección.
errors-too-large-title = Demasiados datos
errors-too-large = El formulario ha enviado más datos de los que necesita cualquiera de nuestros formularios.
errors-too-many-requests-title = Demasiadas solicitudes
errors-unavailable-title = Servicio no disponible temporalmente
errors-unavailable = El servicio no puede responder en este momento. No se ha modificado nada; vuelva a intentarlo dentro de un minuto.
errors-internal-title = Se ha producido un error por nuestra parte
errors-internal = El error ha quedado registrado. Vuelva a intentarlo; si vuelve a ocurrir, póngase en contacto con el servicio de asistencia indicando la referencia que figura a continuación.
errors-go-to-start = Ir a la página de inicio
errors-reference = Referencia para el servicio de asistencia:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Los formularios deben enviarse como application/x-www-form-urlencoded.
errors-form-other-site = El formulario se ha enviado desde otro sitio.
errors-form-unreadable = No se ha podido leer el formulario.
errors-form-malformed = El formulario no es válido.
errors-form-expired = Este formulario ha caducado o no se ha enviado desde nuestras páginas. Vuelva atrás, recargue la página y vuelva a intentarlo.
errors-form-wrong-kind = El formulario contiene un campo de un tipo incorrecto.

## Mails and links.

errors-too-many-mails = Se han solicitado demasiados correos electrónicos para esta dirección o desde su red. Vuelva a intentarlo dentro de una hora.
errors-link-invalid-title = Este enlace no puede utilizarse
errors-link-invalid = El enlace no es válido, ha caducado o ya se ha utilizado. Los enlaces de nuestros correos electrónicos funcionan una sola vez.
errors-go-to-sign-in = Ir al inicio de sesión
