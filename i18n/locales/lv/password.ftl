## The form that sets a password.

password-account = Konts:
password-rules-hint = Vismaz 10 rakstzīmes. Garas paroles frāzes no savstarpēji nesaistītiem vārdiem ir viegli atcerēties un grūti uzminēt; jūsu vārds, e-pasta adrese un izplatītas paroles netiek pieņemtas.
password-problem = Radās problēma
password-new-label = Jaunā parole
password-confirm-label = Apstiprināt jauno paroli
password-set-submit = Iestatīt paroli
password-choose-new = Izvēlieties jaunu paroli
password-new-set-title = Jaunā parole ir iestatīta
password-new-set = Jūsu drošībai visas jūsu konta sesijas ir beigtas. Pierakstieties ar jauno paroli.

## "Lost your password?"

password-lost-title = Aizmirsāt paroli?
password-lost-intro = Ievadiet sava konta e-pasta adresi. Mēs jums nosūtīsim saiti, lai izvēlētos jaunu paroli.
password-email-label = E-pasts
password-lost-submit = Nosūtīt man saiti
password-email-invalid = Ievadiet derīgu e-pasta adresi.
password-check-mailbox = Pārbaudiet savu pastkasti
password-lost-sent = Ja { $email } ir kāda konta adrese, mēs uz to nosūtījām saiti, lai izvēlētos jaunu paroli.
password-lost-link-once = Saite darbojas vienu reizi un ir derīga vienu stundu.

## "Change password".

password-change-title = Mainīt paroli
password-change-hint = Mainot paroli, tiek beigta pierakstīšanās visās pārējās pārlūkprogrammās.
password-current-label = Pašreizējā parole
password-change-submit = Mainīt paroli
password-back-to-account = Atpakaļ uz “Mans konts”
password-not-current = Šī nav jūsu pašreizējā parole.
password-mismatch = Abas paroles nesakrīt.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [zero] Parolei jāsastāv no vismaz { $count } rakstzīmēm.
    [one] Parolei jāsastāv no vismaz { $count } rakstzīmes.
   *[other] Parolei jāsastāv no vismaz { $count } rakstzīmēm.
}
password-too-long = { $count ->
    [zero] Parole drīkst saturēt ne vairāk kā { $count } rakstzīmes.
    [one] Parole drīkst saturēt ne vairāk kā { $count } rakstzīmi.
   *[other] Parole drīkst saturēt ne vairāk kā { $count } rakstzīmes.
}
password-is-email = Parole nedrīkst būt jūsu e-pasta adrese.
password-guessable = Šī parole ir pārāk izplatīta vai viegli uzminama. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Pievienojiet vēl dažus neparastus vārdus.
password-advice-few-words = Izmantojiet dažus vārdus, izvairieties no izplatītām frāzēm.
password-advice-no-symbols-needed = Simboli, cipari vai lielie burti nav nepieciešami.
password-advice-another-word = Pievienojiet vēl vienu vai divus vārdus. Neparasti vārdi ir labāki.
password-advice-capitals = Lielie burti daudz nepalīdz.
password-advice-all-uppercase = Tikai lielos burtus ir gandrīz tikpat viegli uzminēt kā tikai mazos.
password-advice-reversed = Otrādi rakstītus vārdus nav daudz grūtāk uzminēt.
password-advice-substitutions = Paredzami aizstājumi, piemēram, “@” burta “a” vietā, daudz nepalīdz.
password-advice-keyboard = Izmantojiet garāku tastatūras rakstu ar vairāk pagriezieniem.
password-advice-repeats = Izvairieties no atkārtotiem vārdiem un rakstzīmēm.
password-advice-sequences = Izvairieties no secībām.
password-advice-recent-years = Izvairieties no pēdējiem gadiem.
password-advice-your-years = Izvairieties no gadiem, kas saistīti ar jums.
password-advice-your-dates = Izvairieties no datumiem un gadiem, kas saistīti ar jums.

## Lines of an account's security history.

password-history-changed = parole nomainīta
password-history-reset = parole atiestatīta ar pa e-pastu nosūtītu saiti
password-history-secured = konts aizsargāts ar pa e-pastu nosūtīto saiti: parole, drošības atslēgas un atkopšanas kodi noņemti, visas sesijas beigtas
