# CPMS: "CPMS", "ERN", "ERN-CPMS" and "EU Login" are names and stay as they are.

## The frame of every CPMS page: header and navigation.

cpms-tagline = Europos referencijos tinklų klinikinė pacientų valdymo sistema
cpms-training-banner = Įjungtas MOKYMO REŽIMAS: ne pacientų duomenims (tik bandomosios paskyros).
cpms-dashboard = Valdymo skydelis
cpms-preferences = ERN nuostatos
cpms-sign-out = Atsijungti
cpms-go-to-dashboard = Eiti į savo valdymo skydelį

## The start page (before signing in).

cpms-landing-title = Klinikinė pacientų valdymo sistema
cpms-landing-heading = Klinikinė pacientų valdymo sistema (CPMS)
cpms-landing-platform = IT platforma ERN narių klinikinėms konsultacijoms.
cpms-landing-aim = CPMS tikslas – padėti ERN gerinti retųjų arba mažo paplitimo sudėtingų ligų diagnostiką ir gydymą peržengiant Europos valstybių narių sienas.
cpms-landing-browsers-heading = Palaikomos naršyklės
cpms-landing-browsers = Įsitikinkite, kad naudojate naujausią Google Chrome, Firefox arba Safari versiją, kad galėtumėte naudotis visomis CPMS funkcijomis.
cpms-landing-secure-login-heading = Saugus prisijungimas
cpms-landing-login-through-eu-login = Prie CPMS ERN galite prisijungti per EU Login autentifikavimo paslaugą.
cpms-login-via-eu-login = Prisijungti per EU Login
cpms-training-login-link = Naudoti naudotojus be EU Login (tik bandymams)
cpms-landing-members-only = Įgaliotaisiais CPMS naudotojais gali būti tik ERN nariai ir ERN svečiai naudotojai.
cpms-landing-eu-login-needed = Norėdami naudotis CPMS, turite turėti EU Login paskyrą.
cpms-landing-create-account = Norėdami sukurti paskyrą, spustelėkite čia.
cpms-landing-request-authorisation = Norėdami paprašyti leidimo naudotis CPMS, spustelėkite čia.
cpms-landing-help-heading = Pagalba ir palaikymas
cpms-landing-contact-email = Jei turite klausimų, idėjų, pasiūlymų arba jums reikia pagalbos sprendžiant problemą, kreipkitės į ERN-CPMS e. paštu { $address }.
cpms-landing-contact-coordinator = Jei turite klausimų, idėjų, pasiūlymų arba jums reikia pagalbos sprendžiant problemą, kreipkitės į savo ERN koordinatorių.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Dar neturite CPMS profilio, { $name }.
cpms-dashboard-request-authorisation = Norėdami paprašyti leidimo naudotis CPMS, spustelėkite čia
cpms-dashboard-request-steps = pasirinkite savo ERN, šalį, įstaigą ir prieigos profilį.
cpms-dashboard-user-role = NAUDOTOJAS: { $name } VAIDMUO: { $profiles }
cpms-dashboard-request-another = Norėdami paprašyti leidimo kitai organizacijai arba kitam profiliui, spustelėkite čia

## The pages of CPMS.

cpms-page-organisation-home = Organizacijos CPMS pradžios puslapis
cpms-page-panels = Konsiliumai
cpms-page-panel-create = Sukurti konsiliumą
cpms-page-panel-manage = Valdyti konsiliumą (kviesti, uždaryti)
cpms-page-panel-contribute = Dalyvauti konsiliume
cpms-page-kpis = Tinklo PVR
cpms-page-assistance = Pagalbos prašymai
cpms-page-reports = Nuasmenintos ataskaitos

## An organisation's home page.

cpms-organisation-your-profiles = Jūsų profiliai čia: { $profiles }
cpms-organisation-guest-access = Svečio prieiga: matote konsiliumus, į kuriuos esate pakviesti, ir galite juose dalyvauti.

## ERN Preferences.

