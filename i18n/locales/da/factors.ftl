## Fælles for flere sider

factors-sign-in = Log ind
factors-confirm = Bekræft
factors-try-again = Prøv igen
factors-please-try-again = Prøv venligst igen.
factors-delete-named = Slet { $name }
factors-added-on = (tilføjet { $date })
factors-hold-notice = Alle metoder til anden faktor på din konto blev slettet kun med adgangskoden. Af hensyn til din sikkerhed kan en ny først tilføjes fra { $until }. Vi har sendt kontoens ejer en e-mail om det.
factors-already-has-factor = Din konto har allerede en ekstra verifikationsmetode.
factors-devices-confirm-first = For at tilføje eller slette en enhed skal du først bekræfte med den: Log ind igen, og vælg den.
factors-confirm-first = For at tilføje eller slette en skal du først bekræfte med den: Log ind igen, og vælg den.
factors-confirm-recent = Denne ændring kræver en bekræftelse med din ekstra verifikationsmetode inden for de seneste 15 minutter. Bekræft igen, og gentag derefter dette trin.
factors-phones-confirm-first = For at tilføje eller slette et nummer skal du først bekræfte med Mobiltelefon + SMS.
factors-confirm-current-first = Bekræft først med din nuværende ekstra verifikationsmetode (log ind igen, og vælg den).
factors-mfa-add-first = Tilføj først et mobiltelefonnummer eller et token.
factors-held = Alle metoder til anden faktor på denne konto blev slettet kun med adgangskoden: Af hensyn til din sikkerhed kan der endnu ikke tilføjes en ny. Se den e-mail, vi har sendt.
factors-held-code = En anden faktor blev tilføjet til denne konto med en gendannelseskode: Af hensyn til din sikkerhed kan der indtil { $until } ikke tilføjes eller slettes en anden faktor, genereres gendannelseskoder, ændres e-mailadressen eller slettes kontoen. Se den e-mail, vi har sendt.
factors-code-not-enough = En gendannelseskode lader dig tilføje en ekstra verifikationsmetode, intet andet: For at fjerne en eller ændre din e-mailadresse, dine gendannelseskoder eller din konto skal du logge ind igen med en ekstra verifikationsmetode, du har.
factors-too-many-codes = For mange forkerte koder. Vent 15 minutter, før du prøver igen.

## Metoderne og hvad de gør (»Vælg din verifikationsmetode«)

factors-choose-method = Vælg din verifikationsmetode
factors-level-high = { $app } kræver det højeste loginniveau (niveau »{ $level }«): en sikkerhedsnøgle eller adgangsnøgle, der kontrollerer din PIN, dit fingeraftryk eller dit ansigt. Den kan ikke bruges på et andet websted, hvilket beskytter dig mod phishing.
factors-level-substantial = { $app } kræver et stærkere login (niveau »{ $level }«): din adgangskode og en ekstra verifikationsmetode.
factors-method-key-hint-high = Bekræft med PIN, fingeraftryk eller ansigt, når du bliver bedt om det.
factors-no-key = Din konto har ingen sikkerhedsnøgle eller adgangsnøgle, så du kan endnu ikke nå dette niveau.
factors-no-key-add = For at fortsætte til { $app } skal du tilføje en (en sikkerhedsnøgle eller din enheds indbyggede godkendelsesfunktion) og derefter komme tilbage:
factors-no-factor = Din konto har endnu ingen ekstra verifikationsmetode, så du kan ikke fortsætte til { $app }.
factors-no-factor-add = Tilføj en på en af disse sider, og kom derefter tilbage:
factors-cancel = Annuller, og gå tilbage til { $app }

## Mobiltelefonnumre og SMS-koden

factors-phones-title = Administrer mine mobiltelefonnumre
factors-phones-none = Du har endnu intet mobiltelefonnummer.
factors-phone-confirmed = (bekræftet)
factors-phone-not-confirmed = (endnu ikke bekræftet)
factors-phones-confirm-number = Bekræft { $number }
factors-sms-enter-challenge = Indtast den SMS-kode, der er sendt til din mobiltelefon. Det kan tage flere minutter, før beskeden når frem til din mobiltelefon.
factors-sms-challenge-label = SMS-kode
factors-phones-add = Tilføj et mobiltelefonnummer
factors-mobile-phone-label = Mobiltelefon
factors-phone-hint = Internationalt format med landekode, f.eks. for Belgien: +32 123 45 67 89
factors-sms-title = Godkendelse med SMS-kode
factors-sms-number-label = Mobiltelefonnummer
factors-too-many-sms = Der er anmodet om for mange SMS'er til denne konto, dette nummer eller dette netværk. Prøv igen om en time.
factors-sms-sent = Vi har sendt en SMS-kode til { $number }.
factors-phone-added = { $number } er bekræftet. Du kan nu bruge det til at logge ind med Mobiltelefon + SMS.
factors-phone-deleted = Nummeret er slettet.
factors-sms-wrong = { $count ->
    [one] Dette er ikke den SMS-kode, vi sendte. { $count } forsøg tilbage.
   *[other] Dette er ikke den SMS-kode, vi sendte. { $count } forsøg tilbage.
}
factors-sms-expired = Denne kode er udløbet eller opbrugt (for mange forkerte forsøg). Bed om en ny.
factors-phone-format = Indtast nummeret i internationalt format med landekode, f.eks. for Belgien: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] En konto kan højst have { $count } mobiltelefonnummer.
   *[other] En konto kan højst have { $count } mobiltelefonnumre.
}
factors-phone-already-confirmed = Dette nummer er allerede bekræftet for din konto.
factors-phone-not-yours = Dette er ikke et af de bekræftede mobiltelefonnumre på din konto.

