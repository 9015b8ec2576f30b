# Mails to account holders, and the SMS text challenge, in the account's e-mail language.

## Creating an account

mail-confirm-registration-subject = { $site }: apstipriniet savu e-pasta adresi
mail-confirm-registration-body =
    Labdien, { $first_name } { $last_name }!

    Kāds, iespējams, jūs, lūdza izveidot kontu vietnē { $site } ar šo e-pasta adresi.

    Lai apstiprinātu adresi un izvēlētos paroli, 24 stundu laikā atveriet šo saiti:

    { $link }

    Saite darbojas vienu reizi. Ja jūs nepieprasījāt kontu, neņemiet vērā šo e-pasta ziņojumu: bez tā konts netiek izveidots.

mail-already-registered-subject = { $site }: jums jau ir konts
mail-already-registered-body =
    Labdien, { $first_name } { $last_name }!

    Kāds, iespējams, jūs, lūdza izveidot kontu vietnē { $site } ar šo e-pasta adresi, bet konts ar šo adresi jau pastāv.

    Lai pierakstītos, atveriet { $login_link }
    Ja aizmirsāt paroli, izmantojiet tur iespēju “Aizmirsāt paroli?”: { $reset_link }

    Ja jūs to nepieprasījāt, neņemiet vērā šo e-pasta ziņojumu; jūsu konts nav mainīts.

## Passwords

mail-reset-password-subject = { $site }: izvēlieties jaunu paroli
mail-reset-password-body =
    Labdien, { $first_name } { $last_name }!

    Kāds, iespējams, jūs, lūdza izvēlēties jaunu paroli jūsu kontam vietnē { $site }.

    Lai izvēlētos jaunu paroli, vienas stundas laikā atveriet šo saiti:

    { $link }

    Saite darbojas vienu reizi. Izvēloties jaunu paroli, pierakstīšanās visur tiek beigta.
    Ja jūs to nepieprasījāt, neņemiet vērā šo e-pasta ziņojumu; jūsu parole nav mainīta.

mail-password-changed-subject = { $site }: jūsu parole tika nomainīta
mail-password-changed-body =
    Labdien, { $first_name } { $last_name }!

    Jūsu konta parole vietnē { $site } tika nomainīta { $when }.

    Ja to neizdarījāt jūs, nekavējoties izvēlieties jaunu paroli, izmantojot iespēju “Aizmirsāt paroli?”: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [zero] { $site }: jūsu konts ir bloķēts uz { $minutes } minūtēm
    [one] { $site }: jūsu konts ir bloķēts uz { $minutes } minūti
   *[other] { $site }: jūsu konts ir bloķēts uz { $minutes } minūtēm
}
mail-account-locked-body =
    Labdien, { $first_name } { $last_name }!

    Pēc vairākām nepareizi ievadītām parolēm jūsu konts vietnē { $site } ir bloķēts līdz { $until }. Tad tas tiks atbloķēts automātiski.

    Ja šie mēģinājumi nebija jūsu, iespējams, kāds mēģina uzminēt jūsu paroli. Jūs varat izvēlēties jaunu paroli, izmantojot iespēju “Aizmirsāt paroli?”: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: izmaiņas jūsu konta drošībā
mail-security-change-body =
    Labdien, { $first_name } { $last_name }!

    { $when } no adreses { $ip }: { $what }.

    Ja tas bijāt jūs, nekas nav jādara. Ja ne, iespējams, kāds izmanto jūsu kontu: nekavējoties izvēlieties jaunu paroli, izmantojot iespēju “Aizmirsāt paroli?” ({ $reset_link }), un sadaļā “Mans konts” pārskatiet lapu “Parādīt manas sesijas”.

mail-factors-held-subject = { $site }: visi jūsu konta otrie faktori tika dzēsti
mail-factors-held-body =
    Labdien, { $first_name } { $last_name }!

    { $when } no adreses { $ip } visas jūsu konta mobilās ierīces un marķierus dzēsa (“Dzēst visas manas ierīces (PANIC)”) kāds, kurš pierakstījās tikai ar jūsu paroli.

    Jūsu drošībai ar paroli vien nevar pievienot jaunu otro faktoru līdz { $until }. Ja tas bijāt jūs, pēc šī laika pievienojiet jauno ierīci vai marķieri.

    Ja tas NEBIJĀT jūs, kādam ir zināma jūsu parole. Nekavējoties atveriet šo saiti: tā noņem jūsu paroli, beidz visas sesijas un atsauc visu lietotņu piekļuvi; pēc tam izvēlieties jaunu paroli, izmantojot iespēju “Aizmirsāt paroli?”.

    { $link }

