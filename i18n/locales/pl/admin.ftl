# Technical terms stay in English: client id, redirect URI, PKCE, private_key_jwt, DPoP,
# FAPI 2.0, RS256, pairwise, userinfo, and the commands (idp client add, ...).

## Who may use the console

admin-not-admin-title = Ta konsola jest przeznaczona dla administratorów
admin-not-admin-text = To konto nie jest kontem administratora. Niczego nie wyświetlono ani nie zmieniono.
admin-my-account = Moje konto
admin-second-factor-title = Najpierw potwierdź tożsamość drugim składnikiem
admin-second-factor-text = Konsola operatorów działa na kontach innych osób, dlatego wymaga zalogowania z użyciem drugiego składnika.
admin-second-factor-again-title = Ponownie potwierdź tożsamość drugim składnikiem
admin-second-factor-again-text = Drugi składnik został potwierdzony ponad 15 minut temu. Potwierdź go ponownie, a następnie powtórz operację: nic nie zostało zmienione.
admin-second-factor-link = Potwierdź drugim składnikiem
admin-held-title = Twoje konto jest tymczasowo ograniczone

## Shared by the console's pages

admin-back = Wstecz
admin-back-to-console = Powrót do konsoli
admin-search = Szukaj
admin-first-page = Pierwsza strona
admin-next-page = Następna strona
admin-pages = Strony
admin-when = Kiedy
admin-from = Z adresu
admin-created = Utworzono
admin-name = Nazwa
admin-email = E-mail
admin-status = Status

## The console's home page

admin-title = Konsola operatorów
admin-home-intro = Zalogowano jako { $operator }. Każda operacja wykonana w tej konsoli jest zapisywana w dzienniku operatorów, a jeśli dotyczy osoby – również w jej historii bezpieczeństwa.
admin-menu-users = Użytkownicy
admin-menu-users-text = wyszukiwanie osób, odblokowywanie, kończenie sesji, usuwanie zgubionego telefonu lub urządzenia, wyłączanie i włączanie kont, wysyłanie wiadomości e-mail do resetowania hasła
admin-menu-clients = Klienci
admin-menu-clients-text = aplikacje, które logują użytkowników
admin-menu-keys = Klucze podpisujące
admin-menu-access = Dostęp
admin-menu-access-text = oczekujące wnioski i przyznane dostępy we wszystkich sieciach
admin-menu-log = Dziennik operatorów

## Users

admin-users-title = Użytkownicy
admin-users-search-hint = Początek adresu e-mail, imienia, nazwiska lub „imię nazwisko”.
admin-users-none = Nie znaleziono żadnego konta.
admin-account = Konto
admin-user-active = aktywne
admin-user-disabled = wyłączone
admin-user-locked-until = zablokowane po błędnych hasłach do { $until }
admin-user-administrator = administrator
admin-factors = Drugie składniki
admin-factors-none = Brak.
admin-factor-phone = Telefon komórkowy { $number }
admin-factor-phone-unconfirmed = Telefon komórkowy { $number } (niepotwierdzony)
admin-factor-device = Urządzenie mobilne „{ $name }”
admin-factor-token = Token (aplikacja uwierzytelniająca)
admin-factor-security-key = Klucz bezpieczeństwa „{ $name }”
admin-factor-added = { $factor }, dodano { $added }
admin-factor-remove = Usuń: { $factor }
admin-sessions = Sesje
admin-sessions-none = Brak otwartych sesji.
admin-session-browser = Przeglądarka
admin-session-address = Adres
admin-session-started = Zalogowano
admin-session-last-activity = Ostatnia aktywność
admin-session-applications = Aplikacje
admin-session-no-applications = brak
admin-actions = Działania
admin-unlock = Odblokuj konto
admin-send-reset = Wyślij wiadomość e-mail do resetowania hasła
admin-end-sessions = Zakończ wszystkie sesje
admin-enable = Włącz konto
admin-disable = Wyłącz konto
admin-history = Historia bezpieczeństwa
admin-history-none = Na razie brak wpisów.
admin-history-what = Co
admin-back-to-users = Powrót do listy użytkowników

## What an action on an account did

