## The error page: a title, a sentence, a link to the start page and a reference.

errors-bad-request-title = S tímto požadavkem není něco v pořádku
errors-forbidden-title = Tento formulář nelze přijmout
errors-not-found-title = Stránka nenalezena
errors-not-found = Na této adrese žádná stránka není.
errors-too-large-title = Příliš mnoho dat
errors-too-large = Formulář odeslal více dat, než potřebuje kterýkoli z našich formulářů.
errors-too-many-requests-title = Příliš mnoho požadavků
errors-unavailable-title = Služba je dočasně nedostupná
errors-unavailable = Služba teď nemůže odpovědět. Nic nebylo změněno; zkuste to prosím znovu za minutu.
errors-internal-title = Na naší straně došlo k chybě
errors-internal = Chyba byla zaznamenána. Zkuste to prosím znovu; pokud se chyba zopakuje, obraťte se na podporu a uveďte níže uvedené referenční číslo.
errors-go-to-start = Přejít na úvodní stránku
errors-reference = Referenční číslo pro podporu:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Formuláře musí být odesílány jako application/x-www-form-urlencoded.
errors-form-other-site = Formulář byl odeslán z jiného webu.
errors-form-unreadable = Formulář se nepodařilo přečíst.
errors-form-malformed = Formulář má neplatnou strukturu.
errors-form-expired = Platnost tohoto formuláře vypršela nebo nebyl odeslán z našich stránek. Vraťte se zpět, obnovte stránku a zkuste to znovu.
errors-form-wrong-kind = Formulář obsahuje pole nesprávného typu.

## Mails and links.

errors-too-many-mails = Pro tuto adresu nebo z vaší sítě bylo vyžádáno příliš mnoho e-mailů. Zkuste to prosím znovu za hodinu.
errors-link-invalid-title = Tento odkaz nelze použít
errors-link-invalid = Odkaz je neplatný, vypršela jeho platnost nebo již byl použit. Odkazy v našich e-mailech fungují jen jednou.
errors-go-to-sign-in = Přejít na přihlášení
