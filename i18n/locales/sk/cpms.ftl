## The frame of every CPMS page: header and navigation.

cpms-tagline = Klinický systém na správu pacientov európskych referenčných sietí
cpms-training-banner = REŽIM ŠKOLENIA je zapnutý: nie je určený na údaje pacientov (iba testovacie kontá).
cpms-dashboard = Prehľad
cpms-preferences = Preferencie ERN
cpms-sign-out = Odhlásiť sa
cpms-go-to-dashboard = Prejsť na svoj prehľad

## The start page (before signing in).

cpms-landing-title = Klinický systém na správu pacientov
cpms-landing-heading = Klinický systém na správu pacientov (CPMS)
cpms-landing-platform = IT platforma na klinické konzultácie medzi členmi ERN.
cpms-landing-aim = Cieľom CPMS je podporovať siete ERN pri zlepšovaní diagnostiky a liečby zriedkavých alebo málo častých komplexných ochorení cez štátne hranice členských štátov v Európe.
cpms-landing-browsers-heading = Podporované prehliadače
cpms-landing-browsers = Aby ste mohli využívať všetky funkcie CPMS, používajte najnovšiu verziu prehliadača Google Chrome, Firefox alebo Safari.
cpms-landing-secure-login-heading = Bezpečné prihlásenie
cpms-landing-login-through-eu-login = Do CPMS ERN sa môžete prihlásiť prostredníctvom overovacej služby EU Login.
cpms-login-via-eu-login = Prihlásiť sa cez EU Login
cpms-training-login-link = Používatelia mimo EU Login (iba na testovanie)
cpms-landing-members-only = Oprávnenými používateľmi CPMS môžu byť iba členovia ERN a hostia ERN.
cpms-landing-eu-login-needed = Na prístup do CPMS potrebujete konto EU Login.
cpms-landing-create-account = Ak chcete vytvoriť konto, kliknite sem.
cpms-landing-request-authorisation = Ak chcete požiadať o oprávnenie na používanie CPMS, kliknite sem.
cpms-landing-help-heading = Pomoc a podpora
cpms-landing-contact-email = Ak máte otázky, nápady či návrhy alebo potrebujete pomoc s problémom, kontaktujte ERN-CPMS e-mailom na adrese { $address }.
cpms-landing-contact-coordinator = Ak máte otázky, nápady či návrhy alebo potrebujete pomoc s problémom, kontaktujte koordinátora svojej siete ERN.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Zatiaľ nemáte žiadny profil CPMS, { $name }.
cpms-dashboard-request-authorisation = Ak chcete požiadať o oprávnenie na používanie CPMS, kliknite sem
cpms-dashboard-request-steps = vyberte svoju sieť ERN, krajinu, inštitúciu a prístupový profil.
cpms-dashboard-user-role = POUŽÍVATEĽ: { $name } ROLA: { $profiles }
cpms-dashboard-request-another = Ak chcete požiadať o oprávnenie pre inú organizáciu alebo iný profil, kliknite sem

## The pages of CPMS.

cpms-page-organisation-home = Domovská stránka CPMS organizácie
cpms-page-panels = Panely
cpms-page-panel-create = Vytvoriť panel
cpms-page-panel-manage = Spravovať panel (pozvať, uzavrieť)
cpms-page-panel-contribute = Prispieť do panelu
cpms-page-kpis = Kľúčové ukazovatele výkonnosti (KPI) siete
cpms-page-assistance = Žiadosti o pomoc
cpms-page-reports = Anonymizované správy

## An organisation's home page.

cpms-organisation-your-profiles = Vaše profily tu: { $profiles }
cpms-organisation-guest-access = Prístup hosťa: vidíte panely, do ktorých ste boli pozvaní, a môžete do nich prispievať.

## ERN Preferences.

