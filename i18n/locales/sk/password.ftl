## The form that sets a password (after registration, or from a reset link).

password-account = Konto:
password-rules-hint = Aspoň 10 znakov. Dlhé heslové frázy z nesúvisiacich slov sa ľahko pamätajú a ťažko uhádnu; vaše meno, váš e-mail a bežné heslá sa odmietajú.
password-problem = Vyskytol sa problém
password-new-label = Nové heslo
password-confirm-label = Potvrdenie nového hesla
password-set-submit = Nastaviť heslo
password-choose-new = Zvoľte si nové heslo
password-new-set-title = Vaše nové heslo je nastavené
password-new-set = Z bezpečnostných dôvodov boli ukončené všetky relácie vášho konta. Prihláste sa novým heslom.

## "Lost your password?"

password-lost-title = Zabudli ste heslo?
password-lost-intro = Zadajte e-mailovú adresu svojho konta. Pošleme vám odkaz na zvolenie nového hesla.
password-email-label = E-mail
password-lost-submit = Poslať odkaz
password-email-invalid = Zadajte platnú e-mailovú adresu.
password-check-mailbox = Skontrolujte svoju e-mailovú schránku
password-lost-sent = Ak je { $email } adresou niektorého konta, poslali sme na ňu odkaz na zvolenie nového hesla.
password-lost-link-once = Odkaz funguje raz, počas jednej hodiny.

## "Change password" (from My account).

password-change-title = Zmeniť heslo
password-change-hint = Zmenou hesla sa odhlásite zo všetkých ostatných prehliadačov.
password-current-label = Súčasné heslo
password-change-submit = Zmeniť heslo
password-back-to-account = Späť na Moje konto
password-not-current = Toto nie je vaše súčasné heslo.
password-mismatch = Zadané heslá sa nezhodujú.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Heslo musí mať aspoň { $count } znak.
    [few] Heslo musí mať aspoň { $count } znaky.
   *[other] Heslo musí mať aspoň { $count } znakov.
}
password-too-long = { $count ->
    [one] Heslo môže mať najviac { $count } znak.
    [few] Heslo môže mať najviac { $count } znaky.
   *[other] Heslo môže mať najviac { $count } znakov.
}
password-is-email = Heslo nesmie byť vaša e-mailová adresa.
password-guessable = Toto heslo je príliš bežné alebo ľahko uhádnuteľné. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Pridajte niekoľko ďalších neobvyklých slov.
password-advice-few-words = Použite niekoľko slov, vyhnite sa bežným frázam.
password-advice-no-symbols-needed = Symboly, číslice ani veľké písmená nie sú potrebné.
password-advice-another-word = Pridajte jedno alebo dve ďalšie slová. Neobvyklé slová sú lepšie.
password-advice-capitals = Veľké písmená veľmi nepomôžu.
password-advice-all-uppercase = Heslo písané len veľkými písmenami sa uhádne takmer rovnako ľahko ako heslo písané len malými.
password-advice-reversed = Slová písané odzadu sa uhádnu len o málo ťažšie.
password-advice-substitutions = Predvídateľné zámeny, napríklad „@“ namiesto „a“, veľmi nepomôžu.
password-advice-keyboard = Použite dlhší vzor na klávesnici s viacerými zmenami smeru.
password-advice-repeats = Vyhnite sa opakovaným slovám a znakom.
password-advice-sequences = Vyhnite sa postupnostiam.
password-advice-recent-years = Vyhnite sa nedávnym rokom.
password-advice-your-years = Vyhnite sa rokom, ktoré s vami súvisia.
password-advice-your-dates = Vyhnite sa dátumom a rokom, ktoré s vami súvisia.

## Lines of an account's security history (lower case).

password-history-changed = heslo zmenené
password-history-reset = heslo obnovené pomocou odkazu zaslaného e-mailom
password-history-secured = konto zabezpečené pomocou odkazu z e-mailu: heslo, bezpečnostné kľúče a kódy na obnovenie odstránené, všetky relácie ukončené
