## My applications access (the requester's list)

access-my-title = Mana piekļuve lietotnēm
access-my-requests-label = Mani piekļuves pieprasījumi
access-none-yet = Jums vēl nav neviena piekļuves pieprasījuma.
access-review-link = Izskatīt piekļuves pieprasījumus
access-back-to-my = Atpakaļ uz “Mana piekļuve lietotnēm”

## Column headers and field labels shared by the pages

access-field-application = Lietotne
access-field-organisation = Organizācija
access-field-profile = Piekļuves profils
access-field-submitted = Iesniegts
access-field-status = Statuss
access-field-comments = Komentāri
access-field-network = Tīkls
access-field-search = Meklēt
access-field-reason = Iemesls

## The status of a request

access-status-pending = gaida izskatīšanu
access-status-approved = apstiprināts
access-status-rejected = noraidīts
access-status-revoked = atsaukts
access-status-first-approval = pieņemts vienreiz, gaida otrā apstiprinātāja lēmumu
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Jauna piekļuve lietotnei
access-steps-application = Izvēlēties lietotni
access-steps-organisation = Izvēlēties organizāciju
access-steps-profile = Izvēlēties piekļuves profilu
access-steps-recap = Kopsavilkums un iesniegšana
access-step-1 = 1. solis: izvēlieties lietotni
access-step-2 = 2. solis: izvēlieties organizāciju
access-step-3 = 3. solis: izvēlieties piekļuves profilu
access-step-4 = 4. solis: ierakstiet komentāru
access-cancel = Atcelt
access-no-value = [Nav izvēlēta vērtība]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizācijas
access-per-page = ieraksti lapā
access-search-label = Meklēt:
access-search-button = Meklēt
access-up = Uz augšu
access-institution = Iestāde
access-submitted-mark = (pieprasījums iesniegts)
access-submitted-note = Organizāciju, kas atzīmēta ar “(pieprasījums iesniegts)”, jau var izmantot piekļuves pieprasīšanai.
access-open = Atvērt
access-details = Sīkāk
access-details-of = Sīkāka informācija: { $name }
access-no-match = Neviens ieraksts neatbilst.
access-showing = { $total ->
    [zero] Rāda { $first }.–{ $last }. no { $total } ierakstiem
    [one] Rāda { $first }.–{ $last }. no { $total } ieraksta
   *[other] Rāda { $first }.–{ $last }. no { $total } ierakstiem
}
access-network-details = { $countries ->
    [zero] { $countries } valstis
    [one] { $countries } valsts
   *[other] { $countries } valstis
}, { $institutions ->
    [zero] { $institutions } iestādes
    [one] { $institutions } iestāde
   *[other] { $institutions } iestādes
}. Tematiskās jomas: { $areas }.
access-country-details = { $institutions ->
    [zero] { $institutions } tīkla { $network } iestādes valstī { $country } un tās viesu piekļuve (Guest Access).
    [one] { $institutions } tīkla { $network } iestāde valstī { $country } un tās viesu piekļuve (Guest Access).
   *[other] { $institutions } tīkla { $network } iestādes valstī { $country } un tās viesu piekļuve (Guest Access).
}
access-guest-details = Viesu piekļuve tīklam { $network } valstī { $country } veselības aprūpes speciālistiem, kas nestrādā tā dalībiestādēs.
access-institution-details = { $institution }, { $country }, tīkla { $network } dalībiestāde.
access-pages = Lapas
access-page-number = { $number }. lapa

## Step 3: select access profile

access-organisation-chosen = Organizācija:
access-profile-name = Nosaukums
access-profile-description = Apraksts
access-profile-active = aktīvs
access-profile-submitted = pieprasījums iesniegts
access-profile-granted = piešķirts jums

## Step 4: recap and submission

access-recap-intro = Pārskatiet sagatavoto pieprasījumu un pēc tam noklikšķiniet uz “Iesniegt piekļuves pieprasījumu”.
access-summary = Kopsavilkums
access-before-submitting = Pirms iesniegšanas
access-before-submitting-text = Pieprasījumu piekļūt lietotnei apstiprina administratori; tas ir manuāls process un var aizņemt dažas dienas.
access-submit = Iesniegt piekļuves pieprasījumu
access-submitted-title = Jūsu pieprasījums ir iesniegts
access-submitted-what = Jūs pieprasījāt { $profiles } organizācijā { $organisation } ({ $application }).
access-submitted-wait = Lūdzu, ņemiet vērā: jūsu konta apstiprināšana/aktivizēšana pēc pieprasījuma iesniegšanas var aizņemt 1–2 dienas! Kad apstiprināšanas process būs pabeigts, jūs saņemsiet paziņojumu pa e-pastu.

