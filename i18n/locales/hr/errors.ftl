## The error page.

errors-bad-request-title = Nešto nije u redu s ovim zahtjevom
errors-forbidden-title = Ovaj obrazac ne može se prihvatiti
errors-not-found-title = Stranica nije pronađena
errors-not-found = Na ovoj adresi nema stranice.
errors-too-large-title = Previše podataka
errors-too-large = Obrazac je poslao više podataka nego što treba ijednom od naših obrazaca.
errors-too-many-requests-title = Previše zahtjeva
errors-unavailable-title = Usluga je privremeno nedostupna
errors-unavailable = Usluga trenutačno ne može odgovoriti. Ništa nije promijenjeno; pokušajte ponovno za minutu.
errors-internal-title = Došlo je do pogreške na našoj strani
errors-internal = Pogreška je zabilježena. Pokušajte ponovno; ako se ponovi, obratite se podršci i navedite referencu u nastavku.
errors-go-to-start = Idi na početnu stranicu
errors-reference = Referenca za podršku:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Obrasci se moraju slati kao application/x-www-form-urlencoded.
errors-form-other-site = Obrazac je poslan s drugog web-mjesta.
errors-form-unreadable = Obrazac nije bilo moguće pročitati.
errors-form-malformed = Obrazac je neispravan.
errors-form-expired = Ovaj je obrazac istekao ili nije poslan s naših stranica. Vratite se, ponovno učitajte stranicu i pokušajte ponovno.
errors-form-wrong-kind = Obrazac sadrži polje pogrešne vrste.

## Mails and links.

errors-too-many-mails = Za ovu adresu ili iz vaše mreže zatraženo je previše poruka e-pošte. Pokušajte ponovno za sat vremena.
errors-link-invalid-title = Ova se poveznica ne može upotrijebiti
errors-link-invalid = Poveznica nije valjana, istekla je ili je već iskorištena. Poveznice u našim porukama vrijede jednom.
errors-go-to-sign-in = Idi na prijavu
