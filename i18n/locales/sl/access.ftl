# Dostop do aplikacij (»Moj dostop do aplikacij«): čarovnik v štirih korakih, seznam
# prosilca, stran za pregled odobriteljev, opis zahteve v e-poštnih sporočilih.
# Imena mrež, držav, ustanov in profilov se ne prevajajo. (Glossary: see login.ftl.)

## Moj dostop do aplikacij

access-my-title = Moj dostop do aplikacij
access-my-requests-label = Moje zahteve za dostop
access-none-yet = Nimate še nobene zahteve za dostop.
access-review-link = Pregled zahtev za dostop
access-back-to-my = Nazaj na Moj dostop do aplikacij

## Glave stolpcev in oznake polj

access-field-application = Aplikacija
access-field-organisation = Organizacija
access-field-profile = Profil dostopa
access-field-submitted = Oddano
access-field-status = Stanje
access-field-comments = Komentarji
access-field-network = Mreža
access-field-search = Iskanje
access-field-reason = Razlog

## Stanje zahteve

access-status-pending = v obravnavi
access-status-approved = odobreno
access-status-rejected = zavrnjeno
access-status-revoked = preklicano
access-status-first-approval = enkrat sprejeto, čaka na drugega odobritelja
access-status-with-reason = { $status }: { $reason }

## Čarovnik (»Nov dostop do aplikacije«)

access-new-title = Nov dostop do aplikacije
access-steps-application = Izbira aplikacije
access-steps-organisation = Izbira organizacije
access-steps-profile = Izbira profila dostopa
access-steps-recap = Povzetek in oddaja
access-step-1 = Korak 1: izberite aplikacijo
access-step-2 = Korak 2: izberite organizacijo
access-step-3 = Korak 3: izberite profil dostopa
access-step-4 = Korak 4: vnesite komentar
access-cancel = Prekliči
access-no-value = [Ni izbrane vrednosti]

## Korak 2: izbira organizacije

access-organisations = Organizacije
access-per-page = zapisov na stran
access-search-label = Iskanje:
access-search-button = Išči
access-up = Raven višje
access-institution = Ustanova
access-submitted-mark = (zahteva oddana)
access-submitted-note = Organizacije, označene z (zahteva oddana), je že mogoče uporabiti za zahtevo za dostop.
access-open = Odpri
access-details = Podrobnosti
access-details-of = Podrobnosti: { $name }
access-no-match = Noben vnos se ne ujema.
access-showing = { $total ->
    [one] Prikaz vnosov od { $first } do { $last } od skupno { $total } vnosa
   *[other] Prikaz vnosov od { $first } do { $last } od skupno { $total } vnosov
}
access-network-details = { $countries ->
    [one] { $countries } država
    [two] { $countries } državi
    [few] { $countries } države
   *[other] { $countries } držav
}, { $institutions ->
    [one] { $institutions } ustanova
    [two] { $institutions } ustanovi
    [few] { $institutions } ustanove
   *[other] { $institutions } ustanov
}. Tematska področja: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } ustanova mreže { $network } v državi { $country } in njen dostop za goste.
    [two] { $institutions } ustanovi mreže { $network } v državi { $country } in njen dostop za goste.
    [few] { $institutions } ustanove mreže { $network } v državi { $country } in njen dostop za goste.
   *[other] { $institutions } ustanov mreže { $network } v državi { $country } in njen dostop za goste.
}
access-guest-details = Dostop za goste do mreže { $network } v državi { $country } za zdravstvene delavce zunaj njenih ustanov članic.
access-institution-details = { $institution } v državi { $country }, članica mreže { $network }.
access-pages = Strani
access-page-number = Stran { $number }

## Korak 3: izbira profila dostopa

access-organisation-chosen = Organizacija:
access-profile-name = Ime
access-profile-description = Opis
access-profile-active = aktiven
access-profile-submitted = zahteva oddana
access-profile-granted = dodeljen vam

## Korak 4: povzetek in oddaja

access-recap-intro = Preglejte pripravljeno zahtevo in kliknite »Oddaj zahtevo za dostop«.
access-summary = Povzetek
access-before-submitting = Pred oddajo
access-before-submitting-text = Zahtevo za dostop do aplikacije bodo potrdili skrbniki; to je ročni postopek, ki lahko traja nekaj dni.
access-submit = Oddaj zahtevo za dostop
access-submitted-title = Vaša zahteva je bila oddana
access-submitted-what = Zahtevali ste { $profiles } pri organizaciji { $organisation } ({ $application }).
access-submitted-wait = Opomba: odobritev/aktivacija vašega računa lahko traja 1–2 dni po oddaji zahteve. Ko bo postopek odobritve končan, boste obveščeni po e-pošti.

