# The security history of an account: each line says what changed (shown in a table cell,
# so it starts in lower case).

history-mfa-mandatory = daugiaveiksnis autentifikavimas tapo privalomas
history-mfa-optional = daugiaveiksnis autentifikavimas tapo neprivalomas
history-token-added = pridėtas žetonas
history-token-deleted = ištrintas žetonas
history-phone-added = pridėtas mobiliojo telefono numeris { $number }
history-phone-deleted = ištrintas mobiliojo telefono numeris { $number }
history-device-added = pridėtas mobilusis įrenginys „{ $name }“
history-device-deleted = ištrintas mobilusis įrenginys „{ $name }“
history-panic = PANIC: ištrinti visi mobilieji įrenginiai ({ $devices }) ir žetonai ({ $tokens }), visi seansai baigti
history-app-denied-wrong-number = prisijungimas atmestas įrenginyje „{ $name }“: programėlėje pasirinktas neteisingas skaičius
history-app-denied = prisijungimas atmestas įrenginyje „{ $name }“: prisijungimas atmestas programėlėje
history-key-added = pridėtas saugumo raktas „{ $name }“
history-key-added-password-only = saugumo raktas „{ $name }“ pridėtas prisijungus tik slaptažodžiu
history-key-added-password-only-mailed = saugumo raktas „{ $name }“ pridėtas prisijungus tik slaptažodžiu. Jei tai buvote ne jūs, atidarykite { $link } : bus pašalintas slaptažodis, visi saugumo raktai ir atkūrimo kodai, o visi seansai baigti
history-key-deleted = ištrintas saugumo raktas „{ $name }“
history-key-cloned = saugumo raktas „{ $name }“ atmestas: jo skaitiklis sumažėjo, galbūt jis buvo nukopijuotas
history-codes-generated = sugeneruoti nauji atkūrimo kodai (senieji nebeveikia)
history-code-used = { $count ->
    [one] prisijungta atkūrimo kodu (liko { $count })
    [few] prisijungta atkūrimo kodu (liko { $count })
   *[other] prisijungta atkūrimo kodu (liko { $count })
}
history-email-change-requested = paprašyta pakeisti e. pašto adresą į { $email }
history-email-changed = e. pašto adresas pakeistas iš { $old } į { $new }
