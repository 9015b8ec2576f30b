# Mails to account holders, and the SMS text challenge, in the account's "E-mail language".
# Links stand alone on their line or at the end of one; blank lines between paragraphs.

## Creating an account

mail-confirm-registration-subject = { $site }: confirme su dirección de correo electrónico
mail-confirm-registration-body =
    Estimado/a { $first_name } { $last_name }:

    Alguien, probablemente usted, ha solicitado crear una cuenta en { $site } con esta dirección de correo electrónico.

    Para confirmar la dirección y elegir su contraseña, abra este enlace en un plazo de 24 horas:

    { $link }

    El enlace funciona una sola vez. Si no ha solicitado ninguna cuenta, ignore este correo electrónico: sin él no se crea ninguna cuenta.

mail-already-registered-subject = { $site }: ya tiene una cuenta
mail-already-registered-body =
    Estimado/a { $first_name } { $last_name }:

    Alguien, probablemente usted, ha solicitado crear una cuenta en { $site } con esta dirección de correo electrónico, pero ya existe una cuenta con esta dirección.

    Para iniciar sesión, vaya a { $login_link }
    Si ha olvidado su contraseña, utilice allí «¿Ha olvidado su contraseña?»: { $reset_link }

    Si no ha hecho esta solicitud, ignore este correo electrónico; su cuenta no ha cambiado.

## Passwords

mail-reset-password-subject = { $site }: elija una nueva contraseña
mail-reset-password-body =
    Estimado/a { $first_name } { $last_name }:

    Alguien, probablemente usted, ha solicitado elegir una nueva contraseña para su cuenta en { $site }.

    Para elegir una nueva contraseña, abra este enlace en el plazo de una hora:

    { $link }

    El enlace funciona una sola vez. Al elegir una nueva contraseña, se cerrarán todas sus sesiones.
    Si no ha hecho esta solicitud, ignore este correo electrónico; su contraseña no ha cambiado.

mail-password-changed-subject = { $site }: se ha cambiado su contraseña
mail-password-changed-body =
    Estimado/a { $first_name } { $last_name }:

    La contraseña de su cuenta en { $site } se cambió el { $when }.

    Si no ha sido usted, elija de inmediato una nueva contraseña con «¿Ha olvidado su contraseña?»: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: su cuenta está bloqueada durante { $minutes } minuto
   *[other] { $site }: su cuenta está bloqueada durante { $minutes } minutos
}
mail-account-locked-body =
    Estimado/a { $first_name } { $last_name }:

    Tras varias contraseñas incorrectas, su cuenta en { $site } está bloqueada hasta el { $until }. Entonces se desbloqueará automáticamente.

    Si estos intentos no los ha hecho usted, es posible que alguien esté intentando adivinar su contraseña. Puede elegir una nueva con «¿Ha olvidado su contraseña?»: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: un cambio en la seguridad de su cuenta
mail-security-change-body =
    Estimado/a { $first_name } { $last_name }:

    El { $when }, desde la dirección { $ip }: { $what }.

    Si ha sido usted, no tiene que hacer nada. Si no, es posible que alguien esté utilizando su cuenta: elija de inmediato una nueva contraseña con «¿Ha olvidado su contraseña?» ({ $reset_link }) y revise «Ver mis sesiones» en Mi cuenta.

mail-factors-held-subject = { $site }: se han eliminado todos los segundos factores de su cuenta
mail-factors-held-body =
    Estimado/a { $first_name } { $last_name }:

    El { $when }, desde la dirección { $ip }, alguien que inició sesión solo con su contraseña eliminó todos los dispositivos móviles y tokens de su cuenta («Eliminar todos mis dispositivos (PANIC)»).

    Por su seguridad, su contraseña por sí sola no permite añadir un nuevo segundo factor antes del { $until }. Si ha sido usted, añada su nuevo dispositivo o token después de esa fecha.

    Si NO ha sido usted, alguien conoce su contraseña. Abra de inmediato este enlace: elimina su contraseña, cierra todas las sesiones y revoca el acceso de todas las aplicaciones; después, elija una nueva contraseña con «¿Ha olvidado su contraseña?».

    { $link }

