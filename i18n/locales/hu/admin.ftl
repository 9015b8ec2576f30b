# Az üzemeltetői konzol (/admin, rendszergazdáknak). A műszaki kifejezések (client id,
# redirect URI, PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, idp client add) angolul maradnak.

## Ki használhatja a konzolt

admin-not-admin-title = Ez a konzol rendszergazdáknak szól
admin-not-admin-text = Az Ön fiókja nem rendszergazdai fiók. Semmi sem jelent meg, és semmi sem változott.
admin-my-account = Saját fiók
admin-second-factor-title = Először erősítse meg második tényezőjével
admin-second-factor-text = Az üzemeltetői konzol mások fiókjain végez műveleteket, ezért második tényezővel történő bejelentkezést igényel.
admin-second-factor-again-title = Erősítse meg újra második tényezőjével
admin-second-factor-again-text = Második tényezőjét több mint 15 perce igazolta. Erősítse meg újra, majd ismételje meg a műveletet: semmi sem változott.
admin-second-factor-link = Megerősítés második tényezővel
admin-held-title = Fiókja átmenetileg korlátozva van

## A konzol oldalain közös

admin-back = Vissza
admin-back-to-console = Vissza a konzolhoz
admin-search = Keresés
admin-first-page = Első oldal
admin-next-page = Következő oldal
admin-pages = Oldalak
admin-when = Időpont
admin-from = Cím
admin-created = Létrehozva
admin-name = Név
admin-email = E-mail-cím
admin-status = Állapot

## A konzol kezdőlapja

admin-title = Üzemeltetői konzol
admin-home-intro = Bejelentkezve mint { $operator }. Minden itt végzett műveletet rögzítünk az üzemeltetői naplóban, és ha egy személyt érint, az ő biztonsági előzményeiben is.
admin-menu-users = Felhasználók
admin-menu-users-text = személy keresése, zárolás feloldása, munkamenetek lezárása, elveszett telefon vagy eszköz eltávolítása, letiltás vagy engedélyezés, jelszó-visszaállító e-mail küldése
admin-menu-clients = Kliensek
admin-menu-clients-text = az alkalmazások, amelyek bejelentkeztetik a felhasználókat
admin-menu-keys = Aláírókulcsok
admin-menu-access = Hozzáférés
admin-menu-access-text = minden hálózat függőben lévő kérelmei és megadott hozzáférései
admin-menu-log = Üzemeltetői napló

## Felhasználók

admin-users-title = Felhasználók
admin-users-search-hint = Egy e-mail-cím, utónév vagy vezetéknév, illetve „utónév vezetéknév” eleje.
admin-users-none = Nem található fiók.
admin-account = Fiók
admin-user-active = aktív
admin-user-disabled = letiltva
admin-user-locked-until = hibás jelszavak miatt zárolva eddig: { $until }
admin-user-administrator = rendszergazda
admin-factors = Második tényezők
admin-factors-none = Nincs.
admin-factor-phone = Mobiltelefon: { $number }
admin-factor-phone-unconfirmed = Mobiltelefon: { $number } (nincs megerősítve)
admin-factor-device = Mobileszköz: „{ $name }”
admin-factor-token = Token (hitelesítő alkalmazás)
admin-factor-security-key = Biztonsági kulcs: „{ $name }”
admin-factor-added = { $factor }, hozzáadva: { $added }
admin-factor-remove = Eltávolítás: { $factor }
admin-sessions = Munkamenetek
admin-sessions-none = Nincs nyitott munkamenet.
admin-session-browser = Böngésző
admin-session-address = Cím
admin-session-started = Bejelentkezés
admin-session-last-activity = Utolsó tevékenység
admin-session-applications = Alkalmazások
admin-session-no-applications = nincs
admin-actions = Műveletek
admin-unlock = Fiók zárolásának feloldása
admin-send-reset = Jelszó-visszaállító e-mail küldése
admin-end-sessions = Összes munkamenet lezárása
admin-enable = Fiók engedélyezése
admin-disable = Fiók letiltása
admin-history = Biztonsági előzmények
admin-history-none = Még nincs bejegyzés.
admin-history-what = Esemény
admin-back-to-users = Vissza a Felhasználókhoz

## Egy fiókon végzett művelet eredménye

