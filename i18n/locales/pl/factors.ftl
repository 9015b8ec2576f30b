## Shared by several pages

factors-sign-in = Zaloguj się
factors-confirm = Potwierdź
factors-try-again = Spróbuj ponownie
factors-please-try-again = Spróbuj ponownie.
factors-delete-named = Usuń { $name }
factors-added-on = (dodano { $date })
factors-hold-notice = Wszystkie drugie składniki tego konta zostały usunięte przy użyciu samego hasła. Ze względów bezpieczeństwa nowy składnik można dodać od { $until }. Właściciel konta został o tym powiadomiony e-mailem.
factors-already-has-factor = To konto ma już drugą metodę weryfikacji.
factors-devices-confirm-first = Aby dodać lub usunąć urządzenie, najpierw potwierdź tożsamość za jego pomocą: zaloguj się ponownie, wybierając je.
factors-confirm-first = Aby dodać lub usunąć taki element, najpierw potwierdź tożsamość za jego pomocą: zaloguj się ponownie, wybierając tę metodę.
factors-confirm-recent = Ta zmiana wymaga potwierdzenia drugą metodą weryfikacji w ciągu ostatnich 15 minut. Potwierdź ponownie, a następnie powtórz ten krok.
factors-phones-confirm-first = Aby dodać lub usunąć numer, najpierw potwierdź tożsamość metodą Telefon komórkowy + SMS.
factors-confirm-current-first = Najpierw potwierdź tożsamość obecną drugą metodą weryfikacji (zaloguj się ponownie, wybierając ją).
factors-mfa-add-first = Najpierw dodaj numer telefonu komórkowego lub token.
factors-held = Wszystkie drugie składniki tego konta zostały usunięte przy użyciu samego hasła: ze względów bezpieczeństwa nie można jeszcze dodać nowego. Szczegóły podano w wysłanej wiadomości e-mail.
factors-held-code = Do tego konta dodano drugi składnik przy użyciu kodu odzyskiwania: ze względów bezpieczeństwa do { $until } nie można dodawać ani usuwać drugich składników, generować kodów odzyskiwania, zmieniać adresu e-mail ani usuwać konta. Szczegóły podano w wysłanej wiadomości e-mail.
factors-code-not-enough = Kod odzyskiwania pozwala dodać drugą metodę weryfikacji, nic więcej: aby usunąć metodę albo zmienić adres e-mail, kody odzyskiwania lub konto, zaloguj się ponownie drugą metodą weryfikacji, którą masz.
factors-too-many-codes = Zbyt wiele błędnych kodów. Przed ponowną próbą należy odczekać 15 minut.

## The method names and what they do

