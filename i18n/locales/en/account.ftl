# My account: the overview, personal data, sessions, the security history page, deleting
# the account. Page names double as the link texts that lead to them on My account.

## The overview ("My account")

account-title = My account
account-name = Name
account-email = E-mail
# The language the account's mails are written in (also the site's language once signed in).
account-email-language = E-mail language
# When the current sign-in happened; a date and time (UTC) follows.
account-signed-in-since = Signed in since
account-sign-out = Sign out
account-change-password = Change password
# Link to the page where access to applications (CPMS) is requested.
account-access-link = My applications access
account-require-mfa = Always require multi-factor authentication
account-save = Save
account-consents-heading = Applications you allowed
account-consents-none = No application has asked for your consent yet.
# $name: the application's name.
account-consent-withdraw = Withdraw consent for { $name }
account-offline-heading = Applications with offline access
account-offline-hint = These applications can act for you while you are not signed in. Revoking ends that at once; they must ask you again.
account-offline-none = No application has offline access.
# After an application's name; $until: a date and time (UTC).
account-offline-until = (until { $until }, renewed while it is used)
# $name: the application's name.
account-offline-revoke = Revoke offline access for { $name }
# Heading and button.
account-delete = Delete my account
account-delete-warning = This ends every session and removes your account and everything kept about it. It cannot be undone.
account-password = Password
account-back = Back to My account

## Messages on the overview

account-password-changed = Your password has been changed. Other browsers have been signed out.
account-mfa-on = Multi-factor authentication is now always required for your account.
account-mfa-off = Multi-factor authentication is no longer always required.
account-mfa-confirm-first = To change this, first confirm with your second verification method (sign in again with it).
account-delete-wrong-password = This is not your password: the account was not deleted.
account-delete-confirm-first = To delete the account, first confirm with your second verification method (sign in again with it).
# The page shown once the account is deleted: title, text, and a button.
account-deleted-title = Your account was deleted
account-deleted-text = Your account and everything kept about it have been removed.
account-create = Create an account

## Personal data

account-details-title = Personal data
account-details-first-name = First name
account-details-last-name = Last name
account-details-email-heading = Change my e-mail address
# $email: the account's current e-mail address.
account-details-email-current = Your e-mail address is { $email }. We send a link to the new address; the change happens when you open it.
account-details-new-email = New e-mail
account-details-send-link = Send a confirmation link
account-details-saved = Your personal data is saved.
# $email: the new address the link was sent to.
account-details-link-sent = We sent a link to { $email }. Open it to make it your e-mail address.
# $email: the account's new address.
account-details-email-changed = Your e-mail address is now { $email }.
account-details-wrong-password = This is not your password.
account-details-email-confirm-first = To change your e-mail address, first confirm with your second verification method (sign in again with it).
account-details-link-invalid = This link is invalid, has expired or was already used.
account-details-name-length = First and last name must be 1 to 100 characters.
account-details-choose-language = Choose the language of your mails.
account-details-email-invalid = Enter a valid e-mail address.
account-details-email-same = This is already your e-mail address.
account-details-too-many-mails = Too many mails were asked for. Try again in an hour.
account-details-email-taken = Another account uses this address now.
# The page the link from the mail opens: its title and its button.
account-email-title = Your e-mail address
account-go = Go to My account

## Display my sessions

account-sessions-title = Display my sessions
# Label of the table of sessions, for screen readers.
account-sessions-label = My sessions
account-sessions-browser = Browser
account-sessions-address = Address
account-sessions-signed-in = Signed in
account-sessions-last-activity = Last activity
account-sessions-applications = Applications
# After the browser of the session the page is being read in.
account-sessions-this-browser = (this browser)
# In the Applications column, when the session signed in to none.
account-sessions-no-applications = none
# $browser: e.g. "Firefox on Linux"; $started: when the session began.
account-sessions-end = End the session of { $browser } ({ $started })
account-sessions-end-others = End all my other sessions
account-session-ended = The session has been ended.
account-session-already-ended = That session had already ended.
account-other-sessions-ended = Every other session has been ended.
# How a browser is named: $browser e.g. "Firefox", $system e.g. "Windows", "Android".
account-browser-on-system = { $browser } on { $system }

## Security history

account-history-title = Security history
account-history-intro = Every change to the security of your account, newest first. Each was also mailed to you.
account-history-none = Nothing yet.
account-history-when = When
account-history-what = What
account-history-from = From address
