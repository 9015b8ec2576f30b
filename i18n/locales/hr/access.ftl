## My applications access (the requester's list)

access-my-title = Moj pristup aplikacijama
access-my-requests-label = Moji zahtjevi za pristup
access-none-yet = Još nemate nijedan zahtjev za pristup.
access-review-link = Pregled zahtjeva za pristup
access-back-to-my = Natrag na „Moj pristup aplikacijama“

## Column headers and field labels shared by the pages

access-field-application = Aplikacija
access-field-organisation = Organizacija
access-field-profile = Profil pristupa
access-field-submitted = Podneseno
access-field-status = Status
access-field-comments = Komentari
access-field-network = Mreža
access-field-search = Pretraživanje
access-field-reason = Razlog

## The status of a request

access-status-pending = na čekanju
access-status-approved = odobreno
access-status-rejected = odbijeno
access-status-revoked = opozvano
access-status-first-approval = prihvaćeno jednom, čeka drugog odobravatelja
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Novi pristup aplikaciji
access-steps-application = Odabir aplikacije
access-steps-organisation = Odabir organizacije
access-steps-profile = Odabir profila pristupa
access-steps-recap = Sažetak i podnošenje
access-step-1 = 1. korak: odaberite aplikaciju
access-step-2 = 2. korak: odaberite organizaciju
access-step-3 = 3. korak: odaberite profil pristupa
access-step-4 = 4. korak: upišite komentar
access-cancel = Odustani
access-no-value = [Nije odabrana nijedna vrijednost]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizacije
access-per-page = zapisa po stranici
access-search-label = Pretraživanje:
access-search-button = Traži
access-up = Gore
access-institution = Ustanova
access-submitted-mark = (zahtjev podnesen)
access-submitted-note = Organizacija označena s „(zahtjev podnesen)“ već se može upotrijebiti za traženje pristupa.
access-open = Otvori
access-details = Pojedinosti
access-details-of = Pojedinosti: { $name }
access-no-match = Nijedan zapis ne odgovara.
access-showing = { $total ->
    [one] Prikazano { $first } – { $last } od { $total } zapisa
    [few] Prikazano { $first } – { $last } od { $total } zapisa
   *[other] Prikazano { $first } – { $last } od { $total } zapisa
}
access-network-details = { $countries ->
    [one] { $countries } država
    [few] { $countries } države
   *[other] { $countries } država
}, { $institutions ->
    [one] { $institutions } ustanova
    [few] { $institutions } ustanove
   *[other] { $institutions } ustanova
}. Tematska područja: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } ustanova mreže { $network } u državi { $country } i gostujući pristup te države (Guest Access).
    [few] { $institutions } ustanove mreže { $network } u državi { $country } i gostujući pristup te države (Guest Access).
   *[other] { $institutions } ustanova mreže { $network } u državi { $country } i gostujući pristup te države (Guest Access).
}
access-guest-details = Gostujući pristup mreži { $network } u državi { $country } za zdravstvene djelatnike izvan njezinih ustanova članica.
access-institution-details = { $institution }, { $country }, članica mreže { $network }.
access-pages = Stranice
access-page-number = Stranica { $number }

## Step 3: select access profile

access-organisation-chosen = Organizacija:
access-profile-name = Naziv
access-profile-description = Opis
access-profile-active = aktivan
access-profile-submitted = zahtjev podnesen
access-profile-granted = dodijeljen vama

## Step 4: recap and submission

access-recap-intro = Pregledajte sastavljeni zahtjev, a zatim kliknite „Podnesi zahtjev za pristup“.
access-summary = Sažetak
access-before-submitting = Prije podnošenja
access-before-submitting-text = Zahtjev za pristup aplikaciji potvrđuju administratori; to je ručni postupak i može potrajati nekoliko dana.
access-submit = Podnesi zahtjev za pristup
access-submitted-title = Vaš je zahtjev podnesen
access-submitted-what = Zatražili ste { $profiles } u organizaciji { $organisation } ({ $application }).
access-submitted-wait = Napomena: odobrenje/aktivacija vašeg računa može potrajati 1 – 2 dana nakon podnošenja zahtjeva! Bit ćete obaviješteni e-poštom kada postupak odobravanja završi.

