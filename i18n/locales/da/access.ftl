## Min adgang til applikationer

access-my-title = Min adgang til applikationer
access-my-requests-label = Mine adgangsanmodninger
access-none-yet = Du har endnu ingen adgangsanmodning.
access-review-link = Gennemgå adgangsanmodninger
access-back-to-my = Tilbage til Min adgang til applikationer

## Kolonneoverskrifter og feltnavne

access-field-application = Applikation
access-field-organisation = Organisation
access-field-profile = Adgangsprofil
access-field-submitted = Indsendt
access-field-status = Status
access-field-comments = Kommentarer
access-field-network = Netværk
access-field-search = Søg
access-field-reason = Begrundelse

## En anmodnings status

access-status-pending = afventer
access-status-approved = godkendt
access-status-rejected = afvist
access-status-revoked = tilbagekaldt
access-status-first-approval = accepteret én gang, afventer en anden godkender
access-status-with-reason = { $status }: { $reason }

## Guiden (»Ny adgang til en applikation«, fire trin)

access-new-title = Ny adgang til en applikation
access-steps-application = Vælg applikation
access-steps-organisation = Vælg organisation
access-steps-profile = Vælg adgangsprofil
access-steps-recap = Oversigt og indsendelse
access-step-1 = Trin 1: Vælg en applikation
access-step-2 = Trin 2: Vælg en organisation
access-step-3 = Trin 3: Vælg en adgangsprofil
access-step-4 = Trin 4: Skriv en kommentar
access-cancel = Annuller
access-no-value = [Ingen værdi valgt]

## Trin 2: Vælg organisation

access-organisations = Organisationer
access-per-page = poster pr. side
access-search-label = Søg:
access-search-button = Søg
access-up = Et niveau op
access-institution = Institution
access-submitted-mark = (anmodning indsendt)
access-submitted-note = Organisationer markeret med (anmodning indsendt) kan allerede bruges til at anmode om adgang.
access-open = Åbn
access-details = Detaljer
access-details-of = Detaljer om { $name }
access-no-match = Ingen poster matcher.
access-showing = { $total ->
    [one] Viser { $first } til { $last } af { $total } post
   *[other] Viser { $first } til { $last } af { $total } poster
}
access-network-details = { $countries ->
    [one] { $countries } land
   *[other] { $countries } lande
}, { $institutions ->
    [one] { $institutions } institution
   *[other] { $institutions } institutioner
}. Tematiske områder: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } institution i { $network } i { $country } samt den tilhørende Guest Access.
   *[other] { $institutions } institutioner i { $network } i { $country } samt den tilhørende Guest Access.
}
access-guest-details = Gæsteadgang til { $network } i { $country } for sundhedsprofessionelle uden for netværkets medlemsinstitutioner.
access-institution-details = { $institution } i { $country }, medlem af { $network }.
access-pages = Sider
access-page-number = Side { $number }

## Trin 3: Vælg adgangsprofil

access-organisation-chosen = Organisation:
access-profile-name = Navn
access-profile-description = Beskrivelse
access-profile-active = aktiv
access-profile-submitted = anmodning indsendt
access-profile-granted = tildelt dig

## Trin 4: Oversigt og indsendelse

access-recap-intro = Gennemgå den samlede anmodning, og klik derefter på »Indsend adgangsanmodning«.
access-summary = Oversigt
access-before-submitting = Før indsendelse
access-before-submitting-text = En anmodning om adgang til en applikation valideres af administratorerne; det er en manuel proces, som kan tage et par dage.
access-submit = Indsend adgangsanmodning
access-submitted-title = Din anmodning er indsendt
access-submitted-what = Du har anmodet om { $profiles } hos { $organisation } ({ $application }).
access-submitted-wait = Bemærk: Godkendelse/aktivering af din konto kan tage 1-2 dage efter indsendelse af anmodningen! Du får besked pr. e-mail, når godkendelsesprocessen er afsluttet.

## Hvorfor en anmodning afvises

access-select-application = Vælg en applikation.
access-select-organisation = Vælg en organisation.
access-select-institution = Vælg en organisation: en institution (eller Guest Access) i et netværk og et land.
access-select-profile = Vælg mindst én adgangsprofil.
access-not-a-profile = »{ $profile }« er ikke en adgangsprofil i { $application }.
access-comment-too-long = Kommentaren skal være ren tekst på højst { $max } tegn.
access-already-pending = Du har allerede en afventende anmodning for { $organisation }; vent på afgørelsen.
access-already-pending-here = Du har allerede en afventende anmodning for denne organisation; vent på afgørelsen.
access-already-held = Du har allerede profilen { $profile } for { $organisation }.
access-too-many-requests = { $count ->
    [one] Du har sendt { $count } anmodning inden for den seneste time; vent venligst, før du sender flere.
   *[other] Du har sendt { $count } anmodninger inden for den seneste time; vent venligst, før du sender flere.
}
access-reason-too-long = Begrundelsen må højst være på { $max } tegn.
access-reason-needed = Angiv en begrundelse: Ansøgeren modtager den pr. e-mail.
access-accepted-already = Du har allerede accepteret denne anmodning: En anden godkender skal også acceptere den.

## Godkendernes gennemgangsside

access-review-title = Adgangsanmodninger til gennemgang
access-review-networks = Netværk, du træffer afgørelse for: { $networks }
access-review-all-networks = alle (administrator)
access-all-networks = Alle netværk
access-review-search-hint = Begyndelsen af en ansøgers navn eller e-mail eller af en organisations navn eller kode.
access-review-show = Vis
access-pending-heading = Afventende anmodninger
access-pending-none = Ingen anmodninger venter.
access-reason-hint = Sendes til ansøgeren; påkrævet ved afvisning.
access-accept = Accepter
access-reject = Afvis
access-first-page = Første side
access-pending-pages = Sider med afventende anmodninger
access-pending-next = Næste afventende anmodninger
access-granted-heading = Tildelt adgang
access-granted-none = Der er endnu ikke tildelt nogen adgang.
access-granted-row = { $requester }: { $profiles } hos { $organisation }
access-revoke-reason = Begrundelse for tilbagekaldelse
access-revoke = Tilbagekald
access-granted-pages = Sider med tildelt adgang
access-granted-next = Næste tildelte adgange
access-deleted-account = (slettet konto)
access-accepted-done = Anmodningen er accepteret; ansøgeren har fået besked pr. e-mail.
access-rejected-done = Anmodningen er afvist; ansøgeren har fået besked pr. e-mail.
access-revoked-done = Adgangen er tilbagekaldt; ansøgeren har fået besked pr. e-mail.
access-first-approval-done = Du har accepteret anmodningen. Den giver en profil, der selv godkender andre, så en anden godkender skal også acceptere den; ansøgeren får først besked derefter.
access-already-decided = Der er allerede truffet afgørelse om denne anmodning (måske af en anden godkender).
access-revoke-approver-admin = Kun en administrator kan tilbagekalde en koordinators adgang (adgang, der lader indehaveren godkende andre). Intet blev ændret.
access-not-approver-title = Du gennemgår ikke adgangsanmodninger
access-not-approver-text = Adgangsanmodninger afgøres af koordinatorerne for hvert netværk og af administratorer. Din konto er ingen af delene.
access-second-factor-title = Bekræft først med din anden faktor
access-second-factor-text = Afgørelser om adgangsanmodninger giver eller fjerner adgang til patientdata og kræver derfor et login med en anden faktor (Mobiltelefon + SMS, en mobilapp eller et token). Intet er blevet ændret.
access-second-factor-link = Bekræft med en anden faktor
