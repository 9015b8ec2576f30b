## "Create an account": the form.

register-title = Utwórz konto
register-problem = Wystąpił problem
register-first-name-label = Imię
register-last-name-label = Nazwisko
register-email-label = E-mail
register-confirm-email-label = Potwierdź e-mail
register-language-label = Język wiadomości e-mail
register-privacy-acknowledge = Zaznaczając to pole, potwierdzam zapoznanie się z { $statement } i jego zrozumienie
register-privacy-statement = oświadczeniem o ochronie prywatności
register-submit = Utwórz konto
register-robot-intro = Przeglądarka rozwiązuje niewielką łamigłówkę, aby wykazać, że nie jest robotem. Wymaga to JavaScriptu i trwa sekundę lub dwie.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Podaj imię (maksymalnie 100 znaków).
register-last-name-invalid = Podaj nazwisko (maksymalnie 100 znaków).
register-email-invalid = Podaj prawidłowy adres e-mail, np. name@hospital.eu.
register-emails-differ = Podane adresy e-mail się różnią.
register-language-invalid = Wybierz język wiadomości e-mail.
register-privacy-required = Należy potwierdzić zapoznanie się z oświadczeniem o ochronie prywatności.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Sprawdź skrzynkę pocztową
register-mail-sent = Wysłaliśmy wiadomość na adres { $email }.
register-open-link = W ciągu 24 godzin należy otworzyć zawarty w niej link, aby potwierdzić adres e-mail i ustawić hasło.
register-look-in-spam = Jeśli wiadomość nie dotrze w ciągu kilku minut, sprawdź folder ze spamem.
register-choose-password = Ustaw hasło
register-ready-title = Konto jest gotowe
register-ready = Adres e-mail { $email } został potwierdzony, a hasło – ustawione.
register-already-title = Konto już istnieje
register-already = Konto z tym adresem e-mail już istnieje. Zaloguj się lub skorzystaj z opcji „Nie pamiętasz hasła?”.
register-sign-in = Zaloguj się

## The anti-robot check.

register-robot-title = Test antyrobotowy
register-robot-checking = Sprawdzanie, czy nie jesteś robotem…
register-robot-done = Sprawdzanie, czy nie jesteś robotem… gotowe
register-robot-malformed = Brak testu antyrobotowego lub jest on nieprawidłowy.
register-robot-expired = Test antyrobotowy wygasł; spróbuj ponownie.
register-robot-unsolved = Test antyrobotowy nie został rozwiązany.
register-robot-reused = Test antyrobotowy został już wykorzystany; spróbuj ponownie.
register-robot-other-address = Test antyrobotowy został wykonany dla innego adresu sieciowego; spróbuj ponownie.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Oświadczenie o ochronie prywatności
register-privacy-kept = { $site } przechowuje imię i nazwisko, adres e-mail, język wiadomości e-mail, solony skrót hasła (argon2id), a w czasie zalogowania również adres i nazwę przeglądarki – w celu logowania do aplikacji europejskich sieci referencyjnych.
register-privacy-shared = Żadne dane nie są udostępniane osobom trzecim; test antyrobotowy jest wykonywany w przeglądarce. Aplikacje, do których następuje logowanie, otrzymują wyłącznie dane, o które proszą i na których przekazanie wyrażono zgodę.

## Confirming a new e-mail address.

register-email-confirm-title = Potwierdź nowy adres e-mail
register-email-confirm-button = Potwierdź mój nowy adres e-mail
