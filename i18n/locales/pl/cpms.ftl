## The frame of every CPMS page: header and navigation.

cpms-tagline = Kliniczny system zarządzania pacjentami europejskich sieci referencyjnych
cpms-training-banner = TRYB SZKOLENIOWY jest włączony: nie do danych pacjentów (wyłącznie konta testowe).
cpms-dashboard = Pulpit
cpms-preferences = Preferencje ERN
cpms-sign-out = Wyloguj się
cpms-go-to-dashboard = Przejdź do pulpitu

## The start page (before signing in).

cpms-landing-title = Kliniczny system zarządzania pacjentami
cpms-landing-heading = Kliniczny system zarządzania pacjentami (CPMS)
cpms-landing-platform = Platforma informatyczna do konsultacji klinicznych między członkami ERN.
cpms-landing-aim = Celem CPMS jest wspieranie sieci ERN w poprawie diagnostyki i leczenia chorób rzadkich oraz złożonych chorób o niskiej częstości występowania ponad granicami państw członkowskich w Europie.
cpms-landing-browsers-heading = Obsługiwane przeglądarki
cpms-landing-browsers = Aby korzystać ze wszystkich funkcji CPMS, należy używać najnowszej wersji przeglądarki Google Chrome, Firefox lub Safari.
cpms-landing-secure-login-heading = Bezpieczne logowanie
cpms-landing-login-through-eu-login = Do CPMS ERN można zalogować się za pośrednictwem usługi uwierzytelniania EU Login.
cpms-login-via-eu-login = Zaloguj się przez EU Login
cpms-training-login-link = Użytkownicy spoza EU Login (wyłącznie do testów)
cpms-landing-members-only = Autoryzowanymi użytkownikami CPMS mogą być wyłącznie członkowie ERN i użytkownicy-goście ERN.
cpms-landing-eu-login-needed = Aby uzyskać dostęp do CPMS, potrzebne jest konto EU Login.
cpms-landing-create-account = Aby utworzyć konto, kliknij tutaj.
cpms-landing-request-authorisation = Aby złożyć wniosek o uprawnienia do korzystania z CPMS, kliknij tutaj.
cpms-landing-help-heading = Pomoc i wsparcie
cpms-landing-contact-email = W razie pytań, pomysłów, sugestii lub problemów prosimy o kontakt z ERN-CPMS pod adresem e-mail { $address }.
cpms-landing-contact-coordinator = W razie pytań, pomysłów, sugestii lub problemów prosimy o kontakt z koordynatorem właściwej sieci ERN.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Użytkownik { $name } nie ma jeszcze profilu CPMS.
cpms-dashboard-request-authorisation = Aby złożyć wniosek o uprawnienia do korzystania z CPMS, kliknij tutaj
cpms-dashboard-request-steps = wybierz sieć ERN, kraj, instytucję i profil dostępu.
cpms-dashboard-user-role = UŻYTKOWNIK: { $name } ROLA: { $profiles }
cpms-dashboard-request-another = Aby złożyć wniosek o uprawnienia dla innej organizacji lub innego profilu, kliknij tutaj

## The pages of CPMS.

cpms-page-organisation-home = Strona główna CPMS organizacji
cpms-page-panels = Panele
cpms-page-panel-create = Utwórz panel
cpms-page-panel-manage = Zarządzaj panelem (zapraszanie, zamykanie)
cpms-page-panel-contribute = Weź udział w panelu
cpms-page-kpis = Kluczowe wskaźniki efektywności (KPI) sieci
cpms-page-assistance = Prośby o pomoc
cpms-page-reports = Raporty zanonimizowane

## An organisation's home page.

cpms-organisation-your-profiles = Profile w tej organizacji: { $profiles }
cpms-organisation-guest-access = Dostęp gościnny: widoczne są panele, do których otrzymano zaproszenie, i można w nich zabierać głos.

## ERN Preferences.

