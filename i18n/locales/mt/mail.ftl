# Mails to account holders, and the SMS text challenge, in the account's "E-mail language".
# (Glossary: see login.ftl.)

## Creating an account

mail-confirm-registration-subject = { $site }: ikkonferma l-indirizz tal-email tiegħek
mail-confirm-registration-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Xi ħadd, probabbilment int, talab li jinħoloq kont fuq { $site } b'dan l-indirizz tal-email.

    Biex tikkonferma l-indirizz u tagħżel il-password tiegħek, iftaħ dan il-link fi żmien 24 siegħa:

    { $link }

    Il-link jaħdem darba biss. Jekk ma tlabtx kont, injora din l-email: ma jinħoloq l-ebda kont mingħajru.

mail-already-registered-subject = { $site }: diġà għandek kont
mail-already-registered-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Xi ħadd, probabbilment int, talab li jinħoloq kont fuq { $site } b'dan l-indirizz tal-email, iżda diġà jeżisti kont b'dan l-indirizz.

    Biex tidħol, mur fuq { $login_link }
    Jekk insejt il-password tiegħek, uża "Insejt il-password?" hemmhekk: { $reset_link }

    Jekk ma tlabtx dan, injora din l-email; il-kont tiegħek ma nbidilx.

## Passwords

mail-reset-password-subject = { $site }: agħżel password ġdida
mail-reset-password-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Xi ħadd, probabbilment int, talab li tintgħażel password ġdida għall-kont tiegħek fuq { $site }.

    Biex tagħżel password ġdida, iftaħ dan il-link fi żmien siegħa:

    { $link }

    Il-link jaħdem darba biss. L-għażla ta' password ġdida toħorġok minn kullimkien.
    Jekk ma tlabtx dan, injora din l-email; il-password tiegħek ma nbidlitx.

