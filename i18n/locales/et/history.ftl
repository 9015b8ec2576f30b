# Konto turvaajaloo read (algavad väikese tähega).

history-mfa-mandatory = mitmikautentimine muudetud kohustuslikuks
history-mfa-optional = mitmikautentimine muudetud valikuliseks
history-token-added = token lisatud
history-token-deleted = token kustutatud
history-phone-added = mobiiltelefoni number { $number } lisatud
history-phone-deleted = mobiiltelefoni number { $number } kustutatud
history-device-added = mobiilseade „{ $name }“ lisatud
history-device-deleted = mobiilseade „{ $name }“ kustutatud
history-panic = PANIC: kõik mobiilseadmed ({ $devices }) ja tokenid ({ $tokens }) kustutatud, kõik seansid lõpetatud
history-app-denied-wrong-number = sisselogimine seadmes „{ $name }“ tagasi lükatud: rakenduses valiti vale number
history-app-denied = sisselogimine seadmes „{ $name }“ tagasi lükatud: sisselogimine lükati rakenduses tagasi
history-key-added = turvavõti „{ $name }“ lisatud
history-key-added-password-only = turvavõti „{ $name }“ lisatud ainult salasõnaga sisselogimise järel
history-key-added-password-only-mailed = turvavõti „{ $name }“ lisatud ainult salasõnaga sisselogimise järel. Kui see ei olnud teie, avage { $link } : see eemaldab salasõna, kõik turvavõtmed ja taastekoodid ning lõpetab kõik seansid
history-key-deleted = turvavõti „{ $name }“ kustutatud
history-key-cloned = turvavõti „{ $name }“ tagasi lükatud: selle loendur liikus tagasi, see võib olla kopeeritud
history-codes-generated = loodud uued taastekoodid (vanad enam ei tööta)
history-code-used = { $count ->
    [one] sisse logitud taastekoodiga (alles { $count })
   *[other] sisse logitud taastekoodiga (alles { $count })
}
history-email-change-requested = taotletud e-posti aadressi muutmist; uus aadress: { $email }
history-email-changed = e-posti aadress muudetud (vana: { $old }, uus: { $new })
