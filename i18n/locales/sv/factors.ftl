## Gemensamt för flera sidor

factors-sign-in = Logga in
factors-confirm = Bekräfta
factors-try-again = Försök igen
factors-please-try-again = Försök igen.
factors-delete-named = Ta bort { $name }
factors-added-on = (tillagd { $date })
factors-hold-notice = Alla andra faktorer för ditt konto togs bort med enbart lösenordet. För din säkerhet kan en ny läggas till från och med { $until }. Vi har skickat ett e-postmeddelande om detta till kontots ägare.
factors-already-has-factor = Ditt konto har redan en andra verifieringsmetod.
factors-devices-confirm-first = För att lägga till eller ta bort en enhet, bekräfta först med den: logga in igen och välj den.
factors-confirm-first = För att lägga till eller ta bort en, bekräfta först med den: logga in igen och välj den.
factors-confirm-recent = Den här ändringen kräver en bekräftelse med din andra verifieringsmetod under de senaste 15 minuterna. Bekräfta igen och upprepa sedan det här steget.
factors-phones-confirm-first = För att lägga till eller ta bort ett nummer, bekräfta först med Mobiltelefon + SMS.
factors-confirm-current-first = Bekräfta först med din nuvarande andra verifieringsmetod (logga in igen och välj den).
factors-mfa-add-first = Lägg först till ett mobilnummer eller en token.
factors-held = Alla andra faktorer för det här kontot togs bort med enbart lösenordet: för din säkerhet kan en ny inte läggas till ännu. Se e-postmeddelandet som vi skickade.
factors-held-code = En andra faktor lades till det här kontot med en återställningskod: för din säkerhet kan ingen andra faktor läggas till eller tas bort, inga återställningskoder skapas, e-postadressen inte ändras och kontot inte tas bort förrän { $until }. Se e-postmeddelandet som vi skickade.
factors-code-not-enough = En återställningskod låter dig lägga till en andra verifieringsmetod, inget mer: för att ta bort en eller ändra din e-postadress, dina återställningskoder eller ditt konto, logga in igen med en andra verifieringsmetod som du har.
factors-too-many-codes = För många felaktiga koder. Vänta 15 minuter innan du försöker igen.

## Metodernas namn och vad de gör

factors-choose-method = Välj verifieringsmetod
factors-level-high = { $app } kräver den högsta inloggningsnivån (nivå ”{ $level }”): en säkerhetsnyckel eller lösennyckel som kontrollerar din PIN-kod, ditt fingeravtryck eller ditt ansikte. Den kan inte användas på en annan webbplats, vilket skyddar dig mot nätfiske.
factors-level-substantial = { $app } kräver en starkare inloggning (nivå ”{ $level }”): ditt lösenord och en andra verifieringsmetod.
factors-method-key-hint-high = Bekräfta med dess PIN-kod, fingeravtryck eller ansikte när du ombeds.
factors-no-key = Ditt konto har ingen säkerhetsnyckel eller lösennyckel, så du kan inte nå den här nivån ännu.
factors-no-key-add = För att fortsätta till { $app }, lägg till en (en säkerhetsnyckel eller enhetens inbyggda autentiserare) och kom sedan tillbaka:
factors-no-factor = Ditt konto har ännu ingen andra verifieringsmetod, så du kan inte fortsätta till { $app }.
factors-no-factor-add = Lägg till en på någon av dessa sidor och kom sedan tillbaka:
factors-cancel = Avbryt och gå tillbaka till { $app }

## Mobilnummer och SMS-koden

factors-phones-title = Hantera mina mobilnummer
factors-phones-none = Du har inget mobilnummer ännu.
factors-phone-confirmed = (bekräftat)
factors-phone-not-confirmed = (inte bekräftat ännu)
factors-phones-confirm-number = Bekräfta { $number }
factors-sms-enter-challenge = Ange koden som skickats till din mobiltelefon via SMS. Det kan ta flera minuter innan meddelandet når din mobiltelefon.
factors-sms-challenge-label = SMS-kod
factors-phones-add = Lägg till ett mobilnummer
factors-mobile-phone-label = Mobiltelefon
factors-phone-hint = Internationellt format med landsnummer, t.ex. för Belgien: +32 123 45 67 89
factors-sms-title = Autentisering med SMS-kod
factors-sms-number-label = Mobilnummer
factors-too-many-sms = För många SMS har begärts för det här kontot, numret eller nätverket. Försök igen om en timme.
factors-sms-sent = Vi har skickat en SMS-kod till { $number }.
factors-phone-added = { $number } är bekräftat. Du kan nu använda det för att logga in med Mobiltelefon + SMS.
factors-phone-deleted = Numret har tagits bort.
factors-sms-wrong = { $count ->
    [one] Det här är inte SMS-koden som vi skickade. { $count } försök återstår.
   *[other] Det här är inte SMS-koden som vi skickade. { $count } försök återstår.
}
factors-sms-expired = Den här koden har gått ut eller förbrukats (för många felaktiga försök). Begär en ny.
factors-phone-format = Ange numret i internationellt format, med landsnummer, t.ex. för Belgien: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Ett konto kan ha högst { $count } mobilnummer.
   *[other] Ett konto kan ha högst { $count } mobilnummer.
}
factors-phone-already-confirmed = Det här numret är redan bekräftat för ditt konto.
factors-phone-not-yours = Det här är inte ett av de bekräftade mobilnumren för ditt konto.

