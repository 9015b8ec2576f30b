# Creating an account, the anti-robot check, the privacy statement, confirming a new
# e-mail address. (Glossary: see login.ftl.)

## "Create an account": the form.

register-title = Creați un cont
register-problem = Există o problemă
register-first-name-label = Prenume
register-last-name-label = Nume de familie
register-email-label = E-mail
register-confirm-email-label = Confirmați adresa de e-mail
register-language-label = Limba e-mailurilor
register-privacy-acknowledge = Bifând această căsuță, confirmați că ați citit și ați înțeles { $statement }
register-privacy-statement = declarația de confidențialitate
register-submit = Creați un cont
register-robot-intro = Browserul dumneavoastră rezolvă o mică problemă pentru a arăta că nu este un robot. Este nevoie de JavaScript și durează o secundă sau două.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Introduceți prenumele (cel mult 100 de caractere).
register-last-name-invalid = Introduceți numele de familie (cel mult 100 de caractere).
register-email-invalid = Introduceți o adresă de e-mail validă, de exemplu nume@hospital.eu.
register-emails-differ = Cele două adrese de e-mail nu sunt identice.
register-language-invalid = Alegeți limba e-mailurilor dumneavoastră.
register-privacy-required = Trebuie să confirmați că ați luat cunoștință de declarația de confidențialitate.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Verificați-vă căsuța de e-mail
register-mail-sent = Am trimis un mesaj la { $email }.
register-open-link = Deschideți linkul din mesaj în termen de 24 de ore pentru a vă confirma adresa de e-mail și a vă alege parola.
register-look-in-spam = Dacă nu primiți nimic în câteva minute, verificați dosarul de mesaje nesolicitate (spam).
register-choose-password = Alegeți-vă parola
register-ready-title = Contul dumneavoastră este gata
register-ready = Adresa dumneavoastră de e-mail { $email } este confirmată, iar parola este setată.
register-already-title = Aveți deja un cont
register-already = Există deja un cont cu această adresă de e-mail. Conectați-vă sau utilizați „Ați uitat parola?”.
register-sign-in = Conectare

## The anti-robot check.

register-robot-title = Verificare anti-robot
register-robot-checking = Se verifică faptul că nu sunteți un robot…
register-robot-done = Se verifică faptul că nu sunteți un robot… gata
register-robot-malformed = Verificarea anti-robot lipsește sau este incorectă.
register-robot-expired = Verificarea anti-robot a expirat; încercați din nou.
register-robot-unsolved = Verificarea anti-robot nu a fost rezolvată.
register-robot-reused = Verificarea anti-robot a fost deja utilizată; încercați din nou.
register-robot-other-address = Verificarea anti-robot a fost efectuată pentru o altă adresă de rețea; încercați din nou.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Declarație de confidențialitate
register-privacy-kept = { $site } păstrează numele, adresa de e-mail, limba e-mailurilor, un hash argon2id cu sare al parolei dumneavoastră și, cât timp sunteți conectat(ă), adresa și numele browserului dumneavoastră, pentru a vă conecta la aplicațiile rețelelor europene de referință.
register-privacy-shared = Nu se comunică nimic terților; verificarea anti-robot se execută în browserul dumneavoastră. Aplicațiile la care vă conectați primesc numai ceea ce solicită și dumneavoastră permiteți.

## Confirming a new e-mail address.

register-email-confirm-title = Confirmați noua adresă de e-mail
register-email-confirm-button = Confirmați noua mea adresă de e-mail
