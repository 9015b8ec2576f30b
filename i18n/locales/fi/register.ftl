## "Luo tili": lomake

register-title = Luo tili
register-problem = Lomakkeessa on ongelma
register-first-name-label = Etunimi
register-last-name-label = Sukunimi
register-email-label = Sähköposti
register-confirm-email-label = Vahvista sähköposti
register-language-label = Sähköpostin kieli
register-privacy-acknowledge = Valitsemalla tämän ruudun vahvistat lukeneesi ja ymmärtäneesi { $statement }
register-privacy-statement = tietosuojaselosteen
register-submit = Luo tili
register-robot-intro = Selaimesi ratkaisee pienen tehtävän osoittaakseen, ettei se ole robotti. Tämä edellyttää JavaScriptiä ja kestää sekunnin tai kaksi.

## Lomakkeen virheet

register-first-name-invalid = Anna etunimesi (enintään 100 merkkiä).
register-last-name-invalid = Anna sukunimesi (enintään 100 merkkiä).
register-email-invalid = Anna kelvollinen sähköpostiosoite, esim. nimi@hospital.eu.
register-emails-differ = Sähköpostiosoitteet eivät ole samat.
register-language-invalid = Valitse sähköpostiviestiesi kieli.
register-privacy-required = Sinun on vahvistettava, että olet lukenut tietosuojaselosteen.

## Lomakkeen lähettämisen jälkeen ja vahvistusviestin linkki

register-check-mailbox = Tarkista sähköpostisi
register-mail-sent = Lähetimme viestin osoitteeseen { $email }.
register-open-link = Avaa viestin linkki 24 tunnin kuluessa vahvistaaksesi sähköpostiosoitteesi ja valitaksesi salasanasi.
register-look-in-spam = Jos viestiä ei tule muutaman minuutin kuluessa, katso roskapostikansiosta.
register-choose-password = Valitse salasana
register-ready-title = Tilisi on valmis
register-ready = Sähköpostiosoitteesi { $email } on vahvistettu ja salasanasi on asetettu.
register-already-title = Sinulla on jo tili
register-already = Tällä sähköpostiosoitteella on jo tili. Kirjaudu sisään tai käytä toimintoa ”Unohditko salasanasi?”.
register-sign-in = Kirjaudu sisään

## Robottitarkistus

register-robot-title = Robottitarkistus
register-robot-checking = Tarkistetaan, ettet ole robotti…
register-robot-done = Tarkistetaan, ettet ole robotti… valmis
register-robot-malformed = Robottitarkistus puuttuu tai on virheellinen.
register-robot-expired = Robottitarkistus on vanhentunut. Yritä uudelleen.
register-robot-unsolved = Robottitarkistusta ei ratkaistu.
register-robot-reused = Robottitarkistus on jo käytetty. Yritä uudelleen.
register-robot-other-address = Robottitarkistus tehtiin toisesta verkko-osoitteesta. Yritä uudelleen.

## Tietosuojaseloste

register-privacy-title = Tietosuojaseloste
register-privacy-kept = { $site } säilyttää nimesi, sähköpostiosoitteesi, sähköpostisi kielen, salasanastasi suolatun argon2id-tiivisteen sekä sisäänkirjautumisesi ajan selaimesi osoitteen ja nimen, jotta voit kirjautua Euroopan osaamisverkostojen sovelluksiin.
register-privacy-shared = Mitään ei luovuteta kolmansille osapuolille; robottitarkistus suoritetaan selaimessasi. Sovellukset, joihin kirjaudut, saavat vain sen, mitä ne pyytävät ja mitä sinä sallit.

## Uuden sähköpostiosoitteen vahvistaminen

register-email-confirm-title = Vahvista uusi sähköpostiosoitteesi
register-email-confirm-button = Vahvista uusi sähköpostiosoitteeni
