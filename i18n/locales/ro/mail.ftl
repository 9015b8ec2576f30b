# Mails to account holders, and the SMS text challenge, in the account's "E-mail language".
# (Glossary: see login.ftl.)

## Creating an account

mail-confirm-registration-subject = { $site }: confirmați adresa de e-mail
mail-confirm-registration-body =
    Stimate/Stimată { $first_name } { $last_name },

    Cineva, probabil dumneavoastră, a solicitat crearea unui cont { $site } cu această adresă de e-mail.

    Pentru a confirma adresa și a vă alege parola, deschideți acest link în termen de 24 de ore:

    { $link }

    Linkul funcționează o singură dată. Dacă nu ați solicitat un cont, ignorați acest e-mail: fără acest link nu se creează niciun cont.

mail-already-registered-subject = { $site }: aveți deja un cont
mail-already-registered-body =
    Stimate/Stimată { $first_name } { $last_name },

    Cineva, probabil dumneavoastră, a solicitat crearea unui cont { $site } cu această adresă de e-mail, dar există deja un cont cu această adresă.

    Pentru a vă conecta, accesați { $login_link }
    Dacă ați uitat parola, utilizați acolo „Ați uitat parola?”: { $reset_link }

    Dacă nu ați solicitat acest lucru, ignorați acest e-mail; contul dumneavoastră nu a fost modificat.

## Passwords

mail-reset-password-subject = { $site }: alegeți o parolă nouă
mail-reset-password-body =
    Stimate/Stimată { $first_name } { $last_name },

    Cineva, probabil dumneavoastră, a solicitat alegerea unei parole noi pentru contul dumneavoastră { $site }.

    Pentru a alege o parolă nouă, deschideți acest link în termen de o oră:

    { $link }

    Linkul funcționează o singură dată. Alegerea unei parole noi vă deconectează peste tot.
    Dacă nu ați solicitat acest lucru, ignorați acest e-mail; parola dumneavoastră nu a fost schimbată.

mail-password-changed-subject = { $site }: parola dumneavoastră a fost schimbată
mail-password-changed-body =
    Stimate/Stimată { $first_name } { $last_name },

    Parola contului dumneavoastră { $site } a fost schimbată la { $when }.

    Dacă nu dumneavoastră ați făcut această schimbare, alegeți imediat o parolă nouă cu „Ați uitat parola?”: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: contul dumneavoastră este blocat timp de { $minutes } minut
    [few] { $site }: contul dumneavoastră este blocat timp de { $minutes } minute
   *[other] { $site }: contul dumneavoastră este blocat timp de { $minutes } de minute
}
mail-account-locked-body =
    Stimate/Stimată { $first_name } { $last_name },

    După mai multe parole greșite, contul dumneavoastră { $site } este blocat până la { $until }. Atunci se va debloca automat.

    Dacă aceste încercări nu v-au aparținut, este posibil ca cineva să încerce să vă ghicească parola. Puteți alege una nouă cu „Ați uitat parola?”: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: o modificare a securității contului dumneavoastră
mail-security-change-body =
    Stimate/Stimată { $first_name } { $last_name },

    La { $when }, de la adresa { $ip }: { $what }.

    Dacă ați fost dumneavoastră, nu trebuie să faceți nimic. În caz contrar, este posibil ca cineva să vă utilizeze contul: alegeți imediat o parolă nouă cu „Ați uitat parola?” ({ $reset_link }) și verificați „Afișarea sesiunilor mele” în „Contul meu”.

mail-factors-held-subject = { $site }: toți factorii secundari ai contului dumneavoastră au fost șterși
mail-factors-held-body =
    Stimate/Stimată { $first_name } { $last_name },

    La { $when }, de la adresa { $ip }, toate dispozitivele mobile și tokenurile contului dumneavoastră au fost șterse („Ștergeți toate dispozitivele mele (PANIC)”) de o persoană care s-a conectat doar cu parola dumneavoastră.

    Pentru siguranța dumneavoastră, numai cu parola nu se poate adăuga un nou factor secundar înainte de { $until }. Dacă ați fost dumneavoastră, adăugați noul dispozitiv sau token după acest moment.

    Dacă NU ați fost dumneavoastră, cineva vă cunoaște parola. Deschideți imediat acest link: acesta vă elimină parola, închide toate sesiunile și revocă accesul tuturor aplicațiilor; apoi alegeți o parolă nouă cu „Ați uitat parola?”.

    { $link }

