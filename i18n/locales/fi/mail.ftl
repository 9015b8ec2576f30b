# Sähköpostiviestit tilien haltijoille ja SMS-koodi, tilin sähköpostikielellä.

## Tilin luominen

mail-confirm-registration-subject = { $site }: vahvista sähköpostiosoitteesi
mail-confirm-registration-body =
    Hyvä { $first_name } { $last_name },

    Joku, luultavasti sinä, pyysi luomaan palveluun { $site } tilin tällä sähköpostiosoitteella.

    Vahvista osoite ja valitse salasanasi avaamalla tämä linkki 24 tunnin kuluessa:

    { $link }

    Linkki toimii kerran. Jos et pyytänyt tiliä, voit jättää tämän viestin huomiotta: tiliä ei luoda ilman linkkiä.

mail-already-registered-subject = { $site }: sinulla on jo tili
mail-already-registered-body =
    Hyvä { $first_name } { $last_name },

    Joku, luultavasti sinä, pyysi luomaan palveluun { $site } tilin tällä sähköpostiosoitteella, mutta tällä osoitteella on jo tili.

    Kirjaudu sisään osoitteessa { $login_link }
    Jos olet unohtanut salasanasi, käytä siellä toimintoa ”Unohditko salasanasi?”: { $reset_link }

    Jos et pyytänyt tätä, voit jättää tämän viestin huomiotta; tiliisi ei ole tehty muutoksia.

## Salasanat

mail-reset-password-subject = { $site }: valitse uusi salasana
mail-reset-password-body =
    Hyvä { $first_name } { $last_name },

    Joku, luultavasti sinä, pyysi uuden salasanan valitsemista palvelun { $site } tilillesi.

    Valitse uusi salasana avaamalla tämä linkki tunnin kuluessa:

    { $link }

    Linkki toimii kerran. Kun valitset uuden salasanan, sinut kirjataan ulos kaikkialta.
    Jos et pyytänyt tätä, voit jättää tämän viestin huomiotta; salasanaasi ei ole muutettu.

mail-password-changed-subject = { $site }: salasanasi vaihdettiin
mail-password-changed-body =
    Hyvä { $first_name } { $last_name },

    Palvelun { $site } tilisi salasana vaihdettiin { $when }.

    Jos et tehnyt tätä itse, valitse heti uusi salasana toiminnolla ”Unohditko salasanasi?”: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: tilisi on lukittu { $minutes } minuutiksi
   *[other] { $site }: tilisi on lukittu { $minutes } minuutiksi
}
mail-account-locked-body =
    Hyvä { $first_name } { $last_name },

    Palvelun { $site } tilisi on lukittu useiden väärien salasanojen jälkeen { $until } asti. Lukitus poistuu silloin itsestään.

    Jos nämä yritykset eivät olleet sinun, joku saattaa yrittää arvata salasanaasi. Voit valita uuden salasanan toiminnolla ”Unohditko salasanasi?”: { $reset_link }

## Tilin tietoturva

mail-security-change-subject = { $site }: tilisi tietoturvaan tehtiin muutos
mail-security-change-body =
    Hyvä { $first_name } { $last_name },

    { $when }, osoitteesta { $ip }: { $what }.

    Jos tämä olit sinä, mitään ei tarvitse tehdä. Jos et, joku saattaa käyttää tiliäsi: valitse heti uusi salasana toiminnolla ”Unohditko salasanasi?” ({ $reset_link }) ja tarkista ”Näytä istuntoni” Oma tili -sivulla.

mail-factors-held-subject = { $site }: tilisi kaikki toiset tunnistautumistekijät poistettiin
mail-factors-held-body =
    Hyvä { $first_name } { $last_name },

    { $when } osoitteesta { $ip } tilisi kaikki mobiililaitteet ja tokenit poisti (”Poista kaikki laitteeni (PANIC)”) joku, joka kirjautui pelkällä salasanallasi.

    Turvallisuutesi vuoksi pelkällä salasanallasi ei voi lisätä uutta toista tunnistautumistekijää ennen ajankohtaa { $until }. Jos se olit sinä, lisää uusi laitteesi tai tokenisi sen jälkeen.

    Jos se EI ollut sinä, joku tietää salasanasi. Avaa heti tämä linkki: se poistaa salasanasi, päättää kaikki istunnot ja peruuttaa kaikkien sovellusten käyttöoikeudet. Valitse sen jälkeen uusi salasana toiminnolla ”Unohditko salasanasi?”.

    { $link }