mail-password-changed-subject = { $site }: il-password tiegħek inbidlet
mail-password-changed-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Il-password tal-kont tiegħek fuq { $site } inbidlet fi { $when }.

    Jekk ma għamiltx dan int, agħżel password ġdida minnufih b'"Insejt il-password?": { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: il-kont tiegħek huwa msakkar għal { $minutes } minuta
    [two] { $site }: il-kont tiegħek huwa msakkar għal { $minutes } minuti
    [few] { $site }: il-kont tiegħek huwa msakkar għal { $minutes } minuti
    [many] { $site }: il-kont tiegħek huwa msakkar għal { $minutes } minuta
   *[other] { $site }: il-kont tiegħek huwa msakkar għal { $minutes } minuta
}
mail-account-locked-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Wara diversi passwords ħżiena, il-kont tiegħek fuq { $site } huwa msakkar sa { $until }. Imbagħad jinfetaħ waħdu.

    Jekk dawn it-tentattivi ma kinux tiegħek, jista' jkun li xi ħadd qed jipprova jaqta' l-password tiegħek. Tista' tagħżel waħda ġdida b'"Insejt il-password?": { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: bidla fis-sigurtà tal-kont tiegħek
mail-security-change-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Fi { $when }, mill-indirizz { $ip }: { $what }.

    Jekk kont int, m'hemm bżonn tagħmel xejn. Jekk ma kontx int, jista' jkun li xi ħadd qed juża l-kont tiegħek: agħżel password ġdida minnufih b'"Insejt il-password?" ({ $reset_link }) u ċċekkja "Uri s-sessjonijiet tiegħi" f'"Il-kont tiegħi".

mail-factors-held-subject = { $site }: it-tieni fatturi kollha tal-kont tiegħek tħassru
mail-factors-held-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Fi { $when }, mill-indirizz { $ip }, kull apparat mobbli u token tal-kont tiegħek tħassru ("Ħassar l-apparati kollha tiegħi (PANIC)") minn xi ħadd li daħal bil-password tiegħek biss.

    Għas-sigurtà tiegħek, il-password waħedha ma tistax iżżid it-tieni fattur ġdid qabel { $until }. Jekk kont int, żid l-apparat jew it-token il-ġdid tiegħek wara dak il-ħin.

    Jekk MA kontx int, xi ħadd jaf il-password tiegħek. Iftaħ dan il-link minnufih: ineħħi l-password tiegħek, itemm kull sessjoni u jirrevoka l-aċċess ta' kull applikazzjoni; imbagħad agħżel password ġdida b'"Insejt il-password?".

    { $link }

mail-factor-added-with-code-subject = { $site }: żdied it-tieni fattur mal-kont tiegħek b'kodiċi ta' rkupru
mail-factor-added-with-code-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Fil-{ $when }, mill-indirizz { $ip }, xi ħadd li daħal bil-password tiegħek u b'wieħed mill-kodiċijiet ta' rkupru tiegħek għamel din il-bidla: { $what }.

    Għas-sigurtà tiegħek, sa { $until } ma jistax jiżdied jew jitħassar it-tieni fattur, ma jistgħux jiġu ġġenerati kodiċijiet ta' rkupru, l-indirizz tal-email tiegħek ma jistax jinbidel u l-kont tiegħek ma jistax jitħassar. Jekk kont int, m'hemmx bżonn tagħmel xejn.

    Jekk MA kontx int, xi ħadd jaf il-password tiegħek. Iftaħ dan il-link minnufih: ineħħi l-password tiegħek, itemm kull sessjoni u jirrevoka l-aċċess ta' kull applikazzjoni; imbagħad agħżel password ġdida b'"Insejt il-password?".

    { $link }

mail-account-secured-subject = { $site }: il-password tiegħek tneħħiet u kull sessjoni ntemmet
mail-account-secured-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Fi { $when }, mill-indirizz { $ip }, il-kont tiegħek ġie ssiġurat mil-link li bgħatnielek: il-password tneħħiet, kull sessjoni ntemmet u l-aċċess ta' kull applikazzjoni ġie rrevokat.

    Agħżel password ġdida b'"Insejt il-password?": { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: ikkonferma l-indirizz tal-email il-ġdid tiegħek
mail-confirm-email-change-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    Biex { $new_email } isir l-indirizz tal-email tal-kont tiegħek fuq { $site }, iftaħ dan il-link fi żmien 24 siegħa:

    { $link }

    Il-link jaħdem darba biss. Jekk ma tlabtx dan, injora din l-email.

mail-email-changed-subject = { $site }: l-indirizz tal-email tal-kont tiegħek inbidel
mail-email-changed-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    L-indirizz tal-email tal-kont tiegħek fuq { $site } inbidel minn { $old_email } għal { $new_email }.

    Jekk ma kontx int, ikkuntattja lill-appoġġ minnufih.

mail-account-deleted-subject = { $site }: il-kont tiegħek tħassar
mail-account-deleted-body = Il-kont tiegħek fuq { $site } u kull ma kien jinżamm dwaru tħassru, kif tlabt.

## Access to applications

mail-access-waiting-subject = { $site }: talba għall-aċċess qed tistenna d-deċiżjoni tiegħek
mail-access-waiting-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    { $requester } qed jitlob { $profiles } f'{ $organisation } ({ $application }).

    Irrevediha: { $approvals_link }

mail-access-accepted-subject = { $site }: it-talba tiegħek għall-aċċess ġiet aċċettata
mail-access-accepted-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    It-talba tiegħek għall-aċċess għal { $profiles } f'{ $organisation } ({ $application }) ġiet aċċettata. Issa tista' tidħol fl-applikazzjoni b'dan l-aċċess.{ $reason }

    It-talbiet tiegħek: { $requests_link }

mail-access-rejected-subject = { $site }: it-talba tiegħek għall-aċċess ġiet miċħuda
mail-access-rejected-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    It-talba tiegħek għall-aċċess għal { $profiles } f'{ $organisation } ({ $application }) ġiet miċħuda.{ $reason }

    It-talbiet tiegħek: { $requests_link }

mail-access-revoked-subject = { $site }: l-aċċess tiegħek ġie revokat
mail-access-revoked-body =
    Għażiż/Għażiża { $first_name } { $last_name },

    L-aċċess tiegħek għal { $profiles } f'{ $organisation } ({ $application }) ġie revokat; l-applikazzjoni m'għadhiex tirċevih.{ $reason }

    It-talbiet tiegħek: { $requests_link }

mail-access-reason = “{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: il-kodiċi ta' verifika tiegħek bl-SMS huwa { $code }. Huwa validu għal { $minutes } minuta.
    [two] { $site }: il-kodiċi ta' verifika tiegħek bl-SMS huwa { $code }. Huwa validu għal { $minutes } minuti.
    [few] { $site }: il-kodiċi ta' verifika tiegħek bl-SMS huwa { $code }. Huwa validu għal { $minutes } minuti.
    [many] { $site }: il-kodiċi ta' verifika tiegħek bl-SMS huwa { $code }. Huwa validu għal { $minutes } minuta.
   *[other] { $site }: il-kodiċi ta' verifika tiegħek bl-SMS huwa { $code }. Huwa validu għal { $minutes } minuta.
}
