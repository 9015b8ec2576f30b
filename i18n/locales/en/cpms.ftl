# CPMS, the Clinical Patient Management System (the application clinicians use after
# signing in). "CPMS", "ERN", "ERN-CPMS" and "EU Login" are names: keep them as they are.
# Words in capitals (USER, ROLE, TRAINING MODE) are written so in the original EU tool.

## The frame of every CPMS page: header and navigation.

cpms-tagline = Clinical Patient Management System of the European Reference Networks
# Shown on every page of a training deployment, above the header.
cpms-training-banner = TRAINING MODE is on: not for patient data (test accounts only).
# The navigation link and the page's title.
cpms-dashboard = Dashboard
# The navigation link and the page's title: the clinician's professional role and the
# thematic areas they can advise on.
cpms-preferences = ERN Preferences
cpms-sign-out = Sign out
# A button or link to the signed-in user's dashboard.
cpms-go-to-dashboard = Go to your dashboard

## The start page (before signing in).

cpms-landing-title = Clinical Patient Management System
cpms-landing-heading = Clinical Patient Management System (CPMS)
cpms-landing-platform = IT Platform for Clinical Consultations between ERN Members.
cpms-landing-aim = The CPMS aims at supporting ERNs in improving the diagnosis and treatment of rare or low prevalence complex diseases across national borders of Member States in Europe.
cpms-landing-browsers-heading = Supported Browsers
cpms-landing-browsers = Please make sure you are using the latest version of Google Chrome, Firefox or Safari to avail of all CPMS functionalities.
cpms-landing-secure-login-heading = Secure Login
cpms-landing-login-through-eu-login = You can Login to the CPMS ERN through the EU Login Authentication Service.
# The button that starts the sign-in at the identity provider.
cpms-login-via-eu-login = Login via EU Login
# The button to the training deployment's test accounts ("non-eulogin users": accounts that
# do not sign in through EU Login).
cpms-training-login-link = To use non-eulogin users (test only)
cpms-landing-members-only = Only ERN members and ERN guest users can be authorised users of the CPMS.
# Followed by the link cpms-landing-create-account.
cpms-landing-eu-login-needed = To access the CPMS you need to have an EU login.
# A link to the provider's registration page.
cpms-landing-create-account = To create an account, click here.
# A link to the provider's access request (choose ERN, organisation and access profile).
cpms-landing-request-authorisation = To request authorisation to use CPMS, click here.
cpms-landing-help-heading = Help & Support
# $address is the support e-mail address (shown as a mail link).
cpms-landing-contact-email = If you have any queries, ideas, suggestions, or need help with an issue please contact ERN-CPMS via e-mail at { $address }.
cpms-landing-contact-coordinator = If you have any queries, ideas, suggestions, or need help with an issue please contact the Coordinator of your ERN.

## The dashboard: the organisations where the user holds a CPMS profile.

# $name is the user's full name.
cpms-dashboard-no-profile = You have no CPMS profile yet, { $name }.
# A link to the provider's access request, followed by ": " and cpms-dashboard-request-steps.
cpms-dashboard-request-authorisation = To request authorisation to use CPMS, click here
# What the access request asks for (after the link cpms-dashboard-request-authorisation).
cpms-dashboard-request-steps = choose your ERN, country, institution and access profile.
# After the organisation's name: $name is the user's full name, $profiles the access
# profiles held there as a list, e.g. ["HP"] (profile names are not translated).
cpms-dashboard-user-role = USER: { $name } ROLE: { $profiles }
# A link to the provider's access request, followed by a full stop.
cpms-dashboard-request-another = To request authorisation for another organisation or profile, click here

## The pages of CPMS, as the organisation's home page lists them and refusals name them.

cpms-page-organisation-home = The organisation's CPMS home
# The list of case panels (a panel: specialists discussing one patient's case).
cpms-page-panels = Panels
cpms-page-panel-create = Create a panel
cpms-page-panel-manage = Manage a panel (invite, close)
cpms-page-panel-contribute = Contribute to a panel
# Key performance indicators of the network.
cpms-page-kpis = Network KPIs
cpms-page-assistance = Requests for assistance
cpms-page-reports = Anonymised reports

## An organisation's home page.

# $profiles: the access profiles held there, e.g. "HP, Coordinator" (not translated).
cpms-organisation-your-profiles = Your profiles here: { $profiles }
cpms-organisation-guest-access = Guest access: you see the panels you are invited to, and can contribute to them.

## ERN Preferences.

