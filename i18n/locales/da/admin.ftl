# Operatørkonsollen på /admin. Tekniske termer (klient-id, redirect-URI, PKCE,
# private_key_jwt, DPoP, FAPI 2.0, RS256, »idp client add«) oversættes ikke.

## Hvem der må bruge konsollen

admin-not-admin-title = Denne konsol er forbeholdt administratorer
admin-not-admin-text = Din konto er ikke en administratorkonto. Intet blev vist eller ændret.
admin-my-account = Min konto
admin-second-factor-title = Bekræft først med din anden faktor
admin-second-factor-text = Operatørkonsollen handler på andre personers konti og kræver derfor et login med en anden faktor.
admin-second-factor-again-title = Bekræft igen med din anden faktor
admin-second-factor-again-text = Din anden faktor blev bekræftet for mere end 15 minutter siden. Bekræft den igen, og gentag derefter handlingen: Intet blev ændret.
admin-second-factor-link = Bekræft med en anden faktor
admin-held-title = Din konto er midlertidigt begrænset

## Fælles for konsollens sider

admin-back = Tilbage
admin-back-to-console = Tilbage til konsollen
admin-search = Søg
admin-first-page = Første side
admin-next-page = Næste side
admin-pages = Sider
admin-when = Hvornår
admin-from = Fra
admin-created = Oprettet
admin-name = Navn
admin-email = E-mail
admin-status = Status

## Konsollens startside

admin-title = Operatørkonsol
admin-home-intro = Logget ind som { $operator }. Alle handlinger her registreres i operatørloggen og, hvis de vedrører en person, i personens sikkerhedshistorik.
admin-menu-users = Brugere
admin-menu-users-text = find en person, lås op, afslut sessioner, fjern en mistet telefon eller enhed, deaktiver eller aktiver, send en e-mail til nulstilling af adgangskode
admin-menu-clients = Klienter
admin-menu-clients-text = de applikationer, som personer logger ind i
admin-menu-keys = Signeringsnøgler
admin-menu-access = Adgang
admin-menu-access-text = afventende anmodninger og tildelt adgang i alle netværk
admin-menu-log = Operatørlog

## Brugere

admin-users-title = Brugere
admin-users-search-hint = Begyndelsen af en e-mailadresse, et fornavn eller efternavn eller af »fornavn efternavn«.
admin-users-none = Ingen konto fundet.
admin-account = Konto
admin-user-active = aktiv
admin-user-disabled = deaktiveret
admin-user-locked-until = spærret efter forkerte adgangskoder indtil { $until }
admin-user-administrator = administrator
admin-factors = Metoder til anden faktor
admin-factors-none = Ingen.
admin-factor-phone = Mobiltelefon { $number }
admin-factor-phone-unconfirmed = Mobiltelefon { $number } (ikke bekræftet)
admin-factor-device = Mobilenhed »{ $name }«
admin-factor-token = Token (godkendelsesapp)
admin-factor-security-key = Sikkerhedsnøgle »{ $name }«
admin-factor-added = { $factor }, tilføjet { $added }
admin-factor-remove = Fjern { $factor }
admin-sessions = Sessioner
admin-sessions-none = Ingen åben session.
admin-session-browser = Browser
admin-session-address = Adresse
admin-session-started = Logget ind
admin-session-last-activity = Seneste aktivitet
admin-session-applications = Applikationer
admin-session-no-applications = ingen
admin-actions = Handlinger
admin-unlock = Lås kontoen op
admin-send-reset = Send en e-mail til nulstilling af adgangskode
admin-end-sessions = Afslut alle sessioner
admin-enable = Aktiver kontoen
admin-disable = Deaktiver kontoen
admin-history = Sikkerhedshistorik
admin-history-none = Intet endnu.
admin-history-what = Hvad
admin-back-to-users = Tilbage til Brugere

## Hvad en handling på en konto gjorde

