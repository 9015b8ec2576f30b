## My applications access (the requester's list)

access-my-title = Mano prieiga prie taikomųjų programų
access-my-requests-label = Mano prieigos prašymai
access-none-yet = Dar neturite prieigos prašymų.
access-review-link = Nagrinėti prieigos prašymus
access-back-to-my = Atgal į „Mano prieiga prie taikomųjų programų“

## Column headers and field labels shared by the pages

access-field-application = Taikomoji programa
access-field-organisation = Organizacija
access-field-profile = Prieigos profilis
access-field-submitted = Pateikta
access-field-status = Būsena
access-field-comments = Komentarai
access-field-network = Tinklas
access-field-search = Paieška
access-field-reason = Priežastis

## The status of a request

access-status-pending = laukiama
access-status-approved = patvirtinta
access-status-rejected = atmesta
access-status-revoked = atšaukta
access-status-first-approval = priimta vieną kartą, laukiama antrojo tvirtintojo
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Nauja prieiga prie taikomosios programos
access-steps-application = Pasirinkti taikomąją programą
access-steps-organisation = Pasirinkti organizaciją
access-steps-profile = Pasirinkti prieigos profilį
access-steps-recap = Santrauka ir pateikimas
access-step-1 = 1 žingsnis: pasirinkite taikomąją programą
access-step-2 = 2 žingsnis: pasirinkite organizaciją
access-step-3 = 3 žingsnis: pasirinkite prieigos profilį
access-step-4 = 4 žingsnis: parašykite komentarą
access-cancel = Atšaukti
access-no-value = [Nepasirinkta jokia reikšmė]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizacijos
access-per-page = įr. puslapyje
access-search-label = Paieška:
access-search-button = Ieškoti
access-up = Aukštyn
access-institution = Įstaiga
access-submitted-mark = (prašymas pateiktas)
access-submitted-note = Organizacija, pažymėta „(prašymas pateiktas)“, jau gali būti naudojama prieigai prašyti.
access-open = Atidaryti
access-details = Išsamiau
access-details-of = Išsami informacija: { $name }
access-no-match = Atitinkančių įrašų nėra.
access-showing = { $total ->
    [one] Rodoma { $first }–{ $last } iš { $total } įrašo
    [few] Rodoma { $first }–{ $last } iš { $total } įrašų
   *[other] Rodoma { $first }–{ $last } iš { $total } įrašų
}
access-network-details = { $countries ->
    [one] { $countries } šalis
    [few] { $countries } šalys
   *[other] { $countries } šalių
}, { $institutions ->
    [one] { $institutions } įstaiga
    [few] { $institutions } įstaigos
   *[other] { $institutions } įstaigų
}. Teminės sritys: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } tinklo { $network } įstaiga šalyje { $country } ir šalies svečių prieiga (Guest Access).
    [few] { $institutions } tinklo { $network } įstaigos šalyje { $country } ir šalies svečių prieiga (Guest Access).
   *[other] { $institutions } tinklo { $network } įstaigų šalyje { $country } ir šalies svečių prieiga (Guest Access).
}
access-guest-details = Svečių prieiga prie tinklo { $network } šalyje { $country } sveikatos priežiūros specialistams, nedirbantiems jo narėse įstaigose.
access-institution-details = { $institution }, { $country }, tinklo { $network } narė.
access-pages = Puslapiai
access-page-number = { $number } puslapis

## Step 3: select access profile

access-organisation-chosen = Organizacija:
access-profile-name = Pavadinimas
access-profile-description = Aprašymas
access-profile-active = aktyvus
access-profile-submitted = prašymas pateiktas
access-profile-granted = suteiktas jums

## Step 4: recap and submission

access-recap-intro = Peržiūrėkite parengtą prašymą, tada spustelėkite „Pateikti prieigos prašymą“.
access-summary = Santrauka
access-before-submitting = Prieš pateikiant
access-before-submitting-text = Prašymą suteikti prieigą prie taikomosios programos tvirtina administratoriai; tai atliekama rankiniu būdu ir gali užtrukti kelias dienas.
access-submit = Pateikti prieigos prašymą
access-submitted-title = Jūsų prašymas pateiktas
access-submitted-what = Jūsų prašymas: { $profiles } organizacijoje { $organisation } ({ $application }).
access-submitted-wait = Atkreipkite dėmesį: jūsų paskyros patvirtinimas / aktyvinimas po prašymo pateikimo gali užtrukti 1–2 dienas! Kai patvirtinimo procesas bus baigtas, jums bus pranešta e. paštu.

