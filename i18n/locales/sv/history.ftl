# Rader i kontots säkerhetshistorik (börjar med liten bokstav).

history-mfa-mandatory = flerfaktorsautentisering har gjorts obligatorisk
history-mfa-optional = flerfaktorsautentisering har gjorts valfri
history-token-added = token tillagd
history-token-deleted = token borttagen
history-phone-added = mobilnummer { $number } tillagt
history-phone-deleted = mobilnummer { $number } borttaget
history-device-added = mobil enhet ”{ $name }” tillagd
history-device-deleted = mobil enhet ”{ $name }” borttagen
history-panic = PANIC: alla mobila enheter ({ $devices }) och token ({ $tokens }) borttagna, alla sessioner avslutade
history-app-denied-wrong-number = inloggning nekad på ”{ $name }”: fel nummer valdes i appen
history-app-denied = inloggning nekad på ”{ $name }”: inloggningen nekades i appen
history-key-added = säkerhetsnyckel ”{ $name }” tillagd
history-key-added-password-only = säkerhetsnyckel ”{ $name }” tillagd vid en inloggning med enbart lösenordet
history-key-added-password-only-mailed = säkerhetsnyckel ”{ $name }” tillagd vid en inloggning med enbart lösenordet. Om det inte var du, öppna { $link } : det tar bort lösenordet, alla säkerhetsnycklar och återställningskoder och avslutar alla sessioner
history-key-deleted = säkerhetsnyckel ”{ $name }” borttagen
history-key-cloned = säkerhetsnyckel ”{ $name }” avvisad: dess räknare gick bakåt, den kan ha kopierats
history-codes-generated = nya återställningskoder genererade (de gamla fungerar inte längre)
history-code-used = { $count ->
    [one] inloggning med en återställningskod ({ $count } kvar)
   *[other] inloggning med en återställningskod ({ $count } kvar)
}
history-email-change-requested = byte av e-postadress till { $email } begärt
history-email-changed = e-postadress ändrad från { $old } till { $new }
