# Glossary (ga): sign in = sínigh isteach / síniú isteach; sign out = sínigh amach /
# síniú amach; account = cuntas; My account = Mo chuntas; password = pasfhocal
# ("Lost your password?" = Ar chaill tú do phasfhocal?); e-mail address = seoladh
# ríomhphoist; e-mail = ríomhphost; verification method = modh fíoraithe; second factor
# = an dara fachtóir; multi-factor authentication = fíordheimhniú ilfhachtóireach;
# mobile app = aip mhóibíleach; mobile phone (number) = fón póca (uimhir fóin phóca);
# PIN code = cód PIN; QR code = cód QR; SMS = SMS (SMS text challenge = cód SMS);
# one-time password = pasfhocal aonuaire; token = comhartha; authenticator app = aip
# fíordheimhnithe; security key = eochair slándála; passkey = paseochair;
# access request = iarratas ar rochtain; access profile = próifíl rochtana;
# Coordinator = Comhordaitheoir; organisation = eagraíocht; institution = institiúid;
# healthcare provider = soláthraí cúraim sláinte; network = líonra; panel = painéal;
# patient = othar; consent = toiliú; session = seisiún; device = gléas;
# recovery code = cód aisghabhála; application = feidhmchlár; browser = brabhsálaí.
# Plurals: one (1), two (2, lenition), few (3–6, lenition), many (7–10, eclipsis), other.

login-too-many-wrong-passwords = { $count ->
    [one] An iomarca pasfhocal mícheart. Fan { $count } soicind sula ndéanfaidh tú iarracht eile.
    [two] An iomarca pasfhocal mícheart. Fan { $count } shoicind sula ndéanfaidh tú iarracht eile.
    [few] An iomarca pasfhocal mícheart. Fan { $count } shoicind sula ndéanfaidh tú iarracht eile.
    [many] An iomarca pasfhocal mícheart. Fan { $count } soicind sula ndéanfaidh tú iarracht eile.
   *[other] An iomarca pasfhocal mícheart. Fan { $count } soicind sula ndéanfaidh tú iarracht eile.
}

## Na leathanaigh síniú isteach

login-title = Sínigh isteach
login-heading = Sínigh isteach chun leanúint ar aghaidh
login-app-requires-authentication = Éilíonn { $app } ort tú féin a fhíordheimhniú
login-email-label = Ríomhphost
login-next = Ar aghaidh
login-or-without-password = Nó, gan phasfhocal:
login-passkey-button = Sínigh isteach le paseochair
login-create-account = Cruthaigh cuntas
login-email-invalid = Cuir isteach seoladh ríomhphoist do chuntais, m.sh. name@hospital.eu.
login-welcome-back = Fáilte ar ais
login-welcome = Fáilte
login-account-external = (Seachtrach)
login-different-email = Sínigh isteach le seoladh ríomhphoist eile?
login-password-label = Pasfhocal
login-lost-password = Ar chaill tú do phasfhocal?
login-choose-method = Roghnaigh do mhodh fíoraithe
login-phone-label = Fón póca
login-phone-hint = Formáid idirnáisiúnta lena n-áirítear cód na tíre, m.sh. don Bheilg: +32 123 45 67 89
login-robot-intro = Theip ar go leor síniú isteach ó do líonra le déanaí, mar sin réiteoidh do bhrabhsálaí dúcheist bheag ar dtús le taispeáint nach róbat é. Teastaíonn JavaScript chuige sin agus tógann sé cúpla soicind.
login-submit = Sínigh isteach

## Diúltuithe ag céim an phasfhocail

login-wrong-credentials = Níl an seoladh ríomhphoist nó an pasfhocal ceart.
login-account-disabled = Dhíchumasaigh riarthóir an cuntas seo. Déan teagmháil le do dheasc chabhrach chun é a chumasú arís.
login-account-locked = Tar éis roinnt pasfhocal mícheart, tá an cuntas seo faoi ghlas go dtí { $until }. Díghlasálfaidh sé leis féin; cuireadh ríomhphost chuig úinéir an chuntais.
login-robot-check-needed = Theip ar go leor síniú isteach ó do líonra le déanaí: fan go dtí go dtaispeánfaidh an tseiceáil frith-róbat thíos go bhfuil sí críochnaithe, ansin sínigh isteach arís.

## Na modhanna fíoraithe

login-method-password-title = Pasfhocal
login-method-password-hint = Fíordheimhnigh le do phasfhocal amháin.
login-method-sms-title = Fón Póca + SMS
login-method-sms-hint = Seol teachtaireacht téacs chuig uimhir fóin phóca chláraithe le haghaidh fíordheimhniú ilfhachtóireach.
login-method-app-title = Cód PIN na hAipe Móibílí
login-method-app-hint = Úsáid d'aip mhóibíleach chláraithe chun d'aitheantas a fhíorú.
login-method-qr-title = Cód QR na hAipe Móibílí
login-method-qr-hint = Gin pasfhocal aonuaire leis an aip mhóibíleach.
login-method-token-title = Comhartha
login-method-token-hint = Úsáid comhartha nó aip fíordheimhnithe chun pasfhocal aonuaire a ghiniúint le síniú isteach.
login-method-webauthn-title = Eochair Slándála nó Ardán Iontaofa (TPM)
login-method-webauthn-hint = Úsáid d'eochair slándála chláraithe nó fíordheimhneoir ionsuite do ghléis chun d'aitheantas a fhíorú.
login-method-recovery-title = Cód aisghabhála
login-method-recovery-hint = Ar chaill tú d'fhón, do chomhartha nó d'eochair? Úsáid cód aisghabhála chun Mo chuntas a bhaint amach agus modh fíoraithe nua a chur leis.

## An leathanach a iarrann an dara fachtóir nuair a éilíonn an cuntas é i gcónaí

login-verify-always-mfa = Éilíonn do chuntas fíordheimhniú ilfhachtóireach i gcónaí.
login-verify-app-hint = Deimhnigh an síniú isteach san aip mhóibíleach le do PIN.
login-verify-qr-hint = Scan cód QR leis an aip mhóibíleach, a oibríonn as líne, agus clóscríobh an pasfhocal aonuaire a thaispeánann sí.
login-verify-token-hint = Clóscríobh an cód ó d'aip fíordheimhnithe nó ó do chomhartha crua-earraí.

## Línte de stair slándála cuntais (tosaíonn siad le cás íochtair)

login-history-locked = curtha faoi ghlas tar éis roinnt pasfhocal mícheart
login-history-new-browser = síniú isteach nua ó bhrabhsálaí nach bhfacthas roimhe ({ $browser })