cpms-preferences-welcome = Sveiki atvykę į CPMS. Nurodykite savo profesinį vaidmenį ir temines sritis, kuriose galite konsultuoti; kol to nepadarysite, nebūsite siūlomi kaip specialistas konsiliumams.
cpms-preferences-professional-role = Mano profesinis vaidmuo
cpms-preferences-no-value = [Nepasirinkta jokia reikšmė]
cpms-preferences-thematic-areas = ERN teminės sritys
cpms-preferences-specialist-in = Esu šių sričių specialistas:
cpms-preferences-none = Nėra
cpms-preferences-update = Atnaujinti ERN nuostatas
cpms-preferences-role-missing = Pasirinkite savo profesinį vaidmenį.
cpms-preferences-role-unknown = Pasirinkite savo profesinį vaidmenį iš sąrašo.
cpms-preferences-none-and-areas = { $network }: pažymėkite „Nėra“ arba temines sritis, bet ne abu.
cpms-preferences-unknown-area = Nežinoma teminė sritis.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Klinikinis genetikas
cpms-role-dermatologist = Dermatologas
cpms-role-endocrinologist = Endokrinologas
cpms-role-haematologist = Hematologas
cpms-role-hepatologist = Hepatologas
cpms-role-nephrologist = Nefrologas
cpms-role-neurologist = Neurologas
cpms-role-oncologist = Onkologas
cpms-role-ophthalmologist = Oftalmologas
cpms-role-paediatrician = Pediatras
cpms-role-pathologist = Patologas
cpms-role-pulmonologist = Pulmonologas
cpms-role-radiologist = Radiologas
cpms-role-rheumatologist = Reumatologas
cpms-role-surgeon = Chirurgas
cpms-role-other-physician = Kitas gydytojas
cpms-role-nurse = Slaugytojas
cpms-role-psychologist = Psichologas
cpms-role-researcher = Mokslininkas tyrėjas
cpms-role-other-health-professional = Kitas sveikatos priežiūros specialistas

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Nėra rodytinų konsiliumų.
cpms-panel = Konsiliumas
cpms-thematic-area = Teminė sritis
cpms-panel-lead = Vadovas
cpms-panel-status = Būsena
cpms-panel-status-open = Atviras
cpms-panel-status-closed = Uždarytas: { $outcome }
cpms-panel-all-panels = Visi konsiliumai
cpms-panel-invited = Pakviesti specialistai
cpms-panel-invited-none = dar nė vieno
cpms-panel-case-summary = Atvejo santrauka
cpms-panel-title = Pavadinimas
cpms-panel-contributions = Indėliai
cpms-panel-contributions-none = Indėlių dar nėra.
cpms-panel-comment = Komentaras
cpms-panel-add-comment = Pridėti komentarą
cpms-panel-invite-heading = Kviesti specialistus
cpms-panel-no-candidates = Negalima pakviesti nė vieno specialisto, kurio ERN nuostatose nurodyta „{ $area }“.
cpms-panel-specialist = Specialistas
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Pakviesti specialistą
cpms-panel-close = Uždaryti konsiliumą
cpms-panel-outcome = Rezultatas
cpms-panel-new-no-areas = Šis tinklas dar neturi teminių sričių, todėl jam negalima sukurti konsiliumo.
cpms-panel-new-create = Sukurti konsiliumą
cpms-panel-new-choose-area = Pasirinkite šio tinklo teminę sritį.
cpms-panel-not-invitable = Šio nario pakviesti negalima: pasirinkite vieną iš specialistų, siūlomų konsiliumo teminei sričiai.
cpms-panel-comment-needed = Parašykite komentarą (ne daugiau kaip 5000 ženklų).
cpms-panel-choose-outcome = Pasirinkite vieną iš rezultatų.
cpms-panel-refused-view = Šiam konsiliumui nevadovaujate, nesate į jį pakviesti ir jo nevaldote.
cpms-panel-refused-invite = Kviesti gali tik konsiliumo vadovas ir jo valdytojai ir tik tol, kol konsiliumas atviras.
cpms-panel-refused-contribute = Dalyvauti gali tik konsiliumo dalyviai ir tik tol, kol konsiliumas atviras.
cpms-panel-refused-close = Uždaryti konsiliumą gali tik jo vadovas ir valdytojai ir tik vieną kartą.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnozė patvirtinta
cpms-outcome-treatment-recommended = Rekomenduotas gydymas
cpms-outcome-referred = Nukreipta į kitą centrą
cpms-outcome-no-consensus = Sutarimo nepasiekta
cpms-outcome-other = Kita

## A form field's problem.

