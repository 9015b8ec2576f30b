## Shared by several pages

factors-sign-in = Prihlásiť sa
factors-confirm = Potvrdiť
factors-try-again = Skúsiť znova
factors-please-try-again = Skúste to znova.
factors-delete-named = Odstrániť { $name }
factors-added-on = (pridané { $date })
factors-hold-notice = Všetky druhé faktory vášho konta boli odstránené iba s použitím hesla. Z bezpečnostných dôvodov možno nový pridať až od { $until }. Vlastníkovi konta sme o tom poslali e-mail.
factors-already-has-factor = Vaše konto už má druhý spôsob overenia.
factors-devices-confirm-first = Ak chcete pridať alebo odstrániť zariadenie, najprv sa ním overte: prihláste sa znova a vyberte ho.
factors-confirm-first = Ak chcete pridať alebo odstrániť ďalší, najprv sa overte existujúcim: prihláste sa znova a vyberte ho.
factors-confirm-recent = Táto zmena vyžaduje overenie druhým spôsobom overenia počas posledných 15 minút. Overte sa znova a potom tento krok zopakujte.
factors-phones-confirm-first = Ak chcete pridať alebo odstrániť číslo, najprv sa overte spôsobom Mobilný telefón + SMS.
factors-confirm-current-first = Najprv sa overte svojím súčasným druhým spôsobom overenia (prihláste sa znova a vyberte ho).
factors-mfa-add-first = Najprv pridajte číslo mobilného telefónu alebo token.
factors-held = Všetky druhé faktory tohto konta boli odstránené iba s použitím hesla: z bezpečnostných dôvodov zatiaľ nemožno pridať nový. Podrobnosti nájdete v e-maile, ktorý sme poslali.
factors-held-code = K tomuto kontu bol kódom na obnovenie pridaný druhý faktor: z bezpečnostných dôvodov nemožno do { $until } pridať ani odstrániť žiadny druhý faktor, vygenerovať kódy na obnovenie, zmeniť e-mailovú adresu ani odstrániť konto. Podrobnosti nájdete v e-maile, ktorý sme poslali.
factors-code-not-enough = Kódom na obnovenie môžete pridať druhý spôsob overenia, nič viac: ak chcete niektorý odstrániť alebo zmeniť svoju e-mailovú adresu, kódy na obnovenie či konto, prihláste sa znova druhým spôsobom overenia, ktorý máte.
factors-too-many-codes = Príliš veľa nesprávnych kódov. Pred ďalším pokusom počkajte 15 minút.

## The method names and what they do

