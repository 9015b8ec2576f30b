# Leathanaigh earráide, foirmeacha a diúltaíodh, naisc a úsáideadh cheana.

## An leathanach earráide

errors-bad-request-title = Tá rud éigin cearr leis an iarratas seo
errors-forbidden-title = Ní féidir glacadh leis an bhfoirm seo
errors-not-found-title = Níor aimsíodh an leathanach
errors-not-found = Níl aon leathanach ag an seoladh seo.
errors-too-large-title = An iomarca sonraí
errors-too-large = Sheol an fhoirm níos mó sonraí ná mar a theastaíonn ó aon cheann dár bhfoirmeacha.
errors-too-many-requests-title = An iomarca iarratas
errors-unavailable-title = Níl an tseirbhís ar fáil faoi láthair
errors-unavailable = Ní féidir leis an tseirbhís freagra a thabhairt faoi láthair. Níor athraíodh aon rud; bain triail eile as i gceann nóiméid.
errors-internal-title = Chuaigh rud éigin mícheart ar ár dtaobh
errors-internal = Logáladh an earráid. Bain triail eile as; má tharlaíonn sé arís, déan teagmháil leis an tacaíocht agus tabhair an tagairt thíos.
errors-go-to-start = Téigh go dtí an leathanach tosaigh
errors-reference = Tagairt don tacaíocht:

## Foirmeacha nach féidir glacadh leo

errors-form-not-urlencoded = Ní mór foirmeacha a sheoladh mar application/x-www-form-urlencoded.
errors-form-other-site = Seoladh an fhoirm ó shuíomh eile.
errors-form-unreadable = Níorbh fhéidir an fhoirm a léamh.
errors-form-malformed = Tá an fhoirm míchumtha.
errors-form-expired = Tá an fhoirm seo imithe in éag nó níor seoladh í ónár leathanaigh. Téigh siar, athlódáil an leathanach agus bain triail eile as.
errors-form-wrong-kind = Tá réimse den chineál mícheart san fhoirm.

## Ríomhphoist agus naisc

errors-too-many-mails = Iarradh an iomarca ríomhphost don seoladh seo nó ó do líonra. Bain triail eile as i gceann uair an chloig.
errors-link-invalid-title = Ní féidir an nasc seo a úsáid
errors-link-invalid = Tá an nasc neamhbhailí, imithe in éag nó úsáideadh cheana é. Oibríonn na naisc inár ríomhphoist uair amháin.
errors-go-to-sign-in = Téigh go dtí síniú isteach
