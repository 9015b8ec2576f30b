# Ríomhphoist chuig sealbhóirí cuntas, agus an cód SMS. Scríobhtar iad i dteanga an
# chuntais ("Teanga an ríomhphoist"). Tá na naisc ar a líne féin nó ag deireadh líne;
# coinnítear línte bána idir na hailt.

## Cuntas a chruthú

mail-confirm-registration-subject = { $site }: deimhnigh do sheoladh ríomhphoist
mail-confirm-registration-body =
    { $first_name } { $last_name }, a chara,

    D'iarr duine éigin, tusa is dócha, cuntas a chruthú ar { $site } leis an seoladh ríomhphoist seo.

    Chun an seoladh a dheimhniú agus do phasfhocal a roghnú, oscail an nasc seo laistigh de 24 uair an chloig:

    { $link }

    Oibríonn an nasc uair amháin. Mura ndearna tú iarratas ar chuntas, déan neamhaird den ríomhphost seo: ní chruthaítear aon chuntas gan é.

mail-already-registered-subject = { $site }: tá cuntas agat cheana
mail-already-registered-body =
    { $first_name } { $last_name }, a chara,

    D'iarr duine éigin, tusa is dócha, cuntas a chruthú ar { $site } leis an seoladh ríomhphoist seo, ach tá cuntas leis an seoladh seo ann cheana.

    Chun síniú isteach, téigh chuig { $login_link }
    Má rinne tú dearmad ar do phasfhocal, úsáid "Ar chaill tú do phasfhocal?" ansin: { $reset_link }

    Murar iarr tú é seo, déan neamhaird den ríomhphost seo; níor athraíodh do chuntas.

## Pasfhocail

mail-reset-password-subject = { $site }: roghnaigh pasfhocal nua
mail-reset-password-body =
    { $first_name } { $last_name }, a chara,

    D'iarr duine éigin, tusa is dócha, pasfhocal nua a roghnú do do chuntas ar { $site }.

    Chun pasfhocal nua a roghnú, oscail an nasc seo laistigh d'uair an chloig:

    { $link }

    Oibríonn an nasc uair amháin. Má roghnaíonn tú pasfhocal nua, síneofar amach thú i ngach áit.
    Murar iarr tú é seo, déan neamhaird den ríomhphost seo; níor athraíodh do phasfhocal.

mail-password-changed-subject = { $site }: athraíodh do phasfhocal
mail-password-changed-body =
    { $first_name } { $last_name }, a chara,

    Athraíodh pasfhocal do chuntais ar { $site } ar { $when }.

    Murab tusa a rinne é seo, roghnaigh pasfhocal nua láithreach le "Ar chaill tú do phasfhocal?": { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: tá do chuntas faoi ghlas ar feadh { $minutes } nóiméad
    [two] { $site }: tá do chuntas faoi ghlas ar feadh { $minutes } nóiméad
    [few] { $site }: tá do chuntas faoi ghlas ar feadh { $minutes } nóiméad
    [many] { $site }: tá do chuntas faoi ghlas ar feadh { $minutes } nóiméad
   *[other] { $site }: tá do chuntas faoi ghlas ar feadh { $minutes } nóiméad
}
mail-account-locked-body =
    { $first_name } { $last_name }, a chara,

    Tar éis roinnt pasfhocal mícheart, tá do chuntas ar { $site } faoi ghlas go dtí { $until }. Díghlasálfaidh sé leis féin ansin.

    Murab tusa a rinne na hiarrachtaí seo, b'fhéidir go bhfuil duine éigin ag iarraidh do phasfhocal a thomhas. Is féidir leat ceann nua a roghnú le "Ar chaill tú do phasfhocal?": { $reset_link }

## Slándáil an chuntais

mail-security-change-subject = { $site }: athrú ar shlándáil do chuntais
mail-security-change-body =
    { $first_name } { $last_name }, a chara,

    Ar { $when }, ón seoladh { $ip }: { $what }.

    Más tusa a rinne é, níl aon rud le déanamh. Murab tusa, b'fhéidir go bhfuil duine éigin ag úsáid do chuntais: roghnaigh pasfhocal nua láithreach le "Ar chaill tú do phasfhocal?" ({ $reset_link }) agus athbhreithnigh "Taispeáin mo sheisiúin" in Mo chuntas.

mail-factors-held-subject = { $site }: scriosadh gach dara fachtóir de do chuntas
mail-factors-held-body =
    { $first_name } { $last_name }, a chara,

    Ar { $when }, ón seoladh { $ip }, scrios duine éigin a shínigh isteach le do phasfhocal amháin gach gléas móibíleach agus gach comhartha de do chuntas ("Scrios mo ghléasanna go léir (PANIC)").

    Ar mhaithe le do shábháilteacht, ní féidir le do phasfhocal amháin an dara fachtóir nua a chur leis roimh { $until }. Más tusa a rinne é, cuir do ghléas nó do chomhartha nua leis tar éis an ama sin.

    Murab tusa a rinne é, tá do phasfhocal ar eolas ag duine éigin. Oscail an nasc seo láithreach: baineann sé do phasfhocal, cuireann sé deireadh le gach seisiún agus cúlghaireann sé rochtain gach feidhmchláir; ansin roghnaigh pasfhocal nua le "Ar chaill tú do phasfhocal?".

    { $link }

