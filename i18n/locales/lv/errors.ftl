## The error page.

errors-bad-request-title = Šajā pieprasījumā ir kļūda
errors-forbidden-title = Šo veidlapu nevar pieņemt
errors-not-found-title = Lapa nav atrasta
errors-not-found = Šajā adresē nav nevienas lapas.
errors-too-large-title = Pārāk daudz datu
errors-too-large = Veidlapa nosūtīja vairāk datu, nekā nepieciešams jebkurai no mūsu veidlapām.
errors-too-many-requests-title = Pārāk daudz pieprasījumu
errors-unavailable-title = Pakalpojums īslaicīgi nav pieejams
errors-unavailable = Pakalpojums pašlaik nevar atbildēt. Nekas netika mainīts; lūdzu, mēģiniet vēlreiz pēc minūtes.
errors-internal-title = Mūsu pusē radās kļūda
errors-internal = Kļūda ir reģistrēta. Lūdzu, mēģiniet vēlreiz; ja tā atkārtojas, sazinieties ar atbalsta dienestu, norādot zemāk redzamo atsauci.
errors-go-to-start = Uz sākumlapu
errors-reference = Atsauce atbalsta dienestam:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Veidlapas jānosūta kā application/x-www-form-urlencoded.
errors-form-other-site = Veidlapa tika nosūtīta no citas vietnes.
errors-form-unreadable = Veidlapu nevarēja nolasīt.
errors-form-malformed = Veidlapa ir nepareizi veidota.
errors-form-expired = Šīs veidlapas derīgums ir beidzies, vai tā netika nosūtīta no mūsu lapām. Atgriezieties, pārlādējiet lapu un mēģiniet vēlreiz.
errors-form-wrong-kind = Veidlapā ir nepareiza veida lauks.

## Mails and links.

errors-too-many-mails = Šai adresei vai no jūsu tīkla ir pieprasīts pārāk daudz e-pasta ziņojumu. Lūdzu, mēģiniet vēlreiz pēc stundas.
errors-link-invalid-title = Šo saiti nevar izmantot
errors-link-invalid = Saite ir nederīga, tās derīgums ir beidzies, vai tā jau ir izmantota. Mūsu e-pasta ziņojumos esošās saites darbojas vienu reizi.
errors-go-to-sign-in = Uz pierakstīšanos
