# Rochtain ar fheidhmchláir ("Mo rochtain ar fheidhmchláir"): draoi iarratais ceithre
# chéim, liosta an iarrthóra, leathanach athbhreithnithe na bhformheasóirí. Ní aistrítear
# ainmneacha líonraí, tíortha, institiúidí ná próifílí (is sonraí iad).

## Mo rochtain ar fheidhmchláir (liosta an iarrthóra)

access-my-title = Mo rochtain ar fheidhmchláir
access-my-requests-label = M'iarratais ar rochtain
access-none-yet = Níl aon iarratas ar rochtain agat fós.
access-review-link = Athbhreithnigh iarratais ar rochtain
access-back-to-my = Ar ais go Mo rochtain ar fheidhmchláir

## Ceannteidil colún agus lipéid réimse

access-field-application = Feidhmchlár
access-field-organisation = Eagraíocht
access-field-profile = Próifíl Rochtana
access-field-submitted = Curtha isteach
access-field-status = Stádas
access-field-comments = Tráchtanna
access-field-network = Líonra
access-field-search = Cuardach
access-field-reason = Cúis

## Stádas iarratais

access-status-pending = ar feitheamh
access-status-approved = formheasta
access-status-rejected = diúltaithe
access-status-revoked = cúlghairthe
access-status-first-approval = glactha leis uair amháin, ag fanacht leis an dara formheasóir
access-status-with-reason = { $status }: { $reason }

## An draoi ("Rochtain nua ar fheidhmchlár", ceithre chéim)

access-new-title = Rochtain nua ar fheidhmchlár
access-steps-application = Roghnaigh feidhmchlár
access-steps-organisation = Roghnaigh eagraíocht
access-steps-profile = Roghnaigh próifíl rochtana
access-steps-recap = Achoimre agus Cur Isteach
access-step-1 = Céim 1 : roghnaigh feidhmchlár
access-step-2 = Céim 2 : roghnaigh eagraíocht
access-step-3 = Céim 3 : roghnaigh próifíl rochtana
access-step-4 = Céim 4 : scríobh trácht
access-cancel = Cealaigh
access-no-value = [Níl aon luach roghnaithe]

## Céim 2: roghnaigh eagraíocht (líonra, ansin tír, ansin institiúid)

access-organisations = Eagraíochtaí
access-per-page = taifead in aghaidh an leathanaigh
access-search-label = Cuardaigh:
access-search-button = Cuardaigh
access-up = Suas
access-institution = Institiúid
access-submitted-mark = (iarratas curtha isteach)
access-submitted-note = Is féidir eagraíochtaí a bhfuil (iarratas curtha isteach) leo a úsáid cheana chun rochtain a iarraidh.
access-open = Oscail
access-details = Sonraí
access-details-of = Sonraí { $name }
access-no-match = Níl aon iontráil ag teacht leis.
access-showing = { $total ->
    [one] Ag taispeáint { $first } go { $last } as { $total } iontráil
    [two] Ag taispeáint { $first } go { $last } as { $total } iontráil
    [few] Ag taispeáint { $first } go { $last } as { $total } iontráil
    [many] Ag taispeáint { $first } go { $last } as { $total } n-iontráil
   *[other] Ag taispeáint { $first } go { $last } as { $total } iontráil
}
access-network-details = { $countries ->
    [one] { $countries } tír
    [two] { $countries } thír
    [few] { $countries } thír
    [many] { $countries } dtír
   *[other] { $countries } tír
}, { $institutions ->
    [one] { $institutions } institiúid
    [two] { $institutions } institiúid
    [few] { $institutions } institiúid
    [many] { $institutions } n-institiúid
   *[other] { $institutions } institiúid
}. Réimsí téamacha: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } institiúid de chuid { $network } in { $country }, agus a Rochtain Aoi (Guest Access).
    [two] { $institutions } institiúid de chuid { $network } in { $country }, agus a Rochtain Aoi (Guest Access).
    [few] { $institutions } institiúid de chuid { $network } in { $country }, agus a Rochtain Aoi (Guest Access).
    [many] { $institutions } n-institiúid de chuid { $network } in { $country }, agus a Rochtain Aoi (Guest Access).
   *[other] { $institutions } institiúid de chuid { $network } in { $country }, agus a Rochtain Aoi (Guest Access).
}
access-guest-details = Rochtain aoi ar { $network } in { $country }, do ghairmithe sláinte lasmuigh dá institiúidí ball.
access-institution-details = { $institution } in { $country }, ball de { $network }.
access-pages = Leathanaigh
access-page-number = Leathanach { $number }

## Céim 3: roghnaigh próifíl rochtana

access-organisation-chosen = Eagraíocht:
access-profile-name = Ainm
access-profile-description = Cur síos
access-profile-active = gníomhach
access-profile-submitted = iarratas curtha isteach
access-profile-granted = tugtha duit

## Céim 4: achoimre agus cur isteach

access-recap-intro = Athbhreithnigh an t-iarratas tiomsaithe agus ansin cliceáil “Cuir isteach iarratas ar rochtain”.
access-summary = Achoimre
access-before-submitting = Sula gcuirfidh tú isteach é
access-before-submitting-text = Déanfaidh na riarthóirí iarratas ar rochtain ar fheidhmchlár a bhailíochtú; is próiseas láimhe é seo agus d'fhéadfadh sé cúpla lá a thógáil.
access-submit = Cuir isteach iarratas ar rochtain
access-submitted-title = Cuireadh d'iarratas isteach
access-submitted-what = D'iarr tú { $profiles } ag { $organisation } ({ $application }).
access-submitted-wait = Tabhair faoi deara: d'fhéadfadh formheas/gníomhachtú do chuntais 1-2 lá a thógáil tar éis an t-iarratas a chur isteach! Cuirfear ríomhphost chugat nuair a bheidh an próiseas formheasa críochnaithe.

