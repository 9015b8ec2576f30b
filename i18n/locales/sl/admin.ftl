# Konzola operaterjev na /admin (za skrbnike). Vnosi dnevnika operaterjev ostanejo v
# angleščini, prav tako tehnični izrazi (client id, redirect URI, PKCE, private_key_jwt,
# DPoP, FAPI 2.0, RS256, ukaz »idp client add«). (Glossary: see login.ftl; client = odjemalec.)

## Kdo lahko uporablja konzolo

admin-not-admin-title = Ta konzola je namenjena skrbnikom
admin-not-admin-text = Vaš račun ni skrbniški. Nič ni bilo prikazano ali spremenjeno.
admin-my-account = Moj račun
admin-second-factor-title = Najprej potrdite z drugim dejavnikom
admin-second-factor-text = Konzola operaterjev posega v račune drugih oseb, zato je potrebna prijava z drugim dejavnikom.
admin-second-factor-again-title = Znova potrdite z drugim dejavnikom
admin-second-factor-again-text = Drugi dejavnik ste potrdili pred več kot 15 minutami. Znova ga potrdite in nato ponovite dejanje: nič ni bilo spremenjeno.
admin-second-factor-link = Potrdi z drugim dejavnikom
admin-held-title = Vaš račun je začasno omejen

## Skupno stranem konzole

admin-back = Nazaj
admin-back-to-console = Nazaj na konzolo
admin-search = Išči
admin-first-page = Prva stran
admin-next-page = Naslednja stran
admin-pages = Strani
admin-when = Kdaj
admin-from = Od kod
admin-created = Ustvarjeno
admin-name = Ime
admin-email = E-pošta
admin-status = Stanje

## Domača stran konzole

admin-title = Konzola operaterjev
admin-home-intro = Prijavljeni ste kot { $operator }. Vsako dejanje tukaj se zabeleži v dnevnik operaterjev in, če zadeva osebo, v njeno varnostno zgodovino.
admin-menu-users = Uporabniki
admin-menu-users-text = iskanje oseb, odklepanje, končanje sej, odstranitev izgubljenega telefona ali naprave, onemogočanje ali omogočanje, pošiljanje sporočila za ponastavitev gesla
admin-menu-clients = Odjemalci
admin-menu-clients-text = aplikacije, ki prijavljajo uporabnike
admin-menu-keys = Ključi za podpisovanje
admin-menu-access = Dostop
admin-menu-access-text = zahteve v obravnavi in dodeljeni dostopi vseh mrež
admin-menu-log = Dnevnik operaterjev

## Uporabniki

admin-users-title = Uporabniki
admin-users-search-hint = Začetek e-poštnega naslova, imena ali priimka oziroma »ime priimek«.
admin-users-none = Ni najdenega računa.
admin-account = Račun
admin-user-active = aktiven
admin-user-disabled = onemogočen
admin-user-locked-until = zaklenjen zaradi napačnih gesel do { $until }
admin-user-administrator = skrbnik
admin-factors = Drugi dejavniki
admin-factors-none = Nobenega.
admin-factor-phone = Mobilni telefon { $number }
admin-factor-phone-unconfirmed = Mobilni telefon { $number } (ni potrjen)
admin-factor-device = Mobilna naprava »{ $name }«
admin-factor-token = Žeton (aplikacija za preverjanje pristnosti)
admin-factor-security-key = Varnostni ključ »{ $name }«
admin-factor-added = { $factor }, dodano { $added }
admin-factor-remove = Odstrani: { $factor }
admin-sessions = Seje
admin-sessions-none = Ni odprtih sej.
admin-session-browser = Brskalnik
admin-session-address = Naslov
admin-session-started = Prijava
admin-session-last-activity = Zadnja dejavnost
admin-session-applications = Aplikacije
admin-session-no-applications = nobena
admin-actions = Dejanja
admin-unlock = Odkleni račun
admin-send-reset = Pošlji sporočilo za ponastavitev gesla
admin-end-sessions = Končaj vse seje
admin-enable = Omogoči račun
admin-disable = Onemogoči račun
admin-history = Varnostna zgodovina
admin-history-none = Še nič.
admin-history-what = Kaj
admin-back-to-users = Nazaj na Uporabnike

## Rezultat dejanja na računu

