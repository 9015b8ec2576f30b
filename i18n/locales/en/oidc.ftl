# Signing in to applications (OpenID Connect): consent, sign-out, the way back to the
# application, sign-in requests that cannot be used. $app is an application's name
# (e.g. "ERN-CPMS"); $site the name of this sign-in service.

## Consent: an application asks to use the account.

# Browser tab title.
oidc-consent-title = Allow { $app }?
oidc-consent-heading = { $app } asks to use your account
# Followed by a list of oidc-scope-… items.
oidc-consent-intro = If you allow it, { $app } will receive:
oidc-consent-withdraw = You can withdraw this permission at any time in My account.
oidc-consent-allow = Allow
oidc-consent-deny = Deny

## What an application receives (items of the list after oidc-consent-intro).

oidc-scope-subject = a stable identifier for your account (not your e-mail address)
oidc-scope-profile = your name and preferred language
oidc-scope-email = your e-mail address
oidc-scope-phone = your confirmed mobile phone number
oidc-scope-offline = access while you are not signed in (until you withdraw it)

## Sign-out.

oidc-logout-title = Sign out
oidc-logout-asks = { $app } asks to sign you out.
oidc-logout-explain = Signing out ends your { $site } session in this browser, and the applications you signed in to with it are told.
oidc-logout-submit = Sign out
oidc-logout-request-unusable = This sign-out request cannot be used
oidc-logout-done-title = You are signed out
oidc-logout-not-signed-in = You are not signed in in this browser.
oidc-logout-malformed = The sign-out request is malformed.
oidc-logout-foreign-token = The sign-out request carries an ID token we did not issue.
oidc-logout-two-applications = The sign-out request names two different applications.
oidc-logout-unregistered-address = The application asked to send you to an address it has not registered.

## The page that sends the answer back to the application (it submits itself).

oidc-returning-title = Returning to the application
oidc-returning-no-script = JavaScript is off: press the button to go back to the application.
oidc-returning-continue = Continue to the application

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = This sign-in request cannot be used
oidc-request-expired-title = This sign-in request has expired
oidc-start-again = Go back to the application and start again.
oidc-other-browser-title = This sign-in request was started in another browser
oidc-other-browser = For your safety a sign-in can only be continued in the browser where it started. Go back to the application and start again.
oidc-request-malformed = The sign-in request is malformed.
# Link (button) to the account's own pages.
oidc-go-to-account = Go to My account
oidc-changed-in-another-tab = This sign-in request was completed or changed in another tab. Go back to the application and start again.
oidc-unknown-application = The application that sent you here is not registered with us.
oidc-unregistered-return-address = { $app } sent you here with a return address it has not registered, so we cannot send you back.
oidc-request-used = This sign-in request has expired or was already used. Go back to the application and start again.
# $reason is a technical description in English, for the application's developers.
oidc-request-not-accepted = { $app } sent a sign-in request we cannot accept ({ $reason }).
oidc-application-gone = The application is no longer registered.
oidc-other-account = This sign-in request was started for another account. Go back to the application and start again.
oidc-already-completed = This sign-in request was already completed.
