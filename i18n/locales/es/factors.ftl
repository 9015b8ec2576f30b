# Verification methods (second factors): managing them in My account, and the sign-in
# step of each.

## Shared by several pages

factors-sign-in = Iniciar sesión
factors-confirm = Confirmar
factors-try-again = Volver a intentarlo
factors-please-try-again = Vuelva a intentarlo.
factors-delete-named = Eliminar { $name }
factors-added-on = (añadido el { $date })
factors-hold-notice = Todos los segundos factores de su cuenta se han eliminado solo con la contraseña. Por su seguridad, no podrá añadirse uno nuevo hasta el { $until }. Hemos enviado un correo electrónico al respecto al titular de la cuenta.
factors-already-has-factor = Su cuenta ya tiene un segundo método de verificación.
factors-devices-confirm-first = Para añadir o eliminar un dispositivo, confirme primero con él: vuelva a iniciar sesión eligiéndolo.
factors-confirm-first = Para añadir o eliminar uno, confirme primero con él: vuelva a iniciar sesión eligiéndolo.
factors-confirm-recent = Este cambio requiere una confirmación con su segundo método de verificación en los últimos 15 minutos. Vuelva a confirmar y repita este paso.
factors-phones-confirm-first = Para añadir o eliminar uno, confirme primero con Teléfono móvil + SMS.
factors-confirm-current-first = Confirme primero con su segundo método de verificación actual (vuelva a iniciar sesión eligiéndolo).
factors-mfa-add-first = Añada primero un número de teléfono móvil o un token.
factors-held = Todos los segundos factores de esta cuenta se han eliminado solo con la contraseña: por su seguridad, todavía no puede añadirse uno nuevo. Consulte el correo electrónico que le hemos enviado.
factors-held-code = Se ha añadido un segundo factor a esta cuenta con un código de recuperación: por su seguridad, hasta el { $until } no podrá añadirse ni eliminarse ningún segundo factor, generarse códigos de recuperación, cambiarse la dirección de correo electrónico ni eliminarse la cuenta. Consulte el correo electrónico que le hemos enviado.
factors-code-not-enough = Un código de recuperación permite añadir un segundo método de verificación, nada más: para eliminar uno o cambiar su dirección de correo electrónico, sus códigos de recuperación o su cuenta, vuelva a iniciar sesión con un segundo método de verificación que tenga.
factors-too-many-codes = Demasiados códigos incorrectos. Espere 15 minutos antes de volver a intentarlo.

## The method names and what they do

factors-choose-method = Elija su método de verificación
factors-level-high = { $app } requiere el nivel más alto de inicio de sesión (nivel «{ $level }»): una llave de seguridad o una llave de acceso que compruebe su PIN, su huella dactilar o su rostro. No puede utilizarse en otro sitio, lo que le protege del phishing.
factors-level-substantial = { $app } requiere un inicio de sesión reforzado (nivel «{ $level }»): su contraseña y un segundo método de verificación.
factors-method-key-hint-high = Confirme con su PIN, su huella dactilar o su rostro cuando se le solicite.
factors-no-key = Su cuenta no tiene ninguna llave de seguridad ni llave de acceso, por lo que todavía no puede alcanzar este nivel.
factors-no-key-add = Para continuar a { $app }, añada una (una llave de seguridad o el autenticador integrado en su dispositivo) y vuelva después:
factors-no-factor = Su cuenta todavía no tiene un segundo método de verificación, por lo que no puede continuar a { $app }.
factors-no-factor-add = Añada uno en una de estas páginas y vuelva después:
factors-cancel = Cancelar y volver a { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Gestionar mis números de teléfono móvil
factors-phones-none = Todavía no tiene ningún número de teléfono móvil.
factors-phone-confirmed = (confirmado)
factors-phone-not-confirmed = (aún no confirmado)
factors-phones-confirm-number = Confirmar el { $number }
factors-sms-enter-challenge = Introduzca el código de verificación enviado por SMS a su teléfono móvil. El mensaje puede tardar varios minutos en llegar.
factors-sms-challenge-label = Código de verificación SMS
factors-phones-add = Añadir un número de teléfono móvil
factors-mobile-phone-label = Teléfono móvil
factors-phone-hint = Formato internacional con el prefijo del país; por ejemplo, para Bélgica: +32 123 45 67 89
factors-sms-title = Autenticación mediante código de verificación SMS
factors-sms-number-label = Número de teléfono móvil
factors-too-many-sms = Se han solicitado demasiados SMS para esta cuenta, este número o esta red. Vuelva a intentarlo dentro de una hora.
factors-sms-sent = Hemos enviado un código de verificación SMS al { $number }.
factors-phone-added = El { $number } está confirmado. Ya puede utilizarlo para iniciar sesión con Teléfono móvil + SMS.
factors-phone-deleted = Se ha eliminado el número.
factors-sms-wrong = { $count ->
    [one] Este no es el código de verificación SMS que le enviamos. Le queda { $count } intento.
   *[other] Este no es el código de verificación SMS que le enviamos. Le quedan { $count } intentos.
}
factors-sms-expired = Este código ha caducado o se ha agotado (demasiados intentos incorrectos). Solicite uno nuevo.
factors-phone-format = Introduzca el número en formato internacional, con el prefijo del país; por ejemplo, para Bélgica: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Una cuenta puede tener como máximo { $count } número de teléfono móvil.
   *[other] Una cuenta puede tener como máximo { $count } números de teléfono móvil.
}
factors-phone-already-confirmed = Este número ya está confirmado para su cuenta.
factors-phone-not-yours = Este no es uno de los números de teléfono móvil confirmados de su cuenta.