## Tokens (godkendelsesapps)

factors-tokens-title = Administrer mine tokens
factors-tokens-intro = Et token er en godkendelsesapp (eller et hardwaretoken), der viser en ny 6-cifret kode hvert 30. sekund.
factors-token-added-on = Token tilføjet { $date }
factors-token-delete = Slet det token, der blev tilføjet { $date }
factors-tokens-add = Tilføj et token
factors-tokens-scan = Scan denne QR-kode med din godkendelsesapp, eller indtast den hemmelige nøgle i den.
factors-tokens-qr-label = QR-kode med tokenets nøgle
factors-tokens-secret = Hemmelig nøgle:
factors-token-code-label = Tokenkode
factors-tokens-confirm = Bekræft tokenet
factors-token-enter = Indtast den kode, som din godkendelsesapp eller dit token viser nu.
factors-token-added = Dit token er tilføjet. Du kan nu logge ind med det.
factors-token-deleted = Tokenet er slettet.
factors-token-enrolment-expired = Registreringen er udløbet. Start forfra.
factors-token-wrong-try-next = Dette er ikke den kode, dit token viser nu. Prøv den næste.
factors-token-used = Denne kode er allerede brugt. Vent på den næste.
factors-token-wrong = Dette er ikke den kode, dit token viser nu.

## Mobilappen: enheder, »PIN-kode til mobilapp«, »QR-kode til mobilapp«

factors-devices-title = Administrer mine mobilenheder
factors-devices-none = Du har endnu ingen mobilenhed.
factors-devices-add = Tilføj en enhed
factors-devices-scan = Åbn mobilappen, og scan denne QR-kode. Den virker én gang i 10 minutter.
factors-devices-qr-label = QR-kode med registreringslinket
factors-devices-link = Uden kamera kan du give appen dette link:
factors-panic-title = Slet alle mine enheder (PANIC)
factors-panic-explained = Hvis en telefon med appen er blevet mistet eller stjålet: Alle enheder og tokens slettes på én gang, og alle sessioner, også denne, afsluttes.
factors-device-deleted = Enheden er slettet.
factors-panic-done-title = Alle dine enheder er slettet
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] { $devices } mobilenhed og { $tokens } token blev slettet, og alle sessioner blev afsluttet.
       *[other] { $devices } mobilenhed og { $tokens } tokens blev slettet, og alle sessioner blev afsluttet.
    }
   *[other] { $tokens ->
        [one] { $devices } mobilenheder og { $tokens } token blev slettet, og alle sessioner blev afsluttet.
       *[other] { $devices } mobilenheder og { $tokens } tokens blev slettet, og alle sessioner blev afsluttet.
    }
}
factors-panic-held = Du bekræftede dette kun med din adgangskode, så af hensyn til din sikkerhed kan en ny enhed eller et nyt token først tilføjes fra { $until }. Vi har sendt dig en e-mail om det med et link til at sikre din konto, hvis det ikke var dig.
factors-panic-mailed = Vi har sendt dig en e-mail om det. Log ind igen for at tilføje en ny enhed.
factors-panic-wrong-password = Dette er ikke din adgangskode: Intet blev slettet.
factors-panic-confirm-first = Din konto har stadig et bekræftet mobiltelefonnummer: Bekræft først med Mobiltelefon + SMS.
factors-app-start-explained = Vi sender en loginanmodning til appen på din mobilenhed. Denne side viser derefter et tal: Vælg det i appen, og indtast din PIN.
factors-app-send = Send anmodningen til min mobilapp
factors-app-pick = Åbn appen på din mobilenhed, vælg dette tal, og indtast din PIN:
factors-app-number-label = Tallet, du skal vælge i appen
factors-app-waiting = Venter på din mobilenhed. Denne side fortsætter af sig selv, når du har svaret i appen.
factors-app-answered = Jeg har svaret i appen: fortsæt
factors-app-no-device = Din konto har ingen mobilenhed. Tilføj en under »Administrer mine mobilenheder«.
factors-app-already-waiting = En loginanmodning venter allerede i din mobilapp. Besvar den dér, eller vent to minutter, til den udløber.
factors-app-too-many = Der er sendt for mange loginanmodninger til din mobilapp i denne time. Vælg en anden verifikationsmetode, eller prøv igen senere.
factors-app-request-unknown = Denne loginanmodning er ukendt eller afsluttet.
factors-app-request-expired = Anmodningen udløb, før appen svarede.
factors-app-request-ended = Denne loginanmodning er afsluttet.
factors-app-refused-wrong-number = Login blev afvist: Der blev valgt et forkert tal i appen.
factors-app-refused-denied = Login blev afvist: Det blev afvist i appen.
factors-app-qr-scan = Scan denne QR-kode med mobilappen (virker også offline), og indtast den engangsadgangskode, den viser.
factors-app-qr-label = QR-kode med kontrolkoden { $challenge }
factors-app-qr-challenge = Kontrolkode:
factors-otp-label = Engangsadgangskode
factors-app-qr-new = Vis en ny QR-kode
factors-qr-ended = Denne kontrolkode er ikke længere gyldig. Bed om en ny.
factors-qr-too-many = For mange forkerte engangsadgangskoder. Vent 15 minutter, eller vælg en anden verifikationsmetode.
factors-qr-wrong = { $count ->
    [one] Dette er ikke den engangsadgangskode, appen viser. { $count } forsøg tilbage.
   *[other] Dette er ikke den engangsadgangskode, appen viser. { $count } forsøg tilbage.
}

