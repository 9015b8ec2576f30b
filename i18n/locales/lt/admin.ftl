# The operators' console. Technical terms stay in English: client id, redirect URI, PKCE,
# private_key_jwt, DPoP, FAPI 2.0, RS256, the commands "idp client add" etc.

## Who may use the console

admin-not-admin-title = Ši konsolė skirta administratoriams
admin-not-admin-text = Jūsų paskyra nėra administratoriaus paskyra. Niekas nebuvo parodyta ar pakeista.
admin-my-account = Mano paskyra
admin-second-factor-title = Pirmiausia patvirtinkite antruoju veiksniu
admin-second-factor-text = Operatorių konsolė veikia kitų žmonių paskyras, todėl reikia prisijungti antruoju veiksniu.
admin-second-factor-again-title = Dar kartą patvirtinkite antruoju veiksniu
admin-second-factor-again-text = Jūsų antrasis veiksnys buvo patvirtintas daugiau nei prieš 15 minučių. Patvirtinkite jį dar kartą, tada pakartokite veiksmą: niekas nepakeista.
admin-second-factor-link = Patvirtinti antruoju veiksniu
admin-held-title = Jūsų paskyra laikinai apribota

## Shared by the console's pages

admin-back = Atgal
admin-back-to-console = Atgal į konsolę
admin-search = Ieškoti
admin-first-page = Pirmas puslapis
admin-next-page = Kitas puslapis
admin-pages = Puslapiai
admin-when = Kada
admin-from = Iš
admin-created = Sukurta
admin-name = Vardas ir pavardė
admin-email = E. paštas
admin-status = Būsena

## The console's home page

admin-title = Operatorių konsolė
admin-home-intro = Prisijungta kaip { $operator }. Kiekvienas čia atliktas veiksmas registruojamas operatorių žurnale, o jei jis susijęs su asmeniu, – ir to asmens saugumo istorijoje.
admin-menu-users = Naudotojai
admin-menu-users-text = rasti asmenį, atblokuoti, baigti seansus, pašalinti pamestą telefoną ar įrenginį, išjungti ar įjungti, išsiųsti slaptažodžio atkūrimo laišką
admin-menu-clients = Klientai
admin-menu-clients-text = taikomosios programos, prie kurių žmonės prisijungia
admin-menu-keys = Pasirašymo raktai
admin-menu-access = Prieiga
admin-menu-access-text = visų tinklų laukiantys prašymai ir suteiktos prieigos
admin-menu-log = Operatorių žurnalas

## Users

admin-users-title = Naudotojai
admin-users-search-hint = E. pašto adreso, vardo ar pavardės arba „vardas pavardė“ pradžia.
admin-users-none = Paskyrų nerasta.
admin-account = Paskyra
admin-user-active = aktyvi
admin-user-disabled = išjungta
admin-user-locked-until = užblokuota po neteisingų slaptažodžių iki { $until }
admin-user-administrator = administratorius
admin-factors = Antrieji veiksniai
admin-factors-none = Nėra.
admin-factor-phone = Mobilusis telefonas { $number }
admin-factor-phone-unconfirmed = Mobilusis telefonas { $number } (nepatvirtintas)
admin-factor-device = Mobilusis įrenginys „{ $name }“
admin-factor-token = Žetonas (autentifikavimo programėlė)
admin-factor-security-key = Saugumo raktas „{ $name }“
admin-factor-added = { $factor }, pridėta { $added }
admin-factor-remove = Pašalinti: { $factor }
admin-sessions = Seansai
admin-sessions-none = Atvirų seansų nėra.
admin-session-browser = Naršyklė
admin-session-address = Adresas
admin-session-started = Prisijungta
admin-session-last-activity = Paskutinė veikla
admin-session-applications = Taikomosios programos
admin-session-no-applications = nėra
admin-actions = Veiksmai
admin-unlock = Atblokuoti paskyrą
admin-send-reset = Siųsti slaptažodžio atkūrimo laišką
admin-end-sessions = Baigti visus seansus
admin-enable = Įjungti paskyrą
admin-disable = Išjungti paskyrą
admin-history = Saugumo istorija
admin-history-none = Kol kas nieko.
admin-history-what = Kas
admin-back-to-users = Atgal į naudotojus

## What an action on an account did ($email: the account's e-mail address)

