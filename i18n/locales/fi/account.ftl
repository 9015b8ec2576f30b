## Yleiskatsaus ("Oma tili")

account-title = Oma tili
account-name = Nimi
account-email = Sähköposti
account-email-language = Sähköpostin kieli
account-signed-in-since = Kirjautuneena alkaen
account-sign-out = Kirjaudu ulos
account-change-password = Vaihda salasana
account-access-link = Sovellusten käyttöoikeuteni
account-require-mfa = Vaadi aina monivaiheinen tunnistautuminen
account-save = Tallenna
account-consents-heading = Sovellukset, jotka olet sallinut
account-consents-none = Mikään sovellus ei ole vielä pyytänyt suostumustasi.
account-consent-withdraw = Peruuta sovellukselle { $name } antamasi suostumus
account-offline-heading = Sovellukset, joilla on offline-käyttöoikeus
account-offline-hint = Nämä sovellukset voivat toimia puolestasi silloinkin, kun et ole kirjautuneena. Oikeuden peruuttaminen lopettaa sen heti; sovellusten on pyydettävä lupaa uudelleen.
account-offline-none = Millään sovelluksella ei ole offline-käyttöoikeutta.
account-offline-until = ({ $until } asti, uusitaan niin kauan kuin sitä käytetään)
account-offline-revoke = Peruuta sovelluksen { $name } offline-käyttöoikeus
account-delete = Poista tilini
account-delete-warning = Tämä päättää kaikki istunnot ja poistaa tilisi ja kaikki siitä säilytetyt tiedot. Toimintoa ei voi peruuttaa.
account-password = Salasana
account-back = Takaisin Oma tili -sivulle

## Yleiskatsauksen viestit

account-password-changed = Salasanasi on vaihdettu. Muut selaimet on kirjattu ulos.
account-mfa-on = Tililtäsi vaaditaan nyt aina monivaiheinen tunnistautuminen.
account-mfa-off = Monivaiheista tunnistautumista ei enää vaadita aina.
account-mfa-confirm-first = Jos haluat muuttaa tätä, vahvista ensin toisella todentamismenetelmälläsi (kirjaudu uudelleen sillä).
account-delete-wrong-password = Tämä ei ole salasanasi: tiliä ei poistettu.
account-delete-confirm-first = Jos haluat poistaa tilin, vahvista ensin toisella todentamismenetelmälläsi (kirjaudu uudelleen sillä).
account-deleted-title = Tilisi poistettiin
account-deleted-text = Tilisi ja kaikki siitä säilytetyt tiedot on poistettu.
account-create = Luo tili

## Henkilötiedot

account-details-title = Henkilötiedot
account-details-first-name = Etunimi
account-details-last-name = Sukunimi
account-details-email-heading = Vaihda sähköpostiosoitteeni
account-details-email-current = Sähköpostiosoitteesi on { $email }. Lähetämme linkin uuteen osoitteeseen; muutos tulee voimaan, kun avaat linkin.
account-details-new-email = Uusi sähköposti
account-details-send-link = Lähetä vahvistuslinkki
account-details-saved = Henkilötietosi on tallennettu.
account-details-link-sent = Lähetimme linkin osoitteeseen { $email }. Avaa se, niin osoitteesta tulee sähköpostiosoitteesi.
account-details-email-changed = Sähköpostiosoitteesi on nyt { $email }.
account-details-wrong-password = Tämä ei ole salasanasi.
account-details-email-confirm-first = Jos haluat vaihtaa sähköpostiosoitteesi, vahvista ensin toisella todentamismenetelmälläsi (kirjaudu uudelleen sillä).
account-details-link-invalid = Tämä linkki on virheellinen, vanhentunut tai jo käytetty.
account-details-name-length = Etu- ja sukunimen pituuden on oltava 1–100 merkkiä.
account-details-choose-language = Valitse sähköpostiviestiesi kieli.
account-details-email-invalid = Anna kelvollinen sähköpostiosoite.
account-details-email-same = Tämä on jo sähköpostiosoitteesi.
account-details-too-many-mails = Sähköpostiviestejä on pyydetty liian monta. Yritä uudelleen tunnin kuluttua.
account-details-email-taken = Toinen tili käyttää nyt tätä osoitetta.
account-email-title = Sähköpostiosoitteesi
account-go = Siirry Oma tili -sivulle

## Näytä istuntoni

account-sessions-title = Näytä istuntoni
account-sessions-label = Istuntoni
account-sessions-browser = Selain
account-sessions-address = Osoite
account-sessions-signed-in = Kirjautunut
account-sessions-last-activity = Viimeisin toiminta
account-sessions-applications = Sovellukset
account-sessions-this-browser = (tämä selain)
account-sessions-no-applications = ei yhtään
account-sessions-end = Päätä istunto: { $browser } ({ $started })
account-sessions-end-others = Päätä kaikki muut istuntoni
account-session-ended = Istunto on päätetty.
account-session-already-ended = Istunto oli jo päättynyt.
account-other-sessions-ended = Kaikki muut istunnot on päätetty.
account-browser-on-system = { $browser }, { $system }

## Tietoturvahistoria

account-history-title = Tietoturvahistoria
account-history-intro = Kaikki tilisi tietoturvaan tehdyt muutokset, uusin ensin. Jokaisesta on myös lähetetty sinulle sähköpostiviesti.
account-history-none = Ei vielä mitään.
account-history-when = Milloin
account-history-what = Mitä
account-history-from = Osoitteesta
