# Technical terms stay in English: client id, redirect URI, PKCE, private_key_jwt, DPoP,
# FAPI 2.0, RS256, pairwise, userinfo, and the commands (idp client add, ...).

## Who may use the console

admin-not-admin-title = Táto konzola je určená administrátorom
admin-not-admin-text = Vaše konto nie je kontom administrátora. Nič sa nezobrazilo ani nezmenilo.
admin-my-account = Moje konto
admin-second-factor-title = Najprv sa overte druhým faktorom
admin-second-factor-text = Konzola operátorov pracuje s kontami iných osôb, preto vyžaduje prihlásenie s druhým faktorom.
admin-second-factor-again-title = Znova sa overte druhým faktorom
admin-second-factor-again-text = Váš druhý faktor bol overený pred viac ako 15 minútami. Overte ho znova a potom akciu zopakujte: nič sa nezmenilo.
admin-second-factor-link = Overiť sa druhým faktorom
admin-held-title = Vaše konto je dočasne obmedzené

## Shared by the console's pages

admin-back = Späť
admin-back-to-console = Späť do konzoly
admin-search = Hľadať
admin-first-page = Prvá stránka
admin-next-page = Ďalšia stránka
admin-pages = Stránky
admin-when = Kedy
admin-from = Z adresy
admin-created = Vytvorené
admin-name = Meno
admin-email = E-mail
admin-status = Stav

## The console's home page

admin-title = Konzola operátorov
admin-home-intro = Prihlásení ako { $operator }. Každá akcia vykonaná tu sa zaznamenáva do denníka operátorov a, ak sa týka osoby, do jej histórie zabezpečenia.
admin-menu-users = Používatelia
admin-menu-users-text = vyhľadanie osoby, odomknutie, ukončenie relácií, odstránenie strateného telefónu alebo zariadenia, deaktivácia alebo aktivácia, poslanie e-mailu na obnovenie hesla
admin-menu-clients = Klienti
admin-menu-clients-text = aplikácie, ktoré prihlasujú používateľov
admin-menu-keys = Podpisové kľúče
admin-menu-access = Prístup
admin-menu-access-text = žiadosti čakajúce na vybavenie a udelené prístupy všetkých sietí
admin-menu-log = Denník operátorov

## Users

admin-users-title = Používatelia
admin-users-search-hint = Začiatok e-mailovej adresy, mena alebo priezviska, prípadne „meno priezvisko“.
admin-users-none = Nenašlo sa žiadne konto.
admin-account = Konto
admin-user-active = aktívne
admin-user-disabled = deaktivované
admin-user-locked-until = zamknuté po nesprávnych heslách do { $until }
admin-user-administrator = administrátor
admin-factors = Druhé faktory
admin-factors-none = Žiadne.
admin-factor-phone = Mobilný telefón { $number }
admin-factor-phone-unconfirmed = Mobilný telefón { $number } (nepotvrdený)
admin-factor-device = Mobilné zariadenie „{ $name }“
admin-factor-token = Token (overovacia aplikácia)
admin-factor-security-key = Bezpečnostný kľúč „{ $name }“
admin-factor-added = { $factor }, pridané { $added }
admin-factor-remove = Odstrániť: { $factor }
admin-sessions = Relácie
admin-sessions-none = Žiadna otvorená relácia.
admin-session-browser = Prehliadač
admin-session-address = Adresa
admin-session-started = Prihlásenie
admin-session-last-activity = Posledná aktivita
admin-session-applications = Aplikácie
admin-session-no-applications = žiadne
admin-actions = Akcie
admin-unlock = Odomknúť konto
admin-send-reset = Poslať e-mail na obnovenie hesla
admin-end-sessions = Ukončiť všetky relácie
admin-enable = Aktivovať konto
admin-disable = Deaktivovať konto
admin-history = História zabezpečenia
admin-history-none = Zatiaľ nič.
admin-history-what = Čo
admin-back-to-users = Späť na Používateľov

## What an action on an account did