mail-factor-added-with-code-subject = { $site }: cuireadh dara fachtóir le do chuntas le cód aisghabhála
mail-factor-added-with-code-body =
    { $first_name } { $last_name }, a chara,

    Ar { $when }, ón seoladh { $ip }, rinne duine a shínigh isteach le do phasfhocal agus le ceann de do chóid aisghabhála an t-athrú seo: { $what }.

    Ar mhaithe le do shábháilteacht, go dtí { $until } ní féidir dara fachtóir a chur leis ná a scriosadh, cóid aisghabhála a ghiniúint, do sheoladh ríomhphoist a athrú ná do chuntas a scriosadh. Más tusa a rinne é, níl aon rud le déanamh.

    Murab tusa a rinne é, tá do phasfhocal ar eolas ag duine éigin. Oscail an nasc seo láithreach: baineann sé do phasfhocal, cuireann sé deireadh le gach seisiún agus cúlghaireann sé rochtain gach feidhmchláir; ansin roghnaigh pasfhocal nua le "Ar chaill tú do phasfhocal?".

    { $link }

mail-account-secured-subject = { $site }: baineadh do phasfhocal agus cuireadh deireadh le gach seisiún
mail-account-secured-body =
    { $first_name } { $last_name }, a chara,

    Ar { $when }, ón seoladh { $ip }, daingníodh do chuntas leis an nasc a sheolamar chugat: baineadh an pasfhocal, cuireadh deireadh le gach seisiún agus cúlghaireadh rochtain gach feidhmchláir.

    Roghnaigh pasfhocal nua le "Ar chaill tú do phasfhocal?": { $reset_link }

## Sonraí pearsanta

mail-confirm-email-change-subject = { $site }: deimhnigh do sheoladh ríomhphoist nua
mail-confirm-email-change-body =
    { $first_name } { $last_name }, a chara,

    Chun { $new_email } a dhéanamh de sheoladh ríomhphoist do chuntais ar { $site }, oscail an nasc seo laistigh de 24 uair an chloig:

    { $link }

    Oibríonn an nasc uair amháin. Murar iarr tú é seo, déan neamhaird den ríomhphost seo.

mail-email-changed-subject = { $site }: athraíodh seoladh ríomhphoist do chuntais
mail-email-changed-body =
    { $first_name } { $last_name }, a chara,

    Athraíodh seoladh ríomhphoist do chuntais ar { $site } ó { $old_email } go { $new_email }.

    Murab tusa a rinne é seo, déan teagmháil leis an tacaíocht láithreach.

mail-account-deleted-subject = { $site }: scriosadh do chuntas
mail-account-deleted-body = Scriosadh do chuntas ar { $site } agus gach a gcoinnítear faoi, mar a d'iarr tú.

## Rochtain ar fheidhmchláir

mail-access-waiting-subject = { $site }: tá iarratas ar rochtain ag fanacht le do chinneadh
mail-access-waiting-body =
    { $first_name } { $last_name }, a chara,

    Iarrann { $requester } { $profiles } ag { $organisation } ({ $application }).

    Athbhreithnigh é: { $approvals_link }

mail-access-accepted-subject = { $site }: glacadh le d'iarratas ar rochtain
mail-access-accepted-body =
    { $first_name } { $last_name }, a chara,

    Glacadh le d'iarratas ar rochtain do { $profiles } ag { $organisation } ({ $application }). Is féidir leat síniú isteach san fheidhmchlár leis anois.{ $reason }

    D'iarratais: { $requests_link }

mail-access-rejected-subject = { $site }: diúltaíodh do d'iarratas ar rochtain
mail-access-rejected-body =
    { $first_name } { $last_name }, a chara,

    Diúltaíodh do d'iarratas ar rochtain do { $profiles } ag { $organisation } ({ $application }).{ $reason }

    D'iarratais: { $requests_link }

mail-access-revoked-subject = { $site }: cúlghaireadh do rochtain
mail-access-revoked-body =
    { $first_name } { $last_name }, a chara,

    Cúlghaireadh do rochtain do { $profiles } ag { $organisation } ({ $application }); ní fhaigheann an feidhmchlár í a thuilleadh.{ $reason }

    D'iarratais: { $requests_link }

mail-access-reason = “{ $reason }”

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: do chód SMS: { $code }. Bailí ar feadh { $minutes } nóiméad.
    [two] { $site }: do chód SMS: { $code }. Bailí ar feadh { $minutes } nóiméad.
    [few] { $site }: do chód SMS: { $code }. Bailí ar feadh { $minutes } nóiméad.
    [many] { $site }: do chód SMS: { $code }. Bailí ar feadh { $minutes } nóiméad.
   *[other] { $site }: do chód SMS: { $code }. Bailí ar feadh { $minutes } nóiméad.
}
