# CPMS, the Clinical Patient Management System. "CPMS", "ERN", "ERN-CPMS" and "EU Login"
# are names: kept as they are.

## The frame of every CPMS page: header and navigation.

cpms-tagline = Sistema de Gestión Clínica de Pacientes de las Redes Europeas de Referencia
cpms-training-banner = El MODO DE FORMACIÓN está activado: no apto para datos de pacientes (solo cuentas de prueba).
cpms-dashboard = Escritorio
cpms-preferences = Preferencias ERN
cpms-sign-out = Cerrar sesión
cpms-go-to-dashboard = Ir a su escritorio

## The start page (before signing in).

cpms-landing-title = Sistema de Gestión Clínica de Pacientes
cpms-landing-heading = Sistema de Gestión Clínica de Pacientes (CPMS)
cpms-landing-platform = Plataforma informática para consultas clínicas entre miembros de las ERN.
cpms-landing-aim = El CPMS tiene por objeto ayudar a las ERN a mejorar el diagnóstico y el tratamiento de las enfermedades complejas raras o de baja prevalencia más allá de las fronteras nacionales de los Estados miembros de Europa.
cpms-landing-browsers-heading = Navegadores compatibles
cpms-landing-browsers = Asegúrese de utilizar la última versión de Google Chrome, Firefox o Safari para disponer de todas las funcionalidades del CPMS.
cpms-landing-secure-login-heading = Inicio de sesión seguro
cpms-landing-login-through-eu-login = Puede iniciar sesión en el CPMS ERN a través del servicio de autenticación EU Login.
cpms-login-via-eu-login = Iniciar sesión mediante EU Login
cpms-training-login-link = Utilizar usuarios sin EU Login (solo pruebas)
cpms-landing-members-only = Solo los miembros de las ERN y los usuarios invitados de las ERN pueden ser usuarios autorizados del CPMS.
cpms-landing-eu-login-needed = Para acceder al CPMS necesita una cuenta EU Login.
cpms-landing-create-account = Para crear una cuenta, haga clic aquí.
cpms-landing-request-authorisation = Para solicitar autorización para utilizar el CPMS, haga clic aquí.
cpms-landing-help-heading = Ayuda y asistencia
cpms-landing-contact-email = Si tiene alguna pregunta, idea o sugerencia, o necesita ayuda con un problema, póngase en contacto con ERN-CPMS por correo electrónico en { $address }.
cpms-landing-contact-coordinator = Si tiene alguna pregunta, idea o sugerencia, o necesita ayuda con un problema, póngase en contacto con el coordinador de su ERN.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Todavía no tiene ningún perfil CPMS, { $name }.
cpms-dashboard-request-authorisation = Para solicitar autorización para utilizar el CPMS, haga clic aquí
cpms-dashboard-request-steps = elija su ERN, país, institución y perfil de acceso.
cpms-dashboard-user-role = USUARIO: { $name } FUNCIÓN: { $profiles }
cpms-dashboard-request-another = Para solicitar autorización para otra organización u otro perfil, haga clic aquí

## The pages of CPMS.

cpms-page-organisation-home = Página de inicio CPMS de la organización
cpms-page-panels = Paneles
cpms-page-panel-create = Crear un panel
cpms-page-panel-manage = Gestionar un panel (invitar, cerrar)
cpms-page-panel-contribute = Contribuir a un panel
cpms-page-kpis = Indicadores clave (KPI) de la red
cpms-page-assistance = Solicitudes de asistencia
cpms-page-reports = Informes anonimizados

## An organisation's home page.

cpms-organisation-your-profiles = Sus perfiles aquí: { $profiles }
cpms-organisation-guest-access = Acceso de invitado: ve los paneles a los que está invitado y puede contribuir a ellos.

## ERN Preferences.

