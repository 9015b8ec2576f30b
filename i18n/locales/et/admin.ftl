## Kes võib konsooli kasutada

admin-not-admin-title = See konsool on administraatoritele
admin-not-admin-text = Teie konto ei ole administraatori konto. Midagi ei näidatud ega muudetud.
admin-my-account = Minu konto
admin-second-factor-title = Kinnitage esmalt oma teise teguriga
admin-second-factor-text = Operaatorikonsool toimib teiste inimeste kontodega, seega on selleks vaja sisselogimist teise teguriga.
admin-second-factor-again-title = Kinnitage oma teine tegur uuesti
admin-second-factor-again-text = Teie teine tegur kinnitati rohkem kui 15 minutit tagasi. Kinnitage see uuesti ja korrake siis toimingut: midagi ei muudetud.
admin-second-factor-link = Kinnita teise teguriga
admin-held-title = Teie konto on ajutiselt piiratud

## Konsooli lehtede ühised tekstid

admin-back = Tagasi
admin-back-to-console = Tagasi konsooli
admin-search = Otsi
admin-first-page = Esimene leht
admin-next-page = Järgmine leht
admin-pages = Lehed
admin-when = Millal
admin-from = Kust
admin-created = Loodud
admin-name = Nimi
admin-email = E-post
admin-status = Olek

## Konsooli avaleht

admin-title = Operaatorikonsool
admin-home-intro = Sisse logitud kasutajana { $operator }. Iga siin tehtud toiming salvestatakse operaatorilogisse ja, kui see puudutab isikut, tema turvaajalukku.
admin-menu-users = Kasutajad
admin-menu-users-text = leia isik, ava lukk, lõpeta seansid, eemalda kadunud telefon või seade, deaktiveeri või aktiveeri, saada salasõna lähtestamise kiri
admin-menu-clients = Kliendid
admin-menu-clients-text = rakendused, mis logivad inimesi sisse
admin-menu-keys = Allkirjastamisvõtmed
admin-menu-access = Juurdepääs
admin-menu-access-text = kõigi võrgustike ootel taotlused ja antud juurdepääsud
admin-menu-log = Operaatorilogi

## Kasutajad

admin-users-title = Kasutajad
admin-users-search-hint = E-posti aadressi, ees- või perekonnanime või kuju „eesnimi perekonnanimi“ algus.
admin-users-none = Kontot ei leitud.
admin-account = Konto
admin-user-active = aktiivne
admin-user-disabled = deaktiveeritud
admin-user-locked-until = lukustatud valede salasõnade tõttu kuni { $until }
admin-user-administrator = administraator
admin-factors = Teised tegurid
admin-factors-none = Puuduvad.
admin-factor-phone = Mobiiltelefon { $number }
admin-factor-phone-unconfirmed = Mobiiltelefon { $number } (kinnitamata)
admin-factor-device = Mobiilseade „{ $name }“
admin-factor-token = Token (autentimisrakendus)
admin-factor-security-key = Turvavõti „{ $name }“
admin-factor-added = { $factor }, lisatud { $added }
admin-factor-remove = Eemalda: { $factor }
admin-sessions = Seansid
admin-sessions-none = Avatud seansse ei ole.
admin-session-browser = Brauser
admin-session-address = Aadress
admin-session-started = Sisse logitud
admin-session-last-activity = Viimane tegevus
admin-session-applications = Rakendused
admin-session-no-applications = puuduvad
admin-actions = Toimingud
admin-unlock = Ava konto lukk
admin-send-reset = Saada salasõna lähtestamise kiri
admin-end-sessions = Lõpeta kõik seansid
admin-enable = Aktiveeri konto
admin-disable = Deaktiveeri konto
admin-history = Turvaajalugu
admin-history-none = Veel midagi ei ole.
admin-history-what = Mis
admin-back-to-users = Tagasi kasutajate juurde

## Mida kontoga tehtud toiming tegi

admin-unlocked-title = Konto lukk avatud
admin-unlocked-text = { $email } saab õige salasõnaga uuesti sisse logida; teda on e-posti teel teavitatud.
admin-sessions-ended-title = Kõik seansid lõpetatud
admin-sessions-ended-text = Kasutaja { $email } kõik seansid on lõpetatud ja rakendustele antu on tühistatud.
admin-admin-disable-title = Administraatori konto deaktiveeritakse serveris
admin-admin-disable-text = Administraatorite kontod deaktiveeritakse serveris käsuga idp user disable, mitte konsoolist.
admin-disabled-title = Konto deaktiveeritud
admin-disabled-text = { $email } ei saa sisse logida; kõik seansid on lõpetatud ja tema tokenid tühistatud.
admin-enabled-title = Konto aktiveeritud
admin-enabled-text = { $email } saab uuesti sisse logida.
admin-already-disabled-title = Juba deaktiveeritud
admin-already-disabled-text = { $email } oli juba deaktiveeritud; midagi ei muudetud.
admin-already-enabled-title = Juba aktiveeritud
admin-already-enabled-text = { $email } oli juba aktiveeritud; midagi ei muudetud.
admin-reset-sent-title = Salasõna lähtestamise kiri saadetud
admin-reset-sent-text = Link uue salasõna valimiseks saadeti aadressile { $email }.
admin-no-mail-title = Kirja ei saadetud
admin-no-mail-text = Aadressile { $email } on viimasel ajal saadetud liiga palju kirju; proovige hiljem uuesti.
admin-nothing-removed-title = Midagi ei eemaldatud
admin-nothing-removed-text = Kontol ei ole sellist tegurit (võib-olla eemaldati see vahepeal).
admin-factor-removed-title = Tegur eemaldatud
admin-factor-removed-text = Tegur eemaldati kasutajalt { $email }; teda on e-posti teel teavitatud.

