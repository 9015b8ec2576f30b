# Mails to account holders, and the SMS text challenge (in the account's e-mail language).

## Creating an account

mail-confirm-registration-subject = { $site }: potwierdź adres e-mail
mail-confirm-registration-body =
    Dzień dobry, { $first_name } { $last_name },

    Ktoś, prawdopodobnie właściciel tego adresu, poprosił o utworzenie konta w serwisie { $site } przy użyciu tego adresu e-mail.

    Aby potwierdzić adres i ustawić hasło, należy w ciągu 24 godzin otworzyć ten link:

    { $link }

    Link działa jednorazowo. Jeśli nie wnioskowano o konto, prosimy zignorować tę wiadomość: bez potwierdzenia konto nie zostanie utworzone.

mail-already-registered-subject = { $site }: konto już istnieje
mail-already-registered-body =
    Dzień dobry, { $first_name } { $last_name },

    Ktoś, prawdopodobnie właściciel tego adresu, poprosił o utworzenie konta w serwisie { $site } przy użyciu tego adresu e-mail, ale konto z tym adresem już istnieje.

    Aby się zalogować, należy przejść na stronę { $login_link }
    W razie zapomnienia hasła można tam skorzystać z opcji „Nie pamiętasz hasła?”: { $reset_link }

    Jeśli nie wysyłano takiej prośby, prosimy zignorować tę wiadomość; konto nie zostało zmienione.

## Passwords

mail-reset-password-subject = { $site }: ustaw nowe hasło
mail-reset-password-body =
    Dzień dobry, { $first_name } { $last_name },

    Ktoś, prawdopodobnie właściciel konta, poprosił o ustawienie nowego hasła do konta w serwisie { $site }.

    Aby ustawić nowe hasło, należy w ciągu godziny otworzyć ten link:

    { $link }

    Link działa jednorazowo. Ustawienie nowego hasła powoduje wylogowanie ze wszystkich urządzeń.
    Jeśli nie wysyłano takiej prośby, prosimy zignorować tę wiadomość; hasło nie zostało zmienione.

mail-password-changed-subject = { $site }: hasło zostało zmienione
mail-password-changed-body =
    Dzień dobry, { $first_name } { $last_name },

    Hasło do konta w serwisie { $site } zostało zmienione dnia { $when }.

    Jeśli nie była to Twoja czynność, należy natychmiast ustawić nowe hasło za pomocą opcji „Nie pamiętasz hasła?”: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: konto zostało zablokowane na { $minutes } minutę
    [few] { $site }: konto zostało zablokowane na { $minutes } minuty
    [many] { $site }: konto zostało zablokowane na { $minutes } minut
   *[other] { $site }: konto zostało zablokowane na { $minutes } minut
}
mail-account-locked-body =
    Dzień dobry, { $first_name } { $last_name },

    Po kilku błędnych próbach podania hasła konto w serwisie { $site } zostało zablokowane do { $until }. Zostanie wtedy odblokowane automatycznie.

    Jeśli te próby nie pochodziły od Ciebie, ktoś może próbować odgadnąć hasło. Nowe hasło można ustawić za pomocą opcji „Nie pamiętasz hasła?”: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: zmiana dotycząca bezpieczeństwa konta
mail-security-change-body =
    Dzień dobry, { $first_name } { $last_name },

    Dnia { $when }, z adresu { $ip }: { $what }.

    Jeśli była to Twoja czynność, nie trzeba nic robić. W przeciwnym razie ktoś może korzystać z tego konta: należy natychmiast ustawić nowe hasło za pomocą opcji „Nie pamiętasz hasła?” ({ $reset_link }) i sprawdzić stronę „Wyświetl moje sesje” w sekcji Moje konto.

mail-factors-held-subject = { $site }: usunięto wszystkie drugie składniki konta
mail-factors-held-body =
    Dzień dobry, { $first_name } { $last_name },

    Dnia { $when }, z adresu { $ip }, osoba zalogowana wyłącznie za pomocą hasła usunęła wszystkie urządzenia mobilne i tokeny tego konta („Usuń wszystkie moje urządzenia (PANIC)”).

    Ze względów bezpieczeństwa samo hasło nie pozwoli dodać nowego drugiego składnika przed { $until }. Jeśli była to Twoja czynność, po tym terminie można dodać nowe urządzenie lub token.

    Jeśli NIE była to Twoja czynność, ktoś inny zna hasło. Należy natychmiast otworzyć ten link: usuwa on hasło, kończy wszystkie sesje i cofa dostęp wszystkich aplikacji; następnie należy ustawić nowe hasło za pomocą opcji „Nie pamiętasz hasła?”.

    { $link }