cpms-preferences-welcome = Witamy w CPMS. Prosimy podać swoją rolę zawodową i obszary tematyczne, w których można udzielać porad; do tego czasu konto nie będzie proponowane jako specjalista do paneli.
cpms-preferences-professional-role = Moja rola zawodowa
cpms-preferences-no-value = [Nie wybrano wartości]
cpms-preferences-thematic-areas = Obszary tematyczne ERN
cpms-preferences-specialist-in = Specjalizuję się w:
cpms-preferences-none = Brak
cpms-preferences-update = Zaktualizuj preferencje ERN
cpms-preferences-role-missing = Wybierz swoją rolę zawodową.
cpms-preferences-role-unknown = Wybierz rolę zawodową z listy.
cpms-preferences-none-and-areas = { $network }: zaznacz „Brak” albo obszary tematyczne, nie jedno i drugie.
cpms-preferences-unknown-area = Nieznany obszar tematyczny.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Genetyk kliniczny
cpms-role-dermatologist = Dermatolog
cpms-role-endocrinologist = Endokrynolog
cpms-role-haematologist = Hematolog
cpms-role-hepatologist = Hepatolog
cpms-role-nephrologist = Nefrolog
cpms-role-neurologist = Neurolog
cpms-role-oncologist = Onkolog
cpms-role-ophthalmologist = Okulista
cpms-role-paediatrician = Pediatra
cpms-role-pathologist = Patomorfolog
cpms-role-pulmonologist = Pulmonolog
cpms-role-radiologist = Radiolog
cpms-role-rheumatologist = Reumatolog
cpms-role-surgeon = Chirurg
cpms-role-other-physician = Inny lekarz
cpms-role-nurse = Pielęgniarka / pielęgniarz
cpms-role-psychologist = Psycholog
cpms-role-researcher = Badacz
cpms-role-other-health-professional = Inny pracownik ochrony zdrowia

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Brak paneli do wyświetlenia.
cpms-panel = Panel
cpms-thematic-area = Obszar tematyczny
cpms-panel-lead = Prowadzący
cpms-panel-status = Status
cpms-panel-status-open = Otwarty
cpms-panel-status-closed = Zamknięty: { $outcome }
cpms-panel-all-panels = Wszystkie panele
cpms-panel-invited = Zaproszeni specjaliści
cpms-panel-invited-none = na razie brak
cpms-panel-case-summary = Podsumowanie przypadku
cpms-panel-title = Tytuł
cpms-panel-contributions = Wypowiedzi
cpms-panel-contributions-none = Brak wypowiedzi.
cpms-panel-comment = Komentarz
cpms-panel-add-comment = Dodaj komentarz
cpms-panel-invite-heading = Zaproś specjalistów
cpms-panel-no-candidates = Nie można zaprosić żadnego specjalisty, który ma „{ $area }” w swoich preferencjach ERN.
cpms-panel-specialist = Specjalista
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Zaproś specjalistę
cpms-panel-close = Zamknij panel
cpms-panel-outcome = Wynik
cpms-panel-new-no-areas = Ta sieć nie ma jeszcze obszarów tematycznych, dlatego nie można utworzyć dla niej panelu.
cpms-panel-new-create = Utwórz panel
cpms-panel-new-choose-area = Wybierz obszar tematyczny tej sieci.
cpms-panel-not-invitable = Nie można zaprosić tego członka: wybierz jednego ze specjalistów proponowanych dla obszaru tematycznego panelu.
cpms-panel-comment-needed = Wpisz komentarz (do 5000 znaków).
cpms-panel-choose-outcome = Wybierz jeden z wyników.
cpms-panel-refused-view = Dostęp do tego panelu mają tylko jego prowadzący, zaproszeni specjaliści i osoby zarządzające panelem.
cpms-panel-refused-invite = Zapraszać mogą tylko prowadzący panel i osoby zarządzające panelem, i tylko wtedy, gdy panel jest otwarty.
cpms-panel-refused-contribute = Zabierać głos mogą tylko uczestnicy panelu, i tylko wtedy, gdy panel jest otwarty.
cpms-panel-refused-close = Zamknąć panel mogą tylko jego prowadzący i osoby zarządzające panelem, i tylko jeden raz.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Potwierdzono diagnozę
cpms-outcome-treatment-recommended = Zalecono leczenie
cpms-outcome-referred = Skierowano do innego ośrodka
cpms-outcome-no-consensus = Brak konsensusu
cpms-outcome-other = Inny

## A form field's problem.

