## "Create an account": the form.

register-title = Sukurti paskyrą
register-problem = Kilo problema
register-first-name-label = Vardas
register-last-name-label = Pavardė
register-email-label = E. paštas
register-confirm-email-label = Patvirtinkite e. paštą
register-language-label = E. laiškų kalba
register-privacy-acknowledge = Pažymėdami šį langelį patvirtinate, kad perskaitėte ir supratote { $statement }
register-privacy-statement = privatumo pareiškimą
register-submit = Sukurti paskyrą
register-robot-intro = Jūsų naršyklė išsprendžia nedidelę užduotį ir taip parodo, kad ji nėra robotas. Tam reikia JavaScript, ir tai užtrunka sekundę ar dvi.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Įveskite savo vardą (ne daugiau kaip 100 ženklų).
register-last-name-invalid = Įveskite savo pavardę (ne daugiau kaip 100 ženklų).
register-email-invalid = Įveskite galiojantį e. pašto adresą, pvz., name@hospital.eu.
register-emails-differ = Abu e. pašto adresai nesutampa.
register-language-invalid = Pasirinkite savo e. laiškų kalbą.
register-privacy-required = Turite patvirtinti, kad susipažinote su privatumo pareiškimu.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Patikrinkite savo pašto dėžutę
register-mail-sent = Išsiuntėme laišką adresu { $email }.
register-open-link = Per 24 valandas atidarykite jame esančią nuorodą, kad patvirtintumėte savo e. pašto adresą ir pasirinktumėte slaptažodį.
register-look-in-spam = Jei per kelias minutes nieko negausite, patikrinkite brukalo (šlamšto) aplanką.
register-choose-password = Pasirinkite slaptažodį
register-ready-title = Jūsų paskyra paruošta
register-ready = Jūsų e. pašto adresas { $email } patvirtintas, o slaptažodis nustatytas.
register-already-title = Jūs jau turite paskyrą
register-already = Paskyra su šiuo e. pašto adresu jau yra. Prisijunkite arba pasinaudokite funkcija „Pamiršote slaptažodį?“.
register-sign-in = Prisijungti

## The anti-robot check.

register-robot-title = Apsaugos nuo robotų patikra
register-robot-checking = Tikrinama, ar nesate robotas…
register-robot-done = Tikrinama, ar nesate robotas… atlikta
register-robot-malformed = Apsaugos nuo robotų patikros nėra arba ji netinkamo formato.
register-robot-expired = Apsaugos nuo robotų patikros galiojimas baigėsi; bandykite dar kartą.
register-robot-unsolved = Apsaugos nuo robotų patikra neišspręsta.
register-robot-reused = Ši apsaugos nuo robotų patikra jau panaudota; bandykite dar kartą.
register-robot-other-address = Apsaugos nuo robotų patikra atlikta kitam tinklo adresui; bandykite dar kartą.

## The privacy statement.

register-privacy-title = Privatumo pareiškimas
register-privacy-kept = { $site } saugo jūsų vardą ir pavardę, e. pašto adresą, e. laiškų kalbą, jūsų slaptažodžio maišos reikšmę (argon2id su druska), o kol esate prisijungę – ir jūsų naršyklės adresą bei pavadinimą, kad galėtumėte prisijungti prie Europos referencijos tinklų taikomųjų programų.
register-privacy-shared = Jokie duomenys neperduodami trečiosioms šalims; apsaugos nuo robotų patikra vykdoma jūsų naršyklėje. Taikomosios programos, prie kurių prisijungiate, gauna tik tai, ko prašo ir ką jūs leidžiate.

## Confirming a new e-mail address.

register-email-confirm-title = Patvirtinkite savo naują e. pašto adresą
register-email-confirm-button = Patvirtinti mano naują e. pašto adresą
