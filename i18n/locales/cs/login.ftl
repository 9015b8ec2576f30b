# Glossary (cs): sign in = přihlásit se / přihlášení; sign out = odhlásit se / odhlášení;
# account = účet; My account = Můj účet; password = heslo; e-mail address = e-mailová adresa;
# verification method = způsob ověření; second factor = druhý faktor;
# multi-factor authentication = vícefaktorové ověření; mobile app = mobilní aplikace;
# PIN code = kód PIN; QR code = kód QR; SMS = SMS; SMS text challenge = ověřovací kód SMS;
# one-time password = jednorázové heslo; security key = bezpečnostní klíč; passkey = přístupový klíč;
# token = token; recovery code = kód pro obnovení; access request = žádost o přístup;
# access profile = přístupový profil; Coordinator = koordinátor; organisation = organizace;
# healthcare provider = poskytovatel zdravotních služeb; network = síť; panel = panel;
# patient = pacient; consent = souhlas; session = relace; device = zařízení;
# anti-robot check = kontrola proti robotům; "Lost your password?" = „Zapomněli jste heslo?“;
# mail = e-mail (zpráva).

login-too-many-wrong-passwords = { $count ->
    [one] Příliš mnoho chybných hesel. Před dalším pokusem počkejte { $count } sekundu.
    [few] Příliš mnoho chybných hesel. Před dalším pokusem počkejte { $count } sekundy.
   *[other] Příliš mnoho chybných hesel. Před dalším pokusem počkejte { $count } sekund.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Přihlášení
login-heading = Pro pokračování se přihlaste
login-app-requires-authentication = Aplikace { $app } vyžaduje ověření totožnosti
login-email-label = E-mail
login-next = Další
login-or-without-password = Nebo bez hesla:
login-passkey-button = Přihlásit se přístupovým klíčem
login-create-account = Vytvořit účet
login-email-invalid = Zadejte e-mailovou adresu svého účtu, např. name@hospital.eu.
login-welcome-back = Vítejte zpět
login-welcome = Vítejte
login-account-external = (Externí)
login-different-email = Přihlásit se s jinou e-mailovou adresou?
login-password-label = Heslo
login-lost-password = Zapomněli jste heslo?
login-choose-method = Zvolte způsob ověření
login-phone-label = Mobilní telefon
login-phone-hint = Mezinárodní formát včetně předvolby země, např. pro Belgii: +32 123 45 67 89
login-robot-intro = Z vaší sítě se v poslední době mnoho přihlášení nezdařilo, proto váš prohlížeč nejprve vyřeší malou úlohu, aby prokázal, že není robot. Vyžaduje to JavaScript a trvá to několik sekund.
login-submit = Přihlásit se

## Refusals on the password step.

login-wrong-credentials = E-mailová adresa nebo heslo nejsou správné.
login-account-disabled = Tento účet byl deaktivován správcem. Chcete-li jej znovu aktivovat, obraťte se na technickou podporu.
login-account-locked = Po několika chybně zadaných heslech je tento účet uzamčen do { $until }. Poté se odemkne sám; vlastník účtu byl informován e-mailem.
login-robot-check-needed = Z vaší sítě se v poslední době mnoho přihlášení nezdařilo: počkejte, až kontrola proti robotům níže ohlásí dokončení, a poté se znovu přihlaste.

## The verification methods.

login-method-password-title = Heslo
login-method-password-hint = Ověření pouze pomocí hesla.
login-method-sms-title = Mobilní telefon + SMS
login-method-sms-hint = Odeslání textové zprávy na registrované číslo mobilního telefonu pro vícefaktorové ověření.
login-method-app-title = Kód PIN mobilní aplikace
login-method-app-hint = Ověření totožnosti pomocí registrované mobilní aplikace.
login-method-qr-title = Kód QR mobilní aplikace
login-method-qr-hint = Vygenerování jednorázového hesla v mobilní aplikaci.
login-method-token-title = Token
login-method-token-hint = Vygenerování jednorázového hesla pro přihlášení pomocí tokenu nebo ověřovací aplikace.
login-method-webauthn-title = Bezpečnostní klíč nebo důvěryhodná platforma (TPM)
login-method-webauthn-hint = Ověření totožnosti pomocí registrovaného bezpečnostního klíče nebo vestavěného ověřovacího prvku vašeho zařízení.
login-method-recovery-title = Kód pro obnovení
login-method-recovery-hint = Ztratili jste telefon, token nebo klíč? Pomocí kódu pro obnovení se dostanete na stránku Můj účet a přidáte nový způsob ověření.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Váš účet vždy vyžaduje vícefaktorové ověření.
login-verify-app-hint = Potvrďte přihlášení v mobilní aplikaci svým kódem PIN.
login-verify-qr-hint = Naskenujte kód QR mobilní aplikací, která funguje i offline, a zadejte zobrazené jednorázové heslo.
login-verify-token-hint = Zadejte kód z ověřovací aplikace nebo hardwarového tokenu.

## Lines of an account's security history (lower case).

login-history-locked = účet uzamčen po několika chybně zadaných heslech
login-history-new-browser = nové přihlášení z dosud neznámého prohlížeče ({ $browser })
