## The frame of every CPMS page: header and navigation.

cpms-tagline = Klinický systém pro správu pacientů Evropských referenčních sítí
cpms-training-banner = REŽIM ŠKOLENÍ je zapnutý: není určen pro údaje pacientů (pouze testovací účty).
cpms-dashboard = Přehled
cpms-preferences = Preference ERN
cpms-sign-out = Odhlásit se
cpms-go-to-dashboard = Přejít na svůj přehled

## The start page (before signing in).

cpms-landing-title = Klinický systém pro správu pacientů
cpms-landing-heading = Klinický systém pro správu pacientů (CPMS)
cpms-landing-platform = IT platforma pro klinické konzultace mezi členy ERN.
cpms-landing-aim = Cílem CPMS je podporovat sítě ERN při zlepšování diagnostiky a léčby vzácných nebo málo častých komplexních onemocnění přes státní hranice členských států v Evropě.
cpms-landing-browsers-heading = Podporované prohlížeče
cpms-landing-browsers = Abyste mohli využívat všechny funkce CPMS, používejte nejnovější verzi prohlížeče Google Chrome, Firefox nebo Safari.
cpms-landing-secure-login-heading = Bezpečné přihlášení
cpms-landing-login-through-eu-login = Do CPMS ERN se můžete přihlásit prostřednictvím ověřovací služby EU Login.
cpms-login-via-eu-login = Přihlásit se přes EU Login
cpms-training-login-link = Uživatelé mimo EU Login (pouze pro testování)
cpms-landing-members-only = Oprávněnými uživateli CPMS mohou být pouze členové ERN a hosté ERN.
cpms-landing-eu-login-needed = Pro přístup do CPMS potřebujete účet EU Login.
cpms-landing-create-account = Chcete-li vytvořit účet, klikněte sem.
cpms-landing-request-authorisation = Chcete-li požádat o oprávnění k používání CPMS, klikněte sem.
cpms-landing-help-heading = Nápověda a podpora
cpms-landing-contact-email = Máte-li dotazy, nápady či návrhy nebo potřebujete-li pomoc s problémem, kontaktujte prosím ERN-CPMS e-mailem na adrese { $address }.
cpms-landing-contact-coordinator = Máte-li dotazy, nápady či návrhy nebo potřebujete-li pomoc s problémem, kontaktujte prosím koordinátora své sítě ERN.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Zatím nemáte žádný profil CPMS, { $name }.
cpms-dashboard-request-authorisation = Chcete-li požádat o oprávnění k používání CPMS, klikněte sem
cpms-dashboard-request-steps = zvolte svou síť ERN, zemi, instituci a přístupový profil.
cpms-dashboard-user-role = UŽIVATEL: { $name } ROLE: { $profiles }
cpms-dashboard-request-another = Chcete-li požádat o oprávnění pro jinou organizaci nebo jiný profil, klikněte sem

## The pages of CPMS.

cpms-page-organisation-home = Domovská stránka CPMS organizace
cpms-page-panels = Panely
cpms-page-panel-create = Vytvořit panel
cpms-page-panel-manage = Spravovat panel (pozvat, uzavřít)
cpms-page-panel-contribute = Přispět do panelu
cpms-page-kpis = Klíčové ukazatele výkonnosti (KPI) sítě
cpms-page-assistance = Žádosti o pomoc
cpms-page-reports = Anonymizované zprávy

## An organisation's home page.

cpms-organisation-your-profiles = Vaše profily zde: { $profiles }
cpms-organisation-guest-access = Přístup hosta: vidíte panely, do kterých jste byli pozváni, a můžete do nich přispívat.

## ERN Preferences.

