# Ellenőrzési módszerek (második tényezők): kezelésük a Saját fiók oldalon, és mindegyik
# bejelentkezési lépése. A módszerek neve az EU Login magyar elnevezéseit követi.

## Több oldalon közös

factors-sign-in = Bejelentkezés
factors-confirm = Megerősítés
factors-try-again = Próbálja újra
factors-please-try-again = Kérjük, próbálja újra.
factors-delete-named = Törlés: { $name }
factors-added-on = (hozzáadva: { $date })
factors-hold-notice = Fiókja minden második tényezőjét csak a jelszóval törölték. Biztonsága érdekében új tényező csak { $until } időponttól adható hozzá. A fiók tulajdonosának e-mailt küldtünk erről.
factors-already-has-factor = Fiókjának már van második ellenőrzési módszere.
factors-devices-confirm-first = Eszköz hozzáadásához vagy törléséhez először erősítse meg a műveletet vele: jelentkezzen be újra, és azt válassza.
factors-confirm-first = Hozzáadáshoz vagy törléshez először erősítse meg a műveletet vele: jelentkezzen be újra, és azt válassza.
factors-confirm-recent = Ehhez a módosításhoz a második ellenőrzési módszerrel végzett, 15 percnél nem régebbi megerősítés szükséges. Erősítse meg újra, majd ismételje meg ezt a lépést.
factors-phones-confirm-first = Hozzáadáshoz vagy törléshez először erősítse meg a műveletet a Mobiltelefon + SMS módszerrel.
factors-confirm-current-first = Először erősítse meg jelenlegi második ellenőrzési módszerével (jelentkezzen be újra, és azt válassza).
factors-mfa-add-first = Először adjon hozzá egy mobiltelefonszámot vagy egy tokent.
factors-held = Ennek a fióknak minden második tényezőjét csak a jelszóval törölték: biztonsága érdekében új tényező még nem adható hozzá. Lásd az általunk küldött e-mailt.
factors-held-code = Ehhez a fiókhoz helyreállítási kóddal második tényezőt adtak: biztonsága érdekében { $until } időpontig nem adható hozzá és nem törölhető második tényező, nem hozhatók létre helyreállítási kódok, az e-mail-cím nem módosítható és a fiók nem törölhető. Lásd az általunk küldött e-mailt.
factors-code-not-enough = Helyreállítási kóddal második ellenőrzési módszert adhat hozzá, mást nem: ha egyet törölni szeretne, vagy módosítani e-mail-címét, helyreállítási kódjait vagy fiókját, jelentkezzen be újra egy meglévő második ellenőrzési módszerrel.
factors-too-many-codes = Túl sok hibás kód. Várjon 15 percet, mielőtt újra próbálkozik.

## A módszerek neve és leírása („Válassza ki az ellenőrzési módszert”)

factors-choose-method = Válassza ki az ellenőrzési módszert
factors-level-high = A(z) { $app } alkalmazás a legmagasabb szintű bejelentkezést kéri („{ $level }” szint): olyan biztonsági kulcsot vagy azonosítókulcsot, amely ellenőrzi PIN-kódját, ujjlenyomatát vagy arcát. Ez más webhelyen nem használható, így védi Önt az adathalászattól.
factors-level-substantial = A(z) { $app } alkalmazás erősebb bejelentkezést kér („{ $level }” szint): jelszavát és egy második ellenőrzési módszert.
factors-method-key-hint-high = Amikor a rendszer kéri, erősítse meg PIN-kódjával, ujjlenyomatával vagy arcával.
factors-no-key = Fiókjához nem tartozik biztonsági kulcs vagy azonosítókulcs, ezért ezt a szintet még nem érheti el.
factors-no-key-add = Ahhoz, hogy folytathassa a(z) { $app } alkalmazásban, adjon hozzá egyet (biztonsági kulcsot vagy eszköze beépített hitelesítőjét), majd térjen vissza:
factors-no-factor = Fiókjának még nincs második ellenőrzési módszere, ezért nem folytathatja a(z) { $app } alkalmazásban.
factors-no-factor-add = Adjon hozzá egyet az alábbi oldalak egyikén, majd térjen vissza:
factors-cancel = Mégse, vissza a(z) { $app } alkalmazáshoz

