# Mails to account holders, and the SMS text challenge, in the account's e-mail language.

## Creating an account

mail-confirm-registration-subject = { $site }: potvrdite svoju adresu e-pošte
mail-confirm-registration-body =
    Dobar dan, { $first_name } { $last_name },

    netko, vjerojatno vi, zatražio je izradu računa na usluzi { $site } s ovom adresom e-pošte.

    Da biste potvrdili adresu i odabrali lozinku, otvorite ovu poveznicu u roku od 24 sata:

    { $link }

    Poveznica vrijedi jednom. Ako niste zatražili račun, zanemarite ovu poruku: bez nje se račun ne izrađuje.

mail-already-registered-subject = { $site }: već imate račun
mail-already-registered-body =
    Dobar dan, { $first_name } { $last_name },

    netko, vjerojatno vi, zatražio je izradu računa na usluzi { $site } s ovom adresom e-pošte, ali račun s ovom adresom već postoji.

    Za prijavu idite na { $login_link }
    Ako ste zaboravili lozinku, ondje upotrijebite „Zaboravili ste lozinku?“: { $reset_link }

    Ako to niste zatražili, zanemarite ovu poruku; vaš račun nije promijenjen.

## Passwords

mail-reset-password-subject = { $site }: odaberite novu lozinku
mail-reset-password-body =
    Dobar dan, { $first_name } { $last_name },

    netko, vjerojatno vi, zatražio je odabir nove lozinke za vaš račun na usluzi { $site }.

    Da biste odabrali novu lozinku, otvorite ovu poveznicu u roku od jednog sata:

    { $link }

    Poveznica vrijedi jednom. Odabirom nove lozinke odjavljujete se posvuda.
    Ako to niste zatražili, zanemarite ovu poruku; vaša lozinka nije promijenjena.

mail-password-changed-subject = { $site }: vaša je lozinka promijenjena
mail-password-changed-body =
    Dobar dan, { $first_name } { $last_name },

    lozinka vašeg računa na usluzi { $site } promijenjena je { $when }.

    Ako to niste učinili vi, odmah odaberite novu lozinku putem „Zaboravili ste lozinku?“: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: vaš je račun zaključan { $minutes } minutu
    [few] { $site }: vaš je račun zaključan { $minutes } minute
   *[other] { $site }: vaš je račun zaključan { $minutes } minuta
}
mail-account-locked-body =
    Dobar dan, { $first_name } { $last_name },

    nakon nekoliko pogrešnih lozinki vaš je račun na usluzi { $site } zaključan do { $until }. Tada će se sam otključati.

    Ako ti pokušaji nisu bili vaši, netko možda pokušava pogoditi vašu lozinku. Novu lozinku možete odabrati putem „Zaboravili ste lozinku?“: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: promjena sigurnosti vašeg računa
mail-security-change-body =
    Dobar dan, { $first_name } { $last_name },

    { $when }, s adrese { $ip }: { $what }.

    Ako ste to bili vi, ništa ne trebate poduzeti. Ako niste, netko možda upotrebljava vaš račun: odmah odaberite novu lozinku putem „Zaboravili ste lozinku?“ ({ $reset_link }) i na stranici „Moj račun“ pregledajte „Prikaz mojih sesija“.

mail-factors-held-subject = { $site }: svi drugi faktori vašeg računa izbrisani su
mail-factors-held-body =
    Dobar dan, { $first_name } { $last_name },

    { $when }, s adrese { $ip }, sve mobilne uređaje i tokene vašeg računa izbrisao je („Izbriši sve moje uređaje (PANIC)“) netko tko se prijavio samo vašom lozinkom.

    Radi vaše sigurnosti sama lozinka ne može dodati novi drugi faktor prije { $until }. Ako ste to bili vi, dodajte novi uređaj ili token nakon tog vremena.

    Ako to NISTE bili vi, netko zna vašu lozinku. Odmah otvorite ovu poveznicu: ona uklanja vašu lozinku, završava sve sesije i opoziva pristup svih aplikacija; zatim odaberite novu lozinku putem „Zaboravili ste lozinku?“.

    { $link }

