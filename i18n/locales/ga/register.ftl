# Cuntas a chruthú, an tseiceáil frith-róbat, an ráiteas príobháideachais, seoladh
# ríomhphoist nua a dheimhniú.

## "Cruthaigh cuntas": an fhoirm

register-title = Cruthaigh cuntas
register-problem = Tá fadhb ann
register-first-name-label = Céadainm
register-last-name-label = Sloinne
register-email-label = Ríomhphost
register-confirm-email-label = Deimhnigh an ríomhphost
register-language-label = Teanga an ríomhphoist
register-privacy-acknowledge = Trí thic a chur sa bhosca seo, admhaíonn tú gur léigh tú agus gur thuig tú an { $statement }
register-privacy-statement = ráiteas príobháideachais
register-submit = Cruthaigh cuntas
register-robot-intro = Réitíonn do bhrabhsálaí dúcheist bheag le taispeáint nach róbat é. Teastaíonn JavaScript chuige sin agus tógann sé soicind nó dhó.

## Botúin na foirme

register-first-name-invalid = Cuir isteach do chéadainm (100 carachtar ar a mhéad).
register-last-name-invalid = Cuir isteach do shloinne (100 carachtar ar a mhéad).
register-email-invalid = Cuir isteach seoladh ríomhphoist bailí, m.sh. name@hospital.eu.
register-emails-differ = Níl an dá sheoladh ríomhphoist mar an gcéanna.
register-language-invalid = Roghnaigh teanga do chuid ríomhphost.
register-privacy-required = Ní mór duit an ráiteas príobháideachais a admháil.

## Tar éis an fhoirm a sheoladh, agus an nasc sa ríomhphost deimhnithe

register-check-mailbox = Seiceáil do bhosca ríomhphoist
register-mail-sent = Sheolamar teachtaireacht chuig { $email }.
register-open-link = Oscail an nasc atá inti laistigh de 24 uair an chloig chun do sheoladh ríomhphoist a dheimhniú agus do phasfhocal a roghnú.
register-look-in-spam = Mura dtagann aon rud laistigh de chúpla nóiméad, féach i d'fhillteán turscair.
register-choose-password = Roghnaigh do phasfhocal
register-ready-title = Tá do chuntas réidh
register-ready = Tá do sheoladh ríomhphoist { $email } deimhnithe agus tá do phasfhocal socraithe.
register-already-title = Tá cuntas agat cheana
register-already = Tá cuntas ann cheana leis an seoladh ríomhphoist seo. Sínigh isteach, nó úsáid "Ar chaill tú do phasfhocal?".
register-sign-in = Sínigh isteach

## An tseiceáil frith-róbat

register-robot-title = Seiceáil frith-róbat
register-robot-checking = Ag seiceáil nach róbat thú…
register-robot-done = Ag seiceáil nach róbat thú… déanta
register-robot-malformed = Tá an tseiceáil frith-róbat ar iarraidh nó míchumtha.
register-robot-expired = Tá an tseiceáil frith-róbat imithe in éag; bain triail eile as.
register-robot-unsolved = Níor réitíodh an tseiceáil frith-róbat.
register-robot-reused = Úsáideadh an tseiceáil frith-róbat cheana; bain triail eile as.
register-robot-other-address = Rinneadh an tseiceáil frith-róbat do sheoladh líonra eile; bain triail eile as.

## An ráiteas príobháideachais

register-privacy-title = Ráiteas príobháideachais
register-privacy-kept = Coinníonn { $site } d'ainm, do sheoladh ríomhphoist, teanga do ríomhphoist, haiseáil argon2id shaillte de do phasfhocal agus, fad atá tú sínithe isteach, seoladh agus ainm do bhrabhsálaí, chun tú a shíniú isteach i bhfeidhmchláir na Líonraí Tagartha Eorpacha.
register-privacy-shared = Ní roinntear aon rud le tríú páirtithe; ritheann an tseiceáil frith-róbat i do bhrabhsálaí. Ní fhaigheann na feidhmchláir a síníonn tú isteach iontu ach an méid a iarrann siad agus a cheadaíonn tú.

## Seoladh ríomhphoist nua a dheimhniú

register-email-confirm-title = Deimhnigh do sheoladh ríomhphoist nua
register-email-confirm-button = Deimhnigh mo sheoladh ríomhphoist nua