admin-unlocked-title = Račun odklenjen
admin-unlocked-text = { $email } se lahko s pravilnim geslom znova prijavi; lastnik je bil obveščen po e-pošti.
admin-sessions-ended-title = Vse seje končane
admin-sessions-ended-text = Vse seje računa { $email } so končane, dostop, dan aplikacijam, pa je preklican.
admin-admin-disable-title = Skrbniški račun se onemogoči na strežniku
admin-admin-disable-text = Skrbniški računi se onemogočijo z ukazom idp user disable na strežniku, ne prek konzole.
admin-disabled-title = Račun onemogočen
admin-disabled-text = { $email } se ne more prijaviti; vse seje so končane, žetoni računa pa preklicani.
admin-enabled-title = Račun omogočen
admin-enabled-text = { $email } se lahko znova prijavi.
admin-already-disabled-title = Že onemogočen
admin-already-disabled-text = Račun { $email } je bil že onemogočen; nič se ni spremenilo.
admin-already-enabled-title = Že omogočen
admin-already-enabled-text = Račun { $email } je bil že omogočen; nič se ni spremenilo.
admin-reset-sent-title = Sporočilo za ponastavitev gesla poslano
admin-reset-sent-text = Povezava za izbiro novega gesla je bila poslana na naslov { $email }.
admin-no-mail-title = Sporočilo ni bilo poslano
admin-no-mail-text = Na naslov { $email } je bilo v zadnjem času poslanih preveč sporočil; poskusite znova pozneje.
admin-nothing-removed-title = Nič ni bilo odstranjeno
admin-nothing-removed-text = Račun nima takega dejavnika (morda je bil medtem odstranjen).
admin-factor-removed-title = Dejavnik odstranjen
admin-factor-removed-text = Dejavnik je bil odstranjen z računa { $email }; lastnik je bil obveščen po e-pošti.

## Odjemalci (aplikacije, ki prijavljajo uporabnike)

admin-clients-title = Odjemalci
admin-client-id = Client id
admin-client-kind = Vrsta
admin-redirect-uris = Redirect URI-ji
admin-redirect-uris-hint = En na vrstico: https ali http na povratni zanki (loopback).
admin-kind-confidential-option = Zaupni (s skrivnostjo)
admin-kind-public-option = Javni (PKCE, brez skrivnosti)
admin-kind-keys = zaupni (private_key_jwt)
admin-kind-secret = zaupni (skrivnost)
admin-kind-public = javni (PKCE)
admin-client-add = Dodaj odjemalca
admin-client-add-button = Dodaj odjemalca
admin-clients-cli-hint = Ključi (private_key_jwt), DPoP, parni identifikatorji (pairwise subjects) in profil FAPI 2.0 se nastavijo v ukazni vrstici:
admin-client-title = Odjemalec { $id }
admin-redirect-uris-save = Shrani redirect URI-je
admin-secret = Skrivnost
admin-secret-rotate-hint = Trenutna skrivnost takoj preneha delovati; nova je prikazana samo enkrat.
admin-secret-rotate = Zamenjaj skrivnost
admin-remove = Odstrani
admin-client-remove = Odstrani odjemalca { $id }
admin-back-to-clients = Nazaj na Odjemalce
admin-client-added-title = Odjemalec dodan
admin-client-added-public = { $id } je registriran kot javni odjemalec (PKCE, brez skrivnosti).
admin-secret-rotated-title = Skrivnost odjemalca zamenjana
admin-secret-shown-once = Skrivnost odjemalca { $id } je prikazana samo tokrat; zdaj jo kopirajte v konfiguracijo aplikacije.
admin-client-secret = Skrivnost odjemalca
admin-done = Končano
admin-uris-saved-title = Redirect URI-ji shranjeni
admin-uris-saved-text = { $id } zdaj sprejema: { $uris }
admin-client-removed-title = Odjemalec odstranjen
admin-client-removed-text = { $id } je odstranjen: njegovi žetoni na končni točki userinfo ne delujejo več in nikogar več ne more prijaviti.
admin-uris-none = potreben je vsaj en redirect URI
admin-uris-too-many = { $max ->
    [one] največ { $max } redirect URI
    [two] največ { $max } redirect URI-ja
    [few] največ { $max } redirect URI-ji
   *[other] največ { $max } redirect URI-jev
}
admin-no-such-client = noben odjemalec nima client id { $id }
admin-uris-checked = { $id } ima parne identifikatorje (pairwise subjects) ali profil FAPI 2.0, za katera so bili preverjeni njegovi redirect URI-ji: spremenite jih z ukazoma idp client remove in idp client add
admin-no-secret = { $id } nima skrivnosti (javni odjemalec ali odjemalec, ki podpisuje s svojimi ključi)

## Ključi za podpisovanje

admin-keys-title = Ključi za podpisovanje
admin-key-id = ID ključa
admin-key-algorithm = Algoritem
admin-key-state = Stanje
admin-key-signs = podpisuje
admin-key-retired-published = umaknjen, še objavljen
admin-key-retired = umaknjen
admin-key-rotate-heading = Zamenjava ključa
admin-key-rotate = Zamenjaj ključ za podpisovanje
admin-key-rotated-title = Ključ za podpisovanje zamenjan
admin-key-rotated-text = Žetoni { $alg } so zdaj podpisani s ključem { $kid }; prejšnji ključ ostane objavljen, dokler so morda še v uporabi žetoni, ki jih je podpisal.

## Dnevnik operaterjev

admin-log-title = Dnevnik operaterjev
admin-log-label = Dnevnik operaterjev
admin-log-search-hint = Začetek e-poštnega naslova operaterja, predmeta dejanja ali dejanja.
admin-log-none = Ni vnosov.
admin-log-operator = Operater
admin-log-action = Dejanje
admin-log-target = Predmet
