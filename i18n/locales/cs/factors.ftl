## Shared by several pages

factors-sign-in = Přihlásit se
factors-confirm = Potvrdit
factors-try-again = Zkusit znovu
factors-please-try-again = Zkuste to prosím znovu.
factors-delete-named = Odstranit { $name }
factors-added-on = (přidáno { $date })
factors-hold-notice = Všechny druhé faktory vašeho účtu byly odstraněny pouze s použitím hesla. Z bezpečnostních důvodů lze nový přidat až od { $until }. Vlastníkovi účtu jsme o tom poslali e-mail.
factors-already-has-factor = Váš účet již má druhý způsob ověření.
factors-devices-confirm-first = Chcete-li přidat nebo odstranit zařízení, nejprve se jím ověřte: přihlaste se znovu a zvolte jej.
factors-confirm-first = Chcete-li přidat nebo odstranit další, nejprve se ověřte stávajícím: přihlaste se znovu a zvolte jej.
factors-confirm-recent = Tato změna vyžaduje ověření druhým způsobem ověření během posledních 15 minut. Ověřte se znovu a pak tento krok zopakujte.
factors-phones-confirm-first = Chcete-li přidat nebo odstranit číslo, nejprve se ověřte způsobem Mobilní telefon + SMS.
factors-confirm-current-first = Nejprve se ověřte svým současným druhým způsobem ověření (přihlaste se znovu a zvolte jej).
factors-mfa-add-first = Nejprve přidejte číslo mobilního telefonu nebo token.
factors-held = Všechny druhé faktory tohoto účtu byly odstraněny pouze s použitím hesla: z bezpečnostních důvodů zatím nelze přidat nový. Podrobnosti najdete v e-mailu, který jsme poslali.
factors-held-code = K tomuto účtu byl kódem pro obnovení přidán druhý faktor: z bezpečnostních důvodů nelze do { $until } přidat ani odstranit žádný druhý faktor, vygenerovat kódy pro obnovení, změnit e-mailovou adresu ani odstranit účet. Podrobnosti najdete v e-mailu, který jsme poslali.
factors-code-not-enough = Kódem pro obnovení můžete přidat druhý způsob ověření, nic víc: chcete-li některý odstranit nebo změnit svou e-mailovou adresu, kódy pro obnovení či účet, přihlaste se znovu druhým způsobem ověření, který máte.
factors-too-many-codes = Příliš mnoho chybných kódů. Před dalším pokusem počkejte 15 minut.

## The method names and what they do