## Cén fáth a ndiúltaítear d'iarratas

access-select-application = Roghnaigh feidhmchlár.
access-select-organisation = Roghnaigh eagraíocht.
access-select-institution = Roghnaigh eagraíocht: institiúid (nó Rochtain Aoi, Guest Access) de chuid líonra agus tíre.
access-select-profile = Roghnaigh próifíl rochtana amháin ar a laghad.
access-not-a-profile = Ní próifíl rochtana de chuid { $application } é "{ $profile }".
access-comment-too-long = Ní mór don trácht a bheith ina ghnáth-théacs de { $max } carachtar ar a mhéad.
access-already-pending = Tá iarratas ar feitheamh agat cheana do { $organisation }; fan go ndéanfar cinneadh faoi.
access-already-pending-here = Tá iarratas ar feitheamh agat cheana don eagraíocht seo; fan go ndéanfar cinneadh faoi.
access-already-held = Tá an phróifíl { $profile } agat cheana do { $organisation }.
access-too-many-requests = { $count ->
    [one] Sheol tú { $count } iarratas amháin san uair an chloig dheireanach; fan sula seolfaidh tú tuilleadh.
    [two] Sheol tú { $count } iarratas san uair an chloig dheireanach; fan sula seolfaidh tú tuilleadh.
    [few] Sheol tú { $count } iarratas san uair an chloig dheireanach; fan sula seolfaidh tú tuilleadh.
    [many] Sheol tú { $count } n-iarratas san uair an chloig dheireanach; fan sula seolfaidh tú tuilleadh.
   *[other] Sheol tú { $count } iarratas san uair an chloig dheireanach; fan sula seolfaidh tú tuilleadh.
}
access-reason-too-long = Ní féidir níos mó ná { $max } carachtar a bheith sa chúis.
access-reason-needed = Tabhair cúis: gheobhaidh an t-iarrthóir í i ríomhphost.
access-accepted-already = Ghlac tú leis an iarratas seo cheana: ní mór don dara formheasóir glacadh leis freisin.

## Leathanach athbhreithnithe na bhformheasóirí

access-review-title = Iarratais ar rochtain le hathbhreithniú
access-review-networks = Líonraí a ndéanann tú cinntí dóibh: { $networks }
access-review-all-networks = gach ceann (riarthóir)
access-all-networks = Gach líonra
access-review-search-hint = Tús ainm nó ríomhphost iarrthóra, nó tús ainm nó cód eagraíochta.
access-review-show = Taispeáin
access-pending-heading = Iarratais ar feitheamh
access-pending-none = Níl aon iarratas ag fanacht.
access-reason-hint = Seoltar chuig an iarrthóir é; riachtanach chun diúltú.
access-accept = Glac leis
access-reject = Diúltaigh
access-first-page = An chéad leathanach
access-pending-pages = Leathanaigh na n-iarratas ar feitheamh
access-pending-next = Iarratais ar feitheamh: an chéad leathanach eile
access-granted-heading = Rochtain tugtha
access-granted-none = Níor tugadh aon rochtain fós.
access-granted-row = { $requester }: { $profiles } ag { $organisation }
access-revoke-reason = Cúis le cúlghairm
access-revoke = Cúlghair
access-granted-pages = Leathanaigh na rochtana tugtha
access-granted-next = Rochtain tugtha: an chéad leathanach eile
access-deleted-account = (cuntas scriosta)
access-accepted-done = Glacadh leis an iarratas; cuireadh ríomhphost chuig an iarrthóir.
access-rejected-done = Diúltaíodh don iarratas; cuireadh ríomhphost chuig an iarrthóir.
access-revoked-done = Cúlghaireadh an rochtain; cuireadh ríomhphost chuig an iarrthóir.
access-first-approval-done = Ghlac tú leis an iarratas. Tugann sé próifíl a fhormheasann daoine eile, mar sin ní mór don dara formheasóir glacadh leis freisin; cuirfear in iúl don iarrthóir ansin.
access-already-decided = Rinneadh cinneadh faoin iarratas seo cheana (b'fhéidir ag formheasóir eile).
access-revoke-approver-admin = Ní féidir ach le riarthóir rochtain comhordaitheora a chúlghairm (rochtain a ligeann dá sealbhóir daoine eile a cheadú). Níor athraíodh aon rud.
access-not-approver-title = Ní athbhreithníonn tú iarratais ar rochtain
access-not-approver-text = Is iad Comhordaitheoirí gach líonra agus na riarthóirí a dhéanann cinneadh faoi iarratais ar rochtain. Níl do chuntas ina cheachtar acu.
access-second-factor-title = Deimhnigh le do dhara fachtóir ar dtús
access-second-factor-text = Tugann nó baineann cinntí faoi iarratais ar rochtain rochtain ar shonraí othar, mar sin teastaíonn síniú isteach leis an dara fachtóir (Fón Póca + SMS, aip mhóibíleach nó comhartha). Níor athraíodh aon rud.
access-second-factor-link = Deimhnigh leis an dara fachtóir