## Token (autentiseringsappar)

factors-tokens-title = Hantera mina token
factors-tokens-intro = En token är en autentiseringsapp (eller en maskinvarutoken) som visar en ny sexsiffrig kod var 30:e sekund.
factors-token-added-on = Token tillagd { $date }
factors-token-delete = Ta bort token som lades till { $date }
factors-tokens-add = Lägg till en token
factors-tokens-scan = Skanna den här QR-koden med din autentiseringsapp eller skriv in den hemliga nyckeln i den.
factors-tokens-qr-label = QR-kod för tokens nyckel
factors-tokens-secret = Hemlig nyckel:
factors-token-code-label = Tokenkod
factors-tokens-confirm = Bekräfta token
factors-token-enter = Ange koden som din autentiseringsapp eller token visar just nu.
factors-token-added = Din token har lagts till. Du kan nu logga in med den.
factors-token-deleted = Token har tagits bort.
factors-token-enrolment-expired = Registreringen har gått ut. Börja om.
factors-token-wrong-try-next = Det här är inte koden som din token visar just nu. Försök med nästa.
factors-token-used = Den här koden har redan använts. Vänta på nästa.
factors-token-wrong = Det här är inte koden som din token visar just nu.

## Mobilappen: enheter, "PIN-kod för mobilappen", "QR-kod för mobilappen"

factors-devices-title = Hantera mina mobila enheter
factors-devices-none = Du har ingen mobil enhet ännu.
factors-devices-add = Lägg till en enhet
factors-devices-scan = Öppna mobilappen och skanna den här QR-koden. Den fungerar en gång, i 10 minuter.
factors-devices-qr-label = QR-kod för registreringslänken
factors-devices-link = Utan kamera, ge appen den här länken:
factors-panic-title = Ta bort alla mina enheter (PANIC)
factors-panic-explained = Om en telefon med appen har tappats bort eller stulits: alla enheter och token tas bort på en gång och alla sessioner, även den här, avslutas.
factors-device-deleted = Enheten har tagits bort.
factors-panic-done-title = Alla dina enheter har tagits bort
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] { $devices } mobil enhet och { $tokens } token har tagits bort och alla sessioner har avslutats.
       *[other] { $devices } mobil enhet och { $tokens } token har tagits bort och alla sessioner har avslutats.
    }
   *[other] { $tokens ->
        [one] { $devices } mobila enheter och { $tokens } token har tagits bort och alla sessioner har avslutats.
       *[other] { $devices } mobila enheter och { $tokens } token har tagits bort och alla sessioner har avslutats.
    }
}
factors-panic-held = Du bekräftade detta med enbart ditt lösenord, så för din säkerhet kan en ny enhet eller token läggas till från och med { $until }. Vi har skickat ett e-postmeddelande om detta till dig, med en länk för att säkra ditt konto om det inte var du.
factors-panic-mailed = Vi har skickat ett e-postmeddelande om detta till dig. Logga in igen för att lägga till en ny enhet.
factors-panic-wrong-password = Det här är inte ditt lösenord: ingenting har tagits bort.
factors-panic-confirm-first = Ditt konto har kvar ett bekräftat mobilnummer: bekräfta först med Mobiltelefon + SMS.
factors-app-start-explained = Vi skickar en inloggningsbegäran till appen på din mobila enhet. Den här sidan visar sedan ett nummer: välj det i appen och ange din PIN-kod.
factors-app-send = Skicka begäran till min mobilapp
factors-app-pick = Öppna appen på din mobila enhet, välj det här numret och ange din PIN-kod:
factors-app-number-label = Numret som ska väljas i appen
factors-app-waiting = Väntar på din mobila enhet. Sidan går vidare av sig själv när du har svarat i appen.
factors-app-answered = Jag har svarat i appen: fortsätt
factors-app-no-device = Ditt konto har ingen mobil enhet. Lägg till en under ”Hantera mina mobila enheter”.
factors-app-already-waiting = En inloggningsbegäran väntar redan i din mobilapp. Svara på den där eller vänta två minuter tills den går ut.
factors-app-too-many = För många inloggningsbegäranden har skickats till din mobilapp den här timmen. Välj en annan verifieringsmetod eller försök igen senare.
factors-app-request-unknown = Den här inloggningsbegäran är okänd eller har avslutats.
factors-app-request-expired = Begäran gick ut innan appen svarade.
factors-app-request-ended = Den här inloggningsbegäran har avslutats.
factors-app-refused-wrong-number = Inloggningen avvisades: fel nummer valdes i appen.
factors-app-refused-denied = Inloggningen avvisades: inloggningen nekades i appen.
factors-app-qr-scan = Skanna den här QR-koden med mobilappen (den fungerar offline) och skriv in engångslösenordet som den visar.
factors-app-qr-label = QR-kod för utmaningen { $challenge }
factors-app-qr-challenge = Utmaning:
factors-otp-label = Engångslösenord
factors-app-qr-new = Visa en ny QR-kod
factors-qr-ended = Den här utmaningen har avslutats. Begär en ny.
factors-qr-too-many = För många felaktiga engångslösenord. Vänta 15 minuter eller välj en annan verifieringsmetod.
factors-qr-wrong = { $count ->
    [one] Det här är inte engångslösenordet som appen visar. { $count } försök återstår.
   *[other] Det här är inte engångslösenordet som appen visar. { $count } försök återstår.
}

