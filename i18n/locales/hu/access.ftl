# Hozzáférés alkalmazásokhoz („Alkalmazás-hozzáféréseim”): a négylépéses kérelemvarázsló,
# a kérelmező listája, a jóváhagyók áttekintő oldala. A hálózatok, országok, intézmények
# és profilok neve adatból származik, nem fordítjuk.

## Alkalmazás-hozzáféréseim (a kérelmező listája)

access-my-title = Alkalmazás-hozzáféréseim
access-my-requests-label = Hozzáférési kérelmeim
access-none-yet = Még nincs hozzáférési kérelme.
access-review-link = Hozzáférési kérelmek elbírálása
access-back-to-my = Vissza az Alkalmazás-hozzáféréseim oldalra

## Oszlopfejlécek és mezőcímkék

access-field-application = Alkalmazás
access-field-organisation = Szervezet
access-field-profile = Hozzáférési profil
access-field-submitted = Benyújtva
access-field-status = Állapot
access-field-comments = Megjegyzések
access-field-network = Hálózat
access-field-search = Keresés
access-field-reason = Indoklás

## A kérelem állapota

access-status-pending = függőben
access-status-approved = jóváhagyva
access-status-rejected = elutasítva
access-status-revoked = visszavonva
access-status-first-approval = egyszer elfogadva, második jóváhagyóra vár
access-status-with-reason = { $status }: { $reason }

## A varázsló („Új alkalmazás-hozzáférés”, négy lépés)

access-new-title = Új alkalmazás-hozzáférés
access-steps-application = Alkalmazás kiválasztása
access-steps-organisation = Szervezet kiválasztása
access-steps-profile = Hozzáférési profil kiválasztása
access-steps-recap = Összegzés és benyújtás
access-step-1 = 1. lépés: alkalmazás kiválasztása
access-step-2 = 2. lépés: szervezet kiválasztása
access-step-3 = 3. lépés: hozzáférési profil kiválasztása
access-step-4 = 4. lépés: megjegyzés megadása
access-cancel = Mégse
access-no-value = [Nincs kiválasztott érték]

## 2. lépés: szervezet kiválasztása (hálózat, ország, intézmény)

access-organisations = Szervezetek
access-per-page = rekord oldalanként
access-search-label = Keresés:
access-search-button = Keresés
access-up = Feljebb
access-institution = Intézmény
access-submitted-mark = (kérelem benyújtva)
access-submitted-note = A (kérelem benyújtva) jelölésű szervezetek már használhatók hozzáférés kérésére.
access-open = Megnyitás
access-details = Részletek
access-details-of = Részletek: { $name }
access-no-match = Nincs egyező bejegyzés.
access-showing = { $total ->
    [one] { $first }–{ $last }. bejegyzés megjelenítve (összesen { $total })
   *[other] { $first }–{ $last }. bejegyzés megjelenítve (összesen { $total })
}
access-network-details = { $countries ->
    [one] { $countries } ország
   *[other] { $countries } ország
}, { $institutions ->
    [one] { $institutions } intézmény
   *[other] { $institutions } intézmény
}. Tematikus területek: { $areas }.
access-country-details = { $institutions ->
    [one] { $country }: a(z) { $network } hálózat { $institutions } intézménye és vendéghozzáférése (Guest Access).
   *[other] { $country }: a(z) { $network } hálózat { $institutions } intézménye és vendéghozzáférése (Guest Access).
}
access-guest-details = Vendéghozzáférés a(z) { $network } hálózathoz (ország: { $country }) a tagintézményein kívüli egészségügyi szakemberek számára.
access-institution-details = { $institution } ({ $country }), a(z) { $network } hálózat tagja.
access-pages = Oldalak
access-page-number = { $number }. oldal

## 3. lépés: hozzáférési profil kiválasztása

access-organisation-chosen = Szervezet:
access-profile-name = Név
access-profile-description = Leírás
access-profile-active = aktív
access-profile-submitted = kérelem benyújtva
access-profile-granted = Önnek megadva

## 4. lépés: összegzés és benyújtás

access-recap-intro = Tekintse át az összeállított kérelmet, majd kattintson a „Hozzáférési kérelem benyújtása” gombra.
access-summary = Összegzés
access-before-submitting = Benyújtás előtt
access-before-submitting-text = Az alkalmazáshoz való hozzáférésre irányuló kérelmet a rendszergazdák bírálják el; ez kézi folyamat, és néhány napig is eltarthat.
access-submit = Hozzáférési kérelem benyújtása
access-submitted-title = Kérelmét benyújtottuk
access-submitted-what = Kért profil(ok): { $profiles }; szervezet: { $organisation } ({ $application }).
access-submitted-wait = Kérjük, vegye figyelembe: fiókja jóváhagyása/aktiválása a kérelem benyújtása után 1–2 napig is eltarthat! A jóváhagyási folyamat befejezéséről e-mailben értesítjük.

