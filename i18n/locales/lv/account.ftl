## The overview ("My account")

account-title = Mans konts
account-name = Vārds, uzvārds
account-email = E-pasts
account-email-language = E-pasta valoda
account-signed-in-since = Sesija aktīva kopš
account-sign-out = Izrakstīties
account-change-password = Mainīt paroli
account-access-link = Mana piekļuve lietotnēm
account-require-mfa = Vienmēr pieprasīt daudzfaktoru autentifikāciju
account-save = Saglabāt
account-consents-heading = Lietotnes, kurām dota jūsu atļauja
account-consents-none = Neviena lietotne vēl nav lūgusi jūsu piekrišanu.
account-consent-withdraw = Atsaukt piekrišanu lietotnei { $name }
account-offline-heading = Lietotnes ar bezsaistes piekļuvi
account-offline-hint = Šīs lietotnes var darboties jūsu vārdā arī ārpus jūsu pierakstīšanās sesijas. Atsaucot piekļuvi, tā tiek pārtraukta nekavējoties; lietotnēm būs atkal jālūdz jūsu atļauja.
account-offline-none = Nevienai lietotnei nav bezsaistes piekļuves.
account-offline-until = (līdz { $until }; tiek atjaunota, kamēr to izmanto)
account-offline-revoke = Atsaukt bezsaistes piekļuvi lietotnei { $name }
account-delete = Dzēst manu kontu
account-delete-warning = Tiks beigtas visas sesijas un dzēsts jūsu konts un viss, kas par to tiek glabāts. To nevar atsaukt.
account-password = Parole
account-back = Atpakaļ uz “Mans konts”

## Messages on the overview

account-password-changed = Jūsu parole ir nomainīta. Pierakstīšanās citās pārlūkprogrammās ir beigta.
account-mfa-on = Jūsu kontam tagad vienmēr ir nepieciešama daudzfaktoru autentifikācija.
account-mfa-off = Daudzfaktoru autentifikācija vairs nav vienmēr nepieciešama.
account-mfa-confirm-first = Lai to mainītu, vispirms apstipriniet ar savu otro verifikācijas metodi (pierakstieties vēlreiz ar to).
account-delete-wrong-password = Šī nav jūsu parole: konts netika dzēsts.
account-delete-confirm-first = Lai dzēstu kontu, vispirms apstipriniet ar savu otro verifikācijas metodi (pierakstieties vēlreiz ar to).
account-deleted-title = Jūsu konts tika dzēsts
account-deleted-text = Jūsu konts un viss, kas par to tika glabāts, ir dzēsts.
account-create = Izveidot kontu

## Personal data

account-details-title = Personas dati
account-details-first-name = Vārds
account-details-last-name = Uzvārds
account-details-email-heading = Mainīt manu e-pasta adresi
account-details-email-current = Jūsu e-pasta adrese ir { $email }. Mēs nosūtīsim saiti uz jauno adresi; izmaiņas stāsies spēkā, kad to atvērsiet.
account-details-new-email = Jaunais e-pasts
account-details-send-link = Nosūtīt apstiprinājuma saiti
account-details-saved = Jūsu personas dati ir saglabāti.
account-details-link-sent = Mēs nosūtījām saiti uz { $email }. Atveriet to, lai šī kļūtu par jūsu e-pasta adresi.
account-details-email-changed = Jūsu e-pasta adrese tagad ir { $email }.
account-details-wrong-password = Šī nav jūsu parole.
account-details-email-confirm-first = Lai mainītu e-pasta adresi, vispirms apstipriniet ar savu otro verifikācijas metodi (pierakstieties vēlreiz ar to).
account-details-link-invalid = Šī saite ir nederīga, tās derīgums ir beidzies, vai tā jau ir izmantota.
account-details-name-length = Vārdā un uzvārdā jābūt no 1 līdz 100 rakstzīmēm.
account-details-choose-language = Izvēlieties e-pasta ziņojumu valodu.
account-details-email-invalid = Ievadiet derīgu e-pasta adresi.
account-details-email-same = Šī jau ir jūsu e-pasta adrese.
account-details-too-many-mails = Ir pieprasīts pārāk daudz e-pasta ziņojumu. Mēģiniet vēlreiz pēc stundas.
account-details-email-taken = Šo adresi tagad izmanto cits konts.
account-email-title = Jūsu e-pasta adrese
account-go = Uz “Mans konts”

## Display my sessions

account-sessions-title = Parādīt manas sesijas
account-sessions-label = Manas sesijas
account-sessions-browser = Pārlūkprogramma
account-sessions-address = Adrese
account-sessions-signed-in = Pierakstīšanās
account-sessions-last-activity = Pēdējā darbība
account-sessions-applications = Lietotnes
account-sessions-this-browser = (šī pārlūkprogramma)
account-sessions-no-applications = nav
account-sessions-end = Beigt sesiju { $browser } ({ $started })
account-sessions-end-others = Beigt visas pārējās manas sesijas
account-session-ended = Sesija ir beigta.
account-session-already-ended = Šī sesija jau bija beigusies.
account-other-sessions-ended = Visas pārējās sesijas ir beigtas.
account-browser-on-system = { $browser } sistēmā { $system }

## Security history

account-history-title = Drošības vēsture
account-history-intro = Visas jūsu konta drošības izmaiņas, sākot ar jaunākajām. Par katru no tām jums tika nosūtīts arī e-pasta ziņojums.
account-history-none = Pagaidām nekā.
account-history-when = Kad
account-history-what = Kas
account-history-from = No adreses
