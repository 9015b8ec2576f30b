## "Create an account": the form.

register-title = Vytvořit účet
register-problem = Vyskytl se problém
register-first-name-label = Jméno
register-last-name-label = Příjmení
register-email-label = E-mail
register-confirm-email-label = Potvrzení e-mailu
register-language-label = Jazyk e-mailů
register-privacy-acknowledge = Zaškrtnutím tohoto políčka potvrzujete, že jste si přečetli { $statement } a porozuměli mu
register-privacy-statement = prohlášení o ochraně osobních údajů
register-submit = Vytvořit účet
register-robot-intro = Váš prohlížeč vyřeší malou úlohu, aby prokázal, že není robot. Vyžaduje to JavaScript a trvá to sekundu nebo dvě.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Zadejte své jméno (nejvýše 100 znaků).
register-last-name-invalid = Zadejte své příjmení (nejvýše 100 znaků).
register-email-invalid = Zadejte platnou e-mailovou adresu, např. name@hospital.eu.
register-emails-differ = Zadané e-mailové adresy se neshodují.
register-language-invalid = Zvolte jazyk e-mailů.
register-privacy-required = Musíte potvrdit, že jste se seznámili s prohlášením o ochraně osobních údajů.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Zkontrolujte svou e-mailovou schránku
register-mail-sent = Na adresu { $email } jsme odeslali zprávu.
register-open-link = Do 24 hodin otevřete odkaz, který obsahuje, abyste potvrdili svou e-mailovou adresu a zvolili si heslo.
register-look-in-spam = Pokud zpráva do několika minut nedorazí, podívejte se do složky nevyžádané pošty.
register-choose-password = Zvolte si heslo
register-ready-title = Váš účet je připraven
register-ready = Vaše e-mailová adresa { $email } je potvrzena a heslo je nastaveno.
register-already-title = Účet už máte
register-already = Účet s touto e-mailovou adresou již existuje. Přihlaste se, nebo použijte možnost „Zapomněli jste heslo?“.
register-sign-in = Přihlásit se

## The anti-robot check.

register-robot-title = Kontrola proti robotům
register-robot-checking = Ověřujeme, že nejste robot…
register-robot-done = Ověřujeme, že nejste robot… hotovo
register-robot-malformed = Kontrola proti robotům chybí nebo je neplatná.
register-robot-expired = Platnost kontroly proti robotům vypršela; zkuste to prosím znovu.
register-robot-unsolved = Kontrola proti robotům nebyla vyřešena.
register-robot-reused = Kontrola proti robotům již byla použita; zkuste to prosím znovu.
register-robot-other-address = Kontrola proti robotům byla provedena pro jinou síťovou adresu; zkuste to prosím znovu.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Prohlášení o ochraně osobních údajů
register-privacy-kept = { $site } uchovává vaše jméno, e-mailovou adresu, jazyk e-mailů, solený otisk (hash) vašeho hesla argon2id a po dobu vašeho přihlášení také adresu a název vašeho prohlížeče, aby vás mohl přihlašovat do aplikací Evropských referenčních sítí.
register-privacy-shared = Nic se nesdílí se třetími stranami; kontrola proti robotům probíhá ve vašem prohlížeči. Aplikace, do kterých se přihlašujete, dostávají pouze to, o co požádají a co povolíte.

## Confirming a new e-mail address.

register-email-confirm-title = Potvrďte svou novou e-mailovou adresu
register-email-confirm-button = Potvrdit mou novou e-mailovou adresu