## Zakaj je zahteva zavrnjena

access-select-application = Izberite aplikacijo.
access-select-organisation = Izberite organizacijo.
access-select-institution = Izberite organizacijo: ustanovo (ali dostop za goste) mreže in države.
access-select-profile = Izberite vsaj en profil dostopa.
access-not-a-profile = »{ $profile }« ni profil dostopa aplikacije { $application }.
access-comment-too-long = Komentar mora biti navadno besedilo z največ { $max } znaki.
access-already-pending = Za { $organisation } že imate zahtevo v obravnavi; počakajte na odločitev.
access-already-pending-here = Za to organizacijo že imate zahtevo v obravnavi; počakajte na odločitev.
access-already-held = Profil { $profile } za { $organisation } že imate.
access-too-many-requests = { $count ->
    [one] V zadnji uri ste poslali { $count } zahtevo; pred pošiljanjem novih počakajte.
    [two] V zadnji uri ste poslali { $count } zahtevi; pred pošiljanjem novih počakajte.
    [few] V zadnji uri ste poslali { $count } zahteve; pred pošiljanjem novih počakajte.
   *[other] V zadnji uri ste poslali { $count } zahtev; pred pošiljanjem novih počakajte.
}
access-reason-too-long = Razlog ima lahko največ { $max } znakov.
access-reason-needed = Navedite razlog: prosilec ga prejme po e-pošti.
access-accepted-already = To zahtevo ste že sprejeli: sprejeti jo mora še drugi odobritelj.

## Stran za pregled odobriteljev

access-review-title = Zahteve za dostop v pregled
access-review-networks = Mreže, za katere odločate: { $networks }
access-review-all-networks = vse (skrbnik)
access-all-networks = Vse mreže
access-review-search-hint = Začetek imena ali e-poštnega naslova prosilca oziroma imena ali kode organizacije.
access-review-show = Prikaži
access-pending-heading = Zahteve v obravnavi
access-pending-none = Nobena zahteva ne čaka.
access-reason-hint = Pošlje se prosilcu; obvezno pri zavrnitvi.
access-accept = Sprejmi
access-reject = Zavrni
access-first-page = Prva stran
access-pending-pages = Strani zahtev v obravnavi
access-pending-next = Naslednje zahteve v obravnavi
access-granted-heading = Dodeljeni dostopi
access-granted-none = Noben dostop še ni bil dodeljen.
access-granted-row = { $requester }: { $profiles } pri organizaciji { $organisation }
access-revoke-reason = Razlog za preklic
access-revoke = Prekliči
access-granted-pages = Strani dodeljenih dostopov
access-granted-next = Naslednji dodeljeni dostopi
access-deleted-account = (izbrisan račun)
access-accepted-done = Zahteva je bila sprejeta; prosilec je bil obveščen po e-pošti.
access-rejected-done = Zahteva je bila zavrnjena; prosilec je bil obveščen po e-pošti.
access-revoked-done = Dostop je bil preklican; prosilec je bil obveščen po e-pošti.
access-first-approval-done = Zahtevo ste sprejeli. Dodeljuje profil, s katerim se odobrava drugim, zato jo mora sprejeti še drugi odobritelj; prosilec bo obveščen takrat.
access-already-decided = O tej zahtevi je bilo že odločeno (morda je odločil drug odobritelj).
access-revoke-approver-admin = Dostop koordinatorja (dostop, ki imetniku omogoča odobravanje drugih) lahko prekliče samo skrbnik. Nič ni bilo spremenjeno.
access-not-approver-title = Ne pregledujete zahtev za dostop
access-not-approver-text = O zahtevah za dostop odločajo koordinatorji posameznih mrež in skrbniki. Vaš račun ni ne eno ne drugo.
access-second-factor-title = Najprej potrdite z drugim dejavnikom
access-second-factor-text = Z odločanjem o zahtevah za dostop se dodeljuje ali odvzema dostop do podatkov o pacientih, zato je potrebna prijava z drugim dejavnikom (Mobilni telefon + SMS, mobilna aplikacija ali žeton). Nič ni bilo spremenjeno.
access-second-factor-link = Potrdi z drugim dejavnikom

