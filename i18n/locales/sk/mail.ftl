# Mails to account holders, and the SMS text challenge (in the account's e-mail language).

## Creating an account

mail-confirm-registration-subject = { $site }: potvrďte svoju e-mailovú adresu
mail-confirm-registration-body =
    Dobrý deň, { $first_name } { $last_name },

    niekto, pravdepodobne vy, požiadal o vytvorenie konta v službe { $site } s touto e-mailovou adresou.

    Ak chcete adresu potvrdiť a zvoliť si heslo, otvorte do 24 hodín tento odkaz:

    { $link }

    Odkaz funguje iba raz. Ak ste o konto nežiadali, tento e-mail ignorujte: bez neho sa žiadne konto nevytvorí.

mail-already-registered-subject = { $site }: konto už máte
mail-already-registered-body =
    Dobrý deň, { $first_name } { $last_name },

    niekto, pravdepodobne vy, požiadal o vytvorenie konta v službe { $site } s touto e-mailovou adresou, ale konto s touto adresou už existuje.

    Ak sa chcete prihlásiť, prejdite na { $login_link }
    Ak ste zabudli heslo, použite tam možnosť „Zabudli ste heslo?“: { $reset_link }

    Ak ste o nič nežiadali, tento e-mail ignorujte; vaše konto sa nezmenilo.

## Passwords

mail-reset-password-subject = { $site }: zvoľte si nové heslo
mail-reset-password-body =
    Dobrý deň, { $first_name } { $last_name },

    niekto, pravdepodobne vy, požiadal o zvolenie nového hesla k vášmu kontu v službe { $site }.

    Ak chcete zvoliť nové heslo, otvorte do jednej hodiny tento odkaz:

    { $link }

    Odkaz funguje iba raz. Zvolením nového hesla sa všade odhlásite.
    Ak ste o nič nežiadali, tento e-mail ignorujte; vaše heslo sa nezmenilo.

mail-password-changed-subject = { $site }: vaše heslo bolo zmenené
mail-password-changed-body =
    Dobrý deň, { $first_name } { $last_name },

    heslo k vášmu kontu v službe { $site } bolo zmenené { $when }.

    Ak ste to neboli vy, okamžite si zvoľte nové heslo pomocou možnosti „Zabudli ste heslo?“: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: vaše konto je zamknuté na { $minutes } minútu
    [few] { $site }: vaše konto je zamknuté na { $minutes } minúty
   *[other] { $site }: vaše konto je zamknuté na { $minutes } minút
}
mail-account-locked-body =
    Dobrý deň, { $first_name } { $last_name },

    po niekoľkých nesprávnych heslách je vaše konto v službe { $site } zamknuté do { $until }. Potom sa odomkne samo.

    Ak tieto pokusy neboli vaše, niekto sa možno snaží uhádnuť vaše heslo. Nové heslo si môžete zvoliť pomocou možnosti „Zabudli ste heslo?“: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: zmena zabezpečenia vášho konta
mail-security-change-body =
    Dobrý deň, { $first_name } { $last_name },

    { $when }, z adresy { $ip }: { $what }.

    Ak ste to boli vy, nemusíte nič robiť. Ak nie, niekto možno používa vaše konto: okamžite si zvoľte nové heslo pomocou možnosti „Zabudli ste heslo?“ ({ $reset_link }) a skontrolujte stránku „Zobraziť moje relácie“ v časti Moje konto.

mail-factors-held-subject = { $site }: všetky druhé faktory vášho konta boli odstránené
mail-factors-held-body =
    Dobrý deň, { $first_name } { $last_name },

    { $when } z adresy { $ip } odstránil niekto, kto sa prihlásil iba vaším heslom, všetky mobilné zariadenia a tokeny vášho konta („Odstrániť všetky moje zariadenia (PANIC)“).

    Z bezpečnostných dôvodov nemožno samotným heslom pridať nový druhý faktor pred { $until }. Ak ste to boli vy, pridajte nové zariadenie alebo token po tomto čase.

    Ak ste to NEBOLI vy, niekto pozná vaše heslo. Okamžite otvorte tento odkaz: odstráni vaše heslo, ukončí všetky relácie a odvolá prístup všetkých aplikácií; potom si zvoľte nové heslo pomocou možnosti „Zabudli ste heslo?“.

    { $link }

