## Consent: an application asks to use the account.

oidc-consent-title = Dopustiti aplikaciji { $app }?
oidc-consent-heading = { $app } traži dopuštenje za upotrebu vašeg računa
oidc-consent-intro = Ako to dopustite, { $app } dobit će:
oidc-consent-withdraw = Ovo dopuštenje možete u bilo kojem trenutku povući na stranici „Moj račun“.
oidc-consent-allow = Dopusti
oidc-consent-deny = Odbij

## What an application receives.

oidc-scope-subject = stalni identifikator vašeg računa (ne vašu adresu e-pošte)
oidc-scope-profile = vaše ime i prezime te željeni jezik
oidc-scope-email = vašu adresu e-pošte
oidc-scope-phone = vaš potvrđeni broj mobilnog telefona
oidc-scope-offline = pristup i dok niste prijavljeni (dok ga ne povučete)

## Sign-out.

oidc-logout-title = Odjava
oidc-logout-asks = { $app } traži da se odjavite.
oidc-logout-explain = Odjavom se završava vaša sesija usluge { $site } u ovom pregledniku, a aplikacije u koje ste se njome prijavili o tome se obavješćuju.
oidc-logout-submit = Odjava
oidc-logout-request-unusable = Ovaj se zahtjev za odjavu ne može upotrijebiti
oidc-logout-done-title = Odjavljeni ste
oidc-logout-not-signed-in = U ovom pregledniku niste prijavljeni.
oidc-logout-malformed = Zahtjev za odjavu je neispravan.
oidc-logout-foreign-token = Zahtjev za odjavu sadrži ID token koji nismo izdali mi.
oidc-logout-two-applications = Zahtjev za odjavu navodi dvije različite aplikacije.
oidc-logout-unregistered-address = Aplikacija je zatražila da vas preusmjerimo na adresu koju nije registrirala.

## The page that sends the answer back to the application.

oidc-returning-title = Povratak u aplikaciju
oidc-returning-no-script = JavaScript je isključen: pritisnite gumb za povratak u aplikaciju.
oidc-returning-continue = Nastavi u aplikaciju

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Ovaj se zahtjev za prijavu ne može upotrijebiti
oidc-request-expired-title = Ovaj je zahtjev za prijavu istekao
oidc-start-again = Vratite se u aplikaciju i počnite ispočetka.
oidc-other-browser-title = Ovaj je zahtjev za prijavu započet u drugom pregledniku
oidc-other-browser = Radi vaše sigurnosti prijava se može nastaviti samo u pregledniku u kojem je započeta. Vratite se u aplikaciju i počnite ispočetka.
oidc-request-malformed = Zahtjev za prijavu je neispravan.
oidc-go-to-account = Idi na „Moj račun“
oidc-changed-in-another-tab = Ovaj je zahtjev za prijavu dovršen ili promijenjen u drugoj kartici. Vratite se u aplikaciju i počnite ispočetka.
oidc-unknown-application = Aplikacija koja vas je ovamo uputila nije registrirana kod nas.
oidc-unregistered-return-address = Aplikacija { $app } uputila vas je ovamo s povratnom adresom koju nije registrirala pa vas ne možemo vratiti.
oidc-request-used = Ovaj je zahtjev za prijavu istekao ili je već iskorišten. Vratite se u aplikaciju i počnite ispočetka.
oidc-request-not-accepted = Aplikacija { $app } poslala je zahtjev za prijavu koji ne možemo prihvatiti ({ $reason }).
oidc-application-gone = Aplikacija više nije registrirana.
oidc-other-account = Ovaj je zahtjev za prijavu započet za drugi račun. Vratite se u aplikaciju i počnite ispočetka.
oidc-already-completed = Ovaj je zahtjev za prijavu već dovršen.
