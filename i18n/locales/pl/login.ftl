# Glossary (pl): sign in = zaloguj się / logowanie; sign out = wyloguj się / wylogowanie;
# account = konto; My account = Moje konto; password = hasło; e-mail address = adres e-mail;
# verification method = metoda weryfikacji; second factor = drugi składnik (uwierzytelniania);
# multi-factor authentication = uwierzytelnianie wieloskładnikowe; mobile app = aplikacja mobilna;
# PIN code = kod PIN; QR code = kod QR; SMS = SMS; SMS text challenge = kod weryfikacyjny SMS;
# one-time password = hasło jednorazowe; security key = klucz bezpieczeństwa; passkey = klucz dostępu;
# token = token; recovery code = kod odzyskiwania; access request = wniosek o dostęp;
# access profile = profil dostępu; Coordinator = koordynator; organisation = organizacja;
# healthcare provider = podmiot leczniczy; network = sieć; panel = panel; patient = pacjent;
# consent = zgoda; session = sesja; device = urządzenie; anti-robot check = test antyrobotowy;
# "Lost your password?" = „Nie pamiętasz hasła?”; mail = wiadomość e-mail.

login-too-many-wrong-passwords = { $count ->
    [one] Zbyt wiele błędnych haseł. Przed ponowną próbą należy odczekać { $count } sekundę.
    [few] Zbyt wiele błędnych haseł. Przed ponowną próbą należy odczekać { $count } sekundy.
    [many] Zbyt wiele błędnych haseł. Przed ponowną próbą należy odczekać { $count } sekund.
   *[other] Zbyt wiele błędnych haseł. Przed ponowną próbą należy odczekać { $count } sekund.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Logowanie
login-heading = Zaloguj się, aby kontynuować
login-app-requires-authentication = Aplikacja { $app } wymaga uwierzytelnienia
login-email-label = E-mail
login-next = Dalej
login-or-without-password = Lub bez hasła:
login-passkey-button = Zaloguj się kluczem dostępu
login-create-account = Utwórz konto
login-email-invalid = Podaj adres e-mail konta, np. name@hospital.eu.
login-welcome-back = Witamy ponownie
login-welcome = Witamy
login-account-external = (Zewnętrzne)
login-different-email = Zalogować się przy użyciu innego adresu e-mail?
login-password-label = Hasło
login-lost-password = Nie pamiętasz hasła?
login-choose-method = Wybierz metodę weryfikacji
login-phone-label = Telefon komórkowy
login-phone-hint = Format międzynarodowy z numerem kierunkowym kraju, np. dla Belgii: +32 123 45 67 89
login-robot-intro = Ostatnio wiele prób logowania z tej sieci zakończyło się niepowodzeniem, dlatego przeglądarka najpierw rozwiąże niewielką łamigłówkę, aby wykazać, że nie jest robotem. Wymaga to JavaScriptu i trwa kilka sekund.
login-submit = Zaloguj się

## Refusals on the password step.

login-wrong-credentials = Adres e-mail lub hasło są nieprawidłowe.
login-account-disabled = To konto zostało wyłączone przez administratora. Aby je ponownie włączyć, należy skontaktować się z działem pomocy technicznej.
login-account-locked = Po kilku błędnych próbach podania hasła to konto zostało zablokowane do { $until }. Zostanie odblokowane automatycznie; właściciel konta został powiadomiony e-mailem.
login-robot-check-needed = Ostatnio wiele prób logowania z tej sieci zakończyło się niepowodzeniem: należy poczekać, aż poniższy test antyrobotowy zostanie ukończony, a następnie ponownie się zalogować.

## The verification methods.

login-method-password-title = Hasło
login-method-password-hint = Uwierzytelnianie wyłącznie za pomocą hasła.
login-method-sms-title = Telefon komórkowy + SMS
login-method-sms-hint = Wysłanie wiadomości tekstowej na zarejestrowany numer telefonu komórkowego w celu uwierzytelnienia wieloskładnikowego.
login-method-app-title = Kod PIN aplikacji mobilnej
login-method-app-hint = Potwierdzenie tożsamości za pomocą zarejestrowanej aplikacji mobilnej.
login-method-qr-title = Kod QR aplikacji mobilnej
login-method-qr-hint = Wygenerowanie hasła jednorazowego w aplikacji mobilnej.
login-method-token-title = Token
login-method-token-hint = Wygenerowanie hasła jednorazowego do logowania za pomocą tokena lub aplikacji uwierzytelniającej.
login-method-webauthn-title = Klucz bezpieczeństwa lub zaufana platforma (TPM)
login-method-webauthn-hint = Potwierdzenie tożsamości za pomocą zarejestrowanego klucza bezpieczeństwa lub wbudowanego modułu uwierzytelniającego urządzenia.
login-method-recovery-title = Kod odzyskiwania
login-method-recovery-hint = Zgubiony telefon, token lub klucz? Kod odzyskiwania umożliwia wejście na stronę Moje konto i dodanie nowej metody weryfikacji.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = To konto zawsze wymaga uwierzytelniania wieloskładnikowego.
login-verify-app-hint = Potwierdź logowanie w aplikacji mobilnej, podając kod PIN.
login-verify-qr-hint = Zeskanuj kod QR aplikacją mobilną (działa ona również bez połączenia z internetem) i wpisz wyświetlone hasło jednorazowe.
login-verify-token-hint = Wpisz kod z aplikacji uwierzytelniającej lub tokena sprzętowego.

## Lines of an account's security history (lower case).

login-history-locked = zablokowano konto po kilku błędnych próbach podania hasła
login-history-new-browser = nowe logowanie z nieznanej dotąd przeglądarki ({ $browser })