## Why a request is refused

access-select-application = Pasirinkite taikomąją programą.
access-select-organisation = Pasirinkite organizaciją.
access-select-institution = Pasirinkite organizaciją: tinklo ir šalies įstaigą (arba svečių prieigą, Guest Access).
access-select-profile = Pasirinkite bent vieną prieigos profilį.
access-not-a-profile = „{ $profile }“ nėra taikomosios programos { $application } prieigos profilis.
access-comment-too-long = Komentaras turi būti paprastas tekstas, ne ilgesnis kaip { $max } ženklų.
access-already-pending = Jau turite laukiantį prašymą organizacijai { $organisation }; palaukite sprendimo.
access-already-pending-here = Jau turite laukiantį prašymą šiai organizacijai; palaukite sprendimo.
access-already-held = Jau turite profilį { $profile } organizacijoje { $organisation }.
access-too-many-requests = { $count ->
    [one] Per pastarąją valandą išsiuntėte { $count } prašymą; prieš siųsdami daugiau, palaukite.
    [few] Per pastarąją valandą išsiuntėte { $count } prašymus; prieš siųsdami daugiau, palaukite.
   *[other] Per pastarąją valandą išsiuntėte { $count } prašymų; prieš siųsdami daugiau, palaukite.
}
access-reason-too-long = Priežastis turi būti ne ilgesnė kaip { $max } ženklų.
access-reason-needed = Nurodykite priežastį: prašymo teikėjas ją gaus e. paštu.
access-accepted-already = Jūs jau priėmėte šį prašymą: jį turi priimti ir antrasis tvirtintojas.

## The approvers' review page

access-review-title = Nagrinėtini prieigos prašymai
access-review-networks = Tinklai, dėl kurių sprendžiate: { $networks }
access-review-all-networks = visi (administratorius)
access-all-networks = Visi tinklai
access-review-search-hint = Prašymo teikėjo vardo ar e. pašto adreso arba organizacijos pavadinimo ar kodo pradžia.
access-review-show = Rodyti
access-pending-heading = Laukiantys prašymai
access-pending-none = Laukiančių prašymų nėra.
access-reason-hint = Siunčiama prašymo teikėjui; privaloma atmetant.
access-accept = Priimti
access-reject = Atmesti
access-first-page = Pirmas puslapis
access-pending-pages = Laukiančių prašymų puslapiai
access-pending-next = Kiti laukiantys prašymai
access-granted-heading = Suteikta prieiga
access-granted-none = Prieiga dar nesuteikta.
access-granted-row = { $requester }: { $profiles } organizacijoje { $organisation }
access-revoke-reason = Atšaukimo priežastis
access-revoke = Atšaukti
access-granted-pages = Suteiktos prieigos puslapiai
access-granted-next = Kitos suteiktos prieigos
access-deleted-account = (ištrinta paskyra)
access-accepted-done = Prašymas priimtas; prašymo teikėjui pranešta e. paštu.
access-rejected-done = Prašymas atmestas; prašymo teikėjui pranešta e. paštu.
access-revoked-done = Prieiga atšaukta; prašymo teikėjui pranešta e. paštu.
access-first-approval-done = Priėmėte prašymą. Juo suteikiamas profilis, kuris tvirtina kitus, todėl jį turi priimti ir antrasis tvirtintojas; tada prašymo teikėjui bus pranešta.
access-already-decided = Dėl šio prašymo jau priimtas sprendimas (galbūt kito tvirtintojo).
access-revoke-approver-admin = Koordinatoriaus prieigą (prieigą, leidžiančią jos turėtojui tvirtinti kitus) gali atšaukti tik administratorius. Niekas nepakeista.
access-not-approver-title = Jūs nenagrinėjate prieigos prašymų
access-not-approver-text = Dėl prieigos prašymų sprendžia kiekvieno tinklo koordinatoriai ir administratoriai. Jūsų paskyra nėra nei viena, nei kita.
access-second-factor-title = Pirmiausia patvirtinkite antruoju veiksniu
access-second-factor-text = Sprendimais dėl prieigos prašymų suteikiama arba atimama prieiga prie pacientų duomenų, todėl reikia prisijungti antruoju veiksniu („Mobilusis telefonas + SMS“, mobiliąja programėle arba žetonu). Niekas nepakeista.
access-second-factor-link = Patvirtinti antruoju veiksniu
