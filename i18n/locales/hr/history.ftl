# The security history of an account: each line says what changed (shown in a table cell,
# so it starts in lower case).

history-mfa-mandatory = višefaktorska autentifikacija postala je obvezna
history-mfa-optional = višefaktorska autentifikacija postala je neobvezna
history-token-added = token dodan
history-token-deleted = token izbrisan
history-phone-added = broj mobilnog telefona { $number } dodan
history-phone-deleted = broj mobilnog telefona { $number } izbrisan
history-device-added = mobilni uređaj „{ $name }“ dodan
history-device-deleted = mobilni uređaj „{ $name }“ izbrisan
history-panic = PANIC: izbrisani svi mobilni uređaji ({ $devices }) i tokeni ({ $tokens }), sve sesije završene
history-app-denied-wrong-number = prijava odbijena na uređaju „{ $name }“: u aplikaciji je odabran pogrešan broj
history-app-denied = prijava odbijena na uređaju „{ $name }“: prijava je odbijena u aplikaciji
history-key-added = sigurnosni ključ „{ $name }“ dodan
history-key-added-password-only = sigurnosni ključ „{ $name }“ dodan prijavom samo uz lozinku
history-key-added-password-only-mailed = sigurnosni ključ „{ $name }“ dodan prijavom samo uz lozinku. Ako to niste bili vi, otvorite { $link } : time se uklanjaju lozinka, svi sigurnosni ključevi i kodovi za oporavak te završavaju sve sesije
history-key-deleted = sigurnosni ključ „{ $name }“ izbrisan
history-key-cloned = sigurnosni ključ „{ $name }“ odbijen: njegov je brojač krenuo unatrag, možda je kopiran
history-codes-generated = generirani novi kodovi za oporavak (stari više ne vrijede)
history-code-used = { $count ->
    [one] prijava kodom za oporavak (preostao je { $count })
    [few] prijava kodom za oporavak (preostala su { $count })
   *[other] prijava kodom za oporavak (preostalo je { $count })
}
history-email-change-requested = zatražena promjena adrese e-pošte u { $email }
history-email-changed = adresa e-pošte promijenjena iz { $old } u { $new }
