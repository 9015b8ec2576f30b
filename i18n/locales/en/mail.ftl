# Mails to account holders, and the SMS text challenge. They are written in the
# language of the account they go to (its "E-mail language"), not in the language of
# the page that caused them.
#
# Placeholders every mail may use: $site (the name of this sign-in service, e.g.
# "EU Login"), $first_name and $last_name (the account holder's), $reset_link (the
# address of the "Lost your password?" page).
# Dates ($when, $until) are written "2026-03-01 14:05 UTC"; $ip is an IP address.
# Links stand alone on their line or at the end of one, so mail readers make them
# clickable: keep them so. Keep blank lines between paragraphs.

## Creating an account

mail-confirm-registration-subject = { $site }: confirm your e-mail address
# $link: the confirmation link (valid 24 hours, works once).
mail-confirm-registration-body =
    Dear { $first_name } { $last_name },

    Someone, probably you, asked to create an account on { $site } with this e-mail address.

    To confirm the address and choose your password, open this link within 24 hours:

    { $link }

    The link works once. If you did not ask for an account, ignore this mail: no account is created without it.

# Sent instead of the confirmation when the address already has an account.
mail-already-registered-subject = { $site }: you already have an account
# $login_link: the sign-in page.
mail-already-registered-body =
    Dear { $first_name } { $last_name },

    Someone, probably you, asked to create an account on { $site } with this e-mail address, but an account with this address already exists.

    To sign in, go to { $login_link }
    If you forgot your password, use "Lost your password?" there: { $reset_link }

    If you did not ask for this, ignore this mail; your account has not changed.

## Passwords

mail-reset-password-subject = { $site }: choose a new password
# $link: the link to the page where a new password is chosen (valid one hour, works once).
mail-reset-password-body =
    Dear { $first_name } { $last_name },

    Someone, probably you, asked to choose a new password for your account on { $site }.

    To choose a new password, open this link within one hour:

    { $link }

    The link works once. Choosing a new password signs you out everywhere.
    If you did not ask for this, ignore this mail; your password has not changed.

mail-password-changed-subject = { $site }: your password was changed
mail-password-changed-body =
    Dear { $first_name } { $last_name },

    The password of your account on { $site } was changed on { $when }.

    If you did not do this, choose a new password at once with "Lost your password?": { $reset_link }

# $minutes: how long the account stays locked after too many wrong passwords.
mail-account-locked-subject = { $minutes ->
    [one] { $site }: your account is locked for { $minutes } minute
   *[other] { $site }: your account is locked for { $minutes } minutes
}
# $until: the date and time the account unlocks.
mail-account-locked-body =
    Dear { $first_name } { $last_name },

    After several wrong passwords, your account on { $site } is locked until { $until }. It unlocks by itself then.

    If these attempts were not yours, someone may be guessing your password. You can choose a new one with "Lost your password?": { $reset_link }

## Security of the account

# Sent for every line added to the account's security history.
mail-security-change-subject = { $site }: a change to the security of your account
# $what: the line of the security history, e.g. "mobile phone number +32 123 45 67 89 added".
mail-security-change-body =
    Dear { $first_name } { $last_name },

    On { $when }, from the address { $ip }: { $what }.

    If this was you, nothing needs to be done. If it was not, someone may be using your account: choose a new password at once with "Lost your password?" ({ $reset_link }) and review "Display my sessions" in My account.

# After "Delete all my devices (PANIC)" by someone who signed in with the password only.
mail-factors-held-subject = { $site }: every second factor of your account was deleted
# $until: until when the password alone cannot add a new second factor.
# $link: the link that secures the account (removes the password, ends every session).
mail-factors-held-body =
    Dear { $first_name } { $last_name },

    On { $when }, from the address { $ip }, every mobile device and token of your account was deleted ("Delete all my devices (PANIC)") by someone who signed in with your password only.

    For your safety, your password alone cannot add a new second factor before { $until }. If it was you, add your new device or token after that time.

    If it was NOT you, someone knows your password. Open this link at once: it removes your password, ends every session and revokes every application's access; then choose a new password with "Lost your password?".

    { $link }

