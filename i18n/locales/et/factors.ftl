## Mitmel lehel kasutatavad tekstid

factors-sign-in = Logi sisse
factors-confirm = Kinnita
factors-try-again = Proovi uuesti
factors-please-try-again = Palun proovige uuesti.
factors-delete-named = Kustuta { $name }
factors-added-on = (lisatud { $date })
factors-hold-notice = Teie konto kõik teised tegurid kustutati ainult salasõna abil. Teie turvalisuse huvides saab uue lisada alates { $until }. Saatsime konto omanikule selle kohta e-kirja.
factors-already-has-factor = Teie kontol on juba teine kinnitusmeetod.
factors-devices-confirm-first = Seadme lisamiseks või kustutamiseks kinnitage esmalt sellega: logige uuesti sisse ja valige see.
factors-confirm-first = Lisamiseks või kustutamiseks kinnitage esmalt sellega: logige uuesti sisse ja valige see.
factors-confirm-recent = See muudatus nõuab viimase 15 minuti jooksul tehtud kinnitust teise kinnitusmeetodiga. Kinnitage uuesti ja korrake seejärel seda sammu.
factors-phones-confirm-first = Numbri lisamiseks või kustutamiseks kinnitage esmalt meetodiga Mobiiltelefon + SMS.
factors-confirm-current-first = Kinnitage esmalt oma praeguse teise kinnitusmeetodiga (logige uuesti sisse ja valige see).
factors-mfa-add-first = Lisage esmalt mobiiltelefoni number või token.
factors-held = Selle konto kõik teised tegurid kustutati ainult salasõna abil: teie turvalisuse huvides ei saa veel uut lisada. Vaadake meie saadetud e-kirja.
factors-held-code = Sellele kontole lisati taastekoodiga teine tegur: teie turvalisuse huvides ei saa kuni { $until } teist tegurit lisada ega kustutada, taastekoode luua, e-posti aadressi muuta ega kontot kustutada. Vaadake meie saadetud e-kirja.
factors-code-not-enough = Taastekoodiga saate lisada teise kinnitusmeetodi, mitte midagi enamat: meetodi eemaldamiseks või e-posti aadressi, taastekoodide või konto muutmiseks logige uuesti sisse teise kinnitusmeetodiga, mis teil on.
factors-too-many-codes = Liiga palju valesid koode. Oodake 15 minutit, enne kui uuesti proovite.

## Meetodite nimed ja kirjeldused

factors-choose-method = Valige kinnitusmeetod
factors-level-high = { $app } nõuab kõrgeimat sisselogimise taset (tase „{ $level }“): turvavõtit või pääsuvõtit, mis kontrollib teie PIN-koodi, sõrmejälge või nägu. Seda ei saa kasutada muul veebisaidil, mis kaitseb teid andmepüügi eest.
factors-level-substantial = { $app } nõuab tugevamat sisselogimist (tase „{ $level }“): teie salasõna ja teist kinnitusmeetodit.
factors-method-key-hint-high = Kinnitage küsimise korral selle PIN-koodi, sõrmejälje või näoga.
factors-no-key = Teie kontol ei ole turvavõtit ega pääsuvõtit, seega ei saa te seda taset veel saavutada.
factors-no-key-add = Rakendusse { $app } jätkamiseks lisage üks (turvavõti või seadme sisseehitatud autentija) ja tulge siis tagasi:
factors-no-factor = Teie kontol ei ole veel teist kinnitusmeetodit, seega ei saa te jätkata rakendusse { $app }.
factors-no-factor-add = Lisage see ühel järgmistest lehtedest ja tulge siis tagasi:
factors-cancel = Tühista ja mine tagasi rakendusse { $app }

## Mobiiltelefoni numbrid ja SMS-kood

