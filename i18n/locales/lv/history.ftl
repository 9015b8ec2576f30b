# The security history of an account: each line says what changed (shown in a table cell,
# so it starts in lower case).

history-mfa-mandatory = daudzfaktoru autentifikācija padarīta obligāta
history-mfa-optional = daudzfaktoru autentifikācija padarīta neobligāta
history-token-added = marķieris pievienots
history-token-deleted = marķieris dzēsts
history-phone-added = mobilā tālruņa numurs { $number } pievienots
history-phone-deleted = mobilā tālruņa numurs { $number } dzēsts
history-device-added = mobilā ierīce “{ $name }” pievienota
history-device-deleted = mobilā ierīce “{ $name }” dzēsta
history-panic = PANIC: dzēstas visas mobilās ierīces ({ $devices }) un marķieri ({ $tokens }), visas sesijas beigtas
history-app-denied-wrong-number = pierakstīšanās noraidīta ierīcē “{ $name }”: lietotnē tika izvēlēts nepareizs skaitlis
history-app-denied = pierakstīšanās noraidīta ierīcē “{ $name }”: pierakstīšanās tika noraidīta lietotnē
history-key-added = drošības atslēga “{ $name }” pievienota
history-key-added-password-only = drošības atslēga “{ $name }” pievienota, pierakstoties tikai ar paroli
history-key-added-password-only-mailed = drošības atslēga “{ $name }” pievienota, pierakstoties tikai ar paroli. Ja tas nebijāt jūs, atveriet { $link } : tas noņems paroli, visas drošības atslēgas un atkopšanas kodus un beigs visas sesijas
history-key-deleted = drošības atslēga “{ $name }” dzēsta
history-key-cloned = drošības atslēga “{ $name }” noraidīta: tās skaitītājs ir gājis atpakaļ, iespējams, tā ir nokopēta
history-codes-generated = ģenerēti jauni atkopšanas kodi (vecie vairs nedarbojas)
history-code-used = { $count ->
    [zero] pierakstīšanās ar atkopšanas kodu (atlikuši { $count })
    [one] pierakstīšanās ar atkopšanas kodu (atlicis { $count })
   *[other] pierakstīšanās ar atkopšanas kodu (atlikuši { $count })
}
history-email-change-requested = pieprasīta e-pasta adreses maiņa uz { $email }
history-email-changed = e-pasta adrese mainīta no { $old } uz { $new }