## Why a request is refused

access-select-application = Izvēlieties lietotni.
access-select-organisation = Izvēlieties organizāciju.
access-select-institution = Izvēlieties organizāciju: tīkla un valsts iestādi (vai viesu piekļuvi, Guest Access).
access-select-profile = Izvēlieties vismaz vienu piekļuves profilu.
access-not-a-profile = “{ $profile }” nav lietotnes { $application } piekļuves profils.
access-comment-too-long = Komentāram jābūt vienkāršā tekstā, ne garākam par { $max } rakstzīmēm.
access-already-pending = Jums jau ir neizskatīts pieprasījums organizācijai { $organisation }; gaidiet lēmumu.
access-already-pending-here = Jums jau ir neizskatīts pieprasījums šai organizācijai; gaidiet lēmumu.
access-already-held = Jums jau ir profils { $profile } organizācijā { $organisation }.
access-too-many-requests = { $count ->
    [zero] Pēdējā stundā no jums saņemti { $count } pieprasījumi; lūdzu, uzgaidiet, pirms sūtāt vēl.
    [one] Pēdējā stundā no jums saņemts { $count } pieprasījums; lūdzu, uzgaidiet, pirms sūtāt vēl.
   *[other] Pēdējā stundā no jums saņemti { $count } pieprasījumi; lūdzu, uzgaidiet, pirms sūtāt vēl.
}
access-reason-too-long = Iemesls nedrīkst būt garāks par { $max } rakstzīmēm.
access-reason-needed = Norādiet iemeslu: pieprasītājs to saņems pa e-pastu.
access-accepted-already = Jūs jau pieņēmāt šo pieprasījumu: tas jāpieņem arī otram apstiprinātājam.

## The approvers' review page

access-review-title = Izskatāmie piekļuves pieprasījumi
access-review-networks = Tīkli, par kuriem lemjat jūs: { $networks }
access-review-all-networks = visi (administrators)
access-all-networks = Visi tīkli
access-review-search-hint = Pieprasītāja vārda vai e-pasta adreses sākums vai organizācijas nosaukuma vai koda sākums.
access-review-show = Rādīt
access-pending-heading = Neizskatītie pieprasījumi
access-pending-none = Neviens pieprasījums negaida izskatīšanu.
access-reason-hint = Tiek nosūtīts pieprasītājam; obligāts, ja pieprasījumu noraida.
access-accept = Pieņemt
access-reject = Noraidīt
access-first-page = Pirmā lapa
access-pending-pages = Neizskatīto pieprasījumu lapas
access-pending-next = Nākamie neizskatītie pieprasījumi
access-granted-heading = Piešķirtā piekļuve
access-granted-none = Piekļuve vēl nav piešķirta nevienam.
access-granted-row = { $requester }: { $profiles } organizācijā { $organisation }
access-revoke-reason = Atsaukšanas iemesls
access-revoke = Atsaukt
access-granted-pages = Piešķirtās piekļuves lapas
access-granted-next = Nākamās piešķirtās piekļuves
access-deleted-account = (dzēsts konts)
access-accepted-done = Pieprasījums tika pieņemts; pieprasītājs ir informēts pa e-pastu.
access-rejected-done = Pieprasījums tika noraidīts; pieprasītājs ir informēts pa e-pastu.
access-revoked-done = Piekļuve tika atsaukta; pieprasītājs ir informēts pa e-pastu.
access-first-approval-done = Jūs pieņēmāt pieprasījumu. Tas piešķir profilu, kas apstiprina citus, tāpēc tas jāpieņem arī otram apstiprinātājam; tad pieprasītājs tiks informēts.
access-already-decided = Par šo pieprasījumu jau ir pieņemts lēmums (iespējams, to pieņēma cits apstiprinātājs).
access-revoke-approver-admin = Koordinatora piekļuvi (piekļuvi, kas ļauj tās turētājam apstiprināt citus) var atsaukt tikai administrators. Nekas netika mainīts.
access-not-approver-title = Jūs neizskatāt piekļuves pieprasījumus
access-not-approver-text = Par piekļuves pieprasījumiem lemj katra tīkla koordinatori un administratori. Jūsu konts nav ne viens, ne otrs.
access-second-factor-title = Vispirms apstipriniet ar otro faktoru
access-second-factor-text = Lēmumi par piekļuves pieprasījumiem piešķir vai atņem piekļuvi pacientu datiem, tāpēc ir nepieciešama pierakstīšanās ar otro faktoru (“Mobilais tālrunis + SMS”, mobilā lietotne vai marķieris). Nekas netika mainīts.
access-second-factor-link = Apstiprināt ar otro faktoru