cpms-field-required = Pole „{ $field }” jest wymagane.
cpms-field-too-long = { $max ->
    [one] Pole „{ $field }” może mieć najwyżej { $max } znak.
    [few] Pole „{ $field }” może mieć najwyżej { $max } znaki.
    [many] Pole „{ $field }” może mieć najwyżej { $max } znaków.
   *[other] Pole „{ $field }” może mieć najwyżej { $max } znaków.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Otwarte panele
cpms-kpis-closed-panels = Zamknięte panele
cpms-kpis-members = Członkowie
cpms-kpis-members-with-preferences = Członkowie z preferencjami ERN
cpms-kpis-unassigned = Prośby jeszcze nieprzydzielone
cpms-kpis-pending-access-requests = Oczekujące wnioski o dostęp

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, w imieniu koordynatora
cpms-assistance-none = Brak próśb o pomoc.
cpms-assistance-requested-by = Zgłaszający: { $name }.
cpms-assistance-assigned-to = Przydzielono: { $name }.
cpms-assistance-not-assigned = Nieprzydzielona.
cpms-assistance-assign-to = Przydziel osobie
cpms-assistance-assign = Przydziel
cpms-assistance-new = Nowa prośba o pomoc
cpms-assistance-subject = Temat
cpms-assistance-details = Szczegóły
cpms-assistance-create = Utwórz prośbę o pomoc
cpms-assistance-required = Temat i szczegóły są wymagane (odpowiednio do 200 i do 5000 znaków).
cpms-assistance-choose-member = Wybierz członka tej sieci, któremu zostanie przydzielona prośba.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Wyłącznie liczby: bez nazwisk, adresów e-mail i szczegółów przypadków.
cpms-reports-by-area = Panele według obszaru tematycznego
cpms-reports-by-outcome = Zamknięte panele według wyniku
cpms-reports-panels = Panele
cpms-reports-still-open = Nadal otwarte

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Konta testowe
cpms-training-heading = Zaloguj się na konto testowe
cpms-training-notice = Wyłącznie do szkoleń: te konta i ich dane są oddzielone od rzeczywistych użytkowników i danych.
cpms-training-account = Konto testowe
cpms-training-sign-in = Zaloguj się na to konto testowe
cpms-training-account-no-profile = { $username } ({ $name }): brak profilu CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } – { $organisation }
cpms-training-choose-account = Wybierz jedno z kont testowych.

## Signing in through EU Login.

cpms-sign-in-refused = Nie można było przyjąć odpowiedzi z EU Login. Zaloguj się ponownie.
cpms-sign-in-two-factors = CPMS wymaga uwierzytelniania dwuskładnikowego (poziom pewności „substantial” lub „high”). Zaloguj się ponownie i wybierz metodę weryfikacji, np. Telefon komórkowy + SMS.
cpms-sign-in-training-only = To wdrożenie szkoleniowe nie jest połączone z EU Login. Użyj kont testowych.
cpms-sign-in-expired = To logowanie wygasło lub zostało już użyte. Zaloguj się ponownie.
cpms-sign-in-not-completed = EU Login nie zakończył logowania. Spróbuj ponownie.
cpms-sign-in-incomplete = Odpowiedź logowania jest niekompletna.

## Forms refused.

cpms-form-not-urlencoded = Formularze muszą być wysyłane jako application/x-www-form-urlencoded.
cpms-form-other-site = Formularz został wysłany z innej witryny.
cpms-form-too-large = Formularz przesłał więcej danych, niż potrzebuje którykolwiek z naszych formularzy.
cpms-form-unreadable = Nie udało się odczytać formularza.
cpms-form-malformed = Formularz ma nieprawidłową strukturę.
cpms-form-expired = Ten formularz wygasł lub nie został wysłany z naszych stron. Wróć, odśwież stronę i spróbuj ponownie.
cpms-form-wrong-kind = Formularz zawiera pole niewłaściwego typu.

## Error pages: a title, then a message.

cpms-error-bad-request = To żądanie jest nieprawidłowe
cpms-error-form-refused = Nie można przyjąć tego formularza
cpms-error-sign-in = Zaloguj się
cpms-error-not-allowed = Posiadany profil nie zezwala na dostęp do tej strony
cpms-error-not-allowed-here = Profile posiadane w tej organizacji nie obejmują żadnego z profili wymaganych na tej stronie.
cpms-error-not-found = Nie znaleziono strony
cpms-error-not-found-text = Pod tym adresem nie ma żadnej strony.
cpms-error-sign-in-not-completed = Logowanie nie zostało zakończone
cpms-error-unavailable = Usługa tymczasowo niedostępna
cpms-error-unavailable-text = EU Login lub CPMS nie może teraz odpowiedzieć. Nic nie zostało zmienione; spróbuj ponownie za minutę.
cpms-error-internal = Wystąpił błąd po naszej stronie
cpms-error-internal-text = Błąd został zarejestrowany. Spróbuj ponownie; jeśli błąd się powtórzy, skontaktuj się z pomocą techniczną.
cpms-error-page = Strona
cpms-error-organisation = Organizacja
cpms-error-profiles-needed = Profile wymagane na tej stronie w tej organizacji
cpms-error-profiles-held = Profile posiadane w tej organizacji
cpms-error-no-profiles = brak
cpms-error-request-another-profile = Aby złożyć wniosek o uprawnienia do korzystania z CPMS z innym profilem, kliknij tutaj
cpms-error-reference = Numer referencyjny dla pomocy technicznej:
cpms-error-start-page = Przejdź do strony startowej
