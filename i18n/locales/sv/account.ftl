## Översikten ("Mitt konto")

account-title = Mitt konto
account-name = Namn
account-email = E-post
account-email-language = Språk för e-post
account-signed-in-since = Inloggad sedan
account-sign-out = Logga ut
account-change-password = Byt lösenord
account-access-link = Min åtkomst till applikationer
account-require-mfa = Kräv alltid flerfaktorsautentisering
account-save = Spara
account-consents-heading = Applikationer som du har tillåtit
account-consents-none = Ingen applikation har bett om ditt samtycke ännu.
account-consent-withdraw = Återkalla samtycket för { $name }
account-offline-heading = Applikationer med offlineåtkomst
account-offline-hint = Dessa applikationer kan agera för din räkning medan du inte är inloggad. Om du återkallar åtkomsten upphör den omedelbart; de måste fråga dig igen.
account-offline-none = Ingen applikation har offlineåtkomst.
account-offline-until = (till { $until }, förnyas så länge den används)
account-offline-revoke = Återkalla offlineåtkomsten för { $name }
account-delete = Ta bort mitt konto
account-delete-warning = Detta avslutar alla sessioner och tar bort ditt konto och allt som sparats om det. Det kan inte ångras.
account-password = Lösenord
account-back = Tillbaka till Mitt konto

## Meddelanden på översikten

account-password-changed = Ditt lösenord har bytts. Andra webbläsare har loggats ut.
account-mfa-on = Flerfaktorsautentisering krävs nu alltid för ditt konto.
account-mfa-off = Flerfaktorsautentisering krävs inte längre alltid.
account-mfa-confirm-first = För att ändra detta, bekräfta först med din andra verifieringsmetod (logga in igen med den).
account-delete-wrong-password = Det här är inte ditt lösenord: kontot har inte tagits bort.
account-delete-confirm-first = För att ta bort kontot, bekräfta först med din andra verifieringsmetod (logga in igen med den).
account-deleted-title = Ditt konto har tagits bort
account-deleted-text = Ditt konto och allt som sparats om det har tagits bort.
account-create = Skapa ett konto

## Personuppgifter

account-details-title = Personuppgifter
account-details-first-name = Förnamn
account-details-last-name = Efternamn
account-details-email-heading = Ändra min e-postadress
account-details-email-current = Din e-postadress är { $email }. Vi skickar en länk till den nya adressen; ändringen sker när du öppnar den.
account-details-new-email = Ny e-post
account-details-send-link = Skicka en bekräftelselänk
account-details-saved = Dina personuppgifter har sparats.
account-details-link-sent = Vi har skickat en länk till { $email }. Öppna den för att göra den till din e-postadress.
account-details-email-changed = Din e-postadress är nu { $email }.
account-details-wrong-password = Det här är inte ditt lösenord.
account-details-email-confirm-first = För att ändra din e-postadress, bekräfta först med din andra verifieringsmetod (logga in igen med den).
account-details-link-invalid = Den här länken är ogiltig, har gått ut eller har redan använts.
account-details-name-length = För- och efternamn måste vara 1 till 100 tecken långa.
account-details-choose-language = Välj språk för dina e-postmeddelanden.
account-details-email-invalid = Ange en giltig e-postadress.
account-details-email-same = Det här är redan din e-postadress.
account-details-too-many-mails = För många e-postmeddelanden har begärts. Försök igen om en timme.
account-details-email-taken = Ett annat konto använder nu den här adressen.
account-email-title = Din e-postadress
account-go = Gå till Mitt konto

## Visa mina sessioner

account-sessions-title = Visa mina sessioner
account-sessions-label = Mina sessioner
account-sessions-browser = Webbläsare
account-sessions-address = Adress
account-sessions-signed-in = Inloggad
account-sessions-last-activity = Senaste aktivitet
account-sessions-applications = Applikationer
account-sessions-this-browser = (den här webbläsaren)
account-sessions-no-applications = inga
account-sessions-end = Avsluta sessionen för { $browser } ({ $started })
account-sessions-end-others = Avsluta alla mina andra sessioner
account-session-ended = Sessionen har avslutats.
account-session-already-ended = Den sessionen hade redan avslutats.
account-other-sessions-ended = Alla andra sessioner har avslutats.
account-browser-on-system = { $browser } på { $system }

## Säkerhetshistorik

account-history-title = Säkerhetshistorik
account-history-intro = Alla ändringar av ditt kontos säkerhet, den senaste först. Var och en har också skickats till dig via e-post.
account-history-none = Inget ännu.
account-history-when = När
account-history-what = Vad
account-history-from = Från adress
