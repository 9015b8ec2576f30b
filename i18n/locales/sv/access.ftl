## Min åtkomst till applikationer (den sökandes lista)

access-my-title = Min åtkomst till applikationer
access-my-requests-label = Mina åtkomstbegäranden
access-none-yet = Du har ingen åtkomstbegäran ännu.
access-review-link = Granska åtkomstbegäranden
access-back-to-my = Tillbaka till Min åtkomst till applikationer

## Kolumnrubriker och fältetiketter

access-field-application = Applikation
access-field-organisation = Organisation
access-field-profile = Åtkomstprofil
access-field-submitted = Skickad
access-field-status = Status
access-field-comments = Kommentarer
access-field-network = Nätverk
access-field-search = Sök
access-field-reason = Motivering

## En begärans status

access-status-pending = väntande
access-status-approved = godkänd
access-status-rejected = avslagen
access-status-revoked = återkallad
access-status-first-approval = godkänd en gång, väntar på en andra godkännare
access-status-with-reason = { $status }: { $reason }

## Guiden ("Ny applikationsåtkomst", fyra steg)

access-new-title = Ny applikationsåtkomst
access-steps-application = Välj applikation
access-steps-organisation = Välj organisation
access-steps-profile = Välj åtkomstprofil
access-steps-recap = Sammanfattning och inlämning
access-step-1 = Steg 1: välj en applikation
access-step-2 = Steg 2: välj en organisation
access-step-3 = Steg 3: välj en åtkomstprofil
access-step-4 = Steg 4: skriv en kommentar
access-cancel = Avbryt
access-no-value = [Inget värde valt]

## Steg 2: välj organisation

access-organisations = Organisationer
access-per-page = poster per sida
access-search-label = Sök:
access-search-button = Sök
access-up = Upp
access-institution = Institution
access-submitted-mark = (begäran skickad)
access-submitted-note = Organisationer markerade med (begäran skickad) kan redan användas för att begära åtkomst.
access-open = Öppna
access-details = Detaljer
access-details-of = Detaljer om { $name }
access-no-match = Inga poster matchar.
access-showing = { $total ->
    [one] Visar { $first } till { $last } av { $total } post
   *[other] Visar { $first } till { $last } av { $total } poster
}
access-network-details = { $countries ->
    [one] { $countries } land
   *[other] { $countries } länder
}, { $institutions ->
    [one] { $institutions } institution
   *[other] { $institutions } institutioner
}. Tematiska områden: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } institution i { $network } i { $country }, samt dess gäståtkomst (Guest Access).
   *[other] { $institutions } institutioner i { $network } i { $country }, samt dess gäståtkomst (Guest Access).
}
access-guest-details = Gäståtkomst till { $network } i { $country }, för hälso- och sjukvårdspersonal utanför dess medlemsinstitutioner.
access-institution-details = { $institution } i { $country }, medlem i { $network }.
access-pages = Sidor
access-page-number = Sida { $number }

## Steg 3: välj åtkomstprofil

access-organisation-chosen = Organisation:
access-profile-name = Namn
access-profile-description = Beskrivning
access-profile-active = aktiv
access-profile-submitted = begäran skickad
access-profile-granted = beviljad till dig

## Steg 4: sammanfattning och inlämning

access-recap-intro = Granska den sammanställda begäran och klicka sedan på ”Skicka åtkomstbegäran”.
access-summary = Sammanfattning
access-before-submitting = Innan du skickar
access-before-submitting-text = En begäran om åtkomst till en applikation granskas av administratörerna. Det är en manuell process som kan ta några dagar.
access-submit = Skicka åtkomstbegäran
access-submitted-title = Din begäran har skickats
access-submitted-what = Du har begärt { $profiles } vid { $organisation } ({ $application }).
access-submitted-wait = Observera: godkännandet/aktiveringen av ditt konto kan ta 1–2 dagar efter att begäran skickats! Du får ett e-postmeddelande när godkännandeprocessen är klar.

## Varför en begäran avvisas

access-select-application = Välj en applikation.
access-select-organisation = Välj en organisation.
access-select-institution = Välj en organisation: en institution (eller Guest Access) i ett nätverk och ett land.
access-select-profile = Välj minst en åtkomstprofil.
access-not-a-profile = ”{ $profile }” är inte en åtkomstprofil i { $application }.
access-comment-too-long = Kommentaren måste vara ren text på högst { $max } tecken.
access-already-pending = Du har redan en väntande begäran för { $organisation }; vänta på beslutet om den.
access-already-pending-here = Du har redan en väntande begäran för den här organisationen; vänta på beslutet om den.
access-already-held = Du har redan profilen { $profile } för { $organisation }.
access-too-many-requests = { $count ->
    [one] Du har skickat { $count } begäran under den senaste timmen; vänta innan du skickar fler.
   *[other] Du har skickat { $count } begäranden under den senaste timmen; vänta innan du skickar fler.
}
access-reason-too-long = Motiveringen får vara högst { $max } tecken.
access-reason-needed = Ange en motivering: den sökande får den via e-post.
access-accepted-already = Du har redan godkänt den här begäran: en andra godkännare måste också godkänna den.

## Godkännarnas granskningssida

access-review-title = Åtkomstbegäranden att granska
access-review-networks = Nätverk som du beslutar för: { $networks }
access-review-all-networks = alla (administratör)
access-all-networks = Alla nätverk
access-review-search-hint = Början av den sökandes namn eller e-postadress, eller av en organisations namn eller kod.
access-review-show = Visa
access-pending-heading = Väntande begäranden
access-pending-none = Ingen begäran väntar.
access-reason-hint = Skickas till den sökande; krävs för att avslå.
access-accept = Godkänn
access-reject = Avslå
access-first-page = Första sidan
access-pending-pages = Sidor med väntande begäranden
access-pending-next = Nästa väntande begäranden
access-granted-heading = Beviljad åtkomst
access-granted-none = Ingen åtkomst har beviljats ännu.
access-granted-row = { $requester }: { $profiles } vid { $organisation }
access-revoke-reason = Motivering för återkallande
access-revoke = Återkalla
access-granted-pages = Sidor med beviljad åtkomst
access-granted-next = Nästa beviljade åtkomst
access-deleted-account = (borttaget konto)
access-accepted-done = Begäran har godkänts; den sökande har informerats via e-post.
access-rejected-done = Begäran har avslagits; den sökande har informerats via e-post.
access-revoked-done = Åtkomsten har återkallats; den sökande har informerats via e-post.
access-first-approval-done = Du har godkänt begäran. Den ger en profil som godkänner andra, så en andra godkännare måste också godkänna den; den sökande informeras då.
access-already-decided = Beslut har redan fattats om den här begäran (kanske av en annan godkännare).
access-revoke-approver-admin = Endast en administratör kan återkalla en koordinators åtkomst (åtkomst som låter innehavaren godkänna andra). Inget ändrades.
access-not-approver-title = Du granskar inte åtkomstbegäranden
access-not-approver-text = Åtkomstbegäranden beslutas av koordinatorerna för varje nätverk och av administratörer. Ditt konto är ingetdera.
access-second-factor-title = Bekräfta först med din andra faktor
access-second-factor-text = Beslut om åtkomstbegäranden ger eller tar bort åtkomst till patientdata och kräver därför en inloggning med en andra faktor (Mobiltelefon + SMS, en mobilapp eller en token). Ingenting har ändrats.
access-second-factor-link = Bekräfta med en andra faktor

