# Ustvarjanje računa, preverjanje proti robotom, izjava o varstvu zasebnosti, potrditev
# novega e-poštnega naslova. (Glossary: see login.ftl.)

## »Ustvarite račun«: obrazec

register-title = Ustvarite račun
register-problem = Prišlo je do težave
register-first-name-label = Ime
register-last-name-label = Priimek
register-email-label = E-pošta
register-confirm-email-label = Potrdite e-pošto
register-language-label = Jezik e-poštnih sporočil
register-privacy-acknowledge = Z izbiro tega polja potrjujete, da ste prebrali in razumeli { $statement }
register-privacy-statement = izjavo o varstvu zasebnosti
register-submit = Ustvari račun
register-robot-intro = Vaš brskalnik reši majhno uganko in tako pokaže, da ni robot. Za to je potreben JavaScript, traja pa sekundo ali dve.

## Napake v obrazcu

register-first-name-invalid = Vnesite svoje ime (največ 100 znakov).
register-last-name-invalid = Vnesite svoj priimek (največ 100 znakov).
register-email-invalid = Vnesite veljaven e-poštni naslov, npr. ime@bolnisnica.eu.
register-emails-differ = E-poštna naslova se ne ujemata.
register-language-invalid = Izberite jezik svojih e-poštnih sporočil.
register-privacy-required = Potrditi morate, da ste seznanjeni z izjavo o varstvu zasebnosti.

## Po oddaji obrazca in povezava v potrditvenem sporočilu

register-check-mailbox = Preverite svoj e-poštni predal
register-mail-sent = Poslali smo sporočilo na naslov { $email }.
register-open-link = V 24 urah odprite povezavo v njem, da potrdite svoj e-poštni naslov in izberete geslo.
register-look-in-spam = Če v nekaj minutah ne prejmete ničesar, preverite mapo z neželeno pošto.
register-choose-password = Izberite geslo
register-ready-title = Vaš račun je pripravljen
register-ready = Vaš e-poštni naslov { $email } je potrjen in geslo je nastavljeno.
register-already-title = Račun že imate
register-already = Račun s tem e-poštnim naslovom že obstaja. Prijavite se ali uporabite »Ste pozabili geslo?«.
register-sign-in = Prijava

## Preverjanje proti robotom

register-robot-title = Preverjanje proti robotom
register-robot-checking = Preverjamo, da niste robot …
register-robot-done = Preverjamo, da niste robot … končano
register-robot-malformed = Preverjanje proti robotom manjka ali je nepravilno oblikovano.
register-robot-expired = Preverjanje proti robotom je poteklo; poskusite znova.
register-robot-unsolved = Preverjanje proti robotom ni bilo rešeno.
register-robot-reused = Preverjanje proti robotom je bilo že uporabljeno; poskusite znova.
register-robot-other-address = Preverjanje proti robotom je bilo opravljeno za drug omrežni naslov; poskusite znova.

## Izjava o varstvu zasebnosti

register-privacy-title = Izjava o varstvu zasebnosti
register-privacy-kept = { $site } hrani vaše ime, e-poštni naslov, jezik e-poštnih sporočil, zgoščeno vrednost vašega gesla (argon2id s soljo) ter, dokler ste prijavljeni, naslov in ime vašega brskalnika, da vas lahko prijavi v aplikacije evropskih referenčnih mrež.
register-privacy-shared = Ničesar ne delimo s tretjimi osebami; preverjanje proti robotom poteka v vašem brskalniku. Aplikacije, v katere se prijavite, prejmejo samo podatke, ki jih zahtevajo in jih dovolite.

## Potrditev novega e-poštnega naslova

register-email-confirm-title = Potrdite svoj novi e-poštni naslov
register-email-confirm-button = Potrdi moj novi e-poštni naslov