factors-phones-title = Halda minu mobiiltelefoni numbreid
factors-phones-none = Teil ei ole veel mobiiltelefoni numbrit.
factors-phone-confirmed = (kinnitatud)
factors-phone-not-confirmed = (veel kinnitamata)
factors-phones-confirm-number = Kinnita { $number }
factors-sms-enter-challenge = Sisestage kood, mis saadeti teie mobiiltelefonile SMS-iga. Sõnumi jõudmine teie mobiiltelefonile võib võtta mitu minutit.
factors-sms-challenge-label = SMS-kood
factors-phones-add = Lisa mobiiltelefoni number
factors-mobile-phone-label = Mobiiltelefon
factors-phone-hint = Rahvusvahelises vormingus koos riigikoodiga, nt Belgia puhul: +32 123 45 67 89
factors-sms-title = Autentimine SMS-koodiga
factors-sms-number-label = Mobiiltelefoni number
factors-too-many-sms = Selle konto, numbri või võrgu jaoks on taotletud liiga palju SMS-e. Palun proovige tunni aja pärast uuesti.
factors-sms-sent = Saatsime SMS-koodi numbrile { $number }.
factors-phone-added = Number { $number } on kinnitatud. Nüüd saate sellega sisse logida meetodiga Mobiiltelefon + SMS.
factors-phone-deleted = Number kustutati.
factors-sms-wrong = { $count ->
    [one] See ei ole meie saadetud SMS-kood. Jäänud on { $count } katse.
   *[other] See ei ole meie saadetud SMS-kood. Jäänud on { $count } katset.
}
factors-sms-expired = See kood on aegunud või ära kasutatud (liiga palju valesid katseid). Küsige uus.
factors-phone-format = Sisestage number rahvusvahelises vormingus koos riigikoodiga, nt Belgia puhul: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Kontol võib olla kõige rohkem { $count } mobiiltelefoni number.
   *[other] Kontol võib olla kõige rohkem { $count } mobiiltelefoni numbrit.
}
factors-phone-already-confirmed = See number on teie kontole juba kinnitatud.
factors-phone-not-yours = See ei ole ükski teie konto kinnitatud mobiiltelefoni numbritest.

## Tokenid (autentimisrakendused)

factors-tokens-title = Halda minu tokeneid
factors-tokens-intro = Token on autentimisrakendus (või riistvaratoken), mis näitab iga 30 sekundi järel uut 6-kohalist koodi.
factors-token-added-on = Token lisatud { $date }
factors-token-delete = Kustuta token, mis lisati { $date }
factors-tokens-add = Lisa token
factors-tokens-scan = Skannige see QR-kood oma autentimisrakendusega või sisestage sinna salajane võti.
factors-tokens-qr-label = Tokeni võtme QR-kood
factors-tokens-secret = Salajane võti:
factors-token-code-label = Tokeni kood
factors-tokens-confirm = Kinnita token
factors-token-enter = Sisestage kood, mida teie autentimisrakendus või token praegu näitab.
factors-token-added = Teie token on lisatud. Nüüd saate sellega sisse logida.
factors-token-deleted = Token kustutati.
factors-token-enrolment-expired = Registreerimine on aegunud. Alustage uuesti.
factors-token-wrong-try-next = See ei ole kood, mida teie token praegu näitab. Proovige järgmist.
factors-token-used = Seda koodi on juba kasutatud. Oodake järgmist.
factors-token-wrong = See ei ole kood, mida teie token praegu näitab.

## Mobiilirakendus: seadmed, "Mobiilirakenduse PIN-kood", "Mobiilirakenduse QR-kood"

