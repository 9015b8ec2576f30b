## The form that sets a password (after registration, or from a reset link).

password-account = Účet:
password-rules-hint = Alespoň 10 znaků. Dlouhé heslové fráze z nesouvisejících slov se snadno pamatují a těžko uhodnou; vaše jméno, váš e-mail a běžná hesla jsou odmítnuty.
password-problem = Vyskytl se problém
password-new-label = Nové heslo
password-confirm-label = Potvrzení nového hesla
password-set-submit = Nastavit heslo
password-choose-new = Zvolte nové heslo
password-new-set-title = Vaše nové heslo je nastaveno
password-new-set = Z bezpečnostních důvodů byly ukončeny všechny relace vašeho účtu. Přihlaste se novým heslem.

## "Lost your password?"

password-lost-title = Zapomněli jste heslo?
password-lost-intro = Zadejte e-mailovou adresu svého účtu. Pošleme vám odkaz pro zvolení nového hesla.
password-email-label = E-mail
password-lost-submit = Poslat odkaz
password-email-invalid = Zadejte platnou e-mailovou adresu.
password-check-mailbox = Zkontrolujte svou e-mailovou schránku
password-lost-sent = Pokud je { $email } adresou některého účtu, poslali jsme na ni odkaz pro zvolení nového hesla.
password-lost-link-once = Odkaz funguje jednou, po dobu jedné hodiny.

## "Change password" (from My account).

password-change-title = Změnit heslo
password-change-hint = Změnou hesla budete odhlášeni ze všech ostatních prohlížečů.
password-current-label = Současné heslo
password-change-submit = Změnit heslo
password-back-to-account = Zpět na Můj účet
password-not-current = Toto není vaše současné heslo.
password-mismatch = Zadaná hesla se neshodují.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Heslo musí mít alespoň { $count } znak.
    [few] Heslo musí mít alespoň { $count } znaky.
   *[other] Heslo musí mít alespoň { $count } znaků.
}
password-too-long = { $count ->
    [one] Heslo smí mít nejvýše { $count } znak.
    [few] Heslo smí mít nejvýše { $count } znaky.
   *[other] Heslo smí mít nejvýše { $count } znaků.
}
password-is-email = Heslo nesmí být vaše e-mailová adresa.
password-guessable = Toto heslo je příliš běžné nebo snadno uhodnutelné. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Přidejte několik dalších neobvyklých slov.
password-advice-few-words = Použijte několik slov, vyhněte se běžným frázím.
password-advice-no-symbols-needed = Symboly, číslice ani velká písmena nejsou potřeba.
password-advice-another-word = Přidejte jedno nebo dvě další slova. Neobvyklá slova jsou lepší.
password-advice-capitals = Velká písmena příliš nepomohou.
password-advice-all-uppercase = Heslo psané jen velkými písmeny se uhodne téměř stejně snadno jako heslo psané jen malými.
password-advice-reversed = Slova psaná pozpátku se uhodnou jen o málo hůř.
password-advice-substitutions = Předvídatelné záměny, například „@“ místo „a“, příliš nepomohou.
password-advice-keyboard = Použijte delší vzor na klávesnici s více změnami směru.
password-advice-repeats = Vyhněte se opakovaným slovům a znakům.
password-advice-sequences = Vyhněte se posloupnostem.
password-advice-recent-years = Vyhněte se nedávným letopočtům.
password-advice-your-years = Vyhněte se letopočtům, které s vámi souvisejí.
password-advice-your-dates = Vyhněte se datům a letopočtům, které s vámi souvisejí.

## Lines of an account's security history (lower case).

password-history-changed = heslo změněno
password-history-reset = heslo obnoveno pomocí odkazu zaslaného e-mailem
password-history-secured = účet zabezpečen pomocí odkazu z e-mailu: heslo, bezpečnostní klíče a kódy pro obnovení odstraněny, všechny relace ukončeny
