# Verification methods (second factors): managing them in My account, and the sign-in
# step of each. (Glossary: see login.ftl.)

## Shared by several pages

factors-sign-in = Idħol
factors-confirm = Ikkonferma
factors-try-again = Erġa' pprova
factors-please-try-again = Jekk jogħġbok erġa' pprova.
factors-delete-named = Ħassar { $name }
factors-added-on = (miżjud fi { $date })
factors-hold-notice = It-tieni fatturi kollha tal-kont tiegħek tħassru bil-password biss. Għas-sigurtà tiegħek, jista' jiżdied wieħed ġdid minn { $until }. Bgħatna email dwar dan lis-sid tal-kont.
factors-already-has-factor = Il-kont tiegħek diġà għandu t-tieni metodu ta' verifika.
factors-devices-confirm-first = Biex iżżid jew tħassar apparat, l-ewwel ikkonferma bih: erġa' idħol billi tagħżlu.
factors-confirm-first = Biex iżżid jew tħassar wieħed, l-ewwel ikkonferma bih: erġa' idħol billi tagħżlu.
factors-confirm-recent = Din il-bidla teħtieġ konferma bit-tieni metodu ta' verifika fl-aħħar 15-il minuta. Erġa' kkonferma, imbagħad irrepeti dan il-pass.
factors-phones-confirm-first = Biex iżżid jew tħassar wieħed, l-ewwel ikkonferma b'Telefon ċellulari + SMS.
factors-confirm-current-first = L-ewwel ikkonferma bit-tieni metodu ta' verifika attwali tiegħek (erġa' idħol billi tagħżlu).
factors-mfa-add-first = L-ewwel żid numru tat-telefon ċellulari jew token.
factors-held = It-tieni fatturi kollha ta' dan il-kont tħassru bil-password biss: għas-sigurtà tiegħek, għadu ma jistax jiżdied wieħed ġdid. Ara l-email li bgħatnielek.
factors-held-code = Żdied it-tieni fattur ma' dan il-kont b'kodiċi ta' rkupru: għas-sigurtà tiegħek, sa { $until } ma jistax jiżdied jew jitħassar it-tieni fattur, ma jistgħux jiġu ġġenerati kodiċijiet ta' rkupru, l-indirizz tal-email ma jistax jinbidel u l-kont ma jistax jitħassar. Ara l-email li bgħatnielek.
factors-code-not-enough = Kodiċi ta' rkupru jħallik iżżid it-tieni metodu ta' verifika, xejn aktar: biex tneħħi wieħed jew tibdel l-indirizz tal-email, il-kodiċijiet ta' rkupru jew il-kont tiegħek, idħol mill-ġdid bit-tieni metodu ta' verifika li għandek.
factors-too-many-codes = Wisq kodiċijiet ħżiena. Stenna 15-il minuta qabel ma terġa' tipprova.

## The method names and what they do

