# Glossary (hu): sign in = bejelentkezés / bejelentkezik; sign out = kijelentkezés /
# kijelentkezik; account = fiók; My account = Saját fiók; password = jelszó
# ("Lost your password?" = Elfelejtette a jelszavát?); e-mail address = e-mail-cím;
# verification method = ellenőrzési módszer; second factor = második tényező;
# multi-factor authentication = többtényezős hitelesítés; mobile app = mobilalkalmazás;
# PIN code = PIN-kód; QR code = QR-kód; SMS = SMS (SMS text challenge = SMS-kód);
# one-time password = egyszeri jelszó; token = token; authenticator app = hitelesítő
# alkalmazás; security key = biztonsági kulcs; passkey = azonosítókulcs;
# access request = hozzáférési kérelem; access profile = hozzáférési profil;
# Coordinator = koordinátor; organisation = szervezet; institution = intézmény;
# healthcare provider = egészségügyi szolgáltató; network = hálózat; panel = panel;
# patient = beteg; consent = hozzájárulás; session = munkamenet; device = eszköz;
# recovery code = helyreállítási kód. Formal register (Ön), buttons as verbs/nouns.

login-too-many-wrong-passwords = { $count ->
    [one] Túl sok hibás jelszó. Várjon { $count } másodpercet, mielőtt újra próbálkozik.
   *[other] Túl sok hibás jelszó. Várjon { $count } másodpercet, mielőtt újra próbálkozik.
}

## A bejelentkezési oldalak

login-title = Bejelentkezés
login-heading = A folytatáshoz jelentkezzen be
login-app-requires-authentication = A(z) { $app } alkalmazás hitelesítést kér Öntől
login-email-label = E-mail-cím
login-next = Tovább
login-or-without-password = Vagy jelszó nélkül:
login-passkey-button = Bejelentkezés azonosítókulccsal
login-create-account = Fiók létrehozása
login-email-invalid = Adja meg fiókja e-mail-címét, pl. name@hospital.eu.
login-welcome-back = Üdvözöljük újra
login-welcome = Üdvözöljük
login-account-external = (Külső)
login-different-email = Másik e-mail-címmel jelentkezne be?
login-password-label = Jelszó
login-lost-password = Elfelejtette a jelszavát?
login-choose-method = Válassza ki az ellenőrzési módszert
login-phone-label = Mobiltelefon
login-phone-hint = Nemzetközi formátumban, országkóddal, pl. Belgium esetén: +32 123 45 67 89
login-robot-intro = Az Ön hálózatáról az utóbbi időben sok bejelentkezés sikertelen volt, ezért böngészője először egy kis feladványt old meg annak igazolására, hogy nem robot. Ehhez JavaScript szükséges, és néhány másodpercig tart.
login-submit = Bejelentkezés

## Elutasítások a jelszó lépésénél

login-wrong-credentials = Az e-mail-cím vagy a jelszó nem helyes.
login-account-disabled = Ezt a fiókot egy rendszergazda letiltotta. Az újbóli engedélyezéshez forduljon az ügyfélszolgálathoz.
login-account-locked = Több hibás jelszó után ez a fiók { $until } időpontig zárolva van. A zárolás magától megszűnik; a fiók tulajdonosát e-mailben értesítettük.
login-robot-check-needed = Az Ön hálózatáról az utóbbi időben sok bejelentkezés sikertelen volt: várja meg, amíg az alábbi robotszűrő ellenőrzés befejeződik, majd jelentkezzen be újra.

## Az ellenőrzési módszerek

login-method-password-title = Jelszó
login-method-password-hint = Hitelesítés csak a jelszóval.
login-method-sms-title = Mobiltelefon + SMS
login-method-sms-hint = Szöveges üzenet küldése egy regisztrált mobiltelefonszámra a többtényezős hitelesítéshez.
login-method-app-title = Mobilalkalmazás PIN-kód
login-method-app-hint = Személyazonosságát a regisztrált mobilalkalmazással igazolhatja.
login-method-qr-title = Mobilalkalmazás QR-kód
login-method-qr-hint = Egyszeri jelszó előállítása a mobilalkalmazással.
login-method-token-title = Token
login-method-token-hint = Egyszeri jelszó előállítása a bejelentkezéshez tokennel vagy hitelesítő alkalmazással.
login-method-webauthn-title = Biztonsági kulcs vagy megbízható platform (TPM)
login-method-webauthn-hint = Személyazonosságát regisztrált biztonsági kulcsával vagy eszköze beépített hitelesítőjével igazolhatja.
login-method-recovery-title = Helyreállítási kód
login-method-recovery-hint = Elvesztette telefonját, tokenjét vagy kulcsát? Egy helyreállítási kóddal eljuthat a Saját fiók oldalra, és új ellenőrzési módszert adhat hozzá.

## Második tényező, ha a fiók mindig megköveteli

login-verify-always-mfa = Fiókja mindig megköveteli a többtényezős hitelesítést.
login-verify-app-hint = Erősítse meg a bejelentkezést a mobilalkalmazásban a PIN-kódjával.
login-verify-qr-hint = Olvasson be egy QR-kódot a mobilalkalmazással (internetkapcsolat nélkül is működik), és írja be az általa mutatott egyszeri jelszót.
login-verify-token-hint = Írja be hitelesítő alkalmazása vagy hardvertokenje kódját.

## A fiók biztonsági előzményeinek sorai (kisbetűvel kezdődnek)

login-history-locked = zárolva több hibás jelszó után
login-history-new-browser = új bejelentkezés egy korábban nem látott böngészőből ({ $browser })