cpms-preferences-welcome = Welcome to CPMS. Please tell us your professional role and the thematic areas you can advise on; until you do, you are not offered as a specialist for panels.
# Form label. The English wording must not change (tests and tools find the field by it in English); other languages translate it as usual.
cpms-preferences-professional-role = My professional role
# The empty choice of the professional role list.
cpms-preferences-no-value = [No value selected]
# Column headings of one network's table of thematic areas (rare-disease groups).
cpms-preferences-thematic-areas = ERN Thematic Areas
cpms-preferences-specialist-in = I'm a specialist in:
# The first row of each network's table: no thematic area of that network.
cpms-preferences-none = None
cpms-preferences-update = Update ERN Preferences
cpms-preferences-role-missing = Choose your professional role.
cpms-preferences-role-unknown = Choose your professional role from the list.
# $network is a network's code, e.g. ERN-RND. "None" is cpms-preferences-none.
cpms-preferences-none-and-areas = { $network }: tick "None" or thematic areas, not both.
cpms-preferences-unknown-area = Unknown thematic area.

## The choices of "My professional role" (stored in English, shown translated).

cpms-role-clinical-geneticist = Clinical geneticist
cpms-role-dermatologist = Dermatologist
cpms-role-endocrinologist = Endocrinologist
cpms-role-haematologist = Haematologist
cpms-role-hepatologist = Hepatologist
cpms-role-nephrologist = Nephrologist
cpms-role-neurologist = Neurologist
cpms-role-oncologist = Oncologist
cpms-role-ophthalmologist = Ophthalmologist
cpms-role-paediatrician = Paediatrician
cpms-role-pathologist = Pathologist
cpms-role-pulmonologist = Pulmonologist
cpms-role-radiologist = Radiologist
cpms-role-rheumatologist = Rheumatologist
cpms-role-surgeon = Surgeon
cpms-role-other-physician = Other physician
cpms-role-nurse = Nurse
cpms-role-psychologist = Psychologist
cpms-role-researcher = Researcher
cpms-role-other-health-professional = Other health professional

## Panels: a case discussed by specialists of a network.

cpms-panels-none = No panels to show.
# Column heading: the panel's title.
cpms-panel = Panel
# Label and column heading: the panel's thematic area (a group of rare diseases).
cpms-thematic-area = Thematic area
# The specialist who leads the panel.
cpms-panel-lead = Lead
cpms-panel-status = Status
cpms-panel-status-open = Open
# $outcome is one of the outcomes below.
cpms-panel-status-closed = Closed: { $outcome }
cpms-panel-all-panels = All panels
cpms-panel-invited = Invited specialists
# Instead of the list of invited specialists.
cpms-panel-invited-none = none yet
cpms-panel-case-summary = Case summary
cpms-panel-title = Title
cpms-panel-contributions = Contributions
cpms-panel-contributions-none = No contributions yet.
cpms-panel-comment = Comment
cpms-panel-add-comment = Add comment
cpms-panel-invite-heading = Invite specialists
# $area is the panel's thematic area; "ERN Preferences" is cpms-preferences.
cpms-panel-no-candidates = No specialist with "{ $area }" in their ERN preferences can be invited.
cpms-panel-specialist = Specialist
# One specialist offered for invitation: $name, and $role their professional role.
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Invite specialist
# Heading and button.
cpms-panel-close = Close the panel
# Label and column heading: how the panel ended.
cpms-panel-outcome = Outcome
cpms-panel-new-no-areas = This network has no thematic areas yet, so no panel can be created for it.
cpms-panel-new-create = Create the panel
cpms-panel-new-choose-area = Choose a thematic area of this network.
cpms-panel-not-invitable = This member cannot be invited: choose one of the specialists offered for the panel's thematic area.
cpms-panel-comment-needed = Write a comment (at most 5000 characters).
cpms-panel-choose-outcome = Choose one of the outcomes.
# Why a panel is refused to someone whose profile opens panels in general.
cpms-panel-refused-view = This panel is not one you lead, are invited to, or manage.
cpms-panel-refused-invite = Only the panel's lead and its panel managers may invite, and only while it is open.
cpms-panel-refused-contribute = Only the panel's participants may contribute, and only while it is open.
cpms-panel-refused-close = Only the panel's lead and its panel managers may close it, and only once.

## The outcomes a panel is closed with (stored in English, shown translated).

cpms-outcome-diagnosis-confirmed = Diagnosis confirmed
cpms-outcome-treatment-recommended = Treatment recommended
cpms-outcome-referred = Referred to another centre
cpms-outcome-no-consensus = No consensus
# In reports: an outcome no longer offered.
cpms-outcome-other = Other

## A form field's problem. $field is the field's label (e.g. "Title"); translate so that
## the sentence reads well with any label, e.g. 'The field "{ $field }" is required.'

