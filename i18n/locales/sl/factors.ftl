# Načini preverjanja (drugi dejavniki): upravljanje v Mojem računu in korak prijave za
# vsakega. Imena načinov so kot v EU Login. (Glossary: see login.ftl.)

## Skupno več stranem

factors-sign-in = Prijava
factors-confirm = Potrdi
factors-try-again = Poskusi znova
factors-please-try-again = Poskusite znova.
factors-delete-named = Izbriši { $name }
factors-added-on = (dodano: { $date })
factors-hold-notice = Vsi drugi dejavniki vašega računa so bili izbrisani samo z geslom. Zaradi vaše varnosti je nov dejavnik mogoče dodati od { $until }. Lastniku računa smo o tem poslali e-poštno sporočilo.
factors-already-has-factor = Vaš račun že ima drugi način preverjanja.
factors-devices-confirm-first = Če želite dodati ali izbrisati napravo, najprej potrdite z njo: znova se prijavite in jo izberite.
factors-confirm-first = Če želite dodati ali izbrisati tak način, najprej potrdite z njim: znova se prijavite in ga izberite.
factors-confirm-recent = Ta sprememba zahteva potrditev z drugim načinom preverjanja v zadnjih 15 minutah. Znova potrdite, nato ponovite ta korak.
factors-phones-confirm-first = Če želite dodati ali izbrisati številko, najprej potrdite z načinom Mobilni telefon + SMS.
factors-confirm-current-first = Najprej potrdite s trenutnim drugim načinom preverjanja (znova se prijavite in ga izberite).
factors-mfa-add-first = Najprej dodajte številko mobilnega telefona ali žeton.
factors-held = Vsi drugi dejavniki tega računa so bili izbrisani samo z geslom: zaradi vaše varnosti novega še ni mogoče dodati. Preberite e-poštno sporočilo, ki smo ga poslali.
factors-held-code = Temu računu je bil z obnovitveno kodo dodan drugi dejavnik: zaradi vaše varnosti do { $until } ni mogoče dodati ali izbrisati drugega dejavnika, ustvariti obnovitvenih kod, spremeniti e-poštnega naslova ali izbrisati računa. Preberite e-poštno sporočilo, ki smo ga poslali.
factors-code-not-enough = Z obnovitveno kodo lahko dodate drugi način preverjanja, nič več: če želite katerega odstraniti ali spremeniti e-poštni naslov, obnovitvene kode ali račun, se znova prijavite z drugim načinom preverjanja, ki ga imate.
factors-too-many-codes = Preveč napačnih kod. Pred ponovnim poskusom počakajte 15 minut.

## Imena načinov in njihov opis (stran »Izberite način preverjanja«)

factors-choose-method = Izberite način preverjanja
factors-level-high = { $app } zahteva najvišjo raven prijave (raven »{ $level }«): varnostni ključ ali ključ za dostop, ki preveri vašo kodo PIN, prstni odtis ali obraz. Na drugem spletnem mestu ga ni mogoče uporabiti, zato vas ščiti pred lažnim predstavljanjem (phishingom).
factors-level-substantial = { $app } zahteva močnejšo prijavo (raven »{ $level }«): vaše geslo in drugi način preverjanja.
factors-method-key-hint-high = Ko boste pozvani, potrdite s kodo PIN, prstnim odtisom ali obrazom.
factors-no-key = Vaš račun nima varnostnega ključa ali ključa za dostop, zato te ravni še ne morete doseči.
factors-no-key-add = Za nadaljevanje v { $app } ga dodajte (varnostni ključ ali vgrajeni preverjalnik pristnosti v svoji napravi) in se nato vrnite:
factors-no-factor = Vaš račun še nima drugega načina preverjanja, zato ne morete nadaljevati v { $app }.
factors-no-factor-add = Dodajte ga na eni od teh strani in se nato vrnite:
factors-cancel = Prekliči in se vrni v { $app }

## Številke mobilnih telefonov in koda SMS

