# Hibaoldalak, elutasított űrlapok, felhasznált linkek.

## A hibaoldal

errors-bad-request-title = Hiba van ezzel a kéréssel
errors-forbidden-title = Ez az űrlap nem fogadható el
errors-not-found-title = Az oldal nem található
errors-not-found = Ezen a címen nincs oldal.
errors-too-large-title = Túl sok adat
errors-too-large = Az űrlap több adatot küldött, mint amennyire bármelyik űrlapunknak szüksége van.
errors-too-many-requests-title = Túl sok kérés
errors-unavailable-title = A szolgáltatás átmenetileg nem érhető el
errors-unavailable = A szolgáltatás jelenleg nem tud válaszolni. Semmi sem változott; kérjük, egy perc múlva próbálja újra.
errors-internal-title = Hiba történt a mi oldalunkon
errors-internal = A hibát naplóztuk. Kérjük, próbálja újra; ha ismét előfordul, forduljon az ügyfélszolgálathoz az alábbi hivatkozási számmal.
errors-go-to-start = Ugrás a kezdőlapra
errors-reference = Hivatkozási szám az ügyfélszolgálat számára:

## Nem elfogadható űrlapok

errors-form-not-urlencoded = Az űrlapokat application/x-www-form-urlencoded formátumban kell elküldeni.
errors-form-other-site = Az űrlapot egy másik webhelyről küldték.
errors-form-unreadable = Az űrlap nem olvasható.
errors-form-malformed = Az űrlap hibás formátumú.
errors-form-expired = Ez az űrlap lejárt, vagy nem a mi oldalainkról küldték. Lépjen vissza, töltse be újra az oldalt, és próbálja újra.
errors-form-wrong-kind = Az űrlap egyik mezője nem megfelelő típusú.

## E-mailek és linkek

errors-too-many-mails = Túl sok e-mailt kértek erre a címre vagy az Ön hálózatáról. Kérjük, egy óra múlva próbálja újra.
errors-link-invalid-title = Ez a link nem használható
errors-link-invalid = A link érvénytelen, lejárt vagy már felhasználták. E-mailjeink linkjei egyszer használhatók.
errors-go-to-sign-in = Ugrás a bejelentkezéshez
