## Iga CPMS-i lehe raam

cpms-tagline = Euroopa tugivõrgustike kliiniline patsiendihaldussüsteem
cpms-training-banner = KOOLITUSREŽIIM on sees: mitte patsiendiandmete jaoks (ainult testkontod).
cpms-dashboard = Töölaud
cpms-preferences = ERN-i eelistused
cpms-sign-out = Logi välja
cpms-go-to-dashboard = Mine oma töölauale

## Avaleht (enne sisselogimist)

cpms-landing-title = Clinical Patient Management System
cpms-landing-heading = Clinical Patient Management System (CPMS)
cpms-landing-platform = IT-platvorm ERN-i liikmete vahelisteks kliinilisteks konsultatsioonideks.
cpms-landing-aim = CPMS-i eesmärk on toetada ERN-e haruldaste või väikese levimusega keeruliste haiguste diagnoosimise ja ravi parandamisel üle Euroopa liikmesriikide piiride.
cpms-landing-browsers-heading = Toetatud brauserid
cpms-landing-browsers = CPMS-i kõigi funktsioonide kasutamiseks veenduge, et kasutate Google Chrome'i, Firefoxi või Safari uusimat versiooni.
cpms-landing-secure-login-heading = Turvaline sisselogimine
cpms-landing-login-through-eu-login = CPMS ERN-i saate sisse logida EU Login autentimisteenuse kaudu.
cpms-login-via-eu-login = Logi sisse EU Logini kaudu
cpms-training-login-link = Kasuta ilma EU Loginita kasutajaid (ainult testimiseks)
cpms-landing-members-only = CPMS-i volitatud kasutajad saavad olla ainult ERN-i liikmed ja ERN-i külaliskasutajad.
cpms-landing-eu-login-needed = CPMS-ile juurdepääsuks on teil vaja EU Login kontot.
cpms-landing-create-account = Konto loomiseks klõpsake siin.
cpms-landing-request-authorisation = CPMS-i kasutamise loa taotlemiseks klõpsake siin.
cpms-landing-help-heading = Abi ja tugi
cpms-landing-contact-email = Kui teil on küsimusi, ideid või ettepanekuid või vajate abi mõne probleemiga, võtke ERN-CPMS-iga ühendust e-posti teel aadressil { $address }.
cpms-landing-contact-coordinator = Kui teil on küsimusi, ideid või ettepanekuid või vajate abi mõne probleemiga, võtke ühendust oma ERN-i koordinaatoriga.

## Töölaud

cpms-dashboard-no-profile = Teil ei ole veel CPMS-i profiili, { $name }.
cpms-dashboard-request-authorisation = CPMS-i kasutamise loa taotlemiseks klõpsake siin
cpms-dashboard-request-steps = valige oma ERN, riik, asutus ja juurdepääsuprofiil.
cpms-dashboard-user-role = KASUTAJA: { $name } ROLL: { $profiles }
cpms-dashboard-request-another = Muu organisatsiooni või profiili jaoks loa taotlemiseks klõpsake siin

## CPMS-i lehed

cpms-page-organisation-home = Organisatsiooni CPMS-i avaleht
cpms-page-panels = Paneelid
cpms-page-panel-create = Loo paneel
cpms-page-panel-manage = Halda paneeli (kutsu, sulge)
cpms-page-panel-contribute = Osale paneelis
cpms-page-kpis = Võrgustiku tulemusnäitajad
cpms-page-assistance = Abitaotlused
cpms-page-reports = Anonüümitud aruanded

## Organisatsiooni avaleht

cpms-organisation-your-profiles = Teie profiilid siin: { $profiles }
cpms-organisation-guest-access = Külalisjuurdepääs: näete paneele, kuhu teid on kutsutud, ja saate neis osaleda.

## ERN-i eelistused

cpms-preferences-welcome = Tere tulemast CPMS-i. Palun märkige oma kutseala roll ja temaatilised valdkonnad, milles saate nõu anda; seni ei pakuta teid paneelidele eksperdiks.
cpms-preferences-professional-role = Minu kutseala roll
cpms-preferences-no-value = [Väärtust ei ole valitud]
cpms-preferences-thematic-areas = ERN-i temaatilised valdkonnad
cpms-preferences-specialist-in = Olen ekspert järgmistes valdkondades:
cpms-preferences-none = Puudub
cpms-preferences-update = Uuenda ERN-i eelistusi
cpms-preferences-role-missing = Valige oma kutseala roll.
cpms-preferences-role-unknown = Valige oma kutseala roll loendist.
cpms-preferences-none-and-areas = { $network }: märkige „Puudub“ või temaatilised valdkonnad, mitte mõlemat.
cpms-preferences-unknown-area = Tundmatu temaatiline valdkond.