factors-phones-title = Upravljanje mojih številk mobilnih telefonov
factors-phones-none = Nimate še nobene številke mobilnega telefona.
factors-phone-confirmed = (potrjena)
factors-phone-not-confirmed = (še ni potrjena)
factors-phones-confirm-number = Potrditev številke { $number }
factors-sms-enter-challenge = Vnesite kodo, ki ste jo prejeli na mobilni telefon v sporočilu SMS. Sporočilo lahko na vaš mobilni telefon prispe šele po nekaj minutah.
factors-sms-challenge-label = Koda SMS
factors-phones-add = Dodaj številko mobilnega telefona
factors-mobile-phone-label = Mobilni telefon
factors-phone-hint = Mednarodna oblika s kodo države, npr. za Belgijo: +32 123 45 67 89
factors-sms-title = Preverjanje s kodo SMS
factors-sms-number-label = Številka mobilnega telefona
factors-too-many-sms = Za ta račun, številko ali omrežje je bilo zahtevanih preveč sporočil SMS. Poskusite znova čez eno uro.
factors-sms-sent = Kodo SMS smo poslali na številko { $number }.
factors-phone-added = Številka { $number } je potrjena. Zdaj se lahko z njo prijavite z načinom Mobilni telefon + SMS.
factors-phone-deleted = Številka je bila izbrisana.
factors-sms-wrong = { $count ->
    [one] To ni koda SMS, ki smo jo poslali. Preostal je še { $count } poskus.
    [two] To ni koda SMS, ki smo jo poslali. Preostala sta še { $count } poskusa.
    [few] To ni koda SMS, ki smo jo poslali. Preostali so še { $count } poskusi.
   *[other] To ni koda SMS, ki smo jo poslali. Preostalo je še { $count } poskusov.
}
factors-sms-expired = Ta koda je potekla ali je porabljena (preveč napačnih poskusov). Zahtevajte novo.
factors-phone-format = Številko vnesite v mednarodni obliki s kodo države, npr. za Belgijo: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Račun ima lahko največ { $count } številko mobilnega telefona.
    [two] Račun ima lahko največ { $count } številki mobilnega telefona.
    [few] Račun ima lahko največ { $count } številke mobilnega telefona.
   *[other] Račun ima lahko največ { $count } številk mobilnega telefona.
}
factors-phone-already-confirmed = Ta številka je za vaš račun že potrjena.
factors-phone-not-yours = To ni ena od potrjenih številk mobilnega telefona vašega računa.

## Žetoni (aplikacije za preverjanje pristnosti)

factors-tokens-title = Upravljanje mojih žetonov
factors-tokens-intro = Žeton je aplikacija za preverjanje pristnosti (ali strojni žeton), ki vsakih 30 sekund prikaže novo 6-mestno kodo.
factors-token-added-on = Žeton, dodan { $date }
factors-token-delete = Izbriši žeton, dodan { $date }
factors-tokens-add = Dodaj žeton
factors-tokens-scan = To kodo QR optično preberite z aplikacijo za preverjanje pristnosti ali vanjo vnesite skrivni ključ.
factors-tokens-qr-label = Koda QR ključa žetona
factors-tokens-secret = Skrivni ključ:
factors-token-code-label = Koda žetona
factors-tokens-confirm = Potrdi žeton
factors-token-enter = Vnesite kodo, ki jo zdaj prikazuje vaša aplikacija za preverjanje pristnosti ali žeton.
factors-token-added = Žeton je dodan. Zdaj se lahko z njim prijavite.
factors-token-deleted = Žeton je bil izbrisan.
factors-token-enrolment-expired = Registracija je potekla. Začnite znova.
factors-token-wrong-try-next = To ni koda, ki jo zdaj prikazuje vaš žeton. Poskusite z naslednjo.
factors-token-used = Ta koda je bila že uporabljena. Počakajte na naslednjo.
factors-token-wrong = To ni koda, ki jo zdaj prikazuje vaš žeton.

## Mobilna aplikacija: naprave, »Koda PIN mobilne aplikacije«, »Koda QR mobilne aplikacije«

