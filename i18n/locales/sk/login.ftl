# Glossary (sk): sign in = prihlásiť sa / prihlásenie; sign out = odhlásiť sa / odhlásenie;
# account = konto; My account = Moje konto; password = heslo; e-mail address = e-mailová adresa;
# verification method = spôsob overenia; second factor = druhý faktor;
# multi-factor authentication = viacfaktorové overenie; mobile app = mobilná aplikácia;
# PIN code = kód PIN; QR code = kód QR; SMS = SMS; SMS text challenge = overovací kód SMS;
# one-time password = jednorazové heslo; security key = bezpečnostný kľúč; passkey = prístupový kľúč;
# token = token; recovery code = kód na obnovenie; access request = žiadosť o prístup;
# access profile = prístupový profil; Coordinator = koordinátor; organisation = organizácia;
# healthcare provider = poskytovateľ zdravotnej starostlivosti; network = sieť; panel = panel;
# patient = pacient; consent = súhlas; session = relácia; device = zariadenie;
# anti-robot check = kontrola proti robotom; "Lost your password?" = „Zabudli ste heslo?“;
# mail = e-mail (správa); disabled = deaktivované; locked = zamknuté.

login-too-many-wrong-passwords = { $count ->
    [one] Príliš veľa nesprávnych hesiel. Pred ďalším pokusom počkajte { $count } sekundu.
    [few] Príliš veľa nesprávnych hesiel. Pred ďalším pokusom počkajte { $count } sekundy.
   *[other] Príliš veľa nesprávnych hesiel. Pred ďalším pokusom počkajte { $count } sekúnd.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Prihlásenie
login-heading = Ak chcete pokračovať, prihláste sa
login-app-requires-authentication = Aplikácia { $app } vyžaduje overenie totožnosti
login-email-label = E-mail
login-next = Ďalej
login-or-without-password = Alebo bez hesla:
login-passkey-button = Prihlásiť sa prístupovým kľúčom
login-create-account = Vytvoriť konto
login-email-invalid = Zadajte e-mailovú adresu svojho konta, napr. name@hospital.eu.
login-welcome-back = Vitajte späť
login-welcome = Vitajte
login-account-external = (Externé)
login-different-email = Prihlásiť sa s inou e-mailovou adresou?
login-password-label = Heslo
login-lost-password = Zabudli ste heslo?
login-choose-method = Vyberte spôsob overenia
login-phone-label = Mobilný telefón
login-phone-hint = Medzinárodný formát vrátane predvoľby krajiny, napr. pre Belgicko: +32 123 45 67 89
login-robot-intro = Z vašej siete sa v poslednom čase veľa prihlásení nepodarilo, preto váš prehliadač najprv vyrieši malú úlohu, aby preukázal, že nie je robot. Vyžaduje to JavaScript a trvá to niekoľko sekúnd.
login-submit = Prihlásiť sa

## Refusals on the password step.

login-wrong-credentials = E-mailová adresa alebo heslo nie sú správne.
login-account-disabled = Toto konto deaktivoval administrátor. Ak ho chcete znova aktivovať, obráťte sa na technickú podporu.
login-account-locked = Po niekoľkých nesprávnych heslách je toto konto zamknuté do { $until }. Potom sa odomkne samo; vlastník konta bol informovaný e-mailom.
login-robot-check-needed = Z vašej siete sa v poslednom čase veľa prihlásení nepodarilo: počkajte, kým kontrola proti robotom nižšie ohlási dokončenie, a potom sa znova prihláste.

## The verification methods.

login-method-password-title = Heslo
login-method-password-hint = Overenie iba pomocou hesla.
login-method-sms-title = Mobilný telefón + SMS
login-method-sms-hint = Odoslanie textovej správy na registrované číslo mobilného telefónu na viacfaktorové overenie.
login-method-app-title = Kód PIN mobilnej aplikácie
login-method-app-hint = Overenie totožnosti pomocou registrovanej mobilnej aplikácie.
login-method-qr-title = Kód QR mobilnej aplikácie
login-method-qr-hint = Vygenerovanie jednorazového hesla v mobilnej aplikácii.
login-method-token-title = Token
login-method-token-hint = Vygenerovanie jednorazového hesla na prihlásenie pomocou tokenu alebo overovacej aplikácie.
login-method-webauthn-title = Bezpečnostný kľúč alebo dôveryhodná platforma (TPM)
login-method-webauthn-hint = Overenie totožnosti pomocou registrovaného bezpečnostného kľúča alebo zabudovaného overovacieho prvku vášho zariadenia.
login-method-recovery-title = Kód na obnovenie
login-method-recovery-hint = Stratili ste telefón, token alebo kľúč? Pomocou kódu na obnovenie sa dostanete na stránku Moje konto a pridáte nový spôsob overenia.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Vaše konto vždy vyžaduje viacfaktorové overenie.
login-verify-app-hint = Potvrďte prihlásenie v mobilnej aplikácii svojím kódom PIN.
login-verify-qr-hint = Naskenujte kód QR mobilnou aplikáciou, ktorá funguje aj offline, a zadajte zobrazené jednorazové heslo.
login-verify-token-hint = Zadajte kód z overovacej aplikácie alebo hardvérového tokenu.

## Lines of an account's security history (lower case).

login-history-locked = konto zamknuté po niekoľkých nesprávnych heslách
login-history-new-browser = nové prihlásenie z doteraz neznámeho prehliadača ({ $browser })