cpms-preferences-welcome = Vítejte v CPMS. Uveďte prosím svou profesní roli a tematické oblasti, ve kterých můžete poskytovat odborné rady; dokud tak neučiníte, nebudete nabízeni jako specialisté pro panely.
cpms-preferences-professional-role = Moje profesní role
cpms-preferences-no-value = [Není vybrána žádná hodnota]
cpms-preferences-thematic-areas = Tematické oblasti ERN
cpms-preferences-specialist-in = Specializuji se na:
cpms-preferences-none = Žádná
cpms-preferences-update = Aktualizovat preference ERN
cpms-preferences-role-missing = Zvolte svou profesní roli.
cpms-preferences-role-unknown = Zvolte svou profesní roli ze seznamu.
cpms-preferences-none-and-areas = { $network }: zaškrtněte „Žádná“, nebo tematické oblasti, ne obojí.
cpms-preferences-unknown-area = Neznámá tematická oblast.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Klinický genetik
cpms-role-dermatologist = Dermatolog
cpms-role-endocrinologist = Endokrinolog
cpms-role-haematologist = Hematolog
cpms-role-hepatologist = Hepatolog
cpms-role-nephrologist = Nefrolog
cpms-role-neurologist = Neurolog
cpms-role-oncologist = Onkolog
cpms-role-ophthalmologist = Oftalmolog
cpms-role-paediatrician = Pediatr
cpms-role-pathologist = Patolog
cpms-role-pulmonologist = Pneumolog
cpms-role-radiologist = Radiolog
cpms-role-rheumatologist = Revmatolog
cpms-role-surgeon = Chirurg
cpms-role-other-physician = Jiný lékař
cpms-role-nurse = Zdravotní sestra / zdravotník
cpms-role-psychologist = Psycholog
cpms-role-researcher = Výzkumný pracovník
cpms-role-other-health-professional = Jiný zdravotnický pracovník

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Žádné panely k zobrazení.
cpms-panel = Panel
cpms-thematic-area = Tematická oblast
cpms-panel-lead = Vedoucí
cpms-panel-status = Stav
cpms-panel-status-open = Otevřený
cpms-panel-status-closed = Uzavřený: { $outcome }
cpms-panel-all-panels = Všechny panely
cpms-panel-invited = Pozvaní specialisté
cpms-panel-invited-none = zatím nikdo
cpms-panel-case-summary = Shrnutí případu
cpms-panel-title = Název
cpms-panel-contributions = Příspěvky
cpms-panel-contributions-none = Zatím žádné příspěvky.
cpms-panel-comment = Komentář
cpms-panel-add-comment = Přidat komentář
cpms-panel-invite-heading = Pozvat specialisty
cpms-panel-no-candidates = Nelze pozvat žádného specialistu, který má ve svých preferencích ERN oblast „{ $area }“.
cpms-panel-specialist = Specialista
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Pozvat specialistu
cpms-panel-close = Uzavřít panel
cpms-panel-outcome = Výsledek
cpms-panel-new-no-areas = Tato síť zatím nemá žádné tematické oblasti, proto pro ni nelze vytvořit panel.
cpms-panel-new-create = Vytvořit panel
cpms-panel-new-choose-area = Zvolte tematickou oblast této sítě.
cpms-panel-not-invitable = Tohoto člena nelze pozvat: zvolte jednoho ze specialistů nabízených pro tematickou oblast panelu.
cpms-panel-comment-needed = Napište komentář (nejvýše 5000 znaků).
cpms-panel-choose-outcome = Zvolte jeden z výsledků.
cpms-panel-refused-view = Tento panel nevedete, nejste do něj pozváni ani jej nespravujete.
cpms-panel-refused-invite = Zvát mohou pouze vedoucí panelu a jeho správci, a to jen dokud je panel otevřený.
cpms-panel-refused-contribute = Přispívat mohou pouze účastníci panelu, a to jen dokud je panel otevřený.
cpms-panel-refused-close = Uzavřít panel mohou pouze jeho vedoucí a správci, a to jen jednou.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnóza potvrzena
cpms-outcome-treatment-recommended = Doporučena léčba
cpms-outcome-referred = Odesláno do jiného centra
cpms-outcome-no-consensus = Bez shody
cpms-outcome-other = Jiné

## A form field's problem.

