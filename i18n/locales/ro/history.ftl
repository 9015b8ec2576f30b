# The security history of an account (lines start in lower case). (Glossary: see login.ftl.)

history-mfa-mandatory = autentificarea multifactor a devenit obligatorie
history-mfa-optional = autentificarea multifactor a devenit opțională
history-token-added = token adăugat
history-token-deleted = token șters
history-phone-added = număr de telefon mobil { $number } adăugat
history-phone-deleted = număr de telefon mobil { $number } șters
history-device-added = dispozitiv mobil „{ $name }” adăugat
history-device-deleted = dispozitiv mobil „{ $name }” șters
history-panic = PANIC: toate dispozitivele mobile ({ $devices }) și tokenurile ({ $tokens }) au fost șterse, toate sesiunile au fost închise
history-app-denied-wrong-number = conectare refuzată pe „{ $name }”: în aplicație s-a ales un număr greșit
history-app-denied = conectare refuzată pe „{ $name }”: conectarea a fost respinsă în aplicație
history-key-added = cheie de securitate „{ $name }” adăugată
history-key-added-password-only = cheie de securitate „{ $name }” adăugată în urma unei conectări doar cu parola
history-key-added-password-only-mailed = cheie de securitate „{ $name }” adăugată în urma unei conectări doar cu parola. Dacă nu ați fost dumneavoastră, deschideți { $link } : acest link elimină parola, toate cheile de securitate și codurile de recuperare și închide toate sesiunile
history-key-deleted = cheie de securitate „{ $name }” ștearsă
history-key-cloned = cheie de securitate „{ $name }” refuzată: contorul ei a dat înapoi, este posibil să fi fost copiată
history-codes-generated = coduri de recuperare noi generate (cele vechi nu mai funcționează)
history-code-used = { $count ->
    [one] conectare cu un cod de recuperare (a mai rămas { $count })
    [few] conectare cu un cod de recuperare (au mai rămas { $count })
   *[other] conectare cu un cod de recuperare (au mai rămas { $count })
}
history-email-change-requested = s-a solicitat schimbarea adresei de e-mail în { $email }
history-email-changed = adresa de e-mail a fost schimbată din { $old } în { $new }
