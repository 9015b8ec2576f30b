# CPMS, the Clinical Patient Management System. "CPMS", "ERN", "ERN-CPMS" and "EU Login"
# are names: kept as they are. (Glossary: see login.ftl.)

## The frame of every CPMS page: header and navigation.

cpms-tagline = Sistema Klinika għall-Ġestjoni tal-Pazjenti tan-Netwerks Ewropej ta' Referenza
cpms-training-banner = Il-MODALITÀ TA' TAĦRIĠ hija attiva: mhux għad-data tal-pazjenti (kontijiet tat-test biss).
cpms-dashboard = Dashboard
cpms-preferences = Preferenzi tal-ERN
cpms-sign-out = Oħroġ
cpms-go-to-dashboard = Mur fid-dashboard tiegħek

## The start page (before signing in).

cpms-landing-title = Sistema Klinika għall-Ġestjoni tal-Pazjenti
cpms-landing-heading = Sistema Klinika għall-Ġestjoni tal-Pazjenti (CPMS)
cpms-landing-platform = Pjattaforma tal-IT għal Konsultazzjonijiet Kliniċi bejn il-Membri tal-ERNs.
cpms-landing-aim = Is-CPMS għandha l-għan li tappoġġa lill-ERNs biex itejbu d-dijanjożi u t-trattament ta' mard kumpless rari jew ta' prevalenza baxxa lil hinn mill-fruntieri nazzjonali tal-Istati Membri fl-Ewropa.
cpms-landing-browsers-heading = Browsers appoġġati
cpms-landing-browsers = Jekk jogħġbok kun żgur li qed tuża l-aħħar verżjoni ta' Google Chrome, Firefox jew Safari biex tibbenefika mill-funzjonalitajiet kollha tas-CPMS.
cpms-landing-secure-login-heading = Dħul sigur
cpms-landing-login-through-eu-login = Tista' tidħol fis-CPMS ERN permezz tas-Servizz ta' Awtentikazzjoni EU Login.
cpms-login-via-eu-login = Idħol permezz tal-EU Login
cpms-training-login-link = Biex tuża utenti mhux tal-EU Login (għat-test biss)
cpms-landing-members-only = Il-membri tal-ERNs u l-utenti mistiedna tal-ERNs biss jistgħu jkunu utenti awtorizzati tas-CPMS.
cpms-landing-eu-login-needed = Biex taċċessa s-CPMS għandek bżonn kont tal-EU Login.
cpms-landing-create-account = Biex toħloq kont, ikklikkja hawn.
cpms-landing-request-authorisation = Biex titlob awtorizzazzjoni biex tuża s-CPMS, ikklikkja hawn.
cpms-landing-help-heading = Għajnuna u Appoġġ
cpms-landing-contact-email = Jekk għandek xi mistoqsijiet, ideat jew suġġerimenti, jew għandek bżonn għajnuna bi problema, jekk jogħġbok ikkuntattja lill-ERN-CPMS bl-email fuq { $address }.
cpms-landing-contact-coordinator = Jekk għandek xi mistoqsijiet, ideat jew suġġerimenti, jew għandek bżonn għajnuna bi problema, jekk jogħġbok ikkuntattja lill-Koordinatur tal-ERN tiegħek.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Għad m'għandek l-ebda profil tas-CPMS, { $name }.
cpms-dashboard-request-authorisation = Biex titlob awtorizzazzjoni biex tuża s-CPMS, ikklikkja hawn
cpms-dashboard-request-steps = agħżel l-ERN, il-pajjiż, l-istituzzjoni u l-profil tal-aċċess tiegħek.
cpms-dashboard-user-role = UTENT: { $name } RWOL: { $profiles }
cpms-dashboard-request-another = Biex titlob awtorizzazzjoni għal organizzazzjoni jew profil ieħor, ikklikkja hawn

## The pages of CPMS.

