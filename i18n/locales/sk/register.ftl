## "Create an account": the form.

register-title = Vytvoriť konto
register-problem = Vyskytol sa problém
register-first-name-label = Meno
register-last-name-label = Priezvisko
register-email-label = E-mail
register-confirm-email-label = Potvrdenie e-mailu
register-language-label = Jazyk e-mailov
register-privacy-acknowledge = Začiarknutím tohto políčka potvrdzujete, že ste si prečítali { $statement } a porozumeli ste mu
register-privacy-statement = vyhlásenie o ochrane osobných údajov
register-submit = Vytvoriť konto
register-robot-intro = Váš prehliadač vyrieši malú úlohu, aby preukázal, že nie je robot. Vyžaduje to JavaScript a trvá to sekundu alebo dve.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Zadajte svoje meno (najviac 100 znakov).
register-last-name-invalid = Zadajte svoje priezvisko (najviac 100 znakov).
register-email-invalid = Zadajte platnú e-mailovú adresu, napr. name@hospital.eu.
register-emails-differ = Zadané e-mailové adresy sa nezhodujú.
register-language-invalid = Vyberte jazyk e-mailov.
register-privacy-required = Musíte potvrdiť, že ste sa oboznámili s vyhlásením o ochrane osobných údajov.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Skontrolujte svoju e-mailovú schránku
register-mail-sent = Na adresu { $email } sme poslali správu.
register-open-link = Do 24 hodín otvorte odkaz, ktorý obsahuje, aby ste potvrdili svoju e-mailovú adresu a zvolili si heslo.
register-look-in-spam = Ak správa do niekoľkých minút nepríde, pozrite sa do priečinka nevyžiadanej pošty.
register-choose-password = Zvoľte si heslo
register-ready-title = Vaše konto je pripravené
register-ready = Vaša e-mailová adresa { $email } je potvrdená a heslo je nastavené.
register-already-title = Konto už máte
register-already = Konto s touto e-mailovou adresou už existuje. Prihláste sa alebo použite možnosť „Zabudli ste heslo?“.
register-sign-in = Prihlásiť sa

## The anti-robot check.

register-robot-title = Kontrola proti robotom
register-robot-checking = Overujeme, že nie ste robot…
register-robot-done = Overujeme, že nie ste robot… hotovo
register-robot-malformed = Kontrola proti robotom chýba alebo je neplatná.
register-robot-expired = Platnosť kontroly proti robotom uplynula; skúste to znova.
register-robot-unsolved = Kontrola proti robotom nebola vyriešená.
register-robot-reused = Kontrola proti robotom už bola použitá; skúste to znova.
register-robot-other-address = Kontrola proti robotom bola vykonaná pre inú sieťovú adresu; skúste to znova.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Vyhlásenie o ochrane osobných údajov
register-privacy-kept = { $site } uchováva vaše meno, e-mailovú adresu, jazyk e-mailov, solený odtlačok (hash) vášho hesla argon2id a počas vášho prihlásenia aj adresu a názov vášho prehliadača, aby vás mohol prihlasovať do aplikácií európskych referenčných sietí.
register-privacy-shared = Nič sa nezdieľa s tretími stranami; kontrola proti robotom prebieha vo vašom prehliadači. Aplikácie, do ktorých sa prihlasujete, dostávajú iba to, o čo požiadajú a čo povolíte.

## Confirming a new e-mail address.

register-email-confirm-title = Potvrďte svoju novú e-mailovú adresu
register-email-confirm-button = Potvrdiť moju novú e-mailovú adresu