## Mobiltelefonszámok és az SMS-kód

factors-phones-title = Mobiltelefonszámaim kezelése
factors-phones-none = Még nincs mobiltelefonszáma.
factors-phone-confirmed = (megerősítve)
factors-phone-not-confirmed = (még nincs megerősítve)
factors-phones-confirm-number = { $number } megerősítése
factors-sms-enter-challenge = Írja be a mobiltelefonjára SMS-ben küldött kódot. Az üzenet megérkezése néhány percig is eltarthat.
factors-sms-challenge-label = SMS-kód
factors-phones-add = Mobiltelefonszám hozzáadása
factors-mobile-phone-label = Mobiltelefon
factors-phone-hint = Nemzetközi formátumban, országkóddal, pl. Belgium esetén: +32 123 45 67 89
factors-sms-title = Hitelesítés SMS-kóddal
factors-sms-number-label = Mobiltelefonszám
factors-too-many-sms = Túl sok SMS-t kértek ehhez a fiókhoz, számhoz vagy hálózathoz. Kérjük, egy óra múlva próbálja újra.
factors-sms-sent = SMS-kódot küldtünk a következő számra: { $number }.
factors-phone-added = A(z) { $number } szám megerősítve. Mostantól bejelentkezhet vele a Mobiltelefon + SMS módszerrel.
factors-phone-deleted = A számot töröltük.
factors-sms-wrong = { $count ->
    [one] Ez nem az általunk küldött SMS-kód. Még { $count } próbálkozása maradt.
   *[other] Ez nem az általunk küldött SMS-kód. Még { $count } próbálkozása maradt.
}
factors-sms-expired = Ez a kód lejárt vagy elhasználódott (túl sok hibás próbálkozás). Kérjen újat.
factors-phone-format = A számot nemzetközi formátumban, országkóddal adja meg, pl. Belgium esetén: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Egy fiókhoz legfeljebb { $count } mobiltelefonszám tartozhat.
   *[other] Egy fiókhoz legfeljebb { $count } mobiltelefonszám tartozhat.
}
factors-phone-already-confirmed = Ez a szám már meg van erősítve az Ön fiókjához.
factors-phone-not-yours = Ez nem tartozik fiókja megerősített mobiltelefonszámai közé.

## Tokenek (hitelesítő alkalmazások)

factors-tokens-title = Tokenjeim kezelése
factors-tokens-intro = A token egy hitelesítő alkalmazás (vagy hardvertoken), amely 30 másodpercenként új, 6 számjegyű kódot mutat.
factors-token-added-on = Token hozzáadva: { $date }
factors-token-delete = A(z) { $date } időpontban hozzáadott token törlése
factors-tokens-add = Token hozzáadása
factors-tokens-scan = Olvassa be ezt a QR-kódot hitelesítő alkalmazásával, vagy írja be abba a titkos kulcsot.
factors-tokens-qr-label = A token kulcsának QR-kódja
factors-tokens-secret = Titkos kulcs:
factors-token-code-label = Tokenkód
factors-tokens-confirm = Token megerősítése
factors-token-enter = Írja be a kódot, amelyet hitelesítő alkalmazása vagy tokenje éppen mutat.
factors-token-added = Tokenjét hozzáadtuk. Mostantól bejelentkezhet vele.
factors-token-deleted = A tokent töröltük.
factors-token-enrolment-expired = A regisztráció lejárt. Kezdje újra.
factors-token-wrong-try-next = Ez nem az a kód, amelyet tokenje éppen mutat. Próbálja a következővel.
factors-token-used = Ezt a kódot már felhasználták. Várja meg a következőt.
factors-token-wrong = Ez nem az a kód, amelyet tokenje éppen mutat.

## A mobilalkalmazás: eszközök, „Mobilalkalmazás PIN-kód”, „Mobilalkalmazás QR-kód”

