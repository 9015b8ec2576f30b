# CPMS (Clinical Patient Management System), an feidhmchlár a úsáideann cliniceoirí. Is
# ainmneacha iad "CPMS", "ERN", "ERN-CPMS" agus "EU Login": ní aistrítear iad.

## Fráma gach leathanaigh CPMS

cpms-tagline = Córas Bainistithe Othar Cliniciúil na Líonraí Tagartha Eorpacha
cpms-training-banner = Tá MÓD OILIÚNA ar siúl: ní do shonraí othar (cuntais tástála amháin).
cpms-dashboard = Deais
cpms-preferences = Roghanna ERN
cpms-sign-out = Sínigh amach
cpms-go-to-dashboard = Téigh chuig do dheais

## An leathanach tosaigh (roimh shíniú isteach)

cpms-landing-title = Clinical Patient Management System
cpms-landing-heading = Clinical Patient Management System (CPMS)
cpms-landing-platform = Ardán TF do Chomhairliúcháin Chliniciúla idir Baill ERN.
cpms-landing-aim = Tá sé mar aidhm ag an CPMS tacú le ERNanna chun diagnóis agus cóireáil galar annamh nó galar casta ar leitheadúlacht íseal a fheabhsú thar theorainneacha náisiúnta na mBallstát san Eoraip.
cpms-landing-browsers-heading = Brabhsálaithe a dtacaítear leo
cpms-landing-browsers = Déan cinnte go bhfuil an leagan is déanaí de Google Chrome, Firefox nó Safari á úsáid agat chun leas a bhaint as feidhmiúlachtaí uile an CPMS.
cpms-landing-secure-login-heading = Síniú Isteach Slán
cpms-landing-login-through-eu-login = Is féidir leat síniú isteach sa CPMS ERN trí Sheirbhís Fíordheimhnithe EU Login.
cpms-login-via-eu-login = Sínigh isteach trí EU Login
cpms-training-login-link = Úsáideoirí nach n-úsáideann EU Login (tástáil amháin)
cpms-landing-members-only = Ní féidir ach le baill ERN agus le haoi-úsáideoirí ERN a bheith ina n-úsáideoirí údaraithe den CPMS.
cpms-landing-eu-login-needed = Chun rochtain a fháil ar an CPMS, teastaíonn cuntas EU Login uait.
cpms-landing-create-account = Chun cuntas a chruthú, cliceáil anseo.
cpms-landing-request-authorisation = Chun údarú a iarraidh chun an CPMS a úsáid, cliceáil anseo.
cpms-landing-help-heading = Cabhair agus Tacaíocht
cpms-landing-contact-email = Má tá aon cheist, smaoineamh nó moladh agat, nó má theastaíonn cabhair uait le fadhb, déan teagmháil le ERN-CPMS trí ríomhphost ag { $address }.
cpms-landing-contact-coordinator = Má tá aon cheist, smaoineamh nó moladh agat, nó má theastaíonn cabhair uait le fadhb, déan teagmháil le Comhordaitheoir do ERN.

## An deais: na heagraíochtaí ina bhfuil próifíl CPMS ag an úsáideoir

cpms-dashboard-no-profile = Níl próifíl CPMS agat fós, { $name }.
cpms-dashboard-request-authorisation = Chun údarú a iarraidh chun an CPMS a úsáid, cliceáil anseo
cpms-dashboard-request-steps = roghnaigh do ERN, do thír, d'institiúid agus do phróifíl rochtana.
cpms-dashboard-user-role = ÚSÁIDEOIR: { $name } RÓL: { $profiles }
cpms-dashboard-request-another = Chun údarú a iarraidh d'eagraíocht nó do phróifíl eile, cliceáil anseo

## Leathanaigh an CPMS

cpms-page-organisation-home = Baile CPMS na heagraíochta
cpms-page-panels = Painéil
cpms-page-panel-create = Cruthaigh painéal
cpms-page-panel-manage = Bainistigh painéal (cuireadh, dúnadh)
cpms-page-panel-contribute = Cuir le painéal
cpms-page-kpis = Príomhtháscairí feidhmíochta (KPI) an líonra
cpms-page-assistance = Iarratais ar chúnamh
cpms-page-reports = Tuarascálacha anaithnidithe

