# E-mails aan accounthouders en de SMS-code, in de taal van e-mails van het account.
# Structuur (aanhef, alinea's, link op een eigen regel, lege regels) zoals in het Engels.

## Een account aanmaken

mail-confirm-registration-subject = { $site }: bevestig uw e-mailadres
mail-confirm-registration-body =
    Geachte { $first_name } { $last_name },

    Iemand, waarschijnlijk u, heeft gevraagd om met dit e-mailadres een account aan te maken bij { $site }.

    Open binnen 24 uur deze link om het adres te bevestigen en uw wachtwoord te kiezen:

    { $link }

    De link werkt één keer. Als u geen account hebt aangevraagd, kunt u deze e-mail negeren: zonder deze link wordt er geen account aangemaakt.

mail-already-registered-subject = { $site }: u hebt al een account
mail-already-registered-body =
    Geachte { $first_name } { $last_name },

    Iemand, waarschijnlijk u, heeft gevraagd om met dit e-mailadres een account aan te maken bij { $site }, maar er bestaat al een account met dit adres.

    Om u aan te melden, gaat u naar { $login_link }
    Als u uw wachtwoord bent vergeten, gebruik daar dan "Wachtwoord vergeten?": { $reset_link }

    Als u dit niet hebt aangevraagd, kunt u deze e-mail negeren; uw account is niet gewijzigd.

## Wachtwoorden

mail-reset-password-subject = { $site }: kies een nieuw wachtwoord
mail-reset-password-body =
    Geachte { $first_name } { $last_name },

    Iemand, waarschijnlijk u, heeft gevraagd om een nieuw wachtwoord te kiezen voor uw account bij { $site }.

    Open binnen een uur deze link om een nieuw wachtwoord te kiezen:

    { $link }

    De link werkt één keer. Als u een nieuw wachtwoord kiest, wordt u overal afgemeld.
    Als u dit niet hebt aangevraagd, kunt u deze e-mail negeren; uw wachtwoord is niet gewijzigd.

mail-password-changed-subject = { $site }: uw wachtwoord is gewijzigd
mail-password-changed-body =
    Geachte { $first_name } { $last_name },

    Het wachtwoord van uw account bij { $site } is gewijzigd op { $when }.

    Als u dit niet hebt gedaan, kies dan onmiddellijk een nieuw wachtwoord via "Wachtwoord vergeten?": { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: uw account is { $minutes } minuut geblokkeerd
   *[other] { $site }: uw account is { $minutes } minuten geblokkeerd
}
mail-account-locked-body =
    Geachte { $first_name } { $last_name },

    Na meerdere onjuiste wachtwoorden is uw account bij { $site } geblokkeerd tot { $until }. Daarna wordt het vanzelf weer vrijgegeven.

    Als deze pogingen niet van u afkomstig waren, probeert iemand misschien uw wachtwoord te raden. U kunt een nieuw wachtwoord kiezen via "Wachtwoord vergeten?": { $reset_link }

## Beveiliging van het account

mail-security-change-subject = { $site }: een wijziging in de beveiliging van uw account
mail-security-change-body =
    Geachte { $first_name } { $last_name },

    Op { $when }, vanaf het adres { $ip }: { $what }.

    Als u dit was, hoeft u niets te doen. Zo niet, dan gebruikt iemand mogelijk uw account: kies onmiddellijk een nieuw wachtwoord via "Wachtwoord vergeten?" ({ $reset_link }) en controleer "Mijn sessies weergeven" in Mijn account.

mail-factors-held-subject = { $site }: alle tweede factoren van uw account zijn verwijderd
mail-factors-held-body =
    Geachte { $first_name } { $last_name },

    Op { $when } zijn vanaf het adres { $ip } alle mobiele apparaten en tokens van uw account verwijderd ("Al mijn apparaten verwijderen (PANIC)") door iemand die zich met alleen uw wachtwoord had aangemeld.

    Voor uw veiligheid kan met alleen uw wachtwoord vóór { $until } geen nieuwe tweede factor worden toegevoegd. Als u dit was, voeg uw nieuwe apparaat of token dan na dat tijdstip toe.

    Als u dit NIET was, kent iemand uw wachtwoord. Open onmiddellijk deze link: daarmee wordt uw wachtwoord verwijderd, worden alle sessies beëindigd en wordt de toegang van alle toepassingen ingetrokken; kies daarna een nieuw wachtwoord via "Wachtwoord vergeten?".

    { $link }