## Valikud "Minu kutseala roll"

cpms-role-clinical-geneticist = Kliiniline geneetik
cpms-role-dermatologist = Dermatoloog
cpms-role-endocrinologist = Endokrinoloog
cpms-role-haematologist = Hematoloog
cpms-role-hepatologist = Hepatoloog
cpms-role-nephrologist = Nefroloog
cpms-role-neurologist = Neuroloog
cpms-role-oncologist = Onkoloog
cpms-role-ophthalmologist = Oftalmoloog
cpms-role-paediatrician = Lastearst
cpms-role-pathologist = Patoloog
cpms-role-pulmonologist = Pulmonoloog
cpms-role-radiologist = Radioloog
cpms-role-rheumatologist = Reumatoloog
cpms-role-surgeon = Kirurg
cpms-role-other-physician = Muu arst
cpms-role-nurse = Õde
cpms-role-psychologist = Psühholoog
cpms-role-researcher = Teadur
cpms-role-other-health-professional = Muu tervishoiutöötaja

## Paneelid

cpms-panels-none = Kuvatavaid paneele ei ole.
cpms-panel = Paneel
cpms-thematic-area = Temaatiline valdkond
cpms-panel-lead = Juht
cpms-panel-status = Olek
cpms-panel-status-open = Avatud
cpms-panel-status-closed = Suletud: { $outcome }
cpms-panel-all-panels = Kõik paneelid
cpms-panel-invited = Kutsutud eksperdid
cpms-panel-invited-none = veel mitte kedagi
cpms-panel-case-summary = Juhtumi kokkuvõte
cpms-panel-title = Pealkiri
cpms-panel-contributions = Panused
cpms-panel-contributions-none = Panuseid veel ei ole.
cpms-panel-comment = Kommentaar
cpms-panel-add-comment = Lisa kommentaar
cpms-panel-invite-heading = Kutsu eksperte
cpms-panel-no-candidates = Ühtegi eksperti, kelle ERN-i eelistustes on „{ $area }“, ei saa kutsuda.
cpms-panel-specialist = Ekspert
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Kutsu ekspert
cpms-panel-close = Sulge paneel
cpms-panel-outcome = Tulemus
cpms-panel-new-no-areas = Sellel võrgustikul ei ole veel temaatilisi valdkondi, seega ei saa sellele paneeli luua.
cpms-panel-new-create = Loo paneel
cpms-panel-new-choose-area = Valige selle võrgustiku temaatiline valdkond.
cpms-panel-not-invitable = Seda liiget ei saa kutsuda: valige üks paneeli temaatilise valdkonna jaoks pakutud ekspertidest.
cpms-panel-comment-needed = Kirjutage kommentaar (kuni 5000 tähemärki).
cpms-panel-choose-outcome = Valige üks tulemustest.
cpms-panel-refused-view = See ei ole paneel, mida te juhite, kuhu teid on kutsutud või mida te haldate.
cpms-panel-refused-invite = Kutsuda saavad ainult paneeli juht ja selle paneelihaldurid ning ainult siis, kui paneel on avatud.
cpms-panel-refused-contribute = Panustada saavad ainult paneeli osalejad ning ainult siis, kui paneel on avatud.
cpms-panel-refused-close = Paneeli saavad sulgeda ainult selle juht ja paneelihaldurid ning ainult ühe korra.

## Tulemused, millega paneel suletakse

cpms-outcome-diagnosis-confirmed = Diagnoos kinnitatud
cpms-outcome-treatment-recommended = Ravi soovitatud
cpms-outcome-referred = Suunatud teise keskusesse
cpms-outcome-no-consensus = Konsensust ei saavutatud
cpms-outcome-other = Muu

## Vormivälja probleem

cpms-field-required = Väli „{ $field }“ on kohustuslik.
cpms-field-too-long = { $max ->
    [one] Väljal „{ $field }“ võib olla kõige rohkem { $max } tähemärk.
   *[other] Väljal „{ $field }“ võib olla kõige rohkem { $max } tähemärki.
}

## Koordinaatori võrgustiku tulemusnäitajad

cpms-kpis-open-panels = Avatud paneelid
cpms-kpis-closed-panels = Suletud paneelid
cpms-kpis-members = Liikmed
cpms-kpis-members-with-preferences = ERN-i eelistustega liikmed
cpms-kpis-unassigned = Veel määramata taotlused
cpms-kpis-pending-access-requests = Ootel juurdepääsutaotlused

## Abitaotlused