## Leathanach baile eagraíochta

cpms-organisation-your-profiles = Do phróifílí anseo: { $profiles }
cpms-organisation-guest-access = Rochtain aoi: feiceann tú na painéil a dtugtar cuireadh duit chucu, agus is féidir leat cur leo.

## Roghanna ERN

cpms-preferences-welcome = Fáilte chuig an CPMS. Inis dúinn do ról gairmiúil agus na réimsí téamacha inar féidir leat comhairle a thabhairt; go dtí go ndéanfaidh tú sin, ní mholfar thú mar speisialtóir do phainéil.
cpms-preferences-professional-role = Mo ról gairmiúil
cpms-preferences-no-value = [Níl aon luach roghnaithe]
cpms-preferences-thematic-areas = Réimsí Téamacha ERN
cpms-preferences-specialist-in = Is speisialtóir mé i:
cpms-preferences-none = Dada
cpms-preferences-update = Nuashonraigh Roghanna ERN
cpms-preferences-role-missing = Roghnaigh do ról gairmiúil.
cpms-preferences-role-unknown = Roghnaigh do ról gairmiúil ón liosta.
cpms-preferences-none-and-areas = { $network }: cuir tic le "Dada" nó le réimsí téamacha, ní leis an dá rud.
cpms-preferences-unknown-area = Réimse téamach anaithnid.

## Roghanna "Mo ról gairmiúil"

cpms-role-clinical-geneticist = Géineolaí cliniciúil
cpms-role-dermatologist = Deirmeolaí
cpms-role-endocrinologist = Inchríneolaí
cpms-role-haematologist = Haemaiteolaí
cpms-role-hepatologist = Heipiteolaí
cpms-role-nephrologist = Neifreolaí
cpms-role-neurologist = Néareolaí
cpms-role-oncologist = Oinceolaí
cpms-role-ophthalmologist = Oftailmeolaí
cpms-role-paediatrician = Péidiatraí
cpms-role-pathologist = Paiteolaí
cpms-role-pulmonologist = Speisialtóir scamhóg
cpms-role-radiologist = Raideolaí
cpms-role-rheumatologist = Réamaiteolaí
cpms-role-surgeon = Máinlia
cpms-role-other-physician = Lia eile
cpms-role-nurse = Altra
cpms-role-psychologist = Síceolaí
cpms-role-researcher = Taighdeoir
cpms-role-other-health-professional = Gairmí sláinte eile

## Painéil: cás a phléann speisialtóirí líonra

cpms-panels-none = Níl aon phainéal le taispeáint.
cpms-panel = Painéal
cpms-thematic-area = Réimse téamach
cpms-panel-lead = Ceannaire
cpms-panel-status = Stádas
cpms-panel-status-open = Oscailte
cpms-panel-status-closed = Dúnta: { $outcome }
cpms-panel-all-panels = Gach painéal
cpms-panel-invited = Speisialtóirí a fuair cuireadh
cpms-panel-invited-none = aon duine fós
cpms-panel-case-summary = Achoimre ar an gcás
cpms-panel-title = Teideal
cpms-panel-contributions = Ionchuir
cpms-panel-contributions-none = Níl aon ionchur fós.
cpms-panel-comment = Trácht
cpms-panel-add-comment = Cuir trácht leis
cpms-panel-invite-heading = Tabhair cuireadh do speisialtóirí
cpms-panel-no-candidates = Ní féidir cuireadh a thabhairt d'aon speisialtóir a bhfuil "{ $area }" ina Roghanna ERN.
cpms-panel-specialist = Speisialtóir
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Tabhair cuireadh don speisialtóir
cpms-panel-close = Dún an painéal
cpms-panel-outcome = Toradh
cpms-panel-new-no-areas = Níl aon réimsí téamacha ag an líonra seo fós, mar sin ní féidir painéal a chruthú dó.
cpms-panel-new-create = Cruthaigh an painéal
cpms-panel-new-choose-area = Roghnaigh ceann de réimsí téamacha an líonra seo.
cpms-panel-not-invitable = Ní féidir cuireadh a thabhairt don bhall seo: roghnaigh duine de na speisialtóirí a mholtar do réimse téamach an phainéil.
cpms-panel-comment-needed = Scríobh trácht (5000 carachtar ar a mhéad).
cpms-panel-choose-outcome = Roghnaigh ceann de na torthaí.
cpms-panel-refused-view = Ní painéal é seo a bhfuil tú i gceannas air, a bhfuair tú cuireadh chuige nó a bhainistíonn tú.
cpms-panel-refused-invite = Ní féidir ach le ceannaire an phainéil agus lena bhainisteoirí painéil cuireadh a thabhairt, agus sin fad atá sé oscailte amháin.
cpms-panel-refused-contribute = Ní féidir ach le rannpháirtithe an phainéil cur leis, agus sin fad atá sé oscailte amháin.
cpms-panel-refused-close = Ní féidir ach le ceannaire an phainéil agus lena bhainisteoirí painéil é a dhúnadh, agus sin uair amháin.