factors-choose-method = Vyberte spôsob overenia
factors-level-high = Aplikácia { $app } vyžaduje najvyššiu úroveň prihlásenia (úroveň „{ $level }“): bezpečnostný kľúč alebo prístupový kľúč, ktorý overí váš PIN, odtlačok prsta alebo tvár. Nemožno ho použiť na inej stránke, čo vás chráni pred phishingom.
factors-level-substantial = Aplikácia { $app } vyžaduje silnejšie prihlásenie (úroveň „{ $level }“): vaše heslo a druhý spôsob overenia.
factors-method-key-hint-high = Keď sa zobrazí výzva, potvrďte kódom PIN, odtlačkom prsta alebo tvárou.
factors-no-key = Vaše konto nemá žiadny bezpečnostný kľúč ani prístupový kľúč, preto túto úroveň zatiaľ nemôžete dosiahnuť.
factors-no-key-add = Ak chcete pokračovať do aplikácie { $app }, pridajte si kľúč (bezpečnostný kľúč alebo zabudovaný overovací prvok svojho zariadenia) a potom sa vráťte:
factors-no-factor = Vaše konto zatiaľ nemá druhý spôsob overenia, preto nemôžete pokračovať do aplikácie { $app }.
factors-no-factor-add = Pridajte si ho na niektorej z týchto stránok a potom sa vráťte:
factors-cancel = Zrušiť a vrátiť sa do aplikácie { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Spravovať moje čísla mobilných telefónov
factors-phones-none = Zatiaľ nemáte žiadne číslo mobilného telefónu.
factors-phone-confirmed = (potvrdené)
factors-phone-not-confirmed = (zatiaľ nepotvrdené)
factors-phones-confirm-number = Potvrdiť { $number }
factors-sms-enter-challenge = Zadajte overovací kód, ktorý vám bol poslaný na mobilný telefón správou SMS. Doručenie správy môže trvať aj niekoľko minút.
factors-sms-challenge-label = Overovací kód SMS
factors-phones-add = Pridať číslo mobilného telefónu
factors-mobile-phone-label = Mobilný telefón
factors-phone-hint = Medzinárodný formát vrátane predvoľby krajiny, napr. pre Belgicko: +32 123 45 67 89
factors-sms-title = Overenie overovacím kódom SMS
factors-sms-number-label = Číslo mobilného telefónu
factors-too-many-sms = Pre toto konto, číslo alebo sieť bolo vyžiadaných príliš veľa správ SMS. Skúste to znova o hodinu.
factors-sms-sent = Na číslo { $number } sme poslali overovací kód SMS.
factors-phone-added = Číslo { $number } je potvrdené. Teraz ho môžete používať na prihlásenie spôsobom Mobilný telefón + SMS.
factors-phone-deleted = Číslo bolo odstránené.
factors-sms-wrong = { $count ->
    [one] Toto nie je overovací kód SMS, ktorý sme poslali. Zostáva { $count } pokus.
    [few] Toto nie je overovací kód SMS, ktorý sme poslali. Zostávajú { $count } pokusy.
   *[other] Toto nie je overovací kód SMS, ktorý sme poslali. Zostáva { $count } pokusov.
}
factors-sms-expired = Platnosť tohto kódu uplynula alebo bol vyčerpaný (príliš veľa nesprávnych pokusov). Vyžiadajte si nový.
factors-phone-format = Zadajte číslo v medzinárodnom formáte s predvoľbou krajiny, napr. pre Belgicko: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Konto môže mať najviac { $count } číslo mobilného telefónu.
    [few] Konto môže mať najviac { $count } čísla mobilných telefónov.
   *[other] Konto môže mať najviac { $count } čísel mobilných telefónov.
}
factors-phone-already-confirmed = Toto číslo je pre vaše konto už potvrdené.
factors-phone-not-yours = Toto nie je žiadne z potvrdených čísel mobilných telefónov vášho konta.

## Tokens (authenticator apps)

