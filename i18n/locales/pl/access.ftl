## My applications access (the requester's list)

access-my-title = Mój dostęp do aplikacji
access-my-requests-label = Moje wnioski o dostęp
access-none-yet = Nie złożono jeszcze żadnego wniosku o dostęp.
access-review-link = Rozpatrz wnioski o dostęp
access-back-to-my = Powrót do strony Mój dostęp do aplikacji

## Column headers and field labels shared by the pages

access-field-application = Aplikacja
access-field-organisation = Organizacja
access-field-profile = Profil dostępu
access-field-submitted = Złożono
access-field-status = Status
access-field-comments = Komentarze
access-field-network = Sieć
access-field-search = Szukaj
access-field-reason = Uzasadnienie

## The status of a request

access-status-pending = oczekujący
access-status-approved = zatwierdzony
access-status-rejected = odrzucony
access-status-revoked = cofnięty
access-status-first-approval = zaakceptowany raz, oczekuje na drugiego zatwierdzającego
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Nowy dostęp do aplikacji
access-steps-application = Wybierz aplikację
access-steps-organisation = Wybierz organizację
access-steps-profile = Wybierz profil dostępu
access-steps-recap = Podsumowanie i złożenie wniosku
access-step-1 = Krok 1: wybierz aplikację
access-step-2 = Krok 2: wybierz organizację
access-step-3 = Krok 3: wybierz profil dostępu
access-step-4 = Krok 4: wpisz komentarz
access-cancel = Anuluj
access-no-value = [Nie wybrano wartości]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizacje
access-per-page = rekordów na stronie
access-search-label = Szukaj:
access-search-button = Szukaj
access-up = W górę
access-institution = Instytucja
access-submitted-mark = (wniosek złożony)
access-submitted-note = Organizację oznaczoną jako (wniosek złożony) można już wybrać we wniosku o dostęp.
access-open = Otwórz
access-details = Szczegóły
access-details-of = Szczegóły: { $name }
access-no-match = Brak pasujących pozycji.
access-showing = { $total ->
    [one] Pozycje od { $first } do { $last } z { $total }
    [few] Pozycje od { $first } do { $last } z { $total }
    [many] Pozycje od { $first } do { $last } z { $total }
   *[other] Pozycje od { $first } do { $last } z { $total }
}
access-network-details = { $countries ->
    [one] { $countries } kraj
    [few] { $countries } kraje
    [many] { $countries } krajów
   *[other] { $countries } krajów
}, { $institutions ->
    [one] { $institutions } instytucja
    [few] { $institutions } instytucje
    [many] { $institutions } instytucji
   *[other] { $institutions } instytucji
}. Obszary tematyczne: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } instytucja sieci { $network } ({ $country }) oraz organizacja Guest Access.
    [few] { $institutions } instytucje sieci { $network } ({ $country }) oraz organizacja Guest Access.
    [many] { $institutions } instytucji sieci { $network } ({ $country }) oraz organizacja Guest Access.
   *[other] { $institutions } instytucji sieci { $network } ({ $country }) oraz organizacja Guest Access.
}
access-guest-details = Dostęp gościnny do sieci { $network } ({ $country }) dla pracowników ochrony zdrowia spoza jej instytucji członkowskich.
access-institution-details = { $institution } ({ $country }), członek sieci { $network }.
access-pages = Strony
access-page-number = Strona { $number }

## Step 3: select access profile

access-organisation-chosen = Organizacja:
access-profile-name = Nazwa
access-profile-description = Opis
access-profile-active = aktywny
access-profile-submitted = wniosek złożony
access-profile-granted = przyznany

## Step 4: recap and submission

access-recap-intro = Sprawdź przygotowany wniosek, a następnie kliknij „Złóż wniosek o dostęp”.
access-summary = Podsumowanie
access-before-submitting = Przed złożeniem wniosku
access-before-submitting-text = Wniosek o dostęp do aplikacji jest weryfikowany przez administratorów; jest to proces ręczny, który może potrwać kilka dni.
access-submit = Złóż wniosek o dostęp
access-submitted-title = Wniosek został złożony
access-submitted-what = Złożono wniosek o dostęp: { $profiles } – { $organisation } ({ $application }).
access-submitted-wait = Uwaga: zatwierdzenie/aktywacja konta może potrwać 1–2 dni od złożenia wniosku! Po zakończeniu procesu zatwierdzania zostanie wysłane powiadomienie e-mailem.

## Why a request is refused

