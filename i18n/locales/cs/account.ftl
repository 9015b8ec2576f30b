## The overview ("My account")

account-title = Můj účet
account-name = Jméno
account-email = E-mail
account-email-language = Jazyk e-mailů
account-signed-in-since = Přihlášeni od
account-sign-out = Odhlásit se
account-change-password = Změnit heslo
account-access-link = Můj přístup k aplikacím
account-require-mfa = Vždy vyžadovat vícefaktorové ověření
account-save = Uložit
account-consents-heading = Aplikace, kterým jste udělili souhlas
account-consents-none = Zatím vás žádná aplikace nepožádala o souhlas.
account-consent-withdraw = Odvolat souhlas pro { $name }
account-offline-heading = Aplikace s offline přístupem
account-offline-hint = Tyto aplikace mohou jednat vaším jménem, i když nejste přihlášeni. Odvoláním to okamžitě ukončíte; aplikace vás budou muset požádat znovu.
account-offline-none = Žádná aplikace nemá offline přístup.
account-offline-until = (do { $until }, obnovuje se, dokud je používán)
account-offline-revoke = Odvolat offline přístup pro { $name }
account-delete = Smazat můj účet
account-delete-warning = Tím ukončíte všechny relace a odstraníte svůj účet i vše, co je o něm uchováváno. Tuto akci nelze vrátit zpět.
account-password = Heslo
account-back = Zpět na Můj účet

## Messages on the overview

account-password-changed = Vaše heslo bylo změněno. Ostatní prohlížeče byly odhlášeny.
account-mfa-on = Pro váš účet je nyní vždy vyžadováno vícefaktorové ověření.
account-mfa-off = Vícefaktorové ověření již není vždy vyžadováno.
account-mfa-confirm-first = Chcete-li to změnit, nejprve se ověřte druhým způsobem ověření (přihlaste se jím znovu).
account-delete-wrong-password = Toto není vaše heslo: účet nebyl smazán.
account-delete-confirm-first = Chcete-li účet smazat, nejprve se ověřte druhým způsobem ověření (přihlaste se jím znovu).
account-deleted-title = Váš účet byl smazán
account-deleted-text = Váš účet a vše, co bylo o něm uchováváno, bylo odstraněno.
account-create = Vytvořit účet

## Personal data

account-details-title = Osobní údaje
account-details-first-name = Jméno
account-details-last-name = Příjmení
account-details-email-heading = Změnit mou e-mailovou adresu
account-details-email-current = Vaše e-mailová adresa je { $email }. Na novou adresu pošleme odkaz; změna proběhne, jakmile jej otevřete.
account-details-new-email = Nový e-mail
account-details-send-link = Poslat potvrzovací odkaz
account-details-saved = Vaše osobní údaje byly uloženy.
account-details-link-sent = Na adresu { $email } jsme poslali odkaz. Otevřete jej, aby se tato adresa stala vaší e-mailovou adresou.
account-details-email-changed = Vaše e-mailová adresa je nyní { $email }.
account-details-wrong-password = Toto není vaše heslo.
account-details-email-confirm-first = Chcete-li změnit e-mailovou adresu, nejprve se ověřte druhým způsobem ověření (přihlaste se jím znovu).
account-details-link-invalid = Tento odkaz je neplatný, vypršela jeho platnost nebo již byl použit.
account-details-name-length = Jméno a příjmení musí mít 1 až 100 znaků.
account-details-choose-language = Zvolte jazyk e-mailů.
account-details-email-invalid = Zadejte platnou e-mailovou adresu.
account-details-email-same = Toto již je vaše e-mailová adresa.
account-details-too-many-mails = Bylo vyžádáno příliš mnoho e-mailů. Zkuste to znovu za hodinu.
account-details-email-taken = Tuto adresu nyní používá jiný účet.
account-email-title = Vaše e-mailová adresa
account-go = Přejít na Můj účet

## Display my sessions

account-sessions-title = Zobrazit mé relace
account-sessions-label = Mé relace
account-sessions-browser = Prohlížeč
account-sessions-address = Adresa
account-sessions-signed-in = Přihlášení
account-sessions-last-activity = Poslední aktivita
account-sessions-applications = Aplikace
account-sessions-this-browser = (tento prohlížeč)
account-sessions-no-applications = žádné
account-sessions-end = Ukončit relaci { $browser } ({ $started })
account-sessions-end-others = Ukončit všechny mé ostatní relace
account-session-ended = Relace byla ukončena.
account-session-already-ended = Tato relace již byla ukončena.
account-other-sessions-ended = Všechny ostatní relace byly ukončeny.
account-browser-on-system = { $browser } v systému { $system }

## Security history

account-history-title = Historie zabezpečení
account-history-intro = Všechny změny zabezpečení vašeho účtu, od nejnovějších. O každé z nich jsme vám také poslali e-mail.
account-history-none = Zatím nic.
account-history-when = Kdy
account-history-what = Co
account-history-from = Z adresy
