# Verification methods (second factors): managing them in My account, and the sign-in
# step of each. (Glossary: see login.ftl.)

## Shared by several pages

factors-sign-in = Conectare
factors-confirm = Confirmați
factors-try-again = Încercați din nou
factors-please-try-again = Încercați din nou.
factors-delete-named = Ștergeți { $name }
factors-added-on = (adăugat la { $date })
factors-hold-notice = Toți factorii secundari ai contului dumneavoastră au fost șterși doar cu parola. Pentru siguranța dumneavoastră, un factor nou poate fi adăugat începând cu { $until }. I-am trimis titularului contului un e-mail în această privință.
factors-already-has-factor = Contul dumneavoastră are deja o a doua metodă de verificare.
factors-devices-confirm-first = Pentru a adăuga sau a șterge un dispozitiv, confirmați mai întâi cu acesta: conectați-vă din nou alegându-l.
factors-confirm-first = Pentru a adăuga sau a șterge unul, confirmați mai întâi cu acesta: conectați-vă din nou alegându-l.
factors-confirm-recent = Această modificare necesită o confirmare cu a doua metodă de verificare din ultimele 15 minute. Confirmați din nou, apoi repetați acest pas.
factors-phones-confirm-first = Pentru a adăuga sau a șterge unul, confirmați mai întâi cu Telefon mobil + SMS.
factors-confirm-current-first = Confirmați mai întâi cu a doua metodă de verificare actuală (conectați-vă din nou alegând-o).
factors-mfa-add-first = Adăugați mai întâi un număr de telefon mobil sau un token.
factors-held = Toți factorii secundari ai acestui cont au fost șterși doar cu parola: pentru siguranța dumneavoastră, încă nu se poate adăuga unul nou. Consultați e-mailul pe care vi l-am trimis.
factors-held-code = Un factor secundar a fost adăugat acestui cont cu un cod de recuperare: pentru siguranța dumneavoastră, până la { $until } nu se pot adăuga sau șterge factori secundari, nu se pot genera coduri de recuperare, adresa de e-mail nu poate fi schimbată, iar contul nu poate fi șters. Consultați e-mailul pe care vi l-am trimis.
factors-code-not-enough = Un cod de recuperare vă permite să adăugați o a doua metodă de verificare, nimic mai mult: pentru a șterge una sau a modifica adresa de e-mail, codurile de recuperare sau contul, conectați-vă din nou cu o a doua metodă de verificare pe care o aveți.
factors-too-many-codes = Prea multe coduri greșite. Așteptați 15 minute înainte de a încerca din nou.

## The method names and what they do