factors-choose-method = Wybierz metodę weryfikacji
factors-level-high = Aplikacja { $app } wymaga najwyższego poziomu logowania (poziom „{ $level }”): klucza bezpieczeństwa lub klucza dostępu, który sprawdza kod PIN, odcisk palca lub twarz. Nie można go użyć w innej witrynie, co chroni przed phishingiem.
factors-level-substantial = Aplikacja { $app } wymaga silniejszego logowania (poziom „{ $level }”): hasła i drugiej metody weryfikacji.
factors-method-key-hint-high = Gdy pojawi się prośba, potwierdź kodem PIN, odciskiem palca lub twarzą.
factors-no-key = To konto nie ma klucza bezpieczeństwa ani klucza dostępu, dlatego nie można jeszcze osiągnąć tego poziomu.
factors-no-key-add = Aby przejść do aplikacji { $app }, dodaj klucz (klucz bezpieczeństwa lub wbudowany moduł uwierzytelniający urządzenia), a następnie wróć tutaj:
factors-no-factor = To konto nie ma jeszcze drugiej metody weryfikacji, dlatego nie można przejść do aplikacji { $app }.
factors-no-factor-add = Dodaj ją na jednej z tych stron, a następnie wróć tutaj:
factors-cancel = Anuluj i wróć do aplikacji { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Zarządzaj moimi numerami telefonów komórkowych
factors-phones-none = Nie dodano jeszcze żadnego numeru telefonu komórkowego.
factors-phone-confirmed = (potwierdzony)
factors-phone-not-confirmed = (jeszcze niepotwierdzony)
factors-phones-confirm-number = Potwierdź numer { $number }
factors-sms-enter-challenge = Wpisz kod weryfikacyjny wysłany SMS-em na telefon komórkowy. Dostarczenie wiadomości może potrwać kilka minut.
factors-sms-challenge-label = Kod weryfikacyjny SMS
factors-phones-add = Dodaj numer telefonu komórkowego
factors-mobile-phone-label = Telefon komórkowy
factors-phone-hint = Format międzynarodowy z numerem kierunkowym kraju, np. dla Belgii: +32 123 45 67 89
factors-sms-title = Uwierzytelnianie kodem weryfikacyjnym SMS
factors-sms-number-label = Numer telefonu komórkowego
factors-too-many-sms = Zażądano zbyt wielu SMS-ów dla tego konta, numeru lub sieci. Spróbuj ponownie za godzinę.
factors-sms-sent = Wysłaliśmy kod weryfikacyjny SMS na numer { $number }.
factors-phone-added = Numer { $number } został potwierdzony. Można go teraz używać do logowania metodą Telefon komórkowy + SMS.
factors-phone-deleted = Numer został usunięty.
factors-sms-wrong = { $count ->
    [one] To nie jest wysłany przez nas kod weryfikacyjny SMS. Pozostała { $count } próba.
    [few] To nie jest wysłany przez nas kod weryfikacyjny SMS. Pozostały { $count } próby.
    [many] To nie jest wysłany przez nas kod weryfikacyjny SMS. Pozostało { $count } prób.
   *[other] To nie jest wysłany przez nas kod weryfikacyjny SMS. Pozostało { $count } prób.
}
factors-sms-expired = Ten kod wygasł lub został wyczerpany (zbyt wiele błędnych prób). Poproś o nowy.
factors-phone-format = Podaj numer w formacie międzynarodowym, z numerem kierunkowym kraju, np. dla Belgii: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Konto może mieć najwyżej { $count } numer telefonu komórkowego.
    [few] Konto może mieć najwyżej { $count } numery telefonów komórkowych.
    [many] Konto może mieć najwyżej { $count } numerów telefonów komórkowych.
   *[other] Konto może mieć najwyżej { $count } numerów telefonów komórkowych.
}
factors-phone-already-confirmed = Ten numer jest już potwierdzony dla tego konta.
factors-phone-not-yours = To nie jest żaden z potwierdzonych numerów telefonów komórkowych tego konta.

## Tokens (authenticator apps)

