## The error page.

errors-bad-request-title = Su šia užklausa kažkas negerai
errors-forbidden-title = Šios formos priimti negalima
errors-not-found-title = Puslapis nerastas
errors-not-found = Šiuo adresu puslapio nėra.
errors-too-large-title = Per daug duomenų
errors-too-large = Forma atsiuntė daugiau duomenų, nei reikia bet kuriai mūsų formai.
errors-too-many-requests-title = Per daug užklausų
errors-unavailable-title = Paslauga laikinai neteikiama
errors-unavailable = Paslauga šiuo metu negali atsakyti. Niekas nepakeista; bandykite dar kartą po minutės.
errors-internal-title = Mūsų pusėje įvyko klaida
errors-internal = Klaida užregistruota. Bandykite dar kartą; jei ji pasikartos, kreipkitės į pagalbos tarnybą ir nurodykite toliau pateiktą nuorodos kodą.
errors-go-to-start = Į pradžios puslapį
errors-reference = Nuorodos kodas pagalbos tarnybai:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Formos turi būti siunčiamos kaip application/x-www-form-urlencoded.
errors-form-other-site = Forma išsiųsta iš kitos svetainės.
errors-form-unreadable = Formos nepavyko perskaityti.
errors-form-malformed = Forma netinkamo formato.
errors-form-expired = Šios formos galiojimas baigėsi arba ji buvo išsiųsta ne iš mūsų puslapių. Grįžkite, iš naujo įkelkite puslapį ir bandykite dar kartą.
errors-form-wrong-kind = Formoje yra netinkamo tipo laukas.

## Mails and links.

errors-too-many-mails = Šiuo adresu arba iš jūsų tinklo paprašyta per daug laiškų. Bandykite dar kartą po valandos.
errors-link-invalid-title = Šios nuorodos naudoti negalima
errors-link-invalid = Nuoroda negalioja, jos galiojimas baigėsi arba ji jau panaudota. Mūsų laiškuose esančios nuorodos veikia vieną kartą.
errors-go-to-sign-in = Į prisijungimo puslapį
