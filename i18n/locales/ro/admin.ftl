# The operators' console at /admin (for administrators). Technical terms stay in English:
# client id, redirect URI, PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, "idp client add".
# (Glossary: see login.ftl.)

## Who may use the console

admin-not-admin-title = Această consolă este destinată administratorilor
admin-not-admin-text = Contul dumneavoastră nu este de administrator. Nu s-a afișat și nu s-a modificat nimic.
admin-my-account = Contul meu
admin-second-factor-title = Confirmați mai întâi cu al doilea factor
admin-second-factor-text = Consola operatorilor acționează asupra conturilor altor persoane, așa că necesită o conectare cu un al doilea factor.
admin-second-factor-again-title = Confirmați din nou cu al doilea factor
admin-second-factor-again-text = Al doilea factor a fost verificat acum mai mult de 15 minute. Confirmați-l din nou, apoi repetați acțiunea: nu s-a modificat nimic.
admin-second-factor-link = Confirmați cu un al doilea factor
admin-held-title = Contul dumneavoastră este restricționat temporar

## Shared by the console's pages

admin-back = Înapoi
admin-back-to-console = Înapoi la consolă
admin-search = Căutați
admin-first-page = Prima pagină
admin-next-page = Pagina următoare
admin-pages = Pagini
admin-when = Când
admin-from = De la
admin-created = Creat
admin-name = Nume
admin-email = E-mail
admin-status = Stare

## The console's home page

admin-title = Consola operatorilor
admin-home-intro = Conectat(ă) ca { $operator }. Fiecare acțiune efectuată aici este înregistrată în jurnalul operatorilor și, atunci când privește o persoană, în istoricul securității acesteia.
admin-menu-users = Utilizatori
admin-menu-users-text = găsirea unei persoane, deblocare, închiderea sesiunilor, eliminarea unui telefon sau dispozitiv pierdut, dezactivare sau activare, trimiterea unui e-mail de resetare a parolei
admin-menu-clients = Clienți
admin-menu-clients-text = aplicațiile care conectează utilizatorii
admin-menu-keys = Chei de semnare
admin-menu-access = Acces
admin-menu-access-text = cererile în așteptare și accesele acordate în toate rețelele
admin-menu-log = Jurnalul operatorilor

## Users

admin-users-title = Utilizatori
admin-users-search-hint = Începutul unei adrese de e-mail, al unui prenume sau nume de familie ori al „prenume nume”.
admin-users-none = Nu s-a găsit niciun cont.
admin-account = Cont
admin-user-active = activ
admin-user-disabled = dezactivat
admin-user-locked-until = blocat după parole greșite până la { $until }
admin-user-administrator = administrator
admin-factors = Factori secundari
admin-factors-none = Niciunul.
admin-factor-phone = Telefon mobil { $number }
admin-factor-phone-unconfirmed = Telefon mobil { $number } (neconfirmat)
admin-factor-device = Dispozitiv mobil „{ $name }”
admin-factor-token = Token (aplicație de autentificare)
admin-factor-security-key = Cheie de securitate „{ $name }”
admin-factor-added = { $factor }, adăugat la { $added }
admin-factor-remove = Eliminați { $factor }
admin-sessions = Sesiuni
admin-sessions-none = Nicio sesiune deschisă.
admin-session-browser = Browser
admin-session-address = Adresă
admin-session-started = Conectare
admin-session-last-activity = Ultima activitate
admin-session-applications = Aplicații
admin-session-no-applications = niciuna
admin-actions = Acțiuni
admin-unlock = Deblocați contul
admin-send-reset = Trimiteți un e-mail de resetare a parolei
admin-end-sessions = Închideți toate sesiunile
admin-enable = Activați contul
admin-disable = Dezactivați contul
admin-history = Istoricul securității
admin-history-none = Nimic deocamdată.
admin-history-what = Ce
admin-back-to-users = Înapoi la utilizatori

## What an action on an account did

