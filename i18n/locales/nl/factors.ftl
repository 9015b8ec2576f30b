## Gedeeld door meerdere pagina's

factors-sign-in = Aanmelden
factors-confirm = Bevestigen
factors-try-again = Opnieuw proberen
factors-please-try-again = Probeer het opnieuw.
factors-delete-named = { $name } verwijderen
factors-added-on = (toegevoegd op { $date })
factors-hold-notice = Alle tweede factoren van uw account zijn met alleen het wachtwoord verwijderd. Voor uw veiligheid kan pas vanaf { $until } een nieuwe worden toegevoegd. We hebben de eigenaar van het account hierover een e-mail gestuurd.
factors-already-has-factor = Uw account heeft al een tweede verificatiemethode.
factors-devices-confirm-first = Om een apparaat toe te voegen of te verwijderen, bevestigt u eerst met die methode: meld u opnieuw aan en kies deze daarbij.
factors-confirm-first = Om er een toe te voegen of te verwijderen, bevestigt u eerst met die methode: meld u opnieuw aan en kies deze daarbij.
factors-confirm-recent = Voor deze wijziging is een bevestiging met uw tweede verificatiemethode van de afgelopen 15 minuten nodig. Bevestig opnieuw en herhaal dan deze stap.
factors-phones-confirm-first = Om er een toe te voegen of te verwijderen, bevestigt u eerst met Mobiele telefoon + SMS.
factors-confirm-current-first = Bevestig eerst met uw huidige tweede verificatiemethode (meld u opnieuw aan en kies deze daarbij).
factors-mfa-add-first = Voeg eerst een mobiel telefoonnummer of een token toe.
factors-held = Alle tweede factoren van dit account zijn met alleen het wachtwoord verwijderd: voor uw veiligheid kan nog geen nieuwe worden toegevoegd. Zie de e-mail die we hebben gestuurd.
factors-held-code = Met een herstelcode is een tweede factor aan dit account toegevoegd: voor uw veiligheid kan tot { $until } geen tweede factor worden toegevoegd of verwijderd, geen herstelcode worden gegenereerd, het e-mailadres niet worden gewijzigd en het account niet worden verwijderd. Zie de e-mail die we hebben gestuurd.
factors-code-not-enough = Met een herstelcode kunt u een tweede verificatiemethode toevoegen, meer niet: om er een te verwijderen of uw e-mailadres, uw herstelcodes of uw account te wijzigen, meldt u zich opnieuw aan met een tweede verificatiemethode die u hebt.
factors-too-many-codes = Te veel onjuiste codes. Wacht 15 minuten voordat u het opnieuw probeert.

## De methoden en wat ze doen ("Kies uw verificatiemethode")

factors-choose-method = Kies uw verificatiemethode
factors-level-high = { $app } vereist het hoogste aanmeldniveau (niveau "{ $level }"): een beveiligingssleutel of passkey die uw PIN, vingerafdruk of gezicht controleert. Deze kan niet op een andere website worden gebruikt en beschermt u zo tegen phishing.
factors-level-substantial = { $app } vereist een sterkere aanmelding (niveau "{ $level }"): uw wachtwoord en een tweede verificatiemethode.
factors-method-key-hint-high = Bevestig met de PIN, vingerafdruk of gezichtsherkenning wanneer daarom wordt gevraagd.
factors-no-key = Uw account heeft geen beveiligingssleutel of passkey, dus u kunt dit niveau nog niet bereiken.
factors-no-key-add = Om door te gaan naar { $app }, voegt u er een toe (een beveiligingssleutel of de ingebouwde authenticator van uw apparaat) en komt u daarna terug:
factors-no-factor = Uw account heeft nog geen tweede verificatiemethode, dus u kunt niet doorgaan naar { $app }.
factors-no-factor-add = Voeg er een toe op een van deze pagina's en kom daarna terug:
factors-cancel = Annuleren en teruggaan naar { $app }

## Mobiele telefoonnummers en de SMS-code

