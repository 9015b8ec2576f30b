# E-poštna sporočila imetnikom računov in koda SMS, v jeziku računa.
# (Glossary: see login.ftl.)

## Ustvarjanje računa

mail-confirm-registration-subject = { $site }: potrdite svoj e-poštni naslov
mail-confirm-registration-body =
    Spoštovani { $first_name } { $last_name },

    nekdo, verjetno vi, je zahteval ustvarjanje računa v storitvi { $site } s tem e-poštnim naslovom.

    Če želite potrditi naslov in izbrati geslo, v 24 urah odprite to povezavo:

    { $link }

    Povezava deluje enkrat. Če računa niste zahtevali, to sporočilo prezrite: brez povezave se račun ne ustvari.

mail-already-registered-subject = { $site }: račun že imate
mail-already-registered-body =
    Spoštovani { $first_name } { $last_name },

    nekdo, verjetno vi, je zahteval ustvarjanje računa v storitvi { $site } s tem e-poštnim naslovom, vendar račun s tem naslovom že obstaja.

    Za prijavo obiščite { $login_link }
    Če ste pozabili geslo, tam uporabite »Ste pozabili geslo?«: { $reset_link }

    Če tega niste zahtevali vi, to sporočilo prezrite; vaš račun se ni spremenil.

## Gesla

mail-reset-password-subject = { $site }: izberite novo geslo
mail-reset-password-body =
    Spoštovani { $first_name } { $last_name },

    nekdo, verjetno vi, je zahteval izbiro novega gesla za vaš račun v storitvi { $site }.

    Če želite izbrati novo geslo, v eni uri odprite to povezavo:

    { $link }

    Povezava deluje enkrat. Z izbiro novega gesla boste odjavljeni povsod.
    Če tega niste zahtevali vi, to sporočilo prezrite; vaše geslo se ni spremenilo.

mail-password-changed-subject = { $site }: vaše geslo je bilo spremenjeno
mail-password-changed-body =
    Spoštovani { $first_name } { $last_name },

    geslo vašega računa v storitvi { $site } je bilo spremenjeno { $when }.

    Če tega niste storili vi, takoj izberite novo geslo z možnostjo »Ste pozabili geslo?«: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: vaš račun je zaklenjen za { $minutes } minuto
    [two] { $site }: vaš račun je zaklenjen za { $minutes } minuti
    [few] { $site }: vaš račun je zaklenjen za { $minutes } minute
   *[other] { $site }: vaš račun je zaklenjen za { $minutes } minut
}
mail-account-locked-body =
    Spoštovani { $first_name } { $last_name },

    zaradi več napačnih gesel je vaš račun v storitvi { $site } zaklenjen do { $until }. Takrat se odklene samodejno.

    Če teh poskusov niste opravili vi, morda nekdo poskuša uganiti vaše geslo. Novo geslo lahko izberete z možnostjo »Ste pozabili geslo?«: { $reset_link }

## Varnost računa

mail-security-change-subject = { $site }: sprememba varnosti vašega računa
mail-security-change-body =
    Spoštovani { $first_name } { $last_name },

    { $when }, z naslova { $ip }: { $what }.

    Če ste to bili vi, vam ni treba storiti ničesar. Če niste, morda nekdo uporablja vaš račun: takoj izberite novo geslo z možnostjo »Ste pozabili geslo?« ({ $reset_link }) in v Mojem računu preglejte »Prikaz mojih sej«.

mail-factors-held-subject = { $site }: vsi drugi dejavniki vašega računa so bili izbrisani
mail-factors-held-body =
    Spoštovani { $first_name } { $last_name },

    { $when } je z naslova { $ip } nekdo, ki se je prijavil samo z vašim geslom, izbrisal vse mobilne naprave in žetone vašega računa (»Izbriši vse moje naprave (PANIC)«).

    Zaradi vaše varnosti samo z geslom pred { $until } ni mogoče dodati novega drugega dejavnika. Če ste to bili vi, po tem času dodajte novo napravo ali žeton.

    Če to NISTE bili vi, nekdo pozna vaše geslo. Takoj odprite to povezavo: odstrani vaše geslo, konča vse seje in prekliče dostop vseh aplikacij; nato izberite novo geslo z možnostjo »Ste pozabili geslo?«.

    { $link }

