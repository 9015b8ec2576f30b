# Access to applications ("My applications access"): the four-step request wizard, the
# requester's list, the approvers' review page, and the mails' description of a request.

## My applications access (the requester's list)

access-my-title = Mis accesos a aplicaciones
access-my-requests-label = Mis solicitudes de acceso
access-none-yet = Todavía no tiene ninguna solicitud de acceso.
access-review-link = Examinar solicitudes de acceso
access-back-to-my = Volver a Mis accesos a aplicaciones

## Column headers and field labels shared by the pages

access-field-application = Aplicación
access-field-organisation = Organización
access-field-profile = Perfil de acceso
access-field-submitted = Enviada el
access-field-status = Estado
access-field-comments = Comentarios
access-field-network = Red
access-field-search = Búsqueda
access-field-reason = Motivo

## The status of a request

access-status-pending = pendiente
access-status-approved = aprobada
access-status-rejected = rechazada
access-status-revoked = revocada
access-status-first-approval = aceptada una vez, a la espera de un segundo aprobador
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Nuevo acceso a una aplicación
access-steps-application = Seleccionar la aplicación
access-steps-organisation = Seleccionar la organización
access-steps-profile = Seleccionar el perfil de acceso
access-steps-recap = Resumen y envío
access-step-1 = Paso 1: seleccione una aplicación
access-step-2 = Paso 2: seleccione una organización
access-step-3 = Paso 3: seleccione un perfil de acceso
access-step-4 = Paso 4: escriba un comentario
access-cancel = Cancelar
access-no-value = [Ningún valor seleccionado]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizaciones
access-per-page = registros por página
access-search-label = Buscar:
access-search-button = Buscar
access-up = Subir un nivel
access-institution = Institución
access-submitted-mark = (solicitud enviada)
access-submitted-note = Las organizaciones marcadas con (solicitud enviada) ya pueden utilizarse para solicitar acceso.
access-open = Abrir
access-details = Detalles
access-details-of = Detalles de { $name }
access-no-match = Ninguna entrada coincide.
access-showing = { $total ->
    [one] Mostrando de { $first } a { $last } de { $total } entrada
   *[other] Mostrando de { $first } a { $last } de { $total } entradas
}
access-network-details = { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
}, { $institutions ->
    [one] { $institutions } institución
   *[other] { $institutions } instituciones
}. Áreas temáticas: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } institución de { $network } en { $country }, y su acceso de invitado.
   *[other] { $institutions } instituciones de { $network } en { $country }, y su acceso de invitado.
}
access-guest-details = Acceso de invitado a { $network } en { $country }, para profesionales sanitarios ajenos a sus instituciones miembro.
access-institution-details = { $institution } en { $country }, miembro de { $network }.
access-pages = Páginas
access-page-number = Página { $number }

## Step 3: select access profile

access-organisation-chosen = Organización:
access-profile-name = Nombre
access-profile-description = Descripción
access-profile-active = activo
access-profile-submitted = solicitud enviada
access-profile-granted = concedido

## Step 4: recap and submission

access-recap-intro = Revise la solicitud elaborada y, a continuación, haga clic en «Enviar solicitud de acceso».
access-summary = Resumen
access-before-submitting = Antes de enviar
access-before-submitting-text = Los administradores validarán la solicitud de acceso a una aplicación; se trata de un proceso manual que puede tardar unos días.
access-submit = Enviar solicitud de acceso
access-submitted-title = Se ha enviado su solicitud
access-submitted-what = Ha solicitado { $profiles } en { $organisation } ({ $application }).
access-submitted-wait = Tenga en cuenta que la aprobación y activación de su cuenta puede tardar entre 1 y 2 días desde el envío de la solicitud. Se le notificará por correo electrónico cuando concluya el proceso de aprobación.

## Why a request is refused

access-select-application = Seleccione una aplicación.
access-select-organisation = Seleccione una organización.
access-select-institution = Seleccione una organización: una institución (o el acceso de invitado) de una red y un país.
access-select-profile = Seleccione al menos un perfil de acceso.
access-not-a-profile = «{ $profile }» no es un perfil de acceso de { $application }.
access-comment-too-long = El comentario debe ser texto sin formato de { $max } caracteres como máximo.
access-already-pending = Ya tiene una solicitud pendiente para { $organisation }; espere a que se tome una decisión.
access-already-pending-here = Ya tiene una solicitud pendiente para esta organización; espere a que se tome una decisión.
access-already-held = Ya tiene el perfil { $profile } para { $organisation }.
access-too-many-requests = { $count ->
    [one] Ha enviado { $count } solicitud en la última hora; espere antes de enviar más.
   *[other] Ha enviado { $count } solicitudes en la última hora; espere antes de enviar más.
}
access-reason-too-long = El motivo debe tener { $max } caracteres como máximo.
access-reason-needed = Indique un motivo: el solicitante lo recibirá por correo electrónico.
access-accepted-already = Ya ha aceptado esta solicitud: también debe aceptarla un segundo aprobador.

## The approvers' review page

access-review-title = Solicitudes de acceso por examinar
access-review-networks = Redes sobre las que decide: { $networks }
access-review-all-networks = todas (administrador)
access-all-networks = Todas las redes
access-review-search-hint = El comienzo del nombre o del correo electrónico de un solicitante, o del nombre o el código de una organización.
access-review-show = Mostrar
access-pending-heading = Solicitudes pendientes
access-pending-none = No hay ninguna solicitud pendiente.
access-reason-hint = Se envía al solicitante; obligatorio para rechazar.
access-accept = Aceptar
access-reject = Rechazar
access-first-page = Primera página
access-pending-pages = Páginas de solicitudes pendientes
access-pending-next = Siguientes solicitudes pendientes
access-granted-heading = Accesos concedidos
access-granted-none = Todavía no se ha concedido ningún acceso.
access-granted-row = { $requester }: { $profiles } en { $organisation }
access-revoke-reason = Motivo de la revocación
access-revoke = Revocar
access-granted-pages = Páginas de accesos concedidos
access-granted-next = Siguientes accesos concedidos
access-deleted-account = (cuenta eliminada)
access-accepted-done = Se ha aceptado la solicitud; se ha informado al solicitante por correo electrónico.
access-rejected-done = Se ha rechazado la solicitud; se ha informado al solicitante por correo electrónico.
access-revoked-done = Se ha revocado el acceso; se ha informado al solicitante por correo electrónico.
access-first-approval-done = Ha aceptado la solicitud. Concede un perfil que aprueba a otras personas, por lo que también debe aceptarla un segundo aprobador; entonces se informará al solicitante.
access-already-decided = Ya se ha tomado una decisión sobre esta solicitud (quizá otro aprobador).
access-revoke-approver-admin = Solo un administrador puede revocar el acceso de un coordinador (un acceso que permite a su titular aprobar a otros). No se ha cambiado nada.
access-not-approver-title = Usted no examina solicitudes de acceso
access-not-approver-text = Las solicitudes de acceso las deciden los coordinadores de cada red y los administradores. Su cuenta no es ninguna de las dos cosas.
access-second-factor-title = Confirme primero con su segundo factor
access-second-factor-text = Decidir sobre solicitudes de acceso concede o retira el acceso a datos de pacientes, por lo que requiere un inicio de sesión con un segundo factor (Teléfono móvil + SMS, una aplicación móvil o un token). No se ha modificado nada.
access-second-factor-link = Confirmar con un segundo factor
