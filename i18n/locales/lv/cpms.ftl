# CPMS: "CPMS", "ERN", "ERN-CPMS" and "EU Login" are names and stay as they are.

## The frame of every CPMS page: header and navigation.

cpms-tagline = Eiropas references tīklu Klīniskā pacientu pārvaldības sistēma
cpms-training-banner = Ieslēgts APMĀCĪBU REŽĪMS: nav paredzēts pacientu datiem (tikai testa konti).
cpms-dashboard = Informācijas panelis
cpms-preferences = ERN preferences
cpms-sign-out = Izrakstīties
cpms-go-to-dashboard = Uz jūsu informācijas paneli

## The start page (before signing in).

cpms-landing-title = Klīniskā pacientu pārvaldības sistēma
cpms-landing-heading = Klīniskā pacientu pārvaldības sistēma (CPMS)
cpms-landing-platform = IT platforma klīniskām konsultācijām starp ERN dalībniekiem.
cpms-landing-aim = CPMS mērķis ir palīdzēt ERN uzlabot retu vai mazizplatītu kompleksu slimību diagnostiku un ārstēšanu pāri Eiropas dalībvalstu robežām.
cpms-landing-browsers-heading = Atbalstītās pārlūkprogrammas
cpms-landing-browsers = Lūdzu, pārliecinieties, ka izmantojat jaunāko Google Chrome, Firefox vai Safari versiju, lai varētu izmantot visas CPMS funkcijas.
cpms-landing-secure-login-heading = Droša pierakstīšanās
cpms-landing-login-through-eu-login = CPMS ERN varat pierakstīties, izmantojot EU Login autentifikācijas pakalpojumu.
cpms-login-via-eu-login = Pierakstīties ar EU Login
cpms-training-login-link = Izmantot lietotājus bez EU Login (tikai testēšanai)
cpms-landing-members-only = CPMS pilnvarotie lietotāji var būt tikai ERN dalībnieki un ERN viesu lietotāji.
cpms-landing-eu-login-needed = Lai piekļūtu CPMS, jums ir nepieciešams EU Login konts.
cpms-landing-create-account = Lai izveidotu kontu, noklikšķiniet šeit.
cpms-landing-request-authorisation = Lai pieprasītu atļauju izmantot CPMS, noklikšķiniet šeit.
cpms-landing-help-heading = Palīdzība un atbalsts
cpms-landing-contact-email = Ja jums ir jautājumi, idejas, ieteikumi vai nepieciešama palīdzība kādas problēmas risināšanā, lūdzu, sazinieties ar ERN-CPMS pa e-pastu { $address }.
cpms-landing-contact-coordinator = Ja jums ir jautājumi, idejas, ieteikumi vai nepieciešama palīdzība kādas problēmas risināšanā, lūdzu, sazinieties ar sava ERN koordinatoru.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Jums vēl nav CPMS profila, { $name }.
cpms-dashboard-request-authorisation = Lai pieprasītu atļauju izmantot CPMS, noklikšķiniet šeit
cpms-dashboard-request-steps = izvēlieties savu ERN, valsti, iestādi un piekļuves profilu.
cpms-dashboard-user-role = LIETOTĀJS: { $name } LOMA: { $profiles }
cpms-dashboard-request-another = Lai pieprasītu atļauju citai organizācijai vai citam profilam, noklikšķiniet šeit

## The pages of CPMS.

cpms-page-organisation-home = Organizācijas CPMS sākumlapa
cpms-page-panels = Konsīliji
cpms-page-panel-create = Izveidot konsīliju
cpms-page-panel-manage = Pārvaldīt konsīliju (uzaicināt, slēgt)
cpms-page-panel-contribute = Piedalīties konsīlijā
cpms-page-kpis = Tīkla KPI
cpms-page-assistance = Palīdzības pieprasījumi
cpms-page-reports = Anonimizēti pārskati

## An organisation's home page.

cpms-organisation-your-profiles = Jūsu profili šeit: { $profiles }
cpms-organisation-guest-access = Viesu piekļuve: jūs redzat konsīlijus, uz kuriem esat uzaicināts, un varat tajos piedalīties.

## ERN Preferences.

