# Tilin tietoturvahistorian rivit (alkavat pienellä kirjaimella).

history-mfa-mandatory = monivaiheinen tunnistautuminen asetettu pakolliseksi
history-mfa-optional = monivaiheinen tunnistautuminen asetettu valinnaiseksi
history-token-added = token lisätty
history-token-deleted = token poistettu
history-phone-added = matkapuhelinnumero { $number } lisätty
history-phone-deleted = matkapuhelinnumero { $number } poistettu
history-device-added = mobiililaite ”{ $name }” lisätty
history-device-deleted = mobiililaite ”{ $name }” poistettu
history-panic = PANIC: kaikki mobiililaitteet ({ $devices }) ja tokenit ({ $tokens }) poistettu, kaikki istunnot päätetty
history-app-denied-wrong-number = kirjautuminen estetty laitteella ”{ $name }”: sovelluksessa valittiin väärä numero
history-app-denied = kirjautuminen estetty laitteella ”{ $name }”: kirjautuminen estettiin sovelluksessa
history-key-added = suojausavain ”{ $name }” lisätty
history-key-added-password-only = suojausavain ”{ $name }” lisätty kirjautumalla pelkällä salasanalla
history-key-added-password-only-mailed = suojausavain ”{ $name }” lisätty kirjautumalla pelkällä salasanalla. Jos se et ollut sinä, avaa { $link } : se poistaa salasanan, kaikki suojausavaimet ja palautuskoodit sekä päättää kaikki istunnot
history-key-deleted = suojausavain ”{ $name }” poistettu
history-key-cloned = suojausavain ”{ $name }” hylätty: sen laskuri kulki taaksepäin, se on ehkä kopioitu
history-codes-generated = uudet palautuskoodit luotu (vanhat eivät enää toimi)
history-code-used = { $count ->
    [one] kirjauduttu palautuskoodilla ({ $count } jäljellä)
   *[other] kirjauduttu palautuskoodilla ({ $count } jäljellä)
}
history-email-change-requested = sähköpostiosoitteen vaihtoa osoitteeseen { $email } pyydetty
history-email-changed = sähköpostiosoite vaihdettu (vanha: { $old }, uusi: { $new })
