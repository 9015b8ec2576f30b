# Varnostna zgodovina računa (vrstice z malo začetnico). (Glossary: see login.ftl.)

history-mfa-mandatory = večfaktorsko preverjanje pristnosti nastavljeno kot obvezno
history-mfa-optional = večfaktorsko preverjanje pristnosti nastavljeno kot neobvezno
history-token-added = žeton dodan
history-token-deleted = žeton izbrisan
history-phone-added = številka mobilnega telefona { $number } dodana
history-phone-deleted = številka mobilnega telefona { $number } izbrisana
history-device-added = mobilna naprava »{ $name }« dodana
history-device-deleted = mobilna naprava »{ $name }« izbrisana
history-panic = PANIC: vse mobilne naprave ({ $devices }) in žetoni ({ $tokens }) izbrisani, vse seje končane
history-app-denied-wrong-number = prijava zavrnjena v napravi »{ $name }«: v aplikaciji je bila izbrana napačna številka
history-app-denied = prijava zavrnjena v napravi »{ $name }«: prijava je bila v aplikaciji zavrnjena
history-key-added = varnostni ključ »{ $name }« dodan
history-key-added-password-only = varnostni ključ »{ $name }« dodan pri prijavi samo z geslom
history-key-added-password-only-mailed = varnostni ključ »{ $name }« dodan pri prijavi samo z geslom. Če to niste bili vi, odprite { $link } : povezava odstrani geslo, vse varnostne ključe in obnovitvene kode ter konča vse seje
history-key-deleted = varnostni ključ »{ $name }« izbrisan
history-key-cloned = varnostni ključ »{ $name }« zavrnjen: njegov števec se je zmanjšal, morda je bil kopiran
history-codes-generated = ustvarjene nove obnovitvene kode (stare ne delujejo več)
history-code-used = { $count ->
    [one] prijava z obnovitveno kodo (preostane še { $count })
    [two] prijava z obnovitveno kodo (preostaneta še { $count })
    [few] prijava z obnovitveno kodo (preostanejo še { $count })
   *[other] prijava z obnovitveno kodo (preostane še { $count })
}
history-email-change-requested = zahtevana sprememba e-poštnega naslova v { $email }
history-email-changed = e-poštni naslov spremenjen iz { $old } v { $new }