factors-phones-title = Mijn mobiele telefoonnummers beheren
factors-phones-none = U hebt nog geen mobiel telefoonnummer.
factors-phone-confirmed = (bevestigd)
factors-phone-not-confirmed = (nog niet bevestigd)
factors-phones-confirm-number = { $number } bevestigen
factors-sms-enter-challenge = Voer de SMS-code in die per SMS naar uw mobiele telefoon is gestuurd. Het kan enkele minuten duren voordat het bericht uw mobiele telefoon bereikt.
factors-sms-challenge-label = SMS-code
factors-phones-add = Mobiel telefoonnummer toevoegen
factors-mobile-phone-label = Mobiele telefoon
factors-phone-hint = Internationaal formaat met landcode, bijv. voor België: +32 123 45 67 89
factors-sms-title = Authenticatie met een SMS-code
factors-sms-number-label = Mobiel telefoonnummer
factors-too-many-sms = Er zijn te veel SMS-berichten aangevraagd voor dit account, dit nummer of dit netwerk. Probeer het over een uur opnieuw.
factors-sms-sent = We hebben een SMS-code gestuurd naar { $number }.
factors-phone-added = { $number } is bevestigd. U kunt het nu gebruiken om u aan te melden met Mobiele telefoon + SMS.
factors-phone-deleted = Het nummer is verwijderd.
factors-sms-wrong = { $count ->
    [one] Dit is niet de SMS-code die we hebben gestuurd. Nog { $count } poging over.
   *[other] Dit is niet de SMS-code die we hebben gestuurd. Nog { $count } pogingen over.
}
factors-sms-expired = Deze code is verlopen of opgebruikt (te veel onjuiste pogingen). Vraag een nieuwe aan.
factors-phone-format = Voer het nummer in internationaal formaat in, met de landcode, bijv. voor België: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Een account kan maximaal { $count } mobiel telefoonnummer hebben.
   *[other] Een account kan maximaal { $count } mobiele telefoonnummers hebben.
}
factors-phone-already-confirmed = Dit nummer is al bevestigd voor uw account.
factors-phone-not-yours = Dit is geen van de bevestigde mobiele telefoonnummers van uw account.

## Tokens (authenticator-apps)

factors-tokens-title = Mijn tokens beheren
factors-tokens-intro = Een token is een authenticator-app (of een hardwaretoken) die elke 30 seconden een nieuwe code van 6 cijfers toont.
factors-token-added-on = Token toegevoegd op { $date }
factors-token-delete = Het op { $date } toegevoegde token verwijderen
factors-tokens-add = Token toevoegen
factors-tokens-scan = Scan deze QR-code met uw authenticator-app of voer de geheime sleutel daarin in.
factors-tokens-qr-label = QR-code van de sleutel van het token
factors-tokens-secret = Geheime sleutel:
factors-token-code-label = Tokencode
factors-tokens-confirm = Token bevestigen
factors-token-enter = Voer de code in die uw authenticator-app of token nu toont.
factors-token-added = Uw token is toegevoegd. U kunt zich er nu mee aanmelden.
factors-token-deleted = Het token is verwijderd.
factors-token-enrolment-expired = De registratie is verlopen. Begin opnieuw.
factors-token-wrong-try-next = Dit is niet de code die uw token nu toont. Probeer de volgende.
factors-token-used = Deze code is al gebruikt. Wacht op de volgende.
factors-token-wrong = Dit is niet de code die uw token nu toont.

## De mobiele app: apparaten, "PIN-code mobiele app", "QR-code mobiele app"

