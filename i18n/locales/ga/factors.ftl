# Modhanna fíoraithe (an dara fachtóir): iad a bhainistiú in Mo chuntas, agus céim síniú
# isteach gach ceann acu. Leanann ainmneacha na modhanna téarmaí EU Login.

## Roinnt leathanach

factors-sign-in = Sínigh isteach
factors-confirm = Deimhnigh
factors-try-again = Bain triail eile as
factors-please-try-again = Bain triail eile as, le do thoil.
factors-delete-named = Scrios { $name }
factors-added-on = (curtha leis ar { $date })
factors-hold-notice = Scriosadh gach dara fachtóir de do chuntas leis an bpasfhocal amháin. Ar mhaithe le do shábháilteacht, ní féidir ceann nua a chur leis roimh { $until }. Sheolamar ríomhphost faoi seo chuig úinéir an chuntais.
factors-already-has-factor = Tá an dara modh fíoraithe ag do chuntas cheana.
factors-devices-confirm-first = Chun gléas a chur leis nó a scriosadh, deimhnigh leis ar dtús: sínigh isteach arís agus roghnaigh é.
factors-confirm-first = Chun ceann a chur leis nó a scriosadh, deimhnigh leis ar dtús: sínigh isteach arís agus roghnaigh é.
factors-confirm-recent = Teastaíonn deimhniú leis an dara modh fíoraithe ó na 15 nóiméad deireanacha don athrú seo. Deimhnigh arís, ansin déan an chéim seo arís.
factors-phones-confirm-first = Chun ceann a chur leis nó a scriosadh, deimhnigh ar dtús le Fón Póca + SMS.
factors-confirm-current-first = Deimhnigh ar dtús le do dhara modh fíoraithe reatha (sínigh isteach arís agus roghnaigh é).
factors-mfa-add-first = Cuir uimhir fóin phóca nó comhartha leis ar dtús.
factors-held = Scriosadh gach dara fachtóir den chuntas seo leis an bpasfhocal amháin: ar mhaithe le do shábháilteacht ní féidir ceann nua a chur leis fós. Féach an ríomhphost a sheolamar.
factors-held-code = Cuireadh dara fachtóir leis an gcuntas seo le cód aisghabhála: ar mhaithe le do shábháilteacht, go dtí { $until } ní féidir dara fachtóir a chur leis ná a scriosadh, cóid aisghabhála a ghiniúint, an seoladh ríomhphoist a athrú ná an cuntas a scriosadh. Féach an ríomhphost a sheolamar.
factors-code-not-enough = Ligeann cód aisghabhála duit dara modh fíoraithe a chur leis, rud ar bith eile: chun ceann a bhaint nó do sheoladh ríomhphoist, do chóid aisghabhála nó do chuntas a athrú, sínigh isteach arís le dara modh fíoraithe atá agat.
factors-too-many-codes = An iomarca cód mícheart. Fan 15 nóiméad sula ndéanfaidh tú iarracht eile.

## Ainmneacha na modhanna agus a ndéanann siad ("Roghnaigh do mhodh fíoraithe")

factors-choose-method = Roghnaigh do mhodh fíoraithe
factors-level-high = Éilíonn { $app } an leibhéal síniú isteach is airde (leibhéal "{ $level }"): eochair slándála nó paseochair a sheiceálann do PIN, do mhéarlorg nó d'aghaidh. Ní féidir é a úsáid ar shuíomh eile, rud a chosnaíonn thú ar fhioscaireacht.
factors-level-substantial = Éilíonn { $app } síniú isteach níos láidre (leibhéal "{ $level }"): do phasfhocal agus an dara modh fíoraithe.
factors-method-key-hint-high = Deimhnigh le do PIN, do mhéarlorg nó d'aghaidh nuair a iarrtar ort.
factors-no-key = Níl eochair slándála ná paseochair ag do chuntas, mar sin ní féidir leat an leibhéal seo a bhaint amach fós.
factors-no-key-add = Chun leanúint ar aghaidh chuig { $app }, cuir ceann leis (eochair slándála, nó fíordheimhneoir ionsuite do ghléis), ansin fill anseo:
factors-no-factor = Níl an dara modh fíoraithe ag do chuntas fós, mar sin ní féidir leat leanúint ar aghaidh chuig { $app }.
factors-no-factor-add = Cuir ceann leis ar cheann de na leathanaigh seo, ansin fill anseo:
factors-cancel = Cealaigh agus fill ar { $app }