factors-devices-title = Upravljanje mojih mobilnih naprav
factors-devices-none = Nimate še nobene mobilne naprave.
factors-devices-add = Dodaj napravo
factors-devices-scan = Odprite mobilno aplikacijo in optično preberite to kodo QR. Deluje enkrat, 10 minut.
factors-devices-qr-label = Koda QR povezave za registracijo
factors-devices-link = Če naprava nima kamere, v aplikacijo vnesite to povezavo:
factors-panic-title = Izbriši vse moje naprave (PANIC)
factors-panic-explained = Če ste izgubili telefon z aplikacijo ali vam je bil ukraden: hkrati se izbrišejo vse naprave in žetoni in končajo vse seje, tudi ta.
factors-device-deleted = Naprava je bila izbrisana.
factors-panic-done-title = Vse vaše naprave so bile izbrisane
factors-panic-done = Izbrisali smo { $devices ->
    [one] { $devices } mobilno napravo
    [two] { $devices } mobilni napravi
    [few] { $devices } mobilne naprave
   *[other] { $devices } mobilnih naprav
} in { $tokens ->
    [one] { $tokens } žeton
    [two] { $tokens } žetona
    [few] { $tokens } žetone
   *[other] { $tokens } žetonov
} ter končali vse seje.
factors-panic-held = To ste potrdili samo z geslom, zato je zaradi vaše varnosti novo napravo ali žeton mogoče dodati od { $until }. O tem smo vam poslali e-poštno sporočilo s povezavo, s katero lahko zavarujete svoj račun, če tega niste storili vi.
factors-panic-mailed = O tem smo vam poslali e-poštno sporočilo. Za dodajanje nove naprave se znova prijavite.
factors-panic-wrong-password = To ni vaše geslo: nič ni bilo izbrisano.
factors-panic-confirm-first = Vaš račun ima potrjeno številko mobilnega telefona: najprej potrdite z načinom Mobilni telefon + SMS.
factors-app-start-explained = Aplikaciji v vaši mobilni napravi pošljemo zahtevo za prijavo. Ta stran nato prikaže številko: izberite jo v aplikaciji in vnesite svojo kodo PIN.
factors-app-send = Pošlji zahtevo v mojo mobilno aplikacijo
factors-app-pick = Odprite aplikacijo v mobilni napravi, izberite to številko in vnesite svojo kodo PIN:
factors-app-number-label = Številka, ki jo izberete v aplikaciji
factors-app-waiting = Čakamo na vašo mobilno napravo. Ko odgovorite v aplikaciji, se ta stran nadaljuje sama.
factors-app-answered = Odgovorjeno v aplikaciji: nadaljuj
factors-app-no-device = Vaš račun nima mobilne naprave. Dodajte jo v razdelku »Upravljanje mojih mobilnih naprav«.
factors-app-already-waiting = V vaši mobilni aplikaciji že čaka zahteva za prijavo. Odgovorite nanjo tam ali počakajte dve minuti, da poteče.
factors-app-too-many = V tej uri je bilo v vašo mobilno aplikacijo poslanih preveč zahtev za prijavo. Izberite drug način preverjanja ali poskusite znova pozneje.
factors-app-request-unknown = Ta zahteva za prijavo ni znana ali se je končala.
factors-app-request-expired = Zahteva je potekla, preden je aplikacija odgovorila.
factors-app-request-ended = Ta zahteva za prijavo se je končala.
factors-app-refused-wrong-number = Prijava je bila zavrnjena: v aplikaciji je bila izbrana napačna številka.
factors-app-refused-denied = Prijava je bila zavrnjena: prijava je bila v aplikaciji zavrnjena.
factors-app-qr-scan = To kodo QR optično preberite z mobilno aplikacijo (deluje tudi brez povezave) in vnesite enkratno geslo, ki ga prikaže.
factors-app-qr-label = Koda QR izziva { $challenge }
factors-app-qr-challenge = Izziv:
factors-otp-label = Enkratno geslo
factors-app-qr-new = Prikaži novo kodo QR
factors-qr-ended = Ta izziv se je končal. Zahtevajte novega.
factors-qr-too-many = Preveč napačnih enkratnih gesel. Počakajte 15 minut ali izberite drug način preverjanja.
factors-qr-wrong = { $count ->
    [one] To ni enkratno geslo, ki ga prikazuje aplikacija. Preostal je še { $count } poskus.
    [two] To ni enkratno geslo, ki ga prikazuje aplikacija. Preostala sta še { $count } poskusa.
    [few] To ni enkratno geslo, ki ga prikazuje aplikacija. Preostali so še { $count } poskusi.
   *[other] To ni enkratno geslo, ki ga prikazuje aplikacija. Preostalo je še { $count } poskusov.
}

