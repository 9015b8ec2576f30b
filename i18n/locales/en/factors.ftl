# Verification methods (second factors): managing them in My account, and the sign-in
# step of each. The method names ("Mobile Phone + SMS", "Token", ...) are EU Login's:
# use the words EU Login uses in your language.

## Shared by several pages

# Button.
factors-sign-in = Sign in
factors-confirm = Confirm
factors-try-again = Try again
factors-please-try-again = Please try again.
# Button next to a phone number, device or key; $name: what it deletes.
factors-delete-named = Delete { $name }
# After a device's name; $date: a date and time (UTC).
factors-added-on = (added on { $date })
# On a management page while the account is on hold after every second factor was deleted
# with the password alone; $until: a date and time (UTC).
factors-hold-notice = Every second factor of your account was deleted with the password alone. For your safety, a new one can be added from { $until }. We sent the owner of the account a mail about it.
# Followed by a link saying how to confirm (the next messages).
factors-already-has-factor = Your account already has a second verification method.
# Link texts after factors-already-has-factor.
factors-devices-confirm-first = To add or delete a device, first confirm with it: sign in again choosing it.
factors-confirm-first = To add or delete one, first confirm with it: sign in again choosing it.
factors-confirm-recent = This change needs a confirmation with your second verification method from the last 15 minutes. Confirm again, then repeat this step.
factors-phones-confirm-first = To add or delete one, first confirm with Mobile Phone + SMS.
factors-confirm-current-first = First confirm with your current second verification method (sign in again choosing it).
factors-mfa-add-first = Add a mobile phone number or a token first.
factors-held = Every second factor of this account was deleted with the password alone: for your safety a new one cannot be added yet. See the mail we sent.
# The account is on hold after a second factor was added with a recovery code. $until: when it ends.
factors-held-code = A second factor was added to this account with a recovery code: for your safety, until { $until } no second factor can be added or deleted, no recovery codes generated, the e-mail address not changed and the account not deleted. See the mail we sent.
# A session signed in with a recovery code tried to remove a factor, or to change the address, the codes or the account.
factors-code-not-enough = A recovery code lets you add a second verification method, nothing more: to remove one, or to change your e-mail address, your recovery codes or your account, sign in again with a second verification method you have.
factors-too-many-codes = Too many wrong codes. Wait 15 minutes before trying again.

## The method names and what they do (the page "Choose your verification method")

