## My applications access (the requester's list)

access-my-title = Můj přístup k aplikacím
access-my-requests-label = Mé žádosti o přístup
access-none-yet = Zatím nemáte žádnou žádost o přístup.
access-review-link = Posoudit žádosti o přístup
access-back-to-my = Zpět na Můj přístup k aplikacím

## Column headers and field labels shared by the pages

access-field-application = Aplikace
access-field-organisation = Organizace
access-field-profile = Přístupový profil
access-field-submitted = Odesláno
access-field-status = Stav
access-field-comments = Komentáře
access-field-network = Síť
access-field-search = Hledat
access-field-reason = Odůvodnění

## The status of a request

access-status-pending = čeká na vyřízení
access-status-approved = schváleno
access-status-rejected = zamítnuto
access-status-revoked = odvoláno
access-status-first-approval = přijato jednou, čeká na druhého schvalovatele
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Nový přístup k aplikaci
access-steps-application = Výběr aplikace
access-steps-organisation = Výběr organizace
access-steps-profile = Výběr přístupového profilu
access-steps-recap = Shrnutí a odeslání
access-step-1 = Krok 1: vyberte aplikaci
access-step-2 = Krok 2: vyberte organizaci
access-step-3 = Krok 3: vyberte přístupový profil
access-step-4 = Krok 4: napište komentář
access-cancel = Zrušit
access-no-value = [Není vybrána žádná hodnota]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizace
access-per-page = záznamů na stránku
access-search-label = Hledat:
access-search-button = Hledat
access-up = O úroveň výš
access-institution = Instituce
access-submitted-mark = (žádost odeslána)
access-submitted-note = Organizaci označenou (žádost odeslána) lze již použít k žádosti o přístup.
access-open = Otevřít
access-details = Podrobnosti
access-details-of = Podrobnosti: { $name }
access-no-match = Žádná položka neodpovídá.
access-showing = { $total ->
    [one] Zobrazeno { $first } až { $last } z { $total } položky
    [few] Zobrazeno { $first } až { $last } z { $total } položek
   *[other] Zobrazeno { $first } až { $last } z { $total } položek
}
access-network-details = { $countries ->
    [one] { $countries } země
    [few] { $countries } země
   *[other] { $countries } zemí
}, { $institutions ->
    [one] { $institutions } instituce
    [few] { $institutions } instituce
   *[other] { $institutions } institucí
}. Tematické oblasti: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } instituce sítě { $network } ({ $country }) a Guest Access této země.
    [few] { $institutions } instituce sítě { $network } ({ $country }) a Guest Access této země.
   *[other] { $institutions } institucí sítě { $network } ({ $country }) a Guest Access této země.
}
access-guest-details = Přístup hosta do sítě { $network } ({ $country }) pro zdravotnické pracovníky mimo její členské instituce.
access-institution-details = { $institution } ({ $country }), člen sítě { $network }.
access-pages = Stránky
access-page-number = Stránka { $number }

## Step 3: select access profile

access-organisation-chosen = Organizace:
access-profile-name = Název
access-profile-description = Popis
access-profile-active = aktivní
access-profile-submitted = žádost odeslána
access-profile-granted = uděleno vám

## Step 4: recap and submission

access-recap-intro = Zkontrolujte sestavenou žádost a klikněte na „Odeslat žádost o přístup“.
access-summary = Shrnutí
access-before-submitting = Před odesláním
access-before-submitting-text = Žádost o přístup k aplikaci ověří správci; jde o ruční proces, který může trvat několik dní.
access-submit = Odeslat žádost o přístup
access-submitted-title = Vaše žádost byla odeslána
access-submitted-what = Požádali jste o { $profiles } v organizaci { $organisation } ({ $application }).
access-submitted-wait = Upozornění: schválení/aktivace vašeho účtu může po odeslání žádosti trvat 1–2 dny! Po dokončení schvalovacího procesu budete informováni e-mailem.

## Why a request is refused