admin-unlocked-title = Konto låst op
admin-unlocked-text = { $email } kan logge ind igen med den rigtige adgangskode; personen har fået besked pr. e-mail.
admin-sessions-ended-title = Alle sessioner afsluttet
admin-sessions-ended-text = Alle sessioner for { $email } er afsluttet, og det, applikationerne havde fået, er tilbagekaldt.
admin-admin-disable-title = En administrators konto deaktiveres på serveren
admin-admin-disable-text = Administratorkonti deaktiveres med idp user disable på serveren, ikke fra konsollen.
admin-disabled-title = Konto deaktiveret
admin-disabled-text = { $email } kan ikke logge ind; alle sessioner er afsluttet, og personens tokens er tilbagekaldt.
admin-enabled-title = Konto aktiveret
admin-enabled-text = { $email } kan logge ind igen.
admin-already-disabled-title = Allerede deaktiveret
admin-already-disabled-text = { $email } var allerede deaktiveret; intet blev ændret.
admin-already-enabled-title = Allerede aktiveret
admin-already-enabled-text = { $email } var allerede aktiveret; intet blev ændret.
admin-reset-sent-title = E-mail til nulstilling af adgangskode sendt
admin-reset-sent-text = Et link til at vælge en ny adgangskode er sendt til { $email }.
admin-no-mail-title = Ingen e-mail sendt
admin-no-mail-text = Der er for nylig sendt for mange e-mails til { $email }; prøv igen senere.
admin-nothing-removed-title = Intet fjernet
admin-nothing-removed-text = Kontoen har ingen sådan faktor (måske er den fjernet i mellemtiden).
admin-factor-removed-title = Faktor fjernet
admin-factor-removed-text = Faktoren er fjernet fra { $email }; personen har fået besked pr. e-mail.

## Klienter (de applikationer, som personer logger ind i)

admin-clients-title = Klienter
admin-client-id = Klient-id
admin-client-kind = Type
admin-redirect-uris = Redirect-URI'er
admin-redirect-uris-hint = Én pr. linje: https eller http på loopback.
admin-kind-confidential-option = Fortrolig (med en hemmelighed)
admin-kind-public-option = Offentlig (PKCE, ingen hemmelighed)
admin-kind-keys = fortrolig (private_key_jwt)
admin-kind-secret = fortrolig (hemmelighed)
admin-kind-public = offentlig (PKCE)
admin-client-add = Tilføj en klient
admin-client-add-button = Tilføj klienten
admin-clients-cli-hint = Nøgler (private_key_jwt), DPoP, parvise subjects og FAPI 2.0-profilen angives på kommandolinjen:
admin-client-title = Klient { $id }
admin-redirect-uris-save = Gem redirect-URI'erne
admin-secret = Hemmelighed
admin-secret-rotate-hint = Den nuværende hemmelighed holder straks op med at virke; den nye vises én gang.
admin-secret-rotate = Udskift hemmeligheden
admin-remove = Fjern
admin-client-remove = Fjern klienten { $id }
admin-back-to-clients = Tilbage til Klienter
admin-client-added-title = Klient tilføjet
admin-client-added-public = { $id } er registreret som offentlig klient (PKCE, ingen hemmelighed).
admin-secret-rotated-title = Klienthemmelighed udskiftet
admin-secret-shown-once = Hemmeligheden for { $id } vises kun denne ene gang; kopiér den nu til applikationens konfiguration.
admin-client-secret = Klienthemmelighed
admin-done = Færdig
admin-uris-saved-title = Redirect-URI'er gemt
admin-uris-saved-text = { $id } accepterer nu: { $uris }
admin-client-removed-title = Klient fjernet
admin-client-removed-text = { $id } er fjernet: Dens tokens virker ikke længere ved userinfo, og den kan ikke længere logge nogen ind.
admin-uris-none = der kræves mindst én redirect-URI
admin-uris-too-many = { $max ->
    [one] højst { $max } redirect-URI
   *[other] højst { $max } redirect-URI'er
}
admin-no-such-client = ingen klient har id'et { $id }
admin-uris-checked = { $id } har parvise subjects eller FAPI 2.0-profilen, som dens redirect-URI'er blev kontrolleret for: Ændr dem med idp client remove og idp client add
admin-no-secret = { $id } har ingen hemmelighed (en offentlig klient eller en, der signerer med sine nøgler)

## Signeringsnøgler

admin-keys-title = Signeringsnøgler
admin-key-id = Nøgle-id
admin-key-algorithm = Algoritme
admin-key-state = Tilstand
admin-key-signs = signerer
admin-key-retired-published = udfaset, stadig offentliggjort
admin-key-retired = udfaset
admin-key-rotate-heading = Udskift en nøgle
admin-key-rotate = Udskift signeringsnøglen
admin-key-rotated-title = Signeringsnøgle udskiftet
admin-key-rotated-text = { $alg }-tokens signeres nu med nøglen { $kid }; den forrige nøgle forbliver offentliggjort, så længe tokens, den har signeret, stadig kan være i brug.

## Operatørloggen

admin-log-title = Operatørlog
admin-log-label = Operatørloggen
admin-log-search-hint = Begyndelsen af en operatørs e-mail, af det, der blev handlet på, eller af handlingen.
admin-log-none = Ingen post.
admin-log-operator = Operatør
admin-log-action = Handling
admin-log-target = Vedrører
