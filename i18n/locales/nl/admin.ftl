# Operatorconsole op /admin. Technische termen (client-ID, redirect-URI, PKCE,
# private_key_jwt, DPoP, FAPI 2.0, RS256, "idp client add") blijven ongewijzigd.

## Wie de console mag gebruiken

admin-not-admin-title = Deze console is bestemd voor beheerders
admin-not-admin-text = Uw account is geen beheerdersaccount. Er is niets getoond of gewijzigd.
admin-my-account = Mijn account
admin-second-factor-title = Bevestig eerst met uw tweede factor
admin-second-factor-text = De operatorconsole grijpt in op de accounts van andere personen en vereist daarom een aanmelding met een tweede factor.
admin-second-factor-again-title = Bevestig opnieuw met uw tweede factor
admin-second-factor-again-text = Uw tweede factor is meer dan 15 minuten geleden bevestigd. Bevestig hem opnieuw en herhaal daarna de actie: er is niets gewijzigd.
admin-second-factor-link = Bevestigen met een tweede factor
admin-held-title = Uw account is tijdelijk beperkt

## Gedeeld door de pagina's van de console

admin-back = Terug
admin-back-to-console = Terug naar de console
admin-search = Zoeken
admin-first-page = Eerste pagina
admin-next-page = Volgende pagina
admin-pages = Pagina's
admin-when = Wanneer
admin-from = Vanaf
admin-created = Aangemaakt
admin-name = Naam
admin-email = E-mail
admin-status = Status

## De startpagina van de console

admin-title = Operatorconsole
admin-home-intro = Aangemeld als { $operator }. Elke actie hier wordt vastgelegd in het operatorlogboek en, als zij een persoon betreft, in diens beveiligingsgeschiedenis.
admin-menu-users = Gebruikers
admin-menu-users-text = iemand zoeken, deblokkeren, sessies beëindigen, een verloren telefoon of apparaat verwijderen, uitschakelen of inschakelen, een e-mail sturen om het wachtwoord opnieuw in te stellen
admin-menu-clients = Clients
admin-menu-clients-text = de toepassingen waarmee personen zich aanmelden
admin-menu-keys = Ondertekeningssleutels
admin-menu-access = Toegang
admin-menu-access-text = openstaande aanvragen en verleende toegang van alle netwerken
admin-menu-log = Operatorlogboek

## Gebruikers

admin-users-title = Gebruikers
admin-users-search-hint = Het begin van een e-mailadres, van een voor- of achternaam, of van "voornaam achternaam".
admin-users-none = Geen account gevonden.
admin-account = Account
admin-user-active = actief
admin-user-disabled = uitgeschakeld
admin-user-locked-until = geblokkeerd na onjuiste wachtwoorden tot { $until }
admin-user-administrator = beheerder
admin-factors = Tweede factoren
admin-factors-none = Geen.
admin-factor-phone = Mobiele telefoon { $number }
admin-factor-phone-unconfirmed = Mobiele telefoon { $number } (niet bevestigd)
admin-factor-device = Mobiel apparaat "{ $name }"
admin-factor-token = Token (authenticator-app)
admin-factor-security-key = Beveiligingssleutel "{ $name }"
admin-factor-added = { $factor }, toegevoegd op { $added }
admin-factor-remove = { $factor } verwijderen
admin-sessions = Sessies
admin-sessions-none = Geen open sessie.
admin-session-browser = Browser
admin-session-address = Adres
admin-session-started = Aangemeld
admin-session-last-activity = Laatste activiteit
admin-session-applications = Toepassingen
admin-session-no-applications = geen
admin-actions = Acties
admin-unlock = Het account deblokkeren
admin-send-reset = Een e-mail sturen om het wachtwoord opnieuw in te stellen
admin-end-sessions = Alle sessies beëindigen
admin-enable = Het account inschakelen
admin-disable = Het account uitschakelen
admin-history = Beveiligingsgeschiedenis
admin-history-none = Nog niets.
admin-history-what = Wat
admin-back-to-users = Terug naar Gebruikers

## Wat een actie op een account heeft gedaan

