## Consent: an application asks to use the account.

oidc-consent-title = Zezwolić aplikacji { $app }?
oidc-consent-heading = Aplikacja { $app } prosi o zgodę na korzystanie z konta
oidc-consent-intro = Po wyrażeniu zgody aplikacja { $app } otrzyma:
oidc-consent-withdraw = Zgodę można w każdej chwili wycofać na stronie Moje konto.
oidc-consent-allow = Zezwól
oidc-consent-deny = Odmów

## What an application receives.

oidc-scope-subject = stały identyfikator konta (nie adres e-mail)
oidc-scope-profile = imię i nazwisko oraz preferowany język
oidc-scope-email = adres e-mail
oidc-scope-phone = potwierdzony numer telefonu komórkowego
oidc-scope-offline = dostęp również wtedy, gdy nie ma aktywnego logowania (do czasu wycofania zgody)

## Sign-out.

oidc-logout-title = Wylogowanie
oidc-logout-asks = Aplikacja { $app } prosi o wylogowanie.
oidc-logout-explain = Wylogowanie kończy sesję { $site } w tej przeglądarce, a aplikacje, do których zalogowano się w ramach tej sesji, zostaną o tym powiadomione.
oidc-logout-submit = Wyloguj się
oidc-logout-request-unusable = Nie można użyć tego żądania wylogowania
oidc-logout-done-title = Wylogowano
oidc-logout-not-signed-in = W tej przeglądarce nie ma aktywnego logowania.
oidc-logout-malformed = Żądanie wylogowania jest nieprawidłowe.
oidc-logout-foreign-token = Żądanie wylogowania zawiera token identyfikacyjny (ID token), który nie został wydany przez nas.
oidc-logout-two-applications = Żądanie wylogowania wskazuje dwie różne aplikacje.
oidc-logout-unregistered-address = Aplikacja chciała przekierować na adres, którego nie zarejestrowała.

## The page that sends the answer back to the application.

oidc-returning-title = Powrót do aplikacji
oidc-returning-no-script = JavaScript jest wyłączony: naciśnij przycisk, aby wrócić do aplikacji.
oidc-returning-continue = Przejdź do aplikacji

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Nie można użyć tego żądania logowania
oidc-request-expired-title = To żądanie logowania wygasło
oidc-start-again = Wróć do aplikacji i zacznij od nowa.
oidc-other-browser-title = To żądanie logowania zostało rozpoczęte w innej przeglądarce
oidc-other-browser = Ze względów bezpieczeństwa logowanie można kontynuować tylko w przeglądarce, w której zostało rozpoczęte. Wróć do aplikacji i zacznij od nowa.
oidc-request-malformed = Żądanie logowania jest nieprawidłowe.
oidc-go-to-account = Przejdź do strony Moje konto
oidc-changed-in-another-tab = To żądanie logowania zostało zakończone lub zmienione w innej karcie. Wróć do aplikacji i zacznij od nowa.
oidc-unknown-application = Aplikacja, która tu przekierowała, nie jest u nas zarejestrowana.
oidc-unregistered-return-address = Aplikacja { $app } przekierowała tutaj z adresem zwrotnym, którego nie zarejestrowała, dlatego nie możemy przekierować z powrotem.
oidc-request-used = To żądanie logowania wygasło lub zostało już użyte. Wróć do aplikacji i zacznij od nowa.
oidc-request-not-accepted = Aplikacja { $app } wysłała żądanie logowania, którego nie możemy przyjąć ({ $reason }).
oidc-application-gone = Aplikacja nie jest już zarejestrowana.
oidc-other-account = To żądanie logowania zostało rozpoczęte dla innego konta. Wróć do aplikacji i zacznij od nowa.
oidc-already-completed = To żądanie logowania zostało już zakończone.