mail-factor-added-with-code-subject = { $site }: tiliisi lisättiin toinen tunnistautumistekijä palautuskoodilla
mail-factor-added-with-code-body =
    Hyvä { $first_name } { $last_name },

    { $when } joku, joka kirjautui salasanallasi ja yhdellä palautuskoodeistasi, teki osoitteesta { $ip } tämän muutoksen: { $what }.

    Turvallisuutesi vuoksi { $until } asti toista tunnistautumistekijää ei voi lisätä eikä poistaa, palautuskoodeja ei voi luoda, sähköpostiosoitettasi ei voi vaihtaa eikä tiliäsi poistaa. Jos se olit sinä, sinun ei tarvitse tehdä mitään.

    Jos se EI ollut sinä, joku tietää salasanasi. Avaa heti tämä linkki: se poistaa salasanasi, päättää kaikki istunnot ja peruuttaa kaikkien sovellusten käyttöoikeudet. Valitse sen jälkeen uusi salasana toiminnolla ”Unohditko salasanasi?”.

    { $link }

mail-account-secured-subject = { $site }: salasanasi poistettiin ja kaikki istunnot päätettiin
mail-account-secured-body =
    Hyvä { $first_name } { $last_name },

    { $when } osoitteesta { $ip } tilisi suojattiin lähettämällämme linkillä: salasana poistettiin, kaikki istunnot päätettiin ja kaikkien sovellusten käyttöoikeudet peruutettiin.

    Valitse uusi salasana toiminnolla ”Unohditko salasanasi?”: { $reset_link }

## Henkilötiedot

mail-confirm-email-change-subject = { $site }: vahvista uusi sähköpostiosoitteesi
mail-confirm-email-change-body =
    Hyvä { $first_name } { $last_name },

    Jos haluat, että { $new_email } on palvelun { $site } tilisi sähköpostiosoite, avaa tämä linkki 24 tunnin kuluessa:

    { $link }

    Linkki toimii kerran. Jos et pyytänyt tätä, voit jättää tämän viestin huomiotta.

mail-email-changed-subject = { $site }: tilisi sähköpostiosoite vaihdettiin
mail-email-changed-body =
    Hyvä { $first_name } { $last_name },

    Palvelun { $site } tilisi sähköpostiosoite vaihdettiin. Vanha osoite: { $old_email }, uusi osoite: { $new_email }.

    Jos et tehnyt tätä itse, ota heti yhteyttä tukeen.

mail-account-deleted-subject = { $site }: tilisi poistettiin
mail-account-deleted-body = Palvelun { $site } tilisi ja kaikki siitä säilytetyt tiedot on poistettu pyyntösi mukaisesti.

## Sovellusten käyttöoikeudet

mail-access-waiting-subject = { $site }: käyttöoikeuspyyntö odottaa päätöstäsi
mail-access-waiting-body =
    Hyvä { $first_name } { $last_name },

    { $requester } pyytää profiilia { $profiles } organisaatiossa { $organisation } ({ $application }).

    Käsittele pyyntö: { $approvals_link }

mail-access-accepted-subject = { $site }: käyttöoikeuspyyntösi hyväksyttiin
mail-access-accepted-body =
    Hyvä { $first_name } { $last_name },

    Käyttöoikeuspyyntösi (profiili { $profiles } organisaatiossa { $organisation }, { $application }) on hyväksytty. Voit nyt kirjautua sovellukseen sen avulla.{ $reason }

    Pyyntösi: { $requests_link }

mail-access-rejected-subject = { $site }: käyttöoikeuspyyntösi hylättiin
mail-access-rejected-body =
    Hyvä { $first_name } { $last_name },

    Käyttöoikeuspyyntösi (profiili { $profiles } organisaatiossa { $organisation }, { $application }) on hylätty.{ $reason }

    Pyyntösi: { $requests_link }

mail-access-revoked-subject = { $site }: käyttöoikeutesi peruutettiin
mail-access-revoked-body =
    Hyvä { $first_name } { $last_name },

    Käyttöoikeutesi (profiili { $profiles } organisaatiossa { $organisation }, { $application }) on peruutettu; sovellus ei enää saa sitä.{ $reason }

    Pyyntösi: { $requests_link }

mail-access-reason = ”{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: SMS-koodisi on { $code }. Se on voimassa { $minutes } minuutin.
   *[other] { $site }: SMS-koodisi on { $code }. Se on voimassa { $minutes } minuutin.
}
