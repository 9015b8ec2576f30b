# The security history of an account (shown in a table cell next to the date and the
# address; it starts in lower case).

history-mfa-mandatory = autenticación multifactor convertida en obligatoria
history-mfa-optional = autenticación multifactor convertida en opcional
history-token-added = token añadido
history-token-deleted = token eliminado
history-phone-added = número de teléfono móvil { $number } añadido
history-phone-deleted = número de teléfono móvil { $number } eliminado
history-device-added = dispositivo móvil «{ $name }» añadido
history-device-deleted = dispositivo móvil «{ $name }» eliminado
history-panic = PANIC: todos los dispositivos móviles ({ $devices }) y tokens ({ $tokens }) eliminados, todas las sesiones cerradas
history-app-denied-wrong-number = inicio de sesión denegado en «{ $name }»: se seleccionó un número incorrecto en la aplicación
history-app-denied = inicio de sesión denegado en «{ $name }»: el inicio de sesión se denegó en la aplicación
history-key-added = llave de seguridad «{ $name }» añadida
history-key-added-password-only = llave de seguridad «{ $name }» añadida en un inicio de sesión solo con la contraseña
history-key-added-password-only-mailed = llave de seguridad «{ $name }» añadida en un inicio de sesión solo con la contraseña. Si no ha sido usted, abra { $link } : este enlace elimina la contraseña, todas las llaves de seguridad y todos los códigos de recuperación, y cierra todas las sesiones
history-key-deleted = llave de seguridad «{ $name }» eliminada
history-key-cloned = llave de seguridad «{ $name }» rechazada: su contador retrocedió, es posible que se haya copiado
history-codes-generated = nuevos códigos de recuperación generados (los anteriores ya no funcionan)
history-code-used = { $count ->
    [one] inicio de sesión con un código de recuperación (queda { $count })
   *[other] inicio de sesión con un código de recuperación (quedan { $count })
}
history-email-change-requested = solicitado el cambio de dirección de correo electrónico a { $email }
history-email-changed = dirección de correo electrónico cambiada de { $old } a { $new }