cpms-preferences-welcome = Bienvenido al CPMS. Indíquenos su función profesional y las áreas temáticas sobre las que puede asesorar; mientras no lo haga, no se le propondrá como especialista para los paneles.
cpms-preferences-professional-role = Mi función profesional
cpms-preferences-no-value = [Ningún valor seleccionado]
cpms-preferences-thematic-areas = Áreas temáticas ERN
cpms-preferences-specialist-in = Soy especialista en:
cpms-preferences-none = Ninguna
cpms-preferences-update = Actualizar las preferencias ERN
cpms-preferences-role-missing = Elija su función profesional.
cpms-preferences-role-unknown = Elija su función profesional de la lista.
cpms-preferences-none-and-areas = { $network }: marque «Ninguna» o áreas temáticas, pero no ambas cosas.
cpms-preferences-unknown-area = Área temática desconocida.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Genetista clínico
cpms-role-dermatologist = Dermatólogo
cpms-role-endocrinologist = Endocrinólogo
cpms-role-haematologist = Hematólogo
cpms-role-hepatologist = Hepatólogo
cpms-role-nephrologist = Nefrólogo
cpms-role-neurologist = Neurólogo
cpms-role-oncologist = Oncólogo
cpms-role-ophthalmologist = Oftalmólogo
cpms-role-paediatrician = Pediatra
cpms-role-pathologist = Patólogo
cpms-role-pulmonologist = Neumólogo
cpms-role-radiologist = Radiólogo
cpms-role-rheumatologist = Reumatólogo
cpms-role-surgeon = Cirujano
cpms-role-other-physician = Otro médico
cpms-role-nurse = Enfermero
cpms-role-psychologist = Psicólogo
cpms-role-researcher = Investigador
cpms-role-other-health-professional = Otro profesional sanitario

## Panels: a case discussed by specialists of a network.

cpms-panels-none = No hay paneles que mostrar.
cpms-panel = Panel
cpms-thematic-area = Área temática
cpms-panel-lead = Responsable
cpms-panel-status = Estado
cpms-panel-status-open = Abierto
cpms-panel-status-closed = Cerrado: { $outcome }
cpms-panel-all-panels = Todos los paneles
cpms-panel-invited = Especialistas invitados
cpms-panel-invited-none = ninguno por ahora
cpms-panel-case-summary = Resumen del caso
cpms-panel-title = Título
cpms-panel-contributions = Contribuciones
cpms-panel-contributions-none = Todavía no hay contribuciones.
cpms-panel-comment = Comentario
cpms-panel-add-comment = Añadir comentario
cpms-panel-invite-heading = Invitar a especialistas
cpms-panel-no-candidates = No se puede invitar a ningún especialista que tenga «{ $area }» en sus preferencias ERN.
cpms-panel-specialist = Especialista
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Invitar al especialista
cpms-panel-close = Cerrar el panel
cpms-panel-outcome = Resultado
cpms-panel-new-no-areas = Esta red todavía no tiene áreas temáticas, por lo que no se puede crear ningún panel para ella.
cpms-panel-new-create = Crear el panel
cpms-panel-new-choose-area = Elija un área temática de esta red.
cpms-panel-not-invitable = No se puede invitar a este miembro: elija uno de los especialistas propuestos para el área temática del panel.
cpms-panel-comment-needed = Escriba un comentario (5000 caracteres como máximo).
cpms-panel-choose-outcome = Elija uno de los resultados.
cpms-panel-refused-view = Usted no dirige este panel, no está invitado a él ni lo gestiona.
cpms-panel-refused-invite = Solo el responsable del panel y sus gestores pueden invitar, y solo mientras esté abierto.
cpms-panel-refused-contribute = Solo los participantes del panel pueden contribuir, y solo mientras esté abierto.
cpms-panel-refused-close = Solo el responsable del panel y sus gestores pueden cerrarlo, y una sola vez.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnóstico confirmado
cpms-outcome-treatment-recommended = Tratamiento recomendado
cpms-outcome-referred = Derivado a otro centro
cpms-outcome-no-consensus = Sin consenso
cpms-outcome-other = Otro

## A form field's problem. $field is the field's label.