## Sikkerhedsnøgler og adgangsnøgler (WebAuthn)

factors-keys-title = Administrer mine sikkerhedsnøgler og adgangsnøgler
factors-keys-intro = En sikkerhedsnøgle (USB, NFC) eller din enheds indbyggede godkendelsesfunktion (Trusted Platform Module, Windows Hello, Touch ID, en telefons skærmlås) beviser, at det er dig, og kan ikke bruges på et andet websted: Den beskytter dig mod phishing. Med PIN eller fingeraftryk når den det højeste niveau, »high«, og den kan logge dig ind uden adgangskode (som adgangsnøgle).
factors-keys-none = Endnu ingen sikkerhedsnøgle eller adgangsnøgle.
factors-keys-yours = Dine sikkerhedsnøgler og adgangsnøgler
factors-keys-name = Navn
factors-keys-added = Tilføjet
factors-keys-last-used = Sidst brugt
factors-keys-action = Handling
factors-keys-never-used = aldrig
factors-keys-add = Tilføj en sikkerhedsnøgle eller adgangsnøgle
factors-keys-name-label = Nøglens navn
factors-keys-name-placeholder = f.eks. Blå USB-nøgle, Arbejdscomputer
factors-keys-needs-script = Det kræver JavaScript at tilføje en sikkerhedsnøgle: Din browser kommunikerer med nøglen.
factors-key-added = Sikkerhedsnøglen »{ $name }« er tilføjet.
factors-key-deleted = Sikkerhedsnøglen er slettet.
factors-key-explained = Brug din registrerede sikkerhedsnøgle eller din enheds indbyggede godkendelsesfunktion til at bekræfte din identitet. Indsæt eller berør nøglen, eller bekræft med din PIN, dit fingeraftryk eller dit ansigt, når din browser beder om det.
factors-key-use = Brug min sikkerhedsnøgle
factors-key-needs-script = Det kræver JavaScript at logge ind med en sikkerhedsnøgle: Din browser kommunikerer med nøglen.
factors-key-none-add = Din konto har endnu ingen sikkerhedsnøgle: Tilføj en under Min konto, »Administrer mine sikkerhedsnøgler og adgangsnøgler«.
factors-key-none = Din konto har endnu ingen sikkerhedsnøgle.
factors-key-expired = Anmodningen er udløbet eller allerede brugt. Prøv igen.
factors-key-refused = Denne nøgles svar kunne ikke verificeres. Brug en nøgle, der er registreret til din konto.
factors-key-cloned = Denne nøgle blev afvist: Den kan være blevet kopieret. Vi har givet kontoens ejer besked pr. e-mail. Brug en anden metode.
factors-passkey-expired = Anmodningen med adgangsnøglen er udløbet eller allerede brugt. Prøv igen.
factors-passkey-refused = Denne adgangsnøgle er ikke registreret hos os. Log ind med din e-mailadresse og adgangskode.
factors-passkey-cloned = Denne adgangsnøgle blev afvist: Den kan være blevet kopieret. Vi har givet kontoens ejer besked pr. e-mail.
factors-keys-max = { $count ->
    [one] En konto kan have { $count } sikkerhedsnøgle eller adgangsnøgle; slet den først.
   *[other] En konto kan have { $count } sikkerhedsnøgler eller adgangsnøgler; slet en først.
}
factors-key-name-length = { $count ->
    [one] Giv nøglen et navn på 1 til { $count } tegn.
   *[other] Giv nøglen et navn på 1 til { $count } tegn.
}
factors-key-request-expired = Denne anmodning er udløbet eller allerede brugt: Tilføj nøglen igen.
factors-key-malformed = Nøglens svar er ugyldigt.
factors-key-unverified = Nøglens svar kunne ikke verificeres for dette websted. Prøv igen.
factors-key-registered = Denne nøgle er allerede registreret.