admin-unlocked-title = Konto odomknuté
admin-unlocked-text = { $email } sa môže znova prihlásiť so správnym heslom; vlastník bol informovaný e-mailom.
admin-sessions-ended-title = Všetky relácie ukončené
admin-sessions-ended-text = Všetky relácie konta { $email } boli ukončené a všetko, čo bolo odovzdané aplikáciám, bolo odvolané.
admin-admin-disable-title = Konto administrátora sa deaktivuje na serveri
admin-admin-disable-text = Kontá administrátorov sa deaktivujú príkazom idp user disable na serveri, nie z konzoly.
admin-disabled-title = Konto deaktivované
admin-disabled-text = { $email } sa nemôže prihlásiť; všetky relácie boli ukončené a tokeny konta odvolané.
admin-enabled-title = Konto aktivované
admin-enabled-text = { $email } sa môže znova prihlásiť.
admin-already-disabled-title = Už deaktivované
admin-already-disabled-text = Konto { $email } už bolo deaktivované; nič sa nezmenilo.
admin-already-enabled-title = Už aktivované
admin-already-enabled-text = Konto { $email } už bolo aktívne; nič sa nezmenilo.
admin-reset-sent-title = E-mail na obnovenie hesla poslaný
admin-reset-sent-text = Odkaz na zvolenie nového hesla bol poslaný na adresu { $email }.
admin-no-mail-title = Žiadny e-mail nebol poslaný
admin-no-mail-text = Na adresu { $email } bolo v poslednom čase poslaných príliš veľa e-mailov; skúste to neskôr.
admin-nothing-removed-title = Nič nebolo odstránené
admin-nothing-removed-text = Konto taký faktor nemá (možno bol medzitým odstránený).
admin-factor-removed-title = Faktor odstránený
admin-factor-removed-text = Faktor bol z konta { $email } odstránený; vlastník bol informovaný e-mailom.

## Clients (the applications that sign people in)

admin-clients-title = Klienti
admin-client-id = Client id
admin-client-kind = Typ
admin-redirect-uris = Redirect URI
admin-redirect-uris-hint = Jedna na riadok: https, alebo http na adrese loopback.
admin-kind-confidential-option = Dôverný (s tajomstvom)
admin-kind-public-option = Verejný (PKCE, bez tajomstva)
admin-kind-keys = dôverný (private_key_jwt)
admin-kind-secret = dôverný (tajomstvo)
admin-kind-public = verejný (PKCE)
admin-client-add = Pridať klienta
admin-client-add-button = Pridať klienta
admin-clients-cli-hint = Kľúče (private_key_jwt), DPoP, identifikátory pairwise a profil FAPI 2.0 sa nastavujú v príkazovom riadku:
admin-client-title = Klient { $id }
admin-redirect-uris-save = Uložiť redirect URI
admin-secret = Tajomstvo
admin-secret-rotate-hint = Súčasné tajomstvo okamžite prestane fungovať; nové sa zobrazí iba raz.
admin-secret-rotate = Vymeniť tajomstvo
admin-remove = Odstrániť
admin-client-remove = Odstrániť klienta { $id }
admin-back-to-clients = Späť na Klientov
admin-client-added-title = Klient pridaný
admin-client-added-public = Klient { $id } je zaregistrovaný ako verejný klient (PKCE, bez tajomstva).
admin-secret-rotated-title = Tajomstvo klienta vymenené
admin-secret-shown-once = Tajomstvo klienta { $id } sa zobrazuje iba teraz; hneď ho skopírujte do konfigurácie aplikácie.
admin-client-secret = Tajomstvo klienta
admin-done = Hotovo
admin-uris-saved-title = Redirect URI uložené
admin-uris-saved-text = Klient { $id } teraz prijíma: { $uris }
admin-client-removed-title = Klient odstránený
admin-client-removed-text = Klient { $id } bol odstránený: jeho tokeny už nefungujú na koncovom bode userinfo a už nemôže nikoho prihlásiť.
admin-uris-none = je potrebná aspoň jedna redirect URI
admin-uris-too-many = { $max ->
    [one] najviac { $max } redirect URI
    [few] najviac { $max } redirect URI
   *[other] najviac { $max } redirect URI
}
admin-no-such-client = žiadny klient nemá id { $id }
admin-uris-checked = klient { $id } má identifikátory pairwise alebo profil FAPI 2.0, pre ktoré boli jeho redirect URI overené: zmeňte ich príkazmi idp client remove a idp client add
admin-no-secret = klient { $id } nemá tajomstvo (je verejný alebo sa podpisuje svojimi kľúčmi)

## Signing keys

admin-keys-title = Podpisové kľúče
admin-key-id = Id kľúča
admin-key-algorithm = Algoritmus
admin-key-state = Stav
admin-key-signs = podpisuje
admin-key-retired-published = vyradený, stále zverejnený
admin-key-retired = vyradený
admin-key-rotate-heading = Výmena kľúča
admin-key-rotate = Vymeniť podpisový kľúč
admin-key-rotated-title = Podpisový kľúč vymenený
admin-key-rotated-text = Tokeny { $alg } sa teraz podpisujú kľúčom { $kid }; predchádzajúci kľúč zostáva zverejnený, kým sa môžu ešte používať tokeny, ktoré podpísal.

## The operators' log

admin-log-title = Denník operátorov
admin-log-label = Denník operátorov
admin-log-search-hint = Začiatok e-mailu operátora, objektu akcie alebo samotnej akcie.
admin-log-none = Žiadny záznam.
admin-log-operator = Operátor
admin-log-action = Akcia
admin-log-target = Objekt
