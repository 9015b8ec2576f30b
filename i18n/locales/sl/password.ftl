# Gesla: izbira (prvega ali novega), »Ste pozabili geslo?«, sprememba, pravila.
# (Glossary: see login.ftl.)

## Obrazec za nastavitev gesla

password-account = Račun:
password-rules-hint = Vsaj 10 znakov. Dolga gesla iz nepovezanih besed si je lahko zapomniti in jih je težko uganiti; vaše ime, vaš e-poštni naslov in pogosta gesla so zavrnjeni.
password-problem = Prišlo je do težave
password-new-label = Novo geslo
password-confirm-label = Potrdite novo geslo
password-set-submit = Nastavi moje geslo
password-choose-new = Izberite novo geslo
password-new-set-title = Novo geslo je nastavljeno
password-new-set = Zaradi vaše varnosti so bile končane vse seje vašega računa. Prijavite se z novim geslom.

## »Ste pozabili geslo?«

password-lost-title = Ste pozabili geslo?
password-lost-intro = Vnesite e-poštni naslov svojega računa. Poslali vam bomo povezavo za izbiro novega gesla.
password-email-label = E-pošta
password-lost-submit = Pošlji mi povezavo
password-email-invalid = Vnesite veljaven e-poštni naslov.
password-check-mailbox = Preverite svoj e-poštni predal
password-lost-sent = Če je { $email } naslov računa, smo nanj poslali povezavo za izbiro novega gesla.
password-lost-link-once = Povezava deluje enkrat, eno uro.

## »Sprememba gesla« (iz Mojega računa)

password-change-title = Sprememba gesla
password-change-hint = Ko spremenite geslo, boste odjavljeni iz vseh drugih brskalnikov.
password-current-label = Trenutno geslo
password-change-submit = Spremeni geslo
password-back-to-account = Nazaj na Moj račun
password-not-current = To ni vaše trenutno geslo.
password-mismatch = Gesli se ne ujemata.

## Pravila za gesla

password-too-short = { $count ->
    [one] Geslo mora imeti vsaj { $count } znak.
    [two] Geslo mora imeti vsaj { $count } znaka.
    [few] Geslo mora imeti vsaj { $count } znake.
   *[other] Geslo mora imeti vsaj { $count } znakov.
}
password-too-long = { $count ->
    [one] Geslo ima lahko največ { $count } znak.
    [two] Geslo ima lahko največ { $count } znaka.
    [few] Geslo ima lahko največ { $count } znake.
   *[other] Geslo ima lahko največ { $count } znakov.
}
password-is-email = Geslo ne sme biti enako vašemu e-poštnemu naslovu.
password-guessable = To geslo je preveč pogosto ali ga je lahko uganiti. { $advice }

## Nasveti za gesla, ki jih je lahko uganiti

password-advice-default = Dodajte še nekaj neobičajnih besed.
password-advice-few-words = Uporabite več besed in se izogibajte pogostim besednim zvezam.
password-advice-no-symbols-needed = Simboli, števke ali velike črke niso potrebni.
password-advice-another-word = Dodajte še besedo ali dve. Neobičajne besede so boljše.
password-advice-capitals = Velike začetnice ne pomagajo veliko.
password-advice-all-uppercase = Geslo iz samih velikih črk je skoraj tako lahko uganiti kot geslo iz samih malih.
password-advice-reversed = Besede, zapisane nazaj, ni veliko težje uganiti.
password-advice-substitutions = Predvidljive zamenjave, kot je »@« namesto »a«, ne pomagajo veliko.
password-advice-keyboard = Uporabite daljši vzorec na tipkovnici z več spremembami smeri.
password-advice-repeats = Izogibajte se ponavljajočim se besedam in znakom.
password-advice-sequences = Izogibajte se zaporedjem.
password-advice-recent-years = Izogibajte se letnicam iz zadnjih let.
password-advice-your-years = Izogibajte se letnicam, povezanim z vami.
password-advice-your-dates = Izogibajte se datumom in letnicam, povezanim z vami.

## Vrstice varnostne zgodovine (z malo začetnico)

password-history-changed = geslo spremenjeno
password-history-reset = geslo ponastavljeno s povezavo, poslano po e-pošti
password-history-secured = račun zavarovan s povezavo iz e-poštnega sporočila: geslo, varnostni ključi in obnovitvene kode odstranjeni, vse seje končane