cpms-preferences-welcome = Vitajte v CPMS. Uveďte svoju profesijnú rolu a tematické oblasti, v ktorých môžete poskytovať odborné rady; kým tak neurobíte, nebudete ponúkaní ako špecialisti pre panely.
cpms-preferences-professional-role = Moja profesijná rola
cpms-preferences-no-value = [Nie je vybratá žiadna hodnota]
cpms-preferences-thematic-areas = Tematické oblasti ERN
cpms-preferences-specialist-in = Špecializujem sa na:
cpms-preferences-none = Žiadna
cpms-preferences-update = Aktualizovať preferencie ERN
cpms-preferences-role-missing = Vyberte svoju profesijnú rolu.
cpms-preferences-role-unknown = Vyberte svoju profesijnú rolu zo zoznamu.
cpms-preferences-none-and-areas = { $network }: začiarknite „Žiadna“ alebo tematické oblasti, nie oboje.
cpms-preferences-unknown-area = Neznáma tematická oblasť.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Klinický genetik
cpms-role-dermatologist = Dermatológ
cpms-role-endocrinologist = Endokrinológ
cpms-role-haematologist = Hematológ
cpms-role-hepatologist = Hepatológ
cpms-role-nephrologist = Nefrológ
cpms-role-neurologist = Neurológ
cpms-role-oncologist = Onkológ
cpms-role-ophthalmologist = Oftalmológ
cpms-role-paediatrician = Pediater
cpms-role-pathologist = Patológ
cpms-role-pulmonologist = Pneumológ
cpms-role-radiologist = Rádiológ
cpms-role-rheumatologist = Reumatológ
cpms-role-surgeon = Chirurg
cpms-role-other-physician = Iný lekár
cpms-role-nurse = Sestra / ošetrovateľ
cpms-role-psychologist = Psychológ
cpms-role-researcher = Výskumný pracovník
cpms-role-other-health-professional = Iný zdravotnícky pracovník

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Žiadne panely na zobrazenie.
cpms-panel = Panel
cpms-thematic-area = Tematická oblasť
cpms-panel-lead = Vedúci
cpms-panel-status = Stav
cpms-panel-status-open = Otvorený
cpms-panel-status-closed = Uzavretý: { $outcome }
cpms-panel-all-panels = Všetky panely
cpms-panel-invited = Pozvaní špecialisti
cpms-panel-invited-none = zatiaľ nikto
cpms-panel-case-summary = Zhrnutie prípadu
cpms-panel-title = Názov
cpms-panel-contributions = Príspevky
cpms-panel-contributions-none = Zatiaľ žiadne príspevky.
cpms-panel-comment = Komentár
cpms-panel-add-comment = Pridať komentár
cpms-panel-invite-heading = Pozvať špecialistov
cpms-panel-no-candidates = Nemožno pozvať žiadneho špecialistu, ktorý má vo svojich preferenciách ERN oblasť „{ $area }“.
cpms-panel-specialist = Špecialista
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Pozvať špecialistu
cpms-panel-close = Uzavrieť panel
cpms-panel-outcome = Výsledok
cpms-panel-new-no-areas = Táto sieť zatiaľ nemá žiadne tematické oblasti, preto pre ňu nemožno vytvoriť panel.
cpms-panel-new-create = Vytvoriť panel
cpms-panel-new-choose-area = Vyberte tematickú oblasť tejto siete.
cpms-panel-not-invitable = Tohto člena nemožno pozvať: vyberte jedného zo špecialistov ponúkaných pre tematickú oblasť panelu.
cpms-panel-comment-needed = Napíšte komentár (najviac 5000 znakov).
cpms-panel-choose-outcome = Vyberte jeden z výsledkov.
cpms-panel-refused-view = Tento panel nevediete, nie ste doň pozvaní ani ho nespravujete.
cpms-panel-refused-invite = Pozývať môžu iba vedúci panelu a jeho správcovia, a to iba kým je panel otvorený.
cpms-panel-refused-contribute = Prispievať môžu iba účastníci panelu, a to iba kým je panel otvorený.
cpms-panel-refused-close = Uzavrieť panel môžu iba jeho vedúci a správcovia, a to iba raz.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnóza potvrdená
cpms-outcome-treatment-recommended = Odporúčaná liečba
cpms-outcome-referred = Odoslané do iného centra
cpms-outcome-no-consensus = Bez zhody
cpms-outcome-other = Iné

## A form field's problem.