admin-unlocked-title = Paskyra atblokuota
admin-unlocked-text = { $email } vėl gali prisijungti teisingu slaptažodžiu; savininkui pranešta e. paštu.
admin-sessions-ended-title = Visi seansai baigti
admin-sessions-ended-text = Visi { $email } seansai baigti, o taikomosioms programoms suteiktos teisės atšauktos.
admin-admin-disable-title = Administratoriaus paskyra išjungiama serveryje
admin-admin-disable-text = Administratorių paskyros išjungiamos serveryje komanda idp user disable, o ne per konsolę.
admin-disabled-title = Paskyra išjungta
admin-disabled-text = { $email } negali prisijungti; visi seansai baigti, o paskyros žetonai (tokens) atšaukti.
admin-enabled-title = Paskyra įjungta
admin-enabled-text = { $email } vėl gali prisijungti.
admin-already-disabled-title = Jau išjungta
admin-already-disabled-text = { $email } jau buvo išjungta; niekas nepakeista.
admin-already-enabled-title = Jau įjungta
admin-already-enabled-text = { $email } jau buvo įjungta; niekas nepakeista.
admin-reset-sent-title = Slaptažodžio atkūrimo laiškas išsiųstas
admin-reset-sent-text = Nuoroda naujam slaptažodžiui pasirinkti išsiųsta adresu { $email }.
admin-no-mail-title = Laiškas neišsiųstas
admin-no-mail-text = Adresu { $email } pastaruoju metu išsiųsta per daug laiškų; bandykite vėliau.
admin-nothing-removed-title = Niekas nepašalinta
admin-nothing-removed-text = Paskyra tokio veiksnio neturi (galbūt jis jau buvo pašalintas).
admin-factor-removed-title = Veiksnys pašalintas
admin-factor-removed-text = Veiksnys pašalintas iš paskyros { $email }; savininkui pranešta e. paštu.

## Clients (the applications that sign people in)

admin-clients-title = Klientai
admin-client-id = Client id
admin-client-kind = Tipas
admin-redirect-uris = Redirect URI
admin-redirect-uris-hint = Po vieną eilutėje: https arba http per loopback.
admin-kind-confidential-option = Konfidencialus (su slaptu raktu)
admin-kind-public-option = Viešas (PKCE, be slapto rakto)
admin-kind-keys = konfidencialus (private_key_jwt)
admin-kind-secret = konfidencialus (slaptas raktas)
admin-kind-public = viešas (PKCE)
admin-client-add = Pridėti klientą
admin-client-add-button = Pridėti klientą
admin-clients-cli-hint = Raktai (private_key_jwt), DPoP, pairwise subjektai ir FAPI 2.0 profilis nustatomi komandinėje eilutėje:
admin-client-title = Klientas { $id }
admin-redirect-uris-save = Išsaugoti redirect URI
admin-secret = Slaptas raktas
admin-secret-rotate-hint = Dabartinis slaptas raktas iš karto nustoja veikti; naujasis parodomas vieną kartą.
admin-secret-rotate = Pakeisti slaptą raktą
admin-remove = Pašalinti
admin-client-remove = Pašalinti klientą { $id }
admin-back-to-clients = Atgal į klientus
admin-client-added-title = Klientas pridėtas
admin-client-added-public = { $id } užregistruotas kaip viešas klientas (PKCE, be slapto rakto).
admin-secret-rotated-title = Kliento slaptas raktas pakeistas
admin-secret-shown-once = Kliento { $id } slaptas raktas rodomas tik šį kartą; nedelsdami nukopijuokite jį į taikomosios programos konfigūraciją.
admin-client-secret = Kliento slaptas raktas
admin-done = Atlikta
admin-uris-saved-title = Redirect URI išsaugoti
admin-uris-saved-text = { $id } dabar priima: { $uris }
admin-client-removed-title = Klientas pašalintas
admin-client-removed-text = { $id } pašalintas: jo žetonai (tokens) nebeveikia userinfo galiniame taške ir jis nebegali nieko prijungti.
admin-uris-none = reikia bent vieno redirect URI
admin-uris-too-many = { $max ->
    [one] ne daugiau kaip { $max } redirect URI
    [few] ne daugiau kaip { $max } redirect URI
   *[other] ne daugiau kaip { $max } redirect URI
}
admin-no-such-client = nėra kliento su id { $id }
admin-uris-checked = { $id } turi pairwise subjektus arba FAPI 2.0 profilį, pagal kurį buvo patikrinti jo redirect URI: keiskite juos komandomis idp client remove ir idp client add
admin-no-secret = { $id } neturi slapto rakto (viešas klientas arba klientas, pasirašantis savo raktais)

## Signing keys

admin-keys-title = Pasirašymo raktai
admin-key-id = Rakto id
admin-key-algorithm = Algoritmas
admin-key-state = Būsena
admin-key-signs = pasirašo
admin-key-retired-published = nebenaudojamas, vis dar skelbiamas
admin-key-retired = nebenaudojamas
admin-key-rotate-heading = Pakeisti raktą
admin-key-rotate = Pakeisti pasirašymo raktą
admin-key-rotated-title = Pasirašymo raktas pakeistas
admin-key-rotated-text = { $alg } žetonai (tokens) dabar pasirašomi raktu { $kid }; ankstesnis raktas lieka skelbiamas, kol juo pasirašyti žetonai dar gali būti naudojami.

## The operators' log

admin-log-title = Operatorių žurnalas
admin-log-label = Operatorių žurnalas
admin-log-search-hint = Operatoriaus e. pašto adreso, veiksmo objekto arba veiksmo pradžia.
admin-log-none = Įrašų nėra.
admin-log-operator = Operatorius
admin-log-action = Veiksmas
admin-log-target = Objektas
