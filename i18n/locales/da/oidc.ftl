## Samtykke: en applikation beder om at bruge kontoen

oidc-consent-title = Tillad { $app }?
oidc-consent-heading = { $app } beder om at bruge din konto
oidc-consent-intro = Hvis du tillader det, modtager { $app }:
oidc-consent-withdraw = Du kan til enhver tid trække dette samtykke tilbage under Min konto.
oidc-consent-allow = Tillad
oidc-consent-deny = Afvis

## Hvad en applikation modtager

oidc-scope-subject = en fast identifikator for din konto (ikke din e-mailadresse)
oidc-scope-profile = dit navn og dit foretrukne sprog
oidc-scope-email = din e-mailadresse
oidc-scope-phone = dit bekræftede mobiltelefonnummer
oidc-scope-offline = adgang, mens du ikke er logget ind (indtil du trækker den tilbage)

## Log ud

oidc-logout-title = Log ud
oidc-logout-asks = { $app } beder om at logge dig ud.
oidc-logout-explain = Når du logger ud, afsluttes din { $site }-session i denne browser, og de applikationer, du har logget ind i med den, får besked.
oidc-logout-submit = Log ud
oidc-logout-request-unusable = Denne anmodning om at logge ud kan ikke bruges
oidc-logout-done-title = Du er logget ud
oidc-logout-not-signed-in = Du er ikke logget ind i denne browser.
oidc-logout-malformed = Anmodningen om at logge ud er ugyldig.
oidc-logout-foreign-token = Anmodningen om at logge ud indeholder et ID-token, som vi ikke har udstedt.
oidc-logout-two-applications = Anmodningen om at logge ud nævner to forskellige applikationer.
oidc-logout-unregistered-address = Applikationen bad om at sende dig til en adresse, den ikke har registreret.

## Siden, der sender svaret tilbage til applikationen

oidc-returning-title = Tilbage til applikationen
oidc-returning-no-script = JavaScript er slået fra: Tryk på knappen for at gå tilbage til applikationen.
oidc-returning-continue = Fortsæt til applikationen

## Loginanmodninger, der ikke kan bruges

oidc-request-unusable = Denne loginanmodning kan ikke bruges
oidc-request-expired-title = Denne loginanmodning er udløbet
oidc-start-again = Gå tilbage til applikationen, og start forfra.
oidc-other-browser-title = Denne loginanmodning blev startet i en anden browser
oidc-other-browser = Af hensyn til din sikkerhed kan et login kun fortsættes i den browser, hvor det blev startet. Gå tilbage til applikationen, og start forfra.
oidc-request-malformed = Loginanmodningen er ugyldig.
oidc-go-to-account = Gå til Min konto
oidc-changed-in-another-tab = Denne loginanmodning blev gennemført eller ændret i en anden fane. Gå tilbage til applikationen, og start forfra.
oidc-unknown-application = Applikationen, der sendte dig hertil, er ikke registreret hos os.
oidc-unregistered-return-address = { $app } sendte dig hertil med en returadresse, som den ikke har registreret, så vi kan ikke sende dig tilbage.
oidc-request-used = Denne loginanmodning er udløbet eller allerede brugt. Gå tilbage til applikationen, og start forfra.
oidc-request-not-accepted = { $app } sendte en loginanmodning, som vi ikke kan acceptere ({ $reason }).
oidc-application-gone = Applikationen er ikke længere registreret.
oidc-other-account = Denne loginanmodning blev startet for en anden konto. Gå tilbage til applikationen, og start forfra.
oidc-already-completed = Denne loginanmodning er allerede gennemført.