cpms-field-required = Pole „{ $field }“ je povinné.
cpms-field-too-long = { $max ->
    [one] Pole „{ $field }“ smí mít nejvýše { $max } znak.
    [few] Pole „{ $field }“ smí mít nejvýše { $max } znaky.
   *[other] Pole „{ $field }“ smí mít nejvýše { $max } znaků.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Otevřené panely
cpms-kpis-closed-panels = Uzavřené panely
cpms-kpis-members = Členové
cpms-kpis-members-with-preferences = Členové s preferencemi ERN
cpms-kpis-unassigned = Dosud nepřidělené žádosti
cpms-kpis-pending-access-requests = Žádosti o přístup čekající na vyřízení

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, jménem koordinátora
cpms-assistance-none = Žádné žádosti o pomoc.
cpms-assistance-requested-by = Žadatel: { $name }.
cpms-assistance-assigned-to = Přiděleno: { $name }.
cpms-assistance-not-assigned = Nepřiděleno.
cpms-assistance-assign-to = Přidělit komu
cpms-assistance-assign = Přidělit
cpms-assistance-new = Nová žádost o pomoc
cpms-assistance-subject = Předmět
cpms-assistance-details = Podrobnosti
cpms-assistance-create = Vytvořit žádost o pomoc
cpms-assistance-required = Předmět a podrobnosti jsou povinné (nejvýše 200 a 5000 znaků).
cpms-assistance-choose-member = Zvolte člena této sítě, kterému má být žádost přidělena.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Pouze počty: žádná jména, e-maily ani podrobnosti případů.
cpms-reports-by-area = Panely podle tematické oblasti
cpms-reports-by-outcome = Uzavřené panely podle výsledku
cpms-reports-panels = Panely
cpms-reports-still-open = Stále otevřené

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Testovací účty
cpms-training-heading = Přihlásit se testovacím účtem
cpms-training-notice = Pouze pro školení: tyto účty a jejich data jsou odděleny od skutečných uživatelů a skutečných dat.
cpms-training-account = Testovací účet
cpms-training-sign-in = Přihlásit se tímto testovacím účtem
cpms-training-account-no-profile = { $username } ({ $name }): žádný profil CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } v { $organisation }
cpms-training-choose-account = Zvolte jeden z testovacích účtů.

## Signing in through EU Login.

cpms-sign-in-refused = Odpověď ze služby EU Login nebylo možné přijmout. Přihlaste se prosím znovu.
cpms-sign-in-two-factors = CPMS vyžaduje dvoufaktorové ověření (úroveň záruky „substantial“ nebo „high“). Přihlaste se prosím znovu a zvolte způsob ověření, například Mobilní telefon + SMS.
cpms-sign-in-training-only = Toto školicí nasazení nemá připojení ke službě EU Login. Použijte místo toho testovací účty.
cpms-sign-in-expired = Platnost tohoto přihlášení vypršela nebo již bylo použito. Přihlaste se prosím znovu.
cpms-sign-in-not-completed = EU Login přihlášení nedokončil. Zkuste to prosím znovu.
cpms-sign-in-incomplete = Odpověď na přihlášení je neúplná.

## Forms refused.

cpms-form-not-urlencoded = Formuláře musí být odesílány jako application/x-www-form-urlencoded.
cpms-form-other-site = Formulář byl odeslán z jiného webu.
cpms-form-too-large = Formulář odeslal více dat, než potřebuje kterýkoli z našich formulářů.
cpms-form-unreadable = Formulář se nepodařilo přečíst.
cpms-form-malformed = Formulář má neplatnou strukturu.
cpms-form-expired = Platnost tohoto formuláře vypršela nebo nebyl odeslán z našich stránek. Vraťte se zpět, obnovte stránku a zkuste to znovu.
cpms-form-wrong-kind = Formulář obsahuje pole nesprávného typu.

## Error pages: a title, then a message.

cpms-error-bad-request = S tímto požadavkem není něco v pořádku
cpms-error-form-refused = Tento formulář nelze přijmout
cpms-error-sign-in = Přihlaste se prosím
cpms-error-not-allowed = Váš profil neumožňuje přístup na tuto stránku
cpms-error-not-allowed-here = Mezi vašimi profily v této organizaci není žádný, který tato stránka vyžaduje.
cpms-error-not-found = Stránka nenalezena
cpms-error-not-found-text = Na této adrese žádná stránka není.
cpms-error-sign-in-not-completed = Přihlášení nebylo dokončeno
cpms-error-unavailable = Služba je dočasně nedostupná
cpms-error-unavailable-text = EU Login nebo CPMS teď nemůže odpovědět. Nic nebylo změněno; zkuste to prosím znovu za minutu.
cpms-error-internal = Na naší straně došlo k chybě
cpms-error-internal-text = Chyba byla zaznamenána. Zkuste to prosím znovu; pokud se chyba zopakuje, obraťte se na podporu.
cpms-error-page = Stránka
cpms-error-organisation = Organizace
cpms-error-profiles-needed = Profily, které tato stránka zde vyžaduje
cpms-error-profiles-held = Vaše profily zde
cpms-error-no-profiles = žádné
cpms-error-request-another-profile = Chcete-li požádat o oprávnění k používání CPMS s jiným profilem, klikněte sem
cpms-error-reference = Referenční číslo pro podporu:
cpms-error-start-page = Přejít na úvodní stránku
