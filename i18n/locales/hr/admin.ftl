# The operators' console. Technical terms stay in English: client id, redirect URI, PKCE,
# private_key_jwt, DPoP, FAPI 2.0, RS256, the commands "idp client add" etc.

## Who may use the console

admin-not-admin-title = Ova je konzola namijenjena administratorima
admin-not-admin-text = Vaš račun nije administratorski račun. Ništa nije prikazano ni promijenjeno.
admin-my-account = Moj račun
admin-second-factor-title = Najprije potvrdite identitet drugim faktorom
admin-second-factor-text = Konzola operatera djeluje na račune drugih osoba pa je potrebna prijava s drugim faktorom.
admin-second-factor-again-title = Ponovno potvrdite identitet drugim faktorom
admin-second-factor-again-text = Vaš je drugi faktor potvrđen prije više od 15 minuta. Ponovno ga potvrdite, a zatim ponovite radnju: ništa nije promijenjeno.
admin-second-factor-link = Potvrdi drugim faktorom
admin-held-title = Vaš je račun privremeno ograničen

## Shared by the console's pages

admin-back = Natrag
admin-back-to-console = Natrag na konzolu
admin-search = Traži
admin-first-page = Prva stranica
admin-next-page = Sljedeća stranica
admin-pages = Stranice
admin-when = Kada
admin-from = S adrese
admin-created = Izrađeno
admin-name = Ime i prezime
admin-email = E-pošta
admin-status = Status

## The console's home page

admin-title = Konzola operatera
admin-home-intro = Prijavljeni ste kao { $operator }. Svaka radnja ovdje bilježi se u dnevnik operatera i, ako se odnosi na osobu, u njezinu sigurnosnu povijest.
admin-menu-users = Korisnici
admin-menu-users-text = pronalaženje osobe, otključavanje, završavanje sesija, uklanjanje izgubljenog telefona ili uređaja, onemogućivanje ili omogućivanje, slanje poruke za ponovno postavljanje lozinke
admin-menu-clients = Klijenti
admin-menu-clients-text = aplikacije koje prijavljuju korisnike
admin-menu-keys = Ključevi za potpisivanje
admin-menu-access = Pristup
admin-menu-access-text = zahtjevi na čekanju i dodijeljeni pristupi svih mreža
admin-menu-log = Dnevnik operatera

## Users

admin-users-title = Korisnici
admin-users-search-hint = Početak adrese e-pošte, imena ili prezimena ili „ime prezime“.
admin-users-none = Nije pronađen nijedan račun.
admin-account = Račun
admin-user-active = aktivan
admin-user-disabled = onemogućen
admin-user-locked-until = zaključan nakon pogrešnih lozinki do { $until }
admin-user-administrator = administrator
admin-factors = Drugi faktori
admin-factors-none = Nema.
admin-factor-phone = Mobilni telefon { $number }
admin-factor-phone-unconfirmed = Mobilni telefon { $number } (nije potvrđen)
admin-factor-device = Mobilni uređaj „{ $name }“
admin-factor-token = Token (aplikacija za autentifikaciju)
admin-factor-security-key = Sigurnosni ključ „{ $name }“
admin-factor-added = { $factor }, dodano { $added }
admin-factor-remove = Ukloni: { $factor }
admin-sessions = Sesije
admin-sessions-none = Nema otvorenih sesija.
admin-session-browser = Preglednik
admin-session-address = Adresa
admin-session-started = Prijava
admin-session-last-activity = Posljednja aktivnost
admin-session-applications = Aplikacije
admin-session-no-applications = nijedna
admin-actions = Radnje
admin-unlock = Otključaj račun
admin-send-reset = Pošalji poruku za ponovno postavljanje lozinke
admin-end-sessions = Završi sve sesije
admin-enable = Omogući račun
admin-disable = Onemogući račun
admin-history = Sigurnosna povijest
admin-history-none = Još ništa.
admin-history-what = Što
admin-back-to-users = Natrag na korisnike

## What an action on an account did ($email: the account's e-mail address)

