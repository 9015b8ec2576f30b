# Mails to account holders, and the SMS text challenge (in the account's e-mail language).

## Creating an account

mail-confirm-registration-subject = { $site }: potvrďte svou e-mailovou adresu
mail-confirm-registration-body =
    Dobrý den, { $first_name } { $last_name },

    někdo, pravděpodobně vy, požádal o vytvoření účtu ve službě { $site } s touto e-mailovou adresou.

    Chcete-li adresu potvrdit a zvolit si heslo, otevřete do 24 hodin tento odkaz:

    { $link }

    Odkaz funguje jen jednou. Pokud jste o účet nežádali, tento e-mail ignorujte: bez něj se žádný účet nevytvoří.

mail-already-registered-subject = { $site }: účet již máte
mail-already-registered-body =
    Dobrý den, { $first_name } { $last_name },

    někdo, pravděpodobně vy, požádal o vytvoření účtu ve službě { $site } s touto e-mailovou adresou, ale účet s touto adresou již existuje.

    Chcete-li se přihlásit, přejděte na { $login_link }
    Pokud jste zapomněli heslo, použijte tam možnost „Zapomněli jste heslo?“: { $reset_link }

    Pokud jste o nic nežádali, tento e-mail ignorujte; váš účet se nezměnil.

## Passwords

mail-reset-password-subject = { $site }: zvolte si nové heslo
mail-reset-password-body =
    Dobrý den, { $first_name } { $last_name },

    někdo, pravděpodobně vy, požádal o zvolení nového hesla k vašemu účtu ve službě { $site }.

    Chcete-li zvolit nové heslo, otevřete do jedné hodiny tento odkaz:

    { $link }

    Odkaz funguje jen jednou. Zvolením nového hesla budete všude odhlášeni.
    Pokud jste o nic nežádali, tento e-mail ignorujte; vaše heslo se nezměnilo.

mail-password-changed-subject = { $site }: vaše heslo bylo změněno
mail-password-changed-body =
    Dobrý den, { $first_name } { $last_name },

    heslo k vašemu účtu ve službě { $site } bylo změněno { $when }.

    Pokud jste to nebyli vy, okamžitě si zvolte nové heslo pomocí možnosti „Zapomněli jste heslo?“: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: váš účet je uzamčen na { $minutes } minutu
    [few] { $site }: váš účet je uzamčen na { $minutes } minuty
   *[other] { $site }: váš účet je uzamčen na { $minutes } minut
}
mail-account-locked-body =
    Dobrý den, { $first_name } { $last_name },

    po několika chybně zadaných heslech je váš účet ve službě { $site } uzamčen do { $until }. Poté se odemkne sám.

    Pokud tyto pokusy nebyly vaše, někdo se možná snaží uhodnout vaše heslo. Nové heslo si můžete zvolit pomocí možnosti „Zapomněli jste heslo?“: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: změna zabezpečení vašeho účtu
mail-security-change-body =
    Dobrý den, { $first_name } { $last_name },

    { $when }, z adresy { $ip }: { $what }.

    Pokud jste to byli vy, nemusíte nic dělat. Pokud ne, někdo možná používá váš účet: okamžitě si zvolte nové heslo pomocí možnosti „Zapomněli jste heslo?“ ({ $reset_link }) a zkontrolujte stránku „Zobrazit mé relace“ v části Můj účet.

mail-factors-held-subject = { $site }: všechny druhé faktory vašeho účtu byly odstraněny
mail-factors-held-body =
    Dobrý den, { $first_name } { $last_name },

    { $when } z adresy { $ip } odstranil někdo, kdo se přihlásil pouze vaším heslem, všechna mobilní zařízení a tokeny vašeho účtu („Odstranit všechna má zařízení (PANIC)“).

    Z bezpečnostních důvodů nelze samotným heslem přidat nový druhý faktor před { $until }. Pokud jste to byli vy, přidejte nové zařízení nebo token po tomto čase.

    Pokud jste to NEBYLI vy, někdo zná vaše heslo. Okamžitě otevřete tento odkaz: odstraní vaše heslo, ukončí všechny relace a odvolá přístup všech aplikací; poté si zvolte nové heslo pomocí možnosti „Zapomněli jste heslo?“.

    { $link }

