## Minu juurdepääs rakendustele (taotleja loend)

access-my-title = Minu juurdepääs rakendustele
access-my-requests-label = Minu juurdepääsutaotlused
access-none-yet = Teil ei ole veel ühtegi juurdepääsutaotlust.
access-review-link = Vaata juurdepääsutaotlused läbi
access-back-to-my = Tagasi lehele Minu juurdepääs rakendustele

## Veerupealkirjad ja väljade nimed

access-field-application = Rakendus
access-field-organisation = Organisatsioon
access-field-profile = Juurdepääsuprofiil
access-field-submitted = Esitatud
access-field-status = Olek
access-field-comments = Kommentaarid
access-field-network = Võrgustik
access-field-search = Otsing
access-field-reason = Põhjendus

## Taotluse olek

access-status-pending = ootel
access-status-approved = heaks kiidetud
access-status-rejected = tagasi lükatud
access-status-revoked = tühistatud
access-status-first-approval = üks kord heaks kiidetud, ootab teist kinnitajat
access-status-with-reason = { $status }: { $reason }

## Viisard ("Uus juurdepääs rakendusele", neli sammu)

access-new-title = Uus juurdepääs rakendusele
access-steps-application = Vali rakendus
access-steps-organisation = Vali organisatsioon
access-steps-profile = Vali juurdepääsuprofiil
access-steps-recap = Kokkuvõte ja esitamine
access-step-1 = 1. samm: valige rakendus
access-step-2 = 2. samm: valige organisatsioon
access-step-3 = 3. samm: valige juurdepääsuprofiil
access-step-4 = 4. samm: kirjutage kommentaar
access-cancel = Tühista
access-no-value = [Väärtust ei ole valitud]

## 2. samm: vali organisatsioon

access-organisations = Organisatsioonid
access-per-page = kirjet lehel
access-search-label = Otsi:
access-search-button = Otsi
access-up = Üles
access-institution = Asutus
access-submitted-mark = (taotlus esitatud)
access-submitted-note = Organisatsioone, mille juures on märge (taotlus esitatud), saab juba juurdepääsu taotlemiseks kasutada.
access-open = Ava
access-details = Üksikasjad
access-details-of = Üksikasjad: { $name }
access-no-match = Ükski kirje ei vasta.
access-showing = { $total ->
    [one] Kuvatakse kirjed { $first } kuni { $last }, kokku { $total } kirje
   *[other] Kuvatakse kirjed { $first } kuni { $last }, kokku { $total } kirjet
}
access-network-details = { $countries ->
    [one] { $countries } riik
   *[other] { $countries } riiki
}, { $institutions ->
    [one] { $institutions } asutus
   *[other] { $institutions } asutust
}. Temaatilised valdkonnad: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } võrgustiku { $network } asutus riigis { $country } ning riigi külalisjuurdepääs (Guest Access).
   *[other] { $institutions } võrgustiku { $network } asutust riigis { $country } ning riigi külalisjuurdepääs (Guest Access).
}
access-guest-details = Külalisjuurdepääs võrgustikule { $network } riigis { $country } tervishoiutöötajatele, kes ei tööta selle liikmesasutustes.
access-institution-details = { $institution }, { $country }, võrgustiku { $network } liige.
access-pages = Lehed
access-page-number = Leht { $number }

## 3. samm: vali juurdepääsuprofiil

access-organisation-chosen = Organisatsioon:
access-profile-name = Nimi
access-profile-description = Kirjeldus
access-profile-active = aktiivne
access-profile-submitted = taotlus esitatud
access-profile-granted = teile antud

## 4. samm: kokkuvõte ja esitamine

access-recap-intro = Vaadake koostatud taotlus üle ja klõpsake seejärel „Esita juurdepääsutaotlus“.
access-summary = Kokkuvõte
access-before-submitting = Enne esitamist
access-before-submitting-text = Rakendusele juurdepääsu taotluse kontrollivad administraatorid. See on käsitsi tehtav protsess ja võib võtta mõne päeva.
access-submit = Esita juurdepääsutaotlus
access-submitted-title = Teie taotlus on esitatud
access-submitted-what = Taotlesite profiili { $profiles } organisatsioonis { $organisation } ({ $application }).
access-submitted-wait = Pange tähele: teie konto kinnitamine/aktiveerimine võib pärast taotluse esitamist võtta 1–2 päeva! Kui kinnitamisprotsess on lõpule viidud, teavitatakse teid e-posti teel.

