# Access to applications ("My applications access"): the four-step request wizard, the
# requester's list, the approvers' review page, and the mails' description of a request.
# Network, country, institution and profile names come from the catalogue of
# organisations and are never translated; application codes ("CPMS") neither.

## My applications access (the requester's list)

access-my-title = My applications access
access-my-requests-label = My access requests
access-none-yet = You have no access request yet.
access-review-link = Review access requests
access-back-to-my = Back to My applications access

## Column headers and field labels shared by the pages

access-field-application = Application
access-field-organisation = Organisation
# The column and the step that list the access profiles (Coordinator, HP, ...).
access-field-profile = Access Profile
# When the request was sent (a date and time follows).
access-field-submitted = Submitted
access-field-status = Status
access-field-comments = Comments
access-field-network = Network
access-field-search = Search
access-field-reason = Reason

## The status of a request

access-status-pending = pending
access-status-approved = approved
access-status-rejected = rejected
access-status-revoked = revoked
# A request for a profile that approves others (four eyes): one approver accepted it.
access-status-first-approval = accepted once, waits for a second approver
# A status followed by the approver's reason for it, e.g. "rejected: not a member".
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = New application access
# The steps' list; a step number is shown before each.
access-steps-application = Select application
access-steps-organisation = Select organisation
access-steps-profile = Select access profile
access-steps-recap = Recap and Submission
# The buttons and links between steps, also read on their own (an arrow is added by the page).
access-step-1 = Step 1 : select an application
access-step-2 = Step 2 : select an organisation
access-step-3 = Step 3 : select an access profile
access-step-4 = Step 4 : type a comment
access-cancel = Cancel
# The empty first choice of a drop-down list.
access-no-value = [No value selected]

## Step 2: select organisation (network, then country, then institution)

# Heading of the list of organisations (a required choice: the page puts a * before it).
access-organisations = Organisations
# After the drop-down list of page sizes (10, 25, 50, 100): "25 records per page".
access-per-page = records per page
# The label of the search field of the list.
access-search-label = Search:
access-search-button = Search
# The link one level up (from institutions to countries, from countries to networks).
access-up = Up
access-institution = Institution
# After an institution's name where the person already asked for access there.
access-submitted-mark = (request submitted)
# Must repeat the words of access-submitted-mark, in its brackets.
access-submitted-note = Organisation marked with (request submitted) can already be used to request access.
# The link that opens a network or a country; screen readers hear its name after it.
access-open = Open
# The button that shows more about a row.
access-details = Details
# The same button as screen readers hear it: $name is the network, country or institution.
access-details-of = Details of { $name }
access-no-match = No entry matches.
# Under a list: which rows of how many this page shows.
access-showing = { $total ->
    [one] Showing { $first } to { $last } of { $total } entry
   *[other] Showing { $first } to { $last } of { $total } entries
}
# "Details" of a network: $areas is a list of thematic areas separated by semicolons.
access-network-details = { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}, { $institutions ->
    [one] { $institutions } institution
   *[other] { $institutions } institutions
}. Thematic areas: { $areas }.
# "Details" of a country of a network: $network is its code (ERN-RND), $country its name.
# Every country also has a "Guest Access" organisation.
access-country-details = { $institutions ->
    [one] { $institutions } institution of { $network } in { $country }, and its Guest Access.
   *[other] { $institutions } institutions of { $network } in { $country }, and its Guest Access.
}
# "Details" of a country's Guest Access: $network is the network's name, $country the country's.
access-guest-details = Guest access to { $network } in { $country }, for health professionals outside its member institutions.
# "Details" of an institution: $institution, $country and $network are names.
access-institution-details = { $institution } in { $country }, member of { $network }.
# Pages of a long list.
access-pages = Pages
access-page-number = Page { $number }

## Step 3: select access profile

# Before the chosen organisation's name.
access-organisation-chosen = Organisation:
access-profile-name = Name
access-profile-description = Description
# The status of a profile at the chosen organisation, for the requester.
access-profile-active = active
access-profile-submitted = request submitted
access-profile-granted = granted to you