factors-devices-title = Halda minu mobiilseadmeid
factors-devices-none = Teil ei ole veel mobiilseadet.
factors-devices-add = Lisa seade
factors-devices-scan = Avage mobiilirakendus ja skannige see QR-kood. See töötab ühe korra, 10 minuti jooksul.
factors-devices-qr-label = Registreerimislingi QR-kood
factors-devices-link = Kui kaamerat ei ole, andke rakendusele see link:
factors-panic-title = Kustuta kõik minu seadmed (PANIC)
factors-panic-explained = Kui rakendusega telefon on kadunud või varastatud: kõik seadmed ja tokenid kustutatakse korraga ning kõik seansid, ka see, lõpetatakse.
factors-device-deleted = Seade kustutati.
factors-panic-done-title = Kõik teie seadmed kustutati
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] Kustutati { $devices } mobiilseade ja { $tokens } token ning kõik seansid lõpetati.
       *[other] Kustutati { $devices } mobiilseade ja { $tokens } tokenit ning kõik seansid lõpetati.
    }
   *[other] { $tokens ->
        [one] Kustutati { $devices } mobiilseadet ja { $tokens } token ning kõik seansid lõpetati.
       *[other] Kustutati { $devices } mobiilseadet ja { $tokens } tokenit ning kõik seansid lõpetati.
    }
}
factors-panic-held = Kinnitasite selle ainult salasõnaga, seega saab teie turvalisuse huvides uue seadme või tokeni lisada alates { $until }. Saatsime teile selle kohta e-kirja koos lingiga, millega saate oma konto turvata, kui see ei olnud teie.
factors-panic-mailed = Saatsime teile selle kohta e-kirja. Uue seadme lisamiseks logige uuesti sisse.
factors-panic-wrong-password = See ei ole teie salasõna: midagi ei kustutatud.
factors-panic-confirm-first = Teie kontole jääb kinnitatud mobiiltelefoni number: kinnitage esmalt meetodiga Mobiiltelefon + SMS.
factors-app-start-explained = Saadame sisselogimistaotluse teie mobiilseadme rakendusse. Seejärel kuvatakse sellel lehel number: valige see rakenduses ja sisestage oma PIN-kood.
factors-app-send = Saada taotlus minu mobiilirakendusse
factors-app-pick = Avage rakendus oma mobiilseadmes, valige see number ja sisestage oma PIN-kood:
factors-app-number-label = Rakenduses valitav number
factors-app-waiting = Ootame teie mobiilseadet. See leht liigub ise edasi, kui olete rakenduses vastanud.
factors-app-answered = Vastasin rakenduses: jätka
factors-app-no-device = Teie kontol ei ole mobiilseadet. Lisage see lehel „Halda minu mobiilseadmeid“.
factors-app-already-waiting = Teie mobiilirakenduses ootab juba sisselogimistaotlus. Vastake sellele seal või oodake kaks minutit, kuni see aegub.
factors-app-too-many = Teie mobiilirakendusse on selle tunni jooksul saadetud liiga palju sisselogimistaotlusi. Valige muu kinnitusmeetod või proovige hiljem uuesti.
factors-app-request-unknown = See sisselogimistaotlus on tundmatu või lõppenud.
factors-app-request-expired = Taotlus aegus enne, kui rakendus vastas.
factors-app-request-ended = See sisselogimistaotlus on lõppenud.
factors-app-refused-wrong-number = Sisselogimisest keelduti: rakenduses valiti vale number.
factors-app-refused-denied = Sisselogimisest keelduti: sisselogimine lükati rakenduses tagasi.
factors-app-qr-scan = Skannige see QR-kood mobiilirakendusega (see töötab ka võrguühenduseta) ja sisestage ühekordne salasõna, mida see näitab.
factors-app-qr-label = Väljakutse { $challenge } QR-kood
factors-app-qr-challenge = Väljakutse:
factors-otp-label = Ühekordne salasõna
factors-app-qr-new = Näita uut QR-koodi
factors-qr-ended = See väljakutse on lõppenud. Küsige uus.
factors-qr-too-many = Liiga palju valesid ühekordseid salasõnu. Oodake 15 minutit või valige muu kinnitusmeetod.
factors-qr-wrong = { $count ->
    [one] See ei ole ühekordne salasõna, mida rakendus näitab. Jäänud on { $count } katse.
   *[other] See ei ole ühekordne salasõna, mida rakendus näitab. Jäänud on { $count } katset.
}

