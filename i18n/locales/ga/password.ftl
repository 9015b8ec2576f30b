# Pasfhocail: ceann a roghnú (an chéad cheann nó ceann nua), "Ar chaill tú do phasfhocal?",
# é a athrú, na rialacha.

## An fhoirm a shocraíonn pasfhocal

password-account = Cuntas:
password-rules-hint = 10 gcarachtar ar a laghad. Is furasta frásaí fada d'fhocail nach mbaineann le chéile a mheabhrú agus is deacair iad a thomhas; diúltaítear d'ainm, do ríomhphost agus pasfhocail choitianta.
password-problem = Tá fadhb ann
password-new-label = Pasfhocal nua
password-confirm-label = Deimhnigh an pasfhocal nua
password-set-submit = Socraigh mo phasfhocal
password-choose-new = Roghnaigh pasfhocal nua
password-new-set-title = Tá do phasfhocal nua socraithe
password-new-set = Ar mhaithe le do shábháilteacht, cuireadh deireadh le gach seisiún de do chuntas. Sínigh isteach le do phasfhocal nua.

## "Ar chaill tú do phasfhocal?"

password-lost-title = Ar chaill tú do phasfhocal?
password-lost-intro = Cuir isteach seoladh ríomhphoist do chuntais. Seolfaimid nasc chugat chun pasfhocal nua a roghnú.
password-email-label = Ríomhphost
password-lost-submit = Seol nasc chugam
password-email-invalid = Cuir isteach seoladh ríomhphoist bailí.
password-check-mailbox = Seiceáil do bhosca ríomhphoist
password-lost-sent = Más é { $email } seoladh cuntais, sheolamar nasc chuige chun pasfhocal nua a roghnú.
password-lost-link-once = Oibríonn an nasc uair amháin, ar feadh uair an chloig.

## "Athraigh an pasfhocal" (ó Mo chuntas)

password-change-title = Athraigh an pasfhocal
password-change-hint = Má athraíonn tú do phasfhocal, síneofar amach thú as gach brabhsálaí eile.
password-current-label = Pasfhocal reatha
password-change-submit = Athraigh an pasfhocal
password-back-to-account = Ar ais go Mo chuntas
password-not-current = Ní hé seo do phasfhocal reatha.
password-mismatch = Níl an dá phasfhocal mar an gcéanna.

## Rialacha an phasfhocail

password-too-short = { $count ->
    [one] Ní mór { $count } charachtar amháin ar a laghad a bheith i do phasfhocal.
    [two] Ní mór { $count } charachtar ar a laghad a bheith i do phasfhocal.
    [few] Ní mór { $count } charachtar ar a laghad a bheith i do phasfhocal.
    [many] Ní mór { $count } gcarachtar ar a laghad a bheith i do phasfhocal.
   *[other] Ní mór { $count } carachtar ar a laghad a bheith i do phasfhocal.
}
password-too-long = { $count ->
    [one] Ní féidir níos mó ná { $count } charachtar amháin a bheith i do phasfhocal.
    [two] Ní féidir níos mó ná { $count } charachtar a bheith i do phasfhocal.
    [few] Ní féidir níos mó ná { $count } charachtar a bheith i do phasfhocal.
    [many] Ní féidir níos mó ná { $count } gcarachtar a bheith i do phasfhocal.
   *[other] Ní féidir níos mó ná { $count } carachtar a bheith i do phasfhocal.
}
password-is-email = Ní cheadaítear do sheoladh ríomhphoist mar phasfhocal.
password-guessable = Tá an pasfhocal seo ró-choitianta nó ró-éasca le tomhas. { $advice }

## Comhairle faoi phasfhocal atá éasca le tomhas

password-advice-default = Cuir cúpla focal neamhchoitianta eile leis.
password-advice-few-words = Úsáid cúpla focal, seachain frásaí coitianta.
password-advice-no-symbols-needed = Níl gá le siombailí, le digití ná le ceannlitreacha.
password-advice-another-word = Cuir focal nó dhó eile leis. Is fearr focail neamhchoitianta.
password-advice-capitals = Ní chabhraíonn ceannlitreacha mórán.
password-advice-all-uppercase = Tá ceannlitreacha amháin beagnach chomh héasca le tomhas le litreacha beaga amháin.
password-advice-reversed = Níl focail droim ar ais mórán níos deacra le tomhas.
password-advice-substitutions = Ní chabhraíonn ionadaithe intuartha, mar '@' in ionad 'a', mórán.
password-advice-keyboard = Úsáid patrún méarchláir níos faide le níos mó casadh.
password-advice-repeats = Seachain focail agus carachtair athráite.
password-advice-sequences = Seachain seichimh.
password-advice-recent-years = Seachain blianta le déanaí.
password-advice-your-years = Seachain blianta a bhaineann leat féin.
password-advice-your-dates = Seachain dátaí agus blianta a bhaineann leat féin.

## Línte de stair slándála cuntais (tosaíonn siad le cás íochtair)

password-history-changed = pasfhocal athraithe
password-history-reset = pasfhocal athshocraithe le nasc a seoladh sa ríomhphost
password-history-secured = cuntas daingnithe ón nasc a seoladh sa ríomhphost: baineadh an pasfhocal, na heochracha slándála agus na cóid aisghabhála, cuireadh deireadh le gach seisiún
