# Jelszavak: megadás (első vagy új), „Elfelejtette a jelszavát?”, módosítás, szabályok.

## A jelszót beállító űrlap

password-account = Fiók:
password-rules-hint = Legalább 10 karakter. Az egymáshoz nem kapcsolódó szavakból álló hosszú jelmondatokat könnyű megjegyezni és nehéz kitalálni; az Ön nevét, e-mail-címét és a gyakori jelszavakat a rendszer elutasítja.
password-problem = Az űrlap hibát tartalmaz
password-new-label = Új jelszó
password-confirm-label = Új jelszó megerősítése
password-set-submit = Jelszó beállítása
password-choose-new = Adjon meg új jelszót
password-new-set-title = Új jelszava be van állítva
password-new-set = Biztonsága érdekében fiókja minden munkamenetét lezártuk. Jelentkezzen be új jelszavával.

## „Elfelejtette a jelszavát?”

password-lost-title = Elfelejtette a jelszavát?
password-lost-intro = Adja meg fiókja e-mail-címét. Küldünk egy linket, amellyel új jelszót adhat meg.
password-email-label = E-mail-cím
password-lost-submit = Link küldése
password-email-invalid = Adjon meg egy érvényes e-mail-címet.
password-check-mailbox = Nézze meg a postafiókját
password-lost-sent = Ha a(z) { $email } cím egy fiókhoz tartozik, elküldtük rá az új jelszó megadásához szükséges linket.
password-lost-link-once = A link egyszer használható, egy órán át.

## „Jelszó módosítása” (a Saját fiók oldalról)

password-change-title = Jelszó módosítása
password-change-hint = Jelszava módosításakor minden más böngészőben kijelentkezteti a rendszer.
password-current-label = Jelenlegi jelszó
password-change-submit = Jelszó módosítása
password-back-to-account = Vissza a Saját fiók oldalra
password-not-current = Ez nem az Ön jelenlegi jelszava.
password-mismatch = A két jelszó nem egyezik.

## A jelszószabályok

password-too-short = { $count ->
    [one] A jelszónak legalább { $count } karakterből kell állnia.
   *[other] A jelszónak legalább { $count } karakterből kell állnia.
}
password-too-long = { $count ->
    [one] A jelszó legfeljebb { $count } karakterből állhat.
   *[other] A jelszó legfeljebb { $count } karakterből állhat.
}
password-is-email = A jelszó nem lehet az Ön e-mail-címe.
password-guessable = Ez a jelszó túl gyakori vagy könnyen kitalálható. { $advice }

## Tanácsok könnyen kitalálható jelszóhoz

password-advice-default = Adjon hozzá még néhány ritka szót.
password-advice-few-words = Használjon néhány szót, és kerülje a gyakori kifejezéseket.
password-advice-no-symbols-needed = Nincs szükség szimbólumokra, számjegyekre vagy nagybetűkre.
password-advice-another-word = Adjon hozzá még egy-két szót. A ritka szavak jobbak.
password-advice-capitals = A nagy kezdőbetű nem sokat segít.
password-advice-all-uppercase = A csupa nagybetű majdnem olyan könnyen kitalálható, mint a csupa kisbetű.
password-advice-reversed = A visszafelé írt szavakat alig nehezebb kitalálni.
password-advice-substitutions = A kiszámítható helyettesítések, például „@” az „a” helyett, nem sokat segítenek.
password-advice-keyboard = Használjon hosszabb, több irányváltást tartalmazó billentyűzetmintát.
password-advice-repeats = Kerülje az ismétlődő szavakat és karaktereket.
password-advice-sequences = Kerülje a sorozatokat.
password-advice-recent-years = Kerülje a közelmúlt évszámait.
password-advice-your-years = Kerülje az Önhöz kapcsolódó évszámokat.
password-advice-your-dates = Kerülje az Önhöz kapcsolódó dátumokat és évszámokat.

## A fiók biztonsági előzményeinek sorai (kisbetűvel kezdődnek)

password-history-changed = jelszó módosítva
password-history-reset = jelszó visszaállítva e-mailben küldött linkkel
password-history-secured = fiók biztosítva az e-mailben küldött linkkel: jelszó, biztonsági kulcsok és helyreállítási kódok eltávolítva, minden munkamenet lezárva
