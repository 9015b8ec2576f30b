## "Create an account": the form.

register-title = Izradite račun
register-problem = Postoji problem
register-first-name-label = Ime
register-last-name-label = Prezime
register-email-label = E-pošta
register-confirm-email-label = Potvrdite e-poštu
register-language-label = Jezik e-pošte
register-privacy-acknowledge = Označivanjem ovog okvira potvrđujete da ste pročitali i razumjeli { $statement }
register-privacy-statement = izjavu o zaštiti privatnosti
register-submit = Izradite račun
register-robot-intro = Vaš preglednik rješava mali zadatak kako bi pokazao da nije robot. Za to je potreban JavaScript i traje sekundu ili dvije.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Unesite svoje ime (najviše 100 znakova).
register-last-name-invalid = Unesite svoje prezime (najviše 100 znakova).
register-email-invalid = Unesite valjanu adresu e-pošte, npr. name@hospital.eu.
register-emails-differ = Dvije adrese e-pošte nisu iste.
register-language-invalid = Odaberite jezik svoje e-pošte.
register-privacy-required = Morate potvrditi da ste upoznati s izjavom o zaštiti privatnosti.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Provjerite svoj poštanski sandučić
register-mail-sent = Poslali smo poruku na { $email }.
register-open-link = Otvorite poveznicu u njoj u roku od 24 sata kako biste potvrdili svoju adresu e-pošte i odabrali lozinku.
register-look-in-spam = Ako u roku od nekoliko minuta ništa ne stigne, provjerite mapu neželjene pošte.
register-choose-password = Odaberite lozinku
register-ready-title = Vaš je račun spreman
register-ready = Vaša adresa e-pošte { $email } potvrđena je i lozinka je postavljena.
register-already-title = Već imate račun
register-already = Račun s ovom adresom e-pošte već postoji. Prijavite se ili upotrijebite „Zaboravili ste lozinku?“.
register-sign-in = Prijava

## The anti-robot check.

register-robot-title = Provjera protiv robota
register-robot-checking = Provjerava se da niste robot…
register-robot-done = Provjerava se da niste robot… gotovo
register-robot-malformed = Provjera protiv robota nedostaje ili je neispravna.
register-robot-expired = Provjera protiv robota je istekla; pokušajte ponovno.
register-robot-unsolved = Provjera protiv robota nije riješena.
register-robot-reused = Provjera protiv robota već je iskorištena; pokušajte ponovno.
register-robot-other-address = Provjera protiv robota napravljena je za drugu mrežnu adresu; pokušajte ponovno.

## The privacy statement.

register-privacy-title = Izjava o zaštiti privatnosti
register-privacy-kept = { $site } čuva vaše ime i prezime, adresu e-pošte, jezik e-pošte, sažetak (hash) vaše lozinke izračunan algoritmom argon2id sa soli te, dok ste prijavljeni, adresu i naziv vašeg preglednika, kako bi vas mogao prijaviti u aplikacije europskih referentnih mreža.
register-privacy-shared = Ništa se ne dijeli s trećim stranama; provjera protiv robota izvodi se u vašem pregledniku. Aplikacije u koje se prijavljujete primaju samo ono što zatraže i što vi dopustite.

## Confirming a new e-mail address.

register-email-confirm-title = Potvrdite svoju novu adresu e-pošte
register-email-confirm-button = Potvrdi moju novu adresu e-pošte
