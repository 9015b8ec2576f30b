## Ülevaade ("Minu konto")

account-title = Minu konto
account-name = Nimi
account-email = E-post
account-email-language = E-kirjade keel
account-signed-in-since = Sisse logitud alates
account-sign-out = Logi välja
account-change-password = Muuda salasõna
account-access-link = Minu juurdepääs rakendustele
account-require-mfa = Nõua alati mitmikautentimist
account-save = Salvesta
account-consents-heading = Rakendused, mida olete lubanud
account-consents-none = Ükski rakendus ei ole veel teie nõusolekut küsinud.
account-consent-withdraw = Võta rakendusele { $name } antud nõusolek tagasi
account-offline-heading = Võrguühenduseta juurdepääsuga rakendused
account-offline-hint = Need rakendused saavad teie nimel tegutseda ka siis, kui te ei ole sisse logitud. Tühistamine lõpetab selle kohe; rakendused peavad teilt uuesti luba küsima.
account-offline-none = Ühelgi rakendusel ei ole võrguühenduseta juurdepääsu.
account-offline-until = (kuni { $until }, pikeneb kasutamise ajal)
account-offline-revoke = Tühista rakenduse { $name } võrguühenduseta juurdepääs
account-delete = Kustuta minu konto
account-delete-warning = See lõpetab kõik seansid ning eemaldab teie konto ja kõik selle kohta säilitatud andmed. Seda ei saa tagasi võtta.
account-password = Salasõna
account-back = Tagasi lehele Minu konto

## Ülevaate teated

account-password-changed = Teie salasõna on muudetud. Teistest brauseritest on välja logitud.
account-mfa-on = Teie konto jaoks on nüüd alati nõutav mitmikautentimine.
account-mfa-off = Mitmikautentimine ei ole enam alati nõutav.
account-mfa-confirm-first = Selle muutmiseks kinnitage esmalt oma teise kinnitusmeetodiga (logige sellega uuesti sisse).
account-delete-wrong-password = See ei ole teie salasõna: kontot ei kustutatud.
account-delete-confirm-first = Konto kustutamiseks kinnitage esmalt oma teise kinnitusmeetodiga (logige sellega uuesti sisse).
account-deleted-title = Teie konto kustutati
account-deleted-text = Teie konto ja kõik selle kohta säilitatud andmed on eemaldatud.
account-create = Loo konto

## Isikuandmed

account-details-title = Isikuandmed
account-details-first-name = Eesnimi
account-details-last-name = Perekonnanimi
account-details-email-heading = Muuda minu e-posti aadressi
account-details-email-current = Teie e-posti aadress on { $email }. Saadame uuele aadressile lingi; muudatus jõustub, kui selle avate.
account-details-new-email = Uus e-post
account-details-send-link = Saada kinnituslink
account-details-saved = Teie isikuandmed on salvestatud.
account-details-link-sent = Saatsime lingi aadressile { $email }. Avage see, et see aadress saaks teie e-posti aadressiks.
account-details-email-changed = Teie e-posti aadress on nüüd { $email }.
account-details-wrong-password = See ei ole teie salasõna.
account-details-email-confirm-first = E-posti aadressi muutmiseks kinnitage esmalt oma teise kinnitusmeetodiga (logige sellega uuesti sisse).
account-details-link-invalid = See link on kehtetu, aegunud või juba kasutatud.
account-details-name-length = Ees- ja perekonnanimi peavad olema 1 kuni 100 tähemärki pikad.
account-details-choose-language = Valige oma e-kirjade keel.
account-details-email-invalid = Sisestage kehtiv e-posti aadress.
account-details-email-same = See on juba teie e-posti aadress.
account-details-too-many-mails = Taotleti liiga palju e-kirju. Proovige tunni aja pärast uuesti.
account-details-email-taken = Seda aadressi kasutab nüüd teine konto.
account-email-title = Teie e-posti aadress
account-go = Mine lehele Minu konto

## Kuva minu seansid

account-sessions-title = Kuva minu seansid
account-sessions-label = Minu seansid
account-sessions-browser = Brauser
account-sessions-address = Aadress
account-sessions-signed-in = Sisse logitud
account-sessions-last-activity = Viimane tegevus
account-sessions-applications = Rakendused
account-sessions-this-browser = (see brauser)
account-sessions-no-applications = puuduvad
account-sessions-end = Lõpeta seanss: { $browser } ({ $started })
account-sessions-end-others = Lõpeta kõik minu teised seansid
account-session-ended = Seanss on lõpetatud.
account-session-already-ended = See seanss oli juba lõppenud.
account-other-sessions-ended = Kõik teised seansid on lõpetatud.
account-browser-on-system = { $browser } ({ $system })

## Turvaajalugu

account-history-title = Turvaajalugu
account-history-intro = Kõik teie konto turvalisusega seotud muudatused, uusimad eespool. Igaühe kohta saadeti teile ka e-kiri.
account-history-none = Veel midagi ei ole.
account-history-when = Millal
account-history-what = Mis
account-history-from = Aadressilt