## Uimhreacha fóin phóca, agus an cód SMS

factors-phones-title = Bainistigh m'uimhreacha fóin phóca
factors-phones-none = Níl aon uimhir fóin phóca agat fós.
factors-phone-confirmed = (deimhnithe)
factors-phone-not-confirmed = (gan deimhniú fós)
factors-phones-confirm-number = Deimhnigh { $number }
factors-sms-enter-challenge = Cuir isteach an cód a seoladh chuig d'fhón póca i dteachtaireacht téacs SMS. D'fhéadfadh sé roinnt nóiméad a thógáil go sroichfidh an teachtaireacht d'fhón póca.
factors-sms-challenge-label = Cód SMS
factors-phones-add = Cuir uimhir fóin phóca leis
factors-mobile-phone-label = Fón póca
factors-phone-hint = Formáid idirnáisiúnta lena n-áirítear cód na tíre, m.sh. don Bheilg: +32 123 45 67 89
factors-sms-title = Fíordheimhniú le cód SMS
factors-sms-number-label = Uimhir fóin phóca
factors-too-many-sms = Iarradh an iomarca SMS don chuntas, don uimhir nó don líonra seo. Bain triail eile as i gceann uair an chloig.
factors-sms-sent = Sheolamar cód SMS chuig { $number }.
factors-phone-added = Tá { $number } deimhnithe. Is féidir leat í a úsáid anois chun síniú isteach le Fón Póca + SMS.
factors-phone-deleted = Scriosadh an uimhir.
factors-sms-wrong = { $count ->
    [one] Ní hé seo an cód SMS a sheolamar. Tá { $count } iarracht amháin fágtha.
    [two] Ní hé seo an cód SMS a sheolamar. Tá { $count } iarracht fágtha.
    [few] Ní hé seo an cód SMS a sheolamar. Tá { $count } iarracht fágtha.
    [many] Ní hé seo an cód SMS a sheolamar. Tá { $count } n-iarracht fágtha.
   *[other] Ní hé seo an cód SMS a sheolamar. Tá { $count } iarracht fágtha.
}
factors-sms-expired = Tá an cód seo imithe in éag nó ídithe (an iomarca iarrachtaí míchearta). Iarr ceann nua.
factors-phone-format = Cuir isteach an uimhir i bhformáid idirnáisiúnta, le cód na tíre, m.sh. don Bheilg: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Ní féidir ach { $count } uimhir fóin phóca amháin a bheith ag cuntas.
    [two] Ní féidir níos mó ná { $count } uimhir fóin phóca a bheith ag cuntas.
    [few] Ní féidir níos mó ná { $count } uimhir fóin phóca a bheith ag cuntas.
    [many] Ní féidir níos mó ná { $count } n-uimhir fóin phóca a bheith ag cuntas.
   *[other] Ní féidir níos mó ná { $count } uimhir fóin phóca a bheith ag cuntas.
}
factors-phone-already-confirmed = Tá an uimhir seo deimhnithe do do chuntas cheana.
factors-phone-not-yours = Níl sé seo ar cheann d'uimhreacha fóin phóca deimhnithe do chuntais.

## Comharthaí (aipeanna fíordheimhnithe)

factors-tokens-title = Bainistigh mo chomharthaí
factors-tokens-intro = Is éard is comhartha ann aip fíordheimhnithe (nó comhartha crua-earraí) a thaispeánann cód nua 6 dhigit gach 30 soicind.
factors-token-added-on = Comhartha curtha leis ar { $date }
factors-token-delete = Scrios an comhartha a cuireadh leis ar { $date }
factors-tokens-add = Cuir comhartha leis
factors-tokens-scan = Scan an cód QR seo le d'aip fíordheimhnithe, nó clóscríobh an eochair rúnda isteach inti.
factors-tokens-qr-label = Cód QR eochair an chomhartha
factors-tokens-secret = Eochair rúnda:
factors-token-code-label = Cód an chomhartha
factors-tokens-confirm = Deimhnigh an comhartha
factors-token-enter = Cuir isteach an cód atá á thaispeáint anois ag d'aip fíordheimhnithe nó ag do chomhartha.
factors-token-added = Cuireadh do chomhartha leis. Is féidir leat síniú isteach leis anois.
factors-token-deleted = Scriosadh an comhartha.
factors-token-enrolment-expired = Tá an clárú imithe in éag. Tosaigh arís.
factors-token-wrong-try-next = Ní hé seo an cód atá á thaispeáint anois ag do chomhartha. Bain triail as an gcéad cheann eile.
factors-token-used = Úsáideadh an cód seo cheana. Fan leis an gcéad cheann eile.
factors-token-wrong = Ní hé seo an cód atá á thaispeáint anois ag do chomhartha.

