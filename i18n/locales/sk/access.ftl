## My applications access (the requester's list)

access-my-title = Môj prístup k aplikáciám
access-my-requests-label = Moje žiadosti o prístup
access-none-yet = Zatiaľ nemáte žiadnu žiadosť o prístup.
access-review-link = Posúdiť žiadosti o prístup
access-back-to-my = Späť na Môj prístup k aplikáciám

## Column headers and field labels shared by the pages

access-field-application = Aplikácia
access-field-organisation = Organizácia
access-field-profile = Prístupový profil
access-field-submitted = Odoslané
access-field-status = Stav
access-field-comments = Komentáre
access-field-network = Sieť
access-field-search = Hľadať
access-field-reason = Odôvodnenie

## The status of a request

access-status-pending = čaká na vybavenie
access-status-approved = schválené
access-status-rejected = zamietnuté
access-status-revoked = odvolané
access-status-first-approval = prijaté raz, čaká na druhého schvaľovateľa
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Nový prístup k aplikácii
access-steps-application = Výber aplikácie
access-steps-organisation = Výber organizácie
access-steps-profile = Výber prístupového profilu
access-steps-recap = Zhrnutie a odoslanie
access-step-1 = Krok 1: vyberte aplikáciu
access-step-2 = Krok 2: vyberte organizáciu
access-step-3 = Krok 3: vyberte prístupový profil
access-step-4 = Krok 4: napíšte komentár
access-cancel = Zrušiť
access-no-value = [Nie je vybratá žiadna hodnota]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizácie
access-per-page = záznamov na stránku
access-search-label = Hľadať:
access-search-button = Hľadať
access-up = O úroveň vyššie
access-institution = Inštitúcia
access-submitted-mark = (žiadosť odoslaná)
access-submitted-note = Organizáciu označenú (žiadosť odoslaná) už možno použiť na žiadosť o prístup.
access-open = Otvoriť
access-details = Podrobnosti
access-details-of = Podrobnosti: { $name }
access-no-match = Žiadna položka nezodpovedá.
access-showing = { $total ->
    [one] Zobrazené { $first } až { $last } z { $total } položky
    [few] Zobrazené { $first } až { $last } z { $total } položiek
   *[other] Zobrazené { $first } až { $last } z { $total } položiek
}
access-network-details = { $countries ->
    [one] { $countries } krajina
    [few] { $countries } krajiny
   *[other] { $countries } krajín
}, { $institutions ->
    [one] { $institutions } inštitúcia
    [few] { $institutions } inštitúcie
   *[other] { $institutions } inštitúcií
}. Tematické oblasti: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } inštitúcia siete { $network } ({ $country }) a Guest Access tejto krajiny.
    [few] { $institutions } inštitúcie siete { $network } ({ $country }) a Guest Access tejto krajiny.
   *[other] { $institutions } inštitúcií siete { $network } ({ $country }) a Guest Access tejto krajiny.
}
access-guest-details = Prístup hosťa do siete { $network } ({ $country }) pre zdravotníckych pracovníkov mimo jej členských inštitúcií.
access-institution-details = { $institution } ({ $country }), člen siete { $network }.
access-pages = Stránky
access-page-number = Stránka { $number }

## Step 3: select access profile

access-organisation-chosen = Organizácia:
access-profile-name = Názov
access-profile-description = Opis
access-profile-active = aktívny
access-profile-submitted = žiadosť odoslaná
access-profile-granted = udelený vám

## Step 4: recap and submission

access-recap-intro = Skontrolujte zostavenú žiadosť a kliknite na „Odoslať žiadosť o prístup“.
access-summary = Zhrnutie
access-before-submitting = Pred odoslaním
access-before-submitting-text = Žiadosť o prístup k aplikácii overia administrátori; ide o manuálny proces, ktorý môže trvať niekoľko dní.
access-submit = Odoslať žiadosť o prístup
access-submitted-title = Vaša žiadosť bola odoslaná
access-submitted-what = Požiadali ste o { $profiles } v organizácii { $organisation } ({ $application }).
access-submitted-wait = Upozornenie: schválenie/aktivácia vášho konta môže po odoslaní žiadosti trvať 1 – 2 dni! Po dokončení schvaľovacieho procesu budete informovaní e-mailom.

