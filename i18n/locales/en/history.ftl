# The security history of an account ("Security history" in My account, and the mail
# sent for each change). Each line says what changed; it is shown in a table cell next to
# the date and the address it came from, so it starts in lower case in English.
# Placeholders hold names given by the user ($name), phone numbers ($number) and e-mail
# addresses ($email, $old, $new).

history-mfa-mandatory = multi-factor authentication made mandatory
history-mfa-optional = multi-factor authentication made optional
history-token-added = token added
history-token-deleted = token deleted
# $number: the phone number.
history-phone-added = mobile phone number { $number } added
history-phone-deleted = mobile phone number { $number } deleted
# $name: the name the mobile app gave the device.
history-device-added = mobile device "{ $name }" added
history-device-deleted = mobile device "{ $name }" deleted
# "Delete all my devices (PANIC)"; $devices and $tokens: how many were deleted.
history-panic = PANIC: all mobile devices ({ $devices }) and tokens ({ $tokens }) deleted, every session ended
# $name: the device that answered.
history-app-denied-wrong-number = sign-in denied on "{ $name }": a wrong number was picked in the app
history-app-denied = sign-in denied on "{ $name }": the sign-in was denied in the app
# $name: the name the user gave the key.
history-key-added = security key "{ $name }" added
# In the history: $name: the name the user gave the key. The mailed version adds $link, the
# "Secure my account" address (kept out of the history: whoever holds the password can read it).
history-key-added-password-only = security key "{ $name }" added by a sign-in with the password alone
history-key-added-password-only-mailed = security key "{ $name }" added by a sign-in with the password alone. If this was not you, open { $link } : it removes the password, every security key and recovery code, and ends every session
history-key-deleted = security key "{ $name }" deleted
history-key-cloned = security key "{ $name }" refused: its counter went backwards, it may have been copied
history-codes-generated = new recovery codes generated (the old ones no longer work)
# $count: how many recovery codes are left.
history-code-used = { $count ->
    [one] signed in with a recovery code ({ $count } left)
   *[other] signed in with a recovery code ({ $count } left)
}
# $email: the new address.
history-email-change-requested = change of e-mail address to { $email } requested
history-email-changed = e-mail address changed from { $old } to { $new }
