# Stair slándála cuntais (in Mo chuntas, agus sa ríomhphost a sheoltar faoi gach athrú).
# Taispeántar gach líne i gcill tábla, mar sin tosaíonn sí le cás íochtair.

history-mfa-mandatory = rinneadh fíordheimhniú ilfhachtóireach éigeantach
history-mfa-optional = rinneadh fíordheimhniú ilfhachtóireach roghnach
history-token-added = comhartha curtha leis
history-token-deleted = comhartha scriosta
history-phone-added = uimhir fóin phóca { $number } curtha leis
history-phone-deleted = uimhir fóin phóca { $number } scriosta
history-device-added = gléas móibíleach "{ $name }" curtha leis
history-device-deleted = gléas móibíleach "{ $name }" scriosta
history-panic = PANIC: scriosadh na gléasanna móibíleacha go léir ({ $devices }) agus na comharthaí go léir ({ $tokens }), cuireadh deireadh le gach seisiún
history-app-denied-wrong-number = diúltaíodh do shíniú isteach ar "{ $name }": roghnaíodh uimhir mhícheart san aip
history-app-denied = diúltaíodh do shíniú isteach ar "{ $name }": diúltaíodh dó san aip
history-key-added = eochair slándála "{ $name }" curtha leis
history-key-added-password-only = eochair slándála "{ $name }" curtha leis trí shíniú isteach leis an bpasfhocal amháin
history-key-added-password-only-mailed = eochair slándála "{ $name }" curtha leis trí shíniú isteach leis an bpasfhocal amháin. Murab tusa a rinne é, oscail { $link } : baineann sé an pasfhocal, gach eochair slándála agus gach cód aisghabhála, agus cuireann sé deireadh le gach seisiún
history-key-deleted = eochair slándála "{ $name }" scriosta
history-key-cloned = diúltaíodh don eochair slándála "{ $name }": chuaigh a háiritheoir siar, b'fhéidir gur cóipeáladh í
history-codes-generated = cóid aisghabhála nua ginte (ní oibríonn na seanchóid a thuilleadh)
history-code-used = { $count ->
    [one] sínithe isteach le cód aisghabhála ({ $count } fágtha)
    [two] sínithe isteach le cód aisghabhála ({ $count } fágtha)
    [few] sínithe isteach le cód aisghabhála ({ $count } fágtha)
    [many] sínithe isteach le cód aisghabhála ({ $count } fágtha)
   *[other] sínithe isteach le cód aisghabhála ({ $count } fágtha)
}
history-email-change-requested = iarradh an seoladh ríomhphoist a athrú go { $email }
history-email-changed = athraíodh an seoladh ríomhphoist ó { $old } go { $new }