## Why a request is refused

access-select-application = Vyberte aplikáciu.
access-select-organisation = Vyberte organizáciu.
access-select-institution = Vyberte organizáciu: inštitúciu (alebo Guest Access) určitej siete a krajiny.
access-select-profile = Vyberte aspoň jeden prístupový profil.
access-not-a-profile = „{ $profile }“ nie je prístupový profil aplikácie { $application }.
access-comment-too-long = Komentár musí byť obyčajný text s dĺžkou najviac { $max } znakov.
access-already-pending = Pre { $organisation } už máte žiadosť, ktorá čaká na vybavenie; počkajte na rozhodnutie.
access-already-pending-here = Pre túto organizáciu už máte žiadosť, ktorá čaká na vybavenie; počkajte na rozhodnutie.
access-already-held = Profil { $profile } pre { $organisation } už máte.
access-too-many-requests = { $count ->
    [one] Za poslednú hodinu ste poslali { $count } žiadosť; pred poslaním ďalších počkajte.
    [few] Za poslednú hodinu ste poslali { $count } žiadosti; pred poslaním ďalších počkajte.
   *[other] Za poslednú hodinu ste poslali { $count } žiadostí; pred poslaním ďalších počkajte.
}
access-reason-too-long = Odôvodnenie môže mať najviac { $max } znakov.
access-reason-needed = Uveďte odôvodnenie: žiadateľ ho dostane e-mailom.
access-accepted-already = Túto žiadosť ste už prijali: musí ju prijať ešte druhý schvaľovateľ.

## The approvers' review page

access-review-title = Žiadosti o prístup na posúdenie
access-review-networks = Siete, o ktorých žiadostiach rozhodujete: { $networks }
access-review-all-networks = všetky (administrátor)
access-all-networks = Všetky siete
access-review-search-hint = Začiatok mena alebo e-mailu žiadateľa, prípadne názvu alebo kódu organizácie.
access-review-show = Zobraziť
access-pending-heading = Žiadosti čakajúce na vybavenie
access-pending-none = Žiadna žiadosť nečaká.
access-reason-hint = Posiela sa žiadateľovi; povinné pri zamietnutí.
access-accept = Prijať
access-reject = Zamietnuť
access-first-page = Prvá stránka
access-pending-pages = Stránky žiadostí čakajúcich na vybavenie
access-pending-next = Ďalšie žiadosti čakajúce na vybavenie
access-granted-heading = Udelené prístupy
access-granted-none = Zatiaľ nebol udelený žiadny prístup.
access-granted-row = { $requester }: { $profiles } v organizácii { $organisation }
access-revoke-reason = Dôvod odvolania
access-revoke = Odvolať
access-granted-pages = Stránky udelených prístupov
access-granted-next = Ďalšie udelené prístupy
access-deleted-account = (vymazané konto)
access-accepted-done = Žiadosť bola prijatá; žiadateľ bol informovaný e-mailom.
access-rejected-done = Žiadosť bola zamietnutá; žiadateľ bol informovaný e-mailom.
access-revoked-done = Prístup bol odvolaný; žiadateľ bol informovaný e-mailom.
access-first-approval-done = Žiadosť ste prijali. Udeľuje profil, ktorý schvaľuje iných, preto ju musí prijať ešte druhý schvaľovateľ; žiadateľ bude informovaný potom.
access-already-decided = O tejto žiadosti už bolo rozhodnuté (možno iným schvaľovateľom).
access-revoke-approver-admin = Prístup koordinátora (prístup, ktorý jeho držiteľovi umožňuje schvaľovať ostatných) môže odobrať iba správca. Nič sa nezmenilo.
access-not-approver-title = Žiadosti o prístup neposudzujete
access-not-approver-text = O žiadostiach o prístup rozhodujú koordinátori jednotlivých sietí a administrátori. Vaše konto nepatrí ani k jedným.
access-second-factor-title = Najprv sa overte druhým faktorom
access-second-factor-text = Rozhodovanie o žiadostiach o prístup udeľuje alebo odoberá prístup k údajom pacientov, preto vyžaduje prihlásenie s druhým faktorom (Mobilný telefón + SMS, mobilná aplikácia alebo token). Nič sa nezmenilo.
access-second-factor-link = Overiť sa druhým faktorom
