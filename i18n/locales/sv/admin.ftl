## Vem som får använda konsolen

admin-not-admin-title = Den här konsolen är för administratörer
admin-not-admin-text = Ditt konto är inte en administratörs. Ingenting har visats eller ändrats.
admin-my-account = Mitt konto
admin-second-factor-title = Bekräfta först med din andra faktor
admin-second-factor-text = Operatörskonsolen påverkar andra personers konton och kräver därför en inloggning med en andra faktor.
admin-second-factor-again-title = Bekräfta din andra faktor igen
admin-second-factor-again-text = Din andra faktor bekräftades för mer än 15 minuter sedan. Bekräfta den igen och upprepa sedan åtgärden: ingenting har ändrats.
admin-second-factor-link = Bekräfta med en andra faktor
admin-held-title = Ditt konto är tillfälligt begränsat

## Gemensamt för konsolens sidor

admin-back = Tillbaka
admin-back-to-console = Tillbaka till konsolen
admin-search = Sök
admin-first-page = Första sidan
admin-next-page = Nästa sida
admin-pages = Sidor
admin-when = När
admin-from = Från
admin-created = Skapat
admin-name = Namn
admin-email = E-post
admin-status = Status

## Konsolens startsida

admin-title = Operatörskonsol
admin-home-intro = Inloggad som { $operator }. Varje åtgärd här registreras i operatörsloggen och, när den gäller en person, i personens säkerhetshistorik.
admin-menu-users = Användare
admin-menu-users-text = hitta någon, låsa upp, avsluta sessioner, ta bort en förlorad telefon eller enhet, inaktivera eller aktivera, skicka ett e-postmeddelande för återställning av lösenord
admin-menu-clients = Klienter
admin-menu-clients-text = applikationerna som loggar in personer
admin-menu-keys = Signeringsnycklar
admin-menu-access = Åtkomst
admin-menu-access-text = väntande begäranden och beviljad åtkomst i alla nätverk
admin-menu-log = Operatörslogg

## Användare

admin-users-title = Användare
admin-users-search-hint = Början av en e-postadress, av ett för- eller efternamn, eller av ”förnamn efternamn”.
admin-users-none = Inget konto hittades.
admin-account = Konto
admin-user-active = aktivt
admin-user-disabled = inaktiverat
admin-user-locked-until = låst efter felaktiga lösenord till { $until }
admin-user-administrator = administratör
admin-factors = Andra faktorer
admin-factors-none = Inga.
admin-factor-phone = Mobiltelefon { $number }
admin-factor-phone-unconfirmed = Mobiltelefon { $number } (inte bekräftad)
admin-factor-device = Mobil enhet ”{ $name }”
admin-factor-token = Token (autentiseringsapp)
admin-factor-security-key = Säkerhetsnyckel ”{ $name }”
admin-factor-added = { $factor }, tillagd { $added }
admin-factor-remove = Ta bort { $factor }
admin-sessions = Sessioner
admin-sessions-none = Ingen öppen session.
admin-session-browser = Webbläsare
admin-session-address = Adress
admin-session-started = Inloggad
admin-session-last-activity = Senaste aktivitet
admin-session-applications = Applikationer
admin-session-no-applications = inga
admin-actions = Åtgärder
admin-unlock = Lås upp kontot
admin-send-reset = Skicka ett e-postmeddelande för återställning av lösenord
admin-end-sessions = Avsluta alla sessioner
admin-enable = Aktivera kontot
admin-disable = Inaktivera kontot
admin-history = Säkerhetshistorik
admin-history-none = Inget ännu.
admin-history-what = Vad
admin-back-to-users = Tillbaka till Användare

## Vad en åtgärd på ett konto gjorde

