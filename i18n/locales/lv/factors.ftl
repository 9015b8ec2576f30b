## Shared by several pages

factors-sign-in = Pierakstīties
factors-confirm = Apstiprināt
factors-try-again = Mēģināt vēlreiz
factors-please-try-again = Lūdzu, mēģiniet vēlreiz.
factors-delete-named = Dzēst { $name }
factors-added-on = (pievienota { $date })
factors-hold-notice = Visi jūsu konta otrie faktori tika dzēsti, izmantojot tikai paroli. Jūsu drošībai jaunu otro faktoru varēs pievienot no { $until }. Konta īpašniekam par to nosūtījām e-pasta ziņojumu.
factors-already-has-factor = Jūsu kontam jau ir otrā verifikācijas metode.
factors-devices-confirm-first = Lai pievienotu vai dzēstu ierīci, vispirms apstipriniet ar to: pierakstieties vēlreiz, to izvēloties.
factors-confirm-first = Lai kādu pievienotu vai dzēstu, vispirms apstipriniet ar to: pierakstieties vēlreiz, to izvēloties.
factors-confirm-recent = Šīm izmaiņām nepieciešams apstiprinājums ar otro verifikācijas metodi pēdējo 15 minūšu laikā. Apstipriniet vēlreiz un pēc tam atkārtojiet šo darbību.
factors-phones-confirm-first = Lai kādu pievienotu vai dzēstu, vispirms apstipriniet ar metodi “Mobilais tālrunis + SMS”.
factors-confirm-current-first = Vispirms apstipriniet ar pašreizējo otro verifikācijas metodi (pierakstieties vēlreiz, to izvēloties).
factors-mfa-add-first = Vispirms pievienojiet mobilā tālruņa numuru vai marķieri.
factors-held = Visi šī konta otrie faktori tika dzēsti, izmantojot tikai paroli: jūsu drošībai jaunu pagaidām nevar pievienot. Skatiet mūsu nosūtīto e-pasta ziņojumu.
factors-held-code = Šim kontam ar atkopšanas kodu tika pievienots otrais faktors: jūsu drošībai līdz { $until } nevar pievienot vai dzēst otro faktoru, ģenerēt atkopšanas kodus, mainīt e-pasta adresi vai dzēst kontu. Skatiet mūsu nosūtīto e-pasta ziņojumu.
factors-code-not-enough = Ar atkopšanas kodu varat pievienot otro verifikācijas metodi, neko vairāk: lai kādu noņemtu vai mainītu e-pasta adresi, atkopšanas kodus vai kontu, piesakieties vēlreiz ar otro verifikācijas metodi, kas jums ir.
factors-too-many-codes = Pārāk daudz nepareizu kodu. Pirms mēģināt vēlreiz, uzgaidiet 15 minūtes.

## The method names and what they do