## Na torthaí a ndúntar painéal leo

cpms-outcome-diagnosis-confirmed = Diagnóis deimhnithe
cpms-outcome-treatment-recommended = Cóireáil molta
cpms-outcome-referred = Atreoraithe chuig ionad eile
cpms-outcome-no-consensus = Gan chomhdhearcadh
cpms-outcome-other = Eile

## Fadhb le réimse foirme

cpms-field-required = Tá an réimse "{ $field }" riachtanach.
cpms-field-too-long = { $max ->
    [one] Ní féidir níos mó ná { $max } charachtar amháin a bheith sa réimse "{ $field }".
    [two] Ní féidir níos mó ná { $max } charachtar a bheith sa réimse "{ $field }".
    [few] Ní féidir níos mó ná { $max } charachtar a bheith sa réimse "{ $field }".
    [many] Ní féidir níos mó ná { $max } gcarachtar a bheith sa réimse "{ $field }".
   *[other] Ní féidir níos mó ná { $max } carachtar a bheith sa réimse "{ $field }".
}

## Príomhtháscairí feidhmíochta líonra an Chomhordaitheora

cpms-kpis-open-panels = Painéil oscailte
cpms-kpis-closed-panels = Painéil dúnta
cpms-kpis-members = Baill
cpms-kpis-members-with-preferences = Baill a bhfuil Roghanna ERN acu
cpms-kpis-unassigned = Iarratais nár sannadh fós
cpms-kpis-pending-access-requests = Iarratais ar rochtain ar feitheamh

## Iarratais ar chúnamh (láimhseálann an Seoltóir iad thar ceann an Chomhordaitheora)

cpms-assistance-on-behalf = { $organisation }, thar ceann an Chomhordaitheora
cpms-assistance-none = Níl aon iarratas ar chúnamh ann.
cpms-assistance-requested-by = Iarrtha ag { $name }.
cpms-assistance-assigned-to = Sannta do { $name }.
cpms-assistance-not-assigned = Gan sannadh.
cpms-assistance-assign-to = Sann do
cpms-assistance-assign = Sann
cpms-assistance-new = Iarratas nua ar chúnamh
cpms-assistance-subject = Ábhar
cpms-assistance-details = Sonraí
cpms-assistance-create = Cruthaigh iarratas ar chúnamh
cpms-assistance-required = Tá Ábhar agus Sonraí riachtanach (200 agus 5000 carachtar ar a mhéad).
cpms-assistance-choose-member = Roghnaigh ball den líonra seo chun an t-iarratas a shannadh dó.

## Tuarascálacha anaithnidithe an Taighdeora

cpms-reports-counts-only = { $organisation }. Comhaireamh amháin: gan ainmneacha, ríomhphoist ná sonraí cáis.
cpms-reports-by-area = Painéil de réir réimse téamaigh
cpms-reports-by-outcome = Painéil dúnta de réir toraidh
cpms-reports-panels = Painéil
cpms-reports-still-open = Fós oscailte

## Mód oiliúna: cuntais tástála a shíníonn isteach gan EU Login

