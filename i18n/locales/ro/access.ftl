# Access to applications ("My applications access"). Network, country, institution and
# profile names come from data and are never translated. (Glossary: see login.ftl.)

## My applications access (the requester's list)

access-my-title = Accesul meu la aplicații
access-my-requests-label = Cererile mele de acces
access-none-yet = Nu aveți încă nicio cerere de acces.
access-review-link = Examinați cererile de acces
access-back-to-my = Înapoi la „Accesul meu la aplicații”

## Column headers and field labels shared by the pages

access-field-application = Aplicație
access-field-organisation = Organizație
access-field-profile = Profil de acces
access-field-submitted = Depusă
access-field-status = Stare
access-field-comments = Comentarii
access-field-network = Rețea
access-field-search = Căutare
access-field-reason = Motiv

## The status of a request

access-status-pending = în așteptare
access-status-approved = aprobată
access-status-rejected = respinsă
access-status-revoked = revocată
access-status-first-approval = acceptată o dată, așteaptă un al doilea aprobator
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Acces nou la o aplicație
access-steps-application = Selectarea aplicației
access-steps-organisation = Selectarea organizației
access-steps-profile = Selectarea profilului de acces
access-steps-recap = Recapitulare și depunere
access-step-1 = Pasul 1: selectați o aplicație
access-step-2 = Pasul 2: selectați o organizație
access-step-3 = Pasul 3: selectați un profil de acces
access-step-4 = Pasul 4: scrieți un comentariu
access-cancel = Anulați
access-no-value = [Nicio valoare selectată]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizații
access-per-page = înregistrări pe pagină
access-search-label = Căutare:
access-search-button = Căutați
access-up = Nivelul superior
access-institution = Instituție
access-submitted-mark = (cerere depusă)
access-submitted-note = Organizațiile marcate cu (cerere depusă) pot fi deja utilizate pentru a solicita acces.
access-open = Deschideți
access-details = Detalii
access-details-of = Detalii despre { $name }
access-no-match = Nicio înregistrare nu corespunde.
access-showing = { $total ->
    [one] Se afișează înregistrările { $first }–{ $last } din { $total } înregistrare
    [few] Se afișează înregistrările { $first }–{ $last } din { $total } înregistrări
   *[other] Se afișează înregistrările { $first }–{ $last } din { $total } de înregistrări
}
access-network-details = { $countries ->
    [one] { $countries } țară
    [few] { $countries } țări
   *[other] { $countries } de țări
}, { $institutions ->
    [one] { $institutions } instituție
    [few] { $institutions } instituții
   *[other] { $institutions } de instituții
}. Domenii tematice: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } instituție a { $network } în { $country }, plus accesul pentru invitați (Guest Access).
    [few] { $institutions } instituții ale { $network } în { $country }, plus accesul pentru invitați (Guest Access).
   *[other] { $institutions } de instituții ale { $network } în { $country }, plus accesul pentru invitați (Guest Access).
}
access-guest-details = Acces pentru invitați la { $network } în { $country }, pentru profesioniștii din domeniul sănătății din afara instituțiilor sale membre.
access-institution-details = { $institution } din { $country }, membră a { $network }.
access-pages = Pagini
access-page-number = Pagina { $number }

## Step 3: select access profile

access-organisation-chosen = Organizație:
access-profile-name = Nume
access-profile-description = Descriere
access-profile-active = activ
access-profile-submitted = cerere depusă
access-profile-granted = acordat dumneavoastră

## Step 4: recap and submission

access-recap-intro = Verificați cererea completată, apoi faceți clic pe „Depuneți cererea de acces”.
access-summary = Rezumat
access-before-submitting = Înainte de depunere
access-before-submitting-text = O cerere de acces la o aplicație va fi validată de administratori; acesta este un proces manual și poate dura câteva zile.
access-submit = Depuneți cererea de acces
access-submitted-title = Cererea dumneavoastră a fost depusă
access-submitted-what = Ați solicitat { $profiles } la { $organisation } ({ $application }).
access-submitted-wait = Vă rugăm să rețineți: aprobarea/activarea contului dumneavoastră poate dura 1-2 zile de la depunerea cererii! Veți fi informat(ă) prin e-mail după finalizarea procesului de aprobare.

## Why a request is refused