## Miks taotlus tagasi lükatakse

access-select-application = Valige rakendus.
access-select-organisation = Valige organisatsioon.
access-select-institution = Valige organisatsioon: võrgustiku ja riigi asutus (või Guest Access).
access-select-profile = Valige vähemalt üks juurdepääsuprofiil.
access-not-a-profile = „{ $profile }“ ei ole rakenduse { $application } juurdepääsuprofiil.
access-comment-too-long = Kommentaar peab olema lihttekst ja kõige rohkem { $max } tähemärki pikk.
access-already-pending = Teil on juba ootel taotlus organisatsioonile { $organisation }; oodake selle kohta otsust.
access-already-pending-here = Teil on juba ootel taotlus sellele organisatsioonile; oodake selle kohta otsust.
access-already-held = Teil on juba profiil { $profile } organisatsioonis { $organisation }.
access-too-many-requests = { $count ->
    [one] Olete viimase tunni jooksul saatnud { $count } taotluse; oodake, enne kui saadate uusi.
   *[other] Olete viimase tunni jooksul saatnud { $count } taotlust; oodake, enne kui saadate uusi.
}
access-reason-too-long = Põhjendus võib olla kõige rohkem { $max } tähemärki pikk.
access-reason-needed = Esitage põhjendus: taotleja saab selle e-posti teel.
access-accepted-already = Olete selle taotluse juba heaks kiitnud: ka teine kinnitaja peab selle heaks kiitma.

## Kinnitajate läbivaatamise leht

access-review-title = Läbivaatamist ootavad juurdepääsutaotlused
access-review-networks = Võrgustikud, mille taotluste üle otsustate: { $networks }
access-review-all-networks = kõik (administraator)
access-all-networks = Kõik võrgustikud
access-review-search-hint = Taotleja nime või e-posti aadressi või organisatsiooni nime või koodi algus.
access-review-show = Näita
access-pending-heading = Ootel taotlused
access-pending-none = Ükski taotlus ei ole ootel.
access-reason-hint = Saadetakse taotlejale; tagasilükkamisel kohustuslik.
access-accept = Kiida heaks
access-reject = Lükka tagasi
access-first-page = Esimene leht
access-pending-pages = Ootel taotluste lehed
access-pending-next = Järgmised ootel taotlused
access-granted-heading = Antud juurdepääsud
access-granted-none = Juurdepääsu ei ole veel antud.
access-granted-row = { $requester }: { $profiles }, { $organisation }
access-revoke-reason = Tühistamise põhjus
access-revoke = Tühista
access-granted-pages = Antud juurdepääsude lehed
access-granted-next = Järgmised antud juurdepääsud
access-deleted-account = (kustutatud konto)
access-accepted-done = Taotlus kiideti heaks; taotlejat on e-posti teel teavitatud.
access-rejected-done = Taotlus lükati tagasi; taotlejat on e-posti teel teavitatud.
access-revoked-done = Juurdepääs tühistati; taotlejat on e-posti teel teavitatud.
access-first-approval-done = Kiitsite taotluse heaks. See annab profiili, millega kinnitatakse teiste taotlusi, seega peab ka teine kinnitaja selle heaks kiitma; taotlejat teavitatakse siis.
access-already-decided = Selle taotluse kohta on juba otsus tehtud (võib-olla teise kinnitaja poolt).
access-revoke-approver-admin = Koordinaatori juurdepääsu (juurdepääs, mis lubab selle omanikul teisi kinnitada) saab tühistada ainult administraator. Midagi ei muudetud.
access-not-approver-title = Te ei vaata juurdepääsutaotlusi läbi
access-not-approver-text = Juurdepääsutaotluste üle otsustavad iga võrgustiku koordinaatorid ja administraatorid. Teie konto ei ole kumbki.
access-second-factor-title = Kinnitage esmalt oma teise teguriga
access-second-factor-text = Juurdepääsutaotluste üle otsustamine annab või võtab juurdepääsu patsiendiandmetele, seega on selleks vaja sisselogimist teise teguriga (Mobiiltelefon + SMS, mobiilirakendus või token). Midagi ei muudetud.
access-second-factor-link = Kinnita teise teguriga