factors-devices-title = Mobileszközeim kezelése
factors-devices-none = Még nincs mobileszköze.
factors-devices-add = Eszköz hozzáadása
factors-devices-scan = Nyissa meg a mobilalkalmazást, és olvassa be ezt a QR-kódot. Egyszer használható, 10 percig.
factors-devices-qr-label = A regisztrációs link QR-kódja
factors-devices-link = Kamera nélkül adja meg az alkalmazásnak ezt a linket:
factors-panic-title = Összes eszközöm törlése (PANIC)
factors-panic-explained = Ha egy telefon az alkalmazással elveszett vagy ellopták: minden eszköz és token egyszerre törlődik, és minden munkamenet – ez is – lezárul.
factors-device-deleted = Az eszközt töröltük.
factors-panic-done-title = Minden eszközét töröltük
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] { $devices } mobileszköz és { $tokens } token törölve, minden munkamenet lezárva.
       *[other] { $devices } mobileszköz és { $tokens } token törölve, minden munkamenet lezárva.
    }
   *[other] { $tokens ->
        [one] { $devices } mobileszköz és { $tokens } token törölve, minden munkamenet lezárva.
       *[other] { $devices } mobileszköz és { $tokens } token törölve, minden munkamenet lezárva.
    }
}
factors-panic-held = Ezt csak a jelszavával erősítette meg, ezért biztonsága érdekében új eszköz vagy token csak { $until } időponttól adható hozzá. Erről e-mailt küldtünk Önnek, benne egy linkkel, amellyel biztosíthatja fiókját, ha nem Ön volt.
factors-panic-mailed = Erről e-mailt küldtünk Önnek. Új eszköz hozzáadásához jelentkezzen be újra.
factors-panic-wrong-password = Ez nem az Ön jelszava: semmit sem töröltünk.
factors-panic-confirm-first = Fiókjához megerősített mobiltelefonszám tartozik: először erősítse meg a műveletet a Mobiltelefon + SMS módszerrel.
factors-app-start-explained = Bejelentkezési kérést küldünk mobileszközén lévő alkalmazásnak. Ez az oldal ezután egy számot mutat: válassza ki az alkalmazásban, és adja meg PIN-kódját.
factors-app-send = Kérés küldése a mobilalkalmazásomnak
factors-app-pick = Nyissa meg az alkalmazást mobileszközén, válassza ki ezt a számot, és adja meg PIN-kódját:
factors-app-number-label = Az alkalmazásban kiválasztandó szám
factors-app-waiting = Várakozás a mobileszközére. Ez az oldal magától továbblép, amint válaszolt az alkalmazásban.
factors-app-answered = Válaszoltam az alkalmazásban: tovább
factors-app-no-device = Fiókjához nem tartozik mobileszköz. Adjon hozzá egyet a „Mobileszközeim kezelése” oldalon.
factors-app-already-waiting = Egy bejelentkezési kérés már vár a mobilalkalmazásában. Válaszoljon rá ott, vagy várjon két percet, amíg lejár.
factors-app-too-many = Ebben az órában túl sok bejelentkezési kérést küldtünk mobilalkalmazásának. Válasszon másik ellenőrzési módszert, vagy próbálja újra később.
factors-app-request-unknown = Ez a bejelentkezési kérés ismeretlen vagy már lezárult.
factors-app-request-expired = A kérés lejárt, mielőtt az alkalmazás válaszolt volna.
factors-app-request-ended = Ez a bejelentkezési kérés lezárult.
factors-app-refused-wrong-number = A bejelentkezést elutasítottuk: az alkalmazásban rossz számot választottak.
factors-app-refused-denied = A bejelentkezést elutasítottuk: az alkalmazásban elutasították a bejelentkezést.
factors-app-qr-scan = Olvassa be ezt a QR-kódot a mobilalkalmazással (internetkapcsolat nélkül is működik), és írja be az általa mutatott egyszeri jelszót.
factors-app-qr-label = A(z) { $challenge } kérdéskód QR-kódja
factors-app-qr-challenge = Kérdéskód:
factors-otp-label = Egyszeri jelszó
factors-app-qr-new = Új QR-kód megjelenítése
factors-qr-ended = Ez a kérdéskód már lejárt. Kérjen újat.
factors-qr-too-many = Túl sok hibás egyszeri jelszó. Várjon 15 percet, vagy válasszon másik ellenőrzési módszert.
factors-qr-wrong = { $count ->
    [one] Ez nem az alkalmazás által mutatott egyszeri jelszó. Még { $count } próbálkozása maradt.
   *[other] Ez nem az alkalmazás által mutatott egyszeri jelszó. Még { $count } próbálkozása maradt.
}

