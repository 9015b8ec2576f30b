## The form that sets a password.

password-account = Račun:
password-rules-hint = Najmanje 10 znakova. Duge lozinke od nepovezanih riječi lako je zapamtiti, a teško pogoditi; vaše ime, adresa e-pošte i uobičajene lozinke ne prihvaćaju se.
password-problem = Postoji problem
password-new-label = Nova lozinka
password-confirm-label = Potvrdite novu lozinku
password-set-submit = Postavi lozinku
password-choose-new = Odaberite novu lozinku
password-new-set-title = Vaša je nova lozinka postavljena
password-new-set = Radi vaše sigurnosti sve su sesije vašeg računa završene. Prijavite se novom lozinkom.

## "Lost your password?"

password-lost-title = Zaboravili ste lozinku?
password-lost-intro = Unesite adresu e-pošte svojeg računa. Poslat ćemo vam poveznicu za odabir nove lozinke.
password-email-label = E-pošta
password-lost-submit = Pošalji mi poveznicu
password-email-invalid = Unesite valjanu adresu e-pošte.
password-check-mailbox = Provjerite svoj poštanski sandučić
password-lost-sent = Ako je { $email } adresa nekog računa, na nju smo poslali poveznicu za odabir nove lozinke.
password-lost-link-once = Poveznica vrijedi jednom, sat vremena.

## "Change password".

password-change-title = Promjena lozinke
password-change-hint = Promjenom lozinke odjavljujete se iz svih ostalih preglednika.
password-current-label = Trenutačna lozinka
password-change-submit = Promijeni lozinku
password-back-to-account = Natrag na „Moj račun“
password-not-current = Ovo nije vaša trenutačna lozinka.
password-mismatch = Dvije lozinke nisu iste.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Lozinka mora imati najmanje { $count } znak.
    [few] Lozinka mora imati najmanje { $count } znaka.
   *[other] Lozinka mora imati najmanje { $count } znakova.
}
password-too-long = { $count ->
    [one] Lozinka smije imati najviše { $count } znak.
    [few] Lozinka smije imati najviše { $count } znaka.
   *[other] Lozinka smije imati najviše { $count } znakova.
}
password-is-email = Lozinka ne smije biti vaša adresa e-pošte.
password-guessable = Ova je lozinka previše uobičajena ili ju je lako pogoditi. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Dodajte još nekoliko neuobičajenih riječi.
password-advice-few-words = Upotrijebite nekoliko riječi, izbjegavajte uobičajene izraze.
password-advice-no-symbols-needed = Simboli, brojke i velika slova nisu potrebni.
password-advice-another-word = Dodajte još jednu ili dvije riječi. Neuobičajene riječi su bolje.
password-advice-capitals = Velika slova ne pomažu mnogo.
password-advice-all-uppercase = Lozinku pisanu samo velikim slovima gotovo je jednako lako pogoditi kao i onu pisanu samo malim slovima.
password-advice-reversed = Riječi napisane unatrag nije mnogo teže pogoditi.
password-advice-substitutions = Predvidljive zamjene, poput „@“ umjesto „a“, ne pomažu mnogo.
password-advice-keyboard = Upotrijebite duži uzorak na tipkovnici s više skretanja.
password-advice-repeats = Izbjegavajte ponovljene riječi i znakove.
password-advice-sequences = Izbjegavajte nizove.
password-advice-recent-years = Izbjegavajte nedavne godine.
password-advice-your-years = Izbjegavajte godine povezane s vama.
password-advice-your-dates = Izbjegavajte datume i godine povezane s vama.

## Lines of an account's security history.

password-history-changed = lozinka promijenjena
password-history-reset = lozinka ponovno postavljena putem poveznice poslane e-poštom
password-history-secured = račun zaštićen putem poveznice poslane e-poštom: lozinka, sigurnosni ključevi i kodovi za oporavak uklonjeni, sve sesije završene