factors-choose-method = Izvēlieties verifikācijas metodi
factors-level-high = { $app } pieprasa augstāko pierakstīšanās līmeni (līmenis “{ $level }”): drošības atslēgu vai piekļuves atslēgu, kas pārbauda jūsu PIN, pirksta nospiedumu vai seju. To nevar izmantot citā vietnē, tāpēc tā jūs aizsargā pret pikšķerēšanu.
factors-level-substantial = { $app } pieprasa stingrāku pierakstīšanos (līmenis “{ $level }”): jūsu paroli un otro verifikācijas metodi.
factors-method-key-hint-high = Kad tiek prasīts, apstipriniet ar tās PIN, pirksta nospiedumu vai seju.
factors-no-key = Jūsu kontam nav drošības atslēgas vai piekļuves atslēgas, tāpēc šo līmeni pagaidām nevarat sasniegt.
factors-no-key-add = Lai turpinātu uz { $app }, pievienojiet to (drošības atslēgu vai ierīcē iebūvētu autentifikatoru) un tad atgriezieties:
factors-no-factor = Jūsu kontam vēl nav otrās verifikācijas metodes, tāpēc nevarat turpināt uz { $app }.
factors-no-factor-add = Pievienojiet to kādā no šīm lapām un tad atgriezieties:
factors-cancel = Atcelt un atgriezties lietotnē { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Pārvaldīt manus mobilo tālruņu numurus
factors-phones-none = Jums vēl nav neviena mobilā tālruņa numura.
factors-phone-confirmed = (apstiprināts)
factors-phone-not-confirmed = (vēl nav apstiprināts)
factors-phones-confirm-number = Apstiprināt { $number }
factors-sms-enter-challenge = Ievadiet kodu, kas ar īsziņu nosūtīts uz jūsu mobilo tālruni. Var paiet vairākas minūtes, līdz ziņojums sasniedz jūsu mobilo tālruni.
factors-sms-challenge-label = SMS kods
factors-phones-add = Pievienot mobilā tālruņa numuru
factors-mobile-phone-label = Mobilais tālrunis
factors-phone-hint = Starptautiskā formātā ar valsts kodu, piemēram, Beļģijai: +32 123 45 67 89
factors-sms-title = Autentifikācija ar SMS kodu
factors-sms-number-label = Mobilā tālruņa numurs
factors-too-many-sms = Šim kontam, numuram vai tīklam ir pieprasīts pārāk daudz īsziņu. Lūdzu, mēģiniet vēlreiz pēc stundas.
factors-sms-sent = Mēs nosūtījām SMS kodu uz { $number }.
factors-phone-added = { $number } ir apstiprināts. Tagad varat to izmantot, lai pierakstītos ar metodi “Mobilais tālrunis + SMS”.
factors-phone-deleted = Numurs tika dzēsts.
factors-sms-wrong = { $count ->
    [zero] Tas nav mūsu nosūtītais SMS kods. Atlikuši { $count } mēģinājumi.
    [one] Tas nav mūsu nosūtītais SMS kods. Atlicis { $count } mēģinājums.
   *[other] Tas nav mūsu nosūtītais SMS kods. Atlikuši { $count } mēģinājumi.
}
factors-sms-expired = Šī koda derīgums ir beidzies, vai tas ir izlietots (pārāk daudz nepareizu mēģinājumu). Pieprasiet jaunu.
factors-phone-format = Ievadiet numuru starptautiskā formātā ar valsts kodu, piemēram, Beļģijai: +32 123 45 67 89.
factors-phones-max = { $count ->
    [zero] Kontam var būt ne vairāk kā { $count } mobilo tālruņu numuri.
    [one] Kontam var būt ne vairāk kā { $count } mobilā tālruņa numurs.
   *[other] Kontam var būt ne vairāk kā { $count } mobilo tālruņu numuri.
}
factors-phone-already-confirmed = Šis numurs jūsu kontam jau ir apstiprināts.
factors-phone-not-yours = Šis nav neviens no jūsu konta apstiprinātajiem mobilo tālruņu numuriem.

## Tokens (authenticator apps)

factors-tokens-title = Pārvaldīt manus marķierus
factors-tokens-intro = Marķieris ir autentifikatora lietotne (vai aparatūras marķieris), kas ik pēc 30 sekundēm parāda jaunu 6 ciparu kodu.
factors-token-added-on = Marķieris pievienots { $date }
factors-token-delete = Dzēst marķieri, kas pievienots { $date }
factors-tokens-add = Pievienot marķieri
factors-tokens-scan = Noskenējiet šo QR kodu ar autentifikatora lietotni vai ievadiet tajā slepeno atslēgu.
factors-tokens-qr-label = Marķiera atslēgas QR kods
factors-tokens-secret = Slepenā atslēga:
factors-token-code-label = Marķiera kods
factors-tokens-confirm = Apstiprināt marķieri
factors-token-enter = Ievadiet kodu, ko pašlaik rāda jūsu autentifikatora lietotne vai marķieris.
factors-token-added = Jūsu marķieris ir pievienots. Tagad varat ar to pierakstīties.
factors-token-deleted = Marķieris tika dzēsts.
factors-token-enrolment-expired = Reģistrācijas derīgums ir beidzies. Sāciet no jauna.
factors-token-wrong-try-next = Tas nav kods, ko pašlaik rāda jūsu marķieris. Izmēģiniet nākamo.
factors-token-used = Šis kods jau ir izmantots. Uzgaidiet nākamo.
factors-token-wrong = Tas nav kods, ko pašlaik rāda jūsu marķieris.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Pārvaldīt manas mobilās ierīces
factors-devices-none = Jums vēl nav nevienas mobilās ierīces.
factors-devices-add = Pievienot ierīci
factors-devices-scan = Atveriet mobilo lietotni un noskenējiet šo QR kodu. Tas darbojas vienu reizi un ir derīgs 10 minūtes.
factors-devices-qr-label = Reģistrācijas saites QR kods
factors-devices-link = Ja nav kameras, ievadiet lietotnē šo saiti:
factors-panic-title = Dzēst visas manas ierīces (PANIC)
factors-panic-explained = Ja tālrunis ar lietotni ir pazaudēts vai nozagts: visas ierīces un marķieri tiek dzēsti uzreiz, un visas sesijas, arī šī, tiek beigtas.
factors-device-deleted = Ierīce tika dzēsta.
factors-panic-done-title = Visas jūsu ierīces tika dzēstas
factors-panic-done = Dzēšana pabeigta: { $devices ->
    [zero] { $devices } mobilās ierīces
    [one] { $devices } mobilā ierīce
   *[other] { $devices } mobilās ierīces
} un { $tokens ->
    [zero] { $tokens } marķieri
    [one] { $tokens } marķieris
   *[other] { $tokens } marķieri
}; visas sesijas ir beigtas.
factors-panic-held = Jūs to apstiprinājāt tikai ar paroli, tāpēc jūsu drošībai jaunu ierīci vai marķieri varēs pievienot no { $until }. Mēs jums par to nosūtījām e-pasta ziņojumu ar saiti konta aizsargāšanai, ja tas nebijāt jūs.
factors-panic-mailed = Mēs jums par to nosūtījām e-pasta ziņojumu. Pierakstieties vēlreiz, lai pievienotu jaunu ierīci.
factors-panic-wrong-password = Šī nav jūsu parole: nekas netika dzēsts.
factors-panic-confirm-first = Jūsu kontā ir apstiprināts mobilā tālruņa numurs: vispirms apstipriniet ar metodi “Mobilais tālrunis + SMS”.
factors-app-start-explained = Mēs nosūtām pierakstīšanās pieprasījumu uz lietotni jūsu mobilajā ierīcē. Pēc tam šajā lapā tiek parādīts skaitlis: izvēlieties to lietotnē un ievadiet savu PIN.
factors-app-send = Nosūtīt pieprasījumu uz manu mobilo lietotni
factors-app-pick = Atveriet lietotni savā mobilajā ierīcē, izvēlieties šo skaitli un ievadiet savu PIN:
factors-app-number-label = Skaitlis, kas jāizvēlas lietotnē
factors-app-waiting = Gaida atbildi no jūsu mobilās ierīces. Kad lietotnē būs sniegta atbilde, šī lapa turpināsies automātiski.
factors-app-answered = Atbilde lietotnē ir sniegta: turpināt
factors-app-no-device = Jūsu kontam nav mobilās ierīces. Pievienojiet to sadaļā “Pārvaldīt manas mobilās ierīces”.
factors-app-already-waiting = Jūsu mobilajā lietotnē jau gaida pierakstīšanās pieprasījums. Atbildiet uz to tur vai uzgaidiet divas minūtes, līdz tā derīgums beidzas.
factors-app-too-many = Šajā stundā uz jūsu mobilo lietotni ir nosūtīts pārāk daudz pierakstīšanās pieprasījumu. Izvēlieties citu verifikācijas metodi vai mēģiniet vēlreiz vēlāk.
factors-app-request-unknown = Šis pierakstīšanās pieprasījums nav zināms vai ir beidzies.
factors-app-request-expired = Pieprasījuma derīgums beidzās, pirms lietotne atbildēja.
factors-app-request-ended = Šis pierakstīšanās pieprasījums ir beidzies.
factors-app-refused-wrong-number = Pierakstīšanās tika atteikta: lietotnē tika izvēlēts nepareizs skaitlis.
factors-app-refused-denied = Pierakstīšanās tika atteikta: tā tika noraidīta lietotnē.
factors-app-qr-scan = Noskenējiet šo QR kodu ar mobilo lietotni (tā darbojas arī bezsaistē) un ievadiet tās parādīto vienreizējo paroli.
factors-app-qr-label = Pārbaudes koda { $challenge } QR kods
factors-app-qr-challenge = Pārbaudes kods:
factors-otp-label = Vienreizējā parole
factors-app-qr-new = Parādīt jaunu QR kodu
factors-qr-ended = Šis pieprasījums ir beidzies. Pieprasiet jaunu.
factors-qr-too-many = Pārāk daudz nepareizu vienreizējo paroļu. Uzgaidiet 15 minūtes vai izvēlieties citu verifikācijas metodi.
factors-qr-wrong = { $count ->
    [zero] Tā nav vienreizējā parole, ko rāda lietotne. Atlikuši { $count } mēģinājumi.
    [one] Tā nav vienreizējā parole, ko rāda lietotne. Atlicis { $count } mēģinājums.
   *[other] Tā nav vienreizējā parole, ko rāda lietotne. Atlikuši { $count } mēģinājumi.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Pārvaldīt manas drošības atslēgas un piekļuves atslēgas
factors-keys-intro = Drošības atslēga (USB, NFC) vai ierīcē iebūvēts autentifikators (uzticamās platformas modulis, Windows Hello, Touch ID, tālruņa ekrāna bloķēšana) apliecina, ka tas esat jūs, un to nevar izmantot citā vietnē: tā jūs aizsargā pret pikšķerēšanu. Ar PIN vai pirksta nospiedumu tā sasniedz augstāko līmeni “high” un var jūs pierakstīt bez paroles (piekļuves atslēga).
factors-keys-none = Vēl nav nevienas drošības atslēgas vai piekļuves atslēgas.
factors-keys-yours = Jūsu drošības atslēgas un piekļuves atslēgas
factors-keys-name = Nosaukums
factors-keys-added = Pievienota
factors-keys-last-used = Pēdējoreiz izmantota
factors-keys-action = Darbība
factors-keys-never-used = nekad
factors-keys-add = Pievienot drošības atslēgu vai piekļuves atslēgu
factors-keys-name-label = Atslēgas nosaukums
factors-keys-name-placeholder = piem., Zilā USB atslēga, Darba klēpjdators
factors-keys-needs-script = Lai pievienotu drošības atslēgu, nepieciešams JavaScript: jūsu pārlūkprogramma sazinās ar atslēgu.
factors-key-added = Drošības atslēga “{ $name }” tika pievienota.
factors-key-deleted = Drošības atslēga tika dzēsta.
factors-key-explained = Izmantojiet reģistrēto drošības atslēgu vai ierīcē iebūvēto autentifikatoru, lai apliecinātu savu identitāti. Kad pārlūkprogramma to prasa, ievietojiet atslēgu vai pieskarieties tai, vai apstipriniet ar PIN, pirksta nospiedumu vai seju.
factors-key-use = Izmantot manu drošības atslēgu
factors-key-needs-script = Lai pierakstītos ar drošības atslēgu, nepieciešams JavaScript: jūsu pārlūkprogramma sazinās ar atslēgu.
factors-key-none-add = Jūsu kontam vēl nav drošības atslēgas: pievienojiet to sadaļā “Mans konts”, “Pārvaldīt manas drošības atslēgas un piekļuves atslēgas”.
factors-key-none = Jūsu kontam vēl nav drošības atslēgas.
factors-key-expired = Pieprasījuma derīgums ir beidzies, vai tas jau ir izmantots. Mēģiniet vēlreiz.
factors-key-refused = Šīs atslēgas atbildi nevarēja pārbaudīt. Izmantojiet atslēgu, kas reģistrēta jūsu kontam.
factors-key-cloned = Šī atslēga tika noraidīta: iespējams, tā ir nokopēta. Mēs par to informējām konta īpašnieku pa e-pastu. Izmantojiet citu metodi.
factors-passkey-expired = Piekļuves atslēgas pieprasījuma derīgums ir beidzies, vai tas jau ir izmantots. Mēģiniet vēlreiz.
factors-passkey-refused = Šī piekļuves atslēga pie mums nav reģistrēta. Pierakstieties ar savu e-pasta adresi un paroli.
factors-passkey-cloned = Šī piekļuves atslēga tika noraidīta: iespējams, tā ir nokopēta. Mēs par to informējām konta īpašnieku pa e-pastu.
factors-keys-max = { $count ->
    [zero] Kontam var būt { $count } drošības atslēgas vai piekļuves atslēgas; vispirms dzēsiet kādu no tām.
    [one] Kontam var būt { $count } drošības atslēga vai piekļuves atslēga; vispirms dzēsiet to.
   *[other] Kontam var būt { $count } drošības atslēgas vai piekļuves atslēgas; vispirms dzēsiet kādu no tām.
}
factors-key-name-length = { $count ->
    [zero] Piešķiriet atslēgai nosaukumu no 1 līdz { $count } rakstzīmēm.
    [one] Piešķiriet atslēgai nosaukumu no 1 līdz { $count } rakstzīmei.
   *[other] Piešķiriet atslēgai nosaukumu no 1 līdz { $count } rakstzīmēm.
}
factors-key-request-expired = Šī pieprasījuma derīgums ir beidzies, vai tas jau ir izmantots: pievienojiet atslēgu vēlreiz.
factors-key-malformed = Atslēgas atbilde ir nepareizi veidota.
factors-key-unverified = Atslēgas atbildi šai vietnei nevarēja pārbaudīt. Mēģiniet vēlreiz.
factors-key-registered = Šī atslēga jau ir reģistrēta.

## Recovery codes

factors-codes-title = Mani atkopšanas kodi
factors-codes-intro = Ja pazaudējat tālruni, marķieri un drošības atslēgas, atkopšanas kods ļauj pierakstīties līdz sadaļai “Mans konts”, lai pievienotu jaunu verifikācijas metodi. Katrs kods darbojas vienu reizi. Glabājiet tos drošā vietā, atsevišķi no paroles: izdrukātus vai paroļu pārvaldniekā.
factors-codes-new = Šeit ir jūsu jaunie atkopšanas kodi. Tie tiek parādīti tikai šoreiz: pierakstiet vai izdrukājiet tos tūlīt. Vecie kodi vairs nedarbojas.
factors-codes-left = { $count ->
    [zero] Jums ir { $count } neizmantoti atkopšanas kodi (izveidoti { $date }).
    [one] Jums ir { $count } neizmantots atkopšanas kods (izveidots { $date }).
   *[other] Jums ir { $count } neizmantoti atkopšanas kodi (izveidoti { $date }).
}
factors-codes-none = Jums vēl nav atkopšanas kodu.
factors-codes-generate-new = Ģenerēt jaunus atkopšanas kodus
factors-codes-generate = Ģenerēt atkopšanas kodus
factors-codes-add-first = Vispirms pievienojiet otro verifikācijas metodi: atkopšanas kodi to aizstāj, ja tā tiek pazaudēta.
factors-codes-need-real-factor = Ar atkopšanas kodu nevar izveidot jaunus atkopšanas kodus. Piesakieties vēlreiz ar otro verifikācijas metodi (ja jums tādas nav, vispirms to pievienojiet) un pēc tam tos ģenerējiet.
factors-code-wrong = Tas nav neviens no jūsu atkopšanas kodiem, vai tas jau ir izmantots.
factors-code-sign-in-again = Atkopšanas kods ir derīgs tikai 15 minūtes pēc pieteikšanās ar paroli. Jūsu kods netika izmantots: izrakstieties, vēlreiz piesakieties ar paroli un tad ievadiet kodu.
factors-code-lapsed = 15 minūtes, lai ar atkopšanas kodu pievienotu verifikācijas metodi, ir pagājušas. Izrakstieties un tad atkal piesakieties ar paroli un citu atkopšanas kodu.
factors-recovery-code = Atkopšanas kods
factors-recovery-code-explained = Ievadiet kādu no saviem atkopšanas kodiem. Tas ļauj piekļūt sadaļai “Mans konts”, lai pievienotu jaunu verifikācijas metodi; ar to nevar pierakstīties lietotnēs.
factors-recovery-continue = Turpināt uz “Mans konts”

## "Secure my account"

factors-secure-title = Aizsargāt manu kontu
factors-secure-explained = Visus konta { $email } otros faktorus dzēsa kāds, kurš pierakstījās tikai ar paroli. Ja tas nebijāt jūs, kādam ir zināma jūsu parole.
factors-secure-what = Konta aizsargāšana noņem tā paroli, beidz visas sesijas un atsauc visu lietotņu piekļuvi. Pēc tam jūs izvēlaties jaunu paroli, izmantojot iespēju “Aizmirsāt paroli?”, ar sava e-pasta starpniecību.
factors-link-dead-title = Šo saiti nevar izmantot
factors-link-dead-text = Tā jau ir izmantota, vai tās derīgums ir beidzies. Ja domājat, ka kādam ir zināma jūsu parole, izvēlieties jaunu, izmantojot iespēju “Aizmirsāt paroli?”.
factors-secured-title = Jūsu konts ir aizsargāts
factors-secured-text = Tā parole tika noņemta, visas sesijas tika beigtas, un visu lietotņu piekļuve tika atsaukta.
factors-secured-next = Tagad izvēlieties jaunu paroli, izmantojot iespēju “Aizmirsāt paroli?”: saite tiks nosūtīta uz jūsu e-pastu.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Serveris nevarēja sākt pieprasījumu. Pārlādējiet lapu un mēģiniet vēlreiz.
factors-script-unsupported = Šī pārlūkprogramma nevar izmantot drošības atslēgas vai piekļuves atslēgas. Izmantojiet atjauninātu pārlūkprogrammu vai citu verifikācijas metodi.
factors-script-cancelled = Pieprasījums tika atcelts, vai tam beidzās laiks. Mēģiniet vēlreiz.
factors-script-no-answer = Atslēga neatbildēja. Mēģiniet vēlreiz.
factors-script-name-first = Vispirms piešķiriet atslēgai nosaukumu.