factors-tokens-title = Spravovať moje tokeny
factors-tokens-intro = Token je overovacia aplikácia (alebo hardvérový token), ktorá každých 30 sekúnd zobrazí nový šesťmiestny kód.
factors-token-added-on = Token pridaný { $date }
factors-token-delete = Odstrániť token pridaný { $date }
factors-tokens-add = Pridať token
factors-tokens-scan = Naskenujte tento kód QR overovacou aplikáciou alebo do nej zadajte tajný kľúč.
factors-tokens-qr-label = Kód QR s kľúčom tokenu
factors-tokens-secret = Tajný kľúč:
factors-token-code-label = Kód tokenu
factors-tokens-confirm = Potvrdiť token
factors-token-enter = Zadajte kód, ktorý vaša overovacia aplikácia alebo token práve zobrazuje.
factors-token-added = Váš token bol pridaný. Teraz sa ním môžete prihlasovať.
factors-token-deleted = Token bol odstránený.
factors-token-enrolment-expired = Platnosť registrácie uplynula. Začnite znova.
factors-token-wrong-try-next = Toto nie je kód, ktorý váš token práve zobrazuje. Skúste nasledujúci.
factors-token-used = Tento kód už bol použitý. Počkajte na ďalší.
factors-token-wrong = Toto nie je kód, ktorý váš token práve zobrazuje.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Spravovať moje mobilné zariadenia
factors-devices-none = Zatiaľ nemáte žiadne mobilné zariadenie.
factors-devices-add = Pridať zariadenie
factors-devices-scan = Otvorte mobilnú aplikáciu a naskenujte tento kód QR. Funguje raz, počas 10 minút.
factors-devices-qr-label = Kód QR s registračným odkazom
factors-devices-link = Bez fotoaparátu zadajte do aplikácie tento odkaz:
factors-panic-title = Odstrániť všetky moje zariadenia (PANIC)
factors-panic-explained = Ak bol telefón s aplikáciou stratený alebo ukradnutý: všetky zariadenia a tokeny sa naraz odstránia a všetky relácie vrátane tejto sa ukončia.
factors-device-deleted = Zariadenie bolo odstránené.
factors-panic-done-title = Všetky vaše zariadenia boli odstránené
factors-panic-done = Odstránili sme { $devices ->
    [one] { $devices } mobilné zariadenie
    [few] { $devices } mobilné zariadenia
   *[other] { $devices } mobilných zariadení
} a { $tokens ->
    [one] { $tokens } token
    [few] { $tokens } tokeny
   *[other] { $tokens } tokenov
} a ukončili všetky relácie.
factors-panic-held = Potvrdili ste to iba heslom, preto z bezpečnostných dôvodov možno nové zariadenie alebo token pridať až od { $until }. Poslali sme vám o tom e-mail s odkazom na zabezpečenie konta pre prípad, že ste to neboli vy.
factors-panic-mailed = Poslali sme vám o tom e-mail. Ak chcete pridať nové zariadenie, prihláste sa znova.
factors-panic-wrong-password = Toto nie je vaše heslo: nič nebolo odstránené.
factors-panic-confirm-first = Vaše konto má stále potvrdené číslo mobilného telefónu: najprv sa overte spôsobom Mobilný telefón + SMS.
factors-app-start-explained = Do aplikácie vo vašom mobilnom zariadení pošleme požiadavku na prihlásenie. Táto stránka potom zobrazí číslo: vyberte ho v aplikácii a zadajte svoj PIN.
factors-app-send = Poslať požiadavku do mojej mobilnej aplikácie
factors-app-pick = Otvorte aplikáciu vo svojom mobilnom zariadení, vyberte toto číslo a zadajte svoj PIN:
factors-app-number-label = Číslo, ktoré treba vybrať v aplikácii
factors-app-waiting = Čakáme na vaše mobilné zariadenie. Keď v aplikácii odpoviete, táto stránka bude pokračovať sama.
factors-app-answered = Odpoveď v aplikácii odoslaná: pokračovať
factors-app-no-device = Vaše konto nemá žiadne mobilné zariadenie. Pridajte ho na stránke „Spravovať moje mobilné zariadenia“.
factors-app-already-waiting = Vo vašej mobilnej aplikácii už čaká požiadavka na prihlásenie. Odpovedzte na ňu tam alebo počkajte dve minúty, kým vyprší.
factors-app-too-many = Do vašej mobilnej aplikácie bolo v tejto hodine poslaných príliš veľa požiadaviek na prihlásenie. Vyberte iný spôsob overenia alebo to skúste neskôr.
factors-app-request-unknown = Táto požiadavka na prihlásenie je neznáma alebo bola ukončená.
factors-app-request-expired = Platnosť požiadavky uplynula skôr, ako aplikácia odpovedala.
factors-app-request-ended = Táto požiadavka na prihlásenie bola ukončená.
factors-app-refused-wrong-number = Prihlásenie bolo odmietnuté: v aplikácii bolo vybraté nesprávne číslo.
factors-app-refused-denied = Prihlásenie bolo odmietnuté: prihlásenie bolo v aplikácii zamietnuté.
factors-app-qr-scan = Naskenujte tento kód QR mobilnou aplikáciou (funguje aj offline) a zadajte jednorazové heslo, ktoré zobrazí.
factors-app-qr-label = Kód QR s výzvou { $challenge }
factors-app-qr-challenge = Výzva:
factors-otp-label = Jednorazové heslo
factors-app-qr-new = Zobraziť nový kód QR
factors-qr-ended = Táto výzva sa už skončila. Vyžiadajte si novú.
factors-qr-too-many = Príliš veľa nesprávnych jednorazových hesiel. Počkajte 15 minút alebo vyberte iný spôsob overenia.
factors-qr-wrong = { $count ->
    [one] Toto nie je jednorazové heslo, ktoré aplikácia zobrazuje. Zostáva { $count } pokus.
    [few] Toto nie je jednorazové heslo, ktoré aplikácia zobrazuje. Zostávajú { $count } pokusy.
   *[other] Toto nie je jednorazové heslo, ktoré aplikácia zobrazuje. Zostáva { $count } pokusov.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Spravovať moje bezpečnostné kľúče a prístupové kľúče
factors-keys-intro = Bezpečnostný kľúč (USB, NFC) alebo zabudovaný overovací prvok vášho zariadenia (Trusted Platform Module, Windows Hello, Touch ID, zámka obrazovky telefónu) preukazuje, že ste to vy, a nemožno ho použiť na inej stránke: chráni vás pred phishingom. S kódom PIN alebo odtlačkom prsta dosahuje najvyššiu úroveň, „high“, a môže vás prihlásiť bez hesla (prístupový kľúč).
factors-keys-none = Zatiaľ žiadny bezpečnostný kľúč ani prístupový kľúč.
factors-keys-yours = Vaše bezpečnostné kľúče a prístupové kľúče
factors-keys-name = Názov
factors-keys-added = Pridané
factors-keys-last-used = Naposledy použité
factors-keys-action = Akcia
factors-keys-never-used = nikdy
factors-keys-add = Pridať bezpečnostný kľúč alebo prístupový kľúč
factors-keys-name-label = Názov kľúča
factors-keys-name-placeholder = napr. Modrý kľúč USB, Pracovný notebook
factors-keys-needs-script = Pridanie bezpečnostného kľúča vyžaduje JavaScript: váš prehliadač komunikuje s kľúčom.
factors-key-added = Bezpečnostný kľúč „{ $name }“ bol pridaný.
factors-key-deleted = Bezpečnostný kľúč bol odstránený.
factors-key-explained = Overte svoju totožnosť pomocou registrovaného bezpečnostného kľúča alebo zabudovaného overovacieho prvku svojho zariadenia. Keď vás prehliadač vyzve, vložte kľúč alebo sa ho dotknite, prípadne potvrďte kódom PIN, odtlačkom prsta alebo tvárou.
factors-key-use = Použiť môj bezpečnostný kľúč
factors-key-needs-script = Prihlásenie bezpečnostným kľúčom vyžaduje JavaScript: váš prehliadač komunikuje s kľúčom.
factors-key-none-add = Vaše konto zatiaľ nemá bezpečnostný kľúč: pridajte ho na stránke Moje konto, v časti Spravovať moje bezpečnostné kľúče a prístupové kľúče.
factors-key-none = Vaše konto zatiaľ nemá bezpečnostný kľúč.
factors-key-expired = Platnosť požiadavky uplynula alebo už bola použitá. Skúste to znova.
factors-key-refused = Odpoveď tohto kľúča sa nepodarilo overiť. Použite kľúč registrovaný k vášmu kontu.
factors-key-cloned = Tento kľúč bol odmietnutý: mohol byť skopírovaný. Vlastníka konta sme informovali e-mailom. Použite iný spôsob overenia.
factors-passkey-expired = Platnosť požiadavky na prístupový kľúč uplynula alebo už bola použitá. Skúste to znova.
factors-passkey-refused = Tento prístupový kľúč u nás nie je zaregistrovaný. Prihláste sa svojou e-mailovou adresou a heslom.
factors-passkey-cloned = Tento prístupový kľúč bol odmietnutý: mohol byť skopírovaný. Vlastníka konta sme informovali e-mailom.
factors-keys-max = { $count ->
    [one] Konto môže mať { $count } bezpečnostný kľúč alebo prístupový kľúč; najprv ho odstráňte.
    [few] Konto môže mať { $count } bezpečnostné kľúče alebo prístupové kľúče; najprv jeden odstráňte.
   *[other] Konto môže mať { $count } bezpečnostných kľúčov alebo prístupových kľúčov; najprv jeden odstráňte.
}
factors-key-name-length = { $count ->
    [one] Zadajte názov kľúča s dĺžkou 1 až { $count } znak.
    [few] Zadajte názov kľúča s dĺžkou 1 až { $count } znaky.
   *[other] Zadajte názov kľúča s dĺžkou 1 až { $count } znakov.
}
factors-key-request-expired = Platnosť tejto požiadavky uplynula alebo už bola použitá: pridajte kľúč znova.
factors-key-malformed = Odpoveď kľúča je neplatná.
factors-key-unverified = Odpoveď kľúča sa pre túto stránku nepodarilo overiť. Skúste to znova.
factors-key-registered = Tento kľúč je už zaregistrovaný.

## Recovery codes

factors-codes-title = Moje kódy na obnovenie
factors-codes-intro = Ak stratíte telefón, token aj bezpečnostné kľúče, kód na obnovenie vám umožní prihlásiť sa na stránku Moje konto a pridať nový spôsob overenia. Každý kód funguje iba raz. Uchovávajte ich na bezpečnom mieste, oddelene od hesla: vytlačené alebo v správcovi hesiel.
factors-codes-new = Tu sú vaše nové kódy na obnovenie. Zobrazujú sa iba tentoraz: hneď si ich zapíšte alebo vytlačte. Staré kódy už nefungujú.
factors-codes-left = { $count ->
    [one] Máte { $count } nepoužitý kód na obnovenie (vytvorený { $date }).
    [few] Máte { $count } nepoužité kódy na obnovenie (vytvorené { $date }).
   *[other] Máte { $count } nepoužitých kódov na obnovenie (vytvorených { $date }).
}
factors-codes-none = Zatiaľ nemáte žiadne kódy na obnovenie.
factors-codes-generate-new = Vygenerovať nové kódy na obnovenie
factors-codes-generate = Vygenerovať kódy na obnovenie
factors-codes-add-first = Najprv pridajte druhý spôsob overenia: kódy na obnovenie ho zastúpia, keď ho stratíte.
factors-codes-need-real-factor = Kódom na obnovenie nemožno vytvoriť nové kódy na obnovenie. Prihláste sa znova druhým spôsobom overenia (ak žiadny nemáte, najprv ho pridajte) a potom ich vygenerujte.
factors-code-wrong = Toto nie je žiadny z vašich kódov na obnovenie alebo už bol použitý.
factors-code-sign-in-again = Kód na obnovenie platí len do 15 minút od prihlásenia heslom. Váš kód nebol použitý: odhláste sa, znova sa prihláste heslom a potom kód zadajte.
factors-code-lapsed = Uplynulo 15 minút na pridanie overovacej metódy kódom na obnovenie. Odhláste sa a potom sa znova prihláste heslom a ďalším kódom na obnovenie.
factors-recovery-code = Kód na obnovenie
factors-recovery-code-explained = Zadajte jeden zo svojich kódov na obnovenie. Umožní vám vstúpiť na stránku Moje konto a pridať nový spôsob overenia; do aplikácií vás neprihlási.
factors-recovery-continue = Pokračovať na Moje konto

## "Secure my account"

factors-secure-title = Zabezpečiť moje konto
factors-secure-explained = Všetky druhé faktory konta { $email } odstránil niekto, kto sa prihlásil iba jeho heslom. Ak ste to neboli vy, niekto pozná vaše heslo.
factors-secure-what = Zabezpečenie konta odstráni jeho heslo, ukončí všetky relácie a odvolá prístup všetkých aplikácií. Nové heslo si potom zvolíte pomocou možnosti „Zabudli ste heslo?“ prostredníctvom svojej e-mailovej schránky.
factors-link-dead-title = Tento odkaz nemožno použiť
factors-link-dead-text = Už bol použitý alebo uplynula jeho platnosť. Ak si myslíte, že niekto pozná vaše heslo, zvoľte si nové pomocou možnosti „Zabudli ste heslo?“.
factors-secured-title = Vaše konto je zabezpečené
factors-secured-text = Jeho heslo bolo odstránené, všetky relácie boli ukončené a prístup všetkých aplikácií bol odvolaný.
factors-secured-next = Zvoľte si teraz nové heslo pomocou možnosti „Zabudli ste heslo?“: odkaz príde do vašej e-mailovej schránky.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Server nemohol začať požiadavku. Obnovte stránku a skúste to znova.
factors-script-unsupported = Tento prehliadač nepodporuje bezpečnostné kľúče ani prístupové kľúče. Použite aktuálny prehliadač alebo iný spôsob overenia.
factors-script-cancelled = Požiadavka bola zrušená alebo vypršal časový limit. Skúste to znova.
factors-script-no-answer = Kľúč neodpovedal. Skúste to znova.
factors-script-name-first = Najprv zadajte názov kľúča.