mail-factor-added-with-code-subject = { $site }: k vášmu kontu bol kódom na obnovenie pridaný druhý faktor
mail-factor-added-with-code-body =
    Dobrý deň, { $first_name } { $last_name },

    Dňa { $when } z adresy { $ip } vykonal niekto prihlásený vaším heslom a jedným z vašich kódov na obnovenie túto zmenu: { $what }.

    Z bezpečnostných dôvodov nemožno do { $until } pridať ani odstrániť žiadny druhý faktor, vygenerovať kódy na obnovenie, zmeniť vašu e-mailovú adresu ani odstrániť vaše konto. Ak ste to boli vy, nemusíte nič robiť.

    Ak ste to NEBOLI vy, niekto pozná vaše heslo. Okamžite otvorte tento odkaz: odstráni vaše heslo, ukončí všetky relácie a odvolá prístup všetkých aplikácií; potom si zvoľte nové heslo pomocou možnosti „Zabudli ste heslo?“.

    { $link }

mail-account-secured-subject = { $site }: vaše heslo bolo odstránené a všetky relácie ukončené
mail-account-secured-body =
    Dobrý deň, { $first_name } { $last_name },

    { $when } z adresy { $ip } bolo vaše konto zabezpečené pomocou odkazu, ktorý sme vám poslali: heslo bolo odstránené, všetky relácie boli ukončené a prístup všetkých aplikácií bol odvolaný.

    Zvoľte si nové heslo pomocou možnosti „Zabudli ste heslo?“: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: potvrďte svoju novú e-mailovú adresu
mail-confirm-email-change-body =
    Dobrý deň, { $first_name } { $last_name },

    ak chcete, aby { $new_email } bola e-mailovou adresou vášho konta v službe { $site }, otvorte do 24 hodín tento odkaz:

    { $link }

    Odkaz funguje iba raz. Ak ste o nič nežiadali, tento e-mail ignorujte.

mail-email-changed-subject = { $site }: e-mailová adresa vášho konta bola zmenená
mail-email-changed-body =
    Dobrý deň, { $first_name } { $last_name },

    e-mailová adresa vášho konta v službe { $site } bola zmenená z { $old_email } na { $new_email }.

    Ak ste to neboli vy, okamžite kontaktujte podporu.

mail-account-deleted-subject = { $site }: vaše konto bolo vymazané
mail-account-deleted-body = Vaše konto v službe { $site } a všetko, čo sa o ňom uchovávalo, bolo podľa vášho želania vymazané.

## Access to applications

mail-access-waiting-subject = { $site }: žiadosť o prístup čaká na vaše rozhodnutie
mail-access-waiting-body =
    Dobrý deň, { $first_name } { $last_name },

    { $requester } žiada o { $profiles } v organizácii { $organisation } ({ $application }).

    Posúďte žiadosť: { $approvals_link }

mail-access-accepted-subject = { $site }: vaša žiadosť o prístup bola prijatá
mail-access-accepted-body =
    Dobrý deň, { $first_name } { $last_name },

    vaša žiadosť o prístup { $profiles } v organizácii { $organisation } ({ $application }) bola prijatá. Teraz sa s ním môžete prihlásiť do aplikácie.{ $reason }

    Vaše žiadosti: { $requests_link }

mail-access-rejected-subject = { $site }: vaša žiadosť o prístup bola zamietnutá
mail-access-rejected-body =
    Dobrý deň, { $first_name } { $last_name },

    vaša žiadosť o prístup { $profiles } v organizácii { $organisation } ({ $application }) bola zamietnutá.{ $reason }

    Vaše žiadosti: { $requests_link }

mail-access-revoked-subject = { $site }: váš prístup bol odvolaný
mail-access-revoked-body =
    Dobrý deň, { $first_name } { $last_name },

    váš prístup { $profiles } v organizácii { $organisation } ({ $application }) bol odvolaný; aplikácia ho už nedostáva.{ $reason }

    Vaše žiadosti: { $requests_link }

mail-access-reason = „{ $reason }“

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: váš overovací kód SMS je { $code }. Platí { $minutes } minútu.
    [few] { $site }: váš overovací kód SMS je { $code }. Platí { $minutes } minúty.
   *[other] { $site }: váš overovací kód SMS je { $code }. Platí { $minutes } minút.
}