## Biztonsági kulcsok és azonosítókulcsok (WebAuthn)

factors-keys-title = Biztonsági kulcsaim és azonosítókulcsaim kezelése
factors-keys-intro = A biztonsági kulcs (USB, NFC) vagy eszköze beépített hitelesítője (Trusted Platform Module, Windows Hello, Touch ID, a telefon képernyőzára) igazolja, hogy Ön az, és más webhelyen nem használható: így védi Önt az adathalászattól. PIN-kóddal vagy ujjlenyomattal a legmagasabb, „high” szintet éri el, és jelszó nélkül is bejelentkeztetheti Önt (azonosítókulcs).
factors-keys-none = Még nincs biztonsági kulcsa vagy azonosítókulcsa.
factors-keys-yours = Biztonsági kulcsai és azonosítókulcsai
factors-keys-name = Név
factors-keys-added = Hozzáadva
factors-keys-last-used = Utolsó használat
factors-keys-action = Művelet
factors-keys-never-used = soha
factors-keys-add = Biztonsági kulcs vagy azonosítókulcs hozzáadása
factors-keys-name-label = A kulcs neve
factors-keys-name-placeholder = pl. Kék USB-kulcs, Munkahelyi laptop
factors-keys-needs-script = A biztonsági kulcs hozzáadásához JavaScript szükséges: böngészője kommunikál a kulccsal.
factors-key-added = A(z) „{ $name }” biztonsági kulcsot hozzáadtuk.
factors-key-deleted = A biztonsági kulcsot töröltük.
factors-key-explained = Személyazonosságát regisztrált biztonsági kulcsával vagy eszköze beépített hitelesítőjével igazolhatja. Amikor böngészője kéri, helyezze be vagy érintse meg a kulcsot, illetve erősítse meg PIN-kódjával, ujjlenyomatával vagy arcával.
factors-key-use = Biztonsági kulcsom használata
factors-key-needs-script = A biztonsági kulccsal való bejelentkezéshez JavaScript szükséges: böngészője kommunikál a kulccsal.
factors-key-none-add = Fiókjához még nem tartozik biztonsági kulcs: adjon hozzá egyet a Saját fiók oldalon, a „Biztonsági kulcsaim és azonosítókulcsaim kezelése” menüpontban.
factors-key-none = Fiókjához még nem tartozik biztonsági kulcs.
factors-key-expired = A kérés lejárt vagy már felhasználták. Próbálja újra.
factors-key-refused = A kulcs válaszát nem sikerült ellenőrizni. Fiókjához regisztrált kulcsot használjon.
factors-key-cloned = Ezt a kulcsot elutasítottuk: lehet, hogy lemásolták. A fiók tulajdonosát e-mailben értesítettük. Használjon másik módszert.
factors-passkey-expired = Az azonosítókulcs-kérés lejárt vagy már felhasználták. Próbálja újra.
factors-passkey-refused = Ez az azonosítókulcs nincs nálunk regisztrálva. Jelentkezzen be e-mail-címével és jelszavával.
factors-passkey-cloned = Ezt az azonosítókulcsot elutasítottuk: lehet, hogy lemásolták. A fiók tulajdonosát e-mailben értesítettük.
factors-keys-max = { $count ->
    [one] Egy fiókhoz { $count } biztonsági kulcs vagy azonosítókulcs tartozhat; először törölje azt.
   *[other] Egy fiókhoz { $count } biztonsági kulcs vagy azonosítókulcs tartozhat; először töröljön egyet.
}
factors-key-name-length = { $count ->
    [one] Adjon a kulcsnak 1–{ $count } karakteres nevet.
   *[other] Adjon a kulcsnak 1–{ $count } karakteres nevet.
}
factors-key-request-expired = Ez a kérés lejárt vagy már felhasználták: adja hozzá újra a kulcsot.
factors-key-malformed = A kulcs válasza hibás formátumú.
factors-key-unverified = A kulcs válaszát nem sikerült ellenőrizni ehhez a webhelyhez. Próbálja újra.
factors-key-registered = Ez a kulcs már regisztrálva van.

## Helyreállítási kódok