mail-factor-added-with-code-subject = { $site }: un factor secundar a fost adăugat contului dumneavoastră cu un cod de recuperare
mail-factor-added-with-code-body =
    Stimate/Stimată { $first_name } { $last_name },

    La { $when }, de la adresa { $ip }, cineva conectat cu parola dumneavoastră și cu unul dintre codurile dumneavoastră de recuperare a făcut această modificare: { $what }.

    Pentru siguranța dumneavoastră, până la { $until } nu se pot adăuga sau șterge factori secundari, nu se pot genera coduri de recuperare, adresa de e-mail nu poate fi schimbată, iar contul nu poate fi șters. Dacă ați fost dumneavoastră, nu trebuie să faceți nimic.

    Dacă NU ați fost dumneavoastră, cineva vă cunoaște parola. Deschideți imediat acest link: acesta vă elimină parola, închide toate sesiunile și revocă accesul tuturor aplicațiilor; apoi alegeți o parolă nouă cu „Ați uitat parola?”.

    { $link }

mail-account-secured-subject = { $site }: parola dumneavoastră a fost eliminată și toate sesiunile au fost închise
mail-account-secured-body =
    Stimate/Stimată { $first_name } { $last_name },

    La { $when }, de la adresa { $ip }, contul dumneavoastră a fost securizat prin linkul pe care vi l-am trimis: parola a fost eliminată, toate sesiunile au fost închise și accesul tuturor aplicațiilor a fost revocat.

    Alegeți o parolă nouă cu „Ați uitat parola?”: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: confirmați noua adresă de e-mail
mail-confirm-email-change-body =
    Stimate/Stimată { $first_name } { $last_name },

    Pentru ca { $new_email } să devină adresa de e-mail a contului dumneavoastră { $site }, deschideți acest link în termen de 24 de ore:

    { $link }

    Linkul funcționează o singură dată. Dacă nu ați solicitat acest lucru, ignorați acest e-mail.

mail-email-changed-subject = { $site }: adresa de e-mail a contului dumneavoastră a fost schimbată
mail-email-changed-body =
    Stimate/Stimată { $first_name } { $last_name },

    Adresa de e-mail a contului dumneavoastră { $site } a fost schimbată din { $old_email } în { $new_email }.

    Dacă nu ați fost dumneavoastră, contactați imediat serviciul de asistență.

mail-account-deleted-subject = { $site }: contul dumneavoastră a fost șters
mail-account-deleted-body = Contul dumneavoastră { $site } și toate datele păstrate despre acesta au fost șterse, conform solicitării dumneavoastră.

## Access to applications

mail-access-waiting-subject = { $site }: o cerere de acces așteaptă decizia dumneavoastră
mail-access-waiting-body =
    Stimate/Stimată { $first_name } { $last_name },

    { $requester } solicită { $profiles } la { $organisation } ({ $application }).

    Examinați cererea: { $approvals_link }

mail-access-accepted-subject = { $site }: cererea dumneavoastră de acces a fost acceptată
mail-access-accepted-body =
    Stimate/Stimată { $first_name } { $last_name },

    Cererea dumneavoastră de acces pentru { $profiles } la { $organisation } ({ $application }) a fost acceptată. Acum vă puteți conecta la aplicație cu acest acces.{ $reason }

    Cererile dumneavoastră: { $requests_link }

mail-access-rejected-subject = { $site }: cererea dumneavoastră de acces a fost respinsă
mail-access-rejected-body =
    Stimate/Stimată { $first_name } { $last_name },

    Cererea dumneavoastră de acces pentru { $profiles } la { $organisation } ({ $application }) a fost respinsă.{ $reason }

    Cererile dumneavoastră: { $requests_link }

mail-access-revoked-subject = { $site }: accesul dumneavoastră a fost revocat
mail-access-revoked-body =
    Stimate/Stimată { $first_name } { $last_name },

    Accesul dumneavoastră pentru { $profiles } la { $organisation } ({ $application }) a fost revocat; aplicația nu îl mai primește.{ $reason }

    Cererile dumneavoastră: { $requests_link }

mail-access-reason = „{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: codul dumneavoastră de verificare SMS este { $code }. Este valabil { $minutes } minut.
    [few] { $site }: codul dumneavoastră de verificare SMS este { $code }. Este valabil { $minutes } minute.
   *[other] { $site }: codul dumneavoastră de verificare SMS este { $code }. Este valabil { $minutes } de minute.
}
