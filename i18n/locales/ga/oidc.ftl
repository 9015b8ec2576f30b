# Síniú isteach i bhfeidhmchláir (OpenID Connect): toiliú, síniú amach, an bealach ar ais
# chuig an bhfeidhmchlár, iarratais síniú isteach nach féidir a úsáid.

## Toiliú

oidc-consent-title = { $app } a cheadú?
oidc-consent-heading = Iarrann { $app } cead do chuntas a úsáid
oidc-consent-intro = Má cheadaíonn tú é, gheobhaidh { $app }:
oidc-consent-withdraw = Is féidir leat an cead seo a tharraingt siar ag am ar bith in Mo chuntas.
oidc-consent-allow = Ceadaigh
oidc-consent-deny = Diúltaigh

## A bhfaigheann feidhmchlár

oidc-scope-subject = aitheantóir seasmhach do do chuntas (ní do sheoladh ríomhphoist)
oidc-scope-profile = d'ainm agus an teanga is fearr leat
oidc-scope-email = do sheoladh ríomhphoist
oidc-scope-phone = d'uimhir fóin phóca dheimhnithe
oidc-scope-offline = rochtain nuair nach bhfuil tú sínithe isteach (go dtí go dtarraingeoidh tú siar í)

## Síniú amach

oidc-logout-title = Sínigh amach
oidc-logout-asks = Iarrann { $app } tú a shíniú amach.
oidc-logout-explain = Má shíníonn tú amach, cuirtear deireadh le do sheisiún { $site } sa bhrabhsálaí seo, agus cuirtear in iúl do na feidhmchláir ar shínigh tú isteach iontu leis.
oidc-logout-submit = Sínigh amach
oidc-logout-request-unusable = Ní féidir an t-iarratas síniú amach seo a úsáid
oidc-logout-done-title = Tá tú sínithe amach
oidc-logout-not-signed-in = Níl tú sínithe isteach sa bhrabhsálaí seo.
oidc-logout-malformed = Tá an t-iarratas síniú amach míchumtha.
oidc-logout-foreign-token = Tá comhartha aitheantais (ID token) san iarratas síniú amach nár eisíomar.
oidc-logout-two-applications = Ainmníonn an t-iarratas síniú amach dhá fheidhmchlár éagsúla.
oidc-logout-unregistered-address = D'iarr an feidhmchlár tú a sheoladh chuig seoladh nár chláraigh sé.

## An leathanach a sheolann an freagra ar ais chuig an bhfeidhmchlár

oidc-returning-title = Ag filleadh ar an bhfeidhmchlár
oidc-returning-no-script = Tá JavaScript múchta: brúigh an cnaipe chun filleadh ar an bhfeidhmchlár.
oidc-returning-continue = Lean ar aghaidh chuig an bhfeidhmchlár

## Iarratais síniú isteach nach féidir a úsáid

oidc-request-unusable = Ní féidir an t-iarratas síniú isteach seo a úsáid
oidc-request-expired-title = Tá an t-iarratas síniú isteach seo imithe in éag
oidc-start-again = Téigh ar ais chuig an bhfeidhmchlár agus tosaigh arís.
oidc-other-browser-title = Tosaíodh an t-iarratas síniú isteach seo i mbrabhsálaí eile
oidc-other-browser = Ar mhaithe le do shábháilteacht, ní féidir leanúint le síniú isteach ach sa bhrabhsálaí inar tosaíodh é. Téigh ar ais chuig an bhfeidhmchlár agus tosaigh arís.
oidc-request-malformed = Tá an t-iarratas síniú isteach míchumtha.
oidc-go-to-account = Téigh go Mo chuntas
oidc-changed-in-another-tab = Críochnaíodh nó athraíodh an t-iarratas síniú isteach seo i gcluaisín eile. Téigh ar ais chuig an bhfeidhmchlár agus tosaigh arís.
oidc-unknown-application = Níl an feidhmchlár a sheol anseo thú cláraithe linn.
oidc-unregistered-return-address = Sheol { $app } anseo thú le seoladh fillte nár chláraigh sé, mar sin ní féidir linn tú a sheoladh ar ais.
oidc-request-used = Tá an t-iarratas síniú isteach seo imithe in éag nó úsáideadh cheana é. Téigh ar ais chuig an bhfeidhmchlár agus tosaigh arís.
oidc-request-not-accepted = Sheol { $app } iarratas síniú isteach nach féidir linn glacadh leis ({ $reason }).
oidc-application-gone = Níl an feidhmchlár cláraithe a thuilleadh.
oidc-other-account = Tosaíodh an t-iarratas síniú isteach seo do chuntas eile. Téigh ar ais chuig an bhfeidhmchlár agus tosaigh arís.
oidc-already-completed = Críochnaíodh an t-iarratas síniú isteach seo cheana.
