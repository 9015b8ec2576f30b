## Shared by several pages

factors-sign-in = Prijava
factors-confirm = Potvrdi
factors-try-again = Pokušaj ponovno
factors-please-try-again = Pokušajte ponovno.
factors-delete-named = Izbriši { $name }
factors-added-on = (dodano { $date })
factors-hold-notice = Svi drugi faktori vašeg računa izbrisani su samo uz lozinku. Radi vaše sigurnosti novi se može dodati od { $until }. Vlasniku računa poslali smo poruku e-pošte o tome.
factors-already-has-factor = Vaš račun već ima drugu metodu provjere.
factors-devices-confirm-first = Za dodavanje ili brisanje uređaja najprije potvrdite identitet njime: ponovno se prijavite i odaberite ga.
factors-confirm-first = Za dodavanje ili brisanje najprije potvrdite identitet ovom metodom: ponovno se prijavite i odaberite je.
factors-confirm-recent = Ova promjena zahtijeva potvrdu drugom metodom provjere u posljednjih 15 minuta. Ponovno potvrdite, a zatim ponovite ovaj korak.
factors-phones-confirm-first = Za dodavanje ili brisanje broja najprije potvrdite identitet metodom „Mobilni telefon + SMS“.
factors-confirm-current-first = Najprije potvrdite identitet svojom trenutačnom drugom metodom provjere (ponovno se prijavite i odaberite je).
factors-mfa-add-first = Najprije dodajte broj mobilnog telefona ili token.
factors-held = Svi drugi faktori ovog računa izbrisani su samo uz lozinku: radi vaše sigurnosti novi se još ne može dodati. Pogledajte poruku e-pošte koju smo poslali.
factors-held-code = Ovom računu kodom za oporavak dodan je drugi faktor: radi vaše sigurnosti do { $until } ne može se dodati ni izbrisati drugi faktor, generirati kodove za oporavak, promijeniti adresu e-pošte ni izbrisati račun. Pogledajte poruku e-pošte koju smo poslali.
factors-code-not-enough = Kodom za oporavak možete dodati drugu metodu provjere, ništa više: da biste neku uklonili ili promijenili adresu e-pošte, kodove za oporavak ili račun, ponovno se prijavite drugom metodom provjere koju imate.
factors-too-many-codes = Previše pogrešnih kodova. Pričekajte 15 minuta prije ponovnog pokušaja.

## The method names and what they do

