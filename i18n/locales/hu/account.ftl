# Saját fiók: áttekintés, személyes adatok, munkamenetek, biztonsági előzmények, a fiók törlése.

## Áttekintés („Saját fiók”)

account-title = Saját fiók
account-name = Név
account-email = E-mail-cím
account-email-language = E-mailek nyelve
account-signed-in-since = Bejelentkezés időpontja:
account-sign-out = Kijelentkezés
account-change-password = Jelszó módosítása
account-access-link = Alkalmazás-hozzáféréseim
account-require-mfa = Mindig legyen kötelező a többtényezős hitelesítés
account-save = Mentés
account-consents-heading = Engedélyezett alkalmazások
account-consents-none = Még egyetlen alkalmazás sem kérte az Ön hozzájárulását.
account-consent-withdraw = Hozzájárulás visszavonása: { $name }
account-offline-heading = Offline hozzáféréssel rendelkező alkalmazások
account-offline-hint = Ezek az alkalmazások akkor is eljárhatnak az Ön nevében, amikor Ön nincs bejelentkezve. A visszavonás ezt azonnal megszünteti; ezután újra engedélyt kell kérniük Öntől.
account-offline-none = Egyetlen alkalmazásnak sincs offline hozzáférése.
account-offline-until = ({ $until } időpontig, használat közben megújul)
account-offline-revoke = Offline hozzáférés visszavonása: { $name }
account-delete = Fiókom törlése
account-delete-warning = Ez minden munkamenetet lezár, és eltávolítja fiókját és minden róla tárolt adatot. Nem vonható vissza.
account-password = Jelszó
account-back = Vissza a Saját fiók oldalra

## Üzenetek az áttekintő oldalon

account-password-changed = Jelszavát módosítottuk. A többi böngészőben kijelentkeztettük.
account-mfa-on = Fiókjához mostantól mindig kötelező a többtényezős hitelesítés.
account-mfa-off = A többtényezős hitelesítés már nem mindig kötelező.
account-mfa-confirm-first = A módosításhoz először erősítse meg második ellenőrzési módszerével (jelentkezzen be újra vele).
account-delete-wrong-password = Ez nem az Ön jelszava: a fiókot nem töröltük.
account-delete-confirm-first = A fiók törléséhez először erősítse meg második ellenőrzési módszerével (jelentkezzen be újra vele).
account-deleted-title = Fiókját töröltük
account-deleted-text = Fiókját és minden róla tárolt adatot eltávolítottunk.
account-create = Fiók létrehozása

## Személyes adatok

account-details-title = Személyes adatok
account-details-first-name = Utónév
account-details-last-name = Vezetéknév
account-details-email-heading = E-mail-címem módosítása
account-details-email-current = Az Ön e-mail-címe: { $email }. Az új címre linket küldünk; a módosítás akkor lép életbe, amikor megnyitja.
account-details-new-email = Új e-mail-cím
account-details-send-link = Megerősítő link küldése
account-details-saved = Személyes adatait mentettük.
account-details-link-sent = Linket küldtünk a következő címre: { $email }. Nyissa meg, hogy ez legyen az e-mail-címe.
account-details-email-changed = Az Ön e-mail-címe mostantól: { $email }.
account-details-wrong-password = Ez nem az Ön jelszava.
account-details-email-confirm-first = E-mail-címe módosításához először erősítse meg második ellenőrzési módszerével (jelentkezzen be újra vele).
account-details-link-invalid = Ez a link érvénytelen, lejárt vagy már felhasználták.
account-details-name-length = Az utónév és a vezetéknév 1–100 karakter hosszú lehet.
account-details-choose-language = Válassza ki az e-mailek nyelvét.
account-details-email-invalid = Adjon meg egy érvényes e-mail-címet.
account-details-email-same = Ez már az Ön e-mail-címe.
account-details-too-many-mails = Túl sok e-mailt kértek. Egy óra múlva próbálja újra.
account-details-email-taken = Ezt a címet már egy másik fiók használja.
account-email-title = Az Ön e-mail-címe
account-go = Ugrás a Saját fiók oldalra

## Munkameneteim megjelenítése

account-sessions-title = Munkameneteim megjelenítése
account-sessions-label = Munkameneteim
account-sessions-browser = Böngésző
account-sessions-address = Cím
account-sessions-signed-in = Bejelentkezés
account-sessions-last-activity = Utolsó tevékenység
account-sessions-applications = Alkalmazások
account-sessions-this-browser = (ez a böngésző)
account-sessions-no-applications = nincs
account-sessions-end = Munkamenet lezárása: { $browser } ({ $started })
account-sessions-end-others = Összes többi munkamenetem lezárása
account-session-ended = A munkamenetet lezártuk.
account-session-already-ended = Ez a munkamenet már lezárult.
account-other-sessions-ended = Minden más munkamenetet lezártunk.
account-browser-on-system = { $browser } ({ $system })

## Biztonsági előzmények

account-history-title = Biztonsági előzmények
account-history-intro = Fiókja biztonságát érintő minden módosítás, a legújabbal kezdve. Mindegyikről e-mailt is kapott.
account-history-none = Még nincs bejegyzés.
account-history-when = Időpont
account-history-what = Esemény
account-history-from = Forráscím
