# Glossary (nl): sign in = aanmelden / aanmelding; sign out = afmelden; account = account
# (het); My account = Mijn account; password = wachtwoord ("Lost your password?" =
# Wachtwoord vergeten?); e-mail address = e-mailadres; verification method =
# verificatiemethode; second factor = tweede factor; multi-factor authentication =
# multifactorauthenticatie; mobile app = mobiele app; PIN code = PIN-code; QR code = QR-code;
# SMS = SMS (SMS text challenge = SMS-code); security key = beveiligingssleutel;
# passkey = passkey; token = token; application = toepassing; access request =
# toegangsaanvraag; access profile = toegangsprofiel; Coordinator = coördinator;
# organisation = organisatie; institution = instelling; healthcare provider = zorgaanbieder;
# network = netwerk; panel = panel; patient = patiënt; consent = toestemming;
# session = sessie; device = apparaat; recovery code = herstelcode.

login-too-many-wrong-passwords = { $count ->
    [one] Te veel onjuiste wachtwoorden. Wacht { $count } seconde voordat u het opnieuw probeert.
   *[other] Te veel onjuiste wachtwoorden. Wacht { $count } seconden voordat u het opnieuw probeert.
}

## De aanmeldpagina's

login-title = Aanmelden
login-heading = Meld u aan om verder te gaan
login-app-requires-authentication = { $app } vereist dat u zich authenticeert
login-email-label = E-mail
login-next = Volgende
login-or-without-password = Of zonder wachtwoord:
login-passkey-button = Aanmelden met een passkey
login-create-account = Account aanmaken
login-email-invalid = Voer het e-mailadres van uw account in, bijv. name@hospital.eu.
login-welcome-back = Welkom terug
login-welcome = Welkom
login-account-external = (Extern)
login-different-email = Aanmelden met een ander e-mailadres?
login-password-label = Wachtwoord
login-lost-password = Wachtwoord vergeten?
login-choose-method = Kies uw verificatiemethode
login-phone-label = Mobiele telefoon
login-phone-hint = Internationaal formaat met landcode, bijv. voor België: +32 123 45 67 89
login-robot-intro = Vanuit uw netwerk zijn de laatste tijd veel aanmeldingen mislukt. Daarom lost uw browser eerst een kleine puzzel op om te laten zien dat hij geen robot is. Hiervoor is JavaScript nodig; het duurt enkele seconden.
login-submit = Aanmelden

## Weigeringen bij de wachtwoordstap

login-wrong-credentials = Het e-mailadres of het wachtwoord is onjuist.
login-account-disabled = Dit account is door een beheerder uitgeschakeld. Neem contact op met uw helpdesk om het weer te laten inschakelen.
login-account-locked = Na meerdere onjuiste wachtwoorden is dit account geblokkeerd tot { $until }. Het wordt vanzelf weer vrijgegeven; de eigenaar is per e-mail op de hoogte gebracht.
login-robot-check-needed = Vanuit uw netwerk zijn de laatste tijd veel aanmeldingen mislukt: wacht tot de antirobotcontrole hieronder aangeeft dat zij klaar is en meld u dan opnieuw aan.

## De verificatiemethoden

login-method-password-title = Wachtwoord
login-method-password-hint = Authenticeer u met alleen uw wachtwoord.
login-method-sms-title = Mobiele telefoon + SMS
login-method-sms-hint = Stuur een SMS-bericht naar een geregistreerd mobiel telefoonnummer voor multifactorauthenticatie.
login-method-app-title = PIN-code mobiele app
login-method-app-hint = Gebruik uw geregistreerde mobiele app om uw identiteit te verifiëren.
login-method-qr-title = QR-code mobiele app
login-method-qr-hint = Genereer een eenmalig wachtwoord met de mobiele app.
login-method-token-title = Token
login-method-token-hint = Gebruik een token of een authenticator-app om een eenmalig wachtwoord te genereren waarmee u zich aanmeldt.
login-method-webauthn-title = Beveiligingssleutel of vertrouwd platform (TPM)
login-method-webauthn-hint = Gebruik uw geregistreerde beveiligingssleutel of de ingebouwde authenticator van uw apparaat om uw identiteit te verifiëren.
login-method-recovery-title = Herstelcode
login-method-recovery-hint = Telefoon, token of sleutel kwijt? Gebruik een herstelcode om Mijn account te openen en een nieuwe verificatiemethode toe te voegen.

## De pagina die om een tweede factor vraagt als het account die altijd vereist

login-verify-always-mfa = Uw account vereist altijd multifactorauthenticatie.
login-verify-app-hint = Bevestig de aanmelding in de mobiele app met uw PIN.
login-verify-qr-hint = Scan met de mobiele app (werkt ook offline) een QR-code en voer het eenmalige wachtwoord in dat de app toont.
login-verify-token-hint = Voer de code van uw authenticator-app of hardwaretoken in.

## Regels van de beveiligingsgeschiedenis

login-history-locked = geblokkeerd na meerdere onjuiste wachtwoorden
login-history-new-browser = nieuwe aanmelding vanuit een niet eerder gebruikte browser ({ $browser })
