# Technical terms stay in English: client id, redirect URI, PKCE, private_key_jwt, DPoP,
# FAPI 2.0, RS256, pairwise, userinfo, and the commands (idp client add, ...).

## Who may use the console

admin-not-admin-title = Tato konzole je určena správcům
admin-not-admin-text = Váš účet není účtem správce. Nic nebylo zobrazeno ani změněno.
admin-my-account = Můj účet
admin-second-factor-title = Nejprve se ověřte druhým faktorem
admin-second-factor-text = Konzole operátorů pracuje s účty jiných osob, proto vyžaduje přihlášení s druhým faktorem.
admin-second-factor-again-title = Znovu se ověřte druhým faktorem
admin-second-factor-again-text = Váš druhý faktor byl ověřen před více než 15 minutami. Ověřte jej znovu a poté akci zopakujte: nic nebylo změněno.
admin-second-factor-link = Ověřit se druhým faktorem
admin-held-title = Váš účet je dočasně omezen

## Shared by the console's pages

admin-back = Zpět
admin-back-to-console = Zpět do konzole
admin-search = Hledat
admin-first-page = První stránka
admin-next-page = Další stránka
admin-pages = Stránky
admin-when = Kdy
admin-from = Z adresy
admin-created = Vytvořeno
admin-name = Jméno
admin-email = E-mail
admin-status = Stav

## The console's home page

admin-title = Konzole operátorů
admin-home-intro = Přihlášeni jako { $operator }. Každá zde provedená akce se zaznamenává do protokolu operátorů a, pokud se týká osoby, do její historie zabezpečení.
admin-menu-users = Uživatelé
admin-menu-users-text = vyhledání osoby, odemčení, ukončení relací, odstranění ztraceného telefonu nebo zařízení, deaktivace nebo aktivace, odeslání e-mailu pro obnovení hesla
admin-menu-clients = Klienti
admin-menu-clients-text = aplikace, které přihlašují uživatele
admin-menu-keys = Podpisové klíče
admin-menu-access = Přístup
admin-menu-access-text = žádosti čekající na vyřízení a udělené přístupy všech sítí
admin-menu-log = Protokol operátorů

## Users

admin-users-title = Uživatelé
admin-users-search-hint = Začátek e-mailové adresy, jména nebo příjmení, případně „jméno příjmení“.
admin-users-none = Nebyl nalezen žádný účet.
admin-account = Účet
admin-user-active = aktivní
admin-user-disabled = deaktivován
admin-user-locked-until = uzamčen po chybných heslech do { $until }
admin-user-administrator = správce
admin-factors = Druhé faktory
admin-factors-none = Žádné.
admin-factor-phone = Mobilní telefon { $number }
admin-factor-phone-unconfirmed = Mobilní telefon { $number } (nepotvrzený)
admin-factor-device = Mobilní zařízení „{ $name }“
admin-factor-token = Token (ověřovací aplikace)
admin-factor-security-key = Bezpečnostní klíč „{ $name }“
admin-factor-added = { $factor }, přidáno { $added }
admin-factor-remove = Odstranit: { $factor }
admin-sessions = Relace
admin-sessions-none = Žádná otevřená relace.
admin-session-browser = Prohlížeč
admin-session-address = Adresa
admin-session-started = Přihlášení
admin-session-last-activity = Poslední aktivita
admin-session-applications = Aplikace
admin-session-no-applications = žádné
admin-actions = Akce
admin-unlock = Odemknout účet
admin-send-reset = Odeslat e-mail pro obnovení hesla
admin-end-sessions = Ukončit všechny relace
admin-enable = Aktivovat účet
admin-disable = Deaktivovat účet
admin-history = Historie zabezpečení
admin-history-none = Zatím nic.
admin-history-what = Co
admin-back-to-users = Zpět na Uživatele

## What an action on an account did