## Tokens (authenticator apps)

factors-tokens-title = Gestionar mis tokens
factors-tokens-intro = Un token es una aplicación de autenticación (o un token físico) que muestra un nuevo código de 6 dígitos cada 30 segundos.
factors-token-added-on = Token añadido el { $date }
factors-token-delete = Eliminar el token añadido el { $date }
factors-tokens-add = Añadir un token
factors-tokens-scan = Escanee este código QR con su aplicación de autenticación o introduzca en ella la clave secreta.
factors-tokens-qr-label = Código QR de la clave del token
factors-tokens-secret = Clave secreta:
factors-token-code-label = Código del token
factors-tokens-confirm = Confirmar el token
factors-token-enter = Introduzca el código que muestra ahora su aplicación de autenticación o su token.
factors-token-added = Se ha añadido su token. Ya puede iniciar sesión con él.
factors-token-deleted = Se ha eliminado el token.
factors-token-enrolment-expired = El registro ha caducado. Empiece de nuevo.
factors-token-wrong-try-next = Este no es el código que muestra ahora su token. Pruebe con el siguiente.
factors-token-used = Este código ya se ha utilizado. Espere al siguiente.
factors-token-wrong = Este no es el código que muestra ahora su token.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Gestionar mis dispositivos móviles
factors-devices-none = Todavía no tiene ningún dispositivo móvil.
factors-devices-add = Añadir un dispositivo
factors-devices-scan = Abra la aplicación móvil y escanee este código QR. Funciona una sola vez, durante 10 minutos.
factors-devices-qr-label = Código QR del enlace de registro
factors-devices-link = Si no dispone de cámara, facilite este enlace a la aplicación:
factors-panic-title = Eliminar todos mis dispositivos (PANIC)
factors-panic-explained = Si se ha perdido o le han robado un teléfono con la aplicación: se eliminan de una vez todos los dispositivos y tokens y se cierran todas las sesiones, también esta.
factors-device-deleted = Se ha eliminado el dispositivo.
factors-panic-done-title = Se han eliminado todos sus dispositivos
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] Se han eliminado { $devices } dispositivo móvil y { $tokens } token y se han cerrado todas las sesiones.
       *[other] Se han eliminado { $devices } dispositivo móvil y { $tokens } tokens y se han cerrado todas las sesiones.
    }
   *[other] { $tokens ->
        [one] Se han eliminado { $devices } dispositivos móviles y { $tokens } token y se han cerrado todas las sesiones.
       *[other] Se han eliminado { $devices } dispositivos móviles y { $tokens } tokens y se han cerrado todas las sesiones.
    }
}
factors-panic-held = Ha confirmado esta acción solo con su contraseña, por lo que, por su seguridad, no podrá añadirse un nuevo dispositivo o token hasta el { $until }. Le hemos enviado un correo electrónico al respecto, con un enlace para proteger su cuenta si no ha sido usted.
factors-panic-mailed = Le hemos enviado un correo electrónico al respecto. Vuelva a iniciar sesión para añadir un nuevo dispositivo.
factors-panic-wrong-password = Esta no es su contraseña: no se ha eliminado nada.
factors-panic-confirm-first = Su cuenta conserva un número de teléfono móvil confirmado: confirme primero con Teléfono móvil + SMS.
factors-app-start-explained = Enviamos una solicitud de inicio de sesión a la aplicación de su dispositivo móvil. A continuación, esta página muestra un número: selecciónelo en la aplicación e introduzca su PIN.
factors-app-send = Enviar la solicitud a mi aplicación móvil
factors-app-pick = Abra la aplicación en su dispositivo móvil, seleccione este número e introduzca su PIN:
factors-app-number-label = El número que debe seleccionar en la aplicación
factors-app-waiting = Esperando a su dispositivo móvil. Esta página continuará por sí sola en cuanto haya respondido en la aplicación.
factors-app-answered = He respondido en la aplicación: continuar
factors-app-no-device = Su cuenta no tiene ningún dispositivo móvil. Añada uno en «Gestionar mis dispositivos móviles».
factors-app-already-waiting = Ya hay una solicitud de inicio de sesión esperando en su aplicación móvil. Respóndala allí o espere dos minutos a que caduque.
factors-app-too-many = En la última hora se han enviado demasiadas solicitudes de inicio de sesión a su aplicación móvil. Elija otro método de verificación o vuelva a intentarlo más tarde.
factors-app-request-unknown = Esta solicitud de inicio de sesión es desconocida o ha finalizado.
factors-app-request-expired = La solicitud caducó antes de que respondiera la aplicación.
factors-app-request-ended = Esta solicitud de inicio de sesión ha finalizado.
factors-app-refused-wrong-number = Se ha rechazado el inicio de sesión: se seleccionó un número incorrecto en la aplicación.
factors-app-refused-denied = Se ha rechazado el inicio de sesión: se denegó en la aplicación.
factors-app-qr-scan = Escanee este código QR con la aplicación móvil (funciona sin conexión) e introduzca la contraseña de un solo uso que muestre.
factors-app-qr-label = Código QR del desafío { $challenge }
factors-app-qr-challenge = Desafío:
factors-otp-label = Contraseña de un solo uso
factors-app-qr-new = Mostrar un nuevo código QR
factors-qr-ended = Este desafío ha finalizado. Solicite uno nuevo.
factors-qr-too-many = Demasiadas contraseñas de un solo uso incorrectas. Espere 15 minutos o elija otro método de verificación.
factors-qr-wrong = { $count ->
    [one] Esta no es la contraseña de un solo uso que muestra la aplicación. Le queda { $count } intento.
   *[other] Esta no es la contraseña de un solo uso que muestra la aplicación. Le quedan { $count } intentos.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Gestionar mis llaves de seguridad y llaves de acceso
factors-keys-intro = Una llave de seguridad (USB, NFC) o el autenticador integrado en su dispositivo (módulo de plataforma segura TPM, Windows Hello, Touch ID, el bloqueo de pantalla de un teléfono) demuestra que es usted y no puede utilizarse en otro sitio: le protege del phishing. Con su PIN o su huella dactilar alcanza el nivel más alto, «high», y puede permitirle iniciar sesión sin contraseña (llave de acceso).
factors-keys-none = Todavía no hay ninguna llave de seguridad ni llave de acceso.
factors-keys-yours = Sus llaves de seguridad y llaves de acceso
factors-keys-name = Nombre
factors-keys-added = Fecha de alta
factors-keys-last-used = Último uso
factors-keys-action = Acción
factors-keys-never-used = nunca
factors-keys-add = Añadir una llave de seguridad o una llave de acceso
factors-keys-name-label = Nombre de la llave
factors-keys-name-placeholder = p. ej., Llave USB azul, Portátil del trabajo
factors-keys-needs-script = Para añadir una llave de seguridad se necesita JavaScript: su navegador se comunica con la llave.
factors-key-added = Se ha añadido la llave de seguridad «{ $name }».
factors-key-deleted = Se ha eliminado la llave de seguridad.
factors-key-explained = Utilizar su llave de seguridad registrada o el autenticador integrado en su dispositivo para verificar su identidad. Cuando su navegador se lo pida, inserte o toque la llave, o confirme con su PIN, su huella dactilar o su rostro.
factors-key-use = Utilizar mi llave de seguridad
factors-key-needs-script = Para iniciar sesión con una llave de seguridad se necesita JavaScript: su navegador se comunica con la llave.
factors-key-none-add = Su cuenta todavía no tiene ninguna llave de seguridad: añada una en Mi cuenta, Gestionar mis llaves de seguridad y llaves de acceso.
factors-key-none = Su cuenta todavía no tiene ninguna llave de seguridad.
factors-key-expired = La solicitud ha caducado o ya se ha utilizado. Vuelva a intentarlo.
factors-key-refused = No se ha podido verificar la respuesta de esta llave. Utilice una llave registrada en su cuenta.
factors-key-cloned = Se ha rechazado esta llave: es posible que se haya copiado. Hemos informado al titular de la cuenta por correo electrónico. Utilice otro método.
factors-passkey-expired = La solicitud de llave de acceso ha caducado o ya se ha utilizado. Vuelva a intentarlo.
factors-passkey-refused = Esta llave de acceso no está registrada en nuestro servicio. Inicie sesión con su dirección de correo electrónico y su contraseña.
factors-passkey-cloned = Se ha rechazado esta llave de acceso: es posible que se haya copiado. Hemos informado al titular de la cuenta por correo electrónico.
factors-keys-max = { $count ->
    [one] Una cuenta puede tener { $count } llave de seguridad o llave de acceso; elimínela primero.
   *[other] Una cuenta puede tener { $count } llaves de seguridad o llaves de acceso; elimine primero una.
}
factors-key-name-length = { $count ->
    [one] Dé a la llave un nombre de 1 a { $count } carácter.
   *[other] Dé a la llave un nombre de 1 a { $count } caracteres.
}
factors-key-request-expired = Esta solicitud ha caducado o ya se ha utilizado: vuelva a añadir la llave.
factors-key-malformed = La respuesta de la llave no es válida.
factors-key-unverified = No se ha podido verificar la respuesta de la llave para este sitio. Vuelva a intentarlo.
factors-key-registered = Esta llave ya está registrada.

## Recovery codes

factors-codes-title = Mis códigos de recuperación
factors-codes-intro = Si pierde su teléfono, su token y sus llaves de seguridad, un código de recuperación le permite iniciar sesión hasta Mi cuenta para añadir un nuevo método de verificación. Cada código funciona una sola vez. Guárdelos en un lugar seguro, separados de su contraseña: impresos o en un gestor de contraseñas.
factors-codes-new = Estos son sus nuevos códigos de recuperación. Solo se muestran esta vez: anótelos o imprímalos ahora. Los anteriores ya no funcionan.
factors-codes-left = { $count ->
    [one] Tiene { $count } código de recuperación sin utilizar (creado el { $date }).
   *[other] Tiene { $count } códigos de recuperación sin utilizar (creados el { $date }).
}
factors-codes-none = Todavía no tiene códigos de recuperación.
factors-codes-generate-new = Generar nuevos códigos de recuperación
factors-codes-generate = Generar códigos de recuperación
factors-codes-add-first = Añada primero un segundo método de verificación: los códigos de recuperación lo sustituyen si lo pierde.
factors-codes-need-real-factor = Un código de recuperación no permite crear nuevos códigos de recuperación. Vuelva a iniciar sesión con un segundo método de verificación (añada uno primero si no tiene ninguno) y después genérelos.
factors-code-wrong = Este no es uno de sus códigos de recuperación, o ya se ha utilizado.
factors-code-sign-in-again = Un código de recuperación solo vale en los 15 minutos siguientes a iniciar sesión con su contraseña. Su código no se ha usado: cierre la sesión, vuelva a iniciarla con su contraseña y escriba después el código.
factors-code-lapsed = Han pasado los 15 minutos para añadir un método de verificación con su código de recuperación. Cierre la sesión y vuelva a iniciarla con su contraseña y otro código de recuperación.
factors-recovery-code = Código de recuperación
factors-recovery-code-explained = Introduzca uno de sus códigos de recuperación. Le permite entrar en Mi cuenta para añadir un nuevo método de verificación; no inicia sesión en las aplicaciones.
factors-recovery-continue = Continuar a Mi cuenta

## "Secure my account"

factors-secure-title = Proteger mi cuenta
factors-secure-explained = Alguien que inició sesión solo con la contraseña ha eliminado todos los segundos factores de la cuenta { $email }. Si no ha sido usted, alguien conoce su contraseña.
factors-secure-what = Al proteger la cuenta se elimina su contraseña, se cierran todas las sesiones y se revoca el acceso de todas las aplicaciones. Después podrá elegir una nueva contraseña con «¿Ha olvidado su contraseña?», a través de su buzón de correo.
factors-link-dead-title = Este enlace no puede utilizarse
factors-link-dead-text = Ya se ha utilizado o ha caducado. Si cree que alguien conoce su contraseña, elija una nueva con «¿Ha olvidado su contraseña?».
factors-secured-title = Su cuenta está protegida
factors-secured-text = Se ha eliminado su contraseña, se han cerrado todas las sesiones y se ha revocado el acceso de todas las aplicaciones.
factors-secured-next = Elija ahora una nueva contraseña con «¿Ha olvidado su contraseña?»: el enlace llegará a su buzón de correo.

## Said by the page's script while it talks to a security key

factors-script-server-failed = El servidor no ha podido iniciar la solicitud. Recargue la página y vuelva a intentarlo.
factors-script-unsupported = Este navegador no puede utilizar llaves de seguridad ni llaves de acceso. Utilice un navegador actualizado u otro método de verificación.
factors-script-cancelled = La solicitud se ha cancelado o ha excedido el tiempo de espera. Vuelva a intentarlo.
factors-script-no-answer = La llave no ha respondido. Vuelva a intentarlo.
factors-script-name-first = Dé primero un nombre a la llave.