factors-devices-title = Mijn mobiele apparaten beheren
factors-devices-none = U hebt nog geen mobiel apparaat.
factors-devices-add = Apparaat toevoegen
factors-devices-scan = Open de mobiele app en scan deze QR-code. Hij werkt één keer en is 10 minuten geldig.
factors-devices-qr-label = QR-code van de registratielink
factors-devices-link = Zonder camera geeft u de app deze link:
factors-panic-title = Al mijn apparaten verwijderen (PANIC)
factors-panic-explained = Als een telefoon met de app verloren of gestolen is: alle apparaten en tokens worden in één keer verwijderd en alle sessies, ook deze, worden beëindigd.
factors-device-deleted = Het apparaat is verwijderd.
factors-panic-done-title = Al uw apparaten zijn verwijderd
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] { $devices } mobiel apparaat en { $tokens } token zijn verwijderd en alle sessies zijn beëindigd.
       *[other] { $devices } mobiel apparaat en { $tokens } tokens zijn verwijderd en alle sessies zijn beëindigd.
    }
   *[other] { $tokens ->
        [one] { $devices } mobiele apparaten en { $tokens } token zijn verwijderd en alle sessies zijn beëindigd.
       *[other] { $devices } mobiele apparaten en { $tokens } tokens zijn verwijderd en alle sessies zijn beëindigd.
    }
}
factors-panic-held = U hebt dit alleen met uw wachtwoord bevestigd; daarom kan voor uw veiligheid pas vanaf { $until } een nieuw apparaat of token worden toegevoegd. We hebben u hierover een e-mail gestuurd, met een link om uw account te beveiligen als u dit niet was.
factors-panic-mailed = We hebben u hierover een e-mail gestuurd. Meld u opnieuw aan om een nieuw apparaat toe te voegen.
factors-panic-wrong-password = Dit is niet uw wachtwoord: er is niets verwijderd.
factors-panic-confirm-first = Uw account heeft nog een bevestigd mobiel telefoonnummer: bevestig eerst met Mobiele telefoon + SMS.
factors-app-start-explained = We sturen een aanmeldverzoek naar de app op uw mobiele apparaat. Deze pagina toont dan een getal: kies dat getal in de app en voer uw PIN in.
factors-app-send = Het verzoek naar mijn mobiele app sturen
factors-app-pick = Open de app op uw mobiele apparaat, kies dit getal en voer uw PIN in:
factors-app-number-label = Het getal dat u in de app moet kiezen
factors-app-waiting = Wachten op uw mobiele apparaat. Deze pagina gaat vanzelf verder zodra u in de app hebt geantwoord.
factors-app-answered = Ik heb in de app geantwoord: doorgaan
factors-app-no-device = Uw account heeft geen mobiel apparaat. Voeg er een toe via "Mijn mobiele apparaten beheren".
factors-app-already-waiting = Er wacht al een aanmeldverzoek in uw mobiele app. Beantwoord het daar of wacht twee minuten tot het verloopt.
factors-app-too-many = Er zijn dit uur te veel aanmeldverzoeken naar uw mobiele app gestuurd. Kies een andere verificatiemethode of probeer het later opnieuw.
factors-app-request-unknown = Dit aanmeldverzoek is onbekend of beëindigd.
factors-app-request-expired = Het verzoek is verlopen voordat de app antwoordde.
factors-app-request-ended = Dit aanmeldverzoek is beëindigd.
factors-app-refused-wrong-number = De aanmelding is geweigerd: in de app is een verkeerd getal gekozen.
factors-app-refused-denied = De aanmelding is geweigerd: de aanmelding is in de app afgewezen.
factors-app-qr-scan = Scan deze QR-code met de mobiele app (werkt ook offline) en voer het eenmalige wachtwoord in dat de app toont.
factors-app-qr-label = QR-code van de controlecode { $challenge }
factors-app-qr-challenge = Controlecode:
factors-otp-label = Eenmalig wachtwoord
factors-app-qr-new = Een nieuwe QR-code tonen
factors-qr-ended = Deze controlecode is niet meer geldig. Vraag een nieuwe aan.
factors-qr-too-many = Te veel onjuiste eenmalige wachtwoorden. Wacht 15 minuten of kies een andere verificatiemethode.
factors-qr-wrong = { $count ->
    [one] Dit is niet het eenmalige wachtwoord dat de app toont. Nog { $count } poging over.
   *[other] Dit is niet het eenmalige wachtwoord dat de app toont. Nog { $count } pogingen over.
}

