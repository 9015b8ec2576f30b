# Lines of the security history (lower case, shown next to the date and address).

history-mfa-mandatory = viacfaktorové overenie nastavené ako povinné
history-mfa-optional = viacfaktorové overenie nastavené ako voliteľné
history-token-added = token pridaný
history-token-deleted = token odstránený
history-phone-added = číslo mobilného telefónu { $number } pridané
history-phone-deleted = číslo mobilného telefónu { $number } odstránené
history-device-added = mobilné zariadenie „{ $name }“ pridané
history-device-deleted = mobilné zariadenie „{ $name }“ odstránené
history-panic = PANIC: všetky mobilné zariadenia ({ $devices }) a tokeny ({ $tokens }) odstránené, všetky relácie ukončené
history-app-denied-wrong-number = prihlásenie zamietnuté na zariadení „{ $name }“: v aplikácii bolo vybraté nesprávne číslo
history-app-denied = prihlásenie zamietnuté na zariadení „{ $name }“: prihlásenie bolo v aplikácii odmietnuté
history-key-added = bezpečnostný kľúč „{ $name }“ pridaný
history-key-added-password-only = bezpečnostný kľúč „{ $name }“ pridaný po prihlásení iba heslom
history-key-added-password-only-mailed = bezpečnostný kľúč „{ $name }“ pridaný po prihlásení iba heslom. Ak ste to neboli vy, otvorte { $link } : odstráni heslo, všetky bezpečnostné kľúče a kódy na obnovenie a ukončí všetky relácie
history-key-deleted = bezpečnostný kľúč „{ $name }“ odstránený
history-key-cloned = bezpečnostný kľúč „{ $name }“ odmietnutý: jeho počítadlo sa vrátilo späť, mohol byť skopírovaný
history-codes-generated = vygenerované nové kódy na obnovenie (staré už nefungujú)
history-code-used = { $count ->
    [one] prihlásenie kódom na obnovenie (zostáva { $count })
    [few] prihlásenie kódom na obnovenie (zostávajú { $count })
   *[other] prihlásenie kódom na obnovenie (zostáva { $count })
}
history-email-change-requested = vyžiadaná zmena e-mailovej adresy na { $email }
history-email-changed = e-mailová adresa zmenená z { $old } na { $new }
