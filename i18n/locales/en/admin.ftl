# The operators' console at /admin (for administrators): people, clients, signing keys
# and the operators' log. The operators' log entries themselves stay in English (records
# for operators and scripts), as do technical terms: client id, redirect URI, PKCE,
# private_key_jwt, DPoP, FAPI 2.0, RS256, the command "idp client add".

## Who may use the console

admin-not-admin-title = This console is for administrators
admin-not-admin-text = Your account is not an administrator's. Nothing was shown or changed.
admin-my-account = My account
admin-second-factor-title = Confirm with your second factor first
admin-second-factor-text = The operators' console acts on other people's accounts, so it needs a sign-in with a second factor.
admin-second-factor-again-title = Confirm with your second factor again
admin-second-factor-again-text = Your second factor was proved more than 15 minutes ago. Confirm it again, then repeat the action: nothing was changed.
admin-second-factor-link = Confirm with a second factor
# The operator's own account is on hold (a second factor added with a recovery code): the console waits.
admin-held-title = Your account is on hold

## Shared by the console's pages

# The link back after an action's result.
admin-back = Back
admin-back-to-console = Back to the console
admin-search = Search
admin-first-page = First page
admin-next-page = Next page
admin-pages = Pages
# Table headers: when something happened, and from which IP address.
admin-when = When
admin-from = From
admin-created = Created
admin-name = Name
admin-email = E-mail
admin-status = Status

## The console's home page

admin-title = Operators' console
# $operator: the administrator's e-mail address.
admin-home-intro = Signed in as { $operator }. Every action here is recorded in the operators' log and, where it concerns a person, in their security history.
# The menu: each entry is a link, then what it is for.
admin-menu-users = Users
admin-menu-users-text = find someone, unlock, end sessions, remove a lost phone or device, disable or enable, send a password-reset mail
admin-menu-clients = Clients
admin-menu-clients-text = the applications that sign people in
admin-menu-keys = Signing keys
admin-menu-access = Access
admin-menu-access-text = pending requests and grants of every network
admin-menu-log = Operators' log

## Users

admin-users-title = Users
admin-users-search-hint = The beginning of an e-mail address, of a first or last name, or of "first last".
admin-users-none = No account found.
# The table of one account's e-mail, creation date and status.
admin-account = Account
# An account's status.
admin-user-active = active
admin-user-disabled = disabled
# After the status; $until is a date and time (UTC).
admin-user-locked-until = locked after wrong passwords until { $until }
admin-user-administrator = administrator
admin-factors = Second factors
admin-factors-none = None.
# The second factors of an account: $number is a phone number, $name the name its owner gave.
admin-factor-phone = Mobile phone { $number }
admin-factor-phone-unconfirmed = Mobile phone { $number } (not confirmed)
admin-factor-device = Mobile device "{ $name }"
admin-factor-token = Token (authenticator app)
admin-factor-security-key = Security key "{ $name }"
# $factor: one of the admin-factor-… texts; $added: a date and time.
admin-factor-added = { $factor }, added { $added }
# A button; $factor: one of the admin-factor-… texts.
admin-factor-remove = Remove { $factor }
admin-sessions = Sessions
admin-sessions-none = No open session.
# Table headers of an account's sessions.
admin-session-browser = Browser
admin-session-address = Address
admin-session-started = Signed in
admin-session-last-activity = Last activity
admin-session-applications = Applications
# In the Applications column of a session that signed in to none.
admin-session-no-applications = none
admin-actions = Actions
admin-unlock = Unlock the account
admin-send-reset = Send a password-reset mail
admin-end-sessions = End all sessions
admin-enable = Enable the account
admin-disable = Disable the account
admin-history = Security history
admin-history-none = Nothing yet.
admin-history-what = What
admin-back-to-users = Back to Users

## What an action on an account did ($email: the account's e-mail address)

