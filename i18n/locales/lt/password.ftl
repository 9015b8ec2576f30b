## The form that sets a password.

password-account = Paskyra:
password-rules-hint = Ne mažiau kaip 10 ženklų. Ilgas slaptafrazes iš nesusijusių žodžių lengva įsiminti ir sunku atspėti; jūsų vardas, e. pašto adresas ir dažni slaptažodžiai nepriimami.
password-problem = Kilo problema
password-new-label = Naujas slaptažodis
password-confirm-label = Patvirtinkite naują slaptažodį
password-set-submit = Nustatyti slaptažodį
password-choose-new = Pasirinkite naują slaptažodį
password-new-set-title = Naujas slaptažodis nustatytas
password-new-set = Jūsų saugumo sumetimais visi jūsų paskyros seansai baigti. Prisijunkite nauju slaptažodžiu.

## "Lost your password?"

password-lost-title = Pamiršote slaptažodį?
password-lost-intro = Įveskite savo paskyros e. pašto adresą. Atsiųsime nuorodą naujam slaptažodžiui pasirinkti.
password-email-label = E. paštas
password-lost-submit = Atsiųsti nuorodą
password-email-invalid = Įveskite galiojantį e. pašto adresą.
password-check-mailbox = Patikrinkite savo pašto dėžutę
password-lost-sent = Jei { $email } yra paskyros adresas, juo išsiuntėme nuorodą naujam slaptažodžiui pasirinkti.
password-lost-link-once = Nuoroda veikia vieną kartą ir galioja vieną valandą.

## "Change password".

password-change-title = Keisti slaptažodį
password-change-hint = Pakeitus slaptažodį, būsite atjungti nuo visų kitų naršyklių.
password-current-label = Dabartinis slaptažodis
password-change-submit = Keisti slaptažodį
password-back-to-account = Atgal į „Mano paskyra“
password-not-current = Tai ne jūsų dabartinis slaptažodis.
password-mismatch = Abu slaptažodžiai nesutampa.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Slaptažodį turi sudaryti ne mažiau kaip { $count } ženklas.
    [few] Slaptažodį turi sudaryti ne mažiau kaip { $count } ženklai.
   *[other] Slaptažodį turi sudaryti ne mažiau kaip { $count } ženklų.
}
password-too-long = { $count ->
    [one] Slaptažodį gali sudaryti ne daugiau kaip { $count } ženklas.
    [few] Slaptažodį gali sudaryti ne daugiau kaip { $count } ženklai.
   *[other] Slaptažodį gali sudaryti ne daugiau kaip { $count } ženklų.
}
password-is-email = Slaptažodis negali būti jūsų e. pašto adresas.
password-guessable = Šis slaptažodis per dažnas arba lengvai atspėjamas. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Pridėkite dar kelis neįprastus žodžius.
password-advice-few-words = Naudokite kelis žodžius, venkite įprastų frazių.
password-advice-no-symbols-needed = Simbolių, skaitmenų ar didžiųjų raidžių nereikia.
password-advice-another-word = Pridėkite dar vieną ar du žodžius. Neįprasti žodžiai yra geresni.
password-advice-capitals = Didžiosios raidės mažai padeda.
password-advice-all-uppercase = Vien didžiosiomis raidėmis parašytą slaptažodį beveik taip pat lengva atspėti kaip ir vien mažosiomis.
password-advice-reversed = Atvirkščiai parašytus žodžius nedaug sunkiau atspėti.
password-advice-substitutions = Nuspėjami pakeitimai, pavyzdžiui, „@“ vietoj „a“, mažai padeda.
password-advice-keyboard = Naudokite ilgesnį klaviatūros raštą su daugiau posūkių.
password-advice-repeats = Venkite pasikartojančių žodžių ir ženklų.
password-advice-sequences = Venkite sekų.
password-advice-recent-years = Venkite pastarųjų metų.
password-advice-your-years = Venkite su jumis susijusių metų.
password-advice-your-dates = Venkite su jumis susijusių datų ir metų.

## Lines of an account's security history.

password-history-changed = slaptažodis pakeistas
password-history-reset = slaptažodis atkurtas e. paštu atsiųsta nuoroda
password-history-secured = paskyra apsaugota e. paštu atsiųsta nuoroda: slaptažodis, saugumo raktai ir atkūrimo kodai pašalinti, visi seansai baigti
