# E-kirjad kontode omanikele ja SMS-kood, konto e-kirjade keeles.
# The SMS text (sms-challenge) avoids "õ", which is not in the GSM 7-bit alphabet.

## Konto loomine

mail-confirm-registration-subject = { $site }: kinnitage oma e-posti aadress
mail-confirm-registration-body =
    Lugupeetud { $first_name } { $last_name }

    Keegi, tõenäoliselt teie, soovis luua selle e-posti aadressiga konto teenuses { $site }.

    Aadressi kinnitamiseks ja salasõna valimiseks avage 24 tunni jooksul see link:

    { $link }

    Link töötab ühe korra. Kui te kontot ei taotlenud, jätke see kiri tähelepanuta: ilma selleta kontot ei looda.

mail-already-registered-subject = { $site }: teil on juba konto
mail-already-registered-body =
    Lugupeetud { $first_name } { $last_name }

    Keegi, tõenäoliselt teie, soovis luua selle e-posti aadressiga konto teenuses { $site }, kuid selle aadressiga konto on juba olemas.

    Sisselogimiseks minge aadressile { $login_link }
    Kui unustasite salasõna, kasutage seal valikut „Unustasite salasõna?“: { $reset_link }

    Kui te seda ei taotlenud, jätke see kiri tähelepanuta; teie kontot ei ole muudetud.

## Salasõnad

mail-reset-password-subject = { $site }: valige uus salasõna
mail-reset-password-body =
    Lugupeetud { $first_name } { $last_name }

    Keegi, tõenäoliselt teie, soovis valida teie konto jaoks teenuses { $site } uue salasõna.

    Uue salasõna valimiseks avage ühe tunni jooksul see link:

    { $link }

    Link töötab ühe korra. Uue salasõna valimisel logitakse teid kõikjalt välja.
    Kui te seda ei taotlenud, jätke see kiri tähelepanuta; teie salasõna ei ole muudetud.

mail-password-changed-subject = { $site }: teie salasõna muudeti
mail-password-changed-body =
    Lugupeetud { $first_name } { $last_name }

    Teie konto salasõna teenuses { $site } muudeti { $when }.

    Kui see ei olnud teie, valige kohe uus salasõna valikuga „Unustasite salasõna?“: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: teie konto on lukustatud { $minutes } minutiks
   *[other] { $site }: teie konto on lukustatud { $minutes } minutiks
}
mail-account-locked-body =
    Lugupeetud { $first_name } { $last_name }

    Pärast mitut valet salasõna on teie konto teenuses { $site } lukustatud kuni { $until }. Siis avaneb lukk iseenesest.

    Kui need katsed ei olnud teie tehtud, võib keegi püüda teie salasõna ära arvata. Uue salasõna saate valida valikuga „Unustasite salasõna?“: { $reset_link }

## Konto turvalisus

mail-security-change-subject = { $site }: teie konto turvalisust muudeti
mail-security-change-body =
    Lugupeetud { $first_name } { $last_name }

    { $when }, aadressilt { $ip }: { $what }.

    Kui see olite teie, ei ole vaja midagi teha. Kui mitte, võib keegi teie kontot kasutada: valige kohe uus salasõna valikuga „Unustasite salasõna?“ ({ $reset_link }) ja vaadake lehel Minu konto üle „Kuva minu seansid“.

mail-factors-held-subject = { $site }: teie konto kõik teised tegurid kustutati
mail-factors-held-body =
    Lugupeetud { $first_name } { $last_name }

    { $when } kustutas aadressilt { $ip } keegi, kes logis sisse ainult teie salasõnaga, teie konto kõik mobiilseadmed ja tokenid („Kustuta kõik minu seadmed (PANIC)“).

    Teie turvalisuse huvides ei saa ainult teie salasõnaga enne { $until } uut teist tegurit lisada. Kui see olite teie, lisage oma uus seade või token pärast seda aega.

    Kui see EI olnud teie, teab keegi teie salasõna. Avage kohe see link: see eemaldab teie salasõna, lõpetab kõik seansid ja tühistab kõigi rakenduste juurdepääsu; seejärel valige uus salasõna valikuga „Unustasite salasõna?“.

    { $link }