factors-choose-method = Odaberite metodu provjere
factors-level-high = { $app } zahtijeva najvišu razinu prijave (razina „{ $level }“): sigurnosni ključ ili pristupni ključ koji provjerava vaš PIN, otisak prsta ili lice. Ne može se upotrijebiti na drugom web-mjestu, što vas štiti od krađe identiteta (phishing).
factors-level-substantial = { $app } zahtijeva jaču prijavu (razina „{ $level }“): vašu lozinku i drugu metodu provjere.
factors-method-key-hint-high = Kada se zatraži, potvrdite PIN-om, otiskom prsta ili licem.
factors-no-key = Vaš račun nema sigurnosni ključ ni pristupni ključ pa još ne možete dosegnuti ovu razinu.
factors-no-key-add = Za nastavak u { $app } dodajte ključ (sigurnosni ključ ili ugrađeni autentifikator svojeg uređaja), a zatim se vratite:
factors-no-factor = Vaš račun još nema drugu metodu provjere pa ne možete nastaviti u { $app }.
factors-no-factor-add = Dodajte je na jednoj od ovih stranica, a zatim se vratite:
factors-cancel = Odustani i vrati se u { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Upravljanje mojim brojevima mobilnog telefona
factors-phones-none = Još nemate broj mobilnog telefona.
factors-phone-confirmed = (potvrđen)
factors-phone-not-confirmed = (još nije potvrđen)
factors-phones-confirm-number = Potvrdite { $number }
factors-sms-enter-challenge = Unesite kod poslan SMS porukom na vaš mobilni telefon. Može proći nekoliko minuta dok poruka stigne na vaš mobilni telefon.
factors-sms-challenge-label = SMS kod
factors-phones-add = Dodaj broj mobilnog telefona
factors-mobile-phone-label = Mobilni telefon
factors-phone-hint = Međunarodni format s pozivnim brojem države, npr. za Belgiju: +32 123 45 67 89
factors-sms-title = Autentifikacija SMS kodom
factors-sms-number-label = Broj mobilnog telefona
factors-too-many-sms = Za ovaj račun, broj ili mrežu zatraženo je previše SMS poruka. Pokušajte ponovno za sat vremena.
factors-sms-sent = Poslali smo SMS kod na { $number }.
factors-phone-added = Broj { $number } je potvrđen. Sada ga možete upotrebljavati za prijavu metodom „Mobilni telefon + SMS“.
factors-phone-deleted = Broj je izbrisan.
factors-sms-wrong = { $count ->
    [one] Ovo nije SMS kod koji smo poslali. Preostao je { $count } pokušaj.
    [few] Ovo nije SMS kod koji smo poslali. Preostala su { $count } pokušaja.
   *[other] Ovo nije SMS kod koji smo poslali. Preostalo je { $count } pokušaja.
}
factors-sms-expired = Ovaj je kod istekao ili je potrošen (previše pogrešnih pokušaja). Zatražite novi.
factors-phone-format = Unesite broj u međunarodnom formatu s pozivnim brojem države, npr. za Belgiju: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Račun može imati najviše { $count } broj mobilnog telefona.
    [few] Račun može imati najviše { $count } broja mobilnog telefona.
   *[other] Račun može imati najviše { $count } brojeva mobilnog telefona.
}
factors-phone-already-confirmed = Ovaj je broj već potvrđen za vaš račun.
factors-phone-not-yours = Ovo nije jedan od potvrđenih brojeva mobilnog telefona vašeg računa.

## Tokens (authenticator apps)