factors-choose-method = Zvolte způsob ověření
factors-level-high = Aplikace { $app } vyžaduje nejvyšší úroveň přihlášení (úroveň „{ $level }“): bezpečnostní klíč nebo přístupový klíč, který ověří váš PIN, otisk prstu nebo obličej. Nelze jej použít na jiném webu, což vás chrání před phishingem.
factors-level-substantial = Aplikace { $app } vyžaduje silnější přihlášení (úroveň „{ $level }“): vaše heslo a druhý způsob ověření.
factors-method-key-hint-high = Po vyzvání potvrďte kódem PIN, otiskem prstu nebo obličejem.
factors-no-key = Váš účet nemá žádný bezpečnostní klíč ani přístupový klíč, proto této úrovně zatím nemůžete dosáhnout.
factors-no-key-add = Chcete-li pokračovat do aplikace { $app }, přidejte si klíč (bezpečnostní klíč nebo vestavěný ověřovací prvek svého zařízení) a pak se vraťte:
factors-no-factor = Váš účet zatím nemá druhý způsob ověření, proto nemůžete pokračovat do aplikace { $app }.
factors-no-factor-add = Přidejte si jej na některé z těchto stránek a pak se vraťte:
factors-cancel = Zrušit a vrátit se do aplikace { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Spravovat má čísla mobilních telefonů
factors-phones-none = Zatím nemáte žádné číslo mobilního telefonu.
factors-phone-confirmed = (potvrzeno)
factors-phone-not-confirmed = (zatím nepotvrzeno)
factors-phones-confirm-number = Potvrdit { $number }
factors-sms-enter-challenge = Zadejte ověřovací kód, který vám byl zaslán na mobilní telefon zprávou SMS. Doručení zprávy může trvat i několik minut.
factors-sms-challenge-label = Ověřovací kód SMS
factors-phones-add = Přidat číslo mobilního telefonu
factors-mobile-phone-label = Mobilní telefon
factors-phone-hint = Mezinárodní formát včetně předvolby země, např. pro Belgii: +32 123 45 67 89
factors-sms-title = Ověření ověřovacím kódem SMS
factors-sms-number-label = Číslo mobilního telefonu
factors-too-many-sms = Pro tento účet, číslo nebo síť bylo vyžádáno příliš mnoho zpráv SMS. Zkuste to prosím znovu za hodinu.
factors-sms-sent = Na číslo { $number } jsme odeslali ověřovací kód SMS.
factors-phone-added = Číslo { $number } je potvrzeno. Nyní jej můžete používat k přihlášení způsobem Mobilní telefon + SMS.
factors-phone-deleted = Číslo bylo odstraněno.
factors-sms-wrong = { $count ->
    [one] Toto není ověřovací kód SMS, který jsme odeslali. Zbývá { $count } pokus.
    [few] Toto není ověřovací kód SMS, který jsme odeslali. Zbývají { $count } pokusy.
   *[other] Toto není ověřovací kód SMS, který jsme odeslali. Zbývá { $count } pokusů.
}
factors-sms-expired = Platnost tohoto kódu vypršela nebo byl vyčerpán (příliš mnoho chybných pokusů). Vyžádejte si nový.
factors-phone-format = Zadejte číslo v mezinárodním formátu s předvolbou země, např. pro Belgii: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Účet může mít nejvýše { $count } číslo mobilního telefonu.
    [few] Účet může mít nejvýše { $count } čísla mobilních telefonů.
   *[other] Účet může mít nejvýše { $count } čísel mobilních telefonů.
}
factors-phone-already-confirmed = Toto číslo je pro váš účet již potvrzeno.
factors-phone-not-yours = Toto není žádné z potvrzených čísel mobilních telefonů vašeho účtu.

## Tokens (authenticator apps)