## An aip mhóibíleach: gléasanna, "Cód PIN na hAipe Móibílí", "Cód QR na hAipe Móibílí"

factors-devices-title = Bainistigh mo ghléasanna móibíleacha
factors-devices-none = Níl aon ghléas móibíleach agat fós.
factors-devices-add = Cuir gléas leis
factors-devices-scan = Oscail an aip mhóibíleach agus scan an cód QR seo. Oibríonn sé uair amháin, ar feadh 10 nóiméad.
factors-devices-qr-label = Cód QR an naisc chláraithe
factors-devices-link = Gan cheamara, tabhair an nasc seo don aip:
factors-panic-title = Scrios mo ghléasanna go léir (PANIC)
factors-panic-explained = Má cailleadh nó má goideadh fón ar a bhfuil an aip: scriostar gach gléas agus gach comhartha d'aon iarraidh agus cuirtear deireadh le gach seisiún, an ceann seo san áireamh.
factors-device-deleted = Scriosadh an gléas.
factors-panic-done-title = Scriosadh do ghléasanna go léir
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] Scriosadh { $devices } gléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
        [two] Scriosadh { $devices } gléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [few] Scriosadh { $devices } gléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [many] Scriosadh { $devices } gléas agus { $tokens } gcomhartha, agus cuireadh deireadh le gach seisiún.
       *[other] Scriosadh { $devices } gléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
    }
    [two] { $tokens ->
        [one] Scriosadh { $devices } ghléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
        [two] Scriosadh { $devices } ghléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [few] Scriosadh { $devices } ghléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [many] Scriosadh { $devices } ghléas agus { $tokens } gcomhartha, agus cuireadh deireadh le gach seisiún.
       *[other] Scriosadh { $devices } ghléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
    }
    [few] { $tokens ->
        [one] Scriosadh { $devices } ghléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
        [two] Scriosadh { $devices } ghléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [few] Scriosadh { $devices } ghléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [many] Scriosadh { $devices } ghléas agus { $tokens } gcomhartha, agus cuireadh deireadh le gach seisiún.
       *[other] Scriosadh { $devices } ghléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
    }
    [many] { $tokens ->
        [one] Scriosadh { $devices } ngléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
        [two] Scriosadh { $devices } ngléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [few] Scriosadh { $devices } ngléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [many] Scriosadh { $devices } ngléas agus { $tokens } gcomhartha, agus cuireadh deireadh le gach seisiún.
       *[other] Scriosadh { $devices } ngléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
    }
   *[other] { $tokens ->
        [one] Scriosadh { $devices } gléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
        [two] Scriosadh { $devices } gléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [few] Scriosadh { $devices } gléas agus { $tokens } chomhartha, agus cuireadh deireadh le gach seisiún.
        [many] Scriosadh { $devices } gléas agus { $tokens } gcomhartha, agus cuireadh deireadh le gach seisiún.
       *[other] Scriosadh { $devices } gléas agus { $tokens } comhartha, agus cuireadh deireadh le gach seisiún.
    }
}
factors-panic-held = Níor dheimhnigh tú é seo ach le do phasfhocal, mar sin ar mhaithe le do shábháilteacht ní féidir gléas nó comhartha nua a chur leis roimh { $until }. Sheolamar ríomhphost chugat faoi seo, le nasc chun do chuntas a dhaingniú murab tusa a rinne é.
factors-panic-mailed = Sheolamar ríomhphost chugat faoi seo. Sínigh isteach arís chun gléas nua a chur leis.
factors-panic-wrong-password = Ní hé seo do phasfhocal: níor scriosadh aon rud.
factors-panic-confirm-first = Tá uimhir fóin phóca dheimhnithe ag do chuntas: deimhnigh ar dtús le Fón Póca + SMS.
factors-app-start-explained = Seolaimid iarratas síniú isteach chuig an aip ar do ghléas móibíleach. Taispeánann an leathanach seo uimhir ansin: roghnaigh í san aip agus cuir isteach do PIN.
factors-app-send = Seol an t-iarratas chuig m'aip mhóibíleach
factors-app-pick = Oscail an aip ar do ghléas móibíleach, roghnaigh an uimhir seo agus cuir isteach do PIN:
factors-app-number-label = An uimhir le roghnú san aip
factors-app-waiting = Ag fanacht le do ghléas móibíleach. Leanfaidh an leathanach seo ar aghaidh leis féin nuair a bheidh freagra tugtha agat san aip.
factors-app-answered = Thug mé freagra san aip: lean ar aghaidh
factors-app-no-device = Níl aon ghléas móibíleach ag do chuntas. Cuir ceann leis in "Bainistigh mo ghléasanna móibíleacha".
factors-app-already-waiting = Tá iarratas síniú isteach ag fanacht ar d'aip mhóibíleach cheana. Freagair ansin é, nó fan dhá nóiméad go rachaidh sé in éag.
factors-app-too-many = Seoladh an iomarca iarratas síniú isteach chuig d'aip mhóibíleach an uair seo. Roghnaigh modh fíoraithe eile, nó bain triail eile as ar ball.
factors-app-request-unknown = Tá an t-iarratas síniú isteach seo anaithnid nó tá deireadh leis.
factors-app-request-expired = Chuaigh an t-iarratas in éag sular fhreagair an aip.
factors-app-request-ended = Tá deireadh leis an iarratas síniú isteach seo.
factors-app-refused-wrong-number = Diúltaíodh don síniú isteach: roghnaíodh uimhir mhícheart san aip.
factors-app-refused-denied = Diúltaíodh don síniú isteach: diúltaíodh dó san aip.
factors-app-qr-scan = Scan an cód QR seo leis an aip mhóibíleach (oibríonn sí as líne) agus clóscríobh an pasfhocal aonuaire a thaispeánann sí.
factors-app-qr-label = Cód QR an dúshláin { $challenge }
factors-app-qr-challenge = Dúshlán:
factors-otp-label = Pasfhocal aonuaire
factors-app-qr-new = Taispeáin cód QR nua
factors-qr-ended = Tá deireadh leis an dúshlán seo. Iarr ceann nua.
factors-qr-too-many = An iomarca pasfhocal aonuaire mícheart. Fan 15 nóiméad, nó roghnaigh modh fíoraithe eile.
factors-qr-wrong = { $count ->
    [one] Ní hé seo an pasfhocal aonuaire a thaispeánann an aip. Tá { $count } iarracht amháin fágtha.
    [two] Ní hé seo an pasfhocal aonuaire a thaispeánann an aip. Tá { $count } iarracht fágtha.
    [few] Ní hé seo an pasfhocal aonuaire a thaispeánann an aip. Tá { $count } iarracht fágtha.
    [many] Ní hé seo an pasfhocal aonuaire a thaispeánann an aip. Tá { $count } n-iarracht fágtha.
   *[other] Ní hé seo an pasfhocal aonuaire a thaispeánann an aip. Tá { $count } iarracht fágtha.
}