admin-unlocked-title = Account unlocked
admin-unlocked-text = { $email } can sign in again with the right password; they have been told by mail.
admin-sessions-ended-title = All sessions ended
admin-sessions-ended-text = Every session of { $email } has ended and what applications were given is revoked.
admin-admin-disable-title = An administrator's account is disabled on the server
admin-admin-disable-text = Administrators' accounts are disabled with idp user disable on the server, not from the console.
admin-disabled-title = Account disabled
admin-disabled-text = { $email } cannot sign in; every session has ended and their tokens are revoked.
admin-enabled-title = Account enabled
admin-enabled-text = { $email } can sign in again.
admin-already-disabled-title = Already disabled
admin-already-disabled-text = { $email } was disabled already; nothing changed.
admin-already-enabled-title = Already enabled
admin-already-enabled-text = { $email } was enabled already; nothing changed.
admin-reset-sent-title = Password-reset mail sent
admin-reset-sent-text = A link to choose a new password was mailed to { $email }.
admin-no-mail-title = No mail sent
admin-no-mail-text = { $email } has been sent too many mails lately; try again later.
admin-nothing-removed-title = Nothing removed
admin-nothing-removed-text = The account has no such factor (perhaps it was removed meanwhile).
admin-factor-removed-title = Factor removed
admin-factor-removed-text = The factor was removed from { $email }; they have been told by mail.

## Clients (the applications that sign people in)

admin-clients-title = Clients
admin-client-id = Client id
# How a client proves who it is.
admin-client-kind = Kind
admin-redirect-uris = Redirect URIs
admin-redirect-uris-hint = One per line: https, or http on loopback.
admin-kind-confidential-option = Confidential (with a secret)
admin-kind-public-option = Public (PKCE, no secret)
# A client's kind, in the list and on its page.
admin-kind-keys = confidential (private_key_jwt)
admin-kind-secret = confidential (secret)
admin-kind-public = public (PKCE)
admin-client-add = Add a client
admin-client-add-button = Add the client
# Followed by the command that does it (idp client add).
admin-clients-cli-hint = Keys (private_key_jwt), DPoP, pairwise subjects and the FAPI 2.0 profile are set on the command line:
# $id: the client's id.
admin-client-title = Client { $id }
admin-redirect-uris-save = Save the redirect URIs
admin-secret = Secret
admin-secret-rotate-hint = The current secret stops working at once; the new one is shown once.
admin-secret-rotate = Rotate the secret
admin-remove = Remove
admin-client-remove = Remove the client { $id }
admin-back-to-clients = Back to Clients
admin-client-added-title = Client added
admin-client-added-public = { $id } is registered as a public client (PKCE, no secret).
admin-secret-rotated-title = Client secret rotated
admin-secret-shown-once = The secret of { $id } is shown this once; copy it into the application's configuration now.
admin-client-secret = Client secret
admin-done = Done
admin-uris-saved-title = Redirect URIs saved
# $uris: the addresses, separated by commas.
admin-uris-saved-text = { $id } now accepts: { $uris }
admin-client-removed-title = Client removed
admin-client-removed-text = { $id } is removed: its tokens no longer work at userinfo and it can no longer sign anyone in.
# Why a change of redirect URIs was refused.
admin-uris-none = at least one redirect URI is needed
admin-uris-too-many = { $max ->
    [one] at most { $max } redirect URI
   *[other] at most { $max } redirect URIs
}
admin-no-such-client = no client has the id { $id }
admin-uris-checked = { $id } has pairwise subjects or the FAPI 2.0 profile, which its redirect URIs were checked for: change them with idp client remove and idp client add
admin-no-secret = { $id } has no secret (a public client, or one that signs with its keys)

## Signing keys

admin-keys-title = Signing keys
admin-key-id = Key id
admin-key-algorithm = Algorithm
admin-key-state = State
# The state of a signing key.
admin-key-signs = signs
admin-key-retired-published = retired, still published
admin-key-retired = retired
admin-key-rotate-heading = Rotate a key
admin-key-rotate = Rotate the signing key
admin-key-rotated-title = Signing key rotated
# $alg: RS256, ES256 or EdDSA; $kid: the new key's id.
admin-key-rotated-text = { $alg } tokens are now signed with the key { $kid }; the previous key stays published while tokens it signed may still be in use.

## The operators' log

admin-log-title = Operators' log
admin-log-label = The operators' log
admin-log-search-hint = The beginning of an operator's e-mail, of what was acted on, or of the action.
admin-log-none = No entry.
admin-log-operator = Operator
admin-log-action = Action
# What the action was done to (an e-mail address, a client id, a key id).
admin-log-target = On