cpms-page-organisation-home = Il-paġna ewlenija tas-CPMS tal-organizzazzjoni
cpms-page-panels = Bordijiet
cpms-page-panel-create = Oħloq bord
cpms-page-panel-manage = Immaniġġja bord (stieden, agħlaq)
cpms-page-panel-contribute = Ikkontribwixxi għal bord
cpms-page-kpis = Indikaturi ewlenin tal-prestazzjoni tan-netwerk
cpms-page-assistance = Talbiet għall-assistenza
cpms-page-reports = Rapporti anonimizzati

## An organisation's home page.

cpms-organisation-your-profiles = Il-profili tiegħek hawnhekk: { $profiles }
cpms-organisation-guest-access = Aċċess għall-mistednin: tara l-bordijiet li tkun mistieden għalihom, u tista' tikkontribwixxi għalihom.

## ERN Preferences.

cpms-preferences-welcome = Merħba fis-CPMS. Jekk jogħġbok għidilna r-rwol professjonali tiegħek u l-oqsma tematiċi li fihom tista' tagħti parir; sakemm ma tagħmilx dan, ma tiġix propost bħala speċjalista għall-bordijiet.
cpms-preferences-professional-role = Ir-rwol professjonali tiegħi
cpms-preferences-no-value = [L-ebda valur magħżul]
cpms-preferences-thematic-areas = Oqsma Tematiċi tal-ERN
cpms-preferences-specialist-in = Jien speċjalista fi:
cpms-preferences-none = Xejn
cpms-preferences-update = Aġġorna l-Preferenzi tal-ERN
cpms-preferences-role-missing = Agħżel ir-rwol professjonali tiegħek.
cpms-preferences-role-unknown = Agħżel ir-rwol professjonali tiegħek mil-lista.
cpms-preferences-none-and-areas = { $network }: immarka "Xejn" jew oqsma tematiċi, mhux it-tnejn.
cpms-preferences-unknown-area = Qasam tematiku mhux magħruf.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Ġenetiċista kliniku
cpms-role-dermatologist = Dermatologu
cpms-role-endocrinologist = Endokrinologu
cpms-role-haematologist = Ematologu
cpms-role-hepatologist = Epatologu
cpms-role-nephrologist = Nefrologu
cpms-role-neurologist = Newrologu
cpms-role-oncologist = Onkologu
cpms-role-ophthalmologist = Oftalmologu
cpms-role-paediatrician = Pedjatra
cpms-role-pathologist = Patologu
cpms-role-pulmonologist = Pulmonologu
cpms-role-radiologist = Radjologu
cpms-role-rheumatologist = Rewmatologu
cpms-role-surgeon = Kirurgu
cpms-role-other-physician = Tabib ieħor
cpms-role-nurse = Infermier
cpms-role-psychologist = Psikologu
cpms-role-researcher = Riċerkatur
cpms-role-other-health-professional = Professjonist ieħor tas-saħħa

## Panels: a case discussed by specialists of a network.

