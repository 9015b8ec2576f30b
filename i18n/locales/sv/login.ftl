# Glossary (sv): sign in = logga in / inloggning; sign out = logga ut; account = konto;
# My account = Mitt konto; password = lösenord ("Lost your password?" = Glömt lösenordet?);
# e-mail address = e-postadress; verification method = verifieringsmetod;
# second factor = andra faktor; second verification method = andra verifieringsmetod;
# multi-factor authentication = flerfaktorsautentisering; authenticator app = autentiseringsapp;
# mobile app = mobilapp; PIN code = PIN-kod; QR code = QR-kod; SMS = SMS
# (SMS text challenge = SMS-kod); security key = säkerhetsnyckel; passkey = lösennyckel;
# token = token; application = applikation; access request = åtkomstbegäran;
# access profile = åtkomstprofil; Coordinator = koordinator; organisation = organisation;
# institution = institution; healthcare provider = vårdgivare; network = nätverk;
# panel = panel; patient = patient; consent = samtycke; session = session; device = enhet;
# recovery code = återställningskod.
# Form of address: "du", as Swedish authorities and EU Login in Swedish write.

login-too-many-wrong-passwords = { $count ->
    [one] För många felaktiga lösenord. Vänta { $count } sekund innan du försöker igen.
   *[other] För många felaktiga lösenord. Vänta { $count } sekunder innan du försöker igen.
}

## Inloggningssidorna

login-title = Logga in
login-heading = Logga in för att fortsätta
login-app-requires-authentication = { $app } kräver att du autentiserar dig
login-email-label = E-post
login-next = Nästa
login-or-without-password = Eller utan lösenord:
login-passkey-button = Logga in med en lösennyckel
login-create-account = Skapa ett konto
login-email-invalid = Ange e-postadressen till ditt konto, t.ex. namn@hospital.eu.
login-welcome-back = Välkommen tillbaka
login-welcome = Välkommen
login-account-external = (Extern)
login-different-email = Logga in med en annan e-postadress?
login-password-label = Lösenord
login-lost-password = Glömt lösenordet?
login-choose-method = Välj verifieringsmetod
login-phone-label = Mobiltelefon
login-phone-hint = Internationellt format med landsnummer, t.ex. för Belgien: +32 123 45 67 89
login-robot-intro = Många inloggningar från ditt nätverk har misslyckats på sistone, så din webbläsare löser först ett litet pussel för att visa att den inte är en robot. Det kräver JavaScript och tar några sekunder.
login-submit = Logga in

## Avslag vid lösenordssteget

login-wrong-credentials = E-postadressen eller lösenordet är felaktigt.
login-account-disabled = Det här kontot har inaktiverats av en administratör. Kontakta din helpdesk för att få det aktiverat igen.
login-account-locked = Efter flera felaktiga lösenord är det här kontot låst till { $until }. Det låses upp automatiskt; ägaren har informerats via e-post.
login-robot-check-needed = Många inloggningar från ditt nätverk har misslyckats på sistone: vänta tills robotkontrollen nedan är klar och logga sedan in igen.

## Verifieringsmetoderna

login-method-password-title = Lösenord
login-method-password-hint = Autentisera dig endast med ditt lösenord.
login-method-sms-title = Mobiltelefon + SMS
login-method-sms-hint = Skicka ett textmeddelande till ett registrerat mobilnummer för flerfaktorsautentisering.
login-method-app-title = PIN-kod för mobilappen
login-method-app-hint = Använd din registrerade mobilapp för att bekräfta din identitet.
login-method-qr-title = QR-kod för mobilappen
login-method-qr-hint = Generera ett engångslösenord med mobilappen.
login-method-token-title = Token
login-method-token-hint = Använd en token eller en autentiseringsapp för att generera ett engångslösenord för inloggning.
login-method-webauthn-title = Säkerhetsnyckel eller betrodd plattform (TPM)
login-method-webauthn-hint = Använd din registrerade säkerhetsnyckel eller enhetens inbyggda autentiserare för att bekräfta din identitet.
login-method-recovery-title = Återställningskod
login-method-recovery-hint = Har du tappat bort din telefon, token eller nyckel? Använd en återställningskod för att komma till Mitt konto och lägga till en ny verifieringsmetod.

## Sidan som begär en andra faktor när kontot alltid kräver en

login-verify-always-mfa = Ditt konto kräver alltid flerfaktorsautentisering.
login-verify-app-hint = Bekräfta inloggningen i mobilappen med din PIN-kod.
login-verify-qr-hint = Skanna en QR-kod med mobilappen, som fungerar offline, och skriv in dess engångslösenord.
login-verify-token-hint = Skriv in koden från din autentiseringsapp eller maskinvarutoken.

## Rader i kontots säkerhetshistorik (börjar med liten bokstav)

login-history-locked = låst efter flera felaktiga lösenord
login-history-new-browser = ny inloggning från en webbläsare som inte setts tidigare ({ $browser })
