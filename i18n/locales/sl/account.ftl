# Moj račun: pregled, osebni podatki, seje, varnostna zgodovina, izbris računa.
# (Glossary: see login.ftl.)

## Pregled (»Moj račun«)

account-title = Moj račun
account-name = Ime
account-email = E-pošta
account-email-language = Jezik e-poštnih sporočil
account-signed-in-since = Prijavljeni od
account-sign-out = Odjava
account-change-password = Sprememba gesla
account-access-link = Moj dostop do aplikacij
account-require-mfa = Vedno zahtevaj večfaktorsko preverjanje pristnosti
account-save = Shrani
account-consents-heading = Aplikacije, ki ste jim dali soglasje
account-consents-none = Nobena aplikacija vas še ni prosila za soglasje.
account-consent-withdraw = Prekliči soglasje za { $name }
account-offline-heading = Aplikacije z dostopom brez povezave
account-offline-hint = Te aplikacije lahko delujejo v vašem imenu, ko niste prijavljeni. S preklicem se to takoj konča; aplikacije vas morajo znova vprašati.
account-offline-none = Nobena aplikacija nima dostopa brez povezave.
account-offline-until = (do { $until }, podaljšano, dokler se uporablja)
account-offline-revoke = Prekliči dostop brez povezave za { $name }
account-delete = Izbriši moj račun
account-delete-warning = S tem se končajo vse seje, odstranijo pa se vaš račun in vsi podatki, shranjeni o njem. Tega ni mogoče razveljaviti.
account-password = Geslo
account-back = Nazaj na Moj račun

## Sporočila na pregledu

account-password-changed = Vaše geslo je bilo spremenjeno. Drugi brskalniki so bili odjavljeni.
account-mfa-on = Za vaš račun se zdaj vedno zahteva večfaktorsko preverjanje pristnosti.
account-mfa-off = Večfaktorsko preverjanje pristnosti se ne zahteva več vedno.
account-mfa-confirm-first = Če želite to spremeniti, najprej potrdite z drugim načinom preverjanja (znova se prijavite z njim).
account-delete-wrong-password = To ni vaše geslo: račun ni bil izbrisan.
account-delete-confirm-first = Če želite izbrisati račun, najprej potrdite z drugim načinom preverjanja (znova se prijavite z njim).
account-deleted-title = Vaš račun je bil izbrisan
account-deleted-text = Vaš račun in vsi podatki, shranjeni o njem, so bili odstranjeni.
account-create = Ustvari račun

## Osebni podatki

account-details-title = Osebni podatki
account-details-first-name = Ime
account-details-last-name = Priimek
account-details-email-heading = Sprememba mojega e-poštnega naslova
account-details-email-current = Vaš e-poštni naslov je { $email }. Na novi naslov pošljemo povezavo; sprememba začne veljati, ko jo odprete.
account-details-new-email = Nova e-pošta
account-details-send-link = Pošlji potrditveno povezavo
account-details-saved = Vaši osebni podatki so shranjeni.
account-details-link-sent = Povezavo smo poslali na naslov { $email }. Odprite jo, da postane to vaš e-poštni naslov.
account-details-email-changed = Vaš e-poštni naslov je zdaj { $email }.
account-details-wrong-password = To ni vaše geslo.
account-details-email-confirm-first = Če želite spremeniti e-poštni naslov, najprej potrdite z drugim načinom preverjanja (znova se prijavite z njim).
account-details-link-invalid = Ta povezava je neveljavna, je potekla ali je bila že uporabljena.
account-details-name-length = Ime in priimek morata imeti od 1 do 100 znakov.
account-details-choose-language = Izberite jezik svojih e-poštnih sporočil.
account-details-email-invalid = Vnesite veljaven e-poštni naslov.
account-details-email-same = To je že vaš e-poštni naslov.
account-details-too-many-mails = Zahtevanih je bilo preveč e-poštnih sporočil. Poskusite znova čez eno uro.
account-details-email-taken = Ta naslov zdaj uporablja drug račun.
account-email-title = Vaš e-poštni naslov
account-go = Na Moj račun

## Prikaz mojih sej

account-sessions-title = Prikaz mojih sej
account-sessions-label = Moje seje
account-sessions-browser = Brskalnik
account-sessions-address = Naslov
account-sessions-signed-in = Prijava
account-sessions-last-activity = Zadnja dejavnost
account-sessions-applications = Aplikacije
account-sessions-this-browser = (ta brskalnik)
account-sessions-no-applications = nobena
account-sessions-end = Končaj sejo v brskalniku { $browser } ({ $started })
account-sessions-end-others = Končaj vse moje druge seje
account-session-ended = Seja je bila končana.
account-session-already-ended = Ta seja se je že končala.
account-other-sessions-ended = Vse druge seje so bile končane.
account-browser-on-system = { $browser } v sistemu { $system }

## Varnostna zgodovina

account-history-title = Varnostna zgodovina
account-history-intro = Vse spremembe varnosti vašega računa, od najnovejše naprej. O vsaki ste prejeli tudi e-poštno sporočilo.
account-history-none = Še nič.
account-history-when = Kdaj
account-history-what = Kaj
account-history-from = Z naslova