factors-tokens-title = Zarządzaj moimi tokenami
factors-tokens-intro = Token to aplikacja uwierzytelniająca (lub token sprzętowy), która co 30 sekund wyświetla nowy 6-cyfrowy kod.
factors-token-added-on = Token dodany { $date }
factors-token-delete = Usuń token dodany { $date }
factors-tokens-add = Dodaj token
factors-tokens-scan = Zeskanuj ten kod QR aplikacją uwierzytelniającą lub wpisz w niej klucz tajny.
factors-tokens-qr-label = Kod QR z kluczem tokena
factors-tokens-secret = Klucz tajny:
factors-token-code-label = Kod tokena
factors-tokens-confirm = Potwierdź token
factors-token-enter = Wpisz kod, który aplikacja uwierzytelniająca lub token wyświetla w tej chwili.
factors-token-added = Token został dodany. Można go teraz używać do logowania.
factors-token-deleted = Token został usunięty.
factors-token-enrolment-expired = Czas na rejestrację tokena minął. Zacznij od nowa.
factors-token-wrong-try-next = To nie jest kod, który token wyświetla w tej chwili. Spróbuj z następnym.
factors-token-used = Ten kod został już użyty. Poczekaj na następny.
factors-token-wrong = To nie jest kod, który token wyświetla w tej chwili.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Zarządzaj moimi urządzeniami mobilnymi
factors-devices-none = Nie dodano jeszcze żadnego urządzenia mobilnego.
factors-devices-add = Dodaj urządzenie
factors-devices-scan = Otwórz aplikację mobilną i zeskanuj ten kod QR. Działa on jednorazowo przez 10 minut.
factors-devices-qr-label = Kod QR z linkiem rejestracyjnym
factors-devices-link = Jeśli urządzenie nie ma aparatu, podaj w aplikacji ten link:
factors-panic-title = Usuń wszystkie moje urządzenia (PANIC)
factors-panic-explained = Na wypadek utraty lub kradzieży telefonu z aplikacją: wszystkie urządzenia i tokeny zostaną natychmiast usunięte, a wszystkie sesje – łącznie z bieżącą – zakończone.
factors-device-deleted = Urządzenie zostało usunięte.
factors-panic-done-title = Wszystkie urządzenia zostały usunięte
factors-panic-done = Usunięto { $devices ->
    [one] { $devices } urządzenie mobilne
    [few] { $devices } urządzenia mobilne
    [many] { $devices } urządzeń mobilnych
   *[other] { $devices } urządzeń mobilnych
} i { $tokens ->
    [one] { $tokens } token
    [few] { $tokens } tokeny
    [many] { $tokens } tokenów
   *[other] { $tokens } tokenów
} oraz zakończono wszystkie sesje.
factors-panic-held = Potwierdzono to wyłącznie hasłem, dlatego ze względów bezpieczeństwa nowe urządzenie lub token można dodać od { $until }. Wysłaliśmy o tym wiadomość e-mail z linkiem do zabezpieczenia konta – na wypadek gdyby nie była to Twoja czynność.
factors-panic-mailed = Wysłaliśmy o tym wiadomość e-mail. Zaloguj się ponownie, aby dodać nowe urządzenie.
factors-panic-wrong-password = To nie jest prawidłowe hasło: nic nie zostało usunięte.
factors-panic-confirm-first = Konto ma nadal potwierdzony numer telefonu komórkowego: najpierw potwierdź tożsamość metodą Telefon komórkowy + SMS.
factors-app-start-explained = Wyślemy żądanie logowania do aplikacji na urządzeniu mobilnym. Na tej stronie pojawi się wtedy liczba: wybierz ją w aplikacji i wpisz kod PIN.
factors-app-send = Wyślij żądanie do mojej aplikacji mobilnej
factors-app-pick = Otwórz aplikację na urządzeniu mobilnym, wybierz tę liczbę i wpisz kod PIN:
factors-app-number-label = Liczba do wybrania w aplikacji
factors-app-waiting = Oczekiwanie na urządzenie mobilne. Po udzieleniu odpowiedzi w aplikacji ta strona przejdzie dalej automatycznie.
factors-app-answered = Odpowiedź udzielona w aplikacji – kontynuuj
factors-app-no-device = To konto nie ma urządzenia mobilnego. Dodaj je na stronie „Zarządzaj moimi urządzeniami mobilnymi”.
factors-app-already-waiting = W aplikacji mobilnej czeka już żądanie logowania. Odpowiedz na nie w aplikacji lub poczekaj dwie minuty, aż wygaśnie.
factors-app-too-many = W ciągu tej godziny wysłano do aplikacji mobilnej zbyt wiele żądań logowania. Wybierz inną metodę weryfikacji lub spróbuj ponownie później.
factors-app-request-unknown = To żądanie logowania jest nieznane lub zostało zakończone.
factors-app-request-expired = Żądanie wygasło, zanim aplikacja odpowiedziała.
factors-app-request-ended = To żądanie logowania zostało zakończone.
factors-app-refused-wrong-number = Logowanie zostało odrzucone: w aplikacji wybrano niewłaściwą liczbę.
factors-app-refused-denied = Logowanie zostało odrzucone: odmówiono go w aplikacji.
factors-app-qr-scan = Zeskanuj ten kod QR aplikacją mobilną (działa ona również bez połączenia z internetem) i wpisz wyświetlone hasło jednorazowe.
factors-app-qr-label = Kod QR z wyzwaniem { $challenge }
factors-app-qr-challenge = Wyzwanie:
factors-otp-label = Hasło jednorazowe
factors-app-qr-new = Pokaż nowy kod QR
factors-qr-ended = To wyzwanie nie jest już aktywne. Poproś o nowe.
factors-qr-too-many = Zbyt wiele błędnych haseł jednorazowych. Odczekaj 15 minut lub wybierz inną metodę weryfikacji.
factors-qr-wrong = { $count ->
    [one] To nie jest hasło jednorazowe wyświetlane przez aplikację. Pozostała { $count } próba.
    [few] To nie jest hasło jednorazowe wyświetlane przez aplikację. Pozostały { $count } próby.
    [many] To nie jest hasło jednorazowe wyświetlane przez aplikację. Pozostało { $count } prób.
   *[other] To nie jest hasło jednorazowe wyświetlane przez aplikację. Pozostało { $count } prób.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Zarządzaj moimi kluczami bezpieczeństwa i kluczami dostępu
factors-keys-intro = Klucz bezpieczeństwa (USB, NFC) lub wbudowany moduł uwierzytelniający urządzenia (moduł TPM, Windows Hello, Touch ID, blokada ekranu telefonu) potwierdza tożsamość i nie może zostać użyty w innej witrynie: chroni przed phishingiem. W połączeniu z kodem PIN lub odciskiem palca zapewnia najwyższy poziom, „high”, i umożliwia logowanie bez hasła (klucz dostępu).
factors-keys-none = Brak kluczy bezpieczeństwa i kluczy dostępu.
factors-keys-yours = Moje klucze bezpieczeństwa i klucze dostępu
factors-keys-name = Nazwa
factors-keys-added = Dodano
factors-keys-last-used = Ostatnie użycie
factors-keys-action = Działanie
factors-keys-never-used = nigdy
factors-keys-add = Dodaj klucz bezpieczeństwa lub klucz dostępu
factors-keys-name-label = Nazwa klucza
factors-keys-name-placeholder = np. niebieski klucz USB, laptop służbowy
factors-keys-needs-script = Dodanie klucza bezpieczeństwa wymaga JavaScriptu: przeglądarka komunikuje się z kluczem.
factors-key-added = Klucz bezpieczeństwa „{ $name }” został dodany.
factors-key-deleted = Klucz bezpieczeństwa został usunięty.
factors-key-explained = Potwierdź tożsamość za pomocą zarejestrowanego klucza bezpieczeństwa lub wbudowanego modułu uwierzytelniającego urządzenia. Gdy przeglądarka o to poprosi, włóż lub dotknij klucz albo potwierdź kodem PIN, odciskiem palca lub twarzą.
factors-key-use = Użyj mojego klucza bezpieczeństwa
factors-key-needs-script = Logowanie kluczem bezpieczeństwa wymaga JavaScriptu: przeglądarka komunikuje się z kluczem.
factors-key-none-add = To konto nie ma jeszcze klucza bezpieczeństwa: dodaj go na stronie Moje konto, w sekcji „Zarządzaj moimi kluczami bezpieczeństwa i kluczami dostępu”.
factors-key-none = To konto nie ma jeszcze klucza bezpieczeństwa.
factors-key-expired = Żądanie wygasło lub zostało już użyte. Spróbuj ponownie.
factors-key-refused = Nie udało się zweryfikować odpowiedzi tego klucza. Użyj klucza zarejestrowanego dla tego konta.
factors-key-cloned = Ten klucz został odrzucony: mógł zostać skopiowany. Właściciel konta został powiadomiony e-mailem. Użyj innej metody.
factors-passkey-expired = Żądanie klucza dostępu wygasło lub zostało już użyte. Spróbuj ponownie.
factors-passkey-refused = Ten klucz dostępu nie jest u nas zarejestrowany. Zaloguj się przy użyciu adresu e-mail i hasła.
factors-passkey-cloned = Ten klucz dostępu został odrzucony: mógł zostać skopiowany. Właściciel konta został powiadomiony e-mailem.
factors-keys-max = { $count ->
    [one] Konto może mieć { $count } klucz bezpieczeństwa lub klucz dostępu; najpierw go usuń.
    [few] Konto może mieć { $count } klucze bezpieczeństwa lub klucze dostępu; najpierw usuń jeden z nich.
    [many] Konto może mieć { $count } kluczy bezpieczeństwa lub kluczy dostępu; najpierw usuń jeden z nich.
   *[other] Konto może mieć { $count } kluczy bezpieczeństwa lub kluczy dostępu; najpierw usuń jeden z nich.
}
factors-key-name-length = { $count ->
    [one] Nadaj kluczowi nazwę o długości od 1 do { $count } znaku.
    [few] Nadaj kluczowi nazwę o długości od 1 do { $count } znaków.
    [many] Nadaj kluczowi nazwę o długości od 1 do { $count } znaków.
   *[other] Nadaj kluczowi nazwę o długości od 1 do { $count } znaków.
}
factors-key-request-expired = To żądanie wygasło lub zostało już użyte: dodaj klucz ponownie.
factors-key-malformed = Odpowiedź klucza jest nieprawidłowa.
factors-key-unverified = Nie udało się zweryfikować odpowiedzi klucza dla tej witryny. Spróbuj ponownie.
factors-key-registered = Ten klucz jest już zarejestrowany.

## Recovery codes

factors-codes-title = Moje kody odzyskiwania
factors-codes-intro = W razie utraty telefonu, tokena i kluczy bezpieczeństwa kod odzyskiwania umożliwia zalogowanie się na stronę Moje konto w celu dodania nowej metody weryfikacji. Każdy kod działa jednorazowo. Kody należy przechowywać w bezpiecznym miejscu, z dala od hasła: wydrukowane lub w menedżerze haseł.
factors-codes-new = Oto nowe kody odzyskiwania. Są wyświetlane tylko ten jeden raz: zapisz je lub wydrukuj teraz. Dotychczasowe kody przestały działać.
factors-codes-left = { $count ->
    [one] Pozostał { $count } niewykorzystany kod odzyskiwania (utworzony { $date }).
    [few] Pozostały { $count } niewykorzystane kody odzyskiwania (utworzone { $date }).
    [many] Pozostało { $count } niewykorzystanych kodów odzyskiwania (utworzonych { $date }).
   *[other] Pozostało { $count } niewykorzystanych kodów odzyskiwania (utworzonych { $date }).
}
factors-codes-none = Nie utworzono jeszcze kodów odzyskiwania.
factors-codes-generate-new = Wygeneruj nowe kody odzyskiwania
factors-codes-generate = Wygeneruj kody odzyskiwania
factors-codes-add-first = Najpierw dodaj drugą metodę weryfikacji: kody odzyskiwania zastępują ją w razie jej utraty.
factors-codes-need-real-factor = Kodem odzyskiwania nie można utworzyć nowych kodów odzyskiwania. Zaloguj się ponownie drugą metodą weryfikacji (jeśli jej nie masz, najpierw ją dodaj), a następnie je wygeneruj.
factors-code-wrong = To nie jest żaden z kodów odzyskiwania tego konta lub został on już wykorzystany.
factors-code-sign-in-again = Kod odzyskiwania działa tylko w ciągu 15 minut od zalogowania się hasłem. Twój kod nie został użyty: wyloguj się, zaloguj ponownie hasłem, a następnie wpisz kod.
factors-code-lapsed = Minęło 15 minut na dodanie metody weryfikacji kodem odzyskiwania. Wyloguj się, a następnie zaloguj ponownie hasłem i innym kodem odzyskiwania.
factors-recovery-code = Kod odzyskiwania
factors-recovery-code-explained = Wpisz jeden z kodów odzyskiwania. Umożliwia on wejście na stronę Moje konto w celu dodania nowej metody weryfikacji; nie loguje do aplikacji.
factors-recovery-continue = Przejdź do strony Moje konto

## "Secure my account"

factors-secure-title = Zabezpiecz moje konto
factors-secure-explained = Wszystkie drugie składniki konta { $email } zostały usunięte przez osobę, która zalogowała się wyłącznie za pomocą hasła. Jeśli nie była to Twoja czynność, ktoś inny zna hasło do tego konta.
factors-secure-what = Zabezpieczenie konta usuwa hasło, kończy wszystkie sesje i cofa dostęp wszystkich aplikacji. Następnie należy ustawić nowe hasło za pomocą opcji „Nie pamiętasz hasła?” (link zostanie wysłany na adres e-mail).
factors-link-dead-title = Nie można użyć tego linku
factors-link-dead-text = Link został już użyty lub wygasł. Jeśli ktoś inny może znać hasło, ustaw nowe za pomocą opcji „Nie pamiętasz hasła?”.
factors-secured-title = Konto jest zabezpieczone
factors-secured-text = Hasło zostało usunięte, wszystkie sesje zakończone, a dostęp wszystkich aplikacji cofnięty.
factors-secured-next = Ustaw teraz nowe hasło za pomocą opcji „Nie pamiętasz hasła?”: link zostanie wysłany na adres e-mail.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Serwer nie mógł rozpocząć żądania. Odśwież stronę i spróbuj ponownie.
factors-script-unsupported = Ta przeglądarka nie obsługuje kluczy bezpieczeństwa ani kluczy dostępu. Użyj aktualnej przeglądarki lub innej metody weryfikacji.
factors-script-cancelled = Żądanie zostało anulowane lub upłynął limit czasu. Spróbuj ponownie.
factors-script-no-answer = Klucz nie odpowiedział. Spróbuj ponownie.
factors-script-name-first = Najpierw nadaj kluczowi nazwę.
