# Creating an account, the anti-robot check, the privacy statement, confirming a new
# e-mail address.

## "Create an account": the form (the seeds' labels; outside tools look for the English ones).

register-title = Create an account
# Heading of the list of the form's mistakes, above the form.
register-problem = There is a problem
register-first-name-label = First name
register-last-name-label = Last name
register-email-label = E-mail
register-confirm-email-label = Confirm e-mail
# The language the account's mails are written in.
register-language-label = E-mail language
# Label of the privacy checkbox; $statement is the link to the privacy statement, whose
# text is register-privacy-statement.
register-privacy-acknowledge = By checking this box, you acknowledge that you have read and understood the { $statement }
# Link text inside register-privacy-acknowledge.
register-privacy-statement = privacy statement
register-submit = Create an account
# Explains the anti-robot check on the registration form.
register-robot-intro = Your browser solves a small puzzle to show it is not a robot. This needs JavaScript and takes a second or two.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Enter your first name (at most 100 characters).
register-last-name-invalid = Enter your last name (at most 100 characters).
register-email-invalid = Enter a valid e-mail address, e.g. name@hospital.eu.
register-emails-differ = The two e-mail addresses are not the same.
register-language-invalid = Choose the language of your mails.
register-privacy-required = You must acknowledge the privacy statement.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Check your mailbox
# $email is the address the person typed.
register-mail-sent = We have sent a message to { $email }.
register-open-link = Open the link in it within 24 hours to confirm your e-mail address and choose your password.
register-look-in-spam = If nothing arrives within a few minutes, look in your spam folder.
# Page title and heading of the form that sets the first password.
register-choose-password = Choose your password
register-ready-title = Your account is ready
# $email is the account's e-mail address.
register-ready = Your e-mail address { $email } is confirmed and your password is set.
register-already-title = You already have an account
register-already = An account with this e-mail address exists already. Sign in, or use "Lost your password?".
# Link (button) to the sign-in page.
register-sign-in = Sign in

## The anti-robot check (on "Create an account" and, after many failed sign-ins, on the
## password step): a progress bar while the browser solves a small puzzle.

register-robot-title = Anti-robot check
# Shown while the browser works on the puzzle; then register-robot-done.
register-robot-checking = Checking that you are not a robot…
register-robot-done = Checking that you are not a robot… done
register-robot-malformed = The anti-robot check is missing or malformed.
register-robot-expired = The anti-robot check has expired; please try again.
register-robot-unsolved = The anti-robot check was not solved.
register-robot-reused = The anti-robot check was already used; please try again.
register-robot-other-address = The anti-robot check was made for another network address; please try again.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Privacy statement
register-privacy-kept = { $site } keeps your name, e-mail address, e-mail language, a salted argon2id hash of your password and, while you are signed in, your browser's address and name, in order to sign you in to the applications of the European Reference Networks.
register-privacy-shared = Nothing is shared with third parties; the anti-robot check runs in your browser. Applications you sign in to receive only what they ask for and you allow.

## Confirming a new e-mail address (the link mailed to it from My account).

register-email-confirm-title = Confirm your new e-mail address
register-email-confirm-button = Confirm my new e-mail address