## Säkerhetsnycklar och lösennycklar (WebAuthn)

factors-keys-title = Hantera mina säkerhetsnycklar och lösennycklar
factors-keys-intro = En säkerhetsnyckel (USB, NFC) eller enhetens inbyggda autentiserare (Trusted Platform Module, Windows Hello, Touch ID, en telefons skärmlås) bevisar att det är du och kan inte användas på en annan webbplats: den skyddar dig mot nätfiske. Med dess PIN-kod eller fingeravtryck når den den högsta nivån, ”high”, och den kan logga in dig utan lösenord (en lösennyckel).
factors-keys-none = Ingen säkerhetsnyckel eller lösennyckel ännu.
factors-keys-yours = Dina säkerhetsnycklar och lösennycklar
factors-keys-name = Namn
factors-keys-added = Tillagd
factors-keys-last-used = Senast använd
factors-keys-action = Åtgärd
factors-keys-never-used = aldrig
factors-keys-add = Lägg till en säkerhetsnyckel eller lösennyckel
factors-keys-name-label = Nyckelns namn
factors-keys-name-placeholder = t.ex. Blå USB-nyckel, Jobbdator
factors-keys-needs-script = För att lägga till en säkerhetsnyckel krävs JavaScript: din webbläsare kommunicerar med nyckeln.
factors-key-added = Säkerhetsnyckeln ”{ $name }” har lagts till.
factors-key-deleted = Säkerhetsnyckeln har tagits bort.
factors-key-explained = Använd din registrerade säkerhetsnyckel eller enhetens inbyggda autentiserare för att bekräfta din identitet. Sätt i eller rör vid nyckeln, eller bekräfta med din PIN-kod, ditt fingeravtryck eller ditt ansikte, när webbläsaren ber om det.
factors-key-use = Använd min säkerhetsnyckel
factors-key-needs-script = Inloggning med en säkerhetsnyckel kräver JavaScript: din webbläsare kommunicerar med nyckeln.
factors-key-none-add = Ditt konto har ingen säkerhetsnyckel ännu: lägg till en i Mitt konto, Hantera mina säkerhetsnycklar och lösennycklar.
factors-key-none = Ditt konto har ingen säkerhetsnyckel ännu.
factors-key-expired = Begäran har gått ut eller har redan använts. Försök igen.
factors-key-refused = Nyckelns svar kunde inte verifieras. Använd en nyckel som är registrerad för ditt konto.
factors-key-cloned = Den här nyckeln avvisades: den kan ha kopierats. Vi har informerat kontots ägare via e-post. Använd en annan metod.
factors-passkey-expired = Begäran om lösennyckel har gått ut eller har redan använts. Försök igen.
factors-passkey-refused = Den här lösennyckeln är inte registrerad hos oss. Logga in med din e-postadress och ditt lösenord.
factors-passkey-cloned = Den här lösennyckeln avvisades: den kan ha kopierats. Vi har informerat kontots ägare via e-post.
factors-keys-max = { $count ->
    [one] Ett konto kan ha { $count } säkerhetsnyckel eller lösennyckel; ta bort den först.
   *[other] Ett konto kan ha { $count } säkerhetsnycklar eller lösennycklar; ta bort en först.
}
factors-key-name-length = { $count ->
    [one] Ge nyckeln ett namn på 1 till { $count } tecken.
   *[other] Ge nyckeln ett namn på 1 till { $count } tecken.
}
factors-key-request-expired = Den här begäran har gått ut eller har redan använts: lägg till nyckeln igen.
factors-key-malformed = Nyckelns svar är felaktigt utformat.
factors-key-unverified = Nyckelns svar kunde inte verifieras för den här webbplatsen. Försök igen.
factors-key-registered = Den här nyckeln är redan registrerad.