## Eochracha slándála agus paseochracha (WebAuthn)

factors-keys-title = Bainistigh m'eochracha slándála agus mo phaseochracha
factors-keys-intro = Cruthaíonn eochair slándála (USB, NFC) nó fíordheimhneoir ionsuite do ghléis (Trusted Platform Module, Windows Hello, Touch ID, glas scáileáin fóin) gur tusa atá ann, agus ní féidir é a úsáid ar shuíomh eile: cosnaíonn sé thú ar fhioscaireacht. Le PIN nó méarlorg sroicheann sé an leibhéal is airde, "high", agus is féidir leis tú a shíniú isteach gan phasfhocal (paseochair).
factors-keys-none = Níl aon eochair slándála ná paseochair fós.
factors-keys-yours = D'eochracha slándála agus do phaseochracha
factors-keys-name = Ainm
factors-keys-added = Curtha leis
factors-keys-last-used = Úsáidte go deireanach
factors-keys-action = Gníomh
factors-keys-never-used = riamh
factors-keys-add = Cuir eochair slándála nó paseochair leis
factors-keys-name-label = Ainm na heochrach
factors-keys-name-placeholder = m.sh. Eochair USB ghorm, Ríomhaire glúine oibre
factors-keys-needs-script = Teastaíonn JavaScript chun eochair slándála a chur leis: labhraíonn do bhrabhsálaí leis an eochair.
factors-key-added = Cuireadh an eochair slándála "{ $name }" leis.
factors-key-deleted = Scriosadh an eochair slándála.
factors-key-explained = Úsáid d'eochair slándála chláraithe nó fíordheimhneoir ionsuite do ghléis chun d'aitheantas a fhíorú. Cuir isteach nó teagmhaigh leis an eochair, nó deimhnigh le do PIN, do mhéarlorg nó d'aghaidh, nuair a iarrann do bhrabhsálaí ort.
factors-key-use = Úsáid m'eochair slándála
factors-key-needs-script = Teastaíonn JavaScript chun síniú isteach le heochair slándála: labhraíonn do bhrabhsálaí leis an eochair.
factors-key-none-add = Níl eochair slándála ag do chuntas fós: cuir ceann leis in Mo chuntas, Bainistigh m'eochracha slándála agus mo phaseochracha.
factors-key-none = Níl eochair slándála ag do chuntas fós.
factors-key-expired = Chuaigh an t-iarratas in éag nó úsáideadh cheana é. Bain triail eile as.
factors-key-refused = Níorbh fhéidir freagra na heochrach seo a fhíorú. Úsáid eochair atá cláraithe le do chuntas.
factors-key-cloned = Diúltaíodh don eochair seo: b'fhéidir gur cóipeáladh í. Chuireamar é seo in iúl d'úinéir an chuntais i ríomhphost. Úsáid modh eile.
factors-passkey-expired = Chuaigh iarratas na paseochrach in éag nó úsáideadh cheana é. Bain triail eile as.
factors-passkey-refused = Níl an phaseochair seo cláraithe linn. Sínigh isteach le do sheoladh ríomhphoist agus do phasfhocal.
factors-passkey-cloned = Diúltaíodh don phaseochair seo: b'fhéidir gur cóipeáladh í. Chuireamar é seo in iúl d'úinéir an chuntais i ríomhphost.
factors-keys-max = { $count ->
    [one] Ní féidir ach { $count } eochair slándála nó paseochair amháin a bheith ag cuntas; scrios í ar dtús.
    [two] Ní féidir níos mó ná { $count } eochair slándála nó paseochair a bheith ag cuntas; scrios ceann acu ar dtús.
    [few] Ní féidir níos mó ná { $count } eochair slándála nó paseochair a bheith ag cuntas; scrios ceann acu ar dtús.
    [many] Ní féidir níos mó ná { $count } n-eochair slándála nó bpaseochair a bheith ag cuntas; scrios ceann acu ar dtús.
   *[other] Ní féidir níos mó ná { $count } eochair slándála nó paseochair a bheith ag cuntas; scrios ceann acu ar dtús.
}
factors-key-name-length = { $count ->
    [one] Tabhair ainm de 1 go { $count } charachtar don eochair.
    [two] Tabhair ainm de 1 go { $count } charachtar don eochair.
    [few] Tabhair ainm de 1 go { $count } charachtar don eochair.
    [many] Tabhair ainm de 1 go { $count } gcarachtar don eochair.
   *[other] Tabhair ainm de 1 go { $count } carachtar don eochair.
}
factors-key-request-expired = Chuaigh an t-iarratas seo in éag nó úsáideadh cheana é: cuir an eochair leis arís.
factors-key-malformed = Tá freagra na heochrach míchumtha.
factors-key-unverified = Níorbh fhéidir freagra na heochrach a fhíorú don suíomh seo. Bain triail eile as.
factors-key-registered = Tá an eochair seo cláraithe cheana.