cpms-field-required = El campo «{ $field }» es obligatorio.
cpms-field-too-long = { $max ->
    [one] El campo «{ $field }» debe tener como máximo { $max } carácter.
   *[other] El campo «{ $field }» debe tener como máximo { $max } caracteres.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Paneles abiertos
cpms-kpis-closed-panels = Paneles cerrados
cpms-kpis-members = Miembros
cpms-kpis-members-with-preferences = Miembros con preferencias ERN
cpms-kpis-unassigned = Solicitudes aún no asignadas
cpms-kpis-pending-access-requests = Solicitudes de acceso pendientes

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, en nombre del coordinador
cpms-assistance-none = No hay solicitudes de asistencia.
cpms-assistance-requested-by = Solicitada por { $name }.
cpms-assistance-assigned-to = Asignada a { $name }.
cpms-assistance-not-assigned = Sin asignar.
cpms-assistance-assign-to = Asignar a
cpms-assistance-assign = Asignar
cpms-assistance-new = Nueva solicitud de asistencia
cpms-assistance-subject = Asunto
cpms-assistance-details = Detalles
cpms-assistance-create = Crear la solicitud de asistencia
cpms-assistance-required = El asunto y los detalles son obligatorios (200 y 5000 caracteres como máximo).
cpms-assistance-choose-member = Elija un miembro de esta red al que asignar la solicitud.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Solo recuentos: sin nombres, direcciones de correo electrónico ni detalles de los casos.
cpms-reports-by-area = Paneles por área temática
cpms-reports-by-outcome = Paneles cerrados por resultado
cpms-reports-panels = Paneles
cpms-reports-still-open = Aún abiertos

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Cuentas de prueba
cpms-training-heading = Iniciar sesión con una cuenta de prueba
cpms-training-notice = Solo para formación: estas cuentas y sus datos se mantienen separados de los usuarios reales y de los datos reales.
cpms-training-account = Cuenta de prueba
cpms-training-sign-in = Iniciar sesión con esta cuenta de prueba
cpms-training-account-no-profile = { $username } ({ $name }): sin perfil CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } en { $organisation }
cpms-training-choose-account = Elija una de las cuentas de prueba.

## Signing in through EU Login.

cpms-sign-in-refused = No se ha podido aceptar la respuesta de EU Login. Vuelva a iniciar sesión.
cpms-sign-in-two-factors = El CPMS requiere la autenticación de dos factores (nivel de garantía «substantial» o «high»). Vuelva a iniciar sesión y elija un método de verificación como Teléfono móvil + SMS.
cpms-sign-in-training-only = Esta instalación de formación no está conectada a EU Login. Utilice en su lugar las cuentas de prueba.
cpms-sign-in-expired = Este inicio de sesión ha caducado o ya se ha utilizado. Vuelva a iniciar sesión.
cpms-sign-in-not-completed = EU Login no ha completado el inicio de sesión. Vuelva a intentarlo.
cpms-sign-in-incomplete = La respuesta de inicio de sesión está incompleta.

## Forms refused.

cpms-form-not-urlencoded = Los formularios deben enviarse como application/x-www-form-urlencoded.
cpms-form-other-site = El formulario se ha enviado desde otro sitio.
cpms-form-too-large = El formulario ha enviado más datos de los que necesita cualquiera de nuestros formularios.
cpms-form-unreadable = No se ha podido leer el formulario.
cpms-form-malformed = El formulario no es válido.
cpms-form-expired = Este formulario ha caducado o no se ha enviado desde nuestras páginas. Vuelva atrás, recargue la página y vuelva a intentarlo.
cpms-form-wrong-kind = El formulario contiene un campo de un tipo incorrecto.

## Error pages: a title, then a message.

cpms-error-bad-request = Esta solicitud presenta un problema
cpms-error-form-refused = Este formulario no puede aceptarse
cpms-error-sign-in = Inicie sesión
cpms-error-not-allowed = Su perfil no permite acceder a esta página
cpms-error-not-allowed-here = Sus perfiles en esta organización no incluyen ninguno de los que requiere esta página.
cpms-error-not-found = Página no encontrada
cpms-error-not-found-text = No hay ninguna página en esta dirección.
cpms-error-sign-in-not-completed = Inicio de sesión no completado
cpms-error-unavailable = Servicio no disponible temporalmente
cpms-error-unavailable-text = EU Login o el CPMS no pueden responder en este momento. No se ha modificado nada; vuelva a intentarlo dentro de un minuto.
cpms-error-internal = Se ha producido un error por nuestra parte
cpms-error-internal-text = El error ha quedado registrado. Vuelva a intentarlo; si vuelve a ocurrir, póngase en contacto con el servicio de asistencia.
cpms-error-page = Página
cpms-error-organisation = Organización
cpms-error-profiles-needed = Perfiles que esta página requiere aquí
cpms-error-profiles-held = Sus perfiles aquí
cpms-error-no-profiles = ninguno
cpms-error-request-another-profile = Para solicitar autorización para utilizar el CPMS con otro perfil, haga clic aquí
cpms-error-reference = Referencia para el servicio de asistencia:
cpms-error-start-page = Ir a la página de inicio
