# Error pages (any page that cannot be shown), refused forms, used-up links.

## The error page.

errors-bad-request-title = Există o problemă cu această cerere
errors-forbidden-title = Acest formular nu poate fi acceptat
errors-not-found-title = Pagina nu a fost găsită
errors-not-found = Nu există nicio pagină la această adresă.
errors-too-large-title = Prea multe date
errors-too-large = Formularul a trimis mai multe date decât are nevoie oricare dintre formularele noastre.
errors-too-many-requests-title = Prea multe cereri
errors-unavailable-title = Serviciu temporar indisponibil
errors-unavailable = Serviciul nu poate răspunde în acest moment. Nu s-a modificat nimic; încercați din nou peste un minut.
errors-internal-title = A apărut o eroare la noi
errors-internal = Eroarea a fost înregistrată. Încercați din nou; dacă se repetă, contactați serviciul de asistență, indicând referința de mai jos.
errors-go-to-start = Mergeți la pagina de start
errors-reference = Referință pentru asistență:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Formularele trebuie trimise ca application/x-www-form-urlencoded.
errors-form-other-site = Formularul a fost trimis de pe un alt site.
errors-form-unreadable = Formularul nu a putut fi citit.
errors-form-malformed = Formularul este incorect.
errors-form-expired = Acest formular a expirat sau nu a fost trimis din paginile noastre. Reveniți, reîncărcați pagina și încercați din nou.
errors-form-wrong-kind = Formularul conține un câmp de tip greșit.

## Mails and links.

errors-too-many-mails = Au fost solicitate prea multe e-mailuri pentru această adresă sau din rețeaua dumneavoastră. Încercați din nou peste o oră.
errors-link-invalid-title = Acest link nu poate fi utilizat
errors-link-invalid = Linkul nu este valabil, a expirat sau a fost deja utilizat. Linkurile din e-mailurile noastre funcționează o singură dată.
errors-go-to-sign-in = Mergeți la conectare