factors-choose-method = Alegeți metoda de verificare
factors-level-high = { $app } necesită cel mai înalt nivel de conectare (nivelul „{ $level }”): o cheie de securitate sau o cheie de acces care vă verifică codul PIN, amprenta sau fața. Aceasta nu poate fi utilizată pe un alt site, ceea ce vă protejează împotriva phishingului.
factors-level-substantial = { $app } necesită o conectare mai sigură (nivelul „{ $level }”): parola și o a doua metodă de verificare.
factors-method-key-hint-high = Confirmați cu codul PIN, amprenta sau fața atunci când vi se solicită.
factors-no-key = Contul dumneavoastră nu are nicio cheie de securitate sau cheie de acces, așa că nu puteți atinge încă acest nivel.
factors-no-key-add = Pentru a continua către { $app }, adăugați una (o cheie de securitate sau autentificatorul integrat al dispozitivului dumneavoastră), apoi reveniți:
factors-no-factor = Contul dumneavoastră nu are încă o a doua metodă de verificare, așa că nu puteți continua către { $app }.
factors-no-factor-add = Adăugați una pe una dintre aceste pagini, apoi reveniți:
factors-cancel = Anulați și reveniți la { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Gestionarea numerelor mele de telefon mobil
factors-phones-none = Nu aveți încă niciun număr de telefon mobil.
factors-phone-confirmed = (confirmat)
factors-phone-not-confirmed = (neconfirmat încă)
factors-phones-confirm-number = Confirmați { $number }
factors-sms-enter-challenge = Introduceți codul de verificare trimis prin SMS pe telefonul dumneavoastră mobil. Mesajul poate ajunge pe telefon după câteva minute.
factors-sms-challenge-label = Cod de verificare SMS
factors-phones-add = Adăugați un număr de telefon mobil
factors-mobile-phone-label = Telefon mobil
factors-phone-hint = Format internațional, cu prefixul țării, de exemplu pentru Belgia: +32 123 45 67 89
factors-sms-title = Autentificare prin cod de verificare SMS
factors-sms-number-label = Număr de telefon mobil
factors-too-many-sms = Au fost solicitate prea multe SMS-uri pentru acest cont, acest număr sau această rețea. Încercați din nou peste o oră.
factors-sms-sent = Am trimis un cod de verificare prin SMS la { $number }.
factors-phone-added = Numărul { $number } este confirmat. Acum îl puteți utiliza pentru a vă conecta cu Telefon mobil + SMS.
factors-phone-deleted = Numărul a fost șters.
factors-sms-wrong = { $count ->
    [one] Acesta nu este codul de verificare trimis prin SMS. Mai aveți { $count } încercare.
    [few] Acesta nu este codul de verificare trimis prin SMS. Mai aveți { $count } încercări.
   *[other] Acesta nu este codul de verificare trimis prin SMS. Mai aveți { $count } de încercări.
}
factors-sms-expired = Acest cod a expirat sau a fost epuizat (prea multe încercări greșite). Solicitați unul nou.
factors-phone-format = Introduceți numărul în format internațional, cu prefixul țării, de exemplu pentru Belgia: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Un cont poate avea cel mult { $count } număr de telefon mobil.
    [few] Un cont poate avea cel mult { $count } numere de telefon mobil.
   *[other] Un cont poate avea cel mult { $count } de numere de telefon mobil.
}
factors-phone-already-confirmed = Acest număr este deja confirmat pentru contul dumneavoastră.
factors-phone-not-yours = Acesta nu este unul dintre numerele de telefon mobil confirmate ale contului dumneavoastră.

## Tokens (authenticator apps)

