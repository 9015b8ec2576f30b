## Consent: an application asks to use the account.

oidc-consent-title = Atļaut lietotnei { $app }?
oidc-consent-heading = { $app } lūdz atļauju izmantot jūsu kontu
oidc-consent-intro = Ja jūs to atļausiet, { $app } saņems:
oidc-consent-withdraw = Šo atļauju jebkurā laikā varat atsaukt sadaļā “Mans konts”.
oidc-consent-allow = Atļaut
oidc-consent-deny = Noraidīt

## What an application receives.

oidc-scope-subject = pastāvīgu jūsu konta identifikatoru (nevis jūsu e-pasta adresi)
oidc-scope-profile = jūsu vārdu, uzvārdu un vēlamo valodu
oidc-scope-email = jūsu e-pasta adresi
oidc-scope-phone = jūsu apstiprināto mobilā tālruņa numuru
oidc-scope-offline = piekļuvi arī ārpus jūsu pierakstīšanās sesijas (līdz jūs to atsaucat)

## Sign-out.

oidc-logout-title = Izrakstīties
oidc-logout-asks = { $app } lūdz jūs izrakstīties.
oidc-logout-explain = Izrakstoties tiek beigta jūsu { $site } sesija šajā pārlūkprogrammā, un lietotnes, kurās ar to pierakstījāties, tiek par to informētas.
oidc-logout-submit = Izrakstīties
oidc-logout-request-unusable = Šo izrakstīšanās pieprasījumu nevar izmantot
oidc-logout-done-title = Izrakstīšanās pabeigta
oidc-logout-not-signed-in = Šajā pārlūkprogrammā nav aktīvas pierakstīšanās.
oidc-logout-malformed = Izrakstīšanās pieprasījums ir nepareizi veidots.
oidc-logout-foreign-token = Izrakstīšanās pieprasījumā ir ID marķieris, ko mēs neesam izsnieguši.
oidc-logout-two-applications = Izrakstīšanās pieprasījumā ir norādītas divas dažādas lietotnes.
oidc-logout-unregistered-address = Lietotne lūdza jūs novirzīt uz adresi, ko tā nav reģistrējusi.

## The page that sends the answer back to the application.

oidc-returning-title = Atgriešanās lietotnē
oidc-returning-no-script = JavaScript ir izslēgts: nospiediet pogu, lai atgrieztos lietotnē.
oidc-returning-continue = Turpināt uz lietotni

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Šo pierakstīšanās pieprasījumu nevar izmantot
oidc-request-expired-title = Šī pierakstīšanās pieprasījuma derīgums ir beidzies
oidc-start-again = Atgriezieties lietotnē un sāciet no jauna.
oidc-other-browser-title = Šis pierakstīšanās pieprasījums tika sākts citā pārlūkprogrammā
oidc-other-browser = Jūsu drošībai pierakstīšanos var turpināt tikai tajā pārlūkprogrammā, kurā tā tika sākta. Atgriezieties lietotnē un sāciet no jauna.
oidc-request-malformed = Pierakstīšanās pieprasījums ir nepareizi veidots.
oidc-go-to-account = Uz “Mans konts”
oidc-changed-in-another-tab = Šis pierakstīšanās pieprasījums tika pabeigts vai mainīts citā cilnē. Atgriezieties lietotnē un sāciet no jauna.
oidc-unknown-application = Lietotne, kas jūs šeit novirzīja, pie mums nav reģistrēta.
oidc-unregistered-return-address = { $app } jūs šeit novirzīja ar atgriešanās adresi, ko tā nav reģistrējusi, tāpēc mēs nevaram jūs novirzīt atpakaļ.
oidc-request-used = Šī pierakstīšanās pieprasījuma derīgums ir beidzies, vai tas jau ir izmantots. Atgriezieties lietotnē un sāciet no jauna.
oidc-request-not-accepted = { $app } nosūtīja pierakstīšanās pieprasījumu, ko mēs nevaram pieņemt ({ $reason }).
oidc-application-gone = Lietotne vairs nav reģistrēta.
oidc-other-account = Šis pierakstīšanās pieprasījums tika sākts citam kontam. Atgriezieties lietotnē un sāciet no jauna.
oidc-already-completed = Šis pierakstīšanās pieprasījums jau ir pabeigts.