mail-factor-added-with-code-subject = { $site }: met een herstelcode is een tweede factor aan uw account toegevoegd
mail-factor-added-with-code-body =
    Geachte { $first_name } { $last_name },

    Op { $when } heeft iemand die zich met uw wachtwoord en een van uw herstelcodes had aangemeld, vanaf het adres { $ip } deze wijziging aangebracht: { $what }.

    Voor uw veiligheid kan tot { $until } geen tweede factor worden toegevoegd of verwijderd, geen herstelcode worden gegenereerd, uw e-mailadres niet worden gewijzigd en uw account niet worden verwijderd. Was u dit zelf, dan hoeft u niets te doen.

    Als u dit NIET was, kent iemand uw wachtwoord. Open onmiddellijk deze link: daarmee wordt uw wachtwoord verwijderd, worden alle sessies beëindigd en wordt de toegang van alle toepassingen ingetrokken; kies daarna een nieuw wachtwoord via "Wachtwoord vergeten?".

    { $link }

mail-account-secured-subject = { $site }: uw wachtwoord is verwijderd en alle sessies zijn beëindigd
mail-account-secured-body =
    Geachte { $first_name } { $last_name },

    Op { $when } is uw account vanaf het adres { $ip } beveiligd via de link die we u hebben gestuurd: het wachtwoord is verwijderd, alle sessies zijn beëindigd en de toegang van alle toepassingen is ingetrokken.

    Kies een nieuw wachtwoord via "Wachtwoord vergeten?": { $reset_link }

## Persoonsgegevens

mail-confirm-email-change-subject = { $site }: bevestig uw nieuwe e-mailadres
mail-confirm-email-change-body =
    Geachte { $first_name } { $last_name },

    Open binnen 24 uur deze link om { $new_email } het e-mailadres van uw account bij { $site } te maken:

    { $link }

    De link werkt één keer. Als u dit niet hebt aangevraagd, kunt u deze e-mail negeren.

mail-email-changed-subject = { $site }: het e-mailadres van uw account is gewijzigd
mail-email-changed-body =
    Geachte { $first_name } { $last_name },

    Het e-mailadres van uw account bij { $site } is gewijzigd van { $old_email } in { $new_email }.

    Als u dit niet was, neem dan onmiddellijk contact op met de ondersteuning.

mail-account-deleted-subject = { $site }: uw account is verwijderd
mail-account-deleted-body = Uw account bij { $site } en alle gegevens die erover werden bewaard, zijn op uw verzoek verwijderd.

## Toegang tot toepassingen

mail-access-waiting-subject = { $site }: een toegangsaanvraag wacht op uw beslissing
mail-access-waiting-body =
    Geachte { $first_name } { $last_name },

    { $requester } vraagt { $profiles } aan bij { $organisation } ({ $application }).

    Beoordeel de aanvraag: { $approvals_link }

mail-access-accepted-subject = { $site }: uw toegangsaanvraag is geaccepteerd
mail-access-accepted-body =
    Geachte { $first_name } { $last_name },

    Uw toegangsaanvraag voor { $profiles } bij { $organisation } ({ $application }) is geaccepteerd. U kunt zich er nu mee aanmelden bij de toepassing.{ $reason }

    Uw aanvragen: { $requests_link }

mail-access-rejected-subject = { $site }: uw toegangsaanvraag is afgewezen
mail-access-rejected-body =
    Geachte { $first_name } { $last_name },

    Uw toegangsaanvraag voor { $profiles } bij { $organisation } ({ $application }) is afgewezen.{ $reason }

    Uw aanvragen: { $requests_link }

mail-access-revoked-subject = { $site }: uw toegang is ingetrokken
mail-access-revoked-body =
    Geachte { $first_name } { $last_name },

    Uw toegang voor { $profiles } bij { $organisation } ({ $application }) is ingetrokken; de toepassing ontvangt deze niet meer.{ $reason }

    Uw aanvragen: { $requests_link }

mail-access-reason = “{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: uw SMS-code is { $code }. Deze is { $minutes } minuut geldig.
   *[other] { $site }: uw SMS-code is { $code }. Deze is { $minutes } minuten geldig.
}
