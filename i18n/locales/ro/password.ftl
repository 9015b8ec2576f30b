# Passwords: choosing one (first or new), "Lost your password?", changing it, the rules.

## The form that sets a password.

password-account = Cont:
password-rules-hint = Cel puțin 10 caractere. Frazele-parolă lungi, formate din cuvinte fără legătură între ele, sunt ușor de reținut și greu de ghicit; numele, adresa de e-mail și parolele uzuale sunt refuzate.
password-problem = Există o problemă
password-new-label = Parola nouă
password-confirm-label = Confirmați parola nouă
password-set-submit = Setați parola
password-choose-new = Alegeți o parolă nouă
password-new-set-title = Noua parolă este setată
password-new-set = Pentru siguranța dumneavoastră, toate sesiunile contului au fost închise. Conectați-vă cu noua parolă.

## "Lost your password?"

password-lost-title = Ați uitat parola?
password-lost-intro = Introduceți adresa de e-mail a contului dumneavoastră. Vă vom trimite un link pentru a alege o parolă nouă.
password-email-label = E-mail
password-lost-submit = Trimiteți-mi un link
password-email-invalid = Introduceți o adresă de e-mail validă.
password-check-mailbox = Verificați-vă căsuța de e-mail
password-lost-sent = Dacă { $email } este adresa unui cont, am trimis la această adresă un link pentru a alege o parolă nouă.
password-lost-link-once = Linkul funcționează o singură dată, timp de o oră.

## "Change password" (from My account).

password-change-title = Schimbarea parolei
password-change-hint = Schimbarea parolei vă deconectează din toate celelalte browsere.
password-current-label = Parola actuală
password-change-submit = Schimbați parola
password-back-to-account = Înapoi la „Contul meu”
password-not-current = Aceasta nu este parola dumneavoastră actuală.
password-mismatch = Cele două parole nu sunt identice.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Parola trebuie să aibă cel puțin { $count } caracter.
    [few] Parola trebuie să aibă cel puțin { $count } caractere.
   *[other] Parola trebuie să aibă cel puțin { $count } de caractere.
}
password-too-long = { $count ->
    [one] Parola trebuie să aibă cel mult { $count } caracter.
    [few] Parola trebuie să aibă cel mult { $count } caractere.
   *[other] Parola trebuie să aibă cel mult { $count } de caractere.
}
password-is-email = Parola nu poate fi adresa dumneavoastră de e-mail.
password-guessable = Această parolă este prea uzuală sau ușor de ghicit. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Adăugați încă câteva cuvinte mai puțin uzuale.
password-advice-few-words = Utilizați câteva cuvinte și evitați expresiile uzuale.
password-advice-no-symbols-needed = Nu sunt necesare simboluri, cifre sau majuscule.
password-advice-another-word = Adăugați încă un cuvânt sau două. Cuvintele mai puțin uzuale sunt mai bune.
password-advice-capitals = Majusculele nu ajută prea mult.
password-advice-all-uppercase = O parolă scrisă numai cu majuscule este aproape la fel de ușor de ghicit ca una scrisă numai cu minuscule.
password-advice-reversed = Cuvintele scrise invers nu sunt cu mult mai greu de ghicit.
password-advice-substitutions = Înlocuirile previzibile, precum „@” în loc de „a”, nu ajută prea mult.
password-advice-keyboard = Utilizați un model de tastatură mai lung, cu mai multe schimbări de direcție.
password-advice-repeats = Evitați cuvintele și caracterele repetate.
password-advice-sequences = Evitați secvențele.
password-advice-recent-years = Evitați anii recenți.
password-advice-your-years = Evitați anii asociați cu dumneavoastră.
password-advice-your-dates = Evitați datele și anii asociați cu dumneavoastră.

## Lines of an account's security history. They start in lower case.

password-history-changed = parolă schimbată
password-history-reset = parolă resetată cu un link trimis prin e-mail
password-history-secured = cont securizat prin linkul trimis prin e-mail: parola, cheile de securitate și codurile de recuperare au fost eliminate, toate sesiunile au fost închise
