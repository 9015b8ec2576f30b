# CPMS: "CPMS", "ERN", "ERN-CPMS" and "EU Login" are names and stay as they are.

## The frame of every CPMS page: header and navigation.

cpms-tagline = Klinički sustav za upravljanje pacijentima europskih referentnih mreža
cpms-training-banner = Uključen je NAČIN RADA ZA OBUKU: nije namijenjen podacima pacijenata (samo testni računi).
cpms-dashboard = Nadzorna ploča
cpms-preferences = ERN postavke
cpms-sign-out = Odjava
cpms-go-to-dashboard = Idi na svoju nadzornu ploču

## The start page (before signing in).

cpms-landing-title = Klinički sustav za upravljanje pacijentima
cpms-landing-heading = Klinički sustav za upravljanje pacijentima (CPMS)
cpms-landing-platform = Informatička platforma za kliničke konzultacije među članovima ERN-a.
cpms-landing-aim = Cilj je CPMS-a pomoći ERN-ovima da poboljšaju dijagnostiku i liječenje rijetkih ili složenih bolesti niske prevalencije preko nacionalnih granica država članica u Europi.
cpms-landing-browsers-heading = Podržani preglednici
cpms-landing-browsers = Provjerite upotrebljavate li najnoviju inačicu preglednika Google Chrome, Firefox ili Safari kako biste mogli iskoristiti sve funkcije CPMS-a.
cpms-landing-secure-login-heading = Sigurna prijava
cpms-landing-login-through-eu-login = U CPMS ERN možete se prijaviti putem usluge autentifikacije EU Login.
cpms-login-via-eu-login = Prijava putem EU Logina
cpms-training-login-link = Upotreba korisnika bez EU Logina (samo za testiranje)
cpms-landing-members-only = Ovlašteni korisnici CPMS-a mogu biti samo članovi ERN-a i gostujući korisnici ERN-a.
cpms-landing-eu-login-needed = Za pristup CPMS-u potreban vam je račun EU Login.
cpms-landing-create-account = Za izradu računa kliknite ovdje.
cpms-landing-request-authorisation = Za traženje ovlaštenja za upotrebu CPMS-a kliknite ovdje.
cpms-landing-help-heading = Pomoć i podrška
cpms-landing-contact-email = Ako imate pitanja, ideja ili prijedloga ili vam je potrebna pomoć s nekim problemom, obratite se ERN-CPMS-u e-poštom na { $address }.
cpms-landing-contact-coordinator = Ako imate pitanja, ideja ili prijedloga ili vam je potrebna pomoć s nekim problemom, obratite se koordinatoru svojeg ERN-a.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Još nemate profil u CPMS-u, { $name }.
cpms-dashboard-request-authorisation = Za traženje ovlaštenja za upotrebu CPMS-a kliknite ovdje
cpms-dashboard-request-steps = odaberite svoj ERN, državu, ustanovu i profil pristupa.
cpms-dashboard-user-role = KORISNIK: { $name } ULOGA: { $profiles }
cpms-dashboard-request-another = Za traženje ovlaštenja za drugu organizaciju ili drugi profil kliknite ovdje

## The pages of CPMS.

cpms-page-organisation-home = Početna stranica organizacije u CPMS-u
cpms-page-panels = Konziliji
cpms-page-panel-create = Izrada konzilija
cpms-page-panel-manage = Upravljanje konzilijem (pozivanje, zatvaranje)
cpms-page-panel-contribute = Sudjelovanje u konziliju
cpms-page-kpis = KPI-jevi mreže
cpms-page-assistance = Zahtjevi za pomoć
cpms-page-reports = Anonimizirana izvješća

## An organisation's home page.

cpms-organisation-your-profiles = Vaši profili ovdje: { $profiles }
cpms-organisation-guest-access = Gostujući pristup: vidite konzilije na koje ste pozvani i možete u njima sudjelovati.

## ERN Preferences.

