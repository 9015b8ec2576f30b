# Glossary (da): sign in = log ind / login; sign out = log ud; account = konto;
# My account = Min konto; password = adgangskode ("Lost your password?" = Glemt
# adgangskode?); e-mail address = e-mailadresse; verification method = verifikationsmetode;
# second factor = anden faktor (plural: metoder til anden faktor); second verification
# method = ekstra verifikationsmetode; multi-factor authentication = multifaktorgodkendelse;
# authenticator app = godkendelsesapp; mobile app = mobilapp; PIN code = PIN-kode;
# QR code = QR-kode; SMS = SMS (SMS text challenge = SMS-kode); security key =
# sikkerhedsnøgle; passkey = adgangsnøgle; token = token; application = applikation;
# access request = adgangsanmodning; access profile = adgangsprofil; Coordinator =
# koordinator; organisation = organisation; institution = institution; healthcare
# provider = sundhedstjenesteyder; network = netværk; panel = panel; patient = patient;
# consent = samtykke; session = session; device = enhed; recovery code = gendannelseskode.
# Form of address: "du", as Danish public authorities and EU Login in Danish write.

login-too-many-wrong-passwords = { $count ->
    [one] For mange forkerte adgangskoder. Vent { $count } sekund, før du prøver igen.
   *[other] For mange forkerte adgangskoder. Vent { $count } sekunder, før du prøver igen.
}

## Loginsiderne

login-title = Log ind
login-heading = Log ind for at fortsætte
login-app-requires-authentication = { $app } kræver, at du bekræfter din identitet
login-email-label = E-mail
login-next = Næste
login-or-without-password = Eller uden adgangskode:
login-passkey-button = Log ind med en adgangsnøgle
login-create-account = Opret en konto
login-email-invalid = Indtast e-mailadressen for din konto, f.eks. name@hospital.eu.
login-welcome-back = Velkommen tilbage
login-welcome = Velkommen
login-account-external = (Ekstern)
login-different-email = Log ind med en anden e-mailadresse?
login-password-label = Adgangskode
login-lost-password = Glemt adgangskode?
login-choose-method = Vælg din verifikationsmetode
login-phone-label = Mobiltelefon
login-phone-hint = Internationalt format med landekode, f.eks. for Belgien: +32 123 45 67 89
login-robot-intro = Mange logins fra dit netværk er mislykkedes for nylig, så din browser løser først en lille opgave for at vise, at den ikke er en robot. Det kræver JavaScript og tager nogle få sekunder.
login-submit = Log ind

## Afvisninger ved adgangskodetrinnet

login-wrong-credentials = E-mailadressen eller adgangskoden er forkert.
login-account-disabled = Denne konto er blevet deaktiveret af en administrator. Kontakt din helpdesk for at få den aktiveret igen.
login-account-locked = Efter flere forkerte adgangskoder er denne konto spærret indtil { $until }. Spærringen ophæves af sig selv; ejeren har fået besked pr. e-mail.
login-robot-check-needed = Mange logins fra dit netværk er mislykkedes for nylig: Vent, til antirobotkontrollen nedenfor melder, at den er færdig, og log derefter ind igen.

## Verifikationsmetoderne

login-method-password-title = Adgangskode
login-method-password-hint = Bekræft din identitet kun med din adgangskode.
login-method-sms-title = Mobiltelefon + SMS
login-method-sms-hint = Send en SMS til et registreret mobiltelefonnummer for multifaktorgodkendelse.
login-method-app-title = PIN-kode til mobilapp
login-method-app-hint = Brug din registrerede mobilapp til at bekræfte din identitet.
login-method-qr-title = QR-kode til mobilapp
login-method-qr-hint = Generer en engangsadgangskode med mobilappen.
login-method-token-title = Token
login-method-token-hint = Brug et token eller en godkendelsesapp til at generere en engangsadgangskode til login.
login-method-webauthn-title = Sikkerhedsnøgle eller betroet platform (TPM)
login-method-webauthn-hint = Brug din registrerede sikkerhedsnøgle eller din enheds indbyggede godkendelsesfunktion til at bekræfte din identitet.
login-method-recovery-title = Gendannelseskode
login-method-recovery-hint = Har du mistet din telefon, dit token eller din nøgle? Brug en gendannelseskode for at komme til Min konto og tilføje en ny verifikationsmetode.

## Siden, der beder om en anden faktor, når kontoen altid kræver det

login-verify-always-mfa = Din konto kræver altid multifaktorgodkendelse.
login-verify-app-hint = Bekræft login i mobilappen med din PIN.
login-verify-qr-hint = Scan en QR-kode med mobilappen (virker også offline), og indtast den engangsadgangskode, den viser.
login-verify-token-hint = Indtast koden fra din godkendelsesapp eller dit hardwaretoken.

## Linjer i sikkerhedshistorikken

login-history-locked = spærret efter flere forkerte adgangskoder
login-history-new-browser = nyt login fra en browser, der ikke er set før ({ $browser })