admin-unlocked-title = Konto odblokowane
admin-unlocked-text = Właściciel konta { $email } może ponownie zalogować się przy użyciu prawidłowego hasła; został o tym powiadomiony e-mailem.
admin-sessions-ended-title = Wszystkie sesje zakończone
admin-sessions-ended-text = Wszystkie sesje konta { $email } zostały zakończone, a uprawnienia przekazane aplikacjom – cofnięte.
admin-admin-disable-title = Konto administratora wyłącza się na serwerze
admin-admin-disable-text = Konta administratorów wyłącza się poleceniem idp user disable na serwerze, a nie z konsoli.
admin-disabled-title = Konto wyłączone
admin-disabled-text = Z konta { $email } nie można się zalogować; wszystkie sesje zostały zakończone, a tokeny cofnięte.
admin-enabled-title = Konto włączone
admin-enabled-text = Z konta { $email } można ponownie się zalogować.
admin-already-disabled-title = Już wyłączone
admin-already-disabled-text = Konto { $email } było już wyłączone; nic nie zmieniono.
admin-already-enabled-title = Już włączone
admin-already-enabled-text = Konto { $email } było już włączone; nic nie zmieniono.
admin-reset-sent-title = Wysłano wiadomość e-mail do resetowania hasła
admin-reset-sent-text = Link do ustawienia nowego hasła został wysłany na adres { $email }.
admin-no-mail-title = Nie wysłano wiadomości e-mail
admin-no-mail-text = Na adres { $email } wysłano ostatnio zbyt wiele wiadomości; spróbuj ponownie później.
admin-nothing-removed-title = Nic nie usunięto
admin-nothing-removed-text = Konto nie ma takiego składnika (być może został w międzyczasie usunięty).
admin-factor-removed-title = Składnik usunięty
admin-factor-removed-text = Składnik został usunięty z konta { $email }; właściciel konta został powiadomiony e-mailem.

## Clients (the applications that sign people in)

admin-clients-title = Klienci
admin-client-id = Client id
admin-client-kind = Rodzaj
admin-redirect-uris = Adresy redirect URI
admin-redirect-uris-hint = Jeden w każdym wierszu: https lub http na adresie pętli zwrotnej (loopback).
admin-kind-confidential-option = Poufny (z sekretem)
admin-kind-public-option = Publiczny (PKCE, bez sekretu)
admin-kind-keys = poufny (private_key_jwt)
admin-kind-secret = poufny (sekret)
admin-kind-public = publiczny (PKCE)
admin-client-add = Dodaj klienta
admin-client-add-button = Dodaj klienta
admin-clients-cli-hint = Klucze (private_key_jwt), DPoP, identyfikatory pairwise i profil FAPI 2.0 ustawia się w wierszu poleceń:
admin-client-title = Klient { $id }
admin-redirect-uris-save = Zapisz adresy redirect URI
admin-secret = Sekret
admin-secret-rotate-hint = Obecny sekret natychmiast przestanie działać; nowy zostanie wyświetlony tylko raz.
admin-secret-rotate = Wymień sekret
admin-remove = Usuń
admin-client-remove = Usuń klienta { $id }
admin-back-to-clients = Powrót do listy klientów
admin-client-added-title = Klient dodany
admin-client-added-public = Klient { $id } został zarejestrowany jako klient publiczny (PKCE, bez sekretu).
admin-secret-rotated-title = Sekret klienta wymieniony
admin-secret-shown-once = Sekret klienta { $id } jest wyświetlany tylko ten jeden raz; skopiuj go teraz do konfiguracji aplikacji.
admin-client-secret = Sekret klienta
admin-done = Gotowe
admin-uris-saved-title = Adresy redirect URI zapisane
admin-uris-saved-text = Klient { $id } akceptuje teraz: { $uris }
admin-client-removed-title = Klient usunięty
admin-client-removed-text = Klient { $id } został usunięty: jego tokeny nie działają już w punkcie userinfo i nie może on już nikogo logować.
admin-uris-none = wymagany jest co najmniej jeden adres redirect URI
admin-uris-too-many = { $max ->
    [one] najwyżej { $max } adres redirect URI
    [few] najwyżej { $max } adresy redirect URI
    [many] najwyżej { $max } adresów redirect URI
   *[other] najwyżej { $max } adresów redirect URI
}
admin-no-such-client = żaden klient nie ma identyfikatora { $id }
admin-uris-checked = klient { $id } ma identyfikatory pairwise lub profil FAPI 2.0, pod kątem których sprawdzono jego adresy redirect URI: zmień je poleceniami idp client remove i idp client add
admin-no-secret = klient { $id } nie ma sekretu (jest klientem publicznym lub podpisuje się własnymi kluczami)

## Signing keys

admin-keys-title = Klucze podpisujące
admin-key-id = Identyfikator klucza
admin-key-algorithm = Algorytm
admin-key-state = Stan
admin-key-signs = podpisuje
admin-key-retired-published = wycofany, nadal publikowany
admin-key-retired = wycofany
admin-key-rotate-heading = Wymiana klucza
admin-key-rotate = Wymień klucz podpisujący
admin-key-rotated-title = Klucz podpisujący wymieniony
admin-key-rotated-text = Tokeny { $alg } są teraz podpisywane kluczem { $kid }; poprzedni klucz pozostaje opublikowany, dopóki podpisane nim tokeny mogą być jeszcze w użyciu.

## The operators' log

admin-log-title = Dziennik operatorów
admin-log-label = Dziennik operatorów
admin-log-search-hint = Początek adresu e-mail operatora, obiektu operacji lub nazwy operacji.
admin-log-none = Brak wpisów.
admin-log-operator = Operator
admin-log-action = Operacja
admin-log-target = Obiekt