mail-factor-added-with-code-subject = { $site }: jūsu kontam ar atkopšanas kodu tika pievienots otrais faktors
mail-factor-added-with-code-body =
    Labdien, { $first_name } { $last_name }!

    { $when } no adreses { $ip } kāds, kurš pieteicās ar jūsu paroli un vienu no jūsu atkopšanas kodiem, veica šo izmaiņu: { $what }.

    Jūsu drošībai līdz { $until } nevar pievienot vai dzēst otro faktoru, ģenerēt atkopšanas kodus, mainīt jūsu e-pasta adresi vai dzēst jūsu kontu. Ja tas bijāt jūs, nekas nav jādara.

    Ja tas NEBIJĀT jūs, kādam ir zināma jūsu parole. Nekavējoties atveriet šo saiti: tā noņem jūsu paroli, beidz visas sesijas un atsauc visu lietotņu piekļuvi; pēc tam izvēlieties jaunu paroli, izmantojot iespēju “Aizmirsāt paroli?”.

    { $link }

mail-account-secured-subject = { $site }: jūsu parole tika noņemta un visas sesijas beigtas
mail-account-secured-body =
    Labdien, { $first_name } { $last_name }!

    { $when } no adreses { $ip } jūsu konts tika aizsargāts, izmantojot mūsu nosūtīto saiti: parole tika noņemta, visas sesijas tika beigtas, un visu lietotņu piekļuve tika atsaukta.

    Izvēlieties jaunu paroli, izmantojot iespēju “Aizmirsāt paroli?”: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: apstipriniet savu jauno e-pasta adresi
mail-confirm-email-change-body =
    Labdien, { $first_name } { $last_name }!

    Lai { $new_email } kļūtu par jūsu konta e-pasta adresi vietnē { $site }, 24 stundu laikā atveriet šo saiti:

    { $link }

    Saite darbojas vienu reizi. Ja jūs to nepieprasījāt, neņemiet vērā šo e-pasta ziņojumu.

mail-email-changed-subject = { $site }: jūsu konta e-pasta adrese tika mainīta
mail-email-changed-body =
    Labdien, { $first_name } { $last_name }!

    Jūsu konta e-pasta adrese vietnē { $site } tika mainīta no { $old_email } uz { $new_email }.

    Ja to neizdarījāt jūs, nekavējoties sazinieties ar atbalsta dienestu.

mail-account-deleted-subject = { $site }: jūsu konts tika dzēsts
mail-account-deleted-body = Jūsu konts vietnē { $site } un viss, kas par to tika glabāts, ir dzēsts, kā jūs lūdzāt.

## Access to applications

mail-access-waiting-subject = { $site }: piekļuves pieprasījums gaida jūsu lēmumu
mail-access-waiting-body =
    Labdien, { $first_name } { $last_name }!

    { $requester } pieprasa { $profiles } organizācijā { $organisation } ({ $application }).

    Izskatiet to: { $approvals_link }

mail-access-accepted-subject = { $site }: jūsu piekļuves pieprasījums tika pieņemts
mail-access-accepted-body =
    Labdien, { $first_name } { $last_name }!

    Jūsu piekļuves pieprasījums { $profiles } organizācijā { $organisation } ({ $application }) ir pieņemts. Tagad varat ar to pierakstīties lietotnē.{ $reason }

    Jūsu pieprasījumi: { $requests_link }

mail-access-rejected-subject = { $site }: jūsu piekļuves pieprasījums tika noraidīts
mail-access-rejected-body =
    Labdien, { $first_name } { $last_name }!

    Jūsu piekļuves pieprasījums { $profiles } organizācijā { $organisation } ({ $application }) ir noraidīts.{ $reason }

    Jūsu pieprasījumi: { $requests_link }

mail-access-revoked-subject = { $site }: jūsu piekļuve tika atsaukta
mail-access-revoked-body =
    Labdien, { $first_name } { $last_name }!

    Jūsu piekļuve { $profiles } organizācijā { $organisation } ({ $application }) ir atsaukta; lietotne to vairs nesaņem.{ $reason }

    Jūsu pieprasījumi: { $requests_link }

mail-access-reason = “{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [zero] { $site }: jūsu SMS kods ir { $code }. Tas ir derīgs { $minutes } minūtes.
    [one] { $site }: jūsu SMS kods ir { $code }. Tas ir derīgs { $minutes } minūti.
   *[other] { $site }: jūsu SMS kods ir { $code }. Tas ir derīgs { $minutes } minūtes.
}