## Varnostni ključi in ključi za dostop (WebAuthn)

factors-keys-title = Upravljanje mojih varnostnih ključev in ključev za dostop
factors-keys-intro = Varnostni ključ (USB, NFC) ali vgrajeni preverjalnik pristnosti v vaši napravi (modul zaupanja vredne platforme, Windows Hello, Touch ID, zaklepanje zaslona telefona) dokazuje, da ste to vi, in ga ni mogoče uporabiti na drugem spletnem mestu: ščiti vas pred lažnim predstavljanjem (phishingom). S kodo PIN ali prstnim odtisom doseže najvišjo raven »high« in vas lahko prijavi brez gesla (ključ za dostop).
factors-keys-none = Še nimate varnostnega ključa ali ključa za dostop.
factors-keys-yours = Vaši varnostni ključi in ključi za dostop
factors-keys-name = Ime
factors-keys-added = Dodano
factors-keys-last-used = Zadnja uporaba
factors-keys-action = Dejanje
factors-keys-never-used = nikoli
factors-keys-add = Dodaj varnostni ključ ali ključ za dostop
factors-keys-name-label = Ime ključa
factors-keys-name-placeholder = npr. Modri ključ USB, Službeni prenosnik
factors-keys-needs-script = Za dodajanje varnostnega ključa je potreben JavaScript: vaš brskalnik komunicira s ključem.
factors-key-added = Varnostni ključ »{ $name }« je bil dodan.
factors-key-deleted = Varnostni ključ je bil izbrisan.
factors-key-explained = Identiteto potrdite z registriranim varnostnim ključem ali z vgrajenim preverjalnikom pristnosti v svoji napravi. Ko vas brskalnik pozove, vstavite ključ ali se ga dotaknite oziroma potrdite s kodo PIN, prstnim odtisom ali obrazom.
factors-key-use = Uporabi moj varnostni ključ
factors-key-needs-script = Za prijavo z varnostnim ključem je potreben JavaScript: vaš brskalnik komunicira s ključem.
factors-key-none-add = Vaš račun še nima varnostnega ključa: dodajte ga v Mojem računu, v razdelku Upravljanje mojih varnostnih ključev in ključev za dostop.
factors-key-none = Vaš račun še nima varnostnega ključa.
factors-key-expired = Zahteva je potekla ali je bila že uporabljena. Poskusite znova.
factors-key-refused = Odgovora tega ključa ni bilo mogoče preveriti. Uporabite ključ, registriran za vaš račun.
factors-key-cloned = Ta ključ je bil zavrnjen: morda je bil kopiran. Lastnika računa smo obvestili po e-pošti. Uporabite drug način.
factors-passkey-expired = Zahteva za ključ za dostop je potekla ali je bila že uporabljena. Poskusite znova.
factors-passkey-refused = Ta ključ za dostop pri nas ni registriran. Prijavite se s svojim e-poštnim naslovom in geslom.
factors-passkey-cloned = Ta ključ za dostop je bil zavrnjen: morda je bil kopiran. Lastnika računa smo obvestili po e-pošti.
factors-keys-max = { $count ->
    [one] Račun ima lahko { $count } varnostni ključ ali ključ za dostop; najprej ga izbrišite.
    [two] Račun ima lahko { $count } varnostna ključa ali ključa za dostop; najprej enega izbrišite.
    [few] Račun ima lahko { $count } varnostne ključe ali ključe za dostop; najprej enega izbrišite.
   *[other] Račun ima lahko { $count } varnostnih ključev ali ključev za dostop; najprej enega izbrišite.
}
factors-key-name-length = { $count ->
    [one] Ključu dajte ime, dolgo od 1 do { $count } znaka.
   *[other] Ključu dajte ime, dolgo od 1 do { $count } znakov.
}
factors-key-request-expired = Ta zahteva je potekla ali je bila že uporabljena: ključ dodajte znova.
factors-key-malformed = Odgovor ključa je nepravilno oblikovan.
factors-key-unverified = Odgovora ključa ni bilo mogoče preveriti za to spletno mesto. Poskusite znova.
factors-key-registered = Ta ključ je že registriran.

