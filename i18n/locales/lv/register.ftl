## "Create an account": the form.

register-title = Izveidot kontu
register-problem = Radās problēma
register-first-name-label = Vārds
register-last-name-label = Uzvārds
register-email-label = E-pasts
register-confirm-email-label = Apstiprināt e-pastu
register-language-label = E-pasta valoda
register-privacy-acknowledge = Atzīmējot šo rūtiņu, jūs apliecināt, ka { $statement } ir izlasīts un saprasts
register-privacy-statement = paziņojums par privātumu
register-submit = Izveidot kontu
register-robot-intro = Jūsu pārlūkprogramma atrisina nelielu uzdevumu, lai parādītu, ka tā nav robots. Tam nepieciešams JavaScript, un tas aizņem sekundi vai divas.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Ievadiet savu vārdu (ne vairāk kā 100 rakstzīmes).
register-last-name-invalid = Ievadiet savu uzvārdu (ne vairāk kā 100 rakstzīmes).
register-email-invalid = Ievadiet derīgu e-pasta adresi, piemēram, name@hospital.eu.
register-emails-differ = Abas e-pasta adreses nesakrīt.
register-language-invalid = Izvēlieties e-pasta ziņojumu valodu.
register-privacy-required = Jums jāapliecina, ka paziņojums par privātumu ir izlasīts.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Pārbaudiet savu pastkasti
register-mail-sent = Mēs nosūtījām ziņojumu uz { $email }.
register-open-link = 24 stundu laikā atveriet tajā esošo saiti, lai apstiprinātu savu e-pasta adresi un izvēlētos paroli.
register-look-in-spam = Ja dažu minūšu laikā nekas nepienāk, pārbaudiet surogātpasta mapi.
register-choose-password = Izvēlieties paroli
register-ready-title = Jūsu konts ir gatavs
register-ready = Jūsu e-pasta adrese { $email } ir apstiprināta, un parole ir iestatīta.
register-already-title = Jums jau ir konts
register-already = Konts ar šo e-pasta adresi jau pastāv. Pierakstieties vai izmantojiet iespēju “Aizmirsāt paroli?”.
register-sign-in = Pierakstīties

## The anti-robot check.

register-robot-title = Pretrobotu pārbaude
register-robot-checking = Notiek pārbaude, vai neesat robots…
register-robot-done = Notiek pārbaude, vai neesat robots… pabeigta
register-robot-malformed = Pretrobotu pārbaudes trūkst, vai tā ir nepareizi veidota.
register-robot-expired = Pretrobotu pārbaudes derīgums ir beidzies; lūdzu, mēģiniet vēlreiz.
register-robot-unsolved = Pretrobotu pārbaude netika atrisināta.
register-robot-reused = Pretrobotu pārbaude jau ir izmantota; lūdzu, mēģiniet vēlreiz.
register-robot-other-address = Pretrobotu pārbaude tika veikta citai tīkla adresei; lūdzu, mēģiniet vēlreiz.

## The privacy statement.

register-privacy-title = Paziņojums par privātumu
register-privacy-kept = { $site } glabā jūsu vārdu, uzvārdu, e-pasta adresi, e-pasta valodu, jūsu paroles sālītu argon2id jaucējvērtību un pierakstīšanās laikā arī jūsu pārlūkprogrammas adresi un nosaukumu, lai jūs varētu pierakstīties Eiropas references tīklu lietotnēs.
register-privacy-shared = Nekas netiek nodots trešajām personām; pretrobotu pārbaude notiek jūsu pārlūkprogrammā. Lietotnes, kurās pierakstāties, saņem tikai to, ko tās pieprasa un ko jūs atļaujat.

## Confirming a new e-mail address.

register-email-confirm-title = Apstipriniet savu jauno e-pasta adresi
register-email-confirm-button = Apstiprināt manu jauno e-pasta adresi
