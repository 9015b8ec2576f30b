# Fiók létrehozása, robotszűrő ellenőrzés, adatvédelmi nyilatkozat, új e-mail-cím megerősítése.

## „Fiók létrehozása”: az űrlap

register-title = Fiók létrehozása
register-problem = Az űrlap hibát tartalmaz
register-first-name-label = Utónév
register-last-name-label = Vezetéknév
register-email-label = E-mail-cím
register-confirm-email-label = E-mail-cím megerősítése
register-language-label = E-mailek nyelve
register-privacy-acknowledge = A jelölőnégyzet bejelölésével elismeri, hogy elolvasta és megértette a következőt: { $statement }
register-privacy-statement = adatvédelmi nyilatkozat
register-submit = Fiók létrehozása
register-robot-intro = Böngészője egy kis feladványt old meg annak igazolására, hogy nem robot. Ehhez JavaScript szükséges, és egy-két másodpercig tart.

## Az űrlap hibái

register-first-name-invalid = Adja meg utónevét (legfeljebb 100 karakter).
register-last-name-invalid = Adja meg vezetéknevét (legfeljebb 100 karakter).
register-email-invalid = Adjon meg egy érvényes e-mail-címet, pl. name@hospital.eu.
register-emails-differ = A két e-mail-cím nem egyezik.
register-language-invalid = Válassza ki az e-mailek nyelvét.
register-privacy-required = El kell fogadnia az adatvédelmi nyilatkozatot.

## Az űrlap elküldése után, és a megerősítő e-mailben kapott link

register-check-mailbox = Nézze meg a postafiókját
register-mail-sent = Üzenetet küldtünk a következő címre: { $email }.
register-open-link = 24 órán belül nyissa meg a benne lévő linket, hogy megerősítse e-mail-címét és megadja jelszavát.
register-look-in-spam = Ha néhány percen belül nem érkezik meg, nézze meg a levélszemét mappát.
register-choose-password = Adja meg jelszavát
register-ready-title = Fiókja elkészült
register-ready = E-mail-címe ({ $email }) megerősítve, jelszava beállítva.
register-already-title = Már van fiókja
register-already = Ezzel az e-mail-címmel már létezik fiók. Jelentkezzen be, vagy használja az „Elfelejtette a jelszavát?” lehetőséget.
register-sign-in = Bejelentkezés

## A robotszűrő ellenőrzés

register-robot-title = Robotszűrő ellenőrzés
register-robot-checking = Annak ellenőrzése, hogy Ön nem robot…
register-robot-done = Annak ellenőrzése, hogy Ön nem robot… kész
register-robot-malformed = A robotszűrő ellenőrzés hiányzik vagy hibás.
register-robot-expired = A robotszűrő ellenőrzés lejárt; kérjük, próbálja újra.
register-robot-unsolved = A robotszűrő ellenőrzés nem oldódott meg.
register-robot-reused = A robotszűrő ellenőrzést már felhasználták; kérjük, próbálja újra.
register-robot-other-address = A robotszűrő ellenőrzés egy másik hálózati címhez készült; kérjük, próbálja újra.

## Az adatvédelmi nyilatkozat

register-privacy-title = Adatvédelmi nyilatkozat
register-privacy-kept = A(z) { $site } szolgáltatás tárolja az Ön nevét, e-mail-címét, az e-mailek nyelvét, jelszavának sózott argon2id-hash-ét, valamint – amíg be van jelentkezve – böngészője címét és nevét, hogy bejelentkeztethesse Önt az Európai Referenciahálózatok alkalmazásaiba.
register-privacy-shared = Semmilyen adatot nem adunk át harmadik félnek; a robotszűrő ellenőrzés az Ön böngészőjében fut. Az alkalmazások, amelyekbe bejelentkezik, csak azt kapják meg, amit kérnek, és amit Ön engedélyez.

## Új e-mail-cím megerősítése

register-email-confirm-title = Erősítse meg új e-mail-címét
register-email-confirm-button = Új e-mail-címem megerősítése