cpms-assistance-on-behalf = { $organisation }, koordinaatori nimel
cpms-assistance-none = Abitaotlusi ei ole.
cpms-assistance-requested-by = Taotleja: { $name }.
cpms-assistance-assigned-to = Määratud: { $name }.
cpms-assistance-not-assigned = Määramata.
cpms-assistance-assign-to = Määra isikule
cpms-assistance-assign = Määra
cpms-assistance-new = Uus abitaotlus
cpms-assistance-subject = Teema
cpms-assistance-details = Üksikasjad
cpms-assistance-create = Loo abitaotlus
cpms-assistance-required = Teema ja Üksikasjad on kohustuslikud (vastavalt kuni 200 ja 5000 tähemärki).
cpms-assistance-choose-member = Valige selle võrgustiku liige, kellele taotlus määrata.

## Teaduri anonüümitud aruanded

cpms-reports-counts-only = { $organisation }. Ainult arvud: nimesid, e-posti aadresse ega juhtumite üksikasju ei ole.
cpms-reports-by-area = Paneelid temaatiliste valdkondade kaupa
cpms-reports-by-outcome = Suletud paneelid tulemuste kaupa
cpms-reports-panels = Paneelid
cpms-reports-still-open = Veel avatud

## Koolitusrežiim: testkontod ilma EU Loginita

cpms-training-title = Testkontod
cpms-training-heading = Logi sisse testkontoga
cpms-training-notice = Ainult koolituseks: neid kontosid ja nende andmeid hoitakse päris kasutajatest ja päris andmetest eraldi.
cpms-training-account = Testkonto
cpms-training-sign-in = Logi sisse selle testkontoga
cpms-training-account-no-profile = { $username } ({ $name }): CPMS-i profiil puudub
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } organisatsioonis { $organisation }
cpms-training-choose-account = Valige üks testkontodest.

## Sisselogimine EU Logini kaudu

cpms-sign-in-refused = EU Loginilt saadud vastust ei saanud vastu võtta. Palun logige uuesti sisse.
cpms-sign-in-two-factors = CPMS nõuab kaheastmelist autentimist (usaldustase „substantial“ või „high“). Palun logige uuesti sisse ja valige kinnitusmeetod, näiteks Mobiiltelefon + SMS.
cpms-sign-in-training-only = Sellel koolituspaigaldusel ei ole EU Loginiga ühendust. Kasutage selle asemel testkontosid.
cpms-sign-in-expired = See sisselogimine on aegunud või juba kasutatud. Palun logige uuesti sisse.
cpms-sign-in-not-completed = EU Login ei viinud sisselogimist lõpule. Palun proovige uuesti.
cpms-sign-in-incomplete = Sisselogimise vastus on puudulik.

## Tagasi lükatud vormid

cpms-form-not-urlencoded = Vormid tuleb saata vormingus application/x-www-form-urlencoded.
cpms-form-other-site = Vorm saadeti teiselt veebisaidilt.
cpms-form-too-large = Vorm saatis rohkem andmeid, kui ükski meie vorm vajab.
cpms-form-unreadable = Vormi ei õnnestunud lugeda.
cpms-form-malformed = Vorm on vigane.
cpms-form-expired = See vorm on aegunud või ei ole saadetud meie lehtedelt. Minge tagasi, laadige leht uuesti ja proovige uuesti.
cpms-form-wrong-kind = Vormil on vale tüüpi väli.

## Vealehed

cpms-error-bad-request = Selle päringuga on midagi valesti
cpms-error-form-refused = Seda vormi ei saa vastu võtta
cpms-error-sign-in = Palun logige sisse
cpms-error-not-allowed = Teie profiil ei võimalda seda lehte
cpms-error-not-allowed-here = Teie profiilide hulgas selles organisatsioonis ei ole ühtegi, mida see leht vajab.
cpms-error-not-found = Lehte ei leitud
cpms-error-not-found-text = Sellel aadressil ei ole lehte.
cpms-error-sign-in-not-completed = Sisselogimine ei lõppenud
cpms-error-unavailable = Teenus ei ole ajutiselt kättesaadav
cpms-error-unavailable-text = EU Login või CPMS ei saa praegu vastata. Midagi ei muudetud; palun proovige minuti pärast uuesti.
cpms-error-internal = Meie poolel läks midagi valesti
cpms-error-internal-text = Viga on logitud. Palun proovige uuesti; kui see kordub, võtke ühendust kasutajatoega.
cpms-error-page = Leht
cpms-error-organisation = Organisatsioon
cpms-error-profiles-needed = Profiilid, mida see leht seal vajab
cpms-error-profiles-held = Teie profiilid seal
cpms-error-no-profiles = puuduvad
cpms-error-request-another-profile = CPMS-i kasutamise loa taotlemiseks mõne muu profiiliga klõpsake siin
cpms-error-reference = Viide kasutajatoe jaoks:
cpms-error-start-page = Mine avalehele
