## Mijn toegang tot toepassingen

access-my-title = Mijn toegang tot toepassingen
access-my-requests-label = Mijn toegangsaanvragen
access-none-yet = U hebt nog geen toegangsaanvraag.
access-review-link = Toegangsaanvragen beoordelen
access-back-to-my = Terug naar Mijn toegang tot toepassingen

## Kolomkoppen en veldlabels

access-field-application = Toepassing
access-field-organisation = Organisatie
access-field-profile = Toegangsprofiel
access-field-submitted = Ingediend
access-field-status = Status
access-field-comments = Opmerkingen
access-field-network = Netwerk
access-field-search = Zoeken
access-field-reason = Reden

## De status van een aanvraag

access-status-pending = in behandeling
access-status-approved = goedgekeurd
access-status-rejected = afgewezen
access-status-revoked = ingetrokken
access-status-first-approval = eenmaal geaccepteerd, wacht op een tweede goedkeurder
access-status-with-reason = { $status }: { $reason }

## De wizard ("Nieuwe toegang tot een toepassing", vier stappen)

access-new-title = Nieuwe toegang tot een toepassing
access-steps-application = Toepassing selecteren
access-steps-organisation = Organisatie selecteren
access-steps-profile = Toegangsprofiel selecteren
access-steps-recap = Overzicht en indiening
access-step-1 = Stap 1: selecteer een toepassing
access-step-2 = Stap 2: selecteer een organisatie
access-step-3 = Stap 3: selecteer een toegangsprofiel
access-step-4 = Stap 4: voer een opmerking in
access-cancel = Annuleren
access-no-value = [Geen waarde geselecteerd]

## Stap 2: organisatie selecteren

access-organisations = Organisaties
access-per-page = items per pagina
access-search-label = Zoeken:
access-search-button = Zoeken
access-up = Niveau omhoog
access-institution = Instelling
access-submitted-mark = (aanvraag ingediend)
access-submitted-note = Organisaties gemarkeerd met (aanvraag ingediend) kunnen al worden gebruikt om toegang aan te vragen.
access-open = Openen
access-details = Details
access-details-of = Details van { $name }
access-no-match = Geen overeenkomende items.
access-showing = { $total ->
    [one] { $first } tot { $last } van { $total } item weergegeven
   *[other] { $first } tot { $last } van { $total } items weergegeven
}
access-network-details = { $countries ->
    [one] { $countries } land
   *[other] { $countries } landen
}, { $institutions ->
    [one] { $institutions } instelling
   *[other] { $institutions } instellingen
}. Thematische gebieden: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } instelling van { $network } in { $country }, plus de bijbehorende Guest Access.
   *[other] { $institutions } instellingen van { $network } in { $country }, plus de bijbehorende Guest Access.
}
access-guest-details = Gasttoegang tot { $network } in { $country }, voor zorgprofessionals buiten de aangesloten instellingen.
access-institution-details = { $institution } in { $country }, lid van { $network }.
access-pages = Pagina's
access-page-number = Pagina { $number }

## Stap 3: toegangsprofiel selecteren

access-organisation-chosen = Organisatie:
access-profile-name = Naam
access-profile-description = Beschrijving
access-profile-active = actief
access-profile-submitted = aanvraag ingediend
access-profile-granted = aan u toegekend

## Stap 4: overzicht en indiening

access-recap-intro = Controleer de samengestelde aanvraag en klik dan op "Toegangsaanvraag indienen".
access-summary = Samenvatting
access-before-submitting = Vóór het indienen
access-before-submitting-text = Een aanvraag voor toegang tot een toepassing wordt door de beheerders gevalideerd; dit gebeurt handmatig en kan enkele dagen duren.
access-submit = Toegangsaanvraag indienen
access-submitted-title = Uw aanvraag is ingediend
access-submitted-what = U hebt { $profiles } aangevraagd bij { $organisation } ({ $application }).
access-submitted-wait = Let op: de goedkeuring/activering van uw account kan na het indienen van de aanvraag 1-2 dagen duren! U ontvangt een e-mail zodra de goedkeuringsprocedure is afgerond.