cpms-preferences-welcome = Dobro došli u CPMS. Navedite svoju profesionalnu ulogu i tematska područja u kojima možete savjetovati; dok to ne učinite, nećete biti predlagani kao specijalist za konzilije.
cpms-preferences-professional-role = Moja profesionalna uloga
cpms-preferences-no-value = [Nije odabrana nijedna vrijednost]
cpms-preferences-thematic-areas = Tematska područja ERN-a
cpms-preferences-specialist-in = Specijalist sam za:
cpms-preferences-none = Ništa
cpms-preferences-update = Ažuriraj ERN postavke
cpms-preferences-role-missing = Odaberite svoju profesionalnu ulogu.
cpms-preferences-role-unknown = Odaberite svoju profesionalnu ulogu s popisa.
cpms-preferences-none-and-areas = { $network }: označite „Ništa“ ili tematska područja, ne oboje.
cpms-preferences-unknown-area = Nepoznato tematsko područje.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Klinički genetičar
cpms-role-dermatologist = Dermatolog
cpms-role-endocrinologist = Endokrinolog
cpms-role-haematologist = Hematolog
cpms-role-hepatologist = Hepatolog
cpms-role-nephrologist = Nefrolog
cpms-role-neurologist = Neurolog
cpms-role-oncologist = Onkolog
cpms-role-ophthalmologist = Oftalmolog
cpms-role-paediatrician = Pedijatar
cpms-role-pathologist = Patolog
cpms-role-pulmonologist = Pulmolog
cpms-role-radiologist = Radiolog
cpms-role-rheumatologist = Reumatolog
cpms-role-surgeon = Kirurg
cpms-role-other-physician = Drugi liječnik
cpms-role-nurse = Medicinska sestra / medicinski tehničar
cpms-role-psychologist = Psiholog
cpms-role-researcher = Istraživač
cpms-role-other-health-professional = Drugi zdravstveni djelatnik

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Nema konzilija za prikaz.
cpms-panel = Konzilij
cpms-thematic-area = Tematsko područje
cpms-panel-lead = Voditelj
cpms-panel-status = Status
cpms-panel-status-open = Otvoren
cpms-panel-status-closed = Zatvoren: { $outcome }
cpms-panel-all-panels = Svi konziliji
cpms-panel-invited = Pozvani specijalisti
cpms-panel-invited-none = još nijedan
cpms-panel-case-summary = Sažetak slučaja
cpms-panel-title = Naslov
cpms-panel-contributions = Doprinosi
cpms-panel-contributions-none = Još nema doprinosa.
cpms-panel-comment = Komentar
cpms-panel-add-comment = Dodaj komentar
cpms-panel-invite-heading = Pozivanje specijalista
cpms-panel-no-candidates = Ne može se pozvati nijedan specijalist koji u svojim ERN postavkama ima „{ $area }“.
cpms-panel-specialist = Specijalist
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Pozovi specijalista
cpms-panel-close = Zatvori konzilij
cpms-panel-outcome = Ishod
cpms-panel-new-no-areas = Ova mreža još nema tematska područja pa se za nju ne može izraditi konzilij.
cpms-panel-new-create = Izradi konzilij
cpms-panel-new-choose-area = Odaberite tematsko područje ove mreže.
cpms-panel-not-invitable = Ovaj se član ne može pozvati: odaberite jednog od specijalista predloženih za tematsko područje konzilija.
cpms-panel-comment-needed = Napišite komentar (najviše 5000 znakova).
cpms-panel-choose-outcome = Odaberite jedan od ishoda.
cpms-panel-refused-view = Ovaj konzilij ne vodite, niste na njega pozvani i ne upravljate njime.
cpms-panel-refused-invite = Pozivati mogu samo voditelj konzilija i njegovi upravitelji, i to samo dok je otvoren.
cpms-panel-refused-contribute = Doprinositi mogu samo sudionici konzilija, i to samo dok je otvoren.
cpms-panel-refused-close = Zatvoriti ga mogu samo voditelj konzilija i njegovi upravitelji, i to samo jednom.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Dijagnoza potvrđena
cpms-outcome-treatment-recommended = Preporučeno liječenje
cpms-outcome-referred = Upućivanje u drugi centar
cpms-outcome-no-consensus = Nema konsenzusa
cpms-outcome-other = Ostalo

## A form field's problem.