factors-choose-method = Choose your verification method
# $app: the application's name; $level: the eIDAS level name as sent by the application ("high").
factors-level-high = { $app } requires the highest level of sign-in (level "{ $level }"): a security key or passkey that checks your PIN, fingerprint or face. It cannot be used on another site, which protects you from phishing.
# $app: the application's name; $level: the eIDAS level name as sent by the application ("substantial").
factors-level-substantial = { $app } requires a stronger sign-in (level "{ $level }"): your password and a second verification method.
# Added after login-method-webauthn-hint when the highest level is needed.
factors-method-key-hint-high = Confirm with its PIN, fingerprint or face when asked.
factors-no-key = Your account has no security key or passkey, so you cannot reach this level yet.
# Followed by a link to "Manage my security keys and passkeys"; $app: the application's name.
factors-no-key-add = To continue to { $app }, add one (a security key, or your device's built-in authenticator), then come back:
# $app: the application's name.
factors-no-factor = Your account has no second verification method yet, so you cannot continue to { $app }.
# Followed by links to the pages that add a method.
factors-no-factor-add = Add one on one of these pages, then come back:
# $app: the application's name.
factors-cancel = Cancel and go back to { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Manage my mobile phone numbers
factors-phones-none = You have no mobile phone number yet.
# After a phone number.
factors-phone-confirmed = (confirmed)
factors-phone-not-confirmed = (not confirmed yet)
# Heading; $number: the phone number.
factors-phones-confirm-number = Confirm { $number }
factors-sms-enter-challenge = Enter the challenge sent to your mobile phone by SMS text message. It might take several minutes for the message to reach your mobile phone.
factors-sms-challenge-label = SMS text challenge
# Heading and button.
factors-phones-add = Add a mobile phone number
factors-mobile-phone-label = Mobile phone
factors-phone-hint = International format including country code, e.g. for Belgium: +32 123 45 67 89
factors-sms-title = Authentication by SMS text challenge
factors-sms-number-label = Mobile phone number
factors-too-many-sms = Too many SMS were asked for this account, number or network. Please try again in an hour.
# $number: the phone number.
factors-sms-sent = We sent an SMS text challenge to { $number }.
# $number: the phone number.
factors-phone-added = { $number } is confirmed. You can now use it to sign in with Mobile Phone + SMS.
factors-phone-deleted = The number was deleted.
# $count: how many more tries the challenge allows.
factors-sms-wrong = { $count ->
    [one] This is not the SMS text challenge we sent. { $count } try left.
   *[other] This is not the SMS text challenge we sent. { $count } tries left.
}
factors-sms-expired = This challenge has expired or was used up (too many wrong tries). Ask for a new one.
factors-phone-format = Enter the number in international format, with the country code, e.g. for Belgium: +32 123 45 67 89.
# $count: the most numbers an account may have.
factors-phones-max = { $count ->
    [one] An account can have at most { $count } mobile phone number.
   *[other] An account can have at most { $count } mobile phone numbers.
}
factors-phone-already-confirmed = This number is already confirmed for your account.
factors-phone-not-yours = This is not one of the confirmed mobile phone numbers of your account.

## Tokens (authenticator apps)

factors-tokens-title = Manage my tokens
factors-tokens-intro = A token is an authenticator app (or a hardware token) that shows a new 6-digit code every 30 seconds.
# $date: a date and time (UTC).
factors-token-added-on = Token added on { $date }
# Button; $date: a date and time (UTC).
factors-token-delete = Delete the token added on { $date }
# Heading and button.
factors-tokens-add = Add a token
factors-tokens-scan = Scan this QR code with your authenticator app, or type the secret key into it.
# Description of the QR code image, for screen readers.
factors-tokens-qr-label = QR code of the token's key
# Followed by the key itself.
factors-tokens-secret = Secret key:
factors-token-code-label = Token code
factors-tokens-confirm = Confirm the token
factors-token-enter = Enter the code your authenticator app or token shows now.
factors-token-added = Your token is added. You can now sign in with it.
factors-token-deleted = The token was deleted.
factors-token-enrolment-expired = The enrolment has expired. Start again.
factors-token-wrong-try-next = This is not the code your token shows now. Try the next one.
factors-token-used = This code was already used. Wait for the next one.
factors-token-wrong = This is not the code your token shows now.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Manage my mobile devices
factors-devices-none = You have no mobile device yet.
# Heading and button.
factors-devices-add = Add a device
factors-devices-scan = Open the mobile app and scan this QR code. It works once, for 10 minutes.
# Description of the QR code image, for screen readers.
factors-devices-qr-label = QR code of the enrolment link
# Followed by the link.
factors-devices-link = Without a camera, give the app this link:
# Heading and button.
factors-panic-title = Delete all my devices (PANIC)
factors-panic-explained = If a phone with the app was lost or stolen: every device and token is deleted at once and every session, this one too, is ended.
factors-device-deleted = The device was deleted.
factors-panic-done-title = All your devices were deleted
# $devices: how many mobile devices, $tokens: how many tokens were deleted.
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] { $devices } mobile device and { $tokens } token were deleted and every session was ended.
       *[other] { $devices } mobile device and { $tokens } tokens were deleted and every session was ended.
    }
   *[other] { $tokens ->
        [one] { $devices } mobile devices and { $tokens } token were deleted and every session was ended.
       *[other] { $devices } mobile devices and { $tokens } tokens were deleted and every session was ended.
    }
}
# $until: a date and time (UTC).
factors-panic-held = You confirmed this with your password only, so for your safety a new device or token can be added from { $until }. We sent you a mail about it, with a link to secure your account if this was not you.
factors-panic-mailed = We sent you a mail about it. Sign in again to add a new device.
factors-panic-wrong-password = This is not your password: nothing was deleted.
factors-panic-confirm-first = Your account keeps a confirmed mobile phone number: first confirm with Mobile Phone + SMS.
factors-app-start-explained = We send a sign-in request to the app on your mobile device. This page then shows a number: pick it in the app and enter your PIN.
factors-app-send = Send the request to my mobile app
factors-app-pick = Open the app on your mobile device, pick this number and enter your PIN:
# Description of the number shown in large type, for screen readers.
factors-app-number-label = The number to pick in the app
factors-app-waiting = Waiting for your mobile device. This page goes on by itself once you have answered in the app.
factors-app-answered = I have answered in the app: continue
factors-app-no-device = Your account has no mobile device. Add one in "Manage my mobile devices".
factors-app-already-waiting = A sign-in request is already waiting on your mobile app. Answer it there, or wait two minutes for it to expire.
factors-app-too-many = Too many sign-in requests were sent to your mobile app this hour. Choose another verification method, or try again later.
factors-app-request-unknown = This sign-in request is unknown or has ended.
factors-app-request-expired = The request expired before the app answered.
factors-app-request-ended = This sign-in request has ended.
factors-app-refused-wrong-number = The sign-in was refused: a wrong number was picked in the app.
factors-app-refused-denied = The sign-in was refused: the sign-in was denied in the app.
factors-app-qr-scan = Scan this QR code with the mobile app (it works offline) and type the one-time password it shows.
# Description of the QR code image, for screen readers; $challenge: the digits it holds.
factors-app-qr-label = QR code of the challenge { $challenge }
# Followed by the challenge's digits.
factors-app-qr-challenge = Challenge:
factors-otp-label = One-time password
factors-app-qr-new = Show a new QR code
factors-qr-ended = This question has ended. Ask for a new one.
factors-qr-too-many = Too many wrong one-time passwords. Wait 15 minutes, or choose another verification method.
# $count: how many more tries the question allows.
factors-qr-wrong = { $count ->
    [one] This is not the one-time password the app shows. { $count } try left.
   *[other] This is not the one-time password the app shows. { $count } tries left.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Manage my security keys and passkeys
factors-keys-intro = A security key (USB, NFC) or your device's built-in authenticator (Trusted Platform Module, Windows Hello, Touch ID, a phone's screen lock) proves it is you and cannot be used on another site: it protects you from phishing. With its PIN or fingerprint it reaches the highest level, "high", and it can sign you in without a password (a passkey).
factors-keys-none = No security key or passkey yet.
# Caption of the table of keys.
factors-keys-yours = Your security keys and passkeys
# Column headings.
factors-keys-name = Name
factors-keys-added = Added
factors-keys-last-used = Last used
# Heading of the column of buttons, for screen readers only.
factors-keys-action = Action
# In the column "Last used".
factors-keys-never-used = never
# Heading and button.
factors-keys-add = Add a security key or passkey
factors-keys-name-label = Name of the key
# Example names shown in the empty field.
factors-keys-name-placeholder = e.g. Blue USB key, Work laptop
factors-keys-needs-script = Adding a security key needs JavaScript: your browser talks to the key.
# $name: the name given to the key.
factors-key-added = The security key "{ $name }" was added.
factors-key-deleted = The security key was deleted.
factors-key-explained = Use your registered security key or your device's built-in authenticator to verify your identity. Insert or touch the key, or confirm with your PIN, fingerprint or face, when your browser asks.
factors-key-use = Use my security key
factors-key-needs-script = Signing in with a security key needs JavaScript: your browser talks to the key.
factors-key-none-add = Your account has no security key yet: add one in My account, Manage my security keys and passkeys.
factors-key-none = Your account has no security key yet.
factors-key-expired = The request expired or was already used. Try again.
factors-key-refused = This key's answer could not be verified. Use a key registered to your account.
factors-key-cloned = This key was refused: it may have been copied. We told the owner of the account by mail. Use another method.
# On the sign-in page, after "Sign in with a passkey" failed.
factors-passkey-expired = The passkey request expired or was already used. Try again.
factors-passkey-refused = This passkey is not registered with us. Sign in with your e-mail address and password.
factors-passkey-cloned = This passkey was refused: it may have been copied. We told the owner of the account by mail.
# $count: the most keys an account may have.
factors-keys-max = { $count ->
    [one] An account can have { $count } security key or passkey; delete it first.
   *[other] An account can have { $count } security keys or passkeys; delete one first.
}
# $count: the longest name allowed, in characters.
factors-key-name-length = { $count ->
    [one] Give the key a name of 1 to { $count } character.
   *[other] Give the key a name of 1 to { $count } characters.
}
factors-key-request-expired = This request expired or was already used: add the key again.
factors-key-malformed = The key's answer is malformed.
factors-key-unverified = The key's answer could not be verified for this site. Try again.
factors-key-registered = This key is registered already.