## Återställningskoder

factors-codes-title = Mina återställningskoder
factors-codes-intro = Om du förlorar din telefon, token och dina säkerhetsnycklar kan du med en återställningskod logga in till Mitt konto för att lägga till en ny verifieringsmetod. Varje kod fungerar en gång. Förvara dem på ett säkert ställe, åtskilda från ditt lösenord: utskrivna eller i en lösenordshanterare.
factors-codes-new = Här är dina nya återställningskoder. De visas bara den här gången: skriv ner dem eller skriv ut dem nu. De gamla fungerar inte längre.
factors-codes-left = { $count ->
    [one] Du har { $count } oanvänd återställningskod (skapad { $date }).
   *[other] Du har { $count } oanvända återställningskoder (skapade { $date }).
}
factors-codes-none = Du har inga återställningskoder ännu.
factors-codes-generate-new = Generera nya återställningskoder
factors-codes-generate = Generera återställningskoder
factors-codes-add-first = Lägg först till en andra verifieringsmetod: återställningskoderna ersätter den om den går förlorad.
factors-codes-need-real-factor = En återställningskod kan inte skapa nya återställningskoder. Logga in igen med en andra verifieringsmetod (lägg först till en om du inte har någon) och skapa dem sedan.
factors-code-wrong = Det här är inte en av dina återställningskoder, eller så har den redan använts.
factors-code-sign-in-again = En återställningskod gäller bara inom 15 minuter efter att du loggat in med ditt lösenord. Din kod användes inte: logga ut, logga in igen med ditt lösenord och skriv sedan koden.
factors-code-lapsed = De 15 minuterna för att lägga till en verifieringsmetod med din återställningskod har gått. Logga ut och logga sedan in igen med ditt lösenord och en annan återställningskod.
factors-recovery-code = Återställningskod
factors-recovery-code-explained = Skriv in en av dina återställningskoder. Den ger dig tillgång till Mitt konto för att lägga till en ny verifieringsmetod; den loggar inte in dig i applikationer.
factors-recovery-continue = Fortsätt till Mitt konto

## "Säkra mitt konto"

factors-secure-title = Säkra mitt konto
factors-secure-explained = Alla andra faktorer för kontot { $email } togs bort av någon som loggade in med enbart dess lösenord. Om det inte var du känner någon till ditt lösenord.
factors-secure-what = När kontot säkras tas dess lösenord bort, alla sessioner avslutas och alla applikationers åtkomst återkallas. Du väljer sedan ett nytt lösenord med ”Glömt lösenordet?”, via din e-post.
factors-link-dead-title = Den här länken kan inte användas
factors-link-dead-text = Den har redan använts eller har gått ut. Om du tror att någon känner till ditt lösenord, välj ett nytt med ”Glömt lösenordet?”.
factors-secured-title = Ditt konto är säkrat
factors-secured-text = Lösenordet har tagits bort, alla sessioner har avslutats och alla applikationers åtkomst har återkallats.
factors-secured-next = Välj ett nytt lösenord nu med ”Glömt lösenordet?”: länken skickas till din e-post.

## Sidans skript medan det kommunicerar med en säkerhetsnyckel

factors-script-server-failed = Servern kunde inte starta begäran. Ladda om sidan och försök igen.
factors-script-unsupported = Den här webbläsaren kan inte använda säkerhetsnycklar eller lösennycklar. Använd en uppdaterad webbläsare eller en annan verifieringsmetod.
factors-script-cancelled = Begäran avbröts eller tog för lång tid. Försök igen.
factors-script-no-answer = Nyckeln svarade inte. Försök igen.
factors-script-name-first = Ge först nyckeln ett namn.