## Beveiligingssleutels en passkeys (WebAuthn)

factors-keys-title = Mijn beveiligingssleutels en passkeys beheren
factors-keys-intro = Een beveiligingssleutel (USB, NFC) of de ingebouwde authenticator van uw apparaat (Trusted Platform Module, Windows Hello, Touch ID, de schermvergrendeling van een telefoon) bewijst dat u het bent en kan niet op een andere website worden gebruikt: zo bent u beschermd tegen phishing. Met de PIN of vingerafdruk bereikt hij het hoogste niveau, "high", en kan hij u zonder wachtwoord aanmelden (een passkey).
factors-keys-none = Nog geen beveiligingssleutel of passkey.
factors-keys-yours = Uw beveiligingssleutels en passkeys
factors-keys-name = Naam
factors-keys-added = Toegevoegd
factors-keys-last-used = Laatst gebruikt
factors-keys-action = Actie
factors-keys-never-used = nooit
factors-keys-add = Beveiligingssleutel of passkey toevoegen
factors-keys-name-label = Naam van de sleutel
factors-keys-name-placeholder = bijv. Blauwe USB-sleutel, Laptop werk
factors-keys-needs-script = Voor het toevoegen van een beveiligingssleutel is JavaScript nodig: uw browser communiceert met de sleutel.
factors-key-added = De beveiligingssleutel "{ $name }" is toegevoegd.
factors-key-deleted = De beveiligingssleutel is verwijderd.
factors-key-explained = Gebruik uw geregistreerde beveiligingssleutel of de ingebouwde authenticator van uw apparaat om uw identiteit te verifiëren. Steek de sleutel in of raak hem aan, of bevestig met uw PIN, vingerafdruk of gezicht wanneer uw browser daarom vraagt.
factors-key-use = Mijn beveiligingssleutel gebruiken
factors-key-needs-script = Voor aanmelden met een beveiligingssleutel is JavaScript nodig: uw browser communiceert met de sleutel.
factors-key-none-add = Uw account heeft nog geen beveiligingssleutel: voeg er een toe in Mijn account, via "Mijn beveiligingssleutels en passkeys beheren".
factors-key-none = Uw account heeft nog geen beveiligingssleutel.
factors-key-expired = Het verzoek is verlopen of al gebruikt. Probeer het opnieuw.
factors-key-refused = Het antwoord van deze sleutel kon niet worden geverifieerd. Gebruik een sleutel die voor uw account is geregistreerd.
factors-key-cloned = Deze sleutel is geweigerd: hij is mogelijk gekopieerd. We hebben de eigenaar van het account per e-mail ingelicht. Gebruik een andere methode.
factors-passkey-expired = Het passkeyverzoek is verlopen of al gebruikt. Probeer het opnieuw.
factors-passkey-refused = Deze passkey is niet bij ons geregistreerd. Meld u aan met uw e-mailadres en wachtwoord.
factors-passkey-cloned = Deze passkey is geweigerd: hij is mogelijk gekopieerd. We hebben de eigenaar van het account per e-mail ingelicht.
factors-keys-max = { $count ->
    [one] Een account kan { $count } beveiligingssleutel of passkey hebben; verwijder die eerst.
   *[other] Een account kan { $count } beveiligingssleutels of passkeys hebben; verwijder er eerst een.
}
factors-key-name-length = { $count ->
    [one] Geef de sleutel een naam van 1 tot { $count } teken.
   *[other] Geef de sleutel een naam van 1 tot { $count } tekens.
}
factors-key-request-expired = Dit verzoek is verlopen of al gebruikt: voeg de sleutel opnieuw toe.
factors-key-malformed = Het antwoord van de sleutel is ongeldig.
factors-key-unverified = Het antwoord van de sleutel kon niet worden geverifieerd voor deze website. Probeer het opnieuw.
factors-key-registered = Deze sleutel is al geregistreerd.

## Herstelcodes