access-select-application = Vyberte aplikaci.
access-select-organisation = Vyberte organizaci.
access-select-institution = Vyberte organizaci: instituci (nebo Guest Access) určité sítě a země.
access-select-profile = Vyberte alespoň jeden přístupový profil.
access-not-a-profile = „{ $profile }“ není přístupový profil aplikace { $application }.
access-comment-too-long = Komentář musí být prostý text o délce nejvýše { $max } znaků.
access-already-pending = Pro { $organisation } již máte žádost, která čeká na vyřízení; počkejte na rozhodnutí.
access-already-pending-here = Pro tuto organizaci již máte žádost, která čeká na vyřízení; počkejte na rozhodnutí.
access-already-held = Profil { $profile } pro { $organisation } již máte.
access-too-many-requests = { $count ->
    [one] Za poslední hodinu jste odeslali { $count } žádost; před odesláním dalších prosím počkejte.
    [few] Za poslední hodinu jste odeslali { $count } žádosti; před odesláním dalších prosím počkejte.
   *[other] Za poslední hodinu jste odeslali { $count } žádostí; před odesláním dalších prosím počkejte.
}
access-reason-too-long = Odůvodnění smí mít nejvýše { $max } znaků.
access-reason-needed = Uveďte odůvodnění: žadatel je obdrží e-mailem.
access-accepted-already = Tuto žádost jste již přijali: musí ji přijmout ještě druhý schvalovatel.

## The approvers' review page

access-review-title = Žádosti o přístup k posouzení
access-review-networks = Sítě, o jejichž žádostech rozhodujete: { $networks }
access-review-all-networks = všechny (správce)
access-all-networks = Všechny sítě
access-review-search-hint = Začátek jména nebo e-mailu žadatele, případně názvu nebo kódu organizace.
access-review-show = Zobrazit
access-pending-heading = Žádosti čekající na vyřízení
access-pending-none = Žádná žádost nečeká.
access-reason-hint = Zasílá se žadateli; povinné při zamítnutí.
access-accept = Přijmout
access-reject = Zamítnout
access-first-page = První stránka
access-pending-pages = Stránky žádostí čekajících na vyřízení
access-pending-next = Další žádosti čekající na vyřízení
access-granted-heading = Udělené přístupy
access-granted-none = Zatím nebyl udělen žádný přístup.
access-granted-row = { $requester }: { $profiles } v organizaci { $organisation }
access-revoke-reason = Důvod odvolání
access-revoke = Odvolat
access-granted-pages = Stránky udělených přístupů
access-granted-next = Další udělené přístupy
access-deleted-account = (smazaný účet)
access-accepted-done = Žádost byla přijata; žadatel byl informován e-mailem.
access-rejected-done = Žádost byla zamítnuta; žadatel byl informován e-mailem.
access-revoked-done = Přístup byl odvolán; žadatel byl informován e-mailem.
access-first-approval-done = Žádost jste přijali. Uděluje profil, který schvaluje ostatní, proto ji musí přijmout ještě druhý schvalovatel; žadatel bude informován poté.
access-already-decided = O této žádosti již bylo rozhodnuto (možná jiným schvalovatelem).
access-revoke-approver-admin = Přístup koordinátora (přístup, který jeho držiteli umožňuje schvalovat ostatní) může odebrat pouze správce. Nic nebylo změněno.
access-not-approver-title = Žádosti o přístup neposuzujete
access-not-approver-text = O žádostech o přístup rozhodují koordinátoři jednotlivých sítí a správci. Váš účet nepatří ani k jedněm.
access-second-factor-title = Nejprve se ověřte druhým faktorem
access-second-factor-text = Rozhodování o žádostech o přístup uděluje nebo odebírá přístup k údajům pacientů, proto vyžaduje přihlášení s druhým faktorem (Mobilní telefon + SMS, mobilní aplikace nebo token). Nic nebylo změněno.
access-second-factor-link = Ověřit se druhým faktorem
