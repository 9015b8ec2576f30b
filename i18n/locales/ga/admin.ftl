# Consól na n-oibreoirí ag /admin (do riarthóirí). Fanann na téarmaí teicniúla i mBéarla
# (client id, redirect URI, PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, idp client add).

## Cé a fhéadann an consól a úsáid

admin-not-admin-title = Is do riarthóirí an consól seo
admin-not-admin-text = Ní cuntas riarthóra é do chuntas. Níor taispeánadh ná níor athraíodh aon rud.
admin-my-account = Mo chuntas
admin-second-factor-title = Deimhnigh le do dhara fachtóir ar dtús
admin-second-factor-text = Gníomhaíonn consól na n-oibreoirí ar chuntais daoine eile, mar sin teastaíonn síniú isteach leis an dara fachtóir.
admin-second-factor-again-title = Deimhnigh le do dhara fachtóir arís
admin-second-factor-again-text = Dearbhaíodh do dhara fachtóir níos mó ná 15 nóiméad ó shin. Deimhnigh arís é, ansin déan an gníomh arís: níor athraíodh aon rud.
admin-second-factor-link = Deimhnigh leis an dara fachtóir
admin-held-title = Tá srian sealadach ar do chuntas

## Roinnte ag leathanaigh an chonsóil

admin-back = Ar ais
admin-back-to-console = Ar ais go dtí an consól
admin-search = Cuardaigh
admin-first-page = An chéad leathanach
admin-next-page = An chéad leathanach eile
admin-pages = Leathanaigh
admin-when = Cathain
admin-from = Ó
admin-created = Cruthaithe
admin-name = Ainm
admin-email = Ríomhphost
admin-status = Stádas

## Leathanach baile an chonsóil

admin-title = Consól na n-oibreoirí
admin-home-intro = Sínithe isteach mar { $operator }. Taifeadtar gach gníomh anseo i loga na n-oibreoirí agus, nuair a bhaineann sé le duine, i stair slándála an duine sin.
admin-menu-users = Úsáideoirí
admin-menu-users-text = duine a aimsiú, díghlasáil, deireadh a chur le seisiúin, fón nó gléas caillte a bhaint, díchumasú nó cumasú, ríomhphost athshocraithe pasfhocail a sheoladh
admin-menu-clients = Cliaint
admin-menu-clients-text = na feidhmchláir a shíníonn daoine isteach
admin-menu-keys = Eochracha sínithe
admin-menu-access = Rochtain
admin-menu-access-text = iarratais ar feitheamh agus rochtain tugtha i ngach líonra
admin-menu-log = Loga na n-oibreoirí

## Úsáideoirí

admin-users-title = Úsáideoirí
admin-users-search-hint = Tús seolta ríomhphoist, céadainm nó sloinne, nó "céadainm sloinne".
admin-users-none = Níor aimsíodh aon chuntas.
admin-account = Cuntas
admin-user-active = gníomhach
admin-user-disabled = díchumasaithe
admin-user-locked-until = faoi ghlas tar éis pasfhocal mícheart go dtí { $until }
admin-user-administrator = riarthóir
admin-factors = Dara fachtóirí
admin-factors-none = Dada.
admin-factor-phone = Fón póca { $number }
admin-factor-phone-unconfirmed = Fón póca { $number } (gan deimhniú)
admin-factor-device = Gléas móibíleach "{ $name }"
admin-factor-token = Comhartha (aip fíordheimhnithe)
admin-factor-security-key = Eochair slándála "{ $name }"
admin-factor-added = { $factor }, curtha leis { $added }
admin-factor-remove = Bain { $factor }
admin-sessions = Seisiúin
admin-sessions-none = Níl aon seisiún oscailte.
admin-session-browser = Brabhsálaí
admin-session-address = Seoladh
admin-session-started = Sínithe isteach
admin-session-last-activity = Gníomhaíocht dheireanach
admin-session-applications = Feidhmchláir
admin-session-no-applications = dada
admin-actions = Gníomhartha
admin-unlock = Díghlasáil an cuntas
admin-send-reset = Seol ríomhphost athshocraithe pasfhocail
admin-end-sessions = Cuir deireadh le gach seisiún
admin-enable = Cumasaigh an cuntas
admin-disable = Díchumasaigh an cuntas
admin-history = Stair slándála
admin-history-none = Faic fós.
admin-history-what = Cad
admin-back-to-users = Ar ais go hÚsáideoirí

## Toradh gnímh ar chuntas

