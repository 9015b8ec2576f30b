## Oversigten (»Min konto«)

account-title = Min konto
account-name = Navn
account-email = E-mail
account-email-language = Sprog for e-mails
account-signed-in-since = Logget ind siden
account-sign-out = Log ud
account-change-password = Skift adgangskode
account-access-link = Min adgang til applikationer
account-require-mfa = Kræv altid multifaktorgodkendelse
account-save = Gem
account-consents-heading = Applikationer, du har givet samtykke til
account-consents-none = Ingen applikation har endnu bedt om dit samtykke.
account-consent-withdraw = Træk samtykket til { $name } tilbage
account-offline-heading = Applikationer med offlineadgang
account-offline-hint = Disse applikationer kan handle på dine vegne, mens du ikke er logget ind. Hvis du tilbagekalder adgangen, ophører det straks; de skal så spørge dig igen.
account-offline-none = Ingen applikation har offlineadgang.
account-offline-until = (indtil { $until }, forlænges, mens den bruges)
account-offline-revoke = Tilbagekald offlineadgang for { $name }
account-delete = Slet min konto
account-delete-warning = Dette afslutter alle sessioner og fjerner din konto og alt, hvad der er gemt om den. Det kan ikke fortrydes.
account-password = Adgangskode
account-back = Tilbage til Min konto

## Meddelelser på oversigten

account-password-changed = Din adgangskode er blevet ændret. Andre browsere er blevet logget ud.
account-mfa-on = Multifaktorgodkendelse er nu altid påkrævet for din konto.
account-mfa-off = Multifaktorgodkendelse er ikke længere altid påkrævet.
account-mfa-confirm-first = For at ændre dette skal du først bekræfte med din ekstra verifikationsmetode (log ind igen med den).
account-delete-wrong-password = Dette er ikke din adgangskode: Kontoen blev ikke slettet.
account-delete-confirm-first = For at slette kontoen skal du først bekræfte med din ekstra verifikationsmetode (log ind igen med den).
account-deleted-title = Din konto er slettet
account-deleted-text = Din konto og alt, hvad der var gemt om den, er fjernet.
account-create = Opret en konto

## Personlige oplysninger

account-details-title = Personlige oplysninger
account-details-first-name = Fornavn
account-details-last-name = Efternavn
account-details-email-heading = Skift min e-mailadresse
account-details-email-current = Din e-mailadresse er { $email }. Vi sender et link til den nye adresse; ændringen sker, når du åbner det.
account-details-new-email = Ny e-mail
account-details-send-link = Send et bekræftelseslink
account-details-saved = Dine personlige oplysninger er gemt.
account-details-link-sent = Vi har sendt et link til { $email }. Åbn det for at gøre adressen til din e-mailadresse.
account-details-email-changed = Din e-mailadresse er nu { $email }.
account-details-wrong-password = Dette er ikke din adgangskode.
account-details-email-confirm-first = For at ændre din e-mailadresse skal du først bekræfte med din ekstra verifikationsmetode (log ind igen med den).
account-details-link-invalid = Dette link er ugyldigt, udløbet eller allerede brugt.
account-details-name-length = For- og efternavn skal hver være på 1 til 100 tegn.
account-details-choose-language = Vælg sproget for dine e-mails.
account-details-email-invalid = Indtast en gyldig e-mailadresse.
account-details-email-same = Dette er allerede din e-mailadresse.
account-details-too-many-mails = Der er anmodet om for mange e-mails. Prøv igen om en time.
account-details-email-taken = En anden konto bruger nu denne adresse.
account-email-title = Din e-mailadresse
account-go = Gå til Min konto

## Vis mine sessioner

account-sessions-title = Vis mine sessioner
account-sessions-label = Mine sessioner
account-sessions-browser = Browser
account-sessions-address = Adresse
account-sessions-signed-in = Logget ind
account-sessions-last-activity = Seneste aktivitet
account-sessions-applications = Applikationer
account-sessions-this-browser = (denne browser)
account-sessions-no-applications = ingen
account-sessions-end = Afslut sessionen i { $browser } ({ $started })
account-sessions-end-others = Afslut alle mine andre sessioner
account-session-ended = Sessionen er afsluttet.
account-session-already-ended = Den session var allerede afsluttet.
account-other-sessions-ended = Alle andre sessioner er afsluttet.
account-browser-on-system = { $browser } på { $system }

## Sikkerhedshistorik

account-history-title = Sikkerhedshistorik
account-history-intro = Alle ændringer af din kontos sikkerhed, nyeste først. Du har også fået hver af dem tilsendt pr. e-mail.
account-history-none = Intet endnu.
account-history-when = Hvornår
account-history-what = Hvad
account-history-from = Fra adresse