## Kliendid

admin-clients-title = Kliendid
admin-client-id = Kliendi ID
admin-client-kind = Liik
admin-redirect-uris = Ümbersuunamise URI-d
admin-redirect-uris-hint = Üks rea kohta: https või loopback-aadressil http.
admin-kind-confidential-option = Konfidentsiaalne (saladusega)
admin-kind-public-option = Avalik (PKCE, saladuseta)
admin-kind-keys = konfidentsiaalne (private_key_jwt)
admin-kind-secret = konfidentsiaalne (saladus)
admin-kind-public = avalik (PKCE)
admin-client-add = Lisa klient
admin-client-add-button = Lisa klient
admin-clients-cli-hint = Võtmed (private_key_jwt), DPoP, paaripõhised subjektid ja FAPI 2.0 profiil määratakse käsureal:
admin-client-title = Klient { $id }
admin-redirect-uris-save = Salvesta ümbersuunamise URI-d
admin-secret = Saladus
admin-secret-rotate-hint = Praegune saladus lakkab kohe töötamast; uut näidatakse üks kord.
admin-secret-rotate = Vaheta saladus
admin-remove = Eemalda
admin-client-remove = Eemalda klient { $id }
admin-back-to-clients = Tagasi klientide juurde
admin-client-added-title = Klient lisatud
admin-client-added-public = { $id } on registreeritud avaliku kliendina (PKCE, saladuseta).
admin-secret-rotated-title = Kliendi saladus vahetatud
admin-secret-shown-once = Kliendi { $id } saladust näidatakse ainult see üks kord; kopeerige see kohe rakenduse konfiguratsiooni.
admin-client-secret = Kliendi saladus
admin-done = Valmis
admin-uris-saved-title = Ümbersuunamise URI-d salvestatud
admin-uris-saved-text = { $id } aktsepteerib nüüd: { $uris }
admin-client-removed-title = Klient eemaldatud
admin-client-removed-text = { $id } on eemaldatud: selle tokenid ei tööta enam userinfo lõpp-punktis ja see ei saa enam kedagi sisse logida.
admin-uris-none = vaja on vähemalt üht ümbersuunamise URI-d
admin-uris-too-many = { $max ->
    [one] kõige rohkem { $max } ümbersuunamise URI
   *[other] kõige rohkem { $max } ümbersuunamise URI-t
}
admin-no-such-client = ühelgi kliendil ei ole ID-d { $id }
admin-uris-checked = Kliendil { $id } on paaripõhised subjektid või FAPI 2.0 profiil, mille jaoks selle ümbersuunamise URI-d kontrolliti: muutke neid käskudega idp client remove ja idp client add
admin-no-secret = Kliendil { $id } ei ole saladust (avalik klient või klient, mis allkirjastab oma võtmetega)

## Allkirjastamisvõtmed

admin-keys-title = Allkirjastamisvõtmed
admin-key-id = Võtme ID
admin-key-algorithm = Algoritm
admin-key-state = Olek
admin-key-signs = allkirjastab
admin-key-retired-published = kasutusest kõrvaldatud, endiselt avaldatud
admin-key-retired = kasutusest kõrvaldatud
admin-key-rotate-heading = Vaheta võti
admin-key-rotate = Vaheta allkirjastamisvõti
admin-key-rotated-title = Allkirjastamisvõti vahetatud
admin-key-rotated-text = { $alg } tokenid allkirjastatakse nüüd võtmega { $kid }; eelmine võti jääb avaldatuks seni, kuni selle allkirjastatud tokenid võivad veel kasutusel olla.

## Operaatorilogi

admin-log-title = Operaatorilogi
admin-log-label = Operaatorilogi
admin-log-search-hint = Operaatori e-posti aadressi, toimingu objekti või toimingu algus.
admin-log-none = Kirjeid ei ole.
admin-log-operator = Operaator
admin-log-action = Toiming
admin-log-target = Objekt
