## Formuläret som anger ett lösenord

password-account = Konto:
password-rules-hint = Minst 10 tecken. Långa lösenfraser av orelaterade ord är lätta att komma ihåg och svåra att gissa; ditt namn, din e-postadress och vanliga lösenord godtas inte.
password-problem = Det finns ett problem
password-new-label = Nytt lösenord
password-confirm-label = Bekräfta nytt lösenord
password-set-submit = Ange mitt lösenord
password-choose-new = Välj ett nytt lösenord
password-new-set-title = Ditt nya lösenord är angivet
password-new-set = För din säkerhet har alla sessioner för ditt konto avslutats. Logga in med ditt nya lösenord.

## "Glömt lösenordet?"

password-lost-title = Glömt lösenordet?
password-lost-intro = Ange e-postadressen till ditt konto. Vi skickar en länk där du kan välja ett nytt lösenord.
password-email-label = E-post
password-lost-submit = Skicka en länk
password-email-invalid = Ange en giltig e-postadress.
password-check-mailbox = Kontrollera din inkorg
password-lost-sent = Om { $email } är adressen till ett konto har vi skickat en länk dit för att välja ett nytt lösenord.
password-lost-link-once = Länken fungerar en gång, i en timme.

## "Byt lösenord" (från Mitt konto)

password-change-title = Byt lösenord
password-change-hint = När du byter lösenord loggas du ut från alla andra webbläsare.
password-current-label = Nuvarande lösenord
password-change-submit = Byt lösenord
password-back-to-account = Tillbaka till Mitt konto
password-not-current = Detta är inte ditt nuvarande lösenord.
password-mismatch = De två lösenorden är inte likadana.

## Lösenordsreglerna

password-too-short = { $count ->
    [one] Ditt lösenord måste ha minst { $count } tecken.
   *[other] Ditt lösenord måste ha minst { $count } tecken.
}
password-too-long = { $count ->
    [one] Ditt lösenord får ha högst { $count } tecken.
   *[other] Ditt lösenord får ha högst { $count } tecken.
}
password-is-email = Ditt lösenord får inte vara din e-postadress.
password-guessable = Det här lösenordet är för vanligt eller lätt att gissa. { $advice }

## Råd om ett lösenord som är lätt att gissa

password-advice-default = Lägg till några fler ovanliga ord.
password-advice-few-words = Använd några ord och undvik vanliga fraser.
password-advice-no-symbols-needed = Symboler, siffror eller versaler behövs inte.
password-advice-another-word = Lägg till ett eller två ord till. Ovanliga ord är bättre.
password-advice-capitals = Versaler hjälper inte särskilt mycket.
password-advice-all-uppercase = Enbart versaler är nästan lika lätt att gissa som enbart gemener.
password-advice-reversed = Baklänges stavade ord är inte mycket svårare att gissa.
password-advice-substitutions = Förutsägbara utbyten som '@' i stället för 'a' hjälper inte särskilt mycket.
password-advice-keyboard = Använd ett längre tangentbordsmönster med fler svängar.
password-advice-repeats = Undvik upprepade ord och tecken.
password-advice-sequences = Undvik sekvenser.
password-advice-recent-years = Undvik år från senare tid.
password-advice-your-years = Undvik årtal som har med dig att göra.
password-advice-your-dates = Undvik datum och årtal som har med dig att göra.

## Rader i kontots säkerhetshistorik (börjar med liten bokstav)

password-history-changed = lösenordet har bytts
password-history-reset = lösenordet har återställts med en länk som skickats via e-post
password-history-secured = kontot har säkrats via länken i e-postmeddelandet: lösenord, säkerhetsnycklar och återställningskoder har tagits bort, alla sessioner har avslutats