admin-unlocked-title = Cuntas díghlasáilte
admin-unlocked-text = Is féidir le { $email } síniú isteach arís leis an bpasfhocal ceart; cuireadh ríomhphost chuig an úinéir faoi.
admin-sessions-ended-title = Cuireadh deireadh le gach seisiún
admin-sessions-ended-text = Tá deireadh le gach seisiún de { $email } agus cúlghaireadh an méid a tugadh d'fheidhmchláir.
admin-admin-disable-title = Díchumasaítear cuntas riarthóra ar an bhfreastalaí
admin-admin-disable-text = Díchumasaítear cuntais riarthóirí le idp user disable ar an bhfreastalaí, ní ón gconsól.
admin-disabled-title = Cuntas díchumasaithe
admin-disabled-text = Ní féidir le { $email } síniú isteach; tá deireadh le gach seisiún agus cúlghaireadh na comharthaí.
admin-enabled-title = Cuntas cumasaithe
admin-enabled-text = Is féidir le { $email } síniú isteach arís.
admin-already-disabled-title = Díchumasaithe cheana
admin-already-disabled-text = Bhí { $email } díchumasaithe cheana; níor athraíodh aon rud.
admin-already-enabled-title = Cumasaithe cheana
admin-already-enabled-text = Bhí { $email } cumasaithe cheana; níor athraíodh aon rud.
admin-reset-sent-title = Seoladh ríomhphost athshocraithe pasfhocail
admin-reset-sent-text = Seoladh nasc chun pasfhocal nua a roghnú chuig { $email }.
admin-no-mail-title = Níor seoladh aon ríomhphost
admin-no-mail-text = Seoladh an iomarca ríomhphost chuig { $email } le déanaí; bain triail eile as ar ball.
admin-nothing-removed-title = Níor baineadh aon rud
admin-nothing-removed-text = Níl a leithéid d'fhachtóir ag an gcuntas (b'fhéidir gur baineadh é idir an dá linn).
admin-factor-removed-title = Fachtóir bainte
admin-factor-removed-text = Baineadh an fachtóir de { $email }; cuireadh ríomhphost chuig an úinéir faoi.

## Cliaint (na feidhmchláir a shíníonn daoine isteach)

admin-clients-title = Cliaint
admin-client-id = Client id
admin-client-kind = Cineál
admin-redirect-uris = Redirect URIs
admin-redirect-uris-hint = Ceann amháin in aghaidh na líne: https, nó http ar loopback.
admin-kind-confidential-option = Rúnda (le rún)
admin-kind-public-option = Poiblí (PKCE, gan rún)
admin-kind-keys = rúnda (private_key_jwt)
admin-kind-secret = rúnda (rún)
admin-kind-public = poiblí (PKCE)
admin-client-add = Cuir cliant leis
admin-client-add-button = Cuir an cliant leis
admin-clients-cli-hint = Socraítear eochracha (private_key_jwt), DPoP, ábhair phéireáilte (pairwise subjects) agus próifíl FAPI 2.0 ar an líne ordaithe:
admin-client-title = Cliant { $id }
admin-redirect-uris-save = Sábháil na redirect URIs
admin-secret = Rún
admin-secret-rotate-hint = Stopann an rún reatha ag obair láithreach; ní thaispeántar an ceann nua ach uair amháin.
admin-secret-rotate = Rothlaigh an rún
admin-remove = Bain
admin-client-remove = Bain an cliant { $id }
admin-back-to-clients = Ar ais go Cliaint
admin-client-added-title = Cliant curtha leis
admin-client-added-public = Tá { $id } cláraithe mar chliant poiblí (PKCE, gan rún).
admin-secret-rotated-title = Rún an chliaint rothlaithe
admin-secret-shown-once = Ní thaispeántar rún { $id } ach an uair seo; cóipeáil isteach i gcumraíocht an fheidhmchláir anois é.
admin-client-secret = Rún an chliaint
admin-done = Déanta
admin-uris-saved-title = Redirect URIs sábháilte
admin-uris-saved-text = Glacann { $id } leo seo anois: { $uris }
admin-client-removed-title = Cliant bainte
admin-client-removed-text = Baineadh { $id }: ní oibríonn a chomharthaí ag userinfo a thuilleadh agus ní féidir leis aon duine a shíniú isteach a thuilleadh.
admin-uris-none = teastaíonn redirect URI amháin ar a laghad
admin-uris-too-many = { $max ->
    [one] { $max } redirect URI ar a mhéad
    [two] { $max } redirect URI ar a mhéad
    [few] { $max } redirect URI ar a mhéad
    [many] { $max } redirect URI ar a mhéad
   *[other] { $max } redirect URI ar a mhéad
}
admin-no-such-client = níl aon chliant leis an id { $id }
admin-uris-checked = Tá ábhair phéireáilte (pairwise subjects) nó próifíl FAPI 2.0 ag { $id }, ar seiceáladh a redirect URIs dóibh: athraigh iad le idp client remove agus idp client add
admin-no-secret = Níl aon rún ag { $id } (cliant poiblí, nó ceann a shíníonn lena eochracha)

## Eochracha sínithe

admin-keys-title = Eochracha sínithe
admin-key-id = ID na heochrach
admin-key-algorithm = Algartam
admin-key-state = Staid
admin-key-signs = síníonn
admin-key-retired-published = scortha, foilsithe fós
admin-key-retired = scortha
admin-key-rotate-heading = Rothlaigh eochair
admin-key-rotate = Rothlaigh an eochair sínithe
admin-key-rotated-title = Eochair sínithe rothlaithe
admin-key-rotated-text = Sínítear comharthaí { $alg } leis an eochair { $kid } anois; fanann an eochair roimhe foilsithe fad is féidir go bhfuil comharthaí a shínigh sí fós in úsáid.

## Loga na n-oibreoirí

admin-log-title = Loga na n-oibreoirí
admin-log-label = Loga na n-oibreoirí
admin-log-search-hint = Tús ríomhphost oibreora, an ruda ar ar gníomhaíodh, nó an ghnímh.
admin-log-none = Níl aon iontráil.
admin-log-operator = Oibreoir
admin-log-action = Gníomh
admin-log-target = Ar