mail-factor-added-with-code-subject = { $site }: k vašemu účtu byl kódem pro obnovení přidán druhý faktor
mail-factor-added-with-code-body =
    Dobrý den, { $first_name } { $last_name },

    Dne { $when } z adresy { $ip } provedl někdo přihlášený vaším heslem a jedním z vašich kódů pro obnovení tuto změnu: { $what }.

    Z bezpečnostních důvodů nelze do { $until } přidat ani odstranit žádný druhý faktor, vygenerovat kódy pro obnovení, změnit vaši e-mailovou adresu ani odstranit váš účet. Pokud jste to byli vy, nemusíte nic dělat.

    Pokud jste to NEBYLI vy, někdo zná vaše heslo. Okamžitě otevřete tento odkaz: odstraní vaše heslo, ukončí všechny relace a odvolá přístup všech aplikací; poté si zvolte nové heslo pomocí možnosti „Zapomněli jste heslo?“.

    { $link }

mail-account-secured-subject = { $site }: vaše heslo bylo odstraněno a všechny relace ukončeny
mail-account-secured-body =
    Dobrý den, { $first_name } { $last_name },

    { $when } z adresy { $ip } byl váš účet zabezpečen pomocí odkazu, který jsme vám poslali: heslo bylo odstraněno, všechny relace byly ukončeny a přístup všech aplikací byl odvolán.

    Zvolte si nové heslo pomocí možnosti „Zapomněli jste heslo?“: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: potvrďte svou novou e-mailovou adresu
mail-confirm-email-change-body =
    Dobrý den, { $first_name } { $last_name },

    chcete-li, aby { $new_email } byla e-mailovou adresou vašeho účtu ve službě { $site }, otevřete do 24 hodin tento odkaz:

    { $link }

    Odkaz funguje jen jednou. Pokud jste o nic nežádali, tento e-mail ignorujte.

mail-email-changed-subject = { $site }: e-mailová adresa vašeho účtu byla změněna
mail-email-changed-body =
    Dobrý den, { $first_name } { $last_name },

    e-mailová adresa vašeho účtu ve službě { $site } byla změněna z { $old_email } na { $new_email }.

    Pokud jste to nebyli vy, okamžitě kontaktujte podporu.

mail-account-deleted-subject = { $site }: váš účet byl smazán
mail-account-deleted-body = Váš účet ve službě { $site } a vše, co bylo o něm uchováváno, bylo podle vašeho přání smazáno.

## Access to applications

mail-access-waiting-subject = { $site }: žádost o přístup čeká na vaše rozhodnutí
mail-access-waiting-body =
    Dobrý den, { $first_name } { $last_name },

    { $requester } žádá o { $profiles } v organizaci { $organisation } ({ $application }).

    Posuďte žádost: { $approvals_link }

mail-access-accepted-subject = { $site }: vaše žádost o přístup byla přijata
mail-access-accepted-body =
    Dobrý den, { $first_name } { $last_name },

    vaše žádost o přístup { $profiles } v organizaci { $organisation } ({ $application }) byla přijata. Nyní se s ním můžete přihlásit do aplikace.{ $reason }

    Vaše žádosti: { $requests_link }

mail-access-rejected-subject = { $site }: vaše žádost o přístup byla zamítnuta
mail-access-rejected-body =
    Dobrý den, { $first_name } { $last_name },

    vaše žádost o přístup { $profiles } v organizaci { $organisation } ({ $application }) byla zamítnuta.{ $reason }

    Vaše žádosti: { $requests_link }

mail-access-revoked-subject = { $site }: váš přístup byl odvolán
mail-access-revoked-body =
    Dobrý den, { $first_name } { $last_name },

    váš přístup { $profiles } v organizaci { $organisation } ({ $application }) byl odvolán; aplikace jej již nedostává.{ $reason }

    Vaše žádosti: { $requests_link }

mail-access-reason = „{ $reason }“

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: váš ověřovací kód SMS je { $code }. Platí { $minutes } minutu.
    [few] { $site }: váš ověřovací kód SMS je { $code }. Platí { $minutes } minuty.
   *[other] { $site }: váš ověřovací kód SMS je { $code }. Platí { $minutes } minut.
}