## Obnovitvene kode

factors-codes-title = Moje obnovitvene kode
factors-codes-intro = Če izgubite telefon, žeton in varnostne ključe, se lahko z obnovitveno kodo prijavite do Mojega računa in dodate nov način preverjanja. Vsaka koda deluje enkrat. Hranite jih na varnem, ločeno od gesla: natisnjene ali v upravitelju gesel.
factors-codes-new = To so vaše nove obnovitvene kode. Prikazane so samo tokrat: zdaj si jih zapišite ali jih natisnite. Stare ne delujejo več.
factors-codes-left = { $count ->
    [one] Imate { $count } neuporabljeno obnovitveno kodo (ustvarjeno { $date }).
    [two] Imate { $count } neuporabljeni obnovitveni kodi (ustvarjeni { $date }).
    [few] Imate { $count } neuporabljene obnovitvene kode (ustvarjene { $date }).
   *[other] Imate { $count } neuporabljenih obnovitvenih kod (ustvarjenih { $date }).
}
factors-codes-none = Še nimate obnovitvenih kod.
factors-codes-generate-new = Ustvari nove obnovitvene kode
factors-codes-generate = Ustvari obnovitvene kode
factors-codes-add-first = Najprej dodajte drugi način preverjanja: obnovitvene kode ga nadomestijo, če ga izgubite.
factors-codes-need-real-factor = Z obnovitveno kodo ni mogoče ustvariti novih obnovitvenih kod. Znova se prijavite z drugim načinom preverjanja (če ga nimate, ga najprej dodajte), nato jih ustvarite.
factors-code-wrong = To ni ena od vaših obnovitvenih kod ali pa je bila že uporabljena.
factors-code-sign-in-again = Obnovitvena koda velja le 15 minut po prijavi z geslom. Vaša koda ni bila porabljena: odjavite se, se znova prijavite z geslom in nato vnesite kodo.
factors-code-lapsed = 15 minut za dodajanje načina preverjanja z obnovitveno kodo je poteklo. Odjavite se, nato se znova prijavite z geslom in drugo obnovitveno kodo.
factors-recovery-code = Obnovitvena koda
factors-recovery-code-explained = Vnesite eno od svojih obnovitvenih kod. Z njo vstopite v Moj račun, kjer lahko dodate nov način preverjanja; v aplikacije vas ne prijavi.
factors-recovery-continue = Nadaljuj na Moj račun

## »Zavaruj moj račun«

factors-secure-title = Zavaruj moj račun
factors-secure-explained = Vse druge dejavnike računa { $email } je izbrisal nekdo, ki se je prijavil samo z geslom. Če to niste bili vi, nekdo pozna vaše geslo.
factors-secure-what = Z zavarovanjem računa se odstrani njegovo geslo, končajo se vse seje in prekliče se dostop vseh aplikacij. Nato prek e-poštnega predala izberete novo geslo z možnostjo »Ste pozabili geslo?«.
factors-link-dead-title = Te povezave ni mogoče uporabiti
factors-link-dead-text = Bila je že uporabljena ali je potekla. Če menite, da nekdo pozna vaše geslo, izberite novo z možnostjo »Ste pozabili geslo?«.
factors-secured-title = Vaš račun je zavarovan
factors-secured-text = Geslo je bilo odstranjeno, vse seje so bile končane in dostop vseh aplikacij je bil preklican.
factors-secured-next = Zdaj izberite novo geslo z možnostjo »Ste pozabili geslo?«: povezava bo poslana v vaš e-poštni predal.

## Sporočila skripta strani med komunikacijo z varnostnim ključem

factors-script-server-failed = Strežnik ni mogel začeti zahteve. Znova naložite stran in poskusite znova.
factors-script-unsupported = Ta brskalnik ne podpira varnostnih ključev ali ključev za dostop. Uporabite posodobljen brskalnik ali drug način preverjanja.
factors-script-cancelled = Zahteva je bila preklicana ali je časovno potekla. Poskusite znova.
factors-script-no-answer = Ključ ni odgovoril. Poskusite znova.
factors-script-name-first = Najprej poimenujte ključ.