## Waarom een aanvraag wordt geweigerd

access-select-application = Selecteer een toepassing.
access-select-organisation = Selecteer een organisatie.
access-select-institution = Selecteer een organisatie: een instelling (of de Guest Access) van een netwerk en land.
access-select-profile = Selecteer ten minste één toegangsprofiel.
access-not-a-profile = "{ $profile }" is geen toegangsprofiel van { $application }.
access-comment-too-long = De opmerking moet platte tekst zijn van maximaal { $max } tekens.
access-already-pending = U hebt al een openstaande aanvraag voor { $organisation }; wacht op de beslissing daarover.
access-already-pending-here = U hebt al een openstaande aanvraag voor deze organisatie; wacht op de beslissing daarover.
access-already-held = U hebt het profiel { $profile } voor { $organisation } al.
access-too-many-requests = { $count ->
    [one] U hebt het afgelopen uur { $count } aanvraag verzonden; wacht even voordat u er meer verzendt.
   *[other] U hebt het afgelopen uur { $count } aanvragen verzonden; wacht even voordat u er meer verzendt.
}
access-reason-too-long = De reden mag maximaal { $max } tekens bevatten.
access-reason-needed = Geef een reden op: de aanvrager ontvangt die per e-mail.
access-accepted-already = U hebt deze aanvraag al geaccepteerd: een tweede goedkeurder moet haar ook accepteren.

## De beoordelingspagina voor goedkeurders

access-review-title = Te beoordelen toegangsaanvragen
access-review-networks = Netwerken waarover u beslist: { $networks }
access-review-all-networks = alle (beheerder)
access-all-networks = Alle netwerken
access-review-search-hint = Het begin van de naam of het e-mailadres van een aanvrager, of van de naam of code van een organisatie.
access-review-show = Weergeven
access-pending-heading = Openstaande aanvragen
access-pending-none = Er wachten geen aanvragen.
access-reason-hint = Wordt naar de aanvrager gestuurd; verplicht bij afwijzing.
access-accept = Accepteren
access-reject = Afwijzen
access-first-page = Eerste pagina
access-pending-pages = Pagina's met openstaande aanvragen
access-pending-next = Volgende openstaande aanvragen
access-granted-heading = Verleende toegang
access-granted-none = Er is nog geen toegang verleend.
access-granted-row = { $requester }: { $profiles } bij { $organisation }
access-revoke-reason = Reden voor intrekking
access-revoke = Intrekken
access-granted-pages = Pagina's met verleende toegang
access-granted-next = Volgende verleende toegang
access-deleted-account = (verwijderd account)
access-accepted-done = De aanvraag is geaccepteerd; de aanvrager is per e-mail op de hoogte gebracht.
access-rejected-done = De aanvraag is afgewezen; de aanvrager is per e-mail op de hoogte gebracht.
access-revoked-done = De toegang is ingetrokken; de aanvrager is per e-mail op de hoogte gebracht.
access-first-approval-done = U hebt de aanvraag geaccepteerd. Zij geeft een profiel waarmee anderen worden goedgekeurd, dus een tweede goedkeurder moet haar ook accepteren; pas dan wordt de aanvrager op de hoogte gebracht.
access-already-decided = Over deze aanvraag is al beslist (misschien door een andere goedkeurder).
access-revoke-approver-admin = Alleen een beheerder kan de toegang van een coördinator intrekken (toegang waarmee de houder anderen goedkeurt). Er is niets gewijzigd.
access-not-approver-title = U beoordeelt geen toegangsaanvragen
access-not-approver-text = Over toegangsaanvragen beslissen de coördinatoren van elk netwerk en de beheerders. Uw account is geen van beide.
access-second-factor-title = Bevestig eerst met uw tweede factor
access-second-factor-text = Beslissen over toegangsaanvragen geeft of ontneemt toegang tot patiëntgegevens en vereist daarom een aanmelding met een tweede factor (Mobiele telefoon + SMS, een mobiele app of een token). Er is niets gewijzigd.
access-second-factor-link = Bevestigen met een tweede factor
