## Een wachtwoord instellen

password-account = Account:
password-rules-hint = Ten minste 10 tekens. Lange wachtzinnen van losse woorden zijn gemakkelijk te onthouden en moeilijk te raden; uw naam, uw e-mailadres en veelgebruikte wachtwoorden worden geweigerd.
password-problem = Er is een probleem
password-new-label = Nieuw wachtwoord
password-confirm-label = Nieuw wachtwoord bevestigen
password-set-submit = Mijn wachtwoord instellen
password-choose-new = Kies een nieuw wachtwoord
password-new-set-title = Uw nieuwe wachtwoord is ingesteld
password-new-set = Voor uw veiligheid zijn alle sessies van uw account beëindigd. Meld u aan met uw nieuwe wachtwoord.

## "Wachtwoord vergeten?"

password-lost-title = Wachtwoord vergeten?
password-lost-intro = Voer het e-mailadres van uw account in. We sturen u een link om een nieuw wachtwoord te kiezen.
password-email-label = E-mail
password-lost-submit = Stuur mij een link
password-email-invalid = Voer een geldig e-mailadres in.
password-check-mailbox = Controleer uw mailbox
password-lost-sent = Als { $email } het adres van een account is, hebben we daarnaar een link gestuurd om een nieuw wachtwoord te kiezen.
password-lost-link-once = De link werkt één keer en is één uur geldig.

## "Wachtwoord wijzigen"

password-change-title = Wachtwoord wijzigen
password-change-hint = Als u uw wachtwoord wijzigt, wordt u in alle andere browsers afgemeld.
password-current-label = Huidig wachtwoord
password-change-submit = Wachtwoord wijzigen
password-back-to-account = Terug naar Mijn account
password-not-current = Dit is niet uw huidige wachtwoord.
password-mismatch = De twee wachtwoorden komen niet overeen.

## De wachtwoordregels

password-too-short = { $count ->
    [one] Uw wachtwoord moet ten minste { $count } teken bevatten.
   *[other] Uw wachtwoord moet ten minste { $count } tekens bevatten.
}
password-too-long = { $count ->
    [one] Uw wachtwoord mag ten hoogste { $count } teken bevatten.
   *[other] Uw wachtwoord mag ten hoogste { $count } tekens bevatten.
}
password-is-email = Uw wachtwoord mag niet uw e-mailadres zijn.
password-guessable = Dit wachtwoord komt te vaak voor of is gemakkelijk te raden. { $advice }

## Advies bij een wachtwoord dat gemakkelijk te raden is

password-advice-default = Voeg nog een paar ongebruikelijke woorden toe.
password-advice-few-words = Gebruik een paar woorden en vermijd gangbare uitdrukkingen.
password-advice-no-symbols-needed = Symbolen, cijfers of hoofdletters zijn niet nodig.
password-advice-another-word = Voeg nog een of twee woorden toe. Ongebruikelijke woorden zijn beter.
password-advice-capitals = Hoofdletters helpen niet veel.
password-advice-all-uppercase = Alleen hoofdletters is bijna even gemakkelijk te raden als alleen kleine letters.
password-advice-reversed = Omgekeerde woorden zijn nauwelijks moeilijker te raden.
password-advice-substitutions = Voorspelbare vervangingen zoals '@' in plaats van 'a' helpen niet veel.
password-advice-keyboard = Gebruik een langer toetsenbordpatroon met meer bochten.
password-advice-repeats = Vermijd herhaalde woorden en tekens.
password-advice-sequences = Vermijd reeksen.
password-advice-recent-years = Vermijd recente jaartallen.
password-advice-your-years = Vermijd jaartallen die met u te maken hebben.
password-advice-your-dates = Vermijd datums en jaartallen die met u te maken hebben.

## Regels van de beveiligingsgeschiedenis

password-history-changed = wachtwoord gewijzigd
password-history-reset = wachtwoord opnieuw ingesteld met een per e-mail verzonden link
password-history-secured = account beveiligd via de per e-mail verzonden link: wachtwoord, beveiligingssleutels en herstelcodes verwijderd, alle sessies beëindigd
