# The operators' console. Technical terms stay in English: client id, redirect URI, PKCE,
# private_key_jwt, DPoP, FAPI 2.0, RS256, the commands "idp client add" etc.

## Who may use the console

admin-not-admin-title = Šī konsole ir paredzēta administratoriem
admin-not-admin-text = Jūsu konts nav administratora konts. Nekas netika parādīts vai mainīts.
admin-my-account = Mans konts
admin-second-factor-title = Vispirms apstipriniet ar otro faktoru
admin-second-factor-text = Operatoru konsole darbojas ar citu personu kontiem, tāpēc ir nepieciešama pierakstīšanās ar otro faktoru.
admin-second-factor-again-title = Vēlreiz apstipriniet ar otro faktoru
admin-second-factor-again-text = Jūsu otrais faktors tika apstiprināts pirms vairāk nekā 15 minūtēm. Apstipriniet to vēlreiz un tad atkārtojiet darbību: nekas netika mainīts.
admin-second-factor-link = Apstiprināt ar otro faktoru
admin-held-title = Jūsu konts ir īslaicīgi ierobežots

## Shared by the console's pages

admin-back = Atpakaļ
admin-back-to-console = Atpakaļ uz konsoli
admin-search = Meklēt
admin-first-page = Pirmā lapa
admin-next-page = Nākamā lapa
admin-pages = Lapas
admin-when = Kad
admin-from = No
admin-created = Izveidots
admin-name = Vārds, uzvārds
admin-email = E-pasts
admin-status = Statuss

## The console's home page

admin-title = Operatoru konsole
admin-home-intro = Pierakstīts kā { $operator }. Katra šeit veiktā darbība tiek reģistrēta operatoru žurnālā un, ja tā attiecas uz kādu personu, arī tās drošības vēsturē.
admin-menu-users = Lietotāji
admin-menu-users-text = atrast personu, atbloķēt, beigt sesijas, noņemt pazaudētu tālruni vai ierīci, atspējot vai iespējot, nosūtīt paroles atiestatīšanas e-pasta ziņojumu
admin-menu-clients = Klienti
admin-menu-clients-text = lietotnes, kurās personas pierakstās
admin-menu-keys = Parakstīšanas atslēgas
admin-menu-access = Piekļuve
admin-menu-access-text = visu tīklu neizskatītie pieprasījumi un piešķirtās piekļuves
admin-menu-log = Operatoru žurnāls

## Users

admin-users-title = Lietotāji
admin-users-search-hint = E-pasta adreses, vārda vai uzvārda, vai “vārds uzvārds” sākums.
admin-users-none = Neviens konts nav atrasts.
admin-account = Konts
admin-user-active = aktīvs
admin-user-disabled = atspējots
admin-user-locked-until = bloķēts pēc nepareizām parolēm līdz { $until }
admin-user-administrator = administrators
admin-factors = Otrie faktori
admin-factors-none = Nav.
admin-factor-phone = Mobilais tālrunis { $number }
admin-factor-phone-unconfirmed = Mobilais tālrunis { $number } (nav apstiprināts)
admin-factor-device = Mobilā ierīce “{ $name }”
admin-factor-token = Marķieris (autentifikatora lietotne)
admin-factor-security-key = Drošības atslēga “{ $name }”
admin-factor-added = { $factor } — pievienošanas laiks: { $added }
admin-factor-remove = Noņemt: { $factor }
admin-sessions = Sesijas
admin-sessions-none = Nav atvērtu sesiju.
admin-session-browser = Pārlūkprogramma
admin-session-address = Adrese
admin-session-started = Pierakstīšanās
admin-session-last-activity = Pēdējā darbība
admin-session-applications = Lietotnes
admin-session-no-applications = nav
admin-actions = Darbības
admin-unlock = Atbloķēt kontu
admin-send-reset = Nosūtīt paroles atiestatīšanas e-pasta ziņojumu
admin-end-sessions = Beigt visas sesijas
admin-enable = Iespējot kontu
admin-disable = Atspējot kontu
admin-history = Drošības vēsture
admin-history-none = Pagaidām nekā.
admin-history-what = Kas
admin-back-to-users = Atpakaļ uz lietotājiem

## What an action on an account did ($email: the account's e-mail address)