factors-codes-title = Mijn herstelcodes
factors-codes-intro = Als u uw telefoon, token en beveiligingssleutels kwijtraakt, kunt u zich met een herstelcode aanmelden tot in Mijn account om een nieuwe verificatiemethode toe te voegen. Elke code werkt één keer. Bewaar de codes op een veilige plaats, gescheiden van uw wachtwoord: afgedrukt of in een wachtwoordbeheerder.
factors-codes-new = Dit zijn uw nieuwe herstelcodes. Ze worden alleen deze ene keer getoond: schrijf ze nu op of druk ze af. De oude codes werken niet meer.
factors-codes-left = { $count ->
    [one] U hebt { $count } ongebruikte herstelcode (aangemaakt op { $date }).
   *[other] U hebt { $count } ongebruikte herstelcodes (aangemaakt op { $date }).
}
factors-codes-none = U hebt nog geen herstelcodes.
factors-codes-generate-new = Nieuwe herstelcodes genereren
factors-codes-generate = Herstelcodes genereren
factors-codes-add-first = Voeg eerst een tweede verificatiemethode toe: herstelcodes vervangen die als u deze kwijtraakt.
factors-codes-need-real-factor = Met een herstelcode kunt u geen nieuwe herstelcodes maken. Meld u opnieuw aan met een tweede verificatiemethode (voeg er eerst een toe als u er geen hebt) en genereer ze dan.
factors-code-wrong = Dit is geen van uw herstelcodes, of de code is al gebruikt.
factors-code-sign-in-again = Een herstelcode geldt alleen binnen 15 minuten na aanmelden met uw wachtwoord. Uw code is niet gebruikt: meld u af, meld u opnieuw aan met uw wachtwoord en typ dan de code.
factors-code-lapsed = De 15 minuten om met uw herstelcode een verificatiemethode toe te voegen zijn voorbij. Meld u af en meld u daarna opnieuw aan met uw wachtwoord en een andere herstelcode.
factors-recovery-code = Herstelcode
factors-recovery-code-explained = Voer een van uw herstelcodes in. Daarmee krijgt u toegang tot Mijn account om een nieuwe verificatiemethode toe te voegen; u wordt er niet mee aangemeld bij toepassingen.
factors-recovery-continue = Doorgaan naar Mijn account

## "Mijn account beveiligen"

factors-secure-title = Mijn account beveiligen
factors-secure-explained = Alle tweede factoren van het account { $email } zijn verwijderd door iemand die zich met alleen het wachtwoord heeft aangemeld. Als u dat niet was, kent iemand uw wachtwoord.
factors-secure-what = Door het account te beveiligen, wordt het wachtwoord verwijderd, worden alle sessies beëindigd en wordt de toegang van alle toepassingen ingetrokken. Daarna kiest u via "Wachtwoord vergeten?" en uw mailbox een nieuw wachtwoord.
factors-link-dead-title = Deze link kan niet worden gebruikt
factors-link-dead-text = Hij is al gebruikt of is verlopen. Als u denkt dat iemand uw wachtwoord kent, kies dan een nieuw wachtwoord via "Wachtwoord vergeten?".
factors-secured-title = Uw account is beveiligd
factors-secured-text = Het wachtwoord is verwijderd, alle sessies zijn beëindigd en de toegang van alle toepassingen is ingetrokken.
factors-secured-next = Kies nu een nieuw wachtwoord via "Wachtwoord vergeten?": de link wordt naar uw mailbox gestuurd.

## Meldingen van het script van de pagina bij het gebruik van een beveiligingssleutel

factors-script-server-failed = De server kon het verzoek niet starten. Laad de pagina opnieuw en probeer het nogmaals.
factors-script-unsupported = Deze browser kan geen beveiligingssleutels of passkeys gebruiken. Gebruik een actuele browser of een andere verificatiemethode.
factors-script-cancelled = Het verzoek is geannuleerd of er is een time-out opgetreden. Probeer het opnieuw.
factors-script-no-answer = De sleutel heeft niet geantwoord. Probeer het opnieuw.
factors-script-name-first = Geef de sleutel eerst een naam.
