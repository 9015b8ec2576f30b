# CPMS, klinični sistem za upravljanje pacientov. »CPMS«, »ERN«, »ERN-CPMS« in »EU Login«
# so imena in se ne prevajajo. (Glossary: see login.ftl.)

## Okvir vsake strani CPMS

cpms-tagline = Klinični sistem za upravljanje pacientov evropskih referenčnih mrež
cpms-training-banner = NAČIN ZA USPOSABLJANJE je vklopljen: ni namenjen podatkom o pacientih (samo testni računi).
cpms-dashboard = Nadzorna plošča
cpms-preferences = Nastavitve ERN
cpms-sign-out = Odjava
cpms-go-to-dashboard = Na nadzorno ploščo

## Začetna stran (pred prijavo)

cpms-landing-title = Klinični sistem za upravljanje pacientov
cpms-landing-heading = Klinični sistem za upravljanje pacientov (CPMS)
cpms-landing-platform = Platforma IT za klinična posvetovanja med člani mrež ERN.
cpms-landing-aim = CPMS je namenjen podpori mrežam ERN pri izboljševanju diagnosticiranja in zdravljenja redkih ali kompleksnih bolezni z nizko razširjenostjo prek nacionalnih meja držav članic v Evropi.
cpms-landing-browsers-heading = Podprti brskalniki
cpms-landing-browsers = Za uporabo vseh funkcij sistema CPMS uporabljajte najnovejšo različico brskalnika Google Chrome, Firefox ali Safari.
cpms-landing-secure-login-heading = Varna prijava
cpms-landing-login-through-eu-login = V CPMS ERN se lahko prijavite prek storitve za preverjanje pristnosti EU Login.
cpms-login-via-eu-login = Prijava prek EU Login
cpms-training-login-link = Uporaba uporabnikov brez EU Login (samo za testiranje)
cpms-landing-members-only = Pooblaščeni uporabniki sistema CPMS so lahko samo člani mrež ERN in gostujoči uporabniki mrež ERN.
cpms-landing-eu-login-needed = Za dostop do sistema CPMS potrebujete račun EU Login.
cpms-landing-create-account = Če želite ustvariti račun, kliknite tukaj.
cpms-landing-request-authorisation = Če želite zaprositi za pooblastilo za uporabo sistema CPMS, kliknite tukaj.
cpms-landing-help-heading = Pomoč in podpora
cpms-landing-contact-email = Za vprašanja, zamisli, predloge ali pomoč pri težavi se obrnite na ERN-CPMS po e-pošti na naslov { $address }.
cpms-landing-contact-coordinator = Za vprašanja, zamisli, predloge ali pomoč pri težavi se obrnite na koordinatorja svoje mreže ERN.

## Nadzorna plošča

cpms-dashboard-no-profile = { $name }, še nimate profila CPMS.
cpms-dashboard-request-authorisation = Če želite zaprositi za pooblastilo za uporabo sistema CPMS, kliknite tukaj
cpms-dashboard-request-steps = izberite svojo mrežo ERN, državo, ustanovo in profil dostopa.
cpms-dashboard-user-role = UPORABNIK: { $name } VLOGA: { $profiles }
cpms-dashboard-request-another = Če želite zaprositi za pooblastilo za drugo organizacijo ali drug profil, kliknite tukaj

## Strani sistema CPMS

cpms-page-organisation-home = Domača stran CPMS organizacije
cpms-page-panels = Paneli
cpms-page-panel-create = Ustvarjanje panela
cpms-page-panel-manage = Upravljanje panela (povabila, zaprtje)
cpms-page-panel-contribute = Sodelovanje v panelu
cpms-page-kpis = Ključni kazalniki uspešnosti mreže
cpms-page-assistance = Zahteve za pomoč
cpms-page-reports = Anonimizirana poročila

## Domača stran organizacije

cpms-organisation-your-profiles = Vaši profili tukaj: { $profiles }
cpms-organisation-guest-access = Dostop za goste: vidite panele, na katere ste povabljeni, in lahko v njih sodelujete.

## Nastavitve ERN

cpms-preferences-welcome = Dobrodošli v sistemu CPMS. Navedite svojo poklicno vlogo in tematska področja, za katera lahko svetujete; dokler tega ne storite, vas ne predlagamo kot specialista za panele.
cpms-preferences-professional-role = Moja poklicna vloga
cpms-preferences-no-value = [Ni izbrane vrednosti]
cpms-preferences-thematic-areas = Tematska področja ERN
cpms-preferences-specialist-in = Sem specialist za:
cpms-preferences-none = Nič
cpms-preferences-update = Posodobi nastavitve ERN
cpms-preferences-role-missing = Izberite svojo poklicno vlogo.
cpms-preferences-role-unknown = Izberite svojo poklicno vlogo s seznama.
cpms-preferences-none-and-areas = { $network }: označite »Nič« ali tematska področja, ne obojega.
cpms-preferences-unknown-area = Neznano tematsko področje.

