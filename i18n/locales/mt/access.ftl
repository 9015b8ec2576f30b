# Access to applications ("My applications access"). Network, country, institution and
# profile names come from data and are never translated. (Glossary: see login.ftl.)

## My applications access (the requester's list)

access-my-title = L-aċċess tiegħi għall-applikazzjonijiet
access-my-requests-label = It-talbiet għall-aċċess tiegħi
access-none-yet = Għad m'għandek l-ebda talba għall-aċċess.
access-review-link = Irrevedi t-talbiet għall-aċċess
access-back-to-my = Lura għal "L-aċċess tiegħi għall-applikazzjonijiet"

## Column headers and field labels shared by the pages

access-field-application = Applikazzjoni
access-field-organisation = Organizzazzjoni
access-field-profile = Profil tal-aċċess
access-field-submitted = Sottomessa
access-field-status = Status
access-field-comments = Kummenti
access-field-network = Netwerk
access-field-search = Tfittxija
access-field-reason = Raġuni

## The status of a request

access-status-pending = pendenti
access-status-approved = approvata
access-status-rejected = miċħuda
access-status-revoked = revokata
access-status-first-approval = aċċettata darba, qed tistenna t-tieni approvatur
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Aċċess ġdid għal applikazzjoni
access-steps-application = Agħżel l-applikazzjoni
access-steps-organisation = Agħżel l-organizzazzjoni
access-steps-profile = Agħżel il-profil tal-aċċess
access-steps-recap = Sommarju u sottomissjoni
access-step-1 = Pass 1: agħżel applikazzjoni
access-step-2 = Pass 2: agħżel organizzazzjoni
access-step-3 = Pass 3: agħżel profil tal-aċċess
access-step-4 = Pass 4: ikteb kumment
access-cancel = Ikkanċella
access-no-value = [L-ebda valur magħżul]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizzazzjonijiet
access-per-page = rekords għal kull paġna
access-search-label = Fittex:
access-search-button = Fittex
access-up = Livell 'il fuq
access-institution = Istituzzjoni
access-submitted-mark = (talba sottomessa)
access-submitted-note = L-organizzazzjonijiet immarkati b'(talba sottomessa) diġà jistgħu jintużaw biex jintalab aċċess.
access-open = Iftaħ
access-details = Dettalji
access-details-of = Dettalji ta' { $name }
access-no-match = L-ebda daħla ma taqbel.
access-showing = { $total ->
    [one] Qed jintwerew { $first } sa { $last } minn { $total } daħla
    [two] Qed jintwerew { $first } sa { $last } minn { $total } daħliet
    [few] Qed jintwerew { $first } sa { $last } minn { $total } daħliet
    [many] Qed jintwerew { $first } sa { $last } minn { $total } daħla
   *[other] Qed jintwerew { $first } sa { $last } minn { $total } daħla
}
access-network-details = { $countries ->
    [one] { $countries } pajjiż
    [two] { $countries } pajjiżi
    [few] { $countries } pajjiżi
    [many] { $countries } pajjiż
   *[other] { $countries } pajjiż
}, { $institutions ->
    [one] { $institutions } istituzzjoni
    [two] { $institutions } istituzzjonijiet
    [few] { $institutions } istituzzjonijiet
    [many] { $institutions } istituzzjoni
   *[other] { $institutions } istituzzjoni
}. Oqsma tematiċi: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } istituzzjoni ta' { $network } f'{ $country }, flimkien mal-aċċess għall-mistednin (Guest Access).
    [two] { $institutions } istituzzjonijiet ta' { $network } f'{ $country }, flimkien mal-aċċess għall-mistednin (Guest Access).
    [few] { $institutions } istituzzjonijiet ta' { $network } f'{ $country }, flimkien mal-aċċess għall-mistednin (Guest Access).
    [many] { $institutions } istituzzjoni ta' { $network } f'{ $country }, flimkien mal-aċċess għall-mistednin (Guest Access).
   *[other] { $institutions } istituzzjoni ta' { $network } f'{ $country }, flimkien mal-aċċess għall-mistednin (Guest Access).
}
access-guest-details = Aċċess għall-mistednin għal { $network } f'{ $country }, għall-professjonisti tas-saħħa barra mill-istituzzjonijiet membri tiegħu.
access-institution-details = { $institution } f'{ $country }, membru ta' { $network }.
access-pages = Paġni
access-page-number = Paġna { $number }

## Step 3: select access profile

access-organisation-chosen = Organizzazzjoni:
access-profile-name = Isem
access-profile-description = Deskrizzjoni
access-profile-active = attiv
access-profile-submitted = talba sottomessa
access-profile-granted = mogħti lilek

## Step 4: recap and submission

access-recap-intro = Irrevedi t-talba mimlija u mbagħad ikklikkja “Issottometti t-talba għall-aċċess”.
access-summary = Sommarju
access-before-submitting = Qabel ma tissottometti
access-before-submitting-text = Talba għal aċċess għal applikazzjoni tiġi vvalidata mill-amministraturi; dan huwa proċess manwali u jista' jieħu ftit jiem.
access-submit = Issottometti t-talba għall-aċċess
access-submitted-title = It-talba tiegħek ġiet sottomessa
access-submitted-what = Tlabt { $profiles } f'{ $organisation } ({ $application }).
access-submitted-wait = Jekk jogħġbok innota: l-approvazzjoni/l-attivazzjoni tal-kont tiegħek tista' tieħu jum sa jumejn wara s-sottomissjoni tat-talba! Tiġi infurmat bl-email ladarba jitlesta l-proċess tal-approvazzjoni.

## Why a request is refused