mail-factor-added-with-code-subject = { $site }: do Twojego konta dodano drugi składnik przy użyciu kodu odzyskiwania
mail-factor-added-with-code-body =
    Dzień dobry, { $first_name } { $last_name },

    W dniu { $when } z adresu { $ip } osoba zalogowana Twoim hasłem i jednym z Twoich kodów odzyskiwania wprowadziła tę zmianę: { $what }.

    Ze względów bezpieczeństwa do { $until } nie można dodawać ani usuwać drugich składników, generować kodów odzyskiwania, zmieniać adresu e-mail ani usuwać konta. Jeśli to Ty, nie musisz nic robić.

    Jeśli NIE była to Twoja czynność, ktoś inny zna hasło. Należy natychmiast otworzyć ten link: usuwa on hasło, kończy wszystkie sesje i cofa dostęp wszystkich aplikacji; następnie należy ustawić nowe hasło za pomocą opcji „Nie pamiętasz hasła?”.

    { $link }

mail-account-secured-subject = { $site }: hasło zostało usunięte, a wszystkie sesje zakończone
mail-account-secured-body =
    Dzień dobry, { $first_name } { $last_name },

    Dnia { $when }, z adresu { $ip }, konto zostało zabezpieczone za pomocą wysłanego przez nas linku: hasło zostało usunięte, wszystkie sesje zakończone, a dostęp wszystkich aplikacji cofnięty.

    Nowe hasło można ustawić za pomocą opcji „Nie pamiętasz hasła?”: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: potwierdź nowy adres e-mail
mail-confirm-email-change-body =
    Dzień dobry, { $first_name } { $last_name },

    Aby ustawić { $new_email } jako adres e-mail konta w serwisie { $site }, należy w ciągu 24 godzin otworzyć ten link:

    { $link }

    Link działa jednorazowo. Jeśli nie wysyłano takiej prośby, prosimy zignorować tę wiadomość.

mail-email-changed-subject = { $site }: adres e-mail konta został zmieniony
mail-email-changed-body =
    Dzień dobry, { $first_name } { $last_name },

    Adres e-mail konta w serwisie { $site } został zmieniony z { $old_email } na { $new_email }.

    Jeśli nie była to Twoja czynność, należy natychmiast skontaktować się z pomocą techniczną.

mail-account-deleted-subject = { $site }: konto zostało usunięte
mail-account-deleted-body = Zgodnie z prośbą konto w serwisie { $site } oraz wszystkie przechowywane o nim dane zostały usunięte.

## Access to applications

mail-access-waiting-subject = { $site }: wniosek o dostęp oczekuje na decyzję
mail-access-waiting-body =
    Dzień dobry, { $first_name } { $last_name },

    { $requester } składa wniosek o dostęp: { $profiles } – { $organisation } ({ $application }).

    Rozpatrz wniosek: { $approvals_link }

mail-access-accepted-subject = { $site }: wniosek o dostęp został zaakceptowany
mail-access-accepted-body =
    Dzień dobry, { $first_name } { $last_name },

    Wniosek o dostęp ({ $profiles } – { $organisation }, { $application }) został zaakceptowany. Można już logować się z tym dostępem do aplikacji.{ $reason }

    Lista wniosków: { $requests_link }

mail-access-rejected-subject = { $site }: wniosek o dostęp został odrzucony
mail-access-rejected-body =
    Dzień dobry, { $first_name } { $last_name },

    Wniosek o dostęp ({ $profiles } – { $organisation }, { $application }) został odrzucony.{ $reason }

    Lista wniosków: { $requests_link }

mail-access-revoked-subject = { $site }: dostęp został cofnięty
mail-access-revoked-body =
    Dzień dobry, { $first_name } { $last_name },

    Dostęp ({ $profiles } – { $organisation }, { $application }) został cofnięty; aplikacja już go nie otrzymuje.{ $reason }

    Lista wniosków: { $requests_link }

mail-access-reason = „{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: kod weryfikacyjny SMS: { $code }. Ważny przez { $minutes } minutę.
    [few] { $site }: kod weryfikacyjny SMS: { $code }. Ważny przez { $minutes } minuty.
    [many] { $site }: kod weryfikacyjny SMS: { $code }. Ważny przez { $minutes } minut.
   *[other] { $site }: kod weryfikacyjny SMS: { $code }. Ważny przez { $minutes } minut.
}