## Turvavõtmed ja pääsuvõtmed (WebAuthn)

factors-keys-title = Halda minu turvavõtmeid ja pääsuvõtmeid
factors-keys-intro = Turvavõti (USB, NFC) või teie seadme sisseehitatud autentija (Trusted Platform Module, Windows Hello, Touch ID, telefoni ekraanilukk) tõendab, et see olete teie, ja seda ei saa kasutada muul veebisaidil: see kaitseb teid andmepüügi eest. PIN-koodi või sõrmejäljega saavutab see kõrgeima taseme „high“ ja sellega saab sisse logida ilma salasõnata (pääsuvõti).
factors-keys-none = Turvavõtit ega pääsuvõtit veel ei ole.
factors-keys-yours = Teie turvavõtmed ja pääsuvõtmed
factors-keys-name = Nimi
factors-keys-added = Lisatud
factors-keys-last-used = Viimati kasutatud
factors-keys-action = Toiming
factors-keys-never-used = mitte kunagi
factors-keys-add = Lisa turvavõti või pääsuvõti
factors-keys-name-label = Võtme nimi
factors-keys-name-placeholder = nt Sinine USB-võti, Tööarvuti
factors-keys-needs-script = Turvavõtme lisamiseks on vaja JavaScripti: teie brauser suhtleb võtmega.
factors-key-added = Turvavõti „{ $name }“ lisati.
factors-key-deleted = Turvavõti kustutati.
factors-key-explained = Kinnitage oma isik registreeritud turvavõtme või seadme sisseehitatud autentijaga. Kui brauser seda palub, sisestage võti või puudutage seda või kinnitage PIN-koodi, sõrmejälje või näoga.
factors-key-use = Kasuta minu turvavõtit
factors-key-needs-script = Turvavõtmega sisselogimiseks on vaja JavaScripti: teie brauser suhtleb võtmega.
factors-key-none-add = Teie kontol ei ole veel turvavõtit: lisage see lehel Minu konto, jaotises Halda minu turvavõtmeid ja pääsuvõtmeid.
factors-key-none = Teie kontol ei ole veel turvavõtit.
factors-key-expired = Taotlus on aegunud või juba kasutatud. Proovige uuesti.
factors-key-refused = Selle võtme vastust ei õnnestunud kontrollida. Kasutage oma kontole registreeritud võtit.
factors-key-cloned = See võti lükati tagasi: see võib olla kopeeritud. Teavitasime konto omanikku e-posti teel. Kasutage muud meetodit.
factors-passkey-expired = Pääsuvõtme taotlus on aegunud või juba kasutatud. Proovige uuesti.
factors-passkey-refused = See pääsuvõti ei ole meil registreeritud. Logige sisse oma e-posti aadressi ja salasõnaga.
factors-passkey-cloned = See pääsuvõti lükati tagasi: see võib olla kopeeritud. Teavitasime konto omanikku e-posti teel.
factors-keys-max = { $count ->
    [one] Kontol võib olla { $count } turvavõti või pääsuvõti; kustutage see esmalt.
   *[other] Kontol võib olla { $count } turvavõtit või pääsuvõtit; kustutage esmalt üks neist.
}
factors-key-name-length = { $count ->
    [one] Andke võtmele nimi, mille pikkus on 1 kuni { $count } tähemärk.
   *[other] Andke võtmele nimi, mille pikkus on 1 kuni { $count } tähemärki.
}
factors-key-request-expired = See taotlus on aegunud või juba kasutatud: lisage võti uuesti.
factors-key-malformed = Võtme vastus on vigane.
factors-key-unverified = Võtme vastust ei õnnestunud selle veebisaidi jaoks kontrollida. Proovige uuesti.
factors-key-registered = See võti on juba registreeritud.

