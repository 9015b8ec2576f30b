# Strani z napakami, zavrnjeni obrazci, porabljene povezave. (Glossary: see login.ftl.)

## Stran z napako

errors-bad-request-title = S to zahtevo nekaj ni v redu
errors-forbidden-title = Tega obrazca ni mogoče sprejeti
errors-not-found-title = Strani ni mogoče najti
errors-not-found = Na tem naslovu ni strani.
errors-too-large-title = Preveč podatkov
errors-too-large = Obrazec je poslal več podatkov, kot jih potrebuje kateri koli od naših obrazcev.
errors-too-many-requests-title = Preveč zahtev
errors-unavailable-title = Storitev začasno ni na voljo
errors-unavailable = Storitev trenutno ne more odgovoriti. Nič ni bilo spremenjeno; poskusite znova čez minuto.
errors-internal-title = Na naši strani je prišlo do napake
errors-internal = Napaka je zabeležena. Poskusite znova; če se ponovi, se obrnite na podporo in navedite spodnjo referenco.
errors-go-to-start = Na začetno stran
errors-reference = Referenca za podporo:

## Obrazci, ki jih ni mogoče sprejeti

errors-form-not-urlencoded = Obrazci morajo biti poslani kot application/x-www-form-urlencoded.
errors-form-other-site = Obrazec je bil poslan z drugega spletnega mesta.
errors-form-unreadable = Obrazca ni bilo mogoče prebrati.
errors-form-malformed = Obrazec je nepravilno oblikovan.
errors-form-expired = Ta obrazec je potekel ali ni bil poslan z naših strani. Vrnite se, znova naložite stran in poskusite znova.
errors-form-wrong-kind = Obrazec ima polje napačne vrste.

## E-poštna sporočila in povezave

errors-too-many-mails = Za ta naslov ali z vašega omrežja je bilo zahtevanih preveč e-poštnih sporočil. Poskusite znova čez eno uro.
errors-link-invalid-title = Te povezave ni mogoče uporabiti
errors-link-invalid = Povezava je neveljavna, je potekla ali je bila že uporabljena. Povezave v naših sporočilih delujejo enkrat.
errors-go-to-sign-in = Na prijavo