cpms-preferences-welcome = Laipni lūdzam CPMS. Lūdzu, norādiet savu profesionālo lomu un tematiskās jomas, kurās varat konsultēt; līdz tam jūs netiksiet piedāvāts kā speciālists konsīlijiem.
cpms-preferences-professional-role = Mana profesionālā loma
cpms-preferences-no-value = [Nav izvēlēta vērtība]
cpms-preferences-thematic-areas = ERN tematiskās jomas
cpms-preferences-specialist-in = Esmu speciālists šādās jomās:
cpms-preferences-none = Nav
cpms-preferences-update = Atjaunināt ERN preferences
cpms-preferences-role-missing = Izvēlieties savu profesionālo lomu.
cpms-preferences-role-unknown = Izvēlieties savu profesionālo lomu no saraksta.
cpms-preferences-none-and-areas = { $network }: atzīmējiet “Nav” vai tematiskās jomas, ne abus.
cpms-preferences-unknown-area = Nezināma tematiskā joma.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Klīniskais ģenētiķis
cpms-role-dermatologist = Dermatologs
cpms-role-endocrinologist = Endokrinologs
cpms-role-haematologist = Hematologs
cpms-role-hepatologist = Hepatologs
cpms-role-nephrologist = Nefrologs
cpms-role-neurologist = Neirologs
cpms-role-oncologist = Onkologs
cpms-role-ophthalmologist = Oftalmologs
cpms-role-paediatrician = Pediatrs
cpms-role-pathologist = Patologs
cpms-role-pulmonologist = Pneimonologs
cpms-role-radiologist = Radiologs
cpms-role-rheumatologist = Reimatologs
cpms-role-surgeon = Ķirurgs
cpms-role-other-physician = Cits ārsts
cpms-role-nurse = Medicīnas māsa
cpms-role-psychologist = Psihologs
cpms-role-researcher = Pētnieks
cpms-role-other-health-professional = Cits veselības aprūpes speciālists

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Nav konsīliju, ko parādīt.
cpms-panel = Konsīlijs
cpms-thematic-area = Tematiskā joma
cpms-panel-lead = Vadītājs
cpms-panel-status = Statuss
cpms-panel-status-open = Atvērts
cpms-panel-status-closed = Slēgts: { $outcome }
cpms-panel-all-panels = Visi konsīliji
cpms-panel-invited = Uzaicinātie speciālisti
cpms-panel-invited-none = vēl neviens
cpms-panel-case-summary = Gadījuma kopsavilkums
cpms-panel-title = Nosaukums
cpms-panel-contributions = Ieguldījumi
cpms-panel-contributions-none = Vēl nav neviena ieguldījuma.
cpms-panel-comment = Komentārs
cpms-panel-add-comment = Pievienot komentāru
cpms-panel-invite-heading = Uzaicināt speciālistus
cpms-panel-no-candidates = Nevienu speciālistu, kura ERN preferencēs ir “{ $area }”, nevar uzaicināt.
cpms-panel-specialist = Speciālists
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Uzaicināt speciālistu
cpms-panel-close = Slēgt konsīliju
cpms-panel-outcome = Rezultāts
cpms-panel-new-no-areas = Šim tīklam vēl nav tematisko jomu, tāpēc tam nevar izveidot konsīliju.
cpms-panel-new-create = Izveidot konsīliju
cpms-panel-new-choose-area = Izvēlieties šī tīkla tematisko jomu.
cpms-panel-not-invitable = Šo dalībnieku nevar uzaicināt: izvēlieties kādu no speciālistiem, kas piedāvāti konsīlija tematiskajai jomai.
cpms-panel-comment-needed = Uzrakstiet komentāru (ne vairāk kā 5000 rakstzīmes).
cpms-panel-choose-outcome = Izvēlieties vienu no rezultātiem.
cpms-panel-refused-view = Jūs šo konsīliju nevadāt, neesat uz to uzaicināts un to nepārvaldāt.
cpms-panel-refused-invite = Uzaicināt var tikai konsīlija vadītājs un tā pārvaldnieki, un tikai tad, kad konsīlijs ir atvērts.
cpms-panel-refused-contribute = Piedalīties var tikai konsīlija dalībnieki, un tikai tad, kad konsīlijs ir atvērts.
cpms-panel-refused-close = Slēgt konsīliju var tikai tā vadītājs un pārvaldnieki, un tikai vienu reizi.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnoze apstiprināta
cpms-outcome-treatment-recommended = Ieteikta ārstēšana
cpms-outcome-referred = Nosūtīts uz citu centru
cpms-outcome-no-consensus = Vienprātība nav panākta
cpms-outcome-other = Cits

## A form field's problem.

