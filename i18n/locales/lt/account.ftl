## The overview ("My account")

account-title = Mano paskyra
account-name = Vardas ir pavardė
account-email = E. paštas
account-email-language = E. laiškų kalba
account-signed-in-since = Prisijungta nuo
account-sign-out = Atsijungti
account-change-password = Keisti slaptažodį
account-access-link = Mano prieiga prie taikomųjų programų
account-require-mfa = Visada reikalauti daugiaveiksnio autentifikavimo
account-save = Išsaugoti
account-consents-heading = Taikomosios programos, kurioms davėte leidimą
account-consents-none = Nė viena taikomoji programa dar neprašė jūsų sutikimo.
account-consent-withdraw = Atšaukti sutikimą taikomajai programai { $name }
account-offline-heading = Taikomosios programos su prieiga neprisijungus
account-offline-hint = Šios taikomosios programos gali veikti jūsų vardu ir tada, kai nesate prisijungę. Atšaukus prieigą, tai nedelsiant nutraukiama; programos turės vėl jūsų paprašyti.
account-offline-none = Nė viena taikomoji programa neturi prieigos neprisijungus.
account-offline-until = (iki { $until }, pratęsiama, kol naudojama)
account-offline-revoke = Atšaukti taikomosios programos { $name } prieigą neprisijungus
account-delete = Ištrinti mano paskyrą
account-delete-warning = Bus baigti visi seansai ir pašalinta jūsų paskyra bei visa apie ją saugoma informacija. To atšaukti negalima.
account-password = Slaptažodis
account-back = Atgal į „Mano paskyra“

## Messages on the overview

account-password-changed = Jūsų slaptažodis pakeistas. Kitose naršyklėse atsijungta.
account-mfa-on = Jūsų paskyrai dabar visada reikalingas daugiaveiksnis autentifikavimas.
account-mfa-off = Daugiaveiksnis autentifikavimas nebėra visada privalomas.
account-mfa-confirm-first = Norėdami tai pakeisti, pirmiausia patvirtinkite antruoju patvirtinimo būdu (prisijunkite juo dar kartą).
account-delete-wrong-password = Tai ne jūsų slaptažodis: paskyra neištrinta.
account-delete-confirm-first = Norėdami ištrinti paskyrą, pirmiausia patvirtinkite antruoju patvirtinimo būdu (prisijunkite juo dar kartą).
account-deleted-title = Jūsų paskyra ištrinta
account-deleted-text = Jūsų paskyra ir visa apie ją saugoma informacija pašalinta.
account-create = Sukurti paskyrą

## Personal data

account-details-title = Asmens duomenys
account-details-first-name = Vardas
account-details-last-name = Pavardė
account-details-email-heading = Keisti mano e. pašto adresą
account-details-email-current = Jūsų e. pašto adresas yra { $email }. Nuorodą išsiųsime naujuoju adresu; pakeitimas įsigalios, kai ją atidarysite.
account-details-new-email = Naujas e. paštas
account-details-send-link = Siųsti patvirtinimo nuorodą
account-details-saved = Jūsų asmens duomenys išsaugoti.
account-details-link-sent = Išsiuntėme nuorodą adresu { $email }. Atidarykite ją, kad šis adresas taptų jūsų e. pašto adresu.
account-details-email-changed = Jūsų e. pašto adresas dabar yra { $email }.
account-details-wrong-password = Tai ne jūsų slaptažodis.
account-details-email-confirm-first = Norėdami pakeisti e. pašto adresą, pirmiausia patvirtinkite antruoju patvirtinimo būdu (prisijunkite juo dar kartą).
account-details-link-invalid = Ši nuoroda negalioja, jos galiojimas baigėsi arba ji jau panaudota.
account-details-name-length = Vardą ir pavardę turi sudaryti nuo 1 iki 100 ženklų.
account-details-choose-language = Pasirinkite savo e. laiškų kalbą.
account-details-email-invalid = Įveskite galiojantį e. pašto adresą.
account-details-email-same = Tai jau yra jūsų e. pašto adresas.
account-details-too-many-mails = Paprašyta per daug laiškų. Bandykite dar kartą po valandos.
account-details-email-taken = Šį adresą dabar naudoja kita paskyra.
account-email-title = Jūsų e. pašto adresas
account-go = Eiti į „Mano paskyra“

## Display my sessions

account-sessions-title = Rodyti mano seansus
account-sessions-label = Mano seansai
account-sessions-browser = Naršyklė
account-sessions-address = Adresas
account-sessions-signed-in = Prisijungta
account-sessions-last-activity = Paskutinė veikla
account-sessions-applications = Taikomosios programos
account-sessions-this-browser = (ši naršyklė)
account-sessions-no-applications = nėra
account-sessions-end = Baigti naršyklės { $browser } seansą ({ $started })
account-sessions-end-others = Baigti visus kitus mano seansus
account-session-ended = Seansas baigtas.
account-session-already-ended = Tas seansas jau buvo pasibaigęs.
account-other-sessions-ended = Visi kiti seansai baigti.
account-browser-on-system = { $browser } sistemoje { $system }

## Security history

account-history-title = Saugumo istorija
account-history-intro = Visi jūsų paskyros saugumo pakeitimai, pradedant naujausiais. Apie kiekvieną iš jų jums taip pat buvo išsiųstas laiškas.
account-history-none = Kol kas nieko.
account-history-when = Kada
account-history-what = Kas
account-history-from = Iš adreso