admin-unlocked-title = Fiók zárolása feloldva
admin-unlocked-text = { $email } ismét bejelentkezhet a helyes jelszóval; e-mailben értesítettük.
admin-sessions-ended-title = Minden munkamenet lezárva
admin-sessions-ended-text = { $email } minden munkamenete lezárult, és az alkalmazásoknak adott hozzáféréseket visszavontuk.
admin-admin-disable-title = Rendszergazdai fiókot a szerveren lehet letiltani
admin-admin-disable-text = A rendszergazdai fiókokat a szerveren az idp user disable paranccsal lehet letiltani, nem a konzolból.
admin-disabled-title = Fiók letiltva
admin-disabled-text = { $email } nem tud bejelentkezni; minden munkamenete lezárult, és tokenjeit visszavontuk.
admin-enabled-title = Fiók engedélyezve
admin-enabled-text = { $email } ismét bejelentkezhet.
admin-already-disabled-title = Már le van tiltva
admin-already-disabled-text = { $email } már le volt tiltva; semmi sem változott.
admin-already-enabled-title = Már engedélyezve van
admin-already-enabled-text = { $email } már engedélyezve volt; semmi sem változott.
admin-reset-sent-title = Jelszó-visszaállító e-mail elküldve
admin-reset-sent-text = Új jelszó megadására szolgáló linket küldtünk a következő címre: { $email }.
admin-no-mail-title = Nem küldtünk e-mailt
admin-no-mail-text = { $email } az utóbbi időben túl sok e-mailt kapott; próbálja újra később.
admin-nothing-removed-title = Semmi sem lett eltávolítva
admin-nothing-removed-text = A fióknak nincs ilyen tényezője (lehet, hogy közben eltávolították).
admin-factor-removed-title = Tényező eltávolítva
admin-factor-removed-text = A tényezőt eltávolítottuk a következő fiókból: { $email }; a tulajdonost e-mailben értesítettük.

## Kliensek (az alkalmazások, amelyek bejelentkeztetik a felhasználókat)

admin-clients-title = Kliensek
admin-client-id = Client id
admin-client-kind = Típus
admin-redirect-uris = Redirect URI-k
admin-redirect-uris-hint = Soronként egy: https, vagy http a loopback címen.
admin-kind-confidential-option = Bizalmas (titkos kulccsal)
admin-kind-public-option = Nyilvános (PKCE, titkos kulcs nélkül)
admin-kind-keys = bizalmas (private_key_jwt)
admin-kind-secret = bizalmas (titkos kulcs)
admin-kind-public = nyilvános (PKCE)
admin-client-add = Kliens hozzáadása
admin-client-add-button = Kliens hozzáadása
admin-clients-cli-hint = A kulcsok (private_key_jwt), a DPoP, a páronkénti alanyazonosítók (pairwise subjects) és a FAPI 2.0 profil a parancssorban állíthatók be:
admin-client-title = Kliens: { $id }
admin-redirect-uris-save = Redirect URI-k mentése
admin-secret = Titkos kulcs
admin-secret-rotate-hint = A jelenlegi titkos kulcs azonnal érvényét veszti; az újat csak egyszer jelenítjük meg.
admin-secret-rotate = Titkos kulcs cseréje
admin-remove = Eltávolítás
admin-client-remove = A(z) { $id } kliens eltávolítása
admin-back-to-clients = Vissza a Kliensekhez
admin-client-added-title = Kliens hozzáadva
admin-client-added-public = { $id } nyilvános kliensként regisztrálva (PKCE, titkos kulcs nélkül).
admin-secret-rotated-title = Kliens titkos kulcsa lecserélve
admin-secret-shown-once = A(z) { $id } titkos kulcsát csak most, egyszer jelenítjük meg; másolja be most az alkalmazás konfigurációjába.
admin-client-secret = Kliens titkos kulcsa
admin-done = Kész
admin-uris-saved-title = Redirect URI-k mentve
admin-uris-saved-text = { $id } mostantól ezeket fogadja el: { $uris }
admin-client-removed-title = Kliens eltávolítva
admin-client-removed-text = { $id } eltávolítva: tokenjei már nem működnek a userinfo végponton, és senkit sem jelentkeztethet be.
admin-uris-none = legalább egy redirect URI szükséges
admin-uris-too-many = { $max ->
    [one] legfeljebb { $max } redirect URI
   *[other] legfeljebb { $max } redirect URI
}
admin-no-such-client = nincs { $id } azonosítójú kliens
admin-uris-checked = { $id } páronkénti alanyazonosítókat (pairwise subjects) vagy a FAPI 2.0 profilt használja, amelyekhez redirect URI-jait ellenőriztük: módosításukhoz használja az idp client remove és az idp client add parancsot
admin-no-secret = { $id } kliensnek nincs titkos kulcsa (nyilvános kliens, vagy a kulcsaival ír alá)

## Aláírókulcsok

admin-keys-title = Aláírókulcsok
admin-key-id = Kulcsazonosító
admin-key-algorithm = Algoritmus
admin-key-state = Állapot
admin-key-signs = aláír
admin-key-retired-published = kivonva, még közzétéve
admin-key-retired = kivonva
admin-key-rotate-heading = Kulcs cseréje
admin-key-rotate = Aláírókulcs cseréje
admin-key-rotated-title = Aláírókulcs lecserélve
admin-key-rotated-text = A(z) { $alg } tokeneket mostantól a(z) { $kid } kulccsal írjuk alá; az előző kulcs közzétéve marad, amíg az általa aláírt tokenek még használatban lehetnek.

## Az üzemeltetői napló

admin-log-title = Üzemeltetői napló
admin-log-label = Az üzemeltetői napló
admin-log-search-hint = Egy üzemeltető e-mail-címének, a művelet tárgyának vagy magának a műveletnek az eleje.
admin-log-none = Nincs bejegyzés.
admin-log-operator = Üzemeltető
admin-log-action = Művelet
admin-log-target = Tárgy