## Step 4: recap and submission

# Must name the button access-submit in the same words.
access-recap-intro = Review the compiled request then click “Submit request access”.
access-summary = Summary
access-before-submitting = Before submitting
access-before-submitting-text = A request to get access to an application will be validated by the administrators, this is a manual process and can take a few days.
access-submit = Submit request access
access-submitted-title = Your request has been submitted
# $profiles: the profiles asked for (e.g. "HP, Researcher"); $organisation: network · country ·
# institution; $application: its code (CPMS).
access-submitted-what = You asked for { $profiles } at { $organisation } ({ $application }).
access-submitted-wait = Please note: approval/activation of your account may take 1-2 days after request submission! You will be notified by e-mail once the approval process is completed.

## Why a request is refused

access-select-application = Select an application.
access-select-organisation = Select an organisation.
access-select-institution = Select an organisation: an institution (or Guest Access) of a network and country.
access-select-profile = Select at least one access profile.
# $profile: what was sent as a profile name; $application: the application's code.
access-not-a-profile = "{ $profile }" is not an access profile of { $application }.
access-comment-too-long = The comment must be plain text of at most { $max } characters.
# $organisation: the institution's code and name.
access-already-pending = You already have a request pending for { $organisation }; wait for its decision.
access-already-pending-here = You already have a request pending for this organisation; wait for its decision.
# $profile: a profile name; $organisation: the institution's code and name.
access-already-held = You already hold the profile { $profile } for { $organisation }.
access-too-many-requests = { $count ->
    [one] You have sent { $count } request in the last hour; please wait before sending more.
   *[other] You have sent { $count } requests in the last hour; please wait before sending more.
}
access-reason-too-long = The reason must be at most { $max } characters.
access-reason-needed = Give a reason: the requester receives it by mail.
access-accepted-already = You accepted this request already: a second approver must accept it too.

## The approvers' review page

access-review-title = Access requests to review
# $networks: the networks' codes (ERN-RND, ...), or access-review-all-networks.
access-review-networks = Networks you decide for: { $networks }
access-review-all-networks = all (administrator)
# The first choice of the "Network" filter, for administrators.
access-all-networks = All networks
access-review-search-hint = The beginning of a requester's name or e-mail, or of an organisation's name or code.
access-review-show = Show
access-pending-heading = Pending requests
access-pending-none = No request is waiting.
access-reason-hint = Sent to the requester; required to reject.
access-accept = Accept
access-reject = Reject
access-first-page = First page
access-pending-pages = Pending requests pages
access-pending-next = Next pending requests
access-granted-heading = Granted access
access-granted-none = No access has been granted yet.
# A grant: $requester is "name <e-mail>", $profiles the profiles, $organisation where.
access-granted-row = { $requester }: { $profiles } at { $organisation }
access-revoke-reason = Reason for revoking
access-revoke = Revoke
access-granted-pages = Granted access pages
access-granted-next = Next granted access
# Instead of a requester's name when their account was deleted.
access-deleted-account = (deleted account)
access-accepted-done = The request was accepted; the requester has been told by e-mail.
access-rejected-done = The request was rejected; the requester has been told by e-mail.
access-revoked-done = The access was revoked; the requester has been told by e-mail.
access-first-approval-done = You accepted the request. It gives a profile that approves others, so a second approver must accept it too; the requester is told then.
access-already-decided = This request has already been decided (perhaps by another approver).
# Revoking a grant that approves others (Coordinator), asked by someone not an administrator.
access-revoke-approver-admin = Only an administrator can revoke a Coordinator's access (access that lets its holder approve others). Nothing was changed.
access-not-approver-title = You do not review access requests
access-not-approver-text = Access requests are decided by the Coordinators of each network and by administrators. Your account is neither.
access-second-factor-title = Confirm with your second factor first
access-second-factor-text = Deciding on access requests gives or takes access to patient data, so it needs a sign-in with a second factor (Mobile Phone + SMS, a mobile app or a token). Nothing was changed.
access-second-factor-link = Confirm with a second factor
