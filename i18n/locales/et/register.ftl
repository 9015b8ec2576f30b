## "Loo konto": vorm

register-title = Loo konto
register-problem = Esines probleem
register-first-name-label = Eesnimi
register-last-name-label = Perekonnanimi
register-email-label = E-post
register-confirm-email-label = Kinnita e-post
register-language-label = E-kirjade keel
register-privacy-acknowledge = Selle kasti märkimisega kinnitate, et olete tutvunud { $statement } ja sellest aru saanud.
register-privacy-statement = privaatsusteatega
register-submit = Loo konto
register-robot-intro = Teie brauser lahendab väikese ülesande, et näidata, et see ei ole robot. Selleks on vaja JavaScripti ja see võtab sekundi või kaks.

## Vormi vead

register-first-name-invalid = Sisestage oma eesnimi (kuni 100 tähemärki).
register-last-name-invalid = Sisestage oma perekonnanimi (kuni 100 tähemärki).
register-email-invalid = Sisestage kehtiv e-posti aadress, nt nimi@hospital.eu.
register-emails-differ = Kaks e-posti aadressi ei ole samad.
register-language-invalid = Valige oma e-kirjade keel.
register-privacy-required = Peate kinnitama, et olete privaatsusteatega tutvunud.

## Pärast vormi saatmist ja kinnituskirja link

register-check-mailbox = Kontrollige oma postkasti
register-mail-sent = Saatsime sõnumi aadressile { $email }.
register-open-link = Avage selles olev link 24 tunni jooksul, et kinnitada oma e-posti aadress ja valida salasõna.
register-look-in-spam = Kui mõne minuti jooksul midagi ei saabu, vaadake rämpspostikausta.
register-choose-password = Valige salasõna
register-ready-title = Teie konto on valmis
register-ready = Teie e-posti aadress { $email } on kinnitatud ja salasõna on määratud.
register-already-title = Teil on juba konto
register-already = Selle e-posti aadressiga konto on juba olemas. Logige sisse või kasutage valikut „Unustasite salasõna?“.
register-sign-in = Logi sisse

## Robotikontroll

register-robot-title = Robotikontroll
register-robot-checking = Kontrollime, et te ei ole robot…
register-robot-done = Kontrollime, et te ei ole robot… valmis
register-robot-malformed = Robotikontroll puudub või on vigane.
register-robot-expired = Robotikontroll on aegunud; palun proovige uuesti.
register-robot-unsolved = Robotikontrolli ei lahendatud.
register-robot-reused = Robotikontroll on juba kasutatud; palun proovige uuesti.
register-robot-other-address = Robotikontroll tehti teise võrguaadressi jaoks; palun proovige uuesti.

## Privaatsusteade

register-privacy-title = Privaatsusteade
register-privacy-kept = { $site } säilitab teie nime, e-posti aadressi, e-kirjade keele, teie salasõna soolatud argon2id-räsi ning sisselogituse ajal teie brauseri aadressi ja nime, et logida teid sisse Euroopa tugivõrgustike rakendustesse.
register-privacy-shared = Kolmandate isikutega ei jagata midagi; robotikontroll toimub teie brauseris. Rakendused, kuhu sisse logite, saavad ainult seda, mida nad küsivad ja mida te lubate.

## Uue e-posti aadressi kinnitamine

register-email-confirm-title = Kinnitage oma uus e-posti aadress
register-email-confirm-button = Kinnita minu uus e-posti aadress
