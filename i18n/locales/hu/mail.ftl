# E-mailek a fióktulajdonosoknak és az SMS-kód. A fiók „E-mailek nyelve” beállítása szerinti
# nyelven íródnak. A linkek külön sorban vagy a sor végén állnak; a bekezdések között üres sor.

## Fiók létrehozása

mail-confirm-registration-subject = { $site }: erősítse meg e-mail-címét
mail-confirm-registration-body =
    Tisztelt { $last_name } { $first_name }!

    Valaki, valószínűleg Ön, fiók létrehozását kérte a(z) { $site } szolgáltatásban ezzel az e-mail-címmel.

    A cím megerősítéséhez és jelszava megadásához 24 órán belül nyissa meg ezt a linket:

    { $link }

    A link egyszer használható. Ha nem kért fiókot, hagyja figyelmen kívül ezt az e-mailt: enélkül nem jön létre fiók.

mail-already-registered-subject = { $site }: Önnek már van fiókja
mail-already-registered-body =
    Tisztelt { $last_name } { $first_name }!

    Valaki, valószínűleg Ön, fiók létrehozását kérte a(z) { $site } szolgáltatásban ezzel az e-mail-címmel, de ezzel a címmel már létezik fiók.

    A bejelentkezéshez lépjen ide: { $login_link }
    Ha elfelejtette jelszavát, használja ott az „Elfelejtette a jelszavát?” lehetőséget: { $reset_link }

    Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt; fiókja nem változott.

## Jelszavak

mail-reset-password-subject = { $site }: adjon meg új jelszót
mail-reset-password-body =
    Tisztelt { $last_name } { $first_name }!

    Valaki, valószínűleg Ön, új jelszó megadását kérte a(z) { $site } szolgáltatásban lévő fiókjához.

    Új jelszó megadásához egy órán belül nyissa meg ezt a linket:

    { $link }

    A link egyszer használható. Új jelszó megadásakor a rendszer mindenhol kijelentkezteti.
    Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt; jelszava nem változott.

mail-password-changed-subject = { $site }: jelszavát módosították
mail-password-changed-body =
    Tisztelt { $last_name } { $first_name }!

    A(z) { $site } szolgáltatásban lévő fiókja jelszavát ekkor módosították: { $when }.

    Ha nem Ön tette, azonnal adjon meg új jelszót az „Elfelejtette a jelszavát?” lehetőséggel: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: fiókja { $minutes } percre zárolva
   *[other] { $site }: fiókja { $minutes } percre zárolva
}
mail-account-locked-body =
    Tisztelt { $last_name } { $first_name }!

    Több hibás jelszó után a(z) { $site } szolgáltatásban lévő fiókja { $until } időpontig zárolva van. Ekkor magától feloldódik.

    Ha nem Ön próbálkozott, lehet, hogy valaki a jelszavát próbálja kitalálni. Új jelszót az „Elfelejtette a jelszavát?” lehetőséggel adhat meg: { $reset_link }

## A fiók biztonsága

mail-security-change-subject = { $site }: fiókja biztonságát érintő módosítás
mail-security-change-body =
    Tisztelt { $last_name } { $first_name }!

    Időpont: { $when }, cím: { $ip }: { $what }.

    Ha Ön volt, nincs teendője. Ha nem, lehet, hogy valaki más használja a fiókját: azonnal adjon meg új jelszót az „Elfelejtette a jelszavát?” lehetőséggel ({ $reset_link }), és a Saját fiók oldalon tekintse át a „Munkameneteim megjelenítése” oldalt.

mail-factors-held-subject = { $site }: fiókja minden második tényezőjét törölték
mail-factors-held-body =
    Tisztelt { $last_name } { $first_name }!

    Időpont: { $when }, cím: { $ip }: fiókja minden mobileszközét és tokenjét törölte („Összes eszközöm törlése (PANIC)”) valaki, aki csak az Ön jelszavával jelentkezett be.

    Biztonsága érdekében a jelszava önmagában { $until } időpont előtt nem adhat hozzá új második tényezőt. Ha Ön volt, ezután adja hozzá új eszközét vagy tokenjét.

    Ha NEM Ön volt, valaki ismeri a jelszavát. Azonnal nyissa meg ezt a linket: eltávolítja jelszavát, lezár minden munkamenetet, és visszavonja minden alkalmazás hozzáférését; ezután adjon meg új jelszót az „Elfelejtette a jelszavát?” lehetőséggel.

    { $link }

