## The overview ("My account")

account-title = Moje konto
account-name = Meno
account-email = E-mail
account-email-language = Jazyk e-mailov
account-signed-in-since = Prihlásení od
account-sign-out = Odhlásiť sa
account-change-password = Zmeniť heslo
account-access-link = Môj prístup k aplikáciám
account-require-mfa = Vždy vyžadovať viacfaktorové overenie
account-save = Uložiť
account-consents-heading = Aplikácie, ktorým ste udelili súhlas
account-consents-none = Zatiaľ vás žiadna aplikácia nepožiadala o súhlas.
account-consent-withdraw = Odvolať súhlas pre { $name }
account-offline-heading = Aplikácie s offline prístupom
account-offline-hint = Tieto aplikácie môžu konať vaším menom, aj keď nie ste prihlásení. Odvolaním to okamžite ukončíte; aplikácie vás budú musieť požiadať znova.
account-offline-none = Žiadna aplikácia nemá offline prístup.
account-offline-until = (do { $until }, obnovuje sa, kým sa používa)
account-offline-revoke = Odvolať offline prístup pre { $name }
account-delete = Vymazať moje konto
account-delete-warning = Tým ukončíte všetky relácie a odstránite svoje konto aj všetko, čo sa o ňom uchováva. Túto akciu nemožno vrátiť späť.
account-password = Heslo
account-back = Späť na Moje konto

## Messages on the overview

account-password-changed = Vaše heslo bolo zmenené. Ostatné prehliadače boli odhlásené.
account-mfa-on = Pre vaše konto sa teraz vždy vyžaduje viacfaktorové overenie.
account-mfa-off = Viacfaktorové overenie sa už nevyžaduje vždy.
account-mfa-confirm-first = Ak to chcete zmeniť, najprv sa overte druhým spôsobom overenia (prihláste sa ním znova).
account-delete-wrong-password = Toto nie je vaše heslo: konto nebolo vymazané.
account-delete-confirm-first = Ak chcete konto vymazať, najprv sa overte druhým spôsobom overenia (prihláste sa ním znova).
account-deleted-title = Vaše konto bolo vymazané
account-deleted-text = Vaše konto a všetko, čo sa o ňom uchovávalo, bolo odstránené.
account-create = Vytvoriť konto

## Personal data

account-details-title = Osobné údaje
account-details-first-name = Meno
account-details-last-name = Priezvisko
account-details-email-heading = Zmeniť moju e-mailovú adresu
account-details-email-current = Vaša e-mailová adresa je { $email }. Na novú adresu pošleme odkaz; zmena sa uskutoční, keď ho otvoríte.
account-details-new-email = Nový e-mail
account-details-send-link = Poslať potvrdzovací odkaz
account-details-saved = Vaše osobné údaje boli uložené.
account-details-link-sent = Na adresu { $email } sme poslali odkaz. Otvorte ho, aby sa táto adresa stala vašou e-mailovou adresou.
account-details-email-changed = Vaša e-mailová adresa je teraz { $email }.
account-details-wrong-password = Toto nie je vaše heslo.
account-details-email-confirm-first = Ak chcete zmeniť e-mailovú adresu, najprv sa overte druhým spôsobom overenia (prihláste sa ním znova).
account-details-link-invalid = Tento odkaz je neplatný, uplynula jeho platnosť alebo už bol použitý.
account-details-name-length = Meno a priezvisko musia mať 1 až 100 znakov.
account-details-choose-language = Vyberte jazyk e-mailov.
account-details-email-invalid = Zadajte platnú e-mailovú adresu.
account-details-email-same = Toto už je vaša e-mailová adresa.
account-details-too-many-mails = Bolo vyžiadaných príliš veľa e-mailov. Skúste to znova o hodinu.
account-details-email-taken = Túto adresu teraz používa iné konto.
account-email-title = Vaša e-mailová adresa
account-go = Prejsť na Moje konto

## Display my sessions

account-sessions-title = Zobraziť moje relácie
account-sessions-label = Moje relácie
account-sessions-browser = Prehliadač
account-sessions-address = Adresa
account-sessions-signed-in = Prihlásenie
account-sessions-last-activity = Posledná aktivita
account-sessions-applications = Aplikácie
account-sessions-this-browser = (tento prehliadač)
account-sessions-no-applications = žiadne
account-sessions-end = Ukončiť reláciu { $browser } ({ $started })
account-sessions-end-others = Ukončiť všetky moje ostatné relácie
account-session-ended = Relácia bola ukončená.
account-session-already-ended = Táto relácia už bola ukončená.
account-other-sessions-ended = Všetky ostatné relácie boli ukončené.
account-browser-on-system = { $browser } v systéme { $system }

## Security history

account-history-title = História zabezpečenia
account-history-intro = Všetky zmeny zabezpečenia vášho konta, od najnovších. O každej z nich sme vám poslali aj e-mail.
account-history-none = Zatiaľ nič.
account-history-when = Kedy
account-history-what = Čo
account-history-from = Z adresy
