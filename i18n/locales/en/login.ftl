# Signing in: e-mail, password and method, throttling.
login-too-many-wrong-passwords = { $count ->
    [one] Too many wrong passwords. Wait { $count } second before trying again.
   *[other] Too many wrong passwords. Wait { $count } seconds before trying again.
}

## The sign-in pages (e-mail, then password and verification method).

# Browser tab title of the sign-in pages.
login-title = Sign in
login-heading = Sign in to continue
# Shown above the sign-in form when an application sent the person here.
# $app is the application's name (e.g. "ERN-CPMS"), shown in bold.
login-app-requires-authentication = { $app } requires you to authenticate
# Form label; outside tools look for the English label "E-mail" (keep the English as it is; translate as usual).
login-email-label = E-mail
# Button that moves from the e-mail step to the password step.
login-next = Next
# Introduces the passkey button below the e-mail form.
login-or-without-password = Or, without a password:
login-passkey-button = Sign in with a passkey
login-create-account = Create an account
login-email-invalid = Enter the e-mail address of your account, e.g. name@hospital.eu.
# Greeting above the e-mail address on the password step, for a browser that signed in before.
login-welcome-back = Welcome back
# Greeting above the e-mail address on the password step, for a browser never seen before.
login-welcome = Welcome
# After the e-mail address on the password step: the kind of account (as in EU Login,
# where accounts outside the European institutions are "External").
login-account-external = (External)
login-different-email = Sign in with a different e-mail address?
# Form label; outside tools look for the English label "Password" (keep the English as it is; translate as usual).
login-password-label = Password
# Link to the page that sends a password-reset mail.
login-lost-password = Lost your password?
login-choose-method = Choose your verification method
# Form label; outside tools look for the English label "Mobile phone" (keep the English as it is; translate as usual).
login-phone-label = Mobile phone
login-phone-hint = International format including country code, e.g. for Belgium: +32 123 45 67 89
# Explains the anti-robot check shown on the password step after many failed sign-ins.
login-robot-intro = Many sign-ins failed from your network lately, so your browser first solves a small puzzle to show it is not a robot. This needs JavaScript and takes a few seconds.
login-submit = Sign in

## Refusals on the password step.

login-wrong-credentials = The e-mail address or the password is not correct.
login-account-disabled = This account has been disabled by an administrator. Contact your helpdesk to have it enabled again.
# $until is a date and time in UTC, e.g. "2026-12-01 17:05 UTC".
login-account-locked = After several wrong passwords this account is locked until { $until }. It unlocks by itself; the owner has been told by mail.
login-robot-check-needed = Many sign-ins failed from your network lately: wait until the anti-robot check below says it is done, then sign in again.

## The verification methods ("Choose your verification method"): a title (the seeds'
## names, as in EU Login) and a one-line explanation each.

login-method-password-title = Password
login-method-password-hint = Authenticate with only your password.
login-method-sms-title = Mobile Phone + SMS
login-method-sms-hint = Send a text message to a registered mobile phone number for a multi-factor authentication.
login-method-app-title = Mobile App PIN Code
login-method-app-hint = Use your registered Mobile app to verify your identity.
login-method-qr-title = Mobile App QR Code
login-method-qr-hint = Generate a one-time-password with the Mobile app.
# A "token" is an authenticator app or a small hardware device showing one-time codes.
login-method-token-title = Token
login-method-token-hint = Use a token or an authenticator app to generate a one-time-password to login.
login-method-webauthn-title = Security Key or Trusted Platform (TPM)
login-method-webauthn-hint = Use your registered security key or your device's built-in authenticator to verify your identity.
login-method-recovery-title = Recovery code
login-method-recovery-hint = Lost your phone, token or key? Use a recovery code to reach My account and add a new verification method.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Your account always requires multi-factor authentication.
login-verify-app-hint = Confirm the sign-in in the mobile app with your PIN.
login-verify-qr-hint = Scan a QR code with the mobile app, which works offline, and type its one-time password.
login-verify-token-hint = Type the code of your authenticator app or hardware token.

## Lines of an account's security history (a list of what changed, newest first; the
## line is also put into the mail that tells the owner). They start in lower case.

login-history-locked = locked after several wrong passwords
# $browser is the browser's own description of itself (its "user agent"), as it sent it.
login-history-new-browser = new sign-in from a browser not seen before ({ $browser })