admin-unlocked-title = Račun otključan
admin-unlocked-text = { $email } ponovno se može prijaviti ispravnom lozinkom; vlasnik je obaviješten e-poštom.
admin-sessions-ended-title = Sve sesije završene
admin-sessions-ended-text = Sve sesije računa { $email } završene su, a ono što je dano aplikacijama opozvano je.
admin-admin-disable-title = Administratorski račun onemogućuje se na poslužitelju
admin-admin-disable-text = Administratorski računi onemogućuju se na poslužitelju naredbom idp user disable, a ne iz konzole.
admin-disabled-title = Račun onemogućen
admin-disabled-text = { $email } ne može se prijaviti; sve su sesije završene, a tokeni računa opozvani.
admin-enabled-title = Račun omogućen
admin-enabled-text = { $email } ponovno se može prijaviti.
admin-already-disabled-title = Već onemogućen
admin-already-disabled-text = Račun { $email } već je bio onemogućen; ništa nije promijenjeno.
admin-already-enabled-title = Već omogućen
admin-already-enabled-text = Račun { $email } već je bio omogućen; ništa nije promijenjeno.
admin-reset-sent-title = Poruka za ponovno postavljanje lozinke poslana
admin-reset-sent-text = Poveznica za odabir nove lozinke poslana je na { $email }.
admin-no-mail-title = Poruka nije poslana
admin-no-mail-text = Na { $email } u posljednje je vrijeme poslano previše poruka; pokušajte ponovno kasnije.
admin-nothing-removed-title = Ništa nije uklonjeno
admin-nothing-removed-text = Račun nema takav faktor (možda je u međuvremenu uklonjen).
admin-factor-removed-title = Faktor uklonjen
admin-factor-removed-text = Faktor je uklonjen s računa { $email }; vlasnik je obaviješten e-poštom.

## Clients (the applications that sign people in)

admin-clients-title = Klijenti
admin-client-id = Client id
admin-client-kind = Vrsta
admin-redirect-uris = Redirect URI-ji
admin-redirect-uris-hint = Jedan po retku: https ili http na loopback adresi.
admin-kind-confidential-option = Povjerljivi (s tajnom)
admin-kind-public-option = Javni (PKCE, bez tajne)
admin-kind-keys = povjerljivi (private_key_jwt)
admin-kind-secret = povjerljivi (tajna)
admin-kind-public = javni (PKCE)
admin-client-add = Dodavanje klijenta
admin-client-add-button = Dodaj klijenta
admin-clients-cli-hint = Ključevi (private_key_jwt), DPoP, pairwise subjekti i profil FAPI 2.0 postavljaju se u naredbenom retku:
admin-client-title = Klijent { $id }
admin-redirect-uris-save = Spremi redirect URI-je
admin-secret = Tajna
admin-secret-rotate-hint = Trenutačna tajna odmah prestaje vrijediti; nova se prikazuje jednom.
admin-secret-rotate = Zamijeni tajnu
admin-remove = Ukloni
admin-client-remove = Ukloni klijenta { $id }
admin-back-to-clients = Natrag na klijente
admin-client-added-title = Klijent dodan
admin-client-added-public = { $id } registriran je kao javni klijent (PKCE, bez tajne).
admin-secret-rotated-title = Tajna klijenta zamijenjena
admin-secret-shown-once = Tajna klijenta { $id } prikazuje se samo ovaj put; odmah je kopirajte u konfiguraciju aplikacije.
admin-client-secret = Tajna klijenta
admin-done = Gotovo
admin-uris-saved-title = Redirect URI-ji spremljeni
admin-uris-saved-text = { $id } sada prihvaća: { $uris }
admin-client-removed-title = Klijent uklonjen
admin-client-removed-text = { $id } je uklonjen: njegovi tokeni više ne vrijede na krajnjoj točki userinfo i više ne može nikoga prijaviti.
admin-uris-none = potreban je barem jedan redirect URI
admin-uris-too-many = { $max ->
    [one] najviše { $max } redirect URI
    [few] najviše { $max } redirect URI-ja
   *[other] najviše { $max } redirect URI-ja
}
admin-no-such-client = nijedan klijent nema id { $id }
admin-uris-checked = { $id } ima pairwise subjekte ili profil FAPI 2.0, za koje su njegovi redirect URI-ji provjereni: promijenite ih naredbama idp client remove i idp client add
admin-no-secret = { $id } nema tajnu (javni klijent ili klijent koji potpisuje vlastitim ključevima)

## Signing keys

admin-keys-title = Ključevi za potpisivanje
admin-key-id = Id ključa
admin-key-algorithm = Algoritam
admin-key-state = Stanje
admin-key-signs = potpisuje
admin-key-retired-published = povučen, još objavljen
admin-key-retired = povučen
admin-key-rotate-heading = Zamjena ključa
admin-key-rotate = Zamijeni ključ za potpisivanje
admin-key-rotated-title = Ključ za potpisivanje zamijenjen
admin-key-rotated-text = Tokeni { $alg } sada se potpisuju ključem { $kid }; prethodni ključ ostaje objavljen dok su tokeni koje je potpisao možda još u upotrebi.

## The operators' log

admin-log-title = Dnevnik operatera
admin-log-label = Dnevnik operatera
admin-log-search-hint = Početak adrese e-pošte operatera, objekta radnje ili same radnje.
admin-log-none = Nema zapisa.
admin-log-operator = Operater
admin-log-action = Radnja
admin-log-target = Objekt