## Izbire za »Moja poklicna vloga«

cpms-role-clinical-geneticist = Klinični genetik
cpms-role-dermatologist = Dermatolog
cpms-role-endocrinologist = Endokrinolog
cpms-role-haematologist = Hematolog
cpms-role-hepatologist = Hepatolog
cpms-role-nephrologist = Nefrolog
cpms-role-neurologist = Nevrolog
cpms-role-oncologist = Onkolog
cpms-role-ophthalmologist = Oftalmolog
cpms-role-paediatrician = Pediater
cpms-role-pathologist = Patolog
cpms-role-pulmonologist = Pulmolog
cpms-role-radiologist = Radiolog
cpms-role-rheumatologist = Revmatolog
cpms-role-surgeon = Kirurg
cpms-role-other-physician = Drug zdravnik
cpms-role-nurse = Medicinska sestra / zdravstvenik
cpms-role-psychologist = Psiholog
cpms-role-researcher = Raziskovalec
cpms-role-other-health-professional = Drug zdravstveni delavec

## Paneli: primer, o katerem razpravljajo specialisti mreže

cpms-panels-none = Ni panelov za prikaz.
cpms-panel = Panel
cpms-thematic-area = Tematsko področje
cpms-panel-lead = Vodja
cpms-panel-status = Stanje
cpms-panel-status-open = Odprt
cpms-panel-status-closed = Zaprt: { $outcome }
cpms-panel-all-panels = Vsi paneli
cpms-panel-invited = Povabljeni specialisti
cpms-panel-invited-none = še nihče
cpms-panel-case-summary = Povzetek primera
cpms-panel-title = Naslov
cpms-panel-contributions = Prispevki
cpms-panel-contributions-none = Še ni prispevkov.
cpms-panel-comment = Komentar
cpms-panel-add-comment = Dodaj komentar
cpms-panel-invite-heading = Povabilo specialistov
cpms-panel-no-candidates = Povabiti ni mogoče nobenega specialista, ki ima v nastavitvah ERN področje »{ $area }«.
cpms-panel-specialist = Specialist
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Povabi specialista
cpms-panel-close = Zapri panel
cpms-panel-outcome = Izid
cpms-panel-new-no-areas = Ta mreža še nima tematskih področij, zato zanjo ni mogoče ustvariti panela.
cpms-panel-new-create = Ustvari panel
cpms-panel-new-choose-area = Izberite tematsko področje te mreže.
cpms-panel-not-invitable = Tega člana ni mogoče povabiti: izberite enega od specialistov, predlaganih za tematsko področje panela.
cpms-panel-comment-needed = Napišite komentar (največ 5000 znakov).
cpms-panel-choose-outcome = Izberite enega od izidov.
cpms-panel-refused-view = Tega panela ne vodite, niste povabljeni vanj in ga ne upravljate.
cpms-panel-refused-invite = Vabiti lahko samo vodja panela in njegovi upravitelji, in to le, dokler je panel odprt.
cpms-panel-refused-contribute = Prispevati lahko samo udeleženci panela, in to le, dokler je panel odprt.
cpms-panel-refused-close = Panel lahko zapreta samo njegov vodja in njegovi upravitelji, in to le enkrat.

## Izidi, s katerimi se panel zapre

cpms-outcome-diagnosis-confirmed = Diagnoza potrjena
cpms-outcome-treatment-recommended = Priporočeno zdravljenje
cpms-outcome-referred = Napoten v drug center
cpms-outcome-no-consensus = Ni soglasja
cpms-outcome-other = Drugo

## Težava s poljem obrazca

cpms-field-required = Polje »{ $field }« je obvezno.
cpms-field-too-long = { $max ->
    [one] Polje »{ $field }« ima lahko največ { $max } znak.
    [two] Polje »{ $field }« ima lahko največ { $max } znaka.
    [few] Polje »{ $field }« ima lahko največ { $max } znake.
   *[other] Polje »{ $field }« ima lahko največ { $max } znakov.
}

## Ključni kazalniki uspešnosti mreže (za koordinatorja)

cpms-kpis-open-panels = Odprti paneli
cpms-kpis-closed-panels = Zaprti paneli
cpms-kpis-members = Člani
cpms-kpis-members-with-preferences = Člani z nastavitvami ERN
cpms-kpis-unassigned = Še nedodeljene zahteve
cpms-kpis-pending-access-requests = Zahteve za dostop v obravnavi

## Zahteve za pomoč