factors-tokens-title = Upravljanje mojim tokenima
factors-tokens-intro = Token je aplikacija za autentifikaciju (ili hardverski token) koja svakih 30 sekundi prikazuje novi šesteroznamenkasti kod.
factors-token-added-on = Token dodan { $date }
factors-token-delete = Izbriši token dodan { $date }
factors-tokens-add = Dodaj token
factors-tokens-scan = Skenirajte ovaj QR kod aplikacijom za autentifikaciju ili u nju upišite tajni ključ.
factors-tokens-qr-label = QR kod ključa tokena
factors-tokens-secret = Tajni ključ:
factors-token-code-label = Kod tokena
factors-tokens-confirm = Potvrdi token
factors-token-enter = Unesite kod koji vaša aplikacija za autentifikaciju ili token trenutačno prikazuje.
factors-token-added = Vaš je token dodan. Sada se njime možete prijaviti.
factors-token-deleted = Token je izbrisan.
factors-token-enrolment-expired = Registracija je istekla. Počnite ispočetka.
factors-token-wrong-try-next = Ovo nije kod koji vaš token trenutačno prikazuje. Pokušajte sa sljedećim.
factors-token-used = Ovaj je kod već iskorišten. Pričekajte sljedeći.
factors-token-wrong = Ovo nije kod koji vaš token trenutačno prikazuje.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Upravljanje mojim mobilnim uređajima
factors-devices-none = Još nemate mobilni uređaj.
factors-devices-add = Dodaj uređaj
factors-devices-scan = Otvorite mobilnu aplikaciju i skenirajte ovaj QR kod. Vrijedi jednom, 10 minuta.
factors-devices-qr-label = QR kod poveznice za registraciju
factors-devices-link = Bez kamere unesite ovu poveznicu u aplikaciju:
factors-panic-title = Izbriši sve moje uređaje (PANIC)
factors-panic-explained = Ako je telefon s aplikacijom izgubljen ili ukraden: svi se uređaji i tokeni odmah brišu, a sve se sesije, uključujući ovu, završavaju.
factors-device-deleted = Uređaj je izbrisan.
factors-panic-done-title = Svi vaši uređaji su izbrisani
factors-panic-done = Izbrisano: { $devices ->
    [one] { $devices } mobilni uređaj
    [few] { $devices } mobilna uređaja
   *[other] { $devices } mobilnih uređaja
} i { $tokens ->
    [one] { $tokens } token
    [few] { $tokens } tokena
   *[other] { $tokens } tokena
}; sve su sesije završene.
factors-panic-held = Ovo ste potvrdili samo lozinkom pa se radi vaše sigurnosti novi uređaj ili token može dodati od { $until }. Poslali smo vam poruku e-pošte o tome, s poveznicom za zaštitu računa ako to niste bili vi.
factors-panic-mailed = Poslali smo vam poruku e-pošte o tome. Ponovno se prijavite kako biste dodali novi uređaj.
factors-panic-wrong-password = Ovo nije vaša lozinka: ništa nije izbrisano.
factors-panic-confirm-first = Vaš račun zadržava potvrđeni broj mobilnog telefona: najprije potvrdite identitet metodom „Mobilni telefon + SMS“.
factors-app-start-explained = Šaljemo zahtjev za prijavu aplikaciji na vašem mobilnom uređaju. Ova stranica zatim prikazuje broj: odaberite ga u aplikaciji i unesite svoj PIN.
factors-app-send = Pošalji zahtjev mojoj mobilnoj aplikaciji
factors-app-pick = Otvorite aplikaciju na svojem mobilnom uređaju, odaberite ovaj broj i unesite svoj PIN:
factors-app-number-label = Broj koji treba odabrati u aplikaciji
factors-app-waiting = Čeka se vaš mobilni uređaj. Ova stranica nastavlja sama kada odgovorite u aplikaciji.
factors-app-answered = Odgovor u aplikaciji je dan: nastavi
factors-app-no-device = Vaš račun nema mobilni uređaj. Dodajte ga na stranici „Upravljanje mojim mobilnim uređajima“.
factors-app-already-waiting = Zahtjev za prijavu već čeka u vašoj mobilnoj aplikaciji. Odgovorite na njega ondje ili pričekajte dvije minute da istekne.
factors-app-too-many = U ovom satu vašoj je mobilnoj aplikaciji poslano previše zahtjeva za prijavu. Odaberite drugu metodu provjere ili pokušajte ponovno kasnije.
factors-app-request-unknown = Ovaj zahtjev za prijavu nije poznat ili je završen.
factors-app-request-expired = Zahtjev je istekao prije nego što je aplikacija odgovorila.
factors-app-request-ended = Ovaj je zahtjev za prijavu završen.
factors-app-refused-wrong-number = Prijava je odbijena: u aplikaciji je odabran pogrešan broj.
factors-app-refused-denied = Prijava je odbijena: prijava je odbijena u aplikaciji.
factors-app-qr-scan = Skenirajte ovaj QR kod mobilnom aplikacijom (radi i bez internetske veze) i upišite jednokratnu lozinku koju prikaže.
factors-app-qr-label = QR kod izazova { $challenge }
factors-app-qr-challenge = Izazov:
factors-otp-label = Jednokratna lozinka
factors-app-qr-new = Prikaži novi QR kod
factors-qr-ended = Ovaj je izazov završen. Zatražite novi.
factors-qr-too-many = Previše pogrešnih jednokratnih lozinki. Pričekajte 15 minuta ili odaberite drugu metodu provjere.
factors-qr-wrong = { $count ->
    [one] Ovo nije jednokratna lozinka koju prikazuje aplikacija. Preostao je { $count } pokušaj.
    [few] Ovo nije jednokratna lozinka koju prikazuje aplikacija. Preostala su { $count } pokušaja.
   *[other] Ovo nije jednokratna lozinka koju prikazuje aplikacija. Preostalo je { $count } pokušaja.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Upravljanje mojim sigurnosnim i pristupnim ključevima
factors-keys-intro = Sigurnosni ključ (USB, NFC) ili ugrađeni autentifikator vašeg uređaja (modul pouzdane platforme, Windows Hello, Touch ID, zaključavanje zaslona telefona) dokazuje da ste to vi i ne može se upotrijebiti na drugom web-mjestu: štiti vas od krađe identiteta (phishing). S PIN-om ili otiskom prsta dostiže najvišu razinu, „high“, i može vas prijaviti bez lozinke (pristupni ključ).
factors-keys-none = Još nema sigurnosnog ni pristupnog ključa.
factors-keys-yours = Vaši sigurnosni i pristupni ključevi
factors-keys-name = Naziv
factors-keys-added = Dodan
factors-keys-last-used = Posljednja upotreba
factors-keys-action = Radnja
factors-keys-never-used = nikad
factors-keys-add = Dodaj sigurnosni ili pristupni ključ
factors-keys-name-label = Naziv ključa
factors-keys-name-placeholder = npr. Plavi USB ključ, Poslovno prijenosno računalo
factors-keys-needs-script = Za dodavanje sigurnosnog ključa potreban je JavaScript: vaš preglednik komunicira s ključem.
factors-key-added = Sigurnosni ključ „{ $name }“ dodan je.
factors-key-deleted = Sigurnosni ključ je izbrisan.
factors-key-explained = Upotrijebite registrirani sigurnosni ključ ili ugrađeni autentifikator svojeg uređaja za potvrdu identiteta. Kada preglednik zatraži, umetnite ključ ili ga dodirnite, ili potvrdite PIN-om, otiskom prsta ili licem.
factors-key-use = Upotrijebi moj sigurnosni ključ
factors-key-needs-script = Za prijavu sigurnosnim ključem potreban je JavaScript: vaš preglednik komunicira s ključem.
factors-key-none-add = Vaš račun još nema sigurnosni ključ: dodajte ga na stranici „Moj račun“, „Upravljanje mojim sigurnosnim i pristupnim ključevima“.
factors-key-none = Vaš račun još nema sigurnosni ključ.
factors-key-expired = Zahtjev je istekao ili je već iskorišten. Pokušajte ponovno.
factors-key-refused = Odgovor ovog ključa nije bilo moguće provjeriti. Upotrijebite ključ registriran za vaš račun.
factors-key-cloned = Ovaj je ključ odbijen: možda je kopiran. Vlasnika računa obavijestili smo e-poštom. Upotrijebite drugu metodu.
factors-passkey-expired = Zahtjev za pristupni ključ istekao je ili je već iskorišten. Pokušajte ponovno.
factors-passkey-refused = Ovaj pristupni ključ nije registriran kod nas. Prijavite se svojom adresom e-pošte i lozinkom.
factors-passkey-cloned = Ovaj je pristupni ključ odbijen: možda je kopiran. Vlasnika računa obavijestili smo e-poštom.
factors-keys-max = { $count ->
    [one] Račun može imati { $count } sigurnosni ili pristupni ključ; najprije ga izbrišite.
    [few] Račun može imati { $count } sigurnosna ili pristupna ključa; najprije izbrišite jedan od njih.
   *[other] Račun može imati { $count } sigurnosnih ili pristupnih ključeva; najprije izbrišite jedan od njih.
}
factors-key-name-length = { $count ->
    [one] Dajte ključu naziv od 1 do { $count } znaka.
    [few] Dajte ključu naziv od 1 do { $count } znaka.
   *[other] Dajte ključu naziv od 1 do { $count } znakova.
}
factors-key-request-expired = Ovaj je zahtjev istekao ili je već iskorišten: ponovno dodajte ključ.
factors-key-malformed = Odgovor ključa je neispravan.
factors-key-unverified = Odgovor ključa nije bilo moguće provjeriti za ovo web-mjesto. Pokušajte ponovno.
factors-key-registered = Ovaj je ključ već registriran.

## Recovery codes

factors-codes-title = Moji kodovi za oporavak
factors-codes-intro = Ako izgubite telefon, token i sigurnosne ključeve, kod za oporavak omogućuje vam prijavu do stranice „Moj račun“ kako biste dodali novu metodu provjere. Svaki kod vrijedi jednom. Čuvajte ih na sigurnom mjestu, odvojeno od lozinke: ispisane ili u upravitelju lozinki.
factors-codes-new = Ovo su vaši novi kodovi za oporavak. Prikazuju se samo ovaj put: zapišite ih ili ispišite odmah. Stari kodovi više ne vrijede.
factors-codes-left = { $count ->
    [one] Imate { $count } neiskorišten kod za oporavak (izrađen { $date }).
    [few] Imate { $count } neiskorištena koda za oporavak (izrađena { $date }).
   *[other] Imate { $count } neiskorištenih kodova za oporavak (izrađenih { $date }).
}
factors-codes-none = Još nemate kodove za oporavak.
factors-codes-generate-new = Generiraj nove kodove za oporavak
factors-codes-generate = Generiraj kodove za oporavak
factors-codes-add-first = Najprije dodajte drugu metodu provjere: kodovi za oporavak zamjenjuju je ako je izgubite.
factors-codes-need-real-factor = Kodom za oporavak ne mogu se izraditi novi kodovi za oporavak. Ponovno se prijavite drugom metodom provjere (najprije je dodajte ako je nemate), a zatim ih generirajte.
factors-code-wrong = Ovo nije jedan od vaših kodova za oporavak ili je već iskorišten.
factors-code-sign-in-again = Kod za oporavak vrijedi samo 15 minuta nakon prijave lozinkom. Vaš kod nije iskorišten: odjavite se, ponovno se prijavite lozinkom, a zatim upišite kod.
factors-code-lapsed = Isteklo je 15 minuta za dodavanje metode provjere kodom za oporavak. Odjavite se, a zatim se ponovno prijavite lozinkom i drugim kodom za oporavak.
factors-recovery-code = Kod za oporavak
factors-recovery-code-explained = Upišite jedan od svojih kodova za oporavak. Omogućuje vam pristup stranici „Moj račun“ radi dodavanja nove metode provjere; ne prijavljuje vas u aplikacije.
factors-recovery-continue = Nastavi na „Moj račun“

## "Secure my account"

factors-secure-title = Zaštiti moj račun
factors-secure-explained = Sve druge faktore računa { $email } izbrisao je netko tko se prijavio samo njegovom lozinkom. Ako to niste bili vi, netko zna vašu lozinku.
factors-secure-what = Zaštitom računa uklanja se njegova lozinka, završavaju se sve sesije i opoziva se pristup svih aplikacija. Zatim odabirete novu lozinku putem „Zaboravili ste lozinku?“, preko svoje e-pošte.
factors-link-dead-title = Ova se poveznica ne može upotrijebiti
factors-link-dead-text = Već je iskorištena ili je istekla. Ako mislite da netko zna vašu lozinku, odaberite novu putem „Zaboravili ste lozinku?“.
factors-secured-title = Vaš je račun zaštićen
factors-secured-text = Njegova je lozinka uklonjena, sve su sesije završene i pristup svih aplikacija je opozvan.
factors-secured-next = Sada odaberite novu lozinku putem „Zaboravili ste lozinku?“: poveznica stiže u vaš poštanski sandučić.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Poslužitelj nije mogao pokrenuti zahtjev. Ponovno učitajte stranicu i pokušajte ponovno.
factors-script-unsupported = Ovaj preglednik ne može upotrebljavati sigurnosne ni pristupne ključeve. Upotrijebite ažurirani preglednik ili drugu metodu provjere.
factors-script-cancelled = Zahtjev je otkazan ili je isteklo vrijeme. Pokušajte ponovno.
factors-script-no-answer = Ključ nije odgovorio. Pokušajte ponovno.
factors-script-name-first = Najprije dajte ključu naziv.