## Why a request is refused

access-select-application = Odaberite aplikaciju.
access-select-organisation = Odaberite organizaciju.
access-select-institution = Odaberite organizaciju: ustanovu (ili gostujući pristup, Guest Access) mreže i države.
access-select-profile = Odaberite barem jedan profil pristupa.
access-not-a-profile = „{ $profile }“ nije profil pristupa aplikacije { $application }.
access-comment-too-long = Komentar mora biti običan tekst od najviše { $max } znakova.
access-already-pending = Već imate zahtjev na čekanju za { $organisation }; pričekajte odluku o njemu.
access-already-pending-here = Već imate zahtjev na čekanju za ovu organizaciju; pričekajte odluku o njemu.
access-already-held = Već imate profil { $profile } za { $organisation }.
access-too-many-requests = { $count ->
    [one] U posljednjih sat vremena poslali ste { $count } zahtjev; pričekajte prije slanja novih.
    [few] U posljednjih sat vremena poslali ste { $count } zahtjeva; pričekajte prije slanja novih.
   *[other] U posljednjih sat vremena poslali ste { $count } zahtjeva; pričekajte prije slanja novih.
}
access-reason-too-long = Razlog smije imati najviše { $max } znakova.
access-reason-needed = Navedite razlog: podnositelj zahtjeva dobit će ga e-poštom.
access-accepted-already = Već ste prihvatili ovaj zahtjev: mora ga prihvatiti i drugi odobravatelj.

## The approvers' review page

access-review-title = Zahtjevi za pristup za pregled
access-review-networks = Mreže o kojima odlučujete: { $networks }
access-review-all-networks = sve (administrator)
access-all-networks = Sve mreže
access-review-search-hint = Početak imena ili adrese e-pošte podnositelja zahtjeva ili naziva ili koda organizacije.
access-review-show = Prikaži
access-pending-heading = Zahtjevi na čekanju
access-pending-none = Nijedan zahtjev ne čeka.
access-reason-hint = Šalje se podnositelju zahtjeva; obvezno za odbijanje.
access-accept = Prihvati
access-reject = Odbij
access-first-page = Prva stranica
access-pending-pages = Stranice zahtjeva na čekanju
access-pending-next = Sljedeći zahtjevi na čekanju
access-granted-heading = Dodijeljeni pristupi
access-granted-none = Još nije dodijeljen nijedan pristup.
access-granted-row = { $requester }: { $profiles } u organizaciji { $organisation }
access-revoke-reason = Razlog opoziva
access-revoke = Opozovi
access-granted-pages = Stranice dodijeljenih pristupa
access-granted-next = Sljedeći dodijeljeni pristupi
access-deleted-account = (izbrisani račun)
access-accepted-done = Zahtjev je prihvaćen; podnositelj je obaviješten e-poštom.
access-rejected-done = Zahtjev je odbijen; podnositelj je obaviješten e-poštom.
access-revoked-done = Pristup je opozvan; podnositelj je obaviješten e-poštom.
access-first-approval-done = Prihvatili ste zahtjev. Njime se dodjeljuje profil koji odobrava druge pa ga mora prihvatiti i drugi odobravatelj; podnositelj će tada biti obaviješten.
access-already-decided = O ovom je zahtjevu već odlučeno (možda je odlučio drugi odobravatelj).
access-revoke-approver-admin = Samo administrator može opozvati pristup koordinatora (pristup koji njegovom nositelju omogućuje odobravanje drugih). Ništa nije promijenjeno.
access-not-approver-title = Ne pregledavate zahtjeve za pristup
access-not-approver-text = O zahtjevima za pristup odlučuju koordinatori svake mreže i administratori. Vaš račun nije ni jedno ni drugo.
access-second-factor-title = Najprije potvrdite identitet drugim faktorom
access-second-factor-text = Odlukama o zahtjevima za pristup daje se ili oduzima pristup podacima pacijenata pa je potrebna prijava s drugim faktorom („Mobilni telefon + SMS“, mobilna aplikacija ili token). Ništa nije promijenjeno.
access-second-factor-link = Potvrdi drugim faktorom
