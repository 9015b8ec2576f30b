# E-postmeddelanden till kontoinnehavare och SMS-koden, på kontots språk för e-post.

## Skapa ett konto

mail-confirm-registration-subject = { $site }: bekräfta din e-postadress
mail-confirm-registration-body =
    Hej { $first_name } { $last_name },

    Någon, troligen du, har begärt att skapa ett konto på { $site } med den här e-postadressen.

    För att bekräfta adressen och välja ditt lösenord, öppna den här länken inom 24 timmar:

    { $link }

    Länken fungerar en gång. Om du inte har begärt något konto kan du bortse från det här meddelandet: inget konto skapas utan den.

mail-already-registered-subject = { $site }: du har redan ett konto
mail-already-registered-body =
    Hej { $first_name } { $last_name },

    Någon, troligen du, har begärt att skapa ett konto på { $site } med den här e-postadressen, men det finns redan ett konto med den här adressen.

    Logga in här: { $login_link }
    Om du har glömt ditt lösenord, använd ”Glömt lösenordet?” där: { $reset_link }

    Om du inte har begärt detta kan du bortse från det här meddelandet; ditt konto har inte ändrats.

## Lösenord

mail-reset-password-subject = { $site }: välj ett nytt lösenord
mail-reset-password-body =
    Hej { $first_name } { $last_name },

    Någon, troligen du, har begärt att välja ett nytt lösenord för ditt konto på { $site }.

    För att välja ett nytt lösenord, öppna den här länken inom en timme:

    { $link }

    Länken fungerar en gång. När du väljer ett nytt lösenord loggas du ut överallt.
    Om du inte har begärt detta kan du bortse från det här meddelandet; ditt lösenord har inte ändrats.

mail-password-changed-subject = { $site }: ditt lösenord har bytts
mail-password-changed-body =
    Hej { $first_name } { $last_name },

    Lösenordet för ditt konto på { $site } byttes { $when }.

    Om det inte var du, välj genast ett nytt lösenord med ”Glömt lösenordet?”: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: ditt konto är låst i { $minutes } minut
   *[other] { $site }: ditt konto är låst i { $minutes } minuter
}
mail-account-locked-body =
    Hej { $first_name } { $last_name },

    Efter flera felaktiga lösenord är ditt konto på { $site } låst till { $until }. Det låses då upp automatiskt.

    Om det inte var du som gjorde dessa försök kan någon försöka gissa ditt lösenord. Du kan välja ett nytt med ”Glömt lösenordet?”: { $reset_link }

## Kontots säkerhet

mail-security-change-subject = { $site }: en ändring av ditt kontos säkerhet
mail-security-change-body =
    Hej { $first_name } { $last_name },

    { $when }, från adressen { $ip }: { $what }.

    Om det var du behöver du inte göra något. Om det inte var du kan någon använda ditt konto: välj genast ett nytt lösenord med ”Glömt lösenordet?” ({ $reset_link }) och kontrollera ”Visa mina sessioner” i Mitt konto.

mail-factors-held-subject = { $site }: alla andra faktorer för ditt konto har tagits bort
mail-factors-held-body =
    Hej { $first_name } { $last_name },

    { $when }, från adressen { $ip }, togs alla mobila enheter och token för ditt konto bort (”Ta bort alla mina enheter (PANIC)”) av någon som loggade in med enbart ditt lösenord.

    För din säkerhet kan enbart ditt lösenord inte lägga till en ny andra faktor före { $until }. Om det var du, lägg till din nya enhet eller token efter den tidpunkten.

    Om det INTE var du känner någon till ditt lösenord. Öppna genast den här länken: den tar bort ditt lösenord, avslutar alla sessioner och återkallar alla applikationers åtkomst; välj sedan ett nytt lösenord med ”Glömt lösenordet?”.

    { $link }

mail-factor-added-with-code-subject = { $site }: en andra faktor lades till ditt konto med en återställningskod
mail-factor-added-with-code-body =
    Hej { $first_name } { $last_name },

    Den { $when } gjorde någon som loggat in med ditt lösenord och en av dina återställningskoder den här ändringen från adressen { $ip }: { $what }.

    För din säkerhet kan ingen andra faktor läggas till eller tas bort, inga återställningskoder skapas, din e-postadress inte ändras och ditt konto inte tas bort förrän { $until }. Om det var du behöver du inte göra något.

    Om det INTE var du känner någon till ditt lösenord. Öppna genast den här länken: den tar bort ditt lösenord, avslutar alla sessioner och återkallar alla applikationers åtkomst; välj sedan ett nytt lösenord med ”Glömt lösenordet?”.

    { $link }

mail-account-secured-subject = { $site }: ditt lösenord har tagits bort och alla sessioner har avslutats
mail-account-secured-body =
    Hej { $first_name } { $last_name },

    { $when }, från adressen { $ip }, säkrades ditt konto via länken som vi skickade dig: lösenordet togs bort, alla sessioner avslutades och alla applikationers åtkomst återkallades.

    Välj ett nytt lösenord med ”Glömt lösenordet?”: { $reset_link }

## Personuppgifter

mail-confirm-email-change-subject = { $site }: bekräfta din nya e-postadress
mail-confirm-email-change-body =
    Hej { $first_name } { $last_name },

    För att göra { $new_email } till e-postadressen för ditt konto på { $site }, öppna den här länken inom 24 timmar:

    { $link }

    Länken fungerar en gång. Om du inte har begärt detta kan du bortse från det här meddelandet.

mail-email-changed-subject = { $site }: e-postadressen för ditt konto har ändrats
mail-email-changed-body =
    Hej { $first_name } { $last_name },

    E-postadressen för ditt konto på { $site } har ändrats från { $old_email } till { $new_email }.

    Om det inte var du, kontakta genast supporten.

mail-account-deleted-subject = { $site }: ditt konto har tagits bort
mail-account-deleted-body = Ditt konto på { $site } och allt som sparats om det har tagits bort, enligt din begäran.

## Åtkomst till applikationer

mail-access-waiting-subject = { $site }: en åtkomstbegäran väntar på ditt beslut
mail-access-waiting-body =
    Hej { $first_name } { $last_name },

    { $requester } begär { $profiles } vid { $organisation } ({ $application }).

    Granska den: { $approvals_link }

mail-access-accepted-subject = { $site }: din åtkomstbegäran har godkänts
mail-access-accepted-body =
    Hej { $first_name } { $last_name },

    Din åtkomstbegäran för { $profiles } vid { $organisation } ({ $application }) har godkänts. Du kan nu logga in i applikationen med den.{ $reason }

    Dina begäranden: { $requests_link }

mail-access-rejected-subject = { $site }: din åtkomstbegäran har avslagits
mail-access-rejected-body =
    Hej { $first_name } { $last_name },

    Din åtkomstbegäran för { $profiles } vid { $organisation } ({ $application }) har avslagits.{ $reason }

    Dina begäranden: { $requests_link }

mail-access-revoked-subject = { $site }: din åtkomst har återkallats
mail-access-revoked-body =
    Hej { $first_name } { $last_name },

    Din åtkomst för { $profiles } vid { $organisation } ({ $application }) har återkallats; applikationen får den inte längre.{ $reason }

    Dina begäranden: { $requests_link }

mail-access-reason = ”{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: din SMS-kod är { $code }. Den gäller i { $minutes } minut.
   *[other] { $site }: din SMS-kod är { $code }. Den gäller i { $minutes } minuter.
}