mail-factor-added-with-code-subject = { $site }: vašem računu kodom za oporavak dodan je drugi faktor
mail-factor-added-with-code-body =
    Dobar dan, { $first_name } { $last_name },

    Dana { $when } s adrese { $ip } netko tko se prijavio vašom lozinkom i jednim od vaših kodova za oporavak napravio je ovu promjenu: { $what }.

    Radi vaše sigurnosti do { $until } ne može se dodati ni izbrisati drugi faktor, generirati kodove za oporavak, promijeniti vašu adresu e-pošte ni izbrisati vaš račun. Ako ste to bili vi, ne trebate ništa učiniti.

    Ako to NISTE bili vi, netko zna vašu lozinku. Odmah otvorite ovu poveznicu: ona uklanja vašu lozinku, završava sve sesije i opoziva pristup svih aplikacija; zatim odaberite novu lozinku putem „Zaboravili ste lozinku?“.

    { $link }

mail-account-secured-subject = { $site }: vaša je lozinka uklonjena i sve su sesije završene
mail-account-secured-body =
    Dobar dan, { $first_name } { $last_name },

    { $when }, s adrese { $ip }, vaš je račun zaštićen putem poveznice koju smo vam poslali: lozinka je uklonjena, sve su sesije završene i pristup svih aplikacija je opozvan.

    Odaberite novu lozinku putem „Zaboravili ste lozinku?“: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: potvrdite svoju novu adresu e-pošte
mail-confirm-email-change-body =
    Dobar dan, { $first_name } { $last_name },

    da bi { $new_email } postala adresa e-pošte vašeg računa na usluzi { $site }, otvorite ovu poveznicu u roku od 24 sata:

    { $link }

    Poveznica vrijedi jednom. Ako to niste zatražili, zanemarite ovu poruku.

mail-email-changed-subject = { $site }: adresa e-pošte vašeg računa promijenjena je
mail-email-changed-body =
    Dobar dan, { $first_name } { $last_name },

    adresa e-pošte vašeg računa na usluzi { $site } promijenjena je iz { $old_email } u { $new_email }.

    Ako to niste bili vi, odmah se obratite podršci.

mail-account-deleted-subject = { $site }: vaš je račun izbrisan
mail-account-deleted-body = Vaš račun na usluzi { $site } i sve što se o njemu čuvalo izbrisani su, kako ste zatražili.

## Access to applications

mail-access-waiting-subject = { $site }: zahtjev za pristup čeka vašu odluku
mail-access-waiting-body =
    Dobar dan, { $first_name } { $last_name },

    { $requester } traži { $profiles } u organizaciji { $organisation } ({ $application }).

    Pregledajte zahtjev: { $approvals_link }

mail-access-accepted-subject = { $site }: vaš je zahtjev za pristup prihvaćen
mail-access-accepted-body =
    Dobar dan, { $first_name } { $last_name },

    vaš zahtjev za pristup { $profiles } u organizaciji { $organisation } ({ $application }) prihvaćen je. Sada se s njime možete prijaviti u aplikaciju.{ $reason }

    Vaši zahtjevi: { $requests_link }

mail-access-rejected-subject = { $site }: vaš je zahtjev za pristup odbijen
mail-access-rejected-body =
    Dobar dan, { $first_name } { $last_name },

    vaš zahtjev za pristup { $profiles } u organizaciji { $organisation } ({ $application }) odbijen je.{ $reason }

    Vaši zahtjevi: { $requests_link }

mail-access-revoked-subject = { $site }: vaš je pristup opozvan
mail-access-revoked-body =
    Dobar dan, { $first_name } { $last_name },

    vaš pristup { $profiles } u organizaciji { $organisation } ({ $application }) opozvan je; aplikacija ga više ne prima.{ $reason }

    Vaši zahtjevi: { $requests_link }

mail-access-reason = „{ $reason }“

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: vaš SMS kod je { $code }. Vrijedi { $minutes } minutu.
    [few] { $site }: vaš SMS kod je { $code }. Vrijedi { $minutes } minute.
   *[other] { $site }: vaš SMS kod je { $code }. Vrijedi { $minutes } minuta.
}