cpms-field-required = { $field } is required.
cpms-field-too-long = { $max ->
    [one] { $field } must be at most { $max } character.
   *[other] { $field } must be at most { $max } characters.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Open panels
cpms-kpis-closed-panels = Closed panels
cpms-kpis-members = Members
cpms-kpis-members-with-preferences = Members with ERN preferences
cpms-kpis-unassigned = Requests not yet assigned
# A link to the provider's list of access requests waiting for the Coordinator.
cpms-kpis-pending-access-requests = Pending access requests

## Requests for assistance (handled by the Dispatcher for the Coordinator).

# $organisation is the organisation's name.
cpms-assistance-on-behalf = { $organisation }, on behalf of the Coordinator
cpms-assistance-none = No requests for assistance.
# $name is a member's full name.
cpms-assistance-requested-by = Requested by { $name }.
cpms-assistance-assigned-to = Assigned to { $name }.
cpms-assistance-not-assigned = Not assigned.
# Label: the member a request is given to.
cpms-assistance-assign-to = Assign to
cpms-assistance-assign = Assign
cpms-assistance-new = New request for assistance
cpms-assistance-subject = Subject
cpms-assistance-details = Details
cpms-assistance-create = Create request for assistance
cpms-assistance-required = Subject and Details are required (at most 200 and 5000 characters).
cpms-assistance-choose-member = Choose a member of this network to assign the request to.

## The Researcher's anonymised reports.

# $organisation is the organisation's name.
cpms-reports-counts-only = { $organisation }. Counts only: no names, e-mails or case details.
cpms-reports-by-area = Panels per thematic area
cpms-reports-by-outcome = Closed panels per outcome
# Column heading: how many panels.
cpms-reports-panels = Panels
cpms-reports-still-open = Still open

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Test accounts
cpms-training-heading = Sign in with a test account
cpms-training-notice = Training only: these accounts and their data are kept apart from real users and real data.
cpms-training-account = Test account
cpms-training-sign-in = Sign in with this test account
# One test account: $username (e.g. "hp"), $name (e.g. "Hanna Physician").
cpms-training-account-no-profile = { $username } ({ $name }): no CPMS profile
# $roles: the account's roles (each cpms-training-role), separated by semicolons.
cpms-training-account-roles = { $username } ({ $name }): { $roles }
# $profile is an access profile (e.g. "HP"), $organisation an organisation id (ERN-RND:DE:DE22).
cpms-training-role = { $profile } at { $organisation }
cpms-training-choose-account = Choose one of the test accounts.

## Signing in through EU Login.

cpms-sign-in-refused = The answer from EU Login could not be accepted. Please sign in again.
# "substantial" and "high" are the names of assurance levels; "Mobile Phone + SMS" is the
# name of a verification method on the EU Login pages (use the same words as there).
cpms-sign-in-two-factors = CPMS requires two-factor authentication (assurance level "substantial" or "high"). Please sign in again and choose a verification method such as Mobile Phone + SMS.
cpms-sign-in-training-only = This training deployment has no EU Login connection. Use the test accounts instead.
cpms-sign-in-expired = This sign-in has expired or was already used. Please sign in again.
cpms-sign-in-not-completed = EU Login did not complete the sign-in. Please try again.
cpms-sign-in-incomplete = The sign-in answer is incomplete.

## Forms refused.

cpms-form-not-urlencoded = Forms must be sent as application/x-www-form-urlencoded.
cpms-form-other-site = The form was sent from another site.
cpms-form-too-large = The form sent more data than any of our forms needs.
cpms-form-unreadable = The form could not be read.
cpms-form-malformed = The form is malformed.
cpms-form-expired = This form has expired or was not sent from our pages. Go back, reload the page and try again.
cpms-form-wrong-kind = The form has a field of the wrong kind.

## Error pages: a title, then a message.

cpms-error-bad-request = Something is wrong with this request
cpms-error-form-refused = This form cannot be accepted
cpms-error-sign-in = Please sign in
cpms-error-not-allowed = Your profile does not allow this page
cpms-error-not-allowed-here = Your profiles at this organisation do not include one this page needs.
cpms-error-not-found = Page not found
cpms-error-not-found-text = There is no page at this address.
cpms-error-sign-in-not-completed = Sign-in not completed
cpms-error-unavailable = Service temporarily unavailable
cpms-error-unavailable-text = EU Login or CPMS cannot answer right now. Nothing was changed; please try again in a minute.
cpms-error-internal = Something went wrong on our side
cpms-error-internal-text = The error has been logged. Please try again; if it happens again, contact support.
# The details of a refusal: which page, at which organisation, the access profiles it
# needs and those the user holds there.
cpms-error-page = Page
cpms-error-organisation = Organisation
cpms-error-profiles-needed = Profiles this page needs there
cpms-error-profiles-held = Your profiles there
# Instead of a list of profiles.
cpms-error-no-profiles = none
cpms-error-request-another-profile = To request authorisation to use CPMS with another profile, click here
# Followed by the request's reference code.
cpms-error-reference = Reference for support:
# A link to the start page.
cpms-error-start-page = Go to the start page
