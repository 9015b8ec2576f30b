# Glossary (es): sign in = iniciar sesión; sign out = cerrar sesión; account = cuenta;
# My account = Mi cuenta; password = contraseña; Lost your password? = ¿Ha olvidado su
# contraseña?; e-mail address = dirección de correo electrónico (label "Correo electrónico";
# a mail = un correo electrónico); verification method = método de verificación; second
# factor = segundo factor; multi-factor authentication = autenticación multifactor; mobile
# app = aplicación móvil; PIN code = código PIN; QR code = código QR; SMS = SMS; SMS text
# challenge = código de verificación SMS; one-time password = contraseña de un solo uso;
# token = token; security key = llave de seguridad; passkey = llave de acceso; device =
# dispositivo; recovery code = código de recuperación; access request = solicitud de acceso;
# access profile = perfil de acceso; Coordinator = coordinador (profile names stay as they
# are); organisation = organización; healthcare provider = prestador de asistencia
# sanitaria; network = red; panel = panel; patient = paciente; consent = consentimiento;
# session = sesión; sign-in request = solicitud de inicio de sesión; anti-robot check =
# verificación antirrobot; privacy statement = declaración de privacidad. Register: "usted".

# Signing in: e-mail, password and method, throttling.
login-too-many-wrong-passwords = { $count ->
    [one] Demasiadas contraseñas incorrectas. Espere { $count } segundo antes de volver a intentarlo.
   *[other] Demasiadas contraseñas incorrectas. Espere { $count } segundos antes de volver a intentarlo.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Iniciar sesión
login-heading = Inicie sesión para continuar
login-app-requires-authentication = { $app } requiere que se autentique
login-email-label = Correo electrónico
login-next = Siguiente
login-or-without-password = O bien, sin contraseña:
login-passkey-button = Iniciar sesión con una llave de acceso
login-create-account = Crear una cuenta
login-email-invalid = Introduzca la dirección de correo electrónico de su cuenta, por ejemplo name@hospital.eu.
login-welcome-back = Bienvenido de nuevo
login-welcome = Bienvenido
login-account-external = (Externo)
login-different-email = ¿Iniciar sesión con otra dirección de correo electrónico?
login-password-label = Contraseña
login-lost-password = ¿Ha olvidado su contraseña?
login-choose-method = Elija su método de verificación
login-phone-label = Teléfono móvil
login-phone-hint = Formato internacional con el prefijo del país; por ejemplo, para Bélgica: +32 123 45 67 89
login-robot-intro = Últimamente han fallado muchos inicios de sesión desde su red, por lo que su navegador resuelve primero un pequeño rompecabezas para demostrar que no es un robot. Esto requiere JavaScript y tarda unos segundos.
login-submit = Iniciar sesión

## Refusals on the password step.

login-wrong-credentials = La dirección de correo electrónico o la contraseña no son correctas.
login-account-disabled = Un administrador ha desactivado esta cuenta. Póngase en contacto con su servicio de asistencia para que vuelvan a activarla.
login-account-locked = Tras varias contraseñas incorrectas, esta cuenta está bloqueada hasta el { $until }. Se desbloqueará automáticamente; se ha informado a su titular por correo electrónico.
login-robot-check-needed = Últimamente han fallado muchos inicios de sesión desde su red: espere a que la verificación antirrobot de abajo indique que ha terminado y, a continuación, vuelva a iniciar sesión.

## The verification methods.

login-method-password-title = Contraseña
login-method-password-hint = Autenticarse solo con la contraseña.
login-method-sms-title = Teléfono móvil + SMS
login-method-sms-hint = Enviar un SMS a un número de teléfono móvil registrado para una autenticación multifactor.
login-method-app-title = Código PIN de la aplicación móvil
login-method-app-hint = Utilizar su aplicación móvil registrada para verificar su identidad.
login-method-qr-title = Código QR de la aplicación móvil
login-method-qr-hint = Generar una contraseña de un solo uso con la aplicación móvil.
login-method-token-title = Token
login-method-token-hint = Utilizar un token o una aplicación de autenticación para generar una contraseña de un solo uso con la que iniciar sesión.
login-method-webauthn-title = Llave de seguridad o plataforma de confianza (TPM)
login-method-webauthn-hint = Utilizar su llave de seguridad registrada o el autenticador integrado en su dispositivo para verificar su identidad.
login-method-recovery-title = Código de recuperación
login-method-recovery-hint = ¿Ha perdido su teléfono, token o llave? Utilice un código de recuperación para acceder a Mi cuenta y añadir un nuevo método de verificación.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Su cuenta requiere siempre la autenticación multifactor.
login-verify-app-hint = Confirme el inicio de sesión en la aplicación móvil con su PIN.
login-verify-qr-hint = Escanee un código QR con la aplicación móvil, que funciona sin conexión, e introduzca la contraseña de un solo uso que muestre.
login-verify-token-hint = Introduzca el código de su aplicación de autenticación o de su token físico.

## Lines of an account's security history (they start in lower case).

login-history-locked = cuenta bloqueada tras varias contraseñas incorrectas
login-history-new-browser = nuevo inicio de sesión desde un navegador no utilizado anteriormente ({ $browser })