factors-choose-method = Agħżel il-metodu ta' verifika tiegħek
factors-level-high = { $app } jeħtieġ l-ogħla livell ta' dħul (livell "{ $level }"): ċavetta tas-sigurtà jew passkey li tivverifika l-PIN, il-marka tas-saba' jew il-wiċċ tiegħek. Ma tistax tintuża f'sit ieħor, u dan jipproteġik mill-phishing.
factors-level-substantial = { $app } jeħtieġ dħul aktar b'saħħtu (livell "{ $level }"): il-password tiegħek u t-tieni metodu ta' verifika.
factors-method-key-hint-high = Ikkonferma bil-PIN, bil-marka tas-saba' jew bil-wiċċ meta jintalablek.
factors-no-key = Il-kont tiegħek m'għandu l-ebda ċavetta tas-sigurtà jew passkey, għalhekk għadek ma tistax tilħaq dan il-livell.
factors-no-key-add = Biex tkompli lejn { $app }, żid waħda (ċavetta tas-sigurtà, jew l-awtentikatur integrat tal-apparat tiegħek), imbagħad erġa' ejja lura:
factors-no-factor = Il-kont tiegħek għad m'għandux it-tieni metodu ta' verifika, għalhekk ma tistax tkompli lejn { $app }.
factors-no-factor-add = Żid wieħed f'waħda minn dawn il-paġni, imbagħad erġa' ejja lura:
factors-cancel = Ikkanċella u mur lura lejn { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Immaniġġja n-numri tat-telefon ċellulari tiegħi
factors-phones-none = Għad m'għandek l-ebda numru tat-telefon ċellulari.
factors-phone-confirmed = (ikkonfermat)
factors-phone-not-confirmed = (għadu mhux ikkonfermat)
factors-phones-confirm-number = Ikkonferma { $number }
factors-sms-enter-challenge = Daħħal il-kodiċi ta' verifika mibgħut fuq it-telefon ċellulari tiegħek b'messaġġ SMS. Il-messaġġ jista' jieħu diversi minuti biex jasal fuq it-telefon ċellulari tiegħek.
factors-sms-challenge-label = Kodiċi ta' verifika bl-SMS
factors-phones-add = Żid numru tat-telefon ċellulari
factors-mobile-phone-label = Telefon ċellulari
factors-phone-hint = Format internazzjonali inkluż il-kodiċi tal-pajjiż, pereżempju għall-Belġju: +32 123 45 67 89
factors-sms-title = Awtentikazzjoni b'kodiċi ta' verifika bl-SMS
factors-sms-number-label = Numru tat-telefon ċellulari
factors-too-many-sms = Intalbu wisq SMS għal dan il-kont, dan in-numru jew dan in-netwerk. Erġa' pprova fi żmien siegħa.
factors-sms-sent = Bgħatna kodiċi ta' verifika bl-SMS lil { $number }.
factors-phone-added = In-numru { $number } huwa kkonfermat. Issa tista' tużah biex tidħol b'Telefon ċellulari + SMS.
factors-phone-deleted = In-numru tħassar.
factors-sms-wrong = { $count ->
    [one] Dan mhuwiex il-kodiċi ta' verifika bl-SMS li bgħatna. Fadallek { $count } tentattiv.
    [two] Dan mhuwiex il-kodiċi ta' verifika bl-SMS li bgħatna. Fadallek { $count } tentattivi.
    [few] Dan mhuwiex il-kodiċi ta' verifika bl-SMS li bgħatna. Fadallek { $count } tentattivi.
    [many] Dan mhuwiex il-kodiċi ta' verifika bl-SMS li bgħatna. Fadallek { $count } tentattiv.
   *[other] Dan mhuwiex il-kodiċi ta' verifika bl-SMS li bgħatna. Fadallek { $count } tentattiv.
}
factors-sms-expired = Dan il-kodiċi skada jew ma jistax jibqa' jintuża (wisq tentattivi ħżiena). Itlob wieħed ġdid.
factors-phone-format = Daħħal in-numru f'format internazzjonali, bil-kodiċi tal-pajjiż, pereżempju għall-Belġju: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Kont jista' jkollu mhux aktar minn { $count } numru tat-telefon ċellulari.
    [two] Kont jista' jkollu mhux aktar minn { $count } numri tat-telefon ċellulari.
    [few] Kont jista' jkollu mhux aktar minn { $count } numri tat-telefon ċellulari.
    [many] Kont jista' jkollu mhux aktar minn { $count } numru tat-telefon ċellulari.
   *[other] Kont jista' jkollu mhux aktar minn { $count } numru tat-telefon ċellulari.
}
factors-phone-already-confirmed = Dan in-numru diġà huwa kkonfermat għall-kont tiegħek.
factors-phone-not-yours = Dan mhuwiex wieħed min-numri tat-telefon ċellulari kkonfermati tal-kont tiegħek.

## Tokens (authenticator apps)

