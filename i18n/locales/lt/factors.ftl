## Shared by several pages

factors-sign-in = Prisijungti
factors-confirm = Patvirtinti
factors-try-again = Bandyti dar kartą
factors-please-try-again = Bandykite dar kartą.
factors-delete-named = Ištrinti { $name }
factors-added-on = (pridėta { $date })
factors-hold-notice = Visi jūsų paskyros antrieji veiksniai buvo ištrinti naudojant tik slaptažodį. Jūsų saugumo sumetimais naują bus galima pridėti nuo { $until }. Paskyros savininkui apie tai išsiuntėme laišką.
factors-already-has-factor = Jūsų paskyra jau turi antrąjį patvirtinimo būdą.
factors-devices-confirm-first = Norėdami pridėti ar ištrinti įrenginį, pirmiausia patvirtinkite juo: prisijunkite dar kartą jį pasirinkę.
factors-confirm-first = Norėdami pridėti ar ištrinti, pirmiausia patvirtinkite šiuo būdu: prisijunkite dar kartą jį pasirinkę.
factors-confirm-recent = Šiam pakeitimui reikia patvirtinimo antruoju patvirtinimo būdu per paskutines 15 minučių. Patvirtinkite dar kartą ir pakartokite šį veiksmą.
factors-phones-confirm-first = Norėdami pridėti ar ištrinti numerį, pirmiausia patvirtinkite būdu „Mobilusis telefonas + SMS“.
factors-confirm-current-first = Pirmiausia patvirtinkite dabartiniu antruoju patvirtinimo būdu (prisijunkite dar kartą jį pasirinkę).
factors-mfa-add-first = Pirmiausia pridėkite mobiliojo telefono numerį arba žetoną.
factors-held = Visi šios paskyros antrieji veiksniai buvo ištrinti naudojant tik slaptažodį: jūsų saugumo sumetimais naujo kol kas pridėti negalima. Žr. mūsų išsiųstą laišką.
factors-held-code = Prie šios paskyros atkūrimo kodu pridėtas antrasis veiksnys: jūsų saugumo sumetimais iki { $until } negalima pridėti ar ištrinti antrojo veiksnio, sugeneruoti atkūrimo kodų, pakeisti el. pašto adreso ar ištrinti paskyros. Žr. mūsų išsiųstą laišką.
factors-code-not-enough = Atkūrimo kodu galite pridėti antrąjį patvirtinimo būdą, nieko daugiau: norėdami kurį nors pašalinti arba pakeisti el. pašto adresą, atkūrimo kodus ar paskyrą, vėl prisijunkite turimu antruoju patvirtinimo būdu.
factors-too-many-codes = Per daug neteisingų kodų. Prieš bandydami dar kartą, palaukite 15 minučių.

## The method names and what they do