access-select-application = Agħżel applikazzjoni.
access-select-organisation = Agħżel organizzazzjoni.
access-select-institution = Agħżel organizzazzjoni: istituzzjoni (jew l-aċċess għall-mistednin) ta' netwerk u pajjiż.
access-select-profile = Agħżel mill-inqas profil tal-aċċess wieħed.
access-not-a-profile = "{ $profile }" mhuwiex profil tal-aċċess ta' { $application }.
access-comment-too-long = { $max ->
    [one] Il-kumment għandu jkun test sempliċi ta' mhux aktar minn { $max } karattru.
    [two] Il-kumment għandu jkun test sempliċi ta' mhux aktar minn { $max } karattri.
    [few] Il-kumment għandu jkun test sempliċi ta' mhux aktar minn { $max } karattri.
    [many] Il-kumment għandu jkun test sempliċi ta' mhux aktar minn { $max } karattru.
   *[other] Il-kumment għandu jkun test sempliċi ta' mhux aktar minn { $max } karattru.
}
access-already-pending = Diġà għandek talba pendenti għal { $organisation }; stenna d-deċiżjoni dwarha.
access-already-pending-here = Diġà għandek talba pendenti għal din l-organizzazzjoni; stenna d-deċiżjoni dwarha.
access-already-held = Diġà għandek il-profil { $profile } għal { $organisation }.
access-too-many-requests = { $count ->
    [one] Bgħatt { $count } talba fl-aħħar siegħa; jekk jogħġbok stenna qabel ma tibgħat aktar.
    [two] Bgħatt { $count } talbiet fl-aħħar siegħa; jekk jogħġbok stenna qabel ma tibgħat aktar.
    [few] Bgħatt { $count } talbiet fl-aħħar siegħa; jekk jogħġbok stenna qabel ma tibgħat aktar.
    [many] Bgħatt { $count } talba fl-aħħar siegħa; jekk jogħġbok stenna qabel ma tibgħat aktar.
   *[other] Bgħatt { $count } talba fl-aħħar siegħa; jekk jogħġbok stenna qabel ma tibgħat aktar.
}
access-reason-too-long = { $max ->
    [one] Ir-raġuni għandu jkollha mhux aktar minn { $max } karattru.
    [two] Ir-raġuni għandu jkollha mhux aktar minn { $max } karattri.
    [few] Ir-raġuni għandu jkollha mhux aktar minn { $max } karattri.
    [many] Ir-raġuni għandu jkollha mhux aktar minn { $max } karattru.
   *[other] Ir-raġuni għandu jkollha mhux aktar minn { $max } karattru.
}
access-reason-needed = Agħti raġuni: min jagħmel it-talba jirċeviha bl-email.
access-accepted-already = Diġà aċċettajt din it-talba: it-tieni approvatur irid jaċċettaha wkoll.

## The approvers' review page

access-review-title = Talbiet għall-aċċess li għandhom jiġu riveduti
access-review-networks = In-netwerks li tiddeċiedi għalihom: { $networks }
access-review-all-networks = kollha (amministratur)
access-all-networks = In-netwerks kollha
access-review-search-hint = Il-bidu tal-isem jew tal-email ta' min jagħmel it-talba, jew tal-isem jew tal-kodiċi ta' organizzazzjoni.
access-review-show = Uri
access-pending-heading = Talbiet pendenti
access-pending-none = L-ebda talba mhi qed tistenna.
access-reason-hint = Tintbagħat lil min jagħmel it-talba; meħtieġa biex tiċħad.
access-accept = Aċċetta
access-reject = Iċħad
access-first-page = L-ewwel paġna
access-pending-pages = Paġni tat-talbiet pendenti
access-pending-next = It-talbiet pendenti li jmiss
access-granted-heading = Aċċess mogħti
access-granted-none = Għadu ma ngħata l-ebda aċċess.
access-granted-row = { $requester }: { $profiles } f'{ $organisation }
access-revoke-reason = Raġuni għar-revoka
access-revoke = Irrevoka
access-granted-pages = Paġni tal-aċċess mogħti
access-granted-next = L-aċċess mogħti li jmiss
access-deleted-account = (kont imħassar)
access-accepted-done = It-talba ġiet aċċettata; min għamel it-talba ġie infurmat bl-email.
access-rejected-done = It-talba ġiet miċħuda; min għamel it-talba ġie infurmat bl-email.
access-revoked-done = L-aċċess ġie revokat; min għamel it-talba ġie infurmat bl-email.
access-first-approval-done = Aċċettajt it-talba. Din tagħti profil li japprova lil oħrajn, għalhekk it-tieni approvatur irid jaċċettaha wkoll; min għamel it-talba jiġi infurmat dakinhar.
access-already-decided = Diġà ttieħdet deċiżjoni dwar din it-talba (forsi minn approvatur ieħor).
access-revoke-approver-admin = Amministratur biss jista' jirrevoka l-aċċess ta' koordinatur (aċċess li jħalli lil min għandu japprova lil oħrajn). Ma nbidel xejn.
access-not-approver-title = Int ma tirrevedix talbiet għall-aċċess
access-not-approver-text = It-talbiet għall-aċċess jiġu deċiżi mill-Koordinaturi ta' kull netwerk u mill-amministraturi. Il-kont tiegħek mhuwiex wieħed minn dawn.
access-second-factor-title = L-ewwel ikkonferma bit-tieni fattur tiegħek
access-second-factor-text = Id-deċiżjonijiet dwar talbiet għall-aċċess jagħtu jew ineħħu aċċess għad-data tal-pazjenti, għalhekk jeħtieġu dħul bit-tieni fattur (Telefon ċellulari + SMS, app mobbli jew token). Ma nbidel xejn.
access-second-factor-link = Ikkonferma bit-tieni fattur