mail-factor-added-with-code-subject = { $site }: helyreállítási kóddal második tényezőt adtak a fiókjához
mail-factor-added-with-code-body =
    Tisztelt { $last_name } { $first_name }!

    { $when } időpontban a(z) { $ip } címről valaki, aki az Ön jelszavával és egyik helyreállítási kódjával jelentkezett be, ezt a módosítást végezte: { $what }.

    Biztonsága érdekében { $until } időpontig nem adható hozzá és nem törölhető második tényező, nem hozhatók létre helyreállítási kódok, e-mail-címe nem módosítható és fiókja nem törölhető. Ha Ön volt, nincs további teendője.

    Ha NEM Ön volt, valaki ismeri a jelszavát. Azonnal nyissa meg ezt a linket: eltávolítja jelszavát, lezár minden munkamenetet, és visszavonja minden alkalmazás hozzáférését; ezután adjon meg új jelszót az „Elfelejtette a jelszavát?” lehetőséggel.

    { $link }

mail-account-secured-subject = { $site }: jelszavát eltávolítottuk, minden munkamenetet lezártunk
mail-account-secured-body =
    Tisztelt { $last_name } { $first_name }!

    Időpont: { $when }, cím: { $ip }: fiókját az általunk küldött linkkel biztosították: a jelszót eltávolítottuk, minden munkamenetet lezártunk, és minden alkalmazás hozzáférését visszavontuk.

    Adjon meg új jelszót az „Elfelejtette a jelszavát?” lehetőséggel: { $reset_link }

## Személyes adatok

mail-confirm-email-change-subject = { $site }: erősítse meg új e-mail-címét
mail-confirm-email-change-body =
    Tisztelt { $last_name } { $first_name }!

    Ahhoz, hogy a(z) { $new_email } legyen a(z) { $site } szolgáltatásban lévő fiókja e-mail-címe, 24 órán belül nyissa meg ezt a linket:

    { $link }

    A link egyszer használható. Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt.

mail-email-changed-subject = { $site }: fiókja e-mail-címét módosították
mail-email-changed-body =
    Tisztelt { $last_name } { $first_name }!

    A(z) { $site } szolgáltatásban lévő fiókja e-mail-címét módosították. Régi cím: { $old_email }, új cím: { $new_email }.

    Ha nem Ön volt, azonnal forduljon az ügyfélszolgálathoz.

mail-account-deleted-subject = { $site }: fiókját töröltük
mail-account-deleted-body = Kérésének megfelelően a(z) { $site } szolgáltatásban lévő fiókját és minden róla tárolt adatot töröltünk.

## Hozzáférés alkalmazásokhoz

mail-access-waiting-subject = { $site }: egy hozzáférési kérelem az Ön döntésére vár
mail-access-waiting-body =
    Tisztelt { $last_name } { $first_name }!

    { $requester } a következő profil(oka)t kéri: { $profiles }; szervezet: { $organisation } ({ $application }).

    Bírálja el: { $approvals_link }

mail-access-accepted-subject = { $site }: hozzáférési kérelmét elfogadták
mail-access-accepted-body =
    Tisztelt { $last_name } { $first_name }!

    Hozzáférési kérelmét ({ $profiles }; szervezet: { $organisation }; { $application }) elfogadták. Mostantól ezzel bejelentkezhet az alkalmazásba.{ $reason }

    Kérelmei: { $requests_link }

mail-access-rejected-subject = { $site }: hozzáférési kérelmét elutasították
mail-access-rejected-body =
    Tisztelt { $last_name } { $first_name }!

    Hozzáférési kérelmét ({ $profiles }; szervezet: { $organisation }; { $application }) elutasították.{ $reason }

    Kérelmei: { $requests_link }

mail-access-revoked-subject = { $site }: hozzáférését visszavonták
mail-access-revoked-body =
    Tisztelt { $last_name } { $first_name }!

    Hozzáférését ({ $profiles }; szervezet: { $organisation }; { $application }) visszavonták; az alkalmazás már nem kapja meg.{ $reason }

    Kérelmei: { $requests_link }

mail-access-reason = „{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: SMS-kódja: { $code }. { $minutes } percig érvényes.
   *[other] { $site }: SMS-kódja: { $code }. { $minutes } percig érvényes.
}