mail-factor-added-with-code-subject = { $site }: vašemu računu je bil z obnovitveno kodo dodan drugi dejavnik
mail-factor-added-with-code-body =
    Spoštovani { $first_name } { $last_name },

    Dne { $when } je z naslova { $ip } nekdo, ki se je prijavil z vašim geslom in eno od vaših obnovitvenih kod, naredil to spremembo: { $what }.

    Zaradi vaše varnosti do { $until } ni mogoče dodati ali izbrisati drugega dejavnika, ustvariti obnovitvenih kod, spremeniti vašega e-poštnega naslova ali izbrisati vašega računa. Če ste bili to vi, vam ni treba storiti ničesar.

    Če to NISTE bili vi, nekdo pozna vaše geslo. Takoj odprite to povezavo: odstrani vaše geslo, konča vse seje in prekliče dostop vseh aplikacij; nato izberite novo geslo z možnostjo »Ste pozabili geslo?«.

    { $link }

mail-account-secured-subject = { $site }: vaše geslo je bilo odstranjeno in vse seje končane
mail-account-secured-body =
    Spoštovani { $first_name } { $last_name },

    { $when } je bil z naslova { $ip } vaš račun zavarovan s povezavo, ki smo vam jo poslali: geslo je bilo odstranjeno, vse seje so bile končane in dostop vseh aplikacij je bil preklican.

    Izberite novo geslo z možnostjo »Ste pozabili geslo?«: { $reset_link }

## Osebni podatki

mail-confirm-email-change-subject = { $site }: potrdite svoj novi e-poštni naslov
mail-confirm-email-change-body =
    Spoštovani { $first_name } { $last_name },

    če želite, da { $new_email } postane e-poštni naslov vašega računa v storitvi { $site }, v 24 urah odprite to povezavo:

    { $link }

    Povezava deluje enkrat. Če tega niste zahtevali vi, to sporočilo prezrite.

mail-email-changed-subject = { $site }: e-poštni naslov vašega računa je bil spremenjen
mail-email-changed-body =
    Spoštovani { $first_name } { $last_name },

    e-poštni naslov vašega računa v storitvi { $site } je bil spremenjen iz { $old_email } v { $new_email }.

    Če tega niste storili vi, se takoj obrnite na podporo.

mail-account-deleted-subject = { $site }: vaš račun je bil izbrisan
mail-account-deleted-body = Vaš račun v storitvi { $site } in vsi podatki, shranjeni o njem, so bili izbrisani, kot ste zahtevali.

## Dostop do aplikacij

mail-access-waiting-subject = { $site }: zahteva za dostop čaka na vašo odločitev
mail-access-waiting-body =
    Spoštovani { $first_name } { $last_name },

    { $requester } prosi za { $profiles } pri organizaciji { $organisation } ({ $application }).

    Preglejte jo: { $approvals_link }

mail-access-accepted-subject = { $site }: vaša zahteva za dostop je bila sprejeta
mail-access-accepted-body =
    Spoštovani { $first_name } { $last_name },

    vaša zahteva za dostop – { $profiles } pri organizaciji { $organisation } ({ $application }) – je bila sprejeta. Zdaj se lahko s tem dostopom prijavite v aplikacijo.{ $reason }

    Vaše zahteve: { $requests_link }

mail-access-rejected-subject = { $site }: vaša zahteva za dostop je bila zavrnjena
mail-access-rejected-body =
    Spoštovani { $first_name } { $last_name },

    vaša zahteva za dostop – { $profiles } pri organizaciji { $organisation } ({ $application }) – je bila zavrnjena.{ $reason }

    Vaše zahteve: { $requests_link }

mail-access-revoked-subject = { $site }: vaš dostop je bil preklican
mail-access-revoked-body =
    Spoštovani { $first_name } { $last_name },

    vaš dostop – { $profiles } pri organizaciji { $organisation } ({ $application }) – je bil preklican; aplikacija ga ne prejema več.{ $reason }

    Vaše zahteve: { $requests_link }

mail-access-reason = »{ $reason }«

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: koda SMS je { $code }. Velja { $minutes } minuto.
    [two] { $site }: koda SMS je { $code }. Velja { $minutes } minuti.
    [few] { $site }: koda SMS je { $code }. Velja { $minutes } minute.
   *[other] { $site }: koda SMS je { $code }. Velja { $minutes } minut.
}
