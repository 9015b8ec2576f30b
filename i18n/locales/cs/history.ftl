# Lines of the security history (lower case, shown next to the date and address).

history-mfa-mandatory = vícefaktorové ověření nastaveno jako povinné
history-mfa-optional = vícefaktorové ověření nastaveno jako volitelné
history-token-added = token přidán
history-token-deleted = token odstraněn
history-phone-added = číslo mobilního telefonu { $number } přidáno
history-phone-deleted = číslo mobilního telefonu { $number } odstraněno
history-device-added = mobilní zařízení „{ $name }“ přidáno
history-device-deleted = mobilní zařízení „{ $name }“ odstraněno
history-panic = PANIC: všechna mobilní zařízení ({ $devices }) a tokeny ({ $tokens }) odstraněny, všechny relace ukončeny
history-app-denied-wrong-number = přihlášení zamítnuto na zařízení „{ $name }“: v aplikaci bylo vybráno nesprávné číslo
history-app-denied = přihlášení zamítnuto na zařízení „{ $name }“: přihlášení bylo v aplikaci odmítnuto
history-key-added = bezpečnostní klíč „{ $name }“ přidán
history-key-added-password-only = bezpečnostní klíč „{ $name }“ přidán po přihlášení pouze heslem
history-key-added-password-only-mailed = bezpečnostní klíč „{ $name }“ přidán po přihlášení pouze heslem. Pokud jste to nebyli vy, otevřete { $link } : odstraní heslo, všechny bezpečnostní klíče a kódy pro obnovení a ukončí všechny relace
history-key-deleted = bezpečnostní klíč „{ $name }“ odstraněn
history-key-cloned = bezpečnostní klíč „{ $name }“ odmítnut: jeho čítač se vrátil zpět, mohl být zkopírován
history-codes-generated = vygenerovány nové kódy pro obnovení (staré již nefungují)
history-code-used = { $count ->
    [one] přihlášení kódem pro obnovení (zbývá { $count })
    [few] přihlášení kódem pro obnovení (zbývají { $count })
   *[other] přihlášení kódem pro obnovení (zbývá { $count })
}
history-email-change-requested = vyžádána změna e-mailové adresy na { $email }
history-email-changed = e-mailová adresa změněna z { $old } na { $new }