admin-unlocked-title = Cont deblocat
admin-unlocked-text = { $email } se poate conecta din nou cu parola corectă; titularul a fost informat prin e-mail.
admin-sessions-ended-title = Toate sesiunile au fost închise
admin-sessions-ended-text = Toate sesiunile { $email } au fost închise, iar ceea ce s-a acordat aplicațiilor a fost revocat.
admin-admin-disable-title = Contul unui administrator se dezactivează pe server
admin-admin-disable-text = Conturile administratorilor se dezactivează cu idp user disable pe server, nu din consolă.
admin-disabled-title = Cont dezactivat
admin-disabled-text = { $email } nu se mai poate conecta; toate sesiunile au fost închise, iar tokenurile au fost revocate.
admin-enabled-title = Cont activat
admin-enabled-text = { $email } se poate conecta din nou.
admin-already-disabled-title = Deja dezactivat
admin-already-disabled-text = { $email } era deja dezactivat; nu s-a modificat nimic.
admin-already-enabled-title = Deja activat
admin-already-enabled-text = { $email } era deja activat; nu s-a modificat nimic.
admin-reset-sent-title = E-mailul de resetare a parolei a fost trimis
admin-reset-sent-text = S-a trimis la { $email } un link pentru alegerea unei parole noi.
admin-no-mail-title = Niciun e-mail trimis
admin-no-mail-text = Au fost trimise prea multe e-mailuri către { $email } în ultima vreme; încercați din nou mai târziu.
admin-nothing-removed-title = Nu s-a eliminat nimic
admin-nothing-removed-text = Contul nu are un astfel de factor (poate a fost eliminat între timp).
admin-factor-removed-title = Factor eliminat
admin-factor-removed-text = Factorul a fost eliminat din { $email }; titularul a fost informat prin e-mail.

## Clients (the applications that sign people in)

admin-clients-title = Clienți
admin-client-id = Client id
admin-client-kind = Tip
admin-redirect-uris = Redirect URIs
admin-redirect-uris-hint = Câte unul pe linie: https sau http pe loopback.
admin-kind-confidential-option = Confidențial (cu secret)
admin-kind-public-option = Public (PKCE, fără secret)
admin-kind-keys = confidențial (private_key_jwt)
admin-kind-secret = confidențial (secret)
admin-kind-public = public (PKCE)
admin-client-add = Adăugați un client
admin-client-add-button = Adăugați clientul
admin-clients-cli-hint = Cheile (private_key_jwt), DPoP, identificatorii per pereche (pairwise subjects) și profilul FAPI 2.0 se configurează din linia de comandă:
admin-client-title = Clientul { $id }
admin-redirect-uris-save = Salvați redirect URI-urile
admin-secret = Secret
admin-secret-rotate-hint = Secretul actual nu mai funcționează imediat; cel nou este afișat o singură dată.
admin-secret-rotate = Reînnoiți secretul
admin-remove = Eliminați
admin-client-remove = Eliminați clientul { $id }
admin-back-to-clients = Înapoi la clienți
admin-client-added-title = Client adăugat
admin-client-added-public = { $id } este înregistrat ca client public (PKCE, fără secret).
admin-secret-rotated-title = Secretul clientului a fost reînnoit
admin-secret-shown-once = Secretul { $id } este afișat doar acum; copiați-l imediat în configurația aplicației.
admin-client-secret = Secretul clientului
admin-done = Gata
admin-uris-saved-title = Redirect URI-urile au fost salvate
admin-uris-saved-text = { $id } acceptă acum: { $uris }
admin-client-removed-title = Client eliminat
admin-client-removed-text = { $id } a fost eliminat: tokenurile sale nu mai funcționează la userinfo și nu mai poate conecta pe nimeni.
admin-uris-none = este necesar cel puțin un redirect URI
admin-uris-too-many = { $max ->
    [one] cel mult { $max } redirect URI
    [few] cel mult { $max } redirect URI-uri
   *[other] cel mult { $max } de redirect URI-uri
}
admin-no-such-client = niciun client nu are id-ul { $id }
admin-uris-checked = { $id } are identificatori per pereche (pairwise subjects) sau profilul FAPI 2.0, pentru care i-au fost verificate redirect URI-urile: modificați-le cu idp client remove și idp client add
admin-no-secret = { $id } nu are secret (este un client public sau unul care semnează cu cheile sale)

## Signing keys

admin-keys-title = Chei de semnare
admin-key-id = Key id
admin-key-algorithm = Algoritm
admin-key-state = Stare
admin-key-signs = semnează
admin-key-retired-published = retrasă, încă publicată
admin-key-retired = retrasă
admin-key-rotate-heading = Reînnoirea unei chei
admin-key-rotate = Reînnoiți cheia de semnare
admin-key-rotated-title = Cheia de semnare a fost reînnoită
admin-key-rotated-text = Tokenurile { $alg } sunt acum semnate cu cheia { $kid }; cheia anterioară rămâne publicată cât timp tokenurile semnate cu ea pot fi încă în uz.

## The operators' log

admin-log-title = Jurnalul operatorilor
admin-log-label = Jurnalul operatorilor
admin-log-search-hint = Începutul adresei de e-mail a unui operator, al obiectului acțiunii sau al acțiunii.
admin-log-none = Nicio înregistrare.
admin-log-operator = Operator
admin-log-action = Acțiune
admin-log-target = Obiect
