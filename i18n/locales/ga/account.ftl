# Mo chuntas: an forbhreathnú, sonraí pearsanta, seisiúin, stair slándála, an cuntas a scriosadh.

## An forbhreathnú ("Mo chuntas")

account-title = Mo chuntas
account-name = Ainm
account-email = Ríomhphost
account-email-language = Teanga an ríomhphoist
account-signed-in-since = Sínithe isteach ó
account-sign-out = Sínigh amach
account-change-password = Athraigh an pasfhocal
account-access-link = Mo rochtain ar fheidhmchláir
account-require-mfa = Éiligh fíordheimhniú ilfhachtóireach i gcónaí
account-save = Sábháil
account-consents-heading = Feidhmchláir a cheadaigh tú
account-consents-none = Níor iarr aon fheidhmchlár do thoiliú fós.
account-consent-withdraw = Tarraing siar an toiliú do { $name }
account-offline-heading = Feidhmchláir a bhfuil rochtain as líne acu
account-offline-hint = Is féidir leis na feidhmchláir seo gníomhú ar do shon nuair nach bhfuil tú sínithe isteach. Má chúlghairtear an rochtain, stadann sé sin láithreach; caithfidh siad cead a iarraidh ort arís.
account-offline-none = Níl rochtain as líne ag aon fheidhmchlár.
account-offline-until = (go dtí { $until }, athnuaite fad a úsáidtear é)
account-offline-revoke = Cúlghair rochtain as líne do { $name }
account-delete = Scrios mo chuntas
account-delete-warning = Cuireann sé seo deireadh le gach seisiún agus baineann sé do chuntas agus gach a gcoinnítear faoi. Ní féidir é a chealú.
account-password = Pasfhocal
account-back = Ar ais go Mo chuntas

## Teachtaireachtaí ar an bhforbhreathnú

account-password-changed = Athraíodh do phasfhocal. Síníodh amach na brabhsálaithe eile.
account-mfa-on = Éilítear fíordheimhniú ilfhachtóireach i gcónaí do do chuntas anois.
account-mfa-off = Ní éilítear fíordheimhniú ilfhachtóireach i gcónaí a thuilleadh.
account-mfa-confirm-first = Chun é seo a athrú, deimhnigh ar dtús le do dhara modh fíoraithe (sínigh isteach arís leis).
account-delete-wrong-password = Ní hé seo do phasfhocal: níor scriosadh an cuntas.
account-delete-confirm-first = Chun an cuntas a scriosadh, deimhnigh ar dtús le do dhara modh fíoraithe (sínigh isteach arís leis).
account-deleted-title = Scriosadh do chuntas
account-deleted-text = Baineadh do chuntas agus gach a gcoinnítear faoi.
account-create = Cruthaigh cuntas

## Sonraí pearsanta

account-details-title = Sonraí pearsanta
account-details-first-name = Céadainm
account-details-last-name = Sloinne
account-details-email-heading = Athraigh mo sheoladh ríomhphoist
account-details-email-current = Is é { $email } do sheoladh ríomhphoist. Seolaimid nasc chuig an seoladh nua; tarlaíonn an t-athrú nuair a osclaíonn tú é.
account-details-new-email = Ríomhphost nua
account-details-send-link = Seol nasc deimhnithe
account-details-saved = Sábháladh do shonraí pearsanta.
account-details-link-sent = Sheolamar nasc chuig { $email }. Oscail é chun do sheoladh ríomhphoist a dhéanamh de.
account-details-email-changed = Is é { $email } do sheoladh ríomhphoist anois.
account-details-wrong-password = Ní hé seo do phasfhocal.
account-details-email-confirm-first = Chun do sheoladh ríomhphoist a athrú, deimhnigh ar dtús le do dhara modh fíoraithe (sínigh isteach arís leis).
account-details-link-invalid = Tá an nasc seo neamhbhailí, imithe in éag nó úsáideadh cheana é.
account-details-name-length = Ní mór idir 1 agus 100 carachtar a bheith sa chéadainm agus sa sloinne.
account-details-choose-language = Roghnaigh teanga do chuid ríomhphost.
account-details-email-invalid = Cuir isteach seoladh ríomhphoist bailí.
account-details-email-same = Is é seo do sheoladh ríomhphoist cheana.
account-details-too-many-mails = Iarradh an iomarca ríomhphost. Bain triail eile as i gceann uair an chloig.
account-details-email-taken = Tá cuntas eile ag úsáid an tseolta seo anois.
account-email-title = Do sheoladh ríomhphoist
account-go = Téigh go Mo chuntas

## Taispeáin mo sheisiúin

account-sessions-title = Taispeáin mo sheisiúin
account-sessions-label = Mo sheisiúin
account-sessions-browser = Brabhsálaí
account-sessions-address = Seoladh
account-sessions-signed-in = Sínithe isteach
account-sessions-last-activity = Gníomhaíocht dheireanach
account-sessions-applications = Feidhmchláir
account-sessions-this-browser = (an brabhsálaí seo)
account-sessions-no-applications = níl aon cheann
account-sessions-end = Cuir deireadh le seisiún { $browser } ({ $started })
account-sessions-end-others = Cuir deireadh le mo sheisiúin eile go léir
account-session-ended = Cuireadh deireadh leis an seisiún.
account-session-already-ended = Bhí deireadh leis an seisiún sin cheana.
account-other-sessions-ended = Cuireadh deireadh le gach seisiún eile.
account-browser-on-system = { $browser } ar { $system }

## Stair slándála

account-history-title = Stair slándála
account-history-intro = Gach athrú ar shlándáil do chuntais, an ceann is nuaí ar dtús. Seoladh gach ceann chugat i ríomhphost freisin.
account-history-none = Faic fós.
account-history-when = Cathain
account-history-what = Cad
account-history-from = Ón seoladh
