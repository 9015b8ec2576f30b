# Mails to account holders, and the SMS text challenge, in the account's e-mail language.

## Creating an account

mail-confirm-registration-subject = { $site }: patvirtinkite savo e. pašto adresą
mail-confirm-registration-body =
    Gerb. { $first_name } { $last_name },

    Kažkas, tikriausiai jūs, paprašė sukurti paskyrą { $site } šiuo e. pašto adresu.

    Norėdami patvirtinti adresą ir pasirinkti slaptažodį, per 24 valandas atidarykite šią nuorodą:

    { $link }

    Nuoroda veikia vieną kartą. Jei paskyros neprašėte, į šį laišką nekreipkite dėmesio: be jo paskyra nesukuriama.

mail-already-registered-subject = { $site }: jūs jau turite paskyrą
mail-already-registered-body =
    Gerb. { $first_name } { $last_name },

    Kažkas, tikriausiai jūs, paprašė sukurti paskyrą { $site } šiuo e. pašto adresu, tačiau paskyra su šiuo adresu jau yra.

    Norėdami prisijungti, eikite į { $login_link }
    Jei pamiršote slaptažodį, ten pasinaudokite funkcija „Pamiršote slaptažodį?“: { $reset_link }

    Jei to neprašėte, į šį laišką nekreipkite dėmesio; jūsų paskyra nepakeista.

## Passwords

mail-reset-password-subject = { $site }: pasirinkite naują slaptažodį
mail-reset-password-body =
    Gerb. { $first_name } { $last_name },

    Kažkas, tikriausiai jūs, paprašė pasirinkti naują jūsų paskyros { $site } slaptažodį.

    Norėdami pasirinkti naują slaptažodį, per vieną valandą atidarykite šią nuorodą:

    { $link }

    Nuoroda veikia vieną kartą. Pasirinkus naują slaptažodį, būsite atjungti visur.
    Jei to neprašėte, į šį laišką nekreipkite dėmesio; jūsų slaptažodis nepakeistas.

mail-password-changed-subject = { $site }: jūsų slaptažodis pakeistas
mail-password-changed-body =
    Gerb. { $first_name } { $last_name },

    Jūsų paskyros { $site } slaptažodis pakeistas { $when }.

    Jei to nedarėte jūs, nedelsdami pasirinkite naują slaptažodį per funkciją „Pamiršote slaptažodį?“: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: jūsų paskyra užblokuota { $minutes } minutę
    [few] { $site }: jūsų paskyra užblokuota { $minutes } minutes
   *[other] { $site }: jūsų paskyra užblokuota { $minutes } minučių
}
mail-account-locked-body =
    Gerb. { $first_name } { $last_name },

    Po kelių neteisingų slaptažodžių jūsų paskyra { $site } užblokuota iki { $until }. Tada ji bus atblokuota automatiškai.

    Jei šiuos bandymus atlikote ne jūs, kažkas galbūt bando atspėti jūsų slaptažodį. Naują slaptažodį galite pasirinkti per funkciją „Pamiršote slaptažodį?“: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: jūsų paskyros saugumo pakeitimas
mail-security-change-body =
    Gerb. { $first_name } { $last_name },

    { $when }, iš adreso { $ip }: { $what }.

    Jei tai buvote jūs, nieko daryti nereikia. Jei ne, kažkas galbūt naudojasi jūsų paskyra: nedelsdami pasirinkite naują slaptažodį per funkciją „Pamiršote slaptažodį?“ ({ $reset_link }) ir skiltyje „Mano paskyra“ peržiūrėkite puslapį „Rodyti mano seansus“.

mail-factors-held-subject = { $site }: visi jūsų paskyros antrieji veiksniai ištrinti
mail-factors-held-body =
    Gerb. { $first_name } { $last_name },

    { $when }, iš adreso { $ip }, visus jūsų paskyros mobiliuosius įrenginius ir žetonus ištrynė („Ištrinti visus mano įrenginius (PANIC)“) asmuo, prisijungęs tik jūsų slaptažodžiu.

    Jūsų saugumo sumetimais vien slaptažodžiu negalima pridėti naujo antrojo veiksnio iki { $until }. Jei tai buvote jūs, pridėkite naują įrenginį ar žetoną po šio laiko.

    Jei tai buvote NE jūs, kažkas žino jūsų slaptažodį. Nedelsdami atidarykite šią nuorodą: ji pašalina jūsų slaptažodį, baigia visus seansus ir atšaukia visų taikomųjų programų prieigą; tada pasirinkite naują slaptažodį per funkciją „Pamiršote slaptažodį?“.

    { $link }