factors-choose-method = Pasirinkite patvirtinimo būdą
factors-level-high = { $app } reikalauja aukščiausio prisijungimo lygio (lygis „{ $level }“): saugumo rakto arba prieigos rakto, kuris tikrina jūsų PIN kodą, piršto atspaudą arba veidą. Jo negalima naudoti kitoje svetainėje, todėl jis apsaugo jus nuo sukčiavimo (phishing).
factors-level-substantial = { $app } reikalauja griežtesnio prisijungimo (lygis „{ $level }“): jūsų slaptažodžio ir antrojo patvirtinimo būdo.
factors-method-key-hint-high = Paprašyti patvirtinkite jo PIN kodu, piršto atspaudu arba veidu.
factors-no-key = Jūsų paskyra neturi saugumo rakto ar prieigos rakto, todėl kol kas negalite pasiekti šio lygio.
factors-no-key-add = Norėdami tęsti į { $app }, pridėkite raktą (saugumo raktą arba įrenginyje įdiegtą autentifikatorių), tada grįžkite:
factors-no-factor = Jūsų paskyra dar neturi antrojo patvirtinimo būdo, todėl negalite tęsti į { $app }.
factors-no-factor-add = Pridėkite jį viename iš šių puslapių, tada grįžkite:
factors-cancel = Atšaukti ir grįžti į { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Tvarkyti mano mobiliųjų telefonų numerius
factors-phones-none = Dar neturite mobiliojo telefono numerio.
factors-phone-confirmed = (patvirtintas)
factors-phone-not-confirmed = (dar nepatvirtintas)
factors-phones-confirm-number = Patvirtinti { $number }
factors-sms-enter-challenge = Įveskite SMS žinute į jūsų mobilųjį telefoną atsiųstą kodą. Žinutė gali ateiti tik po kelių minučių.
factors-sms-challenge-label = SMS kodas
factors-phones-add = Pridėti mobiliojo telefono numerį
factors-mobile-phone-label = Mobilusis telefonas
factors-phone-hint = Tarptautiniu formatu su šalies kodu, pvz., Belgijos: +32 123 45 67 89
factors-sms-title = Autentifikavimas SMS kodu
factors-sms-number-label = Mobiliojo telefono numeris
factors-too-many-sms = Šiai paskyrai, numeriui arba tinklui paprašyta per daug SMS žinučių. Bandykite dar kartą po valandos.
factors-sms-sent = Išsiuntėme SMS kodą numeriu { $number }.
factors-phone-added = Numeris { $number } patvirtintas. Dabar galite jį naudoti prisijungdami būdu „Mobilusis telefonas + SMS“.
factors-phone-deleted = Numeris ištrintas.
factors-sms-wrong = { $count ->
    [one] Tai ne mūsų atsiųstas SMS kodas. Liko { $count } bandymas.
    [few] Tai ne mūsų atsiųstas SMS kodas. Liko { $count } bandymai.
   *[other] Tai ne mūsų atsiųstas SMS kodas. Liko { $count } bandymų.
}
factors-sms-expired = Šio kodo galiojimas baigėsi arba jis išnaudotas (per daug neteisingų bandymų). Paprašykite naujo.
factors-phone-format = Įveskite numerį tarptautiniu formatu su šalies kodu, pvz., Belgijos: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Paskyroje gali būti ne daugiau kaip { $count } mobiliojo telefono numeris.
    [few] Paskyroje gali būti ne daugiau kaip { $count } mobiliųjų telefonų numeriai.
   *[other] Paskyroje gali būti ne daugiau kaip { $count } mobiliųjų telefonų numerių.
}
factors-phone-already-confirmed = Šis numeris jūsų paskyrai jau patvirtintas.
factors-phone-not-yours = Tai nėra vienas iš patvirtintų jūsų paskyros mobiliųjų telefonų numerių.

## Tokens (authenticator apps)