cpms-assistance-on-behalf = { $organisation }, v imenu koordinatorja
cpms-assistance-none = Ni zahtev za pomoč.
cpms-assistance-requested-by = Zahteva osebe { $name }.
cpms-assistance-assigned-to = Dodeljeno: { $name }.
cpms-assistance-not-assigned = Ni dodeljeno.
cpms-assistance-assign-to = Dodeli osebi
cpms-assistance-assign = Dodeli
cpms-assistance-new = Nova zahteva za pomoč
cpms-assistance-subject = Zadeva
cpms-assistance-details = Podrobnosti
cpms-assistance-create = Ustvari zahtevo za pomoč
cpms-assistance-required = Zadeva in Podrobnosti sta obvezni (največ 200 oziroma 5000 znakov).
cpms-assistance-choose-member = Izberite člana te mreže, ki mu boste dodelili zahtevo.

## Anonimizirana poročila (za raziskovalca)

cpms-reports-counts-only = { $organisation }. Samo števila: brez imen, e-poštnih naslovov ali podrobnosti primerov.
cpms-reports-by-area = Paneli po tematskih področjih
cpms-reports-by-outcome = Zaprti paneli po izidih
cpms-reports-panels = Paneli
cpms-reports-still-open = Še odprti

## Način za usposabljanje: testni računi brez EU Login

cpms-training-title = Testni računi
cpms-training-heading = Prijava s testnim računom
cpms-training-notice = Samo za usposabljanje: ti računi in njihovi podatki so ločeni od resničnih uporabnikov in resničnih podatkov.
cpms-training-account = Testni račun
cpms-training-sign-in = Prijava s tem testnim računom
cpms-training-account-no-profile = { $username } ({ $name }): brez profila CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } pri { $organisation }
cpms-training-choose-account = Izberite enega od testnih računov.

## Prijava prek EU Login

cpms-sign-in-refused = Odgovora storitve EU Login ni bilo mogoče sprejeti. Znova se prijavite.
cpms-sign-in-two-factors = CPMS zahteva dvofaktorsko preverjanje pristnosti (raven zanesljivosti »substantial« ali »high«). Znova se prijavite in izberite način preverjanja, kot je Mobilni telefon + SMS.
cpms-sign-in-training-only = Ta namestitev za usposabljanje ni povezana s storitvijo EU Login. Namesto tega uporabite testne račune.
cpms-sign-in-expired = Ta prijava je potekla ali je bila že uporabljena. Znova se prijavite.
cpms-sign-in-not-completed = EU Login ni dokončal prijave. Poskusite znova.
cpms-sign-in-incomplete = Odgovor na prijavo ni popoln.

## Zavrnjeni obrazci

cpms-form-not-urlencoded = Obrazci morajo biti poslani kot application/x-www-form-urlencoded.
cpms-form-other-site = Obrazec je bil poslan z drugega spletnega mesta.
cpms-form-too-large = Obrazec je poslal več podatkov, kot jih potrebuje kateri koli od naših obrazcev.
cpms-form-unreadable = Obrazca ni bilo mogoče prebrati.
cpms-form-malformed = Obrazec je nepravilno oblikovan.
cpms-form-expired = Ta obrazec je potekel ali ni bil poslan z naših strani. Vrnite se, znova naložite stran in poskusite znova.
cpms-form-wrong-kind = Obrazec ima polje napačne vrste.

## Strani z napakami

cpms-error-bad-request = S to zahtevo nekaj ni v redu
cpms-error-form-refused = Tega obrazca ni mogoče sprejeti
cpms-error-sign-in = Prijavite se
cpms-error-not-allowed = Vaš profil ne omogoča dostopa do te strani
cpms-error-not-allowed-here = Med vašimi profili pri tej organizaciji ni nobenega, ki ga ta stran potrebuje.
cpms-error-not-found = Strani ni mogoče najti
cpms-error-not-found-text = Na tem naslovu ni strani.
cpms-error-sign-in-not-completed = Prijava ni dokončana
cpms-error-unavailable = Storitev začasno ni na voljo
cpms-error-unavailable-text = EU Login ali CPMS trenutno ne more odgovoriti. Nič ni bilo spremenjeno; poskusite znova čez minuto.
cpms-error-internal = Na naši strani je prišlo do napake
cpms-error-internal-text = Napaka je zabeležena. Poskusite znova; če se ponovi, se obrnite na podporo.
cpms-error-page = Stran
cpms-error-organisation = Organizacija
cpms-error-profiles-needed = Profili, ki jih ta stran tam potrebuje
cpms-error-profiles-held = Vaši profili tam
cpms-error-no-profiles = nobeden
cpms-error-request-another-profile = Če želite zaprositi za pooblastilo za uporabo sistema CPMS z drugim profilom, kliknite tukaj
cpms-error-reference = Referenca za podporo:
cpms-error-start-page = Na začetno stran
