# My account: the overview, personal data, sessions, the security history page, deleting
# the account. (Glossary: see login.ftl.)

## The overview ("My account")

account-title = Contul meu
account-name = Nume
account-email = E-mail
account-email-language = Limba e-mailurilor
account-signed-in-since = Conectat(ă) din
account-sign-out = Deconectare
account-change-password = Schimbarea parolei
account-access-link = Accesul meu la aplicații
account-require-mfa = Autentificare multifactor solicitată întotdeauna
account-save = Salvați
account-consents-heading = Aplicațiile cărora le-ați dat permisiunea
account-consents-none = Nicio aplicație nu v-a cerut încă consimțământul.
account-consent-withdraw = Retrageți consimțământul pentru { $name }
account-offline-heading = Aplicații cu acces offline
account-offline-hint = Aceste aplicații pot acționa în numele dumneavoastră cât timp nu sunteți conectat(ă). Revocarea pune capăt imediat acestui acces; aplicațiile vor trebui să vă ceară din nou permisiunea.
account-offline-none = Nicio aplicație nu are acces offline.
account-offline-until = (până la { $until }, reînnoit cât timp este utilizat)
account-offline-revoke = Revocați accesul offline pentru { $name }
account-delete = Ștergeți-mi contul
account-delete-warning = Această operațiune închide toate sesiunile și elimină contul dumneavoastră și toate datele păstrate despre acesta. Nu poate fi anulată.
account-password = Parolă
account-back = Înapoi la „Contul meu”

## Messages on the overview

account-password-changed = Parola a fost schimbată. Celelalte browsere au fost deconectate.
account-mfa-on = Autentificarea multifactor este acum solicitată întotdeauna pentru contul dumneavoastră.
account-mfa-off = Autentificarea multifactor nu mai este solicitată întotdeauna.
account-mfa-confirm-first = Pentru a modifica această setare, confirmați mai întâi cu a doua metodă de verificare (conectați-vă din nou cu aceasta).
account-delete-wrong-password = Aceasta nu este parola dumneavoastră: contul nu a fost șters.
account-delete-confirm-first = Pentru a șterge contul, confirmați mai întâi cu a doua metodă de verificare (conectați-vă din nou cu aceasta).
account-deleted-title = Contul dumneavoastră a fost șters
account-deleted-text = Contul dumneavoastră și toate datele păstrate despre acesta au fost eliminate.
account-create = Creați un cont

## Personal data

account-details-title = Date personale
account-details-first-name = Prenume
account-details-last-name = Nume de familie
account-details-email-heading = Schimbarea adresei mele de e-mail
account-details-email-current = Adresa dumneavoastră de e-mail este { $email }. Trimitem un link la noua adresă; schimbarea are loc atunci când îl deschideți.
account-details-new-email = E-mail nou
account-details-send-link = Trimiteți un link de confirmare
account-details-saved = Datele dumneavoastră personale au fost salvate.
account-details-link-sent = Am trimis un link la { $email }. Deschideți-l pentru ca aceasta să devină adresa dumneavoastră de e-mail.
account-details-email-changed = Adresa dumneavoastră de e-mail este acum { $email }.
account-details-wrong-password = Aceasta nu este parola dumneavoastră.
account-details-email-confirm-first = Pentru a vă schimba adresa de e-mail, confirmați mai întâi cu a doua metodă de verificare (conectați-vă din nou cu aceasta).
account-details-link-invalid = Acest link nu este valabil, a expirat sau a fost deja utilizat.
account-details-name-length = Prenumele și numele de familie trebuie să aibă între 1 și 100 de caractere.
account-details-choose-language = Alegeți limba e-mailurilor dumneavoastră.
account-details-email-invalid = Introduceți o adresă de e-mail validă.
account-details-email-same = Aceasta este deja adresa dumneavoastră de e-mail.
account-details-too-many-mails = Au fost solicitate prea multe e-mailuri. Încercați din nou peste o oră.
account-details-email-taken = Această adresă este utilizată acum de un alt cont.
account-email-title = Adresa dumneavoastră de e-mail
account-go = Mergeți la „Contul meu”

## Display my sessions

account-sessions-title = Afișarea sesiunilor mele
account-sessions-label = Sesiunile mele
account-sessions-browser = Browser
account-sessions-address = Adresă
account-sessions-signed-in = Conectare
account-sessions-last-activity = Ultima activitate
account-sessions-applications = Aplicații
account-sessions-this-browser = (acest browser)
account-sessions-no-applications = niciuna
account-sessions-end = Închideți sesiunea { $browser } ({ $started })
account-sessions-end-others = Închideți toate celelalte sesiuni ale mele
account-session-ended = Sesiunea a fost închisă.
account-session-already-ended = Sesiunea respectivă era deja închisă.
account-other-sessions-ended = Toate celelalte sesiuni au fost închise.
account-browser-on-system = { $browser } pe { $system }

## Security history

account-history-title = Istoricul securității
account-history-intro = Toate modificările privind securitatea contului dumneavoastră, de la cea mai recentă. Fiecare v-a fost comunicată și prin e-mail.
account-history-none = Nimic deocamdată.
account-history-when = Când
account-history-what = Ce
account-history-from = De la adresa