# After a second factor was added by someone who signed in with a recovery code (and the
# password): the account is on hold. $what: the line of the security history; $until: when
# the hold ends; $link: the link that secures the account.
mail-factor-added-with-code-subject = { $site }: a second factor was added to your account with a recovery code
mail-factor-added-with-code-body =
    Dear { $first_name } { $last_name },

    On { $when }, from the address { $ip }, someone who signed in with your password and one of your recovery codes made this change: { $what }.

    For your safety, until { $until } no second factor can be added or deleted, no recovery codes generated, your e-mail address not changed and your account not deleted. If it was you, nothing needs to be done.

    If it was NOT you, someone knows your password. Open this link at once: it removes your password, ends every session and revokes every application's access; then choose a new password with "Lost your password?".

    { $link }

# After the link of the previous mail was opened.
mail-account-secured-subject = { $site }: your password was removed and every session ended
mail-account-secured-body =
    Dear { $first_name } { $last_name },

    On { $when }, from the address { $ip }, your account was secured from the link we sent you: the password was removed, every session was ended and every application's access was revoked.

    Choose a new password with "Lost your password?": { $reset_link }

## Personal data

# Sent to the new address, which must be confirmed. $new_email: that address.
# $link: the confirmation link (valid 24 hours, works once).
mail-confirm-email-change-subject = { $site }: confirm your new e-mail address
mail-confirm-email-change-body =
    Dear { $first_name } { $last_name },

    To make { $new_email } the e-mail address of your account on { $site }, open this link within 24 hours:

    { $link }

    The link works once. If you did not ask for this, ignore this mail.

# Sent to the old address once the new one is confirmed.
mail-email-changed-subject = { $site }: the e-mail address of your account was changed
mail-email-changed-body =
    Dear { $first_name } { $last_name },

    The e-mail address of your account on { $site } was changed from { $old_email } to { $new_email }.

    If this was not you, contact support at once.

mail-account-deleted-subject = { $site }: your account was deleted
mail-account-deleted-body = Your account on { $site } and everything kept about it have been deleted, as you asked.

## Access to applications

# In the four mails below: $profiles are access profiles ("HP", "Coordinator", several
# joined with commas), $organisation the organisation ("ERN-RND · Germany · DE22 -
# Universitätsklinikum Tübingen"), $application the application ("CPMS").
# $requester: the person asking, "Name <e-mail address>". Sent to the approvers.
mail-access-waiting-subject = { $site }: an access request waits for your decision
# $approvals_link: the page where requests are accepted or rejected.
mail-access-waiting-body =
    Dear { $first_name } { $last_name },

    { $requester } asks for { $profiles } at { $organisation } ({ $application }).

    Review it: { $approvals_link }

# $reason: empty, or the approver's comment as its own paragraph (mail-access-reason).
# $requests_link: the requester's list of requests.
mail-access-accepted-subject = { $site }: your access request was accepted
mail-access-accepted-body =
    Dear { $first_name } { $last_name },

    Your access request for { $profiles } at { $organisation } ({ $application }) has been accepted. You can now sign in to the application with it.{ $reason }

    Your requests: { $requests_link }

mail-access-rejected-subject = { $site }: your access request was rejected
mail-access-rejected-body =
    Dear { $first_name } { $last_name },

    Your access request for { $profiles } at { $organisation } ({ $application }) has been rejected.{ $reason }

    Your requests: { $requests_link }

mail-access-revoked-subject = { $site }: your access was revoked
mail-access-revoked-body =
    Dear { $first_name } { $last_name },

    Your access for { $profiles } at { $organisation } ({ $application }) has been revoked; the application no longer receives it.{ $reason }

    Your requests: { $requests_link }

# The approver's comment, quoted, as its own paragraph in the three mails above.
mail-access-reason = “{ $reason }”

## SMS

# The SMS text challenge. $code: the one-time code (6 digits); $minutes: how long it is valid.
sms-challenge = { $minutes ->
    [one] { $site }: your SMS text challenge is { $code }. It is valid for { $minutes } minute.
   *[other] { $site }: your SMS text challenge is { $code }. It is valid for { $minutes } minutes.
}
