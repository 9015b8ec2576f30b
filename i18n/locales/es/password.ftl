# Passwords: choosing one (first or new), "Lost your password?", changing it, the rules.

## The form that sets a password.

password-account = Cuenta:
password-rules-hint = Al menos 10 caracteres. Las frases de contraseña largas formadas por palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar; se rechazan su nombre, su dirección de correo electrónico y las contraseñas habituales.
password-problem = Se ha producido un problema
password-new-label = Nueva contraseña
password-confirm-label = Confirmar la nueva contraseña
password-set-submit = Establecer mi contraseña
password-choose-new = Elija una nueva contraseña
password-new-set-title = Su nueva contraseña está establecida
password-new-set = Por su seguridad, se han cerrado todas las sesiones de su cuenta. Inicie sesión con su nueva contraseña.

## "Lost your password?"

password-lost-title = ¿Ha olvidado su contraseña?
password-lost-intro = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
password-email-label = Correo electrónico
password-lost-submit = Enviarme un enlace
password-email-invalid = Introduzca una dirección de correo electrónico válida.
password-check-mailbox = Consulte su buzón de correo
password-lost-sent = Si { $email } es la dirección de una cuenta, le hemos enviado un enlace para elegir una nueva contraseña.
password-lost-link-once = El enlace funciona una sola vez, durante una hora.

## "Change password" (from My account).

password-change-title = Cambiar la contraseña
password-change-hint = Al cambiar su contraseña, se cerrará su sesión en todos los demás navegadores.
password-current-label = Contraseña actual
password-change-submit = Cambiar la contraseña
password-back-to-account = Volver a Mi cuenta
password-not-current = Esta no es su contraseña actual.
password-mismatch = Las dos contraseñas no coinciden.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Su contraseña debe tener al menos { $count } carácter.
   *[other] Su contraseña debe tener al menos { $count } caracteres.
}
password-too-long = { $count ->
    [one] Su contraseña debe tener como máximo { $count } carácter.
   *[other] Su contraseña debe tener como máximo { $count } caracteres.
}
password-is-email = Su contraseña no debe ser su dirección de correo electrónico.
password-guessable = Esta contraseña es demasiado común o fácil de adivinar. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Añada algunas palabras poco comunes más.
password-advice-few-words = Utilice varias palabras y evite las frases habituales.
password-advice-no-symbols-needed = No hacen falta símbolos, cifras ni mayúsculas.
password-advice-another-word = Añada una o dos palabras más. Las palabras poco comunes son mejores.
password-advice-capitals = Las mayúsculas no ayudan mucho.
password-advice-all-uppercase = Una contraseña toda en mayúsculas es casi tan fácil de adivinar como una toda en minúsculas.
password-advice-reversed = Las palabras escritas al revés no son mucho más difíciles de adivinar.
password-advice-substitutions = Las sustituciones previsibles, como «@» en lugar de «a», no ayudan mucho.
password-advice-keyboard = Utilice un patrón de teclado más largo y con más giros.
password-advice-repeats = Evite las palabras y los caracteres repetidos.
password-advice-sequences = Evite las secuencias.
password-advice-recent-years = Evite los años recientes.
password-advice-your-years = Evite los años relacionados con usted.
password-advice-your-dates = Evite las fechas y los años relacionados con usted.

## Lines of an account's security history (they start in lower case).

password-history-changed = contraseña cambiada
password-history-reset = contraseña restablecida con un enlace enviado por correo electrónico
password-history-secured = cuenta protegida desde el enlace enviado por correo electrónico: contraseña, llaves de seguridad y códigos de recuperación eliminados, todas las sesiones cerradas