factors-tokens-title = Tvarkyti mano žetonus
factors-tokens-intro = Žetonas – tai autentifikavimo programėlė (arba aparatinis žetonas), kuri kas 30 sekundžių rodo naują 6 skaitmenų kodą.
factors-token-added-on = Žetonas pridėtas { $date }
factors-token-delete = Ištrinti žetoną, pridėtą { $date }
factors-tokens-add = Pridėti žetoną
factors-tokens-scan = Nuskaitykite šį QR kodą autentifikavimo programėle arba įveskite į ją slaptąjį raktą.
factors-tokens-qr-label = Žetono rakto QR kodas
factors-tokens-secret = Slaptasis raktas:
factors-token-code-label = Žetono kodas
factors-tokens-confirm = Patvirtinti žetoną
factors-token-enter = Įveskite kodą, kurį dabar rodo jūsų autentifikavimo programėlė arba žetonas.
factors-token-added = Jūsų žetonas pridėtas. Dabar galite juo prisijungti.
factors-token-deleted = Žetonas ištrintas.
factors-token-enrolment-expired = Registracijos galiojimas baigėsi. Pradėkite iš naujo.
factors-token-wrong-try-next = Tai ne tas kodas, kurį dabar rodo jūsų žetonas. Bandykite kitą.
factors-token-used = Šis kodas jau panaudotas. Palaukite kito.
factors-token-wrong = Tai ne tas kodas, kurį dabar rodo jūsų žetonas.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Tvarkyti mano mobiliuosius įrenginius
factors-devices-none = Dar neturite mobiliojo įrenginio.
factors-devices-add = Pridėti įrenginį
factors-devices-scan = Atidarykite mobiliąją programėlę ir nuskaitykite šį QR kodą. Jis veikia vieną kartą ir galioja 10 minučių.
factors-devices-qr-label = Registracijos nuorodos QR kodas
factors-devices-link = Jei kameros nėra, įveskite programėlėje šią nuorodą:
factors-panic-title = Ištrinti visus mano įrenginius (PANIC)
factors-panic-explained = Jei telefonas su programėle pamestas arba pavogtas: visi įrenginiai ir žetonai ištrinami iš karto, o visi seansai, įskaitant šį, baigiami.
factors-device-deleted = Įrenginys ištrintas.
factors-panic-done-title = Visi jūsų įrenginiai ištrinti
factors-panic-done = Ištrinta: { $devices ->
    [one] { $devices } mobilusis įrenginys
    [few] { $devices } mobilieji įrenginiai
   *[other] { $devices } mobiliųjų įrenginių
} ir { $tokens ->
    [one] { $tokens } žetonas
    [few] { $tokens } žetonai
   *[other] { $tokens } žetonų
}; visi seansai baigti.
factors-panic-held = Tai patvirtinote tik slaptažodžiu, todėl jūsų saugumo sumetimais naują įrenginį ar žetoną bus galima pridėti nuo { $until }. Apie tai išsiuntėme jums laišką su nuoroda paskyrai apsaugoti, jei tai buvote ne jūs.
factors-panic-mailed = Apie tai išsiuntėme jums laišką. Prisijunkite dar kartą, kad pridėtumėte naują įrenginį.
factors-panic-wrong-password = Tai ne jūsų slaptažodis: niekas neištrinta.
factors-panic-confirm-first = Jūsų paskyroje lieka patvirtintas mobiliojo telefono numeris: pirmiausia patvirtinkite būdu „Mobilusis telefonas + SMS“.
factors-app-start-explained = Išsiųsime prisijungimo užklausą į programėlę jūsų mobiliajame įrenginyje. Tada šiame puslapyje bus parodytas skaičius: pasirinkite jį programėlėje ir įveskite savo PIN kodą.
factors-app-send = Siųsti užklausą į mano mobiliąją programėlę
factors-app-pick = Atidarykite programėlę savo mobiliajame įrenginyje, pasirinkite šį skaičių ir įveskite savo PIN kodą:
factors-app-number-label = Skaičius, kurį reikia pasirinkti programėlėje
factors-app-waiting = Laukiama jūsų mobiliojo įrenginio. Kai atsakysite programėlėje, šis puslapis tęsis automatiškai.
factors-app-answered = Atsakiau programėlėje: tęsti
factors-app-no-device = Jūsų paskyra neturi mobiliojo įrenginio. Pridėkite jį skiltyje „Tvarkyti mano mobiliuosius įrenginius“.
factors-app-already-waiting = Jūsų mobiliojoje programėlėje jau laukia prisijungimo užklausa. Atsakykite į ją ten arba palaukite dvi minutes, kol baigsis jos galiojimas.
factors-app-too-many = Per šią valandą į jūsų mobiliąją programėlę išsiųsta per daug prisijungimo užklausų. Pasirinkite kitą patvirtinimo būdą arba bandykite vėliau.
factors-app-request-unknown = Ši prisijungimo užklausa nežinoma arba jau baigėsi.
factors-app-request-expired = Užklausos galiojimas baigėsi, kol programėlė atsakė.
factors-app-request-ended = Ši prisijungimo užklausa baigėsi.
factors-app-refused-wrong-number = Prisijungimas atmestas: programėlėje pasirinktas neteisingas skaičius.
factors-app-refused-denied = Prisijungimas atmestas: jis buvo atmestas programėlėje.
factors-app-qr-scan = Nuskaitykite šį QR kodą mobiliąja programėle (ji veikia ir be interneto ryšio) ir įveskite jos rodomą vienkartinį slaptažodį.
factors-app-qr-label = Patikros kodo { $challenge } QR kodas
factors-app-qr-challenge = Patikros kodas:
factors-otp-label = Vienkartinis slaptažodis
factors-app-qr-new = Rodyti naują QR kodą
factors-qr-ended = Ši užklausa baigėsi. Paprašykite naujos.
factors-qr-too-many = Per daug neteisingų vienkartinių slaptažodžių. Palaukite 15 minučių arba pasirinkite kitą patvirtinimo būdą.
factors-qr-wrong = { $count ->
    [one] Tai ne tas vienkartinis slaptažodis, kurį rodo programėlė. Liko { $count } bandymas.
    [few] Tai ne tas vienkartinis slaptažodis, kurį rodo programėlė. Liko { $count } bandymai.
   *[other] Tai ne tas vienkartinis slaptažodis, kurį rodo programėlė. Liko { $count } bandymų.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Tvarkyti mano saugumo raktus ir prieigos raktus
factors-keys-intro = Saugumo raktas (USB, NFC) arba įrenginyje įdiegtas autentifikatorius (patikimosios platformos modulis, Windows Hello, Touch ID, telefono ekrano užraktas) patvirtina, kad tai jūs, ir jo negalima naudoti kitoje svetainėje: jis apsaugo jus nuo sukčiavimo (phishing). Su PIN kodu arba piršto atspaudu jis pasiekia aukščiausią lygį „high“ ir gali jus prijungti be slaptažodžio (prieigos raktas).
factors-keys-none = Dar nėra saugumo rakto ar prieigos rakto.
factors-keys-yours = Jūsų saugumo raktai ir prieigos raktai
factors-keys-name = Pavadinimas
factors-keys-added = Pridėtas
factors-keys-last-used = Paskutinį kartą naudotas
factors-keys-action = Veiksmas
factors-keys-never-used = niekada
factors-keys-add = Pridėti saugumo raktą arba prieigos raktą
factors-keys-name-label = Rakto pavadinimas
factors-keys-name-placeholder = pvz., Mėlynas USB raktas, Darbo nešiojamasis kompiuteris
factors-keys-needs-script = Norint pridėti saugumo raktą, reikia JavaScript: jūsų naršyklė bendrauja su raktu.
factors-key-added = Saugumo raktas „{ $name }“ pridėtas.
factors-key-deleted = Saugumo raktas ištrintas.
factors-key-explained = Naudokite užregistruotą saugumo raktą arba įrenginyje įdiegtą autentifikatorių tapatybei patvirtinti. Kai naršyklė paprašys, įkiškite raktą arba palieskite jį, arba patvirtinkite PIN kodu, piršto atspaudu ar veidu.
factors-key-use = Naudoti mano saugumo raktą
factors-key-needs-script = Norint prisijungti saugumo raktu, reikia JavaScript: jūsų naršyklė bendrauja su raktu.
factors-key-none-add = Jūsų paskyra dar neturi saugumo rakto: pridėkite jį skiltyje „Mano paskyra“, „Tvarkyti mano saugumo raktus ir prieigos raktus“.
factors-key-none = Jūsų paskyra dar neturi saugumo rakto.
factors-key-expired = Užklausos galiojimas baigėsi arba ji jau panaudota. Bandykite dar kartą.
factors-key-refused = Šio rakto atsakymo nepavyko patikrinti. Naudokite jūsų paskyroje užregistruotą raktą.
factors-key-cloned = Šis raktas atmestas: galbūt jis buvo nukopijuotas. Paskyros savininkui apie tai pranešėme e. paštu. Naudokite kitą būdą.
factors-passkey-expired = Prieigos rakto užklausos galiojimas baigėsi arba ji jau panaudota. Bandykite dar kartą.
factors-passkey-refused = Šis prieigos raktas pas mus neužregistruotas. Prisijunkite savo e. pašto adresu ir slaptažodžiu.
factors-passkey-cloned = Šis prieigos raktas atmestas: galbūt jis buvo nukopijuotas. Paskyros savininkui apie tai pranešėme e. paštu.
factors-keys-max = { $count ->
    [one] Paskyroje gali būti { $count } saugumo raktas arba prieigos raktas; pirmiausia jį ištrinkite.
    [few] Paskyroje gali būti { $count } saugumo raktai arba prieigos raktai; pirmiausia ištrinkite vieną iš jų.
   *[other] Paskyroje gali būti { $count } saugumo raktų arba prieigos raktų; pirmiausia ištrinkite vieną iš jų.
}
factors-key-name-length = { $count ->
    [one] Suteikite raktui pavadinimą nuo 1 iki { $count } ženklo.
    [few] Suteikite raktui pavadinimą nuo 1 iki { $count } ženklų.
   *[other] Suteikite raktui pavadinimą nuo 1 iki { $count } ženklų.
}
factors-key-request-expired = Šios užklausos galiojimas baigėsi arba ji jau panaudota: pridėkite raktą dar kartą.
factors-key-malformed = Rakto atsakymas netinkamo formato.
factors-key-unverified = Rakto atsakymo šiai svetainei nepavyko patikrinti. Bandykite dar kartą.
factors-key-registered = Šis raktas jau užregistruotas.

## Recovery codes

factors-codes-title = Mano atkūrimo kodai
factors-codes-intro = Jei pamesite telefoną, žetoną ir saugumo raktus, atkūrimo kodas leis prisijungti iki skilties „Mano paskyra“ ir pridėti naują patvirtinimo būdą. Kiekvienas kodas veikia vieną kartą. Laikykite juos saugioje vietoje, atskirai nuo slaptažodžio: atspausdintus arba slaptažodžių tvarkytuvėje.
factors-codes-new = Štai jūsų nauji atkūrimo kodai. Jie rodomi tik šį kartą: užsirašykite arba atsispausdinkite juos dabar. Senieji kodai nebeveikia.
factors-codes-left = { $count ->
    [one] Turite { $count } nepanaudotą atkūrimo kodą (sukūrimo data: { $date }).
    [few] Turite { $count } nepanaudotus atkūrimo kodus (sukūrimo data: { $date }).
   *[other] Turite { $count } nepanaudotų atkūrimo kodų (sukūrimo data: { $date }).
}
factors-codes-none = Dar neturite atkūrimo kodų.
factors-codes-generate-new = Sugeneruoti naujus atkūrimo kodus
factors-codes-generate = Sugeneruoti atkūrimo kodus
factors-codes-add-first = Pirmiausia pridėkite antrąjį patvirtinimo būdą: atkūrimo kodai jį pakeičia, jei jis pamestas.
factors-codes-need-real-factor = Atkūrimo kodu negalima sukurti naujų atkūrimo kodų. Vėl prisijunkite antruoju patvirtinimo būdu (jei jo neturite, pirmiausia jį pridėkite), tada juos sugeneruokite.
factors-code-wrong = Tai nėra vienas iš jūsų atkūrimo kodų arba jis jau panaudotas.
factors-code-sign-in-again = Atkūrimo kodas galioja tik 15 minučių po prisijungimo slaptažodžiu. Jūsų kodas nebuvo panaudotas: atsijunkite, vėl prisijunkite slaptažodžiu ir tada įveskite kodą.
factors-code-lapsed = Praėjo 15 minučių, per kurias atkūrimo kodu galėjote pridėti tikrinimo būdą. Atsijunkite ir vėl prisijunkite slaptažodžiu bei kitu atkūrimo kodu.
factors-recovery-code = Atkūrimo kodas
factors-recovery-code-explained = Įveskite vieną iš savo atkūrimo kodų. Jis leidžia patekti į skiltį „Mano paskyra“ ir pridėti naują patvirtinimo būdą; juo negalima prisijungti prie taikomųjų programų.
factors-recovery-continue = Tęsti į „Mano paskyra“

## "Secure my account"

factors-secure-title = Apsaugoti mano paskyrą
factors-secure-explained = Visus paskyros { $email } antruosius veiksnius ištrynė asmuo, prisijungęs tik jos slaptažodžiu. Jei tai buvote ne jūs, kažkas žino jūsų slaptažodį.
factors-secure-what = Apsaugojus paskyrą, pašalinamas jos slaptažodis, baigiami visi seansai ir atšaukiama visų taikomųjų programų prieiga. Tada naują slaptažodį pasirenkate per funkciją „Pamiršote slaptažodį?“, naudodami savo e. pašto dėžutę.
factors-link-dead-title = Šios nuorodos naudoti negalima
factors-link-dead-text = Ji jau panaudota arba jos galiojimas baigėsi. Jei manote, kad kažkas žino jūsų slaptažodį, pasirinkite naują per funkciją „Pamiršote slaptažodį?“.
factors-secured-title = Jūsų paskyra apsaugota
factors-secured-text = Jos slaptažodis pašalintas, visi seansai baigti ir visų taikomųjų programų prieiga atšaukta.
factors-secured-next = Dabar pasirinkite naują slaptažodį per funkciją „Pamiršote slaptažodį?“: nuoroda bus išsiųsta į jūsų e. pašto dėžutę.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Serveriui nepavyko pradėti užklausos. Iš naujo įkelkite puslapį ir bandykite dar kartą.
factors-script-unsupported = Ši naršyklė negali naudoti saugumo raktų ar prieigos raktų. Naudokite atnaujintą naršyklę arba kitą patvirtinimo būdą.
factors-script-cancelled = Užklausa atšaukta arba baigėsi jai skirtas laikas. Bandykite dar kartą.
factors-script-no-answer = Raktas neatsakė. Bandykite dar kartą.
factors-script-name-first = Pirmiausia suteikite raktui pavadinimą.
