# E-Mails an Kontoinhaber und der SMS-Code, in der E-Mail-Sprache des Kontos.
# Struktur (Anrede, Absätze, Link auf eigener Zeile, Leerzeilen) wie im Englischen.

## Erstellung eines Kontos

mail-confirm-registration-subject = { $site }: Bestätigen Sie Ihre E-Mail-Adresse
mail-confirm-registration-body =
    Guten Tag { $first_name } { $last_name },

    jemand, wahrscheinlich Sie, hat beantragt, mit dieser E-Mail-Adresse ein Konto bei { $site } zu erstellen.

    Um die Adresse zu bestätigen und Ihr Passwort festzulegen, öffnen Sie innerhalb von 24 Stunden diesen Link:

    { $link }

    Der Link funktioniert nur einmal. Wenn Sie kein Konto beantragt haben, ignorieren Sie diese E-Mail: Ohne diesen Link wird kein Konto erstellt.

mail-already-registered-subject = { $site }: Sie haben bereits ein Konto
mail-already-registered-body =
    Guten Tag { $first_name } { $last_name },

    jemand, wahrscheinlich Sie, hat beantragt, mit dieser E-Mail-Adresse ein Konto bei { $site } zu erstellen, aber es gibt bereits ein Konto mit dieser Adresse.

    Zum Anmelden gehen Sie zu { $login_link }
    Wenn Sie Ihr Passwort vergessen haben, verwenden Sie dort „Passwort vergessen?“: { $reset_link }

    Wenn Sie dies nicht beantragt haben, ignorieren Sie diese E-Mail; Ihr Konto wurde nicht geändert.

## Passwörter

mail-reset-password-subject = { $site }: Wählen Sie ein neues Passwort
mail-reset-password-body =
    Guten Tag { $first_name } { $last_name },

    jemand, wahrscheinlich Sie, hat beantragt, ein neues Passwort für Ihr Konto bei { $site } zu wählen.

    Um ein neues Passwort zu wählen, öffnen Sie innerhalb einer Stunde diesen Link:

    { $link }

    Der Link funktioniert nur einmal. Wenn Sie ein neues Passwort wählen, werden Sie überall abgemeldet.
    Wenn Sie dies nicht beantragt haben, ignorieren Sie diese E-Mail; Ihr Passwort wurde nicht geändert.

mail-password-changed-subject = { $site }: Ihr Passwort wurde geändert
mail-password-changed-body =
    Guten Tag { $first_name } { $last_name },

    das Passwort Ihres Kontos bei { $site } wurde am { $when } geändert.

    Wenn Sie das nicht waren, wählen Sie sofort über „Passwort vergessen?“ ein neues Passwort: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: Ihr Konto ist für { $minutes } Minute gesperrt
   *[other] { $site }: Ihr Konto ist für { $minutes } Minuten gesperrt
}
mail-account-locked-body =
    Guten Tag { $first_name } { $last_name },

    nach mehreren falschen Passwörtern ist Ihr Konto bei { $site } bis { $until } gesperrt. Danach wird die Sperre automatisch aufgehoben.

    Wenn diese Versuche nicht von Ihnen stammen, versucht möglicherweise jemand, Ihr Passwort zu erraten. Sie können über „Passwort vergessen?“ ein neues wählen: { $reset_link }

## Sicherheit des Kontos

mail-security-change-subject = { $site }: Eine Änderung an der Sicherheit Ihres Kontos
mail-security-change-body =
    Guten Tag { $first_name } { $last_name },

    am { $when }, von der Adresse { $ip }: { $what }.

    Wenn Sie das waren, müssen Sie nichts tun. Andernfalls verwendet möglicherweise jemand Ihr Konto: Wählen Sie sofort über „Passwort vergessen?“ ({ $reset_link }) ein neues Passwort und überprüfen Sie „Meine Sitzungen anzeigen“ unter „Mein Konto“.

mail-factors-held-subject = { $site }: Alle zweiten Faktoren Ihres Kontos wurden gelöscht
mail-factors-held-body =
    Guten Tag { $first_name } { $last_name },

    am { $when } wurden von der Adresse { $ip } aus alle Mobilgeräte und Tokens Ihres Kontos gelöscht („Alle meine Geräte löschen (PANIC)“), und zwar von jemandem, der sich nur mit Ihrem Passwort angemeldet hat.

    Zu Ihrer Sicherheit kann mit Ihrem Passwort allein vor { $until } kein neuer zweiter Faktor hinzugefügt werden. Wenn Sie das waren, fügen Sie Ihr neues Gerät oder Ihren neuen Token nach diesem Zeitpunkt hinzu.

    Wenn Sie das NICHT waren, kennt jemand Ihr Passwort. Öffnen Sie sofort diesen Link: Er entfernt Ihr Passwort, beendet alle Sitzungen und widerruft den Zugriff aller Anwendungen; wählen Sie anschließend über „Passwort vergessen?“ ein neues Passwort.

    { $link }