factors-codes-title = Helyreállítási kódjaim
factors-codes-intro = Ha elveszíti telefonját, tokenjét és biztonsági kulcsait, egy helyreállítási kóddal eljuthat a Saját fiók oldalig, és új ellenőrzési módszert adhat hozzá. Minden kód egyszer használható. Tartsa őket biztonságos helyen, a jelszavától elkülönítve: kinyomtatva vagy jelszókezelőben.
factors-codes-new = Íme az új helyreállítási kódjai. Csak most, ez egyszer jelennek meg: írja le vagy nyomtassa ki őket most. A régiek már nem érvényesek.
factors-codes-left = { $count ->
    [one] { $count } fel nem használt helyreállítási kódja van (létrehozva: { $date }).
   *[other] { $count } fel nem használt helyreállítási kódja van (létrehozva: { $date }).
}
factors-codes-none = Még nincsenek helyreállítási kódjai.
factors-codes-generate-new = Új helyreállítási kódok létrehozása
factors-codes-generate = Helyreállítási kódok létrehozása
factors-codes-add-first = Először adjon hozzá egy második ellenőrzési módszert: a helyreállítási kódok annak elvesztése esetén helyettesítik.
factors-codes-need-real-factor = Helyreállítási kóddal nem hozhatók létre új helyreállítási kódok. Jelentkezzen be újra egy második ellenőrzési módszerrel (ha nincs ilyen, először adjon hozzá egyet), majd hozza létre őket.
factors-code-wrong = Ez nem tartozik helyreállítási kódjai közé, vagy már felhasználták.
factors-code-sign-in-again = A helyreállítási kód csak a jelszavas bejelentkezést követő 15 percen belül érvényes. A kódját nem használtuk fel: jelentkezzen ki, jelentkezzen be újra a jelszavával, majd írja be a kódot.
factors-code-lapsed = Letelt a 15 perc, amely alatt a helyreállítási kóddal ellenőrzési módot adhatott hozzá. Jelentkezzen ki, majd jelentkezzen be újra a jelszavával és egy másik helyreállítási kóddal.
factors-recovery-code = Helyreállítási kód
factors-recovery-code-explained = Írja be egyik helyreállítási kódját. Ezzel belép a Saját fiók oldalra, hogy új ellenőrzési módszert adjon hozzá; alkalmazásokba nem jelentkezteti be.
factors-recovery-continue = Tovább a Saját fiók oldalra

## „Fiókom biztosítása”: a link, amelyet akkor küldünk, ha minden második tényezőt csak a jelszóval töröltek

factors-secure-title = Fiókom biztosítása
factors-secure-explained = A(z) { $email } fiók minden második tényezőjét valaki törölte, aki csak a jelszóval jelentkezett be. Ha nem Ön volt, valaki ismeri a jelszavát.
factors-secure-what = A fiók biztosítása eltávolítja a jelszavát, lezár minden munkamenetet, és visszavonja minden alkalmazás hozzáférését. Ezután az „Elfelejtette a jelszavát?” lehetőséggel, a postafiókján keresztül adhat meg új jelszót.
factors-link-dead-title = Ez a link nem használható
factors-link-dead-text = Már felhasználták, vagy lejárt. Ha úgy gondolja, hogy valaki ismeri a jelszavát, adjon meg újat az „Elfelejtette a jelszavát?” lehetőséggel.
factors-secured-title = Fiókja biztosítva
factors-secured-text = Jelszavát eltávolítottuk, minden munkamenetet lezártunk, és minden alkalmazás hozzáférését visszavontuk.
factors-secured-next = Adjon meg most új jelszót az „Elfelejtette a jelszavát?” lehetőséggel: a link a postafiókjába érkezik.

## Amit az oldal szkriptje mond, miközben a biztonsági kulccsal kommunikál

factors-script-server-failed = A szerver nem tudta elindítani a kérést. Töltse be újra az oldalt, és próbálja újra.
factors-script-unsupported = Ez a böngésző nem tud biztonsági kulcsot vagy azonosítókulcsot használni. Használjon naprakész böngészőt vagy másik ellenőrzési módszert.
factors-script-cancelled = A kérést megszakították, vagy túllépte az időkorlátot. Próbálja újra.
factors-script-no-answer = A kulcs nem válaszolt. Próbálja újra.
factors-script-name-first = Először adjon nevet a kulcsnak.