cpms-panels-none = M'hemm l-ebda bord x'jintwera.
cpms-panel = Bord
cpms-thematic-area = Qasam tematiku
cpms-panel-lead = Mexxej
cpms-panel-status = Status
cpms-panel-status-open = Miftuħ
cpms-panel-status-closed = Magħluq: { $outcome }
cpms-panel-all-panels = Il-bordijiet kollha
cpms-panel-invited = Speċjalisti mistiedna
cpms-panel-invited-none = għad ħadd
cpms-panel-case-summary = Sommarju tal-każ
cpms-panel-title = Titolu
cpms-panel-contributions = Kontribuzzjonijiet
cpms-panel-contributions-none = Għad m'hemm l-ebda kontribuzzjoni.
cpms-panel-comment = Kumment
cpms-panel-add-comment = Żid kumment
cpms-panel-invite-heading = Stieden speċjalisti
cpms-panel-no-candidates = L-ebda speċjalista b'"{ $area }" fil-preferenzi tal-ERN tiegħu ma jista' jiġi mistieden.
cpms-panel-specialist = Speċjalista
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Stieden speċjalista
cpms-panel-close = Agħlaq il-bord
cpms-panel-outcome = Eżitu
cpms-panel-new-no-areas = Dan in-netwerk għad m'għandux oqsma tematiċi, għalhekk ma jista' jinħoloq l-ebda bord għalih.
cpms-panel-new-create = Oħloq il-bord
cpms-panel-new-choose-area = Agħżel qasam tematiku ta' dan in-netwerk.
cpms-panel-not-invitable = Dan il-membru ma jistax jiġi mistieden: agħżel wieħed mill-ispeċjalisti proposti għall-qasam tematiku tal-bord.
cpms-panel-comment-needed = Ikteb kumment (mhux aktar minn 5000 karattru).
cpms-panel-choose-outcome = Agħżel wieħed mill-eżiti.
cpms-panel-refused-view = Dan il-bord mhuwiex wieħed li tmexxi, li int mistieden għalih, jew li tamministra.
cpms-panel-refused-invite = Il-mexxej tal-bord u l-maniġers tiegħu biss jistgħu jistiednu, u dan biss sakemm il-bord ikun miftuħ.
cpms-panel-refused-contribute = Il-parteċipanti tal-bord biss jistgħu jikkontribwixxu, u dan biss sakemm il-bord ikun miftuħ.
cpms-panel-refused-close = Il-mexxej tal-bord u l-maniġers tiegħu biss jistgħu jagħlquh, u darba biss.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Dijanjożi kkonfermata
cpms-outcome-treatment-recommended = Trattament rakkomandat
cpms-outcome-referred = Riferut lil ċentru ieħor
cpms-outcome-no-consensus = L-ebda kunsens
cpms-outcome-other = Oħrajn

## A form field's problem. $field is the field's label.

cpms-field-required = Il-qasam "{ $field }" huwa obbligatorju.
cpms-field-too-long = { $max ->
    [one] Il-qasam "{ $field }" għandu jkollu mhux aktar minn { $max } karattru.
    [two] Il-qasam "{ $field }" għandu jkollu mhux aktar minn { $max } karattri.
    [few] Il-qasam "{ $field }" għandu jkollu mhux aktar minn { $max } karattri.
    [many] Il-qasam "{ $field }" għandu jkollu mhux aktar minn { $max } karattru.
   *[other] Il-qasam "{ $field }" għandu jkollu mhux aktar minn { $max } karattru.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Bordijiet miftuħa
cpms-kpis-closed-panels = Bordijiet magħluqa
cpms-kpis-members = Membri
cpms-kpis-members-with-preferences = Membri bi preferenzi tal-ERN
cpms-kpis-unassigned = Talbiet li għadhom ma ġewx assenjati
cpms-kpis-pending-access-requests = Talbiet għall-aċċess pendenti

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, f'isem il-Koordinatur
cpms-assistance-none = M'hemm l-ebda talba għall-assistenza.
cpms-assistance-requested-by = Mitluba minn { $name }.
cpms-assistance-assigned-to = Assenjata lil { $name }.
cpms-assistance-not-assigned = Mhux assenjata.
cpms-assistance-assign-to = Assenja lil
cpms-assistance-assign = Assenja
cpms-assistance-new = Talba ġdida għall-assistenza
cpms-assistance-subject = Suġġett
cpms-assistance-details = Dettalji
cpms-assistance-create = Oħloq talba għall-assistenza
cpms-assistance-required = Is-suġġett u d-dettalji huma obbligatorji (mhux aktar minn 200 u 5000 karattru rispettivament).
cpms-assistance-choose-member = Agħżel membru ta' dan in-netwerk biex tassenjalu t-talba.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Għadd biss: l-ebda isem, email jew dettall tal-każijiet.
cpms-reports-by-area = Bordijiet skont il-qasam tematiku
cpms-reports-by-outcome = Bordijiet magħluqa skont l-eżitu
cpms-reports-panels = Bordijiet
cpms-reports-still-open = Għadhom miftuħa

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Kontijiet tat-test
cpms-training-heading = Idħol b'kont tat-test
cpms-training-notice = Għat-taħriġ biss: dawn il-kontijiet u d-data tagħhom jinżammu separati mill-utenti reali u mid-data reali.
cpms-training-account = Kont tat-test
cpms-training-sign-in = Idħol b'dan il-kont tat-test
cpms-training-account-no-profile = { $username } ({ $name }): l-ebda profil tas-CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } f'{ $organisation }
cpms-training-choose-account = Agħżel wieħed mill-kontijiet tat-test.