## Recovery codes

factors-codes-title = My recovery codes
factors-codes-intro = If you lose your phone, token and security keys, a recovery code lets you sign in as far as My account to add a new verification method. Each code works once. Keep them somewhere safe, away from your password: printed, or in a password manager.
factors-codes-new = Here are your new recovery codes. They are shown only this once: write them down or print them now. The old ones no longer work.
# $count: how many codes are still unused; $date: when they were made (UTC).
factors-codes-left = { $count ->
    [one] You have { $count } unused recovery code (made on { $date }).
   *[other] You have { $count } unused recovery codes (made on { $date }).
}
factors-codes-none = You have no recovery codes yet.
factors-codes-generate-new = Generate new recovery codes
factors-codes-generate = Generate recovery codes
factors-codes-add-first = Add a second verification method first: recovery codes stand in for it when it is lost.
factors-codes-need-real-factor = A recovery code cannot make new recovery codes. Sign in again with a second verification method (add one first if you have none left), then generate them.
factors-code-wrong = This is not one of your recovery codes, or it was used already.
# A recovery code typed on a session whose password is more than 15 minutes old: refused, not used.
factors-code-sign-in-again = A recovery code counts only within 15 minutes of signing in with your password. Your code was not used: sign out, sign in again with your password, then type the code.
# On a page of factors, to a session signed in with a recovery code more than 15 minutes ago.
factors-code-lapsed = The 15 minutes to add a verification method with your recovery code have passed. Sign out, then sign in again with your password and another recovery code.
# The sign-in step: page title, heading and field label.
factors-recovery-code = Recovery code
factors-recovery-code-explained = Type one of your recovery codes. It lets you into My account to add a new verification method; it does not sign you in to applications.
factors-recovery-continue = Continue to My account

## "Secure my account": the link mailed after every second factor was deleted with the password alone

# Page title, heading and button.
factors-secure-title = Secure my account
# $email: the account's e-mail address.
factors-secure-explained = Every second factor of the account { $email } was deleted by someone who signed in with its password only. If that was not you, someone knows your password.
factors-secure-what = Securing the account removes its password, ends every session and revokes every application's access. You then choose a new password with "Lost your password?", through your mailbox.
factors-link-dead-title = This link cannot be used
factors-link-dead-text = It was already used or has expired. If you think someone knows your password, choose a new one with "Lost your password?".
factors-secured-title = Your account is secured
factors-secured-text = Its password was removed, every session was ended and every application's access was revoked.
factors-secured-next = Choose a new password now with "Lost your password?": the link goes to your mailbox.

## Said by the page's script while it talks to a security key

factors-script-server-failed = The server could not start the request. Reload the page and try again.
factors-script-unsupported = This browser cannot use security keys or passkeys. Use an up-to-date browser, or another verification method.
factors-script-cancelled = The request was cancelled or timed out. Try again.
factors-script-no-answer = The key did not answer. Try again.
factors-script-name-first = Give the key a name first.