mail-factor-added-with-code-subject = { $site }: Ihrem Konto wurde mit einem Wiederherstellungscode ein zweiter Faktor hinzugefügt
mail-factor-added-with-code-body =
    Guten Tag { $first_name } { $last_name },

    am { $when } hat jemand, der sich mit Ihrem Passwort und einem Ihrer Wiederherstellungscodes angemeldet hat, von der Adresse { $ip } aus diese Änderung vorgenommen: { $what }.

    Zu Ihrer Sicherheit kann bis { $until } kein zweiter Faktor hinzugefügt oder gelöscht, kein Wiederherstellungscode erstellt, Ihre E-Mail-Adresse nicht geändert und Ihr Konto nicht gelöscht werden. Wenn Sie das waren, ist nichts weiter zu tun.

    Wenn Sie das NICHT waren, kennt jemand Ihr Passwort. Öffnen Sie sofort diesen Link: Er entfernt Ihr Passwort, beendet alle Sitzungen und widerruft den Zugriff aller Anwendungen; wählen Sie anschließend über „Passwort vergessen?“ ein neues Passwort.

    { $link }

mail-account-secured-subject = { $site }: Ihr Passwort wurde entfernt und alle Sitzungen wurden beendet
mail-account-secured-body =
    Guten Tag { $first_name } { $last_name },

    am { $when } wurde Ihr Konto von der Adresse { $ip } aus über den Link gesichert, den wir Ihnen gesendet haben: Das Passwort wurde entfernt, alle Sitzungen wurden beendet und der Zugriff aller Anwendungen wurde widerrufen.

    Wählen Sie über „Passwort vergessen?“ ein neues Passwort: { $reset_link }

## Persönliche Daten

mail-confirm-email-change-subject = { $site }: Bestätigen Sie Ihre neue E-Mail-Adresse
mail-confirm-email-change-body =
    Guten Tag { $first_name } { $last_name },

    um { $new_email } zur E-Mail-Adresse Ihres Kontos bei { $site } zu machen, öffnen Sie innerhalb von 24 Stunden diesen Link:

    { $link }

    Der Link funktioniert nur einmal. Wenn Sie dies nicht beantragt haben, ignorieren Sie diese E-Mail.

mail-email-changed-subject = { $site }: Die E-Mail-Adresse Ihres Kontos wurde geändert
mail-email-changed-body =
    Guten Tag { $first_name } { $last_name },

    die E-Mail-Adresse Ihres Kontos bei { $site } wurde von { $old_email } in { $new_email } geändert.

    Wenn Sie das nicht waren, wenden Sie sich sofort an den Support.

mail-account-deleted-subject = { $site }: Ihr Konto wurde gelöscht
mail-account-deleted-body = Ihr Konto bei { $site } und alle dazu gespeicherten Daten wurden wie gewünscht gelöscht.

## Zugang zu Anwendungen

mail-access-waiting-subject = { $site }: Ein Zugangsantrag wartet auf Ihre Entscheidung
mail-access-waiting-body =
    Guten Tag { $first_name } { $last_name },

    { $requester } beantragt { $profiles } bei { $organisation } ({ $application }).

    Prüfen Sie den Antrag: { $approvals_link }

mail-access-accepted-subject = { $site }: Ihr Zugangsantrag wurde angenommen
mail-access-accepted-body =
    Guten Tag { $first_name } { $last_name },

    Ihr Zugangsantrag für { $profiles } bei { $organisation } ({ $application }) wurde angenommen. Sie können sich damit jetzt bei der Anwendung anmelden.{ $reason }

    Ihre Anträge: { $requests_link }

mail-access-rejected-subject = { $site }: Ihr Zugangsantrag wurde abgelehnt
mail-access-rejected-body =
    Guten Tag { $first_name } { $last_name },

    Ihr Zugangsantrag für { $profiles } bei { $organisation } ({ $application }) wurde abgelehnt.{ $reason }

    Ihre Anträge: { $requests_link }

mail-access-revoked-subject = { $site }: Ihr Zugang wurde widerrufen
mail-access-revoked-body =
    Guten Tag { $first_name } { $last_name },

    Ihr Zugang für { $profiles } bei { $organisation } ({ $application }) wurde widerrufen; die Anwendung erhält ihn nicht mehr.{ $reason }

    Ihre Anträge: { $requests_link }

mail-access-reason = „{ $reason }“

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: Ihr SMS-Code lautet { $code }. Er ist { $minutes } Minute gültig.
   *[other] { $site }: Ihr SMS-Code lautet { $code }. Er ist { $minutes } Minuten gültig.
}
