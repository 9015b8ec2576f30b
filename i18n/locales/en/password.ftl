# Passwords: choosing one (first or new), "Lost your password?", changing it, the rules.

## The form that sets a password (after registration, or from a reset link).

# Before the account's e-mail address, shown in bold.
password-account = Account:
password-rules-hint = At least 10 characters. Long passphrases of unrelated words are easy to remember and hard to guess; your name, your e-mail and common passwords are refused.
# Heading of the list of the form's mistakes, above the form.
password-problem = There is a problem
password-new-label = New password
password-confirm-label = Confirm new password
password-set-submit = Set my password
# Page title and heading of the form reached from a reset link.
password-choose-new = Choose a new password
password-new-set-title = Your new password is set
password-new-set = For your safety, every session of your account has been ended. Sign in with your new password.

## "Lost your password?"

password-lost-title = Lost your password?
password-lost-intro = Enter the e-mail address of your account. We will send you a link to choose a new password.
password-email-label = E-mail
password-lost-submit = Send me a link
password-email-invalid = Enter a valid e-mail address.
password-check-mailbox = Check your mailbox
# $email is the address the person typed.
password-lost-sent = If { $email } is the address of an account, we have sent it a link to choose a new password.
password-lost-link-once = The link works once, for one hour.

## "Change password" (from My account).

password-change-title = Change password
password-change-hint = Changing your password signs you out of every other browser.
password-current-label = Current password
password-change-submit = Change password
password-back-to-account = Back to My account
password-not-current = This is not your current password.
password-mismatch = The two passwords are not the same.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Your password must have at least { $count } character.
   *[other] Your password must have at least { $count } characters.
}
password-too-long = { $count ->
    [one] Your password must have at most { $count } character.
   *[other] Your password must have at most { $count } characters.
}
password-is-email = Your password must not be your e-mail address.
# $advice is one of the password-advice-… sentences below.
password-guessable = This password is too common or easy to guess. { $advice }

## Advice on a password that is easy to guess (one is shown after password-guessable).

password-advice-default = Add a few more uncommon words.
password-advice-few-words = Use a few words, avoid common phrases.
password-advice-no-symbols-needed = No need for symbols, digits, or uppercase letters.
password-advice-another-word = Add another word or two. Uncommon words are better.
password-advice-capitals = Capitalization doesn't help very much.
password-advice-all-uppercase = All-uppercase is almost as easy to guess as all-lowercase.
password-advice-reversed = Reversed words aren't much harder to guess.
password-advice-substitutions = Predictable substitutions like '@' instead of 'a' don't help very much.
password-advice-keyboard = Use a longer keyboard pattern with more turns.
password-advice-repeats = Avoid repeated words and characters.
password-advice-sequences = Avoid sequences.
password-advice-recent-years = Avoid recent years.
password-advice-your-years = Avoid years that are associated with you.
password-advice-your-dates = Avoid dates and years that are associated with you.

## Lines of an account's security history (a list of what changed, newest first). They
## start in lower case.

password-history-changed = password changed
password-history-reset = password reset with a link sent by mail
password-history-secured = account secured from the mailed link: password, security keys and recovery codes removed, every session ended
