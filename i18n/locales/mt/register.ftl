# Creating an account, the anti-robot check, the privacy statement, confirming a new
# e-mail address. (Glossary: see login.ftl.)

## "Create an account": the form.

register-title = Oħloq kont
register-problem = Hemm problema
register-first-name-label = Isem
register-last-name-label = Kunjom
register-email-label = Email
register-confirm-email-label = Ikkonferma l-email
register-language-label = Lingwa tal-emails
register-privacy-acknowledge = Billi timmarka din il-kaxxa, tikkonferma li qrajt u fhimt { $statement }
register-privacy-statement = id-dikjarazzjoni ta' privatezza
register-submit = Oħloq kont
register-robot-intro = Il-browser tiegħek isolvi puzzle żgħir biex juri li mhuwiex robot. Dan jeħtieġ JavaScript u jieħu sekonda jew tnejn.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Daħħal ismek (mhux aktar minn 100 karattru).
register-last-name-invalid = Daħħal kunjomok (mhux aktar minn 100 karattru).
register-email-invalid = Daħħal indirizz tal-email validu, pereżempju isem@hospital.eu.
register-emails-differ = Iż-żewġ indirizzi tal-email mhumiex l-istess.
register-language-invalid = Agħżel il-lingwa tal-emails tiegħek.
register-privacy-required = Trid tikkonferma li qrajt id-dikjarazzjoni ta' privatezza.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Iċċekkja l-kaxxa postali tiegħek
register-mail-sent = Bgħatna messaġġ lil { $email }.
register-open-link = Iftaħ il-link li fih fi żmien 24 siegħa biex tikkonferma l-indirizz tal-email tiegħek u tagħżel il-password tiegħek.
register-look-in-spam = Jekk ma jasal xejn fi ftit minuti, ħares fil-folder tal-ispam.
register-choose-password = Agħżel il-password tiegħek
register-ready-title = Il-kont tiegħek lest
register-ready = L-indirizz tal-email tiegħek { $email } huwa kkonfermat u l-password tiegħek ġiet issettjata.
register-already-title = Diġà għandek kont
register-already = Diġà jeżisti kont b'dan l-indirizz tal-email. Idħol, jew uża "Insejt il-password?".
register-sign-in = Idħol

## The anti-robot check.

register-robot-title = Verifika kontra r-robots
register-robot-checking = Qed niċċekkjaw li m'intix robot…
register-robot-done = Qed niċċekkjaw li m'intix robot… lest
register-robot-malformed = Il-verifika kontra r-robots nieqsa jew mhijiex korretta.
register-robot-expired = Il-verifika kontra r-robots skadiet; erġa' pprova.
register-robot-unsolved = Il-verifika kontra r-robots ma ġietx solvuta.
register-robot-reused = Il-verifika kontra r-robots diġà ntużat; erġa' pprova.
register-robot-other-address = Il-verifika kontra r-robots saret għal indirizz tan-netwerk ieħor; erġa' pprova.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Dikjarazzjoni ta' privatezza
register-privacy-kept = { $site } iżomm ismek, l-indirizz tal-email tiegħek, il-lingwa tal-emails tiegħek, hash argon2id bil-melħ (salt) tal-password tiegħek u, sakemm tkun fil-sessjoni, l-indirizz u l-isem tal-browser tiegħek, sabiex idaħħlek fl-applikazzjonijiet tan-Netwerks Ewropej ta' Referenza.
register-privacy-shared = Xejn ma jinqasam ma' partijiet terzi; il-verifika kontra r-robots issir fil-browser tiegħek. L-applikazzjonijiet li tidħol fihom jirċievu biss dak li jitolbu u li tippermetti int.

## Confirming a new e-mail address.

register-email-confirm-title = Ikkonferma l-indirizz tal-email il-ġdid tiegħek
register-email-confirm-button = Ikkonferma l-indirizz tal-email il-ġdid tiegħi