## Signing in through EU Login.

cpms-sign-in-refused = It-tweġiba mill-EU Login ma setgħetx tiġi aċċettata. Jekk jogħġbok erġa' idħol.
cpms-sign-in-two-factors = Is-CPMS teħtieġ awtentikazzjoni b'żewġ fatturi (livell ta' assigurazzjoni "substantial" jew "high"). Jekk jogħġbok erġa' idħol u agħżel metodu ta' verifika bħal Telefon ċellulari + SMS.
cpms-sign-in-training-only = Din l-installazzjoni tat-taħriġ m'għandha l-ebda konnessjoni mal-EU Login. Uża l-kontijiet tat-test minflok.
cpms-sign-in-expired = Dan id-dħul skada jew diġà ntuża. Jekk jogħġbok erġa' idħol.
cpms-sign-in-not-completed = L-EU Login ma lestiex id-dħul. Jekk jogħġbok erġa' pprova.
cpms-sign-in-incomplete = It-tweġiba tad-dħul mhijiex kompluta.

## Forms refused.

cpms-form-not-urlencoded = Il-formoli għandhom jintbagħtu bħala application/x-www-form-urlencoded.
cpms-form-other-site = Il-formola ntbagħtet minn sit ieħor.
cpms-form-too-large = Il-formola bagħtet aktar data milli teħtieġ kwalunkwe waħda mill-formoli tagħna.
cpms-form-unreadable = Il-formola ma setgħetx tinqara.
cpms-form-malformed = Il-formola mhijiex iffurmata sew.
cpms-form-expired = Din il-formola skadiet jew ma ntbagħtitx mill-paġni tagħna. Mur lura, erġa' ttella' l-paġna u erġa' pprova.
cpms-form-wrong-kind = Il-formola fiha qasam tat-tip ħażin.

## Error pages: a title, then a message.

cpms-error-bad-request = Hemm xi ħaġa ħażina f'din it-talba
cpms-error-form-refused = Din il-formola ma tistax tiġi aċċettata
cpms-error-sign-in = Jekk jogħġbok idħol
cpms-error-not-allowed = Il-profil tiegħek ma jippermettix din il-paġna
cpms-error-not-allowed-here = Il-profili tiegħek f'din l-organizzazzjoni ma jinkludux wieħed li teħtieġ din il-paġna.
cpms-error-not-found = Il-paġna ma nstabitx
cpms-error-not-found-text = M'hemm l-ebda paġna f'dan l-indirizz.
cpms-error-sign-in-not-completed = Id-dħul ma tlestiex
cpms-error-unavailable = Is-servizz mhuwiex disponibbli temporanjament
cpms-error-unavailable-text = L-EU Login jew is-CPMS ma jistgħux iwieġbu bħalissa. Ma nbidel xejn; jekk jogħġbok erġa' pprova fi żmien minuta.
cpms-error-internal = Inqalgħet problema min-naħa tagħna
cpms-error-internal-text = L-iżball ġie rreġistrat. Erġa' pprova; jekk jerġa' jiġri, ikkuntattja lill-appoġġ.
cpms-error-page = Paġna
cpms-error-organisation = Organizzazzjoni
cpms-error-profiles-needed = Profili li teħtieġ din il-paġna hemmhekk
cpms-error-profiles-held = Il-profili tiegħek hemmhekk
cpms-error-no-profiles = xejn
cpms-error-request-another-profile = Biex titlob awtorizzazzjoni biex tuża s-CPMS bi profil ieħor, ikklikkja hawn
cpms-error-reference = Referenza għall-appoġġ:
cpms-error-start-page = Mur fil-paġna tal-bidu