factors-tokens-title = Gestionarea tokenurilor mele
factors-tokens-intro = Un token este o aplicație de autentificare (sau un token hardware) care afișează un cod nou de 6 cifre la fiecare 30 de secunde.
factors-token-added-on = Token adăugat la { $date }
factors-token-delete = Ștergeți tokenul adăugat la { $date }
factors-tokens-add = Adăugați un token
factors-tokens-scan = Scanați acest cod QR cu aplicația de autentificare sau introduceți în ea cheia secretă.
factors-tokens-qr-label = Codul QR al cheii tokenului
factors-tokens-secret = Cheie secretă:
factors-token-code-label = Codul tokenului
factors-tokens-confirm = Confirmați tokenul
factors-token-enter = Introduceți codul pe care îl afișează acum aplicația de autentificare sau tokenul.
factors-token-added = Tokenul a fost adăugat. Acum vă puteți conecta cu el.
factors-token-deleted = Tokenul a fost șters.
factors-token-enrolment-expired = Înregistrarea a expirat. Reîncepeți.
factors-token-wrong-try-next = Acesta nu este codul pe care îl afișează acum tokenul. Încercați-l pe următorul.
factors-token-used = Acest cod a fost deja utilizat. Așteptați-l pe următorul.
factors-token-wrong = Acesta nu este codul pe care îl afișează acum tokenul.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Gestionarea dispozitivelor mele mobile
factors-devices-none = Nu aveți încă niciun dispozitiv mobil.
factors-devices-add = Adăugați un dispozitiv
factors-devices-scan = Deschideți aplicația mobilă și scanați acest cod QR. Funcționează o singură dată, timp de 10 minute.
factors-devices-qr-label = Codul QR al linkului de înregistrare
factors-devices-link = Fără cameră, introduceți în aplicație acest link:
factors-panic-title = Ștergeți toate dispozitivele mele (PANIC)
factors-panic-explained = Dacă un telefon cu aplicația a fost pierdut sau furat: toate dispozitivele și tokenurile sunt șterse deodată și toate sesiunile, inclusiv aceasta, sunt închise.
factors-device-deleted = Dispozitivul a fost șters.
factors-panic-done-title = Toate dispozitivele dumneavoastră au fost șterse
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] Au fost șterse { $devices } dispozitiv mobil și { $tokens } token, iar toate sesiunile au fost închise.
        [few] Au fost șterse { $devices } dispozitiv mobil și { $tokens } tokenuri, iar toate sesiunile au fost închise.
       *[other] Au fost șterse { $devices } dispozitiv mobil și { $tokens } de tokenuri, iar toate sesiunile au fost închise.
    }
    [few] { $tokens ->
        [one] Au fost șterse { $devices } dispozitive mobile și { $tokens } token, iar toate sesiunile au fost închise.
        [few] Au fost șterse { $devices } dispozitive mobile și { $tokens } tokenuri, iar toate sesiunile au fost închise.
       *[other] Au fost șterse { $devices } dispozitive mobile și { $tokens } de tokenuri, iar toate sesiunile au fost închise.
    }
   *[other] { $tokens ->
        [one] Au fost șterse { $devices } de dispozitive mobile și { $tokens } token, iar toate sesiunile au fost închise.
        [few] Au fost șterse { $devices } de dispozitive mobile și { $tokens } tokenuri, iar toate sesiunile au fost închise.
       *[other] Au fost șterse { $devices } de dispozitive mobile și { $tokens } de tokenuri, iar toate sesiunile au fost închise.
    }
}
factors-panic-held = Ați confirmat această operațiune doar cu parola, așa că, pentru siguranța dumneavoastră, un dispozitiv sau un token nou poate fi adăugat începând cu { $until }. V-am trimis un e-mail în această privință, cu un link pentru a vă securiza contul dacă nu ați fost dumneavoastră.
factors-panic-mailed = V-am trimis un e-mail în această privință. Conectați-vă din nou pentru a adăuga un dispozitiv nou.
factors-panic-wrong-password = Aceasta nu este parola dumneavoastră: nu s-a șters nimic.
factors-panic-confirm-first = Contul dumneavoastră păstrează un număr de telefon mobil confirmat: confirmați mai întâi cu Telefon mobil + SMS.
factors-app-start-explained = Trimitem o cerere de conectare către aplicația de pe dispozitivul dumneavoastră mobil. Această pagină afișează apoi un număr: alegeți-l în aplicație și introduceți codul PIN.
factors-app-send = Trimiteți cererea către aplicația mea mobilă
factors-app-pick = Deschideți aplicația pe dispozitivul mobil, alegeți acest număr și introduceți codul PIN:
factors-app-number-label = Numărul de ales în aplicație
factors-app-waiting = Se așteaptă răspunsul dispozitivului mobil. Această pagină continuă automat după ce ați răspuns în aplicație.
factors-app-answered = Am răspuns în aplicație: continuați
factors-app-no-device = Contul dumneavoastră nu are niciun dispozitiv mobil. Adăugați unul în „Gestionarea dispozitivelor mele mobile”.
factors-app-already-waiting = O cerere de conectare așteaptă deja în aplicația mobilă. Răspundeți-i acolo sau așteptați două minute până expiră.
factors-app-too-many = Au fost trimise prea multe cereri de conectare către aplicația mobilă în această oră. Alegeți o altă metodă de verificare sau încercați din nou mai târziu.
factors-app-request-unknown = Această cerere de conectare este necunoscută sau s-a încheiat.
factors-app-request-expired = Cererea a expirat înainte ca aplicația să răspundă.
factors-app-request-ended = Această cerere de conectare s-a încheiat.
factors-app-refused-wrong-number = Conectarea a fost refuzată: în aplicație s-a ales un număr greșit.
factors-app-refused-denied = Conectarea a fost refuzată: a fost respinsă în aplicație.
factors-app-qr-scan = Scanați acest cod QR cu aplicația mobilă (funcționează și fără internet) și introduceți parola unică afișată.
factors-app-qr-label = Codul QR al provocării { $challenge }
factors-app-qr-challenge = Provocare:
factors-otp-label = Parolă unică
factors-app-qr-new = Afișați un cod QR nou
factors-qr-ended = Această provocare s-a încheiat. Solicitați una nouă.
factors-qr-too-many = Prea multe parole unice greșite. Așteptați 15 minute sau alegeți o altă metodă de verificare.
factors-qr-wrong = { $count ->
    [one] Aceasta nu este parola unică afișată de aplicație. Mai aveți { $count } încercare.
    [few] Aceasta nu este parola unică afișată de aplicație. Mai aveți { $count } încercări.
   *[other] Aceasta nu este parola unică afișată de aplicație. Mai aveți { $count } de încercări.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Gestionarea cheilor mele de securitate și a cheilor de acces
factors-keys-intro = O cheie de securitate (USB, NFC) sau autentificatorul integrat al dispozitivului dumneavoastră (Trusted Platform Module, Windows Hello, Touch ID, blocarea ecranului unui telefon) dovedește că sunteți dumneavoastră și nu poate fi utilizat pe un alt site: vă protejează împotriva phishingului. Cu codul PIN sau cu amprenta, atinge cel mai înalt nivel, „high”, și vă poate conecta fără parolă (o cheie de acces).
factors-keys-none = Nu aveți încă nicio cheie de securitate sau cheie de acces.
factors-keys-yours = Cheile dumneavoastră de securitate și cheile de acces
factors-keys-name = Nume
factors-keys-added = Adăugată
factors-keys-last-used = Ultima utilizare
factors-keys-action = Acțiune
factors-keys-never-used = niciodată
factors-keys-add = Adăugați o cheie de securitate sau o cheie de acces
factors-keys-name-label = Numele cheii
factors-keys-name-placeholder = de ex. Cheie USB albastră, Laptop de serviciu
factors-keys-needs-script = Adăugarea unei chei de securitate necesită JavaScript: browserul comunică cu cheia.
factors-key-added = Cheia de securitate „{ $name }” a fost adăugată.
factors-key-deleted = Cheia de securitate a fost ștearsă.
factors-key-explained = Utilizați cheia de securitate înregistrată sau autentificatorul integrat al dispozitivului dumneavoastră pentru a vă verifica identitatea. Introduceți sau atingeți cheia ori confirmați cu codul PIN, amprenta sau fața atunci când browserul vă solicită.
factors-key-use = Utilizați cheia mea de securitate
factors-key-needs-script = Conectarea cu o cheie de securitate necesită JavaScript: browserul comunică cu cheia.
factors-key-none-add = Contul dumneavoastră nu are încă nicio cheie de securitate: adăugați una din „Contul meu”, „Gestionarea cheilor mele de securitate și a cheilor de acces”.
factors-key-none = Contul dumneavoastră nu are încă nicio cheie de securitate.
factors-key-expired = Cererea a expirat sau a fost deja utilizată. Încercați din nou.
factors-key-refused = Răspunsul acestei chei nu a putut fi verificat. Utilizați o cheie înregistrată pentru contul dumneavoastră.
factors-key-cloned = Această cheie a fost refuzată: este posibil să fi fost copiată. L-am informat pe titularul contului prin e-mail. Utilizați o altă metodă.
factors-passkey-expired = Cererea cheii de acces a expirat sau a fost deja utilizată. Încercați din nou.
factors-passkey-refused = Această cheie de acces nu este înregistrată la noi. Conectați-vă cu adresa de e-mail și parola.
factors-passkey-cloned = Această cheie de acces a fost refuzată: este posibil să fi fost copiată. L-am informat pe titularul contului prin e-mail.
factors-keys-max = { $count ->
    [one] Un cont poate avea { $count } cheie de securitate sau cheie de acces; ștergeți-o mai întâi.
    [few] Un cont poate avea { $count } chei de securitate sau chei de acces; ștergeți mai întâi una.
   *[other] Un cont poate avea { $count } de chei de securitate sau chei de acces; ștergeți mai întâi una.
}
factors-key-name-length = { $count ->
    [one] Dați cheii un nume de 1 până la { $count } caracter.
    [few] Dați cheii un nume de 1 până la { $count } caractere.
   *[other] Dați cheii un nume de 1 până la { $count } de caractere.
}
factors-key-request-expired = Această cerere a expirat sau a fost deja utilizată: adăugați din nou cheia.
factors-key-malformed = Răspunsul cheii este incorect.
factors-key-unverified = Răspunsul cheii nu a putut fi verificat pentru acest site. Încercați din nou.
factors-key-registered = Această cheie este deja înregistrată.

## Recovery codes

factors-codes-title = Codurile mele de recuperare
factors-codes-intro = Dacă pierdeți telefonul, tokenul și cheile de securitate, un cod de recuperare vă permite să vă conectați până la „Contul meu” pentru a adăuga o nouă metodă de verificare. Fiecare cod funcționează o singură dată. Păstrați-le într-un loc sigur, separat de parolă: tipărite sau într-un manager de parole.
factors-codes-new = Iată noile dumneavoastră coduri de recuperare. Sunt afișate doar acum: notați-le sau tipăriți-le imediat. Cele vechi nu mai funcționează.
factors-codes-left = { $count ->
    [one] Aveți { $count } cod de recuperare neutilizat (generat la { $date }).
    [few] Aveți { $count } coduri de recuperare neutilizate (generate la { $date }).
   *[other] Aveți { $count } de coduri de recuperare neutilizate (generate la { $date }).
}
factors-codes-none = Nu aveți încă niciun cod de recuperare.
factors-codes-generate-new = Generați coduri de recuperare noi
factors-codes-generate = Generați coduri de recuperare
factors-codes-add-first = Adăugați mai întâi o a doua metodă de verificare: codurile de recuperare o înlocuiesc atunci când este pierdută.
factors-codes-need-real-factor = Un cod de recuperare nu poate crea coduri de recuperare noi. Conectați-vă din nou cu o a doua metodă de verificare (adăugați mai întâi una dacă nu aveți niciuna), apoi generați-le.
factors-code-wrong = Acesta nu este unul dintre codurile dumneavoastră de recuperare sau a fost deja utilizat.
factors-code-sign-in-again = Un cod de recuperare este valabil doar în 15 minute de la conectarea cu parola. Codul dumneavoastră nu a fost folosit: deconectați-vă, conectați-vă din nou cu parola, apoi introduceți codul.
factors-code-lapsed = Cele 15 minute pentru a adăuga o metodă de verificare cu codul de recuperare au trecut. Deconectați-vă, apoi conectați-vă din nou cu parola și un alt cod de recuperare.
factors-recovery-code = Cod de recuperare
factors-recovery-code-explained = Introduceți unul dintre codurile de recuperare. Acesta vă permite accesul la „Contul meu” pentru a adăuga o nouă metodă de verificare; nu vă conectează la aplicații.
factors-recovery-continue = Continuați către „Contul meu”

## "Secure my account"

factors-secure-title = Securizați-mi contul
factors-secure-explained = Toți factorii secundari ai contului { $email } au fost șterși de o persoană care s-a conectat doar cu parola acestuia. Dacă nu ați fost dumneavoastră, cineva vă cunoaște parola.
factors-secure-what = Securizarea contului elimină parola, închide toate sesiunile și revocă accesul tuturor aplicațiilor. Apoi alegeți o parolă nouă cu „Ați uitat parola?”, prin căsuța de e-mail.
factors-link-dead-title = Acest link nu poate fi utilizat
factors-link-dead-text = A fost deja utilizat sau a expirat. Dacă credeți că cineva vă cunoaște parola, alegeți una nouă cu „Ați uitat parola?”.
factors-secured-title = Contul dumneavoastră este securizat
factors-secured-text = Parola a fost eliminată, toate sesiunile au fost închise și accesul tuturor aplicațiilor a fost revocat.
factors-secured-next = Alegeți acum o parolă nouă cu „Ați uitat parola?”: linkul va fi trimis în căsuța dumneavoastră de e-mail.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Serverul nu a putut iniția cererea. Reîncărcați pagina și încercați din nou.
factors-script-unsupported = Acest browser nu poate utiliza chei de securitate sau chei de acces. Utilizați un browser actualizat sau o altă metodă de verificare.
factors-script-cancelled = Cererea a fost anulată sau a expirat. Încercați din nou.
factors-script-no-answer = Cheia nu a răspuns. Încercați din nou.
factors-script-name-first = Dați mai întâi un nume cheii.