## Taastekoodid

factors-codes-title = Minu taastekoodid
factors-codes-intro = Kui kaotate oma telefoni, tokeni ja turvavõtmed, saate taastekoodiga sisse logida lehele Minu konto, et lisada uus kinnitusmeetod. Iga kood töötab ühe korra. Hoidke neid kindlas kohas, salasõnast eraldi: välja prinditult või salasõnahalduris.
factors-codes-new = Siin on teie uued taastekoodid. Neid näidatakse ainult see üks kord: kirjutage need üles või printige need kohe välja. Vanad koodid enam ei tööta.
factors-codes-left = { $count ->
    [one] Teil on { $count } kasutamata taastekood (loodud { $date }).
   *[other] Teil on { $count } kasutamata taastekoodi (loodud { $date }).
}
factors-codes-none = Teil ei ole veel taastekoode.
factors-codes-generate-new = Loo uued taastekoodid
factors-codes-generate = Loo taastekoodid
factors-codes-add-first = Lisage esmalt teine kinnitusmeetod: taastekoodid asendavad seda, kui see kaob.
factors-codes-need-real-factor = Taastekoodiga ei saa uusi taastekoode luua. Logige uuesti sisse teise kinnitusmeetodiga (kui teil seda pole, lisage see esmalt) ja looge need siis.
factors-code-wrong = See ei ole ükski teie taastekoodidest või on see juba kasutatud.
factors-code-sign-in-again = Taastekood kehtib ainult 15 minuti jooksul pärast parooliga sisselogimist. Teie koodi ei kasutatud: logige välja, logige parooliga uuesti sisse ja sisestage seejärel kood.
factors-code-lapsed = 15 minutit kontrollimeetodi lisamiseks taastekoodiga on möödas. Logige välja ja seejärel uuesti sisse oma parooli ja teise taastekoodiga.
factors-recovery-code = Taastekood
factors-recovery-code-explained = Sisestage üks oma taastekoodidest. Sellega pääsete lehele Minu konto, et lisada uus kinnitusmeetod; rakendustesse see teid sisse ei logi.
factors-recovery-continue = Jätka lehele Minu konto

## "Turva minu konto"

factors-secure-title = Turva minu konto
factors-secure-explained = Konto { $email } kõik teised tegurid kustutas keegi, kes logis sisse ainult selle salasõnaga. Kui see ei olnud teie, teab keegi teie salasõna.
factors-secure-what = Konto turvamine eemaldab selle salasõna, lõpetab kõik seansid ja tühistab kõigi rakenduste juurdepääsu. Seejärel valite oma postkasti kaudu uue salasõna valikuga „Unustasite salasõna?“.
factors-link-dead-title = Seda linki ei saa kasutada
factors-link-dead-text = See on juba kasutatud või aegunud. Kui arvate, et keegi teab teie salasõna, valige uus valikuga „Unustasite salasõna?“.
factors-secured-title = Teie konto on turvatud
factors-secured-text = Selle salasõna eemaldati, kõik seansid lõpetati ja kõigi rakenduste juurdepääs tühistati.
factors-secured-next = Valige nüüd uus salasõna valikuga „Unustasite salasõna?“: link saadetakse teie postkasti.

## Lehe skripti teated turvavõtmega suhtlemise ajal

factors-script-server-failed = Server ei saanud taotlust alustada. Laadige leht uuesti ja proovige uuesti.
factors-script-unsupported = See brauser ei saa kasutada turvavõtmeid ega pääsuvõtmeid. Kasutage ajakohast brauserit või muud kinnitusmeetodit.
factors-script-cancelled = Taotlus tühistati või selle aeg sai otsa. Proovige uuesti.
factors-script-no-answer = Võti ei vastanud. Proovige uuesti.
factors-script-name-first = Andke võtmele esmalt nimi.