mail-factor-added-with-code-subject = { $site }: se ha añadido un segundo factor a su cuenta con un código de recuperación
mail-factor-added-with-code-body =
    Estimado/a { $first_name } { $last_name }:

    El { $when }, desde la dirección { $ip }, una persona que inició sesión con su contraseña y uno de sus códigos de recuperación hizo este cambio: { $what }.

    Por su seguridad, hasta el { $until } no podrá añadirse ni eliminarse ningún segundo factor, generarse códigos de recuperación, cambiarse su dirección de correo electrónico ni eliminarse su cuenta. Si fue usted, no tiene que hacer nada.

    Si NO ha sido usted, alguien conoce su contraseña. Abra de inmediato este enlace: elimina su contraseña, cierra todas las sesiones y revoca el acceso de todas las aplicaciones; después, elija una nueva contraseña con «¿Ha olvidado su contraseña?».

    { $link }

mail-account-secured-subject = { $site }: se ha eliminado su contraseña y se han cerrado todas las sesiones
mail-account-secured-body =
    Estimado/a { $first_name } { $last_name }:

    El { $when }, desde la dirección { $ip }, su cuenta se protegió mediante el enlace que le enviamos: se eliminó la contraseña, se cerraron todas las sesiones y se revocó el acceso de todas las aplicaciones.

    Elija una nueva contraseña con «¿Ha olvidado su contraseña?»: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: confirme su nueva dirección de correo electrónico
mail-confirm-email-change-body =
    Estimado/a { $first_name } { $last_name }:

    Para que { $new_email } pase a ser la dirección de correo electrónico de su cuenta en { $site }, abra este enlace en un plazo de 24 horas:

    { $link }

    El enlace funciona una sola vez. Si no ha hecho esta solicitud, ignore este correo electrónico.

mail-email-changed-subject = { $site }: se ha cambiado la dirección de correo electrónico de su cuenta
mail-email-changed-body =
    Estimado/a { $first_name } { $last_name }:

    La dirección de correo electrónico de su cuenta en { $site } se ha cambiado de { $old_email } a { $new_email }.

    Si no ha sido usted, póngase en contacto de inmediato con el servicio de asistencia.

mail-account-deleted-subject = { $site }: se ha eliminado su cuenta
mail-account-deleted-body = Su cuenta en { $site } y todos los datos que se conservaban sobre ella se han eliminado, tal como solicitó.

## Access to applications

mail-access-waiting-subject = { $site }: una solicitud de acceso espera su decisión
mail-access-waiting-body =
    Estimado/a { $first_name } { $last_name }:

    { $requester } solicita { $profiles } en { $organisation } ({ $application }).

    Examínela: { $approvals_link }

mail-access-accepted-subject = { $site }: se ha aceptado su solicitud de acceso
mail-access-accepted-body =
    Estimado/a { $first_name } { $last_name }:

    Se ha aceptado su solicitud de acceso para { $profiles } en { $organisation } ({ $application }). Ya puede iniciar sesión en la aplicación con este perfil.{ $reason }

    Sus solicitudes: { $requests_link }

mail-access-rejected-subject = { $site }: se ha rechazado su solicitud de acceso
mail-access-rejected-body =
    Estimado/a { $first_name } { $last_name }:

    Se ha rechazado su solicitud de acceso para { $profiles } en { $organisation } ({ $application }).{ $reason }

    Sus solicitudes: { $requests_link }

mail-access-revoked-subject = { $site }: se ha revocado su acceso
mail-access-revoked-body =
    Estimado/a { $first_name } { $last_name }:

    Se ha revocado su acceso para { $profiles } en { $organisation } ({ $application }); la aplicación ya no lo recibe.{ $reason }

    Sus solicitudes: { $requests_link }

mail-access-reason = «{ $reason }»

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: su código de verificación SMS es { $code }. Es válido durante { $minutes } minuto.
   *[other] { $site }: su código de verificación SMS es { $code }. Es válido durante { $minutes } minutos.
}