cpms-field-required = Laukas „{ $field }“ yra privalomas.
cpms-field-too-long = { $max ->
    [one] Lauke „{ $field }“ gali būti ne daugiau kaip { $max } ženklas.
    [few] Lauke „{ $field }“ gali būti ne daugiau kaip { $max } ženklai.
   *[other] Lauke „{ $field }“ gali būti ne daugiau kaip { $max } ženklų.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Atviri konsiliumai
cpms-kpis-closed-panels = Uždaryti konsiliumai
cpms-kpis-members = Nariai
cpms-kpis-members-with-preferences = Nariai, nurodę ERN nuostatas
cpms-kpis-unassigned = Dar nepriskirti prašymai
cpms-kpis-pending-access-requests = Laukiantys prieigos prašymai

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, koordinatoriaus vardu
cpms-assistance-none = Pagalbos prašymų nėra.
cpms-assistance-requested-by = Paprašė: { $name }.
cpms-assistance-assigned-to = Priskirta: { $name }.
cpms-assistance-not-assigned = Nepriskirta.
cpms-assistance-assign-to = Kam priskirti
cpms-assistance-assign = Priskirti
cpms-assistance-new = Naujas pagalbos prašymas
cpms-assistance-subject = Tema
cpms-assistance-details = Išsami informacija
cpms-assistance-create = Sukurti pagalbos prašymą
cpms-assistance-required = Tema ir išsami informacija yra privalomos (atitinkamai ne daugiau kaip 200 ir 5000 ženklų).
cpms-assistance-choose-member = Pasirinkite šio tinklo narį, kuriam bus priskirtas prašymas.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Tik skaičiai: jokių vardų, e. pašto adresų ar atvejų duomenų.
cpms-reports-by-area = Konsiliumai pagal temines sritis
cpms-reports-by-outcome = Uždaryti konsiliumai pagal rezultatus
cpms-reports-panels = Konsiliumai
cpms-reports-still-open = Dar atviri

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Bandomosios paskyros
cpms-training-heading = Prisijungti bandomąja paskyra
cpms-training-notice = Tik mokymui: šios paskyros ir jų duomenys laikomi atskirai nuo tikrų naudotojų ir tikrų duomenų.
cpms-training-account = Bandomoji paskyra
cpms-training-sign-in = Prisijungti šia bandomąja paskyra
cpms-training-account-no-profile = { $username } ({ $name }): nėra CPMS profilio
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } organizacijoje { $organisation }
cpms-training-choose-account = Pasirinkite vieną iš bandomųjų paskyrų.

## Signing in through EU Login.

cpms-sign-in-refused = EU Login atsakymo nepavyko priimti. Prisijunkite dar kartą.
cpms-sign-in-two-factors = CPMS reikalauja dviejų veiksnių autentifikavimo (patikimumo lygis „substantial“ arba „high“). Prisijunkite dar kartą ir pasirinkite patvirtinimo būdą, pavyzdžiui, „Mobilusis telefonas + SMS“.
cpms-sign-in-training-only = Ši mokymo diegtis neturi ryšio su EU Login. Vietoj to naudokite bandomąsias paskyras.
cpms-sign-in-expired = Šio prisijungimo galiojimas baigėsi arba jis jau panaudotas. Prisijunkite dar kartą.
cpms-sign-in-not-completed = EU Login neužbaigė prisijungimo. Bandykite dar kartą.
cpms-sign-in-incomplete = Prisijungimo atsakymas neišsamus.

## Forms refused.

cpms-form-not-urlencoded = Formos turi būti siunčiamos kaip application/x-www-form-urlencoded.
cpms-form-other-site = Forma išsiųsta iš kitos svetainės.
cpms-form-too-large = Forma atsiuntė daugiau duomenų, nei reikia bet kuriai mūsų formai.
cpms-form-unreadable = Formos nepavyko perskaityti.
cpms-form-malformed = Forma netinkamo formato.
cpms-form-expired = Šios formos galiojimas baigėsi arba ji buvo išsiųsta ne iš mūsų puslapių. Grįžkite, iš naujo įkelkite puslapį ir bandykite dar kartą.
cpms-form-wrong-kind = Formoje yra netinkamo tipo laukas.

## Error pages: a title, then a message.

cpms-error-bad-request = Su šia užklausa kažkas negerai
cpms-error-form-refused = Šios formos priimti negalima
cpms-error-sign-in = Prisijunkite
cpms-error-not-allowed = Jūsų profilis neleidžia naudotis šiuo puslapiu
cpms-error-not-allowed-here = Tarp jūsų profilių šioje organizacijoje nėra nė vieno, kurio reikia šiam puslapiui.
cpms-error-not-found = Puslapis nerastas
cpms-error-not-found-text = Šiuo adresu puslapio nėra.
cpms-error-sign-in-not-completed = Prisijungimas neužbaigtas
cpms-error-unavailable = Paslauga laikinai neteikiama
cpms-error-unavailable-text = EU Login arba CPMS šiuo metu negali atsakyti. Niekas nepakeista; bandykite dar kartą po minutės.
cpms-error-internal = Mūsų pusėje įvyko klaida
cpms-error-internal-text = Klaida užregistruota. Bandykite dar kartą; jei ji pasikartos, kreipkitės į pagalbos tarnybą.
cpms-error-page = Puslapis
cpms-error-organisation = Organizacija
cpms-error-profiles-needed = Profiliai, kurių šiam puslapiui ten reikia
cpms-error-profiles-held = Jūsų profiliai ten
cpms-error-no-profiles = nėra
cpms-error-request-another-profile = Norėdami paprašyti leidimo naudotis CPMS su kitu profiliu, spustelėkite čia
cpms-error-reference = Nuorodos kodas pagalbos tarnybai:
cpms-error-start-page = Į pradžios puslapį