mail-factor-added-with-code-subject = { $site }: prie jūsų paskyros atkūrimo kodu pridėtas antrasis veiksnys
mail-factor-added-with-code-body =
    Gerb. { $first_name } { $last_name },

    { $when } iš adreso { $ip } asmuo, prisijungęs jūsų slaptažodžiu ir vienu iš jūsų atkūrimo kodų, atliko šį pakeitimą: { $what }.

    Jūsų saugumo sumetimais iki { $until } negalima pridėti ar ištrinti antrojo veiksnio, sugeneruoti atkūrimo kodų, pakeisti jūsų el. pašto adreso ar ištrinti jūsų paskyros. Jei tai buvote jūs, nieko daryti nereikia.

    Jei tai buvote NE jūs, kažkas žino jūsų slaptažodį. Nedelsdami atidarykite šią nuorodą: ji pašalina jūsų slaptažodį, baigia visus seansus ir atšaukia visų taikomųjų programų prieigą; tada pasirinkite naują slaptažodį per funkciją „Pamiršote slaptažodį?“.

    { $link }

mail-account-secured-subject = { $site }: jūsų slaptažodis pašalintas ir visi seansai baigti
mail-account-secured-body =
    Gerb. { $first_name } { $last_name },

    { $when }, iš adreso { $ip }, jūsų paskyra buvo apsaugota mūsų atsiųsta nuoroda: slaptažodis pašalintas, visi seansai baigti ir visų taikomųjų programų prieiga atšaukta.

    Pasirinkite naują slaptažodį per funkciją „Pamiršote slaptažodį?“: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: patvirtinkite savo naują e. pašto adresą
mail-confirm-email-change-body =
    Gerb. { $first_name } { $last_name },

    Kad { $new_email } taptų jūsų paskyros { $site } e. pašto adresu, per 24 valandas atidarykite šią nuorodą:

    { $link }

    Nuoroda veikia vieną kartą. Jei to neprašėte, į šį laišką nekreipkite dėmesio.

mail-email-changed-subject = { $site }: jūsų paskyros e. pašto adresas pakeistas
mail-email-changed-body =
    Gerb. { $first_name } { $last_name },

    Jūsų paskyros { $site } e. pašto adresas pakeistas iš { $old_email } į { $new_email }.

    Jei tai buvote ne jūs, nedelsdami kreipkitės į pagalbos tarnybą.

mail-account-deleted-subject = { $site }: jūsų paskyra ištrinta
mail-account-deleted-body = Kaip prašėte, jūsų paskyra { $site } ir visa apie ją saugoma informacija ištrinta.

## Access to applications

mail-access-waiting-subject = { $site }: prieigos prašymas laukia jūsų sprendimo
mail-access-waiting-body =
    Gerb. { $first_name } { $last_name },

    { $requester } prašo { $profiles } organizacijoje { $organisation } ({ $application }).

    Išnagrinėkite jį: { $approvals_link }

mail-access-accepted-subject = { $site }: jūsų prieigos prašymas priimtas
mail-access-accepted-body =
    Gerb. { $first_name } { $last_name },

    Jūsų prieigos prašymas ({ $profiles } organizacijoje { $organisation }, { $application }) priimtas. Dabar galite juo naudodamiesi prisijungti prie taikomosios programos.{ $reason }

    Jūsų prašymai: { $requests_link }

mail-access-rejected-subject = { $site }: jūsų prieigos prašymas atmestas
mail-access-rejected-body =
    Gerb. { $first_name } { $last_name },

    Jūsų prieigos prašymas ({ $profiles } organizacijoje { $organisation }, { $application }) atmestas.{ $reason }

    Jūsų prašymai: { $requests_link }

mail-access-revoked-subject = { $site }: jūsų prieiga atšaukta
mail-access-revoked-body =
    Gerb. { $first_name } { $last_name },

    Jūsų prieiga ({ $profiles } organizacijoje { $organisation }, { $application }) atšaukta; taikomoji programa jos nebegauna.{ $reason }

    Jūsų prašymai: { $requests_link }

mail-access-reason = „{ $reason }“

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: jūsų SMS kodas yra { $code }. Jis galioja { $minutes } minutę.
    [few] { $site }: jūsų SMS kodas yra { $code }. Jis galioja { $minutes } minutes.
   *[other] { $site }: jūsų SMS kodas yra { $code }. Jis galioja { $minutes } minučių.
}