cpms-training-title = Cuntais tástála
cpms-training-heading = Sínigh isteach le cuntas tástála
cpms-training-notice = Oiliúint amháin: coinnítear na cuntais seo agus a sonraí scartha ó fhíor-úsáideoirí agus ó fhíorshonraí.
cpms-training-account = Cuntas tástála
cpms-training-sign-in = Sínigh isteach leis an gcuntas tástála seo
cpms-training-account-no-profile = { $username } ({ $name }): gan phróifíl CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } ag { $organisation }
cpms-training-choose-account = Roghnaigh ceann de na cuntais tástála.

## Síniú isteach trí EU Login

cpms-sign-in-refused = Níorbh fhéidir glacadh leis an bhfreagra ó EU Login. Sínigh isteach arís.
cpms-sign-in-two-factors = Éilíonn an CPMS fíordheimhniú dhá fhachtóir (leibhéal dearbhaithe "substantial" nó "high"). Sínigh isteach arís agus roghnaigh modh fíoraithe ar nós Fón Póca + SMS.
cpms-sign-in-training-only = Níl aon nasc le EU Login ag an imscaradh oiliúna seo. Úsáid na cuntais tástála ina ionad.
cpms-sign-in-expired = Tá an síniú isteach seo imithe in éag nó úsáideadh cheana é. Sínigh isteach arís.
cpms-sign-in-not-completed = Níor chríochnaigh EU Login an síniú isteach. Bain triail eile as.
cpms-sign-in-incomplete = Tá an freagra síniú isteach neamhiomlán.

## Foirmeacha a diúltaíodh

cpms-form-not-urlencoded = Ní mór foirmeacha a sheoladh mar application/x-www-form-urlencoded.
cpms-form-other-site = Seoladh an fhoirm ó shuíomh eile.
cpms-form-too-large = Sheol an fhoirm níos mó sonraí ná mar a theastaíonn ó aon cheann dár bhfoirmeacha.
cpms-form-unreadable = Níorbh fhéidir an fhoirm a léamh.
cpms-form-malformed = Tá an fhoirm míchumtha.
cpms-form-expired = Tá an fhoirm seo imithe in éag nó níor seoladh í ónár leathanaigh. Téigh siar, athlódáil an leathanach agus bain triail eile as.
cpms-form-wrong-kind = Tá réimse den chineál mícheart san fhoirm.

## Leathanaigh earráide

cpms-error-bad-request = Tá rud éigin cearr leis an iarratas seo
cpms-error-form-refused = Ní féidir glacadh leis an bhfoirm seo
cpms-error-sign-in = Sínigh isteach, le do thoil
cpms-error-not-allowed = Ní cheadaíonn do phróifíl an leathanach seo
cpms-error-not-allowed-here = Níl próifíl a theastaíonn ón leathanach seo i measc do phróifílí san eagraíocht seo.
cpms-error-not-found = Níor aimsíodh an leathanach
cpms-error-not-found-text = Níl aon leathanach ag an seoladh seo.
cpms-error-sign-in-not-completed = Níor críochnaíodh an síniú isteach
cpms-error-unavailable = Níl an tseirbhís ar fáil faoi láthair
cpms-error-unavailable-text = Ní féidir le EU Login ná leis an CPMS freagra a thabhairt faoi láthair. Níor athraíodh aon rud; bain triail eile as i gceann nóiméid.
cpms-error-internal = Chuaigh rud éigin mícheart ar ár dtaobh
cpms-error-internal-text = Logáladh an earráid. Bain triail eile as; má tharlaíonn sé arís, déan teagmháil leis an tacaíocht.
cpms-error-page = Leathanach
cpms-error-organisation = Eagraíocht
cpms-error-profiles-needed = Próifílí a theastaíonn ón leathanach seo ansin
cpms-error-profiles-held = Do phróifílí ansin
cpms-error-no-profiles = dada
cpms-error-request-another-profile = Chun údarú a iarraidh chun an CPMS a úsáid le próifíl eile, cliceáil anseo
cpms-error-reference = Tagairt don tacaíocht:
cpms-error-start-page = Téigh go dtí an leathanach tosaigh