admin-unlocked-title = Account gedeblokkeerd
admin-unlocked-text = { $email } kan zich weer aanmelden met het juiste wachtwoord; de gebruiker is per e-mail op de hoogte gebracht.
admin-sessions-ended-title = Alle sessies beëindigd
admin-sessions-ended-text = Alle sessies van { $email } zijn beëindigd en wat toepassingen hadden gekregen, is ingetrokken.
admin-admin-disable-title = Het account van een beheerder wordt op de server uitgeschakeld
admin-admin-disable-text = Beheerdersaccounts worden op de server uitgeschakeld met idp user disable, niet vanuit de console.
admin-disabled-title = Account uitgeschakeld
admin-disabled-text = { $email } kan zich niet aanmelden; alle sessies zijn beëindigd en de tokens van de gebruiker zijn ingetrokken.
admin-enabled-title = Account ingeschakeld
admin-enabled-text = { $email } kan zich weer aanmelden.
admin-already-disabled-title = Al uitgeschakeld
admin-already-disabled-text = { $email } was al uitgeschakeld; er is niets gewijzigd.
admin-already-enabled-title = Al ingeschakeld
admin-already-enabled-text = { $email } was al ingeschakeld; er is niets gewijzigd.
admin-reset-sent-title = E-mail om het wachtwoord opnieuw in te stellen verzonden
admin-reset-sent-text = Er is een link om een nieuw wachtwoord te kiezen gestuurd naar { $email }.
admin-no-mail-title = Geen e-mail verzonden
admin-no-mail-text = Er zijn de laatste tijd te veel e-mails naar { $email } gestuurd; probeer het later opnieuw.
admin-nothing-removed-title = Niets verwijderd
admin-nothing-removed-text = Het account heeft zo'n factor niet (misschien is die intussen verwijderd).
admin-factor-removed-title = Factor verwijderd
admin-factor-removed-text = De factor is verwijderd bij { $email }; de gebruiker is per e-mail op de hoogte gebracht.

## Clients (de toepassingen waarmee personen zich aanmelden)

admin-clients-title = Clients
admin-client-id = Client-ID
admin-client-kind = Soort
admin-redirect-uris = Redirect-URI's
admin-redirect-uris-hint = Eén per regel: https, of http op loopback.
admin-kind-confidential-option = Vertrouwelijk (met een secret)
admin-kind-public-option = Openbaar (PKCE, zonder secret)
admin-kind-keys = vertrouwelijk (private_key_jwt)
admin-kind-secret = vertrouwelijk (secret)
admin-kind-public = openbaar (PKCE)
admin-client-add = Een client toevoegen
admin-client-add-button = De client toevoegen
admin-clients-cli-hint = Sleutels (private_key_jwt), DPoP, pairwise subjects en het FAPI 2.0-profiel worden ingesteld via de opdrachtregel:
admin-client-title = Client { $id }
admin-redirect-uris-save = De redirect-URI's opslaan
admin-secret = Secret
admin-secret-rotate-hint = Het huidige secret werkt onmiddellijk niet meer; het nieuwe wordt één keer getoond.
admin-secret-rotate = Het secret vernieuwen
admin-remove = Verwijderen
admin-client-remove = De client { $id } verwijderen
admin-back-to-clients = Terug naar Clients
admin-client-added-title = Client toegevoegd
admin-client-added-public = { $id } is geregistreerd als openbare client (PKCE, zonder secret).
admin-secret-rotated-title = Clientsecret vernieuwd
admin-secret-shown-once = Het secret van { $id } wordt alleen deze ene keer getoond; kopieer het nu naar de configuratie van de toepassing.
admin-client-secret = Clientsecret
admin-done = Klaar
admin-uris-saved-title = Redirect-URI's opgeslagen
admin-uris-saved-text = { $id } accepteert nu: { $uris }
admin-client-removed-title = Client verwijderd
admin-client-removed-text = { $id } is verwijderd: de tokens ervan werken niet meer bij userinfo en de client kan niemand meer aanmelden.
admin-uris-none = er is ten minste één redirect-URI nodig
admin-uris-too-many = { $max ->
    [one] ten hoogste { $max } redirect-URI
   *[other] ten hoogste { $max } redirect-URI's
}
admin-no-such-client = geen enkele client heeft de ID { $id }
admin-uris-checked = { $id } heeft pairwise subjects of het FAPI 2.0-profiel, waarvoor de redirect-URI's zijn gecontroleerd: wijzig ze met idp client remove en idp client add
admin-no-secret = { $id } heeft geen secret (een openbare client, of een client die met zijn sleutels ondertekent)

## Ondertekeningssleutels

admin-keys-title = Ondertekeningssleutels
admin-key-id = Sleutel-ID
admin-key-algorithm = Algoritme
admin-key-state = Status
admin-key-signs = ondertekent
admin-key-retired-published = buiten gebruik, nog gepubliceerd
admin-key-retired = buiten gebruik
admin-key-rotate-heading = Een sleutel vernieuwen
admin-key-rotate = De ondertekeningssleutel vernieuwen
admin-key-rotated-title = Ondertekeningssleutel vernieuwd
admin-key-rotated-text = { $alg }-tokens worden nu ondertekend met de sleutel { $kid }; de vorige sleutel blijft gepubliceerd zolang tokens die ermee zijn ondertekend nog in gebruik kunnen zijn.

## Het operatorlogboek

admin-log-title = Operatorlogboek
admin-log-label = Het operatorlogboek
admin-log-search-hint = Het begin van het e-mailadres van een operator, van het object van de actie of van de actie zelf.
admin-log-none = Geen vermelding.
admin-log-operator = Operator
admin-log-action = Actie
admin-log-target = Betreft
