# Error pages (any page that cannot be shown), refused forms, used-up links.

## The error page.

errors-bad-request-title = Hemm xi ħaġa ħażina f'din it-talba
errors-forbidden-title = Din il-formola ma tistax tiġi aċċettata
errors-not-found-title = Il-paġna ma nstabitx
errors-not-found = M'hemm l-ebda paġna f'dan l-indirizz.
errors-too-large-title = Wisq data
errors-too-large = Il-formola bagħtet aktar data milli teħtieġ kwalunkwe waħda mill-formoli tagħna.
errors-too-many-requests-title = Wisq talbiet
errors-unavailable-title = Is-servizz mhuwiex disponibbli temporanjament
errors-unavailable = Is-servizz ma jistax iwieġeb bħalissa. Ma nbidel xejn; erġa' pprova fi żmien minuta.
errors-internal-title = Inqalgħet problema min-naħa tagħna
errors-internal = L-iżball ġie rreġistrat. Erġa' pprova; jekk jerġa' jiġri, ikkuntattja lill-appoġġ bir-referenza hawn taħt.
errors-go-to-start = Mur fil-paġna tal-bidu
errors-reference = Referenza għall-appoġġ:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Il-formoli għandhom jintbagħtu bħala application/x-www-form-urlencoded.
errors-form-other-site = Il-formola ntbagħtet minn sit ieħor.
errors-form-unreadable = Il-formola ma setgħetx tinqara.
errors-form-malformed = Il-formola mhijiex iffurmata sew.
errors-form-expired = Din il-formola skadiet jew ma ntbagħtitx mill-paġni tagħna. Mur lura, erġa' ttella' l-paġna u erġa' pprova.
errors-form-wrong-kind = Il-formola fiha qasam tat-tip ħażin.

## Mails and links.

errors-too-many-mails = Intalbu wisq emails għal dan l-indirizz jew min-netwerk tiegħek. Erġa' pprova fi żmien siegħa.
errors-link-invalid-title = Dan il-link ma jistax jintuża
errors-link-invalid = Il-link mhuwiex validu, skada jew diġà ntuża. Il-links fl-emails tagħna jaħdmu darba biss.
errors-go-to-sign-in = Mur għad-dħul