mail-factor-added-with-code-subject = { $site }: teie kontole lisati taastekoodiga teine tegur
mail-factor-added-with-code-body =
    Lugupeetud { $first_name } { $last_name }

    { $when } tegi keegi, kes logis sisse teie salasõna ja ühe teie taastekoodiga, aadressilt { $ip } selle muudatuse: { $what }.

    Teie turvalisuse huvides ei saa kuni { $until } teist tegurit lisada ega kustutada, taastekoode luua, teie e-posti aadressi muuta ega teie kontot kustutada. Kui see olite teie, ei pea te midagi tegema.

    Kui see EI olnud teie, teab keegi teie salasõna. Avage kohe see link: see eemaldab teie salasõna, lõpetab kõik seansid ja tühistab kõigi rakenduste juurdepääsu; seejärel valige uus salasõna valikuga „Unustasite salasõna?“.

    { $link }

mail-account-secured-subject = { $site }: teie salasõna eemaldati ja kõik seansid lõpetati
mail-account-secured-body =
    Lugupeetud { $first_name } { $last_name }

    { $when } turvati teie konto aadressilt { $ip } meie saadetud lingi abil: salasõna eemaldati, kõik seansid lõpetati ja kõigi rakenduste juurdepääs tühistati.

    Valige uus salasõna valikuga „Unustasite salasõna?“: { $reset_link }

## Isikuandmed

mail-confirm-email-change-subject = { $site }: kinnitage oma uus e-posti aadress
mail-confirm-email-change-body =
    Lugupeetud { $first_name } { $last_name }

    Et { $new_email } saaks teie konto e-posti aadressiks teenuses { $site }, avage 24 tunni jooksul see link:

    { $link }

    Link töötab ühe korra. Kui te seda ei taotlenud, jätke see kiri tähelepanuta.

mail-email-changed-subject = { $site }: teie konto e-posti aadress muudeti
mail-email-changed-body =
    Lugupeetud { $first_name } { $last_name }

    Teie konto e-posti aadress teenuses { $site } muudeti. Vana aadress: { $old_email }, uus aadress: { $new_email }.

    Kui see ei olnud teie, võtke kohe ühendust kasutajatoega.

mail-account-deleted-subject = { $site }: teie konto kustutati
mail-account-deleted-body = Teie konto teenuses { $site } ja kõik selle kohta säilitatud andmed on vastavalt teie soovile kustutatud.

## Juurdepääs rakendustele

mail-access-waiting-subject = { $site }: juurdepääsutaotlus ootab teie otsust
mail-access-waiting-body =
    Lugupeetud { $first_name } { $last_name }

    { $requester } taotleb profiili { $profiles } organisatsioonis { $organisation } ({ $application }).

    Vaadake see üle: { $approvals_link }

mail-access-accepted-subject = { $site }: teie juurdepääsutaotlus kiideti heaks
mail-access-accepted-body =
    Lugupeetud { $first_name } { $last_name }

    Teie juurdepääsutaotlus (profiil { $profiles } organisatsioonis { $organisation }, { $application }) on heaks kiidetud. Nüüd saate sellega rakendusse sisse logida.{ $reason }

    Teie taotlused: { $requests_link }

mail-access-rejected-subject = { $site }: teie juurdepääsutaotlus lükati tagasi
mail-access-rejected-body =
    Lugupeetud { $first_name } { $last_name }

    Teie juurdepääsutaotlus (profiil { $profiles } organisatsioonis { $organisation }, { $application }) on tagasi lükatud.{ $reason }

    Teie taotlused: { $requests_link }

mail-access-revoked-subject = { $site }: teie juurdepääs tühistati
mail-access-revoked-body =
    Lugupeetud { $first_name } { $last_name }

    Teie juurdepääs (profiil { $profiles } organisatsioonis { $organisation }, { $application }) on tühistatud; rakendus seda enam ei saa.{ $reason }

    Teie taotlused: { $requests_link }

mail-access-reason = „{ $reason }“

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: teie SMS-kood on { $code }. See kehtib { $minutes } minut.
   *[other] { $site }: teie SMS-kood on { $code }. See kehtib { $minutes } minutit.
}
