## The error page: a title, a sentence, a link to the start page and a reference.

errors-bad-request-title = S touto požiadavkou nie je niečo v poriadku
errors-forbidden-title = Tento formulár nemožno prijať
errors-not-found-title = Stránka sa nenašla
errors-not-found = Na tejto adrese nie je žiadna stránka.
errors-too-large-title = Príliš veľa údajov
errors-too-large = Formulár odoslal viac údajov, než potrebuje ktorýkoľvek z našich formulárov.
errors-too-many-requests-title = Príliš veľa požiadaviek
errors-unavailable-title = Služba je dočasne nedostupná
errors-unavailable = Služba teraz nemôže odpovedať. Nič sa nezmenilo; skúste to znova o minútu.
errors-internal-title = Na našej strane sa vyskytla chyba
errors-internal = Chyba bola zaznamenaná. Skúste to znova; ak sa chyba zopakuje, obráťte sa na podporu a uveďte nižšie uvedené referenčné číslo.
errors-go-to-start = Prejsť na úvodnú stránku
errors-reference = Referenčné číslo pre podporu:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Formuláre sa musia odosielať ako application/x-www-form-urlencoded.
errors-form-other-site = Formulár bol odoslaný z inej stránky.
errors-form-unreadable = Formulár sa nepodarilo prečítať.
errors-form-malformed = Formulár má neplatnú štruktúru.
errors-form-expired = Platnosť tohto formulára uplynula alebo nebol odoslaný z našich stránok. Vráťte sa späť, obnovte stránku a skúste to znova.
errors-form-wrong-kind = Formulár obsahuje pole nesprávneho typu.

## Mails and links.

errors-too-many-mails = Pre túto adresu alebo z vašej siete bolo vyžiadaných príliš veľa e-mailov. Skúste to znova o hodinu.
errors-link-invalid-title = Tento odkaz nemožno použiť
errors-link-invalid = Odkaz je neplatný, uplynula jeho platnosť alebo už bol použitý. Odkazy v našich e-mailoch fungujú iba raz.
errors-go-to-sign-in = Prejsť na prihlásenie