cpms-field-required = Pole „{ $field }“ je povinné.
cpms-field-too-long = { $max ->
    [one] Pole „{ $field }“ môže mať najviac { $max } znak.
    [few] Pole „{ $field }“ môže mať najviac { $max } znaky.
   *[other] Pole „{ $field }“ môže mať najviac { $max } znakov.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Otvorené panely
cpms-kpis-closed-panels = Uzavreté panely
cpms-kpis-members = Členovia
cpms-kpis-members-with-preferences = Členovia s preferenciami ERN
cpms-kpis-unassigned = Zatiaľ nepridelené žiadosti
cpms-kpis-pending-access-requests = Žiadosti o prístup čakajúce na vybavenie

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, v mene koordinátora
cpms-assistance-none = Žiadne žiadosti o pomoc.
cpms-assistance-requested-by = Žiadateľ: { $name }.
cpms-assistance-assigned-to = Pridelené: { $name }.
cpms-assistance-not-assigned = Nepridelené.
cpms-assistance-assign-to = Prideliť komu
cpms-assistance-assign = Prideliť
cpms-assistance-new = Nová žiadosť o pomoc
cpms-assistance-subject = Predmet
cpms-assistance-details = Podrobnosti
cpms-assistance-create = Vytvoriť žiadosť o pomoc
cpms-assistance-required = Predmet a podrobnosti sú povinné (najviac 200 a 5000 znakov).
cpms-assistance-choose-member = Vyberte člena tejto siete, ktorému sa má žiadosť prideliť.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Iba počty: žiadne mená, e-maily ani podrobnosti prípadov.
cpms-reports-by-area = Panely podľa tematickej oblasti
cpms-reports-by-outcome = Uzavreté panely podľa výsledku
cpms-reports-panels = Panely
cpms-reports-still-open = Stále otvorené

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Testovacie kontá
cpms-training-heading = Prihlásiť sa testovacím kontom
cpms-training-notice = Iba na školenie: tieto kontá a ich údaje sú oddelené od skutočných používateľov a skutočných údajov.
cpms-training-account = Testovacie konto
cpms-training-sign-in = Prihlásiť sa týmto testovacím kontom
cpms-training-account-no-profile = { $username } ({ $name }): žiadny profil CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } v { $organisation }
cpms-training-choose-account = Vyberte jedno z testovacích kont.

## Signing in through EU Login.

cpms-sign-in-refused = Odpoveď zo služby EU Login nebolo možné prijať. Prihláste sa znova.
cpms-sign-in-two-factors = CPMS vyžaduje dvojfaktorové overenie (úroveň zabezpečenia „substantial“ alebo „high“). Prihláste sa znova a vyberte spôsob overenia, napríklad Mobilný telefón + SMS.
cpms-sign-in-training-only = Toto školiace nasadenie nemá pripojenie k službe EU Login. Použite namiesto toho testovacie kontá.
cpms-sign-in-expired = Platnosť tohto prihlásenia uplynula alebo už bolo použité. Prihláste sa znova.
cpms-sign-in-not-completed = EU Login nedokončil prihlásenie. Skúste to znova.
cpms-sign-in-incomplete = Odpoveď na prihlásenie je neúplná.

## Forms refused.

cpms-form-not-urlencoded = Formuláre sa musia odosielať ako application/x-www-form-urlencoded.
cpms-form-other-site = Formulár bol odoslaný z inej stránky.
cpms-form-too-large = Formulár odoslal viac údajov, než potrebuje ktorýkoľvek z našich formulárov.
cpms-form-unreadable = Formulár sa nepodarilo prečítať.
cpms-form-malformed = Formulár má neplatnú štruktúru.
cpms-form-expired = Platnosť tohto formulára uplynula alebo nebol odoslaný z našich stránok. Vráťte sa späť, obnovte stránku a skúste to znova.
cpms-form-wrong-kind = Formulár obsahuje pole nesprávneho typu.

## Error pages: a title, then a message.

cpms-error-bad-request = S touto požiadavkou nie je niečo v poriadku
cpms-error-form-refused = Tento formulár nemožno prijať
cpms-error-sign-in = Prihláste sa
cpms-error-not-allowed = Váš profil neumožňuje prístup na túto stránku
cpms-error-not-allowed-here = Medzi vašimi profilmi v tejto organizácii nie je žiadny, ktorý táto stránka vyžaduje.
cpms-error-not-found = Stránka sa nenašla
cpms-error-not-found-text = Na tejto adrese nie je žiadna stránka.
cpms-error-sign-in-not-completed = Prihlásenie nebolo dokončené
cpms-error-unavailable = Služba je dočasne nedostupná
cpms-error-unavailable-text = EU Login alebo CPMS teraz nemôže odpovedať. Nič sa nezmenilo; skúste to znova o minútu.
cpms-error-internal = Na našej strane sa vyskytla chyba
cpms-error-internal-text = Chyba bola zaznamenaná. Skúste to znova; ak sa chyba zopakuje, obráťte sa na podporu.
cpms-error-page = Stránka
cpms-error-organisation = Organizácia
cpms-error-profiles-needed = Profily, ktoré táto stránka tu vyžaduje
cpms-error-profiles-held = Vaše profily tu
cpms-error-no-profiles = žiadne
cpms-error-request-another-profile = Ak chcete požiadať o oprávnenie na používanie CPMS s iným profilom, kliknite sem
cpms-error-reference = Referenčné číslo pre podporu:
cpms-error-start-page = Prejsť na úvodnú stránku