admin-unlocked-title = Kontot upplåst
admin-unlocked-text = { $email } kan logga in igen med rätt lösenord; personen har informerats via e-post.
admin-sessions-ended-title = Alla sessioner avslutade
admin-sessions-ended-text = Alla sessioner för { $email } har avslutats och det som applikationer har fått har återkallats.
admin-admin-disable-title = En administratörs konto inaktiveras på servern
admin-admin-disable-text = Administratörers konton inaktiveras med idp user disable på servern, inte från konsolen.
admin-disabled-title = Kontot inaktiverat
admin-disabled-text = { $email } kan inte logga in; alla sessioner har avslutats och personens token har återkallats.
admin-enabled-title = Kontot aktiverat
admin-enabled-text = { $email } kan logga in igen.
admin-already-disabled-title = Redan inaktiverat
admin-already-disabled-text = { $email } var redan inaktiverat; ingenting har ändrats.
admin-already-enabled-title = Redan aktiverat
admin-already-enabled-text = { $email } var redan aktiverat; ingenting har ändrats.
admin-reset-sent-title = E-postmeddelande för återställning av lösenord skickat
admin-reset-sent-text = En länk för att välja ett nytt lösenord har skickats till { $email }.
admin-no-mail-title = Inget e-postmeddelande skickat
admin-no-mail-text = { $email } har fått för många e-postmeddelanden på sistone; försök igen senare.
admin-nothing-removed-title = Ingenting borttaget
admin-nothing-removed-text = Kontot har ingen sådan faktor (den kanske har tagits bort under tiden).
admin-factor-removed-title = Faktorn borttagen
admin-factor-removed-text = Faktorn har tagits bort från { $email }; personen har informerats via e-post.

## Klienter

admin-clients-title = Klienter
admin-client-id = Klient-id
admin-client-kind = Typ
admin-redirect-uris = Omdirigerings-URI:er
admin-redirect-uris-hint = En per rad: https, eller http på loopback.
admin-kind-confidential-option = Konfidentiell (med hemlighet)
admin-kind-public-option = Offentlig (PKCE, ingen hemlighet)
admin-kind-keys = konfidentiell (private_key_jwt)
admin-kind-secret = konfidentiell (hemlighet)
admin-kind-public = offentlig (PKCE)
admin-client-add = Lägg till en klient
admin-client-add-button = Lägg till klienten
admin-clients-cli-hint = Nycklar (private_key_jwt), DPoP, parvisa subjekt och FAPI 2.0-profilen anges på kommandoraden:
admin-client-title = Klient { $id }
admin-redirect-uris-save = Spara omdirigerings-URI:erna
admin-secret = Hemlighet
admin-secret-rotate-hint = Den nuvarande hemligheten slutar fungera omedelbart; den nya visas en gång.
admin-secret-rotate = Byt hemligheten
admin-remove = Ta bort
admin-client-remove = Ta bort klienten { $id }
admin-back-to-clients = Tillbaka till Klienter
admin-client-added-title = Klienten tillagd
admin-client-added-public = { $id } är registrerad som en offentlig klient (PKCE, ingen hemlighet).
admin-secret-rotated-title = Klienthemligheten bytt
admin-secret-shown-once = Hemligheten för { $id } visas bara den här gången; kopiera den till applikationens konfiguration nu.
admin-client-secret = Klienthemlighet
admin-done = Klar
admin-uris-saved-title = Omdirigerings-URI:er sparade
admin-uris-saved-text = { $id } godtar nu: { $uris }
admin-client-removed-title = Klienten borttagen
admin-client-removed-text = { $id } är borttagen: dess token fungerar inte längre vid userinfo och den kan inte längre logga in någon.
admin-uris-none = minst en omdirigerings-URI krävs
admin-uris-too-many = { $max ->
    [one] högst { $max } omdirigerings-URI
   *[other] högst { $max } omdirigerings-URI:er
}
admin-no-such-client = ingen klient har id:t { $id }
admin-uris-checked = { $id } har parvisa subjekt eller FAPI 2.0-profilen, som dess omdirigerings-URI:er kontrollerades för: ändra dem med idp client remove och idp client add
admin-no-secret = { $id } har ingen hemlighet (en offentlig klient, eller en som signerar med sina nycklar)

## Signeringsnycklar

admin-keys-title = Signeringsnycklar
admin-key-id = Nyckel-id
admin-key-algorithm = Algoritm
admin-key-state = Tillstånd
admin-key-signs = signerar
admin-key-retired-published = pensionerad, fortfarande publicerad
admin-key-retired = pensionerad
admin-key-rotate-heading = Byt en nyckel
admin-key-rotate = Byt signeringsnyckeln
admin-key-rotated-title = Signeringsnyckeln bytt
admin-key-rotated-text = { $alg }-token signeras nu med nyckeln { $kid }; den tidigare nyckeln förblir publicerad så länge token som den har signerat fortfarande kan vara i bruk.

## Operatörsloggen

admin-log-title = Operatörslogg
admin-log-label = Operatörsloggen
admin-log-search-hint = Början av en operatörs e-postadress, av det som åtgärden gällde eller av åtgärden.
admin-log-none = Ingen post.
admin-log-operator = Operatör
admin-log-action = Åtgärd
admin-log-target = Gäller
