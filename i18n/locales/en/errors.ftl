# Error pages (any page that cannot be shown), refused forms, used-up links.

## The error page: a title, a sentence, a link to the start page and a reference.

errors-bad-request-title = Something is wrong with this request
errors-forbidden-title = This form cannot be accepted
errors-not-found-title = Page not found
errors-not-found = There is no page at this address.
errors-too-large-title = Too much data
errors-too-large = The form sent more data than any of our forms needs.
errors-too-many-requests-title = Too many requests
errors-unavailable-title = Service temporarily unavailable
errors-unavailable = The service cannot answer right now. Nothing was changed; please try again in a minute.
errors-internal-title = Something went wrong on our side
errors-internal = The error has been logged. Please try again; if it happens again, contact support with the reference below.
errors-go-to-start = Go to the start page
# Before a short code (the request's id) that support can look up in the logs.
errors-reference = Reference for support:

## Forms that cannot be accepted.

# "application/x-www-form-urlencoded" is a technical name: keep it as it is.
errors-form-not-urlencoded = Forms must be sent as application/x-www-form-urlencoded.
errors-form-other-site = The form was sent from another site.
errors-form-unreadable = The form could not be read.
errors-form-malformed = The form is malformed.
errors-form-expired = This form has expired or was not sent from our pages. Go back, reload the page and try again.
errors-form-wrong-kind = The form has a field of the wrong kind.

## Mails and links.

errors-too-many-mails = Too many mails were requested for this address or from your network. Please try again in an hour.
errors-link-invalid-title = This link cannot be used
errors-link-invalid = The link is invalid, has expired or was already used. Links in our mails work once.
errors-go-to-sign-in = Go to sign in
