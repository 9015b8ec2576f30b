## The overview ("My account")

account-title = Moj račun
account-name = Ime i prezime
account-email = E-pošta
account-email-language = Jezik e-pošte
account-signed-in-since = Prijavljeni od
account-sign-out = Odjava
account-change-password = Promjena lozinke
account-access-link = Moj pristup aplikacijama
account-require-mfa = Uvijek zahtijevaj višefaktorsku autentifikaciju
account-save = Spremi
account-consents-heading = Aplikacije kojima ste dali dopuštenje
account-consents-none = Nijedna aplikacija još nije zatražila vašu privolu.
account-consent-withdraw = Povuci privolu za { $name }
account-offline-heading = Aplikacije s izvanmrežnim pristupom
account-offline-hint = Ove aplikacije mogu djelovati u vaše ime i dok niste prijavljeni. Opozivom se to odmah prekida; morat će vas ponovno pitati.
account-offline-none = Nijedna aplikacija nema izvanmrežni pristup.
account-offline-until = (do { $until }, obnavlja se dok se upotrebljava)
account-offline-revoke = Opozovi izvanmrežni pristup za { $name }
account-delete = Izbriši moj račun
account-delete-warning = Time se završavaju sve sesije i uklanja vaš račun sa svime što se o njemu čuva. To se ne može poništiti.
account-password = Lozinka
account-back = Natrag na „Moj račun“

## Messages on the overview

account-password-changed = Vaša je lozinka promijenjena. Ostali preglednici su odjavljeni.
account-mfa-on = Za vaš se račun sada uvijek zahtijeva višefaktorska autentifikacija.
account-mfa-off = Višefaktorska autentifikacija više se ne zahtijeva uvijek.
account-mfa-confirm-first = Da biste to promijenili, najprije potvrdite identitet drugom metodom provjere (ponovno se prijavite njome).
account-delete-wrong-password = Ovo nije vaša lozinka: račun nije izbrisan.
account-delete-confirm-first = Da biste izbrisali račun, najprije potvrdite identitet drugom metodom provjere (ponovno se prijavite njome).
account-deleted-title = Vaš je račun izbrisan
account-deleted-text = Vaš račun i sve što se o njemu čuvalo uklonjeni su.
account-create = Izradite račun

## Personal data

account-details-title = Osobni podaci
account-details-first-name = Ime
account-details-last-name = Prezime
account-details-email-heading = Promjena moje adrese e-pošte
account-details-email-current = Vaša adresa e-pošte je { $email }. Poslat ćemo poveznicu na novu adresu; promjena stupa na snagu kada je otvorite.
account-details-new-email = Nova e-pošta
account-details-send-link = Pošalji poveznicu za potvrdu
account-details-saved = Vaši su osobni podaci spremljeni.
account-details-link-sent = Poslali smo poveznicu na { $email }. Otvorite je kako bi to postala vaša adresa e-pošte.
account-details-email-changed = Vaša adresa e-pošte sada je { $email }.
account-details-wrong-password = Ovo nije vaša lozinka.
account-details-email-confirm-first = Da biste promijenili adresu e-pošte, najprije potvrdite identitet drugom metodom provjere (ponovno se prijavite njome).
account-details-link-invalid = Ova poveznica nije valjana, istekla je ili je već iskorištena.
account-details-name-length = Ime i prezime moraju imati od 1 do 100 znakova.
account-details-choose-language = Odaberite jezik svoje e-pošte.
account-details-email-invalid = Unesite valjanu adresu e-pošte.
account-details-email-same = Ovo je već vaša adresa e-pošte.
account-details-too-many-mails = Zatraženo je previše poruka e-pošte. Pokušajte ponovno za sat vremena.
account-details-email-taken = Ovu adresu sada upotrebljava drugi račun.
account-email-title = Vaša adresa e-pošte
account-go = Idi na „Moj račun“

## Display my sessions

account-sessions-title = Prikaz mojih sesija
account-sessions-label = Moje sesije
account-sessions-browser = Preglednik
account-sessions-address = Adresa
account-sessions-signed-in = Prijava
account-sessions-last-activity = Posljednja aktivnost
account-sessions-applications = Aplikacije
account-sessions-this-browser = (ovaj preglednik)
account-sessions-no-applications = nijedna
account-sessions-end = Završi sesiju preglednika { $browser } ({ $started })
account-sessions-end-others = Završi sve moje ostale sesije
account-session-ended = Sesija je završena.
account-session-already-ended = Ta je sesija već bila završena.
account-other-sessions-ended = Sve su ostale sesije završene.
account-browser-on-system = { $browser } na sustavu { $system }

## Security history

account-history-title = Sigurnosna povijest
account-history-intro = Sve promjene sigurnosti vašeg računa, od najnovije. O svakoj ste obaviješteni i e-poštom.
account-history-none = Još ništa.
account-history-when = Kada
account-history-what = Što
account-history-from = S adrese
