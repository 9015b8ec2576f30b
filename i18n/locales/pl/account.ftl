## The overview ("My account")

account-title = Moje konto
account-name = Imię i nazwisko
account-email = E-mail
account-email-language = Język wiadomości e-mail
account-signed-in-since = Zalogowano
account-sign-out = Wyloguj się
account-change-password = Zmień hasło
account-access-link = Mój dostęp do aplikacji
account-require-mfa = Zawsze wymagaj uwierzytelniania wieloskładnikowego
account-save = Zapisz
account-consents-heading = Aplikacje, którym udzielono zgody
account-consents-none = Żadna aplikacja nie prosiła jeszcze o zgodę.
account-consent-withdraw = Wycofaj zgodę dla aplikacji { $name }
account-offline-heading = Aplikacje z dostępem offline
account-offline-hint = Te aplikacje mogą działać w Twoim imieniu również wtedy, gdy nie ma aktywnego logowania. Cofnięcie dostępu natychmiast to kończy; aplikacje będą musiały ponownie poprosić o zgodę.
account-offline-none = Żadna aplikacja nie ma dostępu offline.
account-offline-until = (do { $until }, odnawiany podczas korzystania)
account-offline-revoke = Cofnij dostęp offline dla aplikacji { $name }
account-delete = Usuń moje konto
account-delete-warning = Spowoduje to zakończenie wszystkich sesji oraz usunięcie konta i wszystkich przechowywanych o nim danych. Tej operacji nie można cofnąć.
account-password = Hasło
account-back = Powrót do strony Moje konto

## Messages on the overview

account-password-changed = Hasło zostało zmienione. Pozostałe przeglądarki zostały wylogowane.
account-mfa-on = Uwierzytelnianie wieloskładnikowe jest teraz zawsze wymagane dla tego konta.
account-mfa-off = Uwierzytelnianie wieloskładnikowe nie jest już zawsze wymagane.
account-mfa-confirm-first = Aby to zmienić, najpierw potwierdź tożsamość drugą metodą weryfikacji (zaloguj się ponownie przy jej użyciu).
account-delete-wrong-password = To nie jest prawidłowe hasło: konto nie zostało usunięte.
account-delete-confirm-first = Aby usunąć konto, najpierw potwierdź tożsamość drugą metodą weryfikacji (zaloguj się ponownie przy jej użyciu).
account-deleted-title = Konto zostało usunięte
account-deleted-text = Konto i wszystkie przechowywane o nim dane zostały usunięte.
account-create = Utwórz konto

## Personal data

account-details-title = Dane osobowe
account-details-first-name = Imię
account-details-last-name = Nazwisko
account-details-email-heading = Zmień mój adres e-mail
account-details-email-current = Obecny adres e-mail to { $email }. Link zostanie wysłany na nowy adres; zmiana nastąpi po jego otwarciu.
account-details-new-email = Nowy adres e-mail
account-details-send-link = Wyślij link potwierdzający
account-details-saved = Dane osobowe zostały zapisane.
account-details-link-sent = Wysłaliśmy link na adres { $email }. Otwórz go, aby ustawić ten adres jako adres e-mail konta.
account-details-email-changed = Adres e-mail konta to teraz { $email }.
account-details-wrong-password = To nie jest prawidłowe hasło.
account-details-email-confirm-first = Aby zmienić adres e-mail, najpierw potwierdź tożsamość drugą metodą weryfikacji (zaloguj się ponownie przy jej użyciu).
account-details-link-invalid = Ten link jest nieprawidłowy, wygasł lub został już użyty.
account-details-name-length = Imię i nazwisko muszą mieć od 1 do 100 znaków.
account-details-choose-language = Wybierz język wiadomości e-mail.
account-details-email-invalid = Podaj prawidłowy adres e-mail.
account-details-email-same = To jest już adres e-mail tego konta.
account-details-too-many-mails = Zażądano zbyt wielu wiadomości e-mail. Spróbuj ponownie za godzinę.
account-details-email-taken = Ten adres jest już używany przez inne konto.
account-email-title = Adres e-mail
account-go = Przejdź do strony Moje konto

## Display my sessions

account-sessions-title = Wyświetl moje sesje
account-sessions-label = Moje sesje
account-sessions-browser = Przeglądarka
account-sessions-address = Adres
account-sessions-signed-in = Zalogowano
account-sessions-last-activity = Ostatnia aktywność
account-sessions-applications = Aplikacje
account-sessions-this-browser = (ta przeglądarka)
account-sessions-no-applications = brak
account-sessions-end = Zakończ sesję { $browser } ({ $started })
account-sessions-end-others = Zakończ wszystkie moje pozostałe sesje
account-session-ended = Sesja została zakończona.
account-session-already-ended = Ta sesja była już zakończona.
account-other-sessions-ended = Wszystkie pozostałe sesje zostały zakończone.
account-browser-on-system = { $browser } w systemie { $system }

## Security history

account-history-title = Historia bezpieczeństwa
account-history-intro = Wszystkie zmiany dotyczące bezpieczeństwa konta, od najnowszych. O każdej z nich wysłano również wiadomość e-mail.
account-history-none = Na razie brak wpisów.
account-history-when = Kiedy
account-history-what = Co
account-history-from = Z adresu