factors-tokens-title = Spravovat mé tokeny
factors-tokens-intro = Token je ověřovací aplikace (nebo hardwarový token), která každých 30 sekund zobrazí nový šestimístný kód.
factors-token-added-on = Token přidaný { $date }
factors-token-delete = Odstranit token přidaný { $date }
factors-tokens-add = Přidat token
factors-tokens-scan = Naskenujte tento kód QR ověřovací aplikací nebo do ní zadejte tajný klíč.
factors-tokens-qr-label = Kód QR s klíčem tokenu
factors-tokens-secret = Tajný klíč:
factors-token-code-label = Kód tokenu
factors-tokens-confirm = Potvrdit token
factors-token-enter = Zadejte kód, který vaše ověřovací aplikace nebo token právě zobrazuje.
factors-token-added = Váš token byl přidán. Nyní se jím můžete přihlašovat.
factors-token-deleted = Token byl odstraněn.
factors-token-enrolment-expired = Platnost registrace vypršela. Začněte znovu.
factors-token-wrong-try-next = Toto není kód, který váš token právě zobrazuje. Zkuste následující.
factors-token-used = Tento kód již byl použit. Počkejte na další.
factors-token-wrong = Toto není kód, který váš token právě zobrazuje.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Spravovat má mobilní zařízení
factors-devices-none = Zatím nemáte žádné mobilní zařízení.
factors-devices-add = Přidat zařízení
factors-devices-scan = Otevřete mobilní aplikaci a naskenujte tento kód QR. Funguje jednou, po dobu 10 minut.
factors-devices-qr-label = Kód QR s registračním odkazem
factors-devices-link = Bez fotoaparátu zadejte do aplikace tento odkaz:
factors-panic-title = Odstranit všechna má zařízení (PANIC)
factors-panic-explained = Pokud byl telefon s aplikací ztracen nebo odcizen: všechna zařízení a tokeny budou najednou odstraněny a všechny relace, včetně této, budou ukončeny.
factors-device-deleted = Zařízení bylo odstraněno.
factors-panic-done-title = Všechna vaše zařízení byla odstraněna
factors-panic-done = Odstranili jsme { $devices ->
    [one] { $devices } mobilní zařízení
    [few] { $devices } mobilní zařízení
   *[other] { $devices } mobilních zařízení
} a { $tokens ->
    [one] { $tokens } token
    [few] { $tokens } tokeny
   *[other] { $tokens } tokenů
} a ukončili všechny relace.
factors-panic-held = Potvrdili jste to pouze heslem, proto lze z bezpečnostních důvodů nové zařízení nebo token přidat až od { $until }. Poslali jsme vám o tom e-mail s odkazem na zabezpečení účtu pro případ, že jste to nebyli vy.
factors-panic-mailed = Poslali jsme vám o tom e-mail. Chcete-li přidat nové zařízení, přihlaste se znovu.
factors-panic-wrong-password = Toto není vaše heslo: nic nebylo odstraněno.
factors-panic-confirm-first = Váš účet má stále potvrzené číslo mobilního telefonu: nejprve se ověřte způsobem Mobilní telefon + SMS.
factors-app-start-explained = Do aplikace ve vašem mobilním zařízení odešleme požadavek na přihlášení. Tato stránka pak zobrazí číslo: vyberte je v aplikaci a zadejte svůj PIN.
factors-app-send = Odeslat požadavek do mé mobilní aplikace
factors-app-pick = Otevřete aplikaci ve svém mobilním zařízení, vyberte toto číslo a zadejte svůj PIN:
factors-app-number-label = Číslo, které máte vybrat v aplikaci
factors-app-waiting = Čekáme na vaše mobilní zařízení. Jakmile v aplikaci odpovíte, tato stránka bude pokračovat sama.
factors-app-answered = Odpověď v aplikaci odeslána: pokračovat
factors-app-no-device = Váš účet nemá žádné mobilní zařízení. Přidejte je na stránce „Spravovat má mobilní zařízení“.
factors-app-already-waiting = Ve vaší mobilní aplikaci již čeká požadavek na přihlášení. Odpovězte na něj tam, nebo počkejte dvě minuty, než vyprší.
factors-app-too-many = Do vaší mobilní aplikace bylo v této hodině odesláno příliš mnoho požadavků na přihlášení. Zvolte jiný způsob ověření nebo to zkuste později.
factors-app-request-unknown = Tento požadavek na přihlášení je neznámý nebo byl ukončen.
factors-app-request-expired = Platnost požadavku vypršela dříve, než aplikace odpověděla.
factors-app-request-ended = Tento požadavek na přihlášení byl ukončen.
factors-app-refused-wrong-number = Přihlášení bylo odmítnuto: v aplikaci bylo vybráno nesprávné číslo.
factors-app-refused-denied = Přihlášení bylo odmítnuto: přihlášení bylo v aplikaci zamítnuto.
factors-app-qr-scan = Naskenujte tento kód QR mobilní aplikací (funguje i offline) a zadejte jednorázové heslo, které zobrazí.
factors-app-qr-label = Kód QR s výzvou { $challenge }
factors-app-qr-challenge = Výzva:
factors-otp-label = Jednorázové heslo
factors-app-qr-new = Zobrazit nový kód QR
factors-qr-ended = Tato výzva již skončila. Vyžádejte si novou.
factors-qr-too-many = Příliš mnoho chybných jednorázových hesel. Počkejte 15 minut nebo zvolte jiný způsob ověření.
factors-qr-wrong = { $count ->
    [one] Toto není jednorázové heslo, které aplikace zobrazuje. Zbývá { $count } pokus.
    [few] Toto není jednorázové heslo, které aplikace zobrazuje. Zbývají { $count } pokusy.
   *[other] Toto není jednorázové heslo, které aplikace zobrazuje. Zbývá { $count } pokusů.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Spravovat mé bezpečnostní klíče a přístupové klíče
factors-keys-intro = Bezpečnostní klíč (USB, NFC) nebo vestavěný ověřovací prvek vašeho zařízení (Trusted Platform Module, Windows Hello, Touch ID, zámek obrazovky telefonu) prokazuje, že jste to vy, a nelze jej použít na jiném webu: chrání vás před phishingem. S kódem PIN nebo otiskem prstu dosahuje nejvyšší úrovně, „high“, a může vás přihlásit bez hesla (přístupový klíč).
factors-keys-none = Zatím žádný bezpečnostní klíč ani přístupový klíč.
factors-keys-yours = Vaše bezpečnostní klíče a přístupové klíče
factors-keys-name = Název
factors-keys-added = Přidáno
factors-keys-last-used = Naposledy použito
factors-keys-action = Akce
factors-keys-never-used = nikdy
factors-keys-add = Přidat bezpečnostní klíč nebo přístupový klíč
factors-keys-name-label = Název klíče
factors-keys-name-placeholder = např. Modrý klíč USB, Pracovní notebook
factors-keys-needs-script = Přidání bezpečnostního klíče vyžaduje JavaScript: váš prohlížeč komunikuje s klíčem.
factors-key-added = Bezpečnostní klíč „{ $name }“ byl přidán.
factors-key-deleted = Bezpečnostní klíč byl odstraněn.
factors-key-explained = Ověřte svou totožnost pomocí registrovaného bezpečnostního klíče nebo vestavěného ověřovacího prvku svého zařízení. Až vás prohlížeč vyzve, vložte klíč nebo se jej dotkněte, případně potvrďte kódem PIN, otiskem prstu nebo obličejem.
factors-key-use = Použít můj bezpečnostní klíč
factors-key-needs-script = Přihlášení bezpečnostním klíčem vyžaduje JavaScript: váš prohlížeč komunikuje s klíčem.
factors-key-none-add = Váš účet zatím nemá bezpečnostní klíč: přidejte jej na stránce Můj účet, v části Spravovat mé bezpečnostní klíče a přístupové klíče.
factors-key-none = Váš účet zatím nemá bezpečnostní klíč.
factors-key-expired = Platnost požadavku vypršela nebo již byl použit. Zkuste to znovu.
factors-key-refused = Odpověď tohoto klíče se nepodařilo ověřit. Použijte klíč registrovaný k vašemu účtu.
factors-key-cloned = Tento klíč byl odmítnut: mohl být zkopírován. Vlastníka účtu jsme informovali e-mailem. Použijte jiný způsob ověření.
factors-passkey-expired = Platnost požadavku na přístupový klíč vypršela nebo již byl použit. Zkuste to znovu.
factors-passkey-refused = Tento přístupový klíč u nás není zaregistrován. Přihlaste se svou e-mailovou adresou a heslem.
factors-passkey-cloned = Tento přístupový klíč byl odmítnut: mohl být zkopírován. Vlastníka účtu jsme informovali e-mailem.
factors-keys-max = { $count ->
    [one] Účet může mít { $count } bezpečnostní klíč nebo přístupový klíč; nejprve jej odstraňte.
    [few] Účet může mít { $count } bezpečnostní klíče nebo přístupové klíče; nejprve jeden odstraňte.
   *[other] Účet může mít { $count } bezpečnostních klíčů nebo přístupových klíčů; nejprve jeden odstraňte.
}
factors-key-name-length = { $count ->
    [one] Zadejte název klíče o délce 1 až { $count } znak.
    [few] Zadejte název klíče o délce 1 až { $count } znaky.
   *[other] Zadejte název klíče o délce 1 až { $count } znaků.
}
factors-key-request-expired = Platnost tohoto požadavku vypršela nebo již byl použit: přidejte klíč znovu.
factors-key-malformed = Odpověď klíče je neplatná.
factors-key-unverified = Odpověď klíče se pro tento web nepodařilo ověřit. Zkuste to znovu.
factors-key-registered = Tento klíč je již zaregistrován.

## Recovery codes

factors-codes-title = Mé kódy pro obnovení
factors-codes-intro = Pokud ztratíte telefon, token i bezpečnostní klíče, kód pro obnovení vám umožní přihlásit se na stránku Můj účet a přidat nový způsob ověření. Každý kód funguje jen jednou. Uchovávejte je na bezpečném místě, odděleně od hesla: vytištěné nebo ve správci hesel.
factors-codes-new = Zde jsou vaše nové kódy pro obnovení. Zobrazují se pouze tentokrát: hned si je zapište nebo vytiskněte. Staré kódy již nefungují.
factors-codes-left = { $count ->
    [one] Máte { $count } nepoužitý kód pro obnovení (vytvořený { $date }).
    [few] Máte { $count } nepoužité kódy pro obnovení (vytvořené { $date }).
   *[other] Máte { $count } nepoužitých kódů pro obnovení (vytvořených { $date }).
}
factors-codes-none = Zatím nemáte žádné kódy pro obnovení.
factors-codes-generate-new = Vygenerovat nové kódy pro obnovení
factors-codes-generate = Vygenerovat kódy pro obnovení
factors-codes-add-first = Nejprve přidejte druhý způsob ověření: kódy pro obnovení jej zastoupí, když jej ztratíte.
factors-codes-need-real-factor = Kódem pro obnovení nelze vytvořit nové kódy pro obnovení. Přihlaste se znovu druhým způsobem ověření (pokud žádný nemáte, nejprve jej přidejte) a pak je vygenerujte.
factors-code-wrong = Toto není žádný z vašich kódů pro obnovení, nebo již byl použit.
factors-code-sign-in-again = Kód pro obnovení platí jen do 15 minut od přihlášení heslem. Váš kód nebyl použit: odhlaste se, znovu se přihlaste heslem a pak kód zadejte.
factors-code-lapsed = 15 minut na přidání ověřovací metody pomocí kódu pro obnovení uplynulo. Odhlaste se a znovu se přihlaste heslem a dalším kódem pro obnovení.
factors-recovery-code = Kód pro obnovení
factors-recovery-code-explained = Zadejte jeden ze svých kódů pro obnovení. Umožní vám vstoupit na stránku Můj účet a přidat nový způsob ověření; do aplikací vás nepřihlásí.
factors-recovery-continue = Pokračovat na Můj účet

## "Secure my account"

factors-secure-title = Zabezpečit můj účet
factors-secure-explained = Všechny druhé faktory účtu { $email } odstranil někdo, kdo se přihlásil pouze jeho heslem. Pokud jste to nebyli vy, někdo zná vaše heslo.
factors-secure-what = Zabezpečení účtu odstraní jeho heslo, ukončí všechny relace a odvolá přístup všech aplikací. Nové heslo si pak zvolíte pomocí možnosti „Zapomněli jste heslo?“ prostřednictvím své e-mailové schránky.
factors-link-dead-title = Tento odkaz nelze použít
factors-link-dead-text = Již byl použit nebo vypršela jeho platnost. Pokud si myslíte, že někdo zná vaše heslo, zvolte si nové pomocí možnosti „Zapomněli jste heslo?“.
factors-secured-title = Váš účet je zabezpečen
factors-secured-text = Jeho heslo bylo odstraněno, všechny relace byly ukončeny a přístup všech aplikací byl odvolán.
factors-secured-next = Zvolte si nyní nové heslo pomocí možnosti „Zapomněli jste heslo?“: odkaz přijde do vaší e-mailové schránky.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Server nemohl zahájit požadavek. Obnovte stránku a zkuste to znovu.
factors-script-unsupported = Tento prohlížeč nepodporuje bezpečnostní klíče ani přístupové klíče. Použijte aktuální prohlížeč nebo jiný způsob ověření.
factors-script-cancelled = Požadavek byl zrušen nebo vypršel časový limit. Zkuste to znovu.
factors-script-no-answer = Klíč neodpověděl. Zkuste to znovu.
factors-script-name-first = Nejprve zadejte název klíče.