cpms-field-required = Polje „{ $field }“ je obvezno.
cpms-field-too-long = { $max ->
    [one] Polje „{ $field }“ smije imati najviše { $max } znak.
    [few] Polje „{ $field }“ smije imati najviše { $max } znaka.
   *[other] Polje „{ $field }“ smije imati najviše { $max } znakova.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Otvoreni konziliji
cpms-kpis-closed-panels = Zatvoreni konziliji
cpms-kpis-members = Članovi
cpms-kpis-members-with-preferences = Članovi s ERN postavkama
cpms-kpis-unassigned = Još nedodijeljeni zahtjevi
cpms-kpis-pending-access-requests = Zahtjevi za pristup na čekanju

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, u ime koordinatora
cpms-assistance-none = Nema zahtjeva za pomoć.
cpms-assistance-requested-by = Podnositelj zahtjeva: { $name }.
cpms-assistance-assigned-to = Dodijeljeno: { $name }.
cpms-assistance-not-assigned = Nije dodijeljeno.
cpms-assistance-assign-to = Dodijeli članu
cpms-assistance-assign = Dodijeli
cpms-assistance-new = Novi zahtjev za pomoć
cpms-assistance-subject = Predmet
cpms-assistance-details = Pojedinosti
cpms-assistance-create = Izradi zahtjev za pomoć
cpms-assistance-required = Predmet i pojedinosti su obvezni (najviše 200 odnosno 5000 znakova).
cpms-assistance-choose-member = Odaberite člana ove mreže kojem ćete dodijeliti zahtjev.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Samo brojčani podaci: bez imena, adresa e-pošte ili pojedinosti o slučajevima.
cpms-reports-by-area = Konziliji po tematskom području
cpms-reports-by-outcome = Zatvoreni konziliji po ishodu
cpms-reports-panels = Konziliji
cpms-reports-still-open = Još otvoreni

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Testni računi
cpms-training-heading = Prijava testnim računom
cpms-training-notice = Samo za obuku: ovi računi i njihovi podaci odvojeni su od stvarnih korisnika i stvarnih podataka.
cpms-training-account = Testni račun
cpms-training-sign-in = Prijava ovim testnim računom
cpms-training-account-no-profile = { $username } ({ $name }): nema profila u CPMS-u
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } u organizaciji { $organisation }
cpms-training-choose-account = Odaberite jedan od testnih računa.

## Signing in through EU Login.

cpms-sign-in-refused = Odgovor EU Logina nije se mogao prihvatiti. Ponovno se prijavite.
cpms-sign-in-two-factors = CPMS zahtijeva dvofaktorsku autentifikaciju (razina pouzdanosti „substantial“ ili „high“). Ponovno se prijavite i odaberite metodu provjere kao što je „Mobilni telefon + SMS“.
cpms-sign-in-training-only = Ova instalacija za obuku nije povezana s EU Loginom. Umjesto toga upotrijebite testne račune.
cpms-sign-in-expired = Ova je prijava istekla ili je već iskorištena. Ponovno se prijavite.
cpms-sign-in-not-completed = EU Login nije dovršio prijavu. Pokušajte ponovno.
cpms-sign-in-incomplete = Odgovor na prijavu je nepotpun.

## Forms refused.

cpms-form-not-urlencoded = Obrasci se moraju slati kao application/x-www-form-urlencoded.
cpms-form-other-site = Obrazac je poslan s drugog web-mjesta.
cpms-form-too-large = Obrazac je poslao više podataka nego što treba ijednom od naših obrazaca.
cpms-form-unreadable = Obrazac nije bilo moguće pročitati.
cpms-form-malformed = Obrazac je neispravan.
cpms-form-expired = Ovaj je obrazac istekao ili nije poslan s naših stranica. Vratite se, ponovno učitajte stranicu i pokušajte ponovno.
cpms-form-wrong-kind = Obrazac sadrži polje pogrešne vrste.

## Error pages: a title, then a message.

cpms-error-bad-request = Nešto nije u redu s ovim zahtjevom
cpms-error-form-refused = Ovaj obrazac ne može se prihvatiti
cpms-error-sign-in = Prijavite se
cpms-error-not-allowed = Vaš profil ne dopušta pristup ovoj stranici
cpms-error-not-allowed-here = Među vašim profilima u ovoj organizaciji nema nijednog koji je potreban za ovu stranicu.
cpms-error-not-found = Stranica nije pronađena
cpms-error-not-found-text = Na ovoj adresi nema stranice.
cpms-error-sign-in-not-completed = Prijava nije dovršena
cpms-error-unavailable = Usluga je privremeno nedostupna
cpms-error-unavailable-text = EU Login ili CPMS trenutačno ne mogu odgovoriti. Ništa nije promijenjeno; pokušajte ponovno za minutu.
cpms-error-internal = Došlo je do pogreške na našoj strani
cpms-error-internal-text = Pogreška je zabilježena. Pokušajte ponovno; ako se ponovi, obratite se podršci.
cpms-error-page = Stranica
cpms-error-organisation = Organizacija
cpms-error-profiles-needed = Profili potrebni za ovu stranicu ondje
cpms-error-profiles-held = Vaši profili ondje
cpms-error-no-profiles = nijedan
cpms-error-request-another-profile = Za traženje ovlaštenja za upotrebu CPMS-a s drugim profilom kliknite ovdje
cpms-error-reference = Referenca za podršku:
cpms-error-start-page = Idi na početnu stranicu
