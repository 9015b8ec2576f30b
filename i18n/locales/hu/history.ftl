# A fiók biztonsági előzményei (a Saját fiók oldalon és az egyes módosításokról küldött
# e-mailben). Táblázatcellában jelennek meg, ezért kisbetűvel kezdődnek.

history-mfa-mandatory = a többtényezős hitelesítés kötelezővé téve
history-mfa-optional = a többtényezős hitelesítés választhatóvá téve
history-token-added = token hozzáadva
history-token-deleted = token törölve
history-phone-added = mobiltelefonszám hozzáadva: { $number }
history-phone-deleted = mobiltelefonszám törölve: { $number }
history-device-added = mobileszköz hozzáadva: „{ $name }”
history-device-deleted = mobileszköz törölve: „{ $name }”
history-panic = PANIC: minden mobileszköz ({ $devices }) és token ({ $tokens }) törölve, minden munkamenet lezárva
history-app-denied-wrong-number = bejelentkezés elutasítva ezen: „{ $name }”: az alkalmazásban rossz számot választottak
history-app-denied = bejelentkezés elutasítva ezen: „{ $name }”: a bejelentkezést az alkalmazásban elutasították
history-key-added = biztonsági kulcs hozzáadva: „{ $name }”
history-key-added-password-only = biztonsági kulcs hozzáadva: „{ $name }”, csak jelszóval történt bejelentkezéssel
history-key-added-password-only-mailed = biztonsági kulcs hozzáadva: „{ $name }”, csak jelszóval történt bejelentkezéssel. Ha nem Ön volt, nyissa meg ezt a linket: { $link } – eltávolítja a jelszót, minden biztonsági kulcsot és helyreállítási kódot, és lezár minden munkamenetet
history-key-deleted = biztonsági kulcs törölve: „{ $name }”
history-key-cloned = biztonsági kulcs elutasítva: „{ $name }”: számlálója visszafelé lépett, lehet, hogy lemásolták
history-codes-generated = új helyreállítási kódok létrehozva (a régiek már nem érvényesek)
history-code-used = { $count ->
    [one] bejelentkezés helyreállítási kóddal (még { $count } maradt)
   *[other] bejelentkezés helyreállítási kóddal (még { $count } maradt)
}
history-email-change-requested = e-mail-cím módosítása kérve erre: { $email }
history-email-changed = e-mail-cím módosítva (régi: { $old }, új: { $new })