access-select-application = Wybierz aplikację.
access-select-organisation = Wybierz organizację.
access-select-institution = Wybierz organizację: instytucję (lub Guest Access) danej sieci i kraju.
access-select-profile = Wybierz co najmniej jeden profil dostępu.
access-not-a-profile = „{ $profile }” nie jest profilem dostępu aplikacji { $application }.
access-comment-too-long = Komentarz musi być zwykłym tekstem o długości do { $max } znaków.
access-already-pending = Istnieje już oczekujący wniosek dla { $organisation }; należy poczekać na decyzję w jego sprawie.
access-already-pending-here = Istnieje już oczekujący wniosek dla tej organizacji; należy poczekać na decyzję w jego sprawie.
access-already-held = Profil { $profile } dla { $organisation } został już przyznany.
access-too-many-requests = { $count ->
    [one] W ciągu ostatniej godziny wysłano { $count } wniosek; przed wysłaniem kolejnych należy odczekać.
    [few] W ciągu ostatniej godziny wysłano { $count } wnioski; przed wysłaniem kolejnych należy odczekać.
    [many] W ciągu ostatniej godziny wysłano { $count } wniosków; przed wysłaniem kolejnych należy odczekać.
   *[other] W ciągu ostatniej godziny wysłano { $count } wniosków; przed wysłaniem kolejnych należy odczekać.
}
access-reason-too-long = Uzasadnienie może mieć do { $max } znaków.
access-reason-needed = Podaj uzasadnienie: wnioskodawca otrzyma je e-mailem.
access-accepted-already = Ten wniosek został już przez Ciebie zaakceptowany: musi go zaakceptować również drugi zatwierdzający.

## The approvers' review page

access-review-title = Wnioski o dostęp do rozpatrzenia
access-review-networks = Sieci objęte uprawnieniami decyzyjnymi: { $networks }
access-review-all-networks = wszystkie (administrator)
access-all-networks = Wszystkie sieci
access-review-search-hint = Początek imienia, nazwiska lub adresu e-mail wnioskodawcy albo nazwy lub kodu organizacji.
access-review-show = Pokaż
access-pending-heading = Oczekujące wnioski
access-pending-none = Brak oczekujących wniosków.
access-reason-hint = Wysyłane do wnioskodawcy; wymagane przy odrzuceniu.
access-accept = Zaakceptuj
access-reject = Odrzuć
access-first-page = Pierwsza strona
access-pending-pages = Strony oczekujących wniosków
access-pending-next = Następne oczekujące wnioski
access-granted-heading = Przyznany dostęp
access-granted-none = Nie przyznano jeszcze żadnego dostępu.
access-granted-row = { $requester }: { $profiles } – { $organisation }
access-revoke-reason = Powód cofnięcia
access-revoke = Cofnij
access-granted-pages = Strony przyznanego dostępu
access-granted-next = Następne przyznane dostępy
access-deleted-account = (usunięte konto)
access-accepted-done = Wniosek został zaakceptowany; wnioskodawca został powiadomiony e-mailem.
access-rejected-done = Wniosek został odrzucony; wnioskodawca został powiadomiony e-mailem.
access-revoked-done = Dostęp został cofnięty; wnioskodawca został powiadomiony e-mailem.
access-first-approval-done = Wniosek został zaakceptowany. Przyznaje on profil uprawniający do zatwierdzania innych, dlatego musi go zaakceptować również drugi zatwierdzający; wnioskodawca zostanie wtedy powiadomiony.
access-already-decided = W sprawie tego wniosku podjęto już decyzję (być może zrobił to inny zatwierdzający).
access-revoke-approver-admin = Tylko administrator może cofnąć dostęp koordynatora (dostęp, który pozwala jego posiadaczowi zatwierdzać innych). Niczego nie zmieniono.
access-not-approver-title = Brak uprawnień do rozpatrywania wniosków o dostęp
access-not-approver-text = O wnioskach o dostęp decydują koordynatorzy poszczególnych sieci oraz administratorzy. To konto nie należy do żadnej z tych grup.
access-second-factor-title = Najpierw potwierdź tożsamość drugim składnikiem
access-second-factor-text = Decyzje w sprawie wniosków o dostęp przyznają lub odbierają dostęp do danych pacjentów, dlatego wymagają zalogowania z użyciem drugiego składnika (Telefon komórkowy + SMS, aplikacja mobilna lub token). Nic nie zostało zmienione.
access-second-factor-link = Potwierdź drugim składnikiem