factors-tokens-title = Immaniġġja t-tokens tiegħi
factors-tokens-intro = Token huwa app ta' awtentikazzjoni (jew token fiżiku) li juri kodiċi ġdid ta' 6 ċifri kull 30 sekonda.
factors-token-added-on = Token miżjud fi { $date }
factors-token-delete = Ħassar it-token miżjud fi { $date }
factors-tokens-add = Żid token
factors-tokens-scan = Skennja dan il-kodiċi QR bl-app ta' awtentikazzjoni tiegħek, jew ittajpja fiha ċ-ċavetta sigrieta.
factors-tokens-qr-label = Kodiċi QR taċ-ċavetta tat-token
factors-tokens-secret = Ċavetta sigrieta:
factors-token-code-label = Kodiċi tat-token
factors-tokens-confirm = Ikkonferma t-token
factors-token-enter = Daħħal il-kodiċi li qed turi issa l-app ta' awtentikazzjoni jew it-token tiegħek.
factors-token-added = It-token tiegħek żdied. Issa tista' tidħol bih.
factors-token-deleted = It-token tħassar.
factors-token-enrolment-expired = Ir-reġistrazzjoni skadiet. Erġa' ibda.
factors-token-wrong-try-next = Dan mhuwiex il-kodiċi li qed juri t-token tiegħek issa. Ipprova dak li jmiss.
factors-token-used = Dan il-kodiċi diġà ntuża. Stenna dak li jmiss.
factors-token-wrong = Dan mhuwiex il-kodiċi li qed juri t-token tiegħek issa.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Immaniġġja l-apparati mobbli tiegħi
factors-devices-none = Għad m'għandek l-ebda apparat mobbli.
factors-devices-add = Żid apparat
factors-devices-scan = Iftaħ l-app mobbli u skennja dan il-kodiċi QR. Jaħdem darba biss, għal 10 minuti.
factors-devices-qr-label = Kodiċi QR tal-link tar-reġistrazzjoni
factors-devices-link = Mingħajr kamera, agħti lill-app dan il-link:
factors-panic-title = Ħassar l-apparati kollha tiegħi (PANIC)
factors-panic-explained = Jekk telefon bl-app intilef jew insteraq: kull apparat u token jitħassru f'daqqa u kull sessjoni, inkluża din, tintemm.
factors-device-deleted = L-apparat tħassar.
factors-panic-done-title = L-apparati kollha tiegħek tħassru
factors-panic-done = Tħassru l-apparati mobbli ({ $devices }) u t-tokens ({ $tokens }) kollha tiegħek, u kull sessjoni ntemmet.
factors-panic-held = Ikkonfermajt dan bil-password tiegħek biss, għalhekk, għas-sigurtà tiegħek, jista' jiżdied apparat jew token ġdid minn { $until }. Bgħatnielek email dwar dan, b'link biex tissiġura l-kont tiegħek jekk ma kontx int.
factors-panic-mailed = Bgħatnielek email dwar dan. Erġa' idħol biex iżżid apparat ġdid.
factors-panic-wrong-password = Din mhijiex il-password tiegħek: ma tħassar xejn.
factors-panic-confirm-first = Il-kont tiegħek għad għandu numru tat-telefon ċellulari kkonfermat: l-ewwel ikkonferma b'Telefon ċellulari + SMS.
factors-app-start-explained = Nibagħtu talba għad-dħul lill-app fuq l-apparat mobbli tiegħek. Imbagħad din il-paġna turi numru: agħżlu fl-app u daħħal il-PIN tiegħek.
factors-app-send = Ibgħat it-talba lill-app mobbli tiegħi
factors-app-pick = Iftaħ l-app fuq l-apparat mobbli tiegħek, agħżel dan in-numru u daħħal il-PIN tiegħek:
factors-app-number-label = In-numru li għandek tagħżel fl-app
factors-app-waiting = Qed nistennew lill-apparat mobbli tiegħek. Din il-paġna tkompli waħedha ladarba twieġeb fl-app.
factors-app-answered = Wieġebt fl-app: kompli
factors-app-no-device = Il-kont tiegħek m'għandu l-ebda apparat mobbli. Żid wieħed f'"Immaniġġja l-apparati mobbli tiegħi".
factors-app-already-waiting = Diġà hemm talba għad-dħul tistenna fl-app mobbli tiegħek. Wiġibha hemmhekk, jew stenna żewġ minuti sakemm tiskadi.
factors-app-too-many = Intbagħtu wisq talbiet għad-dħul lill-app mobbli tiegħek din is-siegħa. Agħżel metodu ta' verifika ieħor, jew erġa' pprova aktar tard.
factors-app-request-unknown = Din it-talba għad-dħul mhijiex magħrufa jew intemmet.
factors-app-request-expired = It-talba skadiet qabel ma wieġbet l-app.
factors-app-request-ended = Din it-talba għad-dħul intemmet.
factors-app-refused-wrong-number = Id-dħul ġie rrifjutat: intgħażel numru ħażin fl-app.
factors-app-refused-denied = Id-dħul ġie rrifjutat: id-dħul ġie miċħud fl-app.
factors-app-qr-scan = Skennja dan il-kodiċi QR bl-app mobbli (taħdem anki offline) u ttajpja l-password għal darba waħda li turik.
factors-app-qr-label = Kodiċi QR tal-isfida { $challenge }
factors-app-qr-challenge = Sfida:
factors-otp-label = Password għal darba waħda
factors-app-qr-new = Uri kodiċi QR ġdid
factors-qr-ended = Din l-isfida ntemmet. Itlob waħda ġdida.
factors-qr-too-many = Wisq passwords għal darba waħda ħżiena. Stenna 15-il minuta, jew agħżel metodu ta' verifika ieħor.
factors-qr-wrong = { $count ->
    [one] Din mhijiex il-password għal darba waħda li turi l-app. Fadallek { $count } tentattiv.
    [two] Din mhijiex il-password għal darba waħda li turi l-app. Fadallek { $count } tentattivi.
    [few] Din mhijiex il-password għal darba waħda li turi l-app. Fadallek { $count } tentattivi.
    [many] Din mhijiex il-password għal darba waħda li turi l-app. Fadallek { $count } tentattiv.
   *[other] Din mhijiex il-password għal darba waħda li turi l-app. Fadallek { $count } tentattiv.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Immaniġġja ċ-ċwievet tas-sigurtà u l-passkeys tiegħi
factors-keys-intro = Ċavetta tas-sigurtà (USB, NFC) jew l-awtentikatur integrat tal-apparat tiegħek (Trusted Platform Module, Windows Hello, Touch ID, is-serratura tal-iskrin ta' telefon) tipprova li int tassew int u ma tistax tintuża f'sit ieħor: tipproteġik mill-phishing. Bil-PIN jew bil-marka tas-saba' tagħha tilħaq l-ogħla livell, "high", u tista' ddaħħlek mingħajr password (passkey).
factors-keys-none = Għad m'hemm l-ebda ċavetta tas-sigurtà jew passkey.
factors-keys-yours = Iċ-ċwievet tas-sigurtà u l-passkeys tiegħek
factors-keys-name = Isem
factors-keys-added = Miżjuda
factors-keys-last-used = L-aħħar użu
factors-keys-action = Azzjoni
factors-keys-never-used = qatt
factors-keys-add = Żid ċavetta tas-sigurtà jew passkey
factors-keys-name-label = Isem iċ-ċavetta
factors-keys-name-placeholder = eż. Ċavetta USB blu, Laptop tax-xogħol
factors-keys-needs-script = Biex iżżid ċavetta tas-sigurtà jeħtieġ JavaScript: il-browser tiegħek jitkellem maċ-ċavetta.
factors-key-added = Iċ-ċavetta tas-sigurtà "{ $name }" żdiedet.
factors-key-deleted = Iċ-ċavetta tas-sigurtà tħassret.
factors-key-explained = Uża ċ-ċavetta tas-sigurtà rreġistrata tiegħek jew l-awtentikatur integrat tal-apparat tiegħek biex tivverifika l-identità tiegħek. Daħħal jew mess iċ-ċavetta, jew ikkonferma bil-PIN, bil-marka tas-saba' jew bil-wiċċ, meta jitlobek il-browser.
factors-key-use = Uża ċ-ċavetta tas-sigurtà tiegħi
factors-key-needs-script = Biex tidħol b'ċavetta tas-sigurtà jeħtieġ JavaScript: il-browser tiegħek jitkellem maċ-ċavetta.
factors-key-none-add = Il-kont tiegħek għad m'għandu l-ebda ċavetta tas-sigurtà: żid waħda minn "Il-kont tiegħi", "Immaniġġja ċ-ċwievet tas-sigurtà u l-passkeys tiegħi".
factors-key-none = Il-kont tiegħek għad m'għandu l-ebda ċavetta tas-sigurtà.
factors-key-expired = It-talba skadiet jew diġà ntużat. Erġa' pprova.
factors-key-refused = It-tweġiba ta' din iċ-ċavetta ma setgħetx tiġi vverifikata. Uża ċavetta rreġistrata fil-kont tiegħek.
factors-key-cloned = Din iċ-ċavetta ġiet irrifjutata: jista' jkun li ġiet ikkupjata. Infurmajna lis-sid tal-kont bl-email. Uża metodu ieħor.
factors-passkey-expired = It-talba tal-passkey skadiet jew diġà ntużat. Erġa' pprova.
factors-passkey-refused = Din il-passkey mhijiex irreġistrata magħna. Idħol bl-indirizz tal-email u l-password tiegħek.
factors-passkey-cloned = Din il-passkey ġiet irrifjutata: jista' jkun li ġiet ikkupjata. Infurmajna lis-sid tal-kont bl-email.
factors-keys-max = { $count ->
    [one] Kont jista' jkollu { $count } ċavetta tas-sigurtà jew passkey; l-ewwel ħassarha.
    [two] Kont jista' jkollu { $count } ċwievet tas-sigurtà jew passkeys; l-ewwel ħassar waħda.
    [few] Kont jista' jkollu { $count } ċwievet tas-sigurtà jew passkeys; l-ewwel ħassar waħda.
    [many] Kont jista' jkollu { $count } ċavetta tas-sigurtà jew passkey; l-ewwel ħassar waħda.
   *[other] Kont jista' jkollu { $count } ċavetta tas-sigurtà jew passkey; l-ewwel ħassar waħda.
}
factors-key-name-length = { $count ->
    [one] Agħti liċ-ċavetta isem ta' bejn 1 u { $count } karattru.
    [two] Agħti liċ-ċavetta isem ta' bejn 1 u { $count } karattri.
    [few] Agħti liċ-ċavetta isem ta' bejn 1 u { $count } karattri.
    [many] Agħti liċ-ċavetta isem ta' bejn 1 u { $count } karattru.
   *[other] Agħti liċ-ċavetta isem ta' bejn 1 u { $count } karattru.
}
factors-key-request-expired = Din it-talba skadiet jew diġà ntużat: erġa' żid iċ-ċavetta.
factors-key-malformed = It-tweġiba taċ-ċavetta mhijiex iffurmata sew.
factors-key-unverified = It-tweġiba taċ-ċavetta ma setgħetx tiġi vverifikata għal dan is-sit. Erġa' pprova.
factors-key-registered = Din iċ-ċavetta diġà hija rreġistrata.

## Recovery codes

factors-codes-title = Il-kodiċijiet ta' rkupru tiegħi
factors-codes-intro = Jekk titlef it-telefon, it-token u ċ-ċwievet tas-sigurtà tiegħek, kodiċi ta' rkupru jħallik tidħol sal-paġna "Il-kont tiegħi" biex iżżid metodu ta' verifika ġdid. Kull kodiċi jaħdem darba biss. Żommhom f'post sigur, 'il bogħod mill-password tiegħek: stampati, jew f'maniġer tal-passwords.
factors-codes-new = Dawn huma l-kodiċijiet ta' rkupru l-ġodda tiegħek. Qed jintwerew darba biss: iktibhom jew ipprintjahom issa. Il-qodma ma jibqgħux jaħdmu.
factors-codes-left = { $count ->
    [one] Għandek { $count } kodiċi ta' rkupru mhux użat (magħmul fi { $date }).
    [two] Għandek { $count } kodiċijiet ta' rkupru mhux użati (magħmula fi { $date }).
    [few] Għandek { $count } kodiċijiet ta' rkupru mhux użati (magħmula fi { $date }).
    [many] Għandek { $count } kodiċi ta' rkupru mhux użat (magħmul fi { $date }).
   *[other] Għandek { $count } kodiċi ta' rkupru mhux użat (magħmul fi { $date }).
}
factors-codes-none = Għad m'għandek l-ebda kodiċi ta' rkupru.
factors-codes-generate-new = Iġġenera kodiċijiet ta' rkupru ġodda
factors-codes-generate = Iġġenera kodiċijiet ta' rkupru
factors-codes-add-first = L-ewwel żid it-tieni metodu ta' verifika: il-kodiċijiet ta' rkupru jieħdu postu meta jintilef.
factors-codes-need-real-factor = Kodiċi ta' rkupru ma jistax joħloq kodiċijiet ta' rkupru ġodda. Idħol mill-ġdid bit-tieni metodu ta' verifika (l-ewwel żid wieħed jekk m'għandekx), imbagħad iġġenerahom.
factors-code-wrong = Dan mhuwiex wieħed mill-kodiċijiet ta' rkupru tiegħek, jew diġà ntuża.
factors-code-sign-in-again = Kodiċi ta' rkupru jgħodd biss fi żmien 15-il minuta minn meta tidħol bil-password tiegħek. Il-kodiċi tiegħek ma ntużax: oħroġ, erġa' idħol bil-password tiegħek, imbagħad ikteb il-kodiċi.
factors-code-lapsed = Għaddew il-15-il minuta biex iżżid metodu ta' verifika bil-kodiċi ta' rkupru tiegħek. Oħroġ, imbagħad erġa' idħol bil-password tiegħek u kodiċi ta' rkupru ieħor.
factors-recovery-code = Kodiċi ta' rkupru
factors-recovery-code-explained = Ittajpja wieħed mill-kodiċijiet ta' rkupru tiegħek. Iħallik tidħol f'"Il-kont tiegħi" biex iżżid metodu ta' verifika ġdid; ma jdaħħalkx fl-applikazzjonijiet.
factors-recovery-continue = Kompli lejn "Il-kont tiegħi"

## "Secure my account"

factors-secure-title = Issiġura l-kont tiegħi
factors-secure-explained = It-tieni fatturi kollha tal-kont { $email } tħassru minn xi ħadd li daħal bil-password tiegħu biss. Jekk ma kontx int, xi ħadd jaf il-password tiegħek.
factors-secure-what = L-issiġurar tal-kont ineħħi l-password tiegħu, itemm kull sessjoni u jirrevoka l-aċċess ta' kull applikazzjoni. Imbagħad tagħżel password ġdida b'"Insejt il-password?", permezz tal-kaxxa postali tiegħek.
factors-link-dead-title = Dan il-link ma jistax jintuża
factors-link-dead-text = Diġà ntuża jew skada. Jekk taħseb li xi ħadd jaf il-password tiegħek, agħżel waħda ġdida b'"Insejt il-password?".
factors-secured-title = Il-kont tiegħek huwa ssiġurat
factors-secured-text = Il-password tiegħu tneħħiet, kull sessjoni ntemmet u l-aċċess ta' kull applikazzjoni ġie rrevokat.
factors-secured-next = Agħżel password ġdida issa b'"Insejt il-password?": il-link jasal fil-kaxxa postali tiegħek.

## Said by the page's script while it talks to a security key

factors-script-server-failed = Is-server ma setax jibda t-talba. Erġa' ttella' l-paġna u erġa' pprova.
factors-script-unsupported = Dan il-browser ma jistax juża ċwievet tas-sigurtà jew passkeys. Uża browser aġġornat, jew metodu ta' verifika ieħor.
factors-script-cancelled = It-talba ġiet ikkanċellata jew skadielha l-ħin. Erġa' pprova.
factors-script-no-answer = Iċ-ċavetta ma wieġbitx. Erġa' pprova.
factors-script-name-first = L-ewwel agħti isem liċ-ċavetta.
