## The form that sets a password (after registration, or from a reset link).

password-account = Konto:
password-rules-hint = Co najmniej 10 znaków. Długie hasła złożone z niepowiązanych ze sobą słów łatwo zapamiętać i trudno odgadnąć; imię, nazwisko, adres e-mail i popularne hasła są odrzucane.
password-problem = Wystąpił problem
password-new-label = Nowe hasło
password-confirm-label = Potwierdź nowe hasło
password-set-submit = Ustaw hasło
password-choose-new = Ustaw nowe hasło
password-new-set-title = Nowe hasło zostało ustawione
password-new-set = Ze względów bezpieczeństwa wszystkie sesje tego konta zostały zakończone. Zaloguj się przy użyciu nowego hasła.

## "Lost your password?"

password-lost-title = Nie pamiętasz hasła?
password-lost-intro = Podaj adres e-mail konta. Wyślemy na niego link do ustawienia nowego hasła.
password-email-label = E-mail
password-lost-submit = Wyślij link
password-email-invalid = Podaj prawidłowy adres e-mail.
password-check-mailbox = Sprawdź skrzynkę pocztową
password-lost-sent = Jeśli { $email } jest adresem istniejącego konta, wysłaliśmy na niego link do ustawienia nowego hasła.
password-lost-link-once = Link działa jednorazowo przez godzinę.

## "Change password" (from My account).

password-change-title = Zmień hasło
password-change-hint = Zmiana hasła powoduje wylogowanie ze wszystkich pozostałych przeglądarek.
password-current-label = Obecne hasło
password-change-submit = Zmień hasło
password-back-to-account = Powrót do strony Moje konto
password-not-current = To nie jest obecne hasło.
password-mismatch = Podane hasła się różnią.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Hasło musi mieć co najmniej { $count } znak.
    [few] Hasło musi mieć co najmniej { $count } znaki.
    [many] Hasło musi mieć co najmniej { $count } znaków.
   *[other] Hasło musi mieć co najmniej { $count } znaków.
}
password-too-long = { $count ->
    [one] Hasło może mieć najwyżej { $count } znak.
    [few] Hasło może mieć najwyżej { $count } znaki.
    [many] Hasło może mieć najwyżej { $count } znaków.
   *[other] Hasło może mieć najwyżej { $count } znaków.
}
password-is-email = Hasło nie może być adresem e-mail.
password-guessable = To hasło jest zbyt popularne lub łatwe do odgadnięcia. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Dodaj jeszcze kilka nietypowych słów.
password-advice-few-words = Użyj kilku słów, unikaj popularnych zwrotów.
password-advice-no-symbols-needed = Symbole, cyfry ani wielkie litery nie są potrzebne.
password-advice-another-word = Dodaj jeszcze jedno lub dwa słowa. Nietypowe słowa są lepsze.
password-advice-capitals = Wielkie litery niewiele pomagają.
password-advice-all-uppercase = Hasło pisane samymi wielkimi literami jest niemal tak łatwe do odgadnięcia jak pisane samymi małymi.
password-advice-reversed = Słowa zapisane od tyłu nie są dużo trudniejsze do odgadnięcia.
password-advice-substitutions = Przewidywalne zamiany, takie jak „@” zamiast „a”, niewiele pomagają.
password-advice-keyboard = Użyj dłuższego wzoru na klawiaturze, z większą liczbą zmian kierunku.
password-advice-repeats = Unikaj powtarzających się słów i znaków.
password-advice-sequences = Unikaj sekwencji.
password-advice-recent-years = Unikaj ostatnich lat.
password-advice-your-years = Unikaj lat, które można z Tobą powiązać.
password-advice-your-dates = Unikaj dat i lat, które można z Tobą powiązać.

## Lines of an account's security history (lower case).

password-history-changed = zmieniono hasło
password-history-reset = zresetowano hasło za pomocą linku wysłanego e-mailem
password-history-secured = zabezpieczono konto za pomocą linku z wiadomości e-mail: usunięto hasło, klucze bezpieczeństwa i kody odzyskiwania, zakończono wszystkie sesje