cpms-field-required = Lauks “{ $field }” ir obligāts.
cpms-field-too-long = { $max ->
    [zero] Laukā “{ $field }” drīkst būt ne vairāk kā { $max } rakstzīmes.
    [one] Laukā “{ $field }” drīkst būt ne vairāk kā { $max } rakstzīme.
   *[other] Laukā “{ $field }” drīkst būt ne vairāk kā { $max } rakstzīmes.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Atvērtie konsīliji
cpms-kpis-closed-panels = Slēgtie konsīliji
cpms-kpis-members = Dalībnieki
cpms-kpis-members-with-preferences = Dalībnieki ar ERN preferencēm
cpms-kpis-unassigned = Vēl nepiešķirti pieprasījumi
cpms-kpis-pending-access-requests = Neizskatīti piekļuves pieprasījumi

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, koordinatora vārdā
cpms-assistance-none = Nav palīdzības pieprasījumu.
cpms-assistance-requested-by = Pieprasīja: { $name }.
cpms-assistance-assigned-to = Piešķirts: { $name }.
cpms-assistance-not-assigned = Nav piešķirts.
cpms-assistance-assign-to = Kam piešķirt
cpms-assistance-assign = Piešķirt pieprasījumu
cpms-assistance-new = Jauns palīdzības pieprasījums
cpms-assistance-subject = Temats
cpms-assistance-details = Sīkāka informācija
cpms-assistance-create = Izveidot palīdzības pieprasījumu
cpms-assistance-required = Temats un sīkāka informācija ir obligāti (attiecīgi ne vairāk kā 200 un 5000 rakstzīmes).
cpms-assistance-choose-member = Izvēlieties šī tīkla dalībnieku, kuram piešķirt pieprasījumu.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Tikai skaiti: bez vārdiem, e-pasta adresēm vai gadījumu informācijas.
cpms-reports-by-area = Konsīliji pa tematiskajām jomām
cpms-reports-by-outcome = Slēgtie konsīliji pa rezultātiem
cpms-reports-panels = Konsīliji
cpms-reports-still-open = Vēl atvērti

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Testa konti
cpms-training-heading = Pierakstīties ar testa kontu
cpms-training-notice = Tikai apmācībām: šie konti un to dati tiek glabāti atsevišķi no īstiem lietotājiem un īstiem datiem.
cpms-training-account = Testa konts
cpms-training-sign-in = Pierakstīties ar šo testa kontu
cpms-training-account-no-profile = { $username } ({ $name }): nav CPMS profila
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } organizācijā { $organisation }
cpms-training-choose-account = Izvēlieties vienu no testa kontiem.

## Signing in through EU Login.

cpms-sign-in-refused = EU Login atbildi nevarēja pieņemt. Lūdzu, pierakstieties vēlreiz.
cpms-sign-in-two-factors = CPMS pieprasa divfaktoru autentifikāciju (uzticamības līmenis “substantial” vai “high”). Lūdzu, pierakstieties vēlreiz un izvēlieties verifikācijas metodi, piemēram, “Mobilais tālrunis + SMS”.
cpms-sign-in-training-only = Šai apmācību izvietošanai nav savienojuma ar EU Login. Tā vietā izmantojiet testa kontus.
cpms-sign-in-expired = Šīs pierakstīšanās derīgums ir beidzies, vai tā jau ir izmantota. Lūdzu, pierakstieties vēlreiz.
cpms-sign-in-not-completed = EU Login nepabeidza pierakstīšanos. Lūdzu, mēģiniet vēlreiz.
cpms-sign-in-incomplete = Pierakstīšanās atbilde ir nepilnīga.

## Forms refused.

cpms-form-not-urlencoded = Veidlapas jānosūta kā application/x-www-form-urlencoded.
cpms-form-other-site = Veidlapa tika nosūtīta no citas vietnes.
cpms-form-too-large = Veidlapa nosūtīja vairāk datu, nekā nepieciešams jebkurai no mūsu veidlapām.
cpms-form-unreadable = Veidlapu nevarēja nolasīt.
cpms-form-malformed = Veidlapa ir nepareizi veidota.
cpms-form-expired = Šīs veidlapas derīgums ir beidzies, vai tā netika nosūtīta no mūsu lapām. Atgriezieties, pārlādējiet lapu un mēģiniet vēlreiz.
cpms-form-wrong-kind = Veidlapā ir nepareiza veida lauks.

## Error pages: a title, then a message.

cpms-error-bad-request = Šajā pieprasījumā ir kļūda
cpms-error-form-refused = Šo veidlapu nevar pieņemt
cpms-error-sign-in = Lūdzu, pierakstieties
cpms-error-not-allowed = Jūsu profils neatļauj piekļūt šai lapai
cpms-error-not-allowed-here = Jūsu profilu vidū šajā organizācijā nav neviena, kas nepieciešams šai lapai.
cpms-error-not-found = Lapa nav atrasta
cpms-error-not-found-text = Šajā adresē nav nevienas lapas.
cpms-error-sign-in-not-completed = Pierakstīšanās nav pabeigta
cpms-error-unavailable = Pakalpojums īslaicīgi nav pieejams
cpms-error-unavailable-text = EU Login vai CPMS pašlaik nevar atbildēt. Nekas netika mainīts; lūdzu, mēģiniet vēlreiz pēc minūtes.
cpms-error-internal = Mūsu pusē radās kļūda
cpms-error-internal-text = Kļūda ir reģistrēta. Lūdzu, mēģiniet vēlreiz; ja tā atkārtojas, sazinieties ar atbalsta dienestu.
cpms-error-page = Lapa
cpms-error-organisation = Organizācija
cpms-error-profiles-needed = Profili, kas šai lapai tur nepieciešami
cpms-error-profiles-held = Jūsu profili tur
cpms-error-no-profiles = nav
cpms-error-request-another-profile = Lai pieprasītu atļauju izmantot CPMS ar citu profilu, noklikšķiniet šeit
cpms-error-reference = Atsauce atbalsta dienestam:
cpms-error-start-page = Uz sākumlapu