## Cóid aisghabhála

factors-codes-title = Mo chóid aisghabhála
factors-codes-intro = Má chailleann tú d'fhón, do chomhartha agus d'eochracha slándála, ligeann cód aisghabhála duit síniú isteach chomh fada le Mo chuntas chun modh fíoraithe nua a chur leis. Oibríonn gach cód uair amháin. Coinnigh in áit shábháilte iad, scartha ó do phasfhocal: clóite, nó i mbainisteoir pasfhocal.
factors-codes-new = Seo iad do chóid aisghabhála nua. Ní thaispeántar iad ach an uair seo amháin: scríobh síos nó priontáil iad anois. Ní oibríonn na seanchóid a thuilleadh.
factors-codes-left = { $count ->
    [one] Tá { $count } chód aisghabhála amháin gan úsáid agat (déanta ar { $date }).
    [two] Tá { $count } chód aisghabhála gan úsáid agat (déanta ar { $date }).
    [few] Tá { $count } chód aisghabhála gan úsáid agat (déanta ar { $date }).
    [many] Tá { $count } gcód aisghabhála gan úsáid agat (déanta ar { $date }).
   *[other] Tá { $count } cód aisghabhála gan úsáid agat (déanta ar { $date }).
}
factors-codes-none = Níl aon chóid aisghabhála agat fós.
factors-codes-generate-new = Gin cóid aisghabhála nua
factors-codes-generate = Gin cóid aisghabhála
factors-codes-add-first = Cuir an dara modh fíoraithe leis ar dtús: seasann cóid aisghabhála ina ionad nuair a chailltear é.
factors-codes-need-real-factor = Ní féidir le cód aisghabhála cóid aisghabhála nua a dhéanamh. Sínigh isteach arís leis an dara modh fíoraithe (cuir ceann leis ar dtús mura bhfuil ceann agat), ansin gin iad.
factors-code-wrong = Níl sé seo ar cheann de do chóid aisghabhála, nó úsáideadh cheana é.
factors-code-sign-in-again = Ní bhíonn cód athshlánaithe bailí ach laistigh de 15 nóiméad ó shíniú isteach le do phasfhocal. Níor úsáideadh do chód: sínigh amach, sínigh isteach arís le do phasfhocal, ansin clóscríobh an cód.
factors-code-lapsed = Tá na 15 nóiméad chun modh fíoraithe a chur leis le do chód athshlánaithe caite. Sínigh amach, ansin sínigh isteach arís le do phasfhocal agus cód athshlánaithe eile.
factors-recovery-code = Cód aisghabhála
factors-recovery-code-explained = Clóscríobh ceann de do chóid aisghabhála. Ligeann sé isteach thú in Mo chuntas chun modh fíoraithe nua a chur leis; ní shíníonn sé isteach thú i bhfeidhmchláir.
factors-recovery-continue = Lean ar aghaidh chuig Mo chuntas