access-select-application = Selectați o aplicație.
access-select-organisation = Selectați o organizație.
access-select-institution = Selectați o organizație: o instituție (sau accesul pentru invitați) a unei rețele și a unei țări.
access-select-profile = Selectați cel puțin un profil de acces.
access-not-a-profile = „{ $profile }” nu este un profil de acces al { $application }.
access-comment-too-long = { $max ->
    [one] Comentariul trebuie să fie text simplu de cel mult { $max } caracter.
    [few] Comentariul trebuie să fie text simplu de cel mult { $max } caractere.
   *[other] Comentariul trebuie să fie text simplu de cel mult { $max } de caractere.
}
access-already-pending = Aveți deja o cerere în așteptare pentru { $organisation }; așteptați decizia privind cererea respectivă.
access-already-pending-here = Aveți deja o cerere în așteptare pentru această organizație; așteptați decizia privind cererea respectivă.
access-already-held = Dețineți deja profilul { $profile } pentru { $organisation }.
access-too-many-requests = { $count ->
    [one] Ați trimis { $count } cerere în ultima oră; așteptați înainte de a trimite altele.
    [few] Ați trimis { $count } cereri în ultima oră; așteptați înainte de a trimite altele.
   *[other] Ați trimis { $count } de cereri în ultima oră; așteptați înainte de a trimite altele.
}
access-reason-too-long = { $max ->
    [one] Motivul trebuie să aibă cel mult { $max } caracter.
    [few] Motivul trebuie să aibă cel mult { $max } caractere.
   *[other] Motivul trebuie să aibă cel mult { $max } de caractere.
}
access-reason-needed = Indicați un motiv: solicitantul îl primește prin e-mail.
access-accepted-already = Ați acceptat deja această cerere: trebuie să o accepte și un al doilea aprobator.

## The approvers' review page

access-review-title = Cereri de acces de examinat
access-review-networks = Rețelele pentru care decideți: { $networks }
access-review-all-networks = toate (administrator)
access-all-networks = Toate rețelele
access-review-search-hint = Începutul numelui sau al adresei de e-mail a unui solicitant ori al numelui sau codului unei organizații.
access-review-show = Afișați
access-pending-heading = Cereri în așteptare
access-pending-none = Nu există nicio cerere în așteptare.
access-reason-hint = Se trimite solicitantului; obligatoriu pentru respingere.
access-accept = Acceptați
access-reject = Respingeți
access-first-page = Prima pagină
access-pending-pages = Paginile cererilor în așteptare
access-pending-next = Următoarele cereri în așteptare
access-granted-heading = Accese acordate
access-granted-none = Nu a fost acordat încă niciun acces.
access-granted-row = { $requester }: { $profiles } la { $organisation }
access-revoke-reason = Motivul revocării
access-revoke = Revocați
access-granted-pages = Paginile acceselor acordate
access-granted-next = Următoarele accese acordate
access-deleted-account = (cont șters)
access-accepted-done = Cererea a fost acceptată; solicitantul a fost informat prin e-mail.
access-rejected-done = Cererea a fost respinsă; solicitantul a fost informat prin e-mail.
access-revoked-done = Accesul a fost revocat; solicitantul a fost informat prin e-mail.
access-first-approval-done = Ați acceptat cererea. Aceasta acordă un profil care aprobă alte cereri, așa că trebuie să o accepte și un al doilea aprobator; solicitantul va fi informat atunci.
access-already-decided = S-a luat deja o decizie privind această cerere (poate de către un alt aprobator).
access-revoke-approver-admin = Doar un administrator poate revoca accesul unui coordonator (acces care îi permite titularului să aprobe alte persoane). Nu s-a modificat nimic.
access-not-approver-title = Nu examinați cereri de acces
access-not-approver-text = Cererile de acces sunt decise de Coordonatorii fiecărei rețele și de administratori. Contul dumneavoastră nu se încadrează în niciuna dintre aceste categorii.
access-second-factor-title = Confirmați mai întâi cu al doilea factor
access-second-factor-text = Deciziile privind cererile de acces acordă sau retrag accesul la datele pacienților, așa că necesită o conectare cu un al doilea factor (Telefon mobil + SMS, o aplicație mobilă sau un token). Nu s-a modificat nimic.
access-second-factor-link = Confirmați cu un al doilea factor