## Gendannelseskoder

factors-codes-title = Mine gendannelseskoder
factors-codes-intro = Hvis du mister din telefon, dit token og dine sikkerhedsnøgler, kan du med en gendannelseskode logge ind så langt som til Min konto for at tilføje en ny verifikationsmetode. Hver kode virker én gang. Opbevar dem et sikkert sted, adskilt fra din adgangskode: udskrevet eller i en adgangskodeadministrator.
factors-codes-new = Her er dine nye gendannelseskoder. De vises kun denne ene gang: Skriv dem ned, eller udskriv dem nu. De gamle virker ikke længere.
factors-codes-left = { $count ->
    [one] Du har { $count } ubrugt gendannelseskode (oprettet { $date }).
   *[other] Du har { $count } ubrugte gendannelseskoder (oprettet { $date }).
}
factors-codes-none = Du har endnu ingen gendannelseskoder.
factors-codes-generate-new = Generer nye gendannelseskoder
factors-codes-generate = Generer gendannelseskoder
factors-codes-add-first = Tilføj først en ekstra verifikationsmetode: Gendannelseskoder træder i stedet for den, hvis den mistes.
factors-codes-need-real-factor = En gendannelseskode kan ikke lave nye gendannelseskoder. Log ind igen med en ekstra verifikationsmetode (tilføj først en, hvis du ikke har nogen), og generér dem derefter.
factors-code-wrong = Dette er ikke en af dine gendannelseskoder, eller den er allerede brugt.
factors-code-sign-in-again = En gendannelseskode gælder kun inden for 15 minutter efter, at du er logget ind med din adgangskode. Din kode blev ikke brugt: log ud, log ind igen med din adgangskode, og skriv derefter koden.
factors-code-lapsed = De 15 minutter til at tilføje en bekræftelsesmetode med din gendannelseskode er gået. Log ud, og log derefter ind igen med din adgangskode og en anden gendannelseskode.
factors-recovery-code = Gendannelseskode
factors-recovery-code-explained = Indtast en af dine gendannelseskoder. Den giver dig adgang til Min konto, så du kan tilføje en ny verifikationsmetode; den logger dig ikke ind i applikationer.
factors-recovery-continue = Fortsæt til Min konto

## »Sikr min konto«

factors-secure-title = Sikr min konto
factors-secure-explained = Alle metoder til anden faktor på kontoen { $email } blev slettet af en person, der loggede ind kun med adgangskoden. Hvis det ikke var dig, kender nogen din adgangskode.
factors-secure-what = Når kontoen sikres, fjernes dens adgangskode, alle sessioner afsluttes, og alle applikationers adgang tilbagekaldes. Derefter vælger du en ny adgangskode med »Glemt adgangskode?« via din indbakke.
factors-link-dead-title = Dette link kan ikke bruges
factors-link-dead-text = Det er allerede brugt eller udløbet. Hvis du tror, at nogen kender din adgangskode, så vælg en ny med »Glemt adgangskode?«.
factors-secured-title = Din konto er sikret
factors-secured-text = Dens adgangskode er fjernet, alle sessioner er afsluttet, og alle applikationers adgang er tilbagekaldt.
factors-secured-next = Vælg en ny adgangskode nu med »Glemt adgangskode?«: Linket sendes til din indbakke.

## Meddelelser fra sidens script, mens det kommunikerer med en sikkerhedsnøgle

factors-script-server-failed = Serveren kunne ikke starte anmodningen. Genindlæs siden, og prøv igen.
factors-script-unsupported = Denne browser kan ikke bruge sikkerhedsnøgler eller adgangsnøgler. Brug en opdateret browser eller en anden verifikationsmetode.
factors-script-cancelled = Anmodningen blev annulleret eller fik timeout. Prøv igen.
factors-script-no-answer = Nøglen svarede ikke. Prøv igen.
factors-script-name-first = Giv først nøglen et navn.