## "Daingnigh mo chuntas": an nasc a sheoltar nuair a scriosadh gach dara fachtóir leis an bpasfhocal amháin

factors-secure-title = Daingnigh mo chuntas
factors-secure-explained = Scrios duine éigin a shínigh isteach leis an bpasfhocal amháin gach dara fachtóir den chuntas { $email }. Murab tusa a bhí ann, tá do phasfhocal ar eolas ag duine éigin.
factors-secure-what = Nuair a dhaingnítear an cuntas, baintear a phasfhocal, cuirtear deireadh le gach seisiún agus cúlghairtear rochtain gach feidhmchláir. Roghnaíonn tú pasfhocal nua ansin le "Ar chaill tú do phasfhocal?", trí do bhosca ríomhphoist.
factors-link-dead-title = Ní féidir an nasc seo a úsáid
factors-link-dead-text = Úsáideadh cheana é nó tá sé imithe in éag. Má cheapann tú go bhfuil do phasfhocal ar eolas ag duine éigin, roghnaigh ceann nua le "Ar chaill tú do phasfhocal?".
factors-secured-title = Tá do chuntas daingnithe
factors-secured-text = Baineadh a phasfhocal, cuireadh deireadh le gach seisiún agus cúlghaireadh rochtain gach feidhmchláir.
factors-secured-next = Roghnaigh pasfhocal nua anois le "Ar chaill tú do phasfhocal?": rachaidh an nasc chuig do bhosca ríomhphoist.

## Teachtaireachtaí scripte an leathanaigh agus í ag labhairt le heochair slándála

factors-script-server-failed = Níorbh fhéidir leis an bhfreastalaí an t-iarratas a thosú. Athlódáil an leathanach agus bain triail eile as.
factors-script-unsupported = Ní féidir leis an mbrabhsálaí seo eochracha slándála ná paseochracha a úsáid. Úsáid brabhsálaí cothrom le dáta, nó modh fíoraithe eile.
factors-script-cancelled = Cealaíodh an t-iarratas nó chuaigh sé thar am. Bain triail eile as.
factors-script-no-answer = Níor fhreagair an eochair. Bain triail eile as.
factors-script-name-first = Tabhair ainm don eochair ar dtús.