admin-unlocked-title = Konts atbloķēts
admin-unlocked-text = { $email } atkal var pierakstīties ar pareizo paroli; konta īpašnieks ir informēts pa e-pastu.
admin-sessions-ended-title = Visas sesijas beigtas
admin-sessions-ended-text = Visas { $email } sesijas ir beigtas, un lietotnēm piešķirtais ir atsaukts.
admin-admin-disable-title = Administratora kontu atspējo serverī
admin-admin-disable-text = Administratoru kontus atspējo serverī ar komandu idp user disable, nevis no konsoles.
admin-disabled-title = Konts atspējots
admin-disabled-text = { $email } nevar pierakstīties; visas sesijas ir beigtas, un konta marķieri (tokens) ir atsaukti.
admin-enabled-title = Konts iespējots
admin-enabled-text = { $email } atkal var pierakstīties.
admin-already-disabled-title = Jau atspējots
admin-already-disabled-text = { $email } jau bija atspējots; nekas netika mainīts.
admin-already-enabled-title = Jau iespējots
admin-already-enabled-text = { $email } jau bija iespējots; nekas netika mainīts.
admin-reset-sent-title = Paroles atiestatīšanas e-pasta ziņojums nosūtīts
admin-reset-sent-text = Saite jaunas paroles izvēlei tika nosūtīta uz { $email }.
admin-no-mail-title = E-pasta ziņojums netika nosūtīts
admin-no-mail-text = Uz { $email } pēdējā laikā nosūtīts pārāk daudz e-pasta ziņojumu; mēģiniet vēlreiz vēlāk.
admin-nothing-removed-title = Nekas netika noņemts
admin-nothing-removed-text = Kontam nav šāda faktora (iespējams, tas pa to laiku jau tika noņemts).
admin-factor-removed-title = Faktors noņemts
admin-factor-removed-text = Faktors tika noņemts kontam { $email }; konta īpašnieks ir informēts pa e-pastu.

## Clients (the applications that sign people in)

admin-clients-title = Klienti
admin-client-id = Client id
admin-client-kind = Veids
admin-redirect-uris = Redirect URI
admin-redirect-uris-hint = Pa vienam katrā rindā: https vai http uz loopback adresi.
admin-kind-confidential-option = Konfidenciāls (ar noslēpumu)
admin-kind-public-option = Publisks (PKCE, bez noslēpuma)
admin-kind-keys = konfidenciāls (private_key_jwt)
admin-kind-secret = konfidenciāls (noslēpums)
admin-kind-public = publisks (PKCE)
admin-client-add = Pievienot klientu
admin-client-add-button = Pievienot klientu
admin-clients-cli-hint = Atslēgas (private_key_jwt), DPoP, pairwise subjekti un FAPI 2.0 profils tiek iestatīti komandrindā:
admin-client-title = Klients { $id }
admin-redirect-uris-save = Saglabāt redirect URI
admin-secret = Noslēpums
admin-secret-rotate-hint = Pašreizējais noslēpums pārstāj darboties nekavējoties; jaunais tiek parādīts vienu reizi.
admin-secret-rotate = Nomainīt noslēpumu
admin-remove = Noņemt
admin-client-remove = Noņemt klientu { $id }
admin-back-to-clients = Atpakaļ uz klientiem
admin-client-added-title = Klients pievienots
admin-client-added-public = { $id } ir reģistrēts kā publisks klients (PKCE, bez noslēpuma).
admin-secret-rotated-title = Klienta noslēpums nomainīts
admin-secret-shown-once = Klienta { $id } noslēpums tiek parādīts tikai šoreiz; tūlīt iekopējiet to lietotnes konfigurācijā.
admin-client-secret = Klienta noslēpums
admin-done = Gatavs
admin-uris-saved-title = Redirect URI saglabāti
admin-uris-saved-text = { $id } tagad pieņem: { $uris }
admin-client-removed-title = Klients noņemts
admin-client-removed-text = { $id } ir noņemts: tā marķieri (tokens) vairs nedarbojas userinfo galapunktā, un tas vairs nevar nevienu pierakstīt.
admin-uris-none = nepieciešams vismaz viens redirect URI
admin-uris-too-many = { $max ->
    [zero] ne vairāk kā { $max } redirect URI
    [one] ne vairāk kā { $max } redirect URI
   *[other] ne vairāk kā { $max } redirect URI
}
admin-no-such-client = nav klienta ar id { $id }
admin-uris-checked = Klientam { $id } ir pairwise subjekti vai FAPI 2.0 profils, kam tika pārbaudīti tā redirect URI: mainiet tos ar komandām idp client remove un idp client add
admin-no-secret = Klientam { $id } nav noslēpuma (publisks klients vai klients, kas paraksta ar savām atslēgām)

## Signing keys

admin-keys-title = Parakstīšanas atslēgas
admin-key-id = Atslēgas id
admin-key-algorithm = Algoritms
admin-key-state = Stāvoklis
admin-key-signs = paraksta
admin-key-retired-published = izņemta no lietošanas, joprojām publicēta
admin-key-retired = izņemta no lietošanas
admin-key-rotate-heading = Nomainīt atslēgu
admin-key-rotate = Nomainīt parakstīšanas atslēgu
admin-key-rotated-title = Parakstīšanas atslēga nomainīta
admin-key-rotated-text = { $alg } marķieri (tokens) tagad tiek parakstīti ar atslēgu { $kid }; iepriekšējā atslēga paliek publicēta, kamēr ar to parakstītie marķieri vēl var būt lietošanā.

## The operators' log

admin-log-title = Operatoru žurnāls
admin-log-label = Operatoru žurnāls
admin-log-search-hint = Operatora e-pasta adreses, darbības objekta vai darbības sākums.
admin-log-none = Nav ierakstu.
admin-log-operator = Operators
admin-log-action = Darbība
admin-log-target = Objekts
