## Salasõna määramise vorm

password-account = Konto:
password-rules-hint = Vähemalt 10 tähemärki. Omavahel mitteseotud sõnadest koosnevaid pikki paroolifraase on lihtne meelde jätta ja raske ära arvata; teie nime, e-posti aadressi ja levinud salasõnu ei aktsepteerita.
password-problem = Esines probleem
password-new-label = Uus salasõna
password-confirm-label = Kinnita uus salasõna
password-set-submit = Määra salasõna
password-choose-new = Valige uus salasõna
password-new-set-title = Teie uus salasõna on määratud
password-new-set = Teie turvalisuse huvides on teie konto kõik seansid lõpetatud. Logige sisse uue salasõnaga.

## "Unustasite salasõna?"

password-lost-title = Unustasite salasõna?
password-lost-intro = Sisestage oma konto e-posti aadress. Saadame teile lingi uue salasõna valimiseks.
password-email-label = E-post
password-lost-submit = Saada mulle link
password-email-invalid = Sisestage kehtiv e-posti aadress.
password-check-mailbox = Kontrollige oma postkasti
password-lost-sent = Kui { $email } on mõne konto aadress, saatsime sinna lingi uue salasõna valimiseks.
password-lost-link-once = Link töötab ühe korra ja ühe tunni jooksul.

## "Muuda salasõna" (lehelt Minu konto)

password-change-title = Muuda salasõna
password-change-hint = Salasõna muutmisel logitakse teid välja kõigist teistest brauseritest.
password-current-label = Praegune salasõna
password-change-submit = Muuda salasõna
password-back-to-account = Tagasi lehele Minu konto
password-not-current = See ei ole teie praegune salasõna.
password-mismatch = Kaks salasõna ei ole samad.

## Salasõna reeglid

password-too-short = { $count ->
    [one] Salasõnas peab olema vähemalt { $count } tähemärk.
   *[other] Salasõnas peab olema vähemalt { $count } tähemärki.
}
password-too-long = { $count ->
    [one] Salasõnas võib olla kõige rohkem { $count } tähemärk.
   *[other] Salasõnas võib olla kõige rohkem { $count } tähemärki.
}
password-is-email = Salasõna ei tohi olla teie e-posti aadress.
password-guessable = See salasõna on liiga levinud või kergesti äraarvatav. { $advice }

## Nõuanded kergesti äraarvatava salasõna kohta

password-advice-default = Lisage veel mõni harvaesinev sõna.
password-advice-few-words = Kasutage mitut sõna, vältige levinud fraase.
password-advice-no-symbols-needed = Sümboleid, numbreid ega suurtähti pole vaja.
password-advice-another-word = Lisage veel sõna või kaks. Harvaesinevad sõnad on paremad.
password-advice-capitals = Suur algustäht ei aita eriti.
password-advice-all-uppercase = Ainult suurtähed on peaaegu sama kergesti äraarvatavad kui ainult väiketähed.
password-advice-reversed = Tagurpidi kirjutatud sõnu ei ole palju raskem ära arvata.
password-advice-substitutions = Etteaimatavad asendused, näiteks '@' 'a' asemel, ei aita eriti.
password-advice-keyboard = Kasutage pikemat ja rohkemate pööretega klaviatuurimustrit.
password-advice-repeats = Vältige korduvaid sõnu ja märke.
password-advice-sequences = Vältige järjestikuseid märke.
password-advice-recent-years = Vältige viimaseid aastaid.
password-advice-your-years = Vältige teiega seotud aastaid.
password-advice-your-dates = Vältige teiega seotud kuupäevi ja aastaid.

## Konto turvaajaloo read (algavad väikese tähega)

password-history-changed = salasõna muudetud
password-history-reset = salasõna lähtestatud e-postiga saadetud lingi abil
password-history-secured = konto turvatud e-postiga saadetud lingi abil: salasõna, turvavõtmed ja taastekoodid eemaldatud, kõik seansid lõpetatud
