# The security history of an account (lines start in lower case). (Glossary: see login.ftl.)

history-mfa-mandatory = l-awtentikazzjoni b'diversi fatturi saret obbligatorja
history-mfa-optional = l-awtentikazzjoni b'diversi fatturi saret fakultattiva
history-token-added = token miżjud
history-token-deleted = token imħassar
history-phone-added = numru tat-telefon ċellulari { $number } miżjud
history-phone-deleted = numru tat-telefon ċellulari { $number } imħassar
history-device-added = apparat mobbli "{ $name }" miżjud
history-device-deleted = apparat mobbli "{ $name }" imħassar
history-panic = PANIC: l-apparati mobbli ({ $devices }) u t-tokens ({ $tokens }) kollha tħassru, kull sessjoni ntemmet
history-app-denied-wrong-number = dħul miċħud fuq "{ $name }": intgħażel numru ħażin fl-app
history-app-denied = dħul miċħud fuq "{ $name }": id-dħul ġie miċħud fl-app
history-key-added = ċavetta tas-sigurtà "{ $name }" miżjuda
history-key-added-password-only = ċavetta tas-sigurtà "{ $name }" miżjuda permezz ta' dħul bil-password biss
history-key-added-password-only-mailed = ċavetta tas-sigurtà "{ $name }" miżjuda permezz ta' dħul bil-password biss. Jekk ma kontx int, iftaħ { $link } : dan ineħħi l-password, kull ċavetta tas-sigurtà u kull kodiċi ta' rkupru, u jtemm kull sessjoni
history-key-deleted = ċavetta tas-sigurtà "{ $name }" imħassra
history-key-cloned = ċavetta tas-sigurtà "{ $name }" irrifjutata: il-counter tagħha mar lura, jista' jkun li ġiet ikkupjata
history-codes-generated = kodiċijiet ta' rkupru ġodda ġġenerati (il-qodma ma jibqgħux jaħdmu)
history-code-used = { $count ->
    [one] dħul b'kodiċi ta' rkupru (fadal { $count })
    [two] dħul b'kodiċi ta' rkupru (fadal { $count })
    [few] dħul b'kodiċi ta' rkupru (fadal { $count })
    [many] dħul b'kodiċi ta' rkupru (fadal { $count })
   *[other] dħul b'kodiċi ta' rkupru (fadal { $count })
}
history-email-change-requested = intalbet bidla tal-indirizz tal-email għal { $email }
history-email-changed = l-indirizz tal-email inbidel minn { $old } għal { $new }