## Miért utasítjuk el a kérelmet

access-select-application = Válasszon ki egy alkalmazást.
access-select-organisation = Válasszon ki egy szervezetet.
access-select-institution = Válasszon ki egy szervezetet: egy hálózat adott országbeli intézményét (vagy vendéghozzáférését, Guest Access).
access-select-profile = Válasszon ki legalább egy hozzáférési profilt.
access-not-a-profile = „{ $profile }” nem hozzáférési profilja a(z) { $application } alkalmazásnak.
access-comment-too-long = A megjegyzés legfeljebb { $max } karakter hosszú, egyszerű szöveg lehet.
access-already-pending = Már van függőben lévő kérelme a következő szervezetnél: { $organisation }; várja meg a döntést.
access-already-pending-here = Már van függőben lévő kérelme ennél a szervezetnél; várja meg a döntést.
access-already-held = Már rendelkezik a(z) { $profile } profillal a következő szervezetnél: { $organisation }.
access-too-many-requests = { $count ->
    [one] Az elmúlt órában { $count } kérelmet küldött; kérjük, várjon, mielőtt újabbakat küld.
   *[other] Az elmúlt órában { $count } kérelmet küldött; kérjük, várjon, mielőtt újabbakat küld.
}
access-reason-too-long = Az indoklás legfeljebb { $max } karakter lehet.
access-reason-needed = Adjon meg indoklást: a kérelmező e-mailben megkapja.
access-accepted-already = Ezt a kérelmet Ön már elfogadta: egy második jóváhagyónak is el kell fogadnia.

## A jóváhagyók áttekintő oldala

access-review-title = Elbírálandó hozzáférési kérelmek
access-review-networks = Hálózatok, amelyekről Ön dönt: { $networks }
access-review-all-networks = mind (rendszergazda)
access-all-networks = Minden hálózat
access-review-search-hint = A kérelmező nevének vagy e-mail-címének, illetve egy szervezet nevének vagy kódjának eleje.
access-review-show = Megjelenítés
access-pending-heading = Függőben lévő kérelmek
access-pending-none = Nincs várakozó kérelem.
access-reason-hint = A kérelmező megkapja; elutasításhoz kötelező.
access-accept = Elfogadás
access-reject = Elutasítás
access-first-page = Első oldal
access-pending-pages = A függőben lévő kérelmek oldalai
access-pending-next = További függőben lévő kérelmek
access-granted-heading = Megadott hozzáférések
access-granted-none = Még nem adtak meg hozzáférést.
access-granted-row = { $requester }: { $profiles } – { $organisation }
access-revoke-reason = A visszavonás indoklása
access-revoke = Visszavonás
access-granted-pages = A megadott hozzáférések oldalai
access-granted-next = További megadott hozzáférések
access-deleted-account = (törölt fiók)
access-accepted-done = A kérelmet elfogadták; a kérelmezőt e-mailben értesítettük.
access-rejected-done = A kérelmet elutasították; a kérelmezőt e-mailben értesítettük.
access-revoked-done = A hozzáférést visszavonták; a kérelmezőt e-mailben értesítettük.
access-first-approval-done = Ön elfogadta a kérelmet. Mivel olyan profilt ad, amely mások kérelmeit jóváhagyhatja, egy második jóváhagyónak is el kell fogadnia; a kérelmezőt akkor értesítjük.
access-already-decided = Erről a kérelemről már döntöttek (talán egy másik jóváhagyó).
access-revoke-approver-admin = Koordinátor hozzáférését (amellyel a birtokosa másokat jóváhagyhat) csak rendszergazda vonhatja vissza. Semmi sem változott.
access-not-approver-title = Ön nem bírál el hozzáférési kérelmeket
access-not-approver-text = A hozzáférési kérelmekről az egyes hálózatok koordinátorai és a rendszergazdák döntenek. Az Ön fiókja egyik sem.
access-second-factor-title = Először erősítse meg második tényezőjével
access-second-factor-text = A hozzáférési kérelmekről szóló döntés betegadatokhoz való hozzáférést ad vagy von meg, ezért második tényezővel történő bejelentkezést igényel (Mobiltelefon + SMS, mobilalkalmazás vagy token). Semmi sem változott.
access-second-factor-link = Megerősítés második tényezővel