admin-unlocked-title = Účet odemčen
admin-unlocked-text = { $email } se může znovu přihlásit se správným heslem; vlastník byl informován e-mailem.
admin-sessions-ended-title = Všechny relace ukončeny
admin-sessions-ended-text = Všechny relace účtu { $email } byly ukončeny a vše, co bylo předáno aplikacím, bylo odvoláno.
admin-admin-disable-title = Účet správce se deaktivuje na serveru
admin-admin-disable-text = Účty správců se deaktivují příkazem idp user disable na serveru, nikoli z konzole.
admin-disabled-title = Účet deaktivován
admin-disabled-text = { $email } se nemůže přihlásit; všechny relace byly ukončeny a tokeny účtu odvolány.
admin-enabled-title = Účet aktivován
admin-enabled-text = { $email } se může znovu přihlásit.
admin-already-disabled-title = Již deaktivován
admin-already-disabled-text = Účet { $email } již byl deaktivován; nic se nezměnilo.
admin-already-enabled-title = Již aktivován
admin-already-enabled-text = Účet { $email } již byl aktivní; nic se nezměnilo.
admin-reset-sent-title = E-mail pro obnovení hesla odeslán
admin-reset-sent-text = Odkaz pro zvolení nového hesla byl odeslán na adresu { $email }.
admin-no-mail-title = Žádný e-mail nebyl odeslán
admin-no-mail-text = Na adresu { $email } bylo v poslední době odesláno příliš mnoho e-mailů; zkuste to později.
admin-nothing-removed-title = Nic nebylo odstraněno
admin-nothing-removed-text = Účet takový faktor nemá (možná byl mezitím odstraněn).
admin-factor-removed-title = Faktor odstraněn
admin-factor-removed-text = Faktor byl z účtu { $email } odstraněn; vlastník byl informován e-mailem.

## Clients (the applications that sign people in)

admin-clients-title = Klienti
admin-client-id = Client id
admin-client-kind = Typ
admin-redirect-uris = Redirect URI
admin-redirect-uris-hint = Jedna na řádek: https, nebo http na adrese loopback.
admin-kind-confidential-option = Důvěrný (s tajemstvím)
admin-kind-public-option = Veřejný (PKCE, bez tajemství)
admin-kind-keys = důvěrný (private_key_jwt)
admin-kind-secret = důvěrný (tajemství)
admin-kind-public = veřejný (PKCE)
admin-client-add = Přidat klienta
admin-client-add-button = Přidat klienta
admin-clients-cli-hint = Klíče (private_key_jwt), DPoP, identifikátory pairwise a profil FAPI 2.0 se nastavují na příkazovém řádku:
admin-client-title = Klient { $id }
admin-redirect-uris-save = Uložit redirect URI
admin-secret = Tajemství
admin-secret-rotate-hint = Současné tajemství okamžitě přestane fungovat; nové se zobrazí jen jednou.
admin-secret-rotate = Vyměnit tajemství
admin-remove = Odstranit
admin-client-remove = Odstranit klienta { $id }
admin-back-to-clients = Zpět na Klienty
admin-client-added-title = Klient přidán
admin-client-added-public = Klient { $id } je zaregistrován jako veřejný klient (PKCE, bez tajemství).
admin-secret-rotated-title = Tajemství klienta vyměněno
admin-secret-shown-once = Tajemství klienta { $id } se zobrazuje pouze nyní; zkopírujte je hned do konfigurace aplikace.
admin-client-secret = Tajemství klienta
admin-done = Hotovo
admin-uris-saved-title = Redirect URI uloženy
admin-uris-saved-text = Klient { $id } nyní přijímá: { $uris }
admin-client-removed-title = Klient odstraněn
admin-client-removed-text = Klient { $id } byl odstraněn: jeho tokeny již nefungují na koncovém bodu userinfo a již nemůže nikoho přihlásit.
admin-uris-none = je potřeba alespoň jedna redirect URI
admin-uris-too-many = { $max ->
    [one] nejvýše { $max } redirect URI
    [few] nejvýše { $max } redirect URI
   *[other] nejvýše { $max } redirect URI
}
admin-no-such-client = žádný klient nemá id { $id }
admin-uris-checked = klient { $id } má identifikátory pairwise nebo profil FAPI 2.0, pro které byly jeho redirect URI ověřeny: změňte je příkazy idp client remove a idp client add
admin-no-secret = klient { $id } nemá tajemství (je veřejný, nebo se podepisuje svými klíči)

## Signing keys

admin-keys-title = Podpisové klíče
admin-key-id = Id klíče
admin-key-algorithm = Algoritmus
admin-key-state = Stav
admin-key-signs = podepisuje
admin-key-retired-published = vyřazen, stále zveřejněn
admin-key-retired = vyřazen
admin-key-rotate-heading = Výměna klíče
admin-key-rotate = Vyměnit podpisový klíč
admin-key-rotated-title = Podpisový klíč vyměněn
admin-key-rotated-text = Tokeny { $alg } jsou nyní podepisovány klíčem { $kid }; předchozí klíč zůstává zveřejněn, dokud mohou být tokeny, které podepsal, ještě používány.

## The operators' log

admin-log-title = Protokol operátorů
admin-log-label = Protokol operátorů
admin-log-search-hint = Začátek e-mailu operátora, objektu akce nebo akce samotné.
admin-log-none = Žádný záznam.
admin-log-operator = Operátor
admin-log-action = Akce
admin-log-target = Objekt
