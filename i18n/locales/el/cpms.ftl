# CPMS, το Κλινικό Σύστημα Διαχείρισης Ασθενών. Τα «CPMS», «ERN», «ERN-CPMS» και
# «EU Login» είναι ονόματα και δεν μεταφράζονται. (Glossary: see login.ftl.)

## Το πλαίσιο κάθε σελίδας του CPMS

cpms-tagline = Κλινικό Σύστημα Διαχείρισης Ασθενών των Ευρωπαϊκών Δικτύων Αναφοράς
cpms-training-banner = Η ΛΕΙΤΟΥΡΓΙΑ ΕΚΠΑΙΔΕΥΣΗΣ είναι ενεργή: όχι για δεδομένα ασθενών (μόνο δοκιμαστικοί λογαριασμοί).
cpms-dashboard = Πίνακας ελέγχου
cpms-preferences = Προτιμήσεις ERN
cpms-sign-out = Αποσύνδεση
cpms-go-to-dashboard = Μετάβαση στον πίνακα ελέγχου σας

## Η αρχική σελίδα (πριν από τη σύνδεση)

cpms-landing-title = Κλινικό Σύστημα Διαχείρισης Ασθενών
cpms-landing-heading = Κλινικό Σύστημα Διαχείρισης Ασθενών (CPMS)
cpms-landing-platform = Πλατφόρμα ΤΠ για κλινικές διαβουλεύσεις μεταξύ μελών των ERN.
cpms-landing-aim = Το CPMS στοχεύει να υποστηρίξει τα ERN στη βελτίωση της διάγνωσης και της θεραπείας σπάνιων ή σύνθετων νόσων χαμηλού επιπολασμού πέρα από τα εθνικά σύνορα των κρατών μελών στην Ευρώπη.
cpms-landing-browsers-heading = Υποστηριζόμενα προγράμματα περιήγησης
cpms-landing-browsers = Βεβαιωθείτε ότι χρησιμοποιείτε την τελευταία έκδοση του Google Chrome, του Firefox ή του Safari για να αξιοποιήσετε όλες τις λειτουργίες του CPMS.
cpms-landing-secure-login-heading = Ασφαλής σύνδεση
cpms-landing-login-through-eu-login = Μπορείτε να συνδεθείτε στο CPMS ERN μέσω της υπηρεσίας ταυτοποίησης EU Login.
cpms-login-via-eu-login = Σύνδεση μέσω EU Login
cpms-training-login-link = Χρήση χρηστών χωρίς EU Login (μόνο για δοκιμές)
cpms-landing-members-only = Εξουσιοδοτημένοι χρήστες του CPMS μπορούν να είναι μόνο μέλη των ERN και επισκέπτες χρήστες των ERN.
cpms-landing-eu-login-needed = Για να έχετε πρόσβαση στο CPMS χρειάζεστε λογαριασμό EU Login.
cpms-landing-create-account = Για να δημιουργήσετε λογαριασμό, πατήστε εδώ.
cpms-landing-request-authorisation = Για να ζητήσετε εξουσιοδότηση χρήσης του CPMS, πατήστε εδώ.
cpms-landing-help-heading = Βοήθεια και υποστήριξη
cpms-landing-contact-email = Για ερωτήσεις, ιδέες, προτάσεις ή βοήθεια με κάποιο πρόβλημα, επικοινωνήστε με το ERN-CPMS μέσω ηλεκτρονικού ταχυδρομείου στη διεύθυνση { $address }.
cpms-landing-contact-coordinator = Για ερωτήσεις, ιδέες, προτάσεις ή βοήθεια με κάποιο πρόβλημα, επικοινωνήστε με τον Συντονιστή του ERN σας.

## Ο πίνακας ελέγχου

cpms-dashboard-no-profile = { $name }, δεν έχετε ακόμη προφίλ CPMS.
cpms-dashboard-request-authorisation = Για να ζητήσετε εξουσιοδότηση χρήσης του CPMS, πατήστε εδώ
cpms-dashboard-request-steps = επιλέξτε το ERN, τη χώρα, το ίδρυμα και το προφίλ πρόσβασής σας.
cpms-dashboard-user-role = ΧΡΗΣΤΗΣ: { $name } ΡΟΛΟΣ: { $profiles }
cpms-dashboard-request-another = Για να ζητήσετε εξουσιοδότηση για άλλον οργανισμό ή άλλο προφίλ, πατήστε εδώ

## Οι σελίδες του CPMS

cpms-page-organisation-home = Η αρχική σελίδα CPMS του οργανισμού
cpms-page-panels = Πάνελ
cpms-page-panel-create = Δημιουργία πάνελ
cpms-page-panel-manage = Διαχείριση πάνελ (προσκλήσεις, κλείσιμο)
cpms-page-panel-contribute = Συμμετοχή σε πάνελ
cpms-page-kpis = Βασικοί δείκτες επιδόσεων του δικτύου
cpms-page-assistance = Αιτήματα συνδρομής
cpms-page-reports = Ανωνυμοποιημένες εκθέσεις

## Η αρχική σελίδα ενός οργανισμού

cpms-organisation-your-profiles = Τα προφίλ σας εδώ: { $profiles }
cpms-organisation-guest-access = Πρόσβαση επισκέπτη: βλέπετε τα πάνελ στα οποία έχετε προσκληθεί και μπορείτε να συμμετέχετε σε αυτά.

## Προτιμήσεις ERN

cpms-preferences-welcome = Καλώς ήρθατε στο CPMS. Δηλώστε τον επαγγελματικό ρόλο σας και τους θεματικούς τομείς στους οποίους μπορείτε να παρέχετε συμβουλές· μέχρι να το κάνετε, δεν προτείνεστε ως ειδικός για πάνελ.
cpms-preferences-professional-role = Ο επαγγελματικός ρόλος μου
cpms-preferences-no-value = [Δεν επιλέχθηκε τιμή]
cpms-preferences-thematic-areas = Θεματικοί τομείς ERN
cpms-preferences-specialist-in = Είμαι ειδικός σε:
cpms-preferences-none = Κανένας
cpms-preferences-update = Ενημέρωση προτιμήσεων ERN
cpms-preferences-role-missing = Επιλέξτε τον επαγγελματικό ρόλο σας.
cpms-preferences-role-unknown = Επιλέξτε τον επαγγελματικό ρόλο σας από τον κατάλογο.
cpms-preferences-none-and-areas = { $network }: επιλέξτε «Κανένας» ή θεματικούς τομείς, όχι και τα δύο.
cpms-preferences-unknown-area = Άγνωστος θεματικός τομέας.

## Οι επιλογές του «Ο επαγγελματικός ρόλος μου»

cpms-role-clinical-geneticist = Κλινικός γενετιστής
cpms-role-dermatologist = Δερματολόγος
cpms-role-endocrinologist = Ενδοκρινολόγος
cpms-role-haematologist = Αιματολόγος
cpms-role-hepatologist = Ηπατολόγος
cpms-role-nephrologist = Νεφρολόγος
cpms-role-neurologist = Νευρολόγος
cpms-role-oncologist = Ογκολόγος
cpms-role-ophthalmologist = Οφθαλμίατρος
cpms-role-paediatrician = Παιδίατρος
cpms-role-pathologist = Παθολογοανατόμος
cpms-role-pulmonologist = Πνευμονολόγος
cpms-role-radiologist = Ακτινολόγος
cpms-role-rheumatologist = Ρευματολόγος
cpms-role-surgeon = Χειρουργός
cpms-role-other-physician = Άλλος ιατρός
cpms-role-nurse = Νοσηλευτής/Νοσηλεύτρια
cpms-role-psychologist = Ψυχολόγος
cpms-role-researcher = Ερευνητής
cpms-role-other-health-professional = Άλλος επαγγελματίας υγείας

## Πάνελ: μια περίπτωση που συζητούν ειδικοί ενός δικτύου

cpms-panels-none = Δεν υπάρχουν πάνελ για εμφάνιση.
cpms-panel = Πάνελ
cpms-thematic-area = Θεματικός τομέας
cpms-panel-lead = Επικεφαλής
cpms-panel-status = Κατάσταση
cpms-panel-status-open = Ανοιχτό
cpms-panel-status-closed = Κλειστό: { $outcome }
cpms-panel-all-panels = Όλα τα πάνελ
cpms-panel-invited = Ειδικοί που προσκλήθηκαν
cpms-panel-invited-none = κανένας ακόμη
cpms-panel-case-summary = Σύνοψη περίπτωσης
cpms-panel-title = Τίτλος
cpms-panel-contributions = Συνεισφορές
cpms-panel-contributions-none = Δεν υπάρχουν ακόμη συνεισφορές.
cpms-panel-comment = Σχόλιο
cpms-panel-add-comment = Προσθήκη σχολίου
cpms-panel-invite-heading = Πρόσκληση ειδικών
cpms-panel-no-candidates = Δεν μπορεί να προσκληθεί κανένας ειδικός με τον τομέα «{ $area }» στις προτιμήσεις ERN του.
cpms-panel-specialist = Ειδικός
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Πρόσκληση ειδικού
cpms-panel-close = Κλείσιμο του πάνελ
cpms-panel-outcome = Έκβαση
cpms-panel-new-no-areas = Το δίκτυο αυτό δεν έχει ακόμη θεματικούς τομείς, γι’ αυτό δεν μπορεί να δημιουργηθεί πάνελ για αυτό.
cpms-panel-new-create = Δημιουργία του πάνελ
cpms-panel-new-choose-area = Επιλέξτε θεματικό τομέα αυτού του δικτύου.
cpms-panel-not-invitable = Το μέλος αυτό δεν μπορεί να προσκληθεί: επιλέξτε έναν από τους ειδικούς που προτείνονται για τον θεματικό τομέα του πάνελ.
cpms-panel-comment-needed = Γράψτε ένα σχόλιο (έως 5000 χαρακτήρες).
cpms-panel-choose-outcome = Επιλέξτε μία από τις εκβάσεις.
cpms-panel-refused-view = Δεν είστε επικεφαλής αυτού του πάνελ, δεν έχετε προσκληθεί σε αυτό και δεν το διαχειρίζεστε.
cpms-panel-refused-invite = Μόνο ο επικεφαλής του πάνελ και οι διαχειριστές του μπορούν να προσκαλούν, και μόνο όσο είναι ανοιχτό.
cpms-panel-refused-contribute = Μόνο οι συμμετέχοντες στο πάνελ μπορούν να συνεισφέρουν, και μόνο όσο είναι ανοιχτό.
cpms-panel-refused-close = Μόνο ο επικεφαλής του πάνελ και οι διαχειριστές του μπορούν να το κλείσουν, και μόνο μία φορά.

## Οι εκβάσεις με τις οποίες κλείνει ένα πάνελ

cpms-outcome-diagnosis-confirmed = Επιβεβαίωση διάγνωσης
cpms-outcome-treatment-recommended = Σύσταση θεραπείας
cpms-outcome-referred = Παραπομπή σε άλλο κέντρο
cpms-outcome-no-consensus = Χωρίς συναίνεση
cpms-outcome-other = Άλλο

## Πρόβλημα σε πεδίο φόρμας

cpms-field-required = Το πεδίο «{ $field }» είναι υποχρεωτικό.
cpms-field-too-long = { $max ->
    [one] Το πεδίο «{ $field }» μπορεί να έχει έως { $max } χαρακτήρα.
   *[other] Το πεδίο «{ $field }» μπορεί να έχει έως { $max } χαρακτήρες.
}

## Οι βασικοί δείκτες επιδόσεων του δικτύου (για τον Συντονιστή)

cpms-kpis-open-panels = Ανοιχτά πάνελ
cpms-kpis-closed-panels = Κλειστά πάνελ
cpms-kpis-members = Μέλη
cpms-kpis-members-with-preferences = Μέλη με προτιμήσεις ERN
cpms-kpis-unassigned = Αιτήματα που δεν έχουν ανατεθεί ακόμη
cpms-kpis-pending-access-requests = Εκκρεμή αιτήματα πρόσβασης

## Αιτήματα συνδρομής

cpms-assistance-on-behalf = { $organisation }, εκ μέρους του Συντονιστή
cpms-assistance-none = Δεν υπάρχουν αιτήματα συνδρομής.
cpms-assistance-requested-by = Ζητήθηκε από: { $name }.
cpms-assistance-assigned-to = Ανατέθηκε σε: { $name }.
cpms-assistance-not-assigned = Δεν έχει ανατεθεί.
cpms-assistance-assign-to = Ανάθεση σε
cpms-assistance-assign = Ανάθεση
cpms-assistance-new = Νέο αίτημα συνδρομής
cpms-assistance-subject = Θέμα
cpms-assistance-details = Λεπτομέρειες
cpms-assistance-create = Δημιουργία αιτήματος συνδρομής
cpms-assistance-required = Τα πεδία «Θέμα» και «Λεπτομέρειες» είναι υποχρεωτικά (έως 200 και 5000 χαρακτήρες αντίστοιχα).
cpms-assistance-choose-member = Επιλέξτε μέλος αυτού του δικτύου στο οποίο θα ανατεθεί το αίτημα.

## Ανωνυμοποιημένες εκθέσεις (για τον Ερευνητή)

cpms-reports-counts-only = { $organisation }. Μόνο αριθμοί: χωρίς ονόματα, διευθύνσεις ηλεκτρονικού ταχυδρομείου ή στοιχεία περιπτώσεων.
cpms-reports-by-area = Πάνελ ανά θεματικό τομέα
cpms-reports-by-outcome = Κλειστά πάνελ ανά έκβαση
cpms-reports-panels = Πάνελ
cpms-reports-still-open = Ακόμη ανοιχτά

## Λειτουργία εκπαίδευσης: δοκιμαστικοί λογαριασμοί χωρίς EU Login

cpms-training-title = Δοκιμαστικοί λογαριασμοί
cpms-training-heading = Σύνδεση με δοκιμαστικό λογαριασμό
cpms-training-notice = Μόνο για εκπαίδευση: οι λογαριασμοί αυτοί και τα δεδομένα τους τηρούνται χωριστά από τους πραγματικούς χρήστες και τα πραγματικά δεδομένα.
cpms-training-account = Δοκιμαστικός λογαριασμός
cpms-training-sign-in = Σύνδεση με αυτόν τον δοκιμαστικό λογαριασμό
cpms-training-account-no-profile = { $username } ({ $name }): χωρίς προφίλ CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } στον οργανισμό { $organisation }
cpms-training-choose-account = Επιλέξτε έναν από τους δοκιμαστικούς λογαριασμούς.

## Σύνδεση μέσω EU Login

cpms-sign-in-refused = Η απάντηση του EU Login δεν μπόρεσε να γίνει δεκτή. Συνδεθείτε ξανά.
cpms-sign-in-two-factors = Το CPMS απαιτεί ταυτοποίηση δύο παραγόντων (επίπεδο διασφάλισης «substantial» ή «high»). Συνδεθείτε ξανά και επιλέξτε μέθοδο επαλήθευσης όπως «Κινητό τηλέφωνο + SMS».
cpms-sign-in-training-only = Αυτή η εγκατάσταση εκπαίδευσης δεν έχει σύνδεση με το EU Login. Χρησιμοποιήστε αντί γι’ αυτό τους δοκιμαστικούς λογαριασμούς.
cpms-sign-in-expired = Η σύνδεση αυτή έληξε ή έχει ήδη χρησιμοποιηθεί. Συνδεθείτε ξανά.
cpms-sign-in-not-completed = Το EU Login δεν ολοκλήρωσε τη σύνδεση. Δοκιμάστε ξανά.
cpms-sign-in-incomplete = Η απάντηση σύνδεσης είναι ελλιπής.

## Φόρμες που απορρίφθηκαν

cpms-form-not-urlencoded = Οι φόρμες πρέπει να αποστέλλονται ως application/x-www-form-urlencoded.
cpms-form-other-site = Η φόρμα στάλθηκε από άλλον ιστότοπο.
cpms-form-too-large = Η φόρμα έστειλε περισσότερα δεδομένα από όσα χρειάζεται οποιαδήποτε φόρμα μας.
cpms-form-unreadable = Δεν ήταν δυνατή η ανάγνωση της φόρμας.
cpms-form-malformed = Η φόρμα είναι εσφαλμένη.
cpms-form-expired = Η φόρμα αυτή έληξε ή δεν στάλθηκε από τις σελίδες μας. Επιστρέψτε, φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.
cpms-form-wrong-kind = Η φόρμα έχει πεδίο λανθασμένου τύπου.

## Σελίδες σφάλματος

cpms-error-bad-request = Κάτι δεν πάει καλά με αυτό το αίτημα
cpms-error-form-refused = Η φόρμα αυτή δεν μπορεί να γίνει δεκτή
cpms-error-sign-in = Συνδεθείτε
cpms-error-not-allowed = Το προφίλ σας δεν επιτρέπει πρόσβαση σε αυτή τη σελίδα
cpms-error-not-allowed-here = Τα προφίλ σας σε αυτόν τον οργανισμό δεν περιλαμβάνουν κανένα από όσα χρειάζεται αυτή η σελίδα.
cpms-error-not-found = Η σελίδα δεν βρέθηκε
cpms-error-not-found-text = Δεν υπάρχει σελίδα σε αυτή τη διεύθυνση.
cpms-error-sign-in-not-completed = Η σύνδεση δεν ολοκληρώθηκε
cpms-error-unavailable = Η υπηρεσία δεν είναι προσωρινά διαθέσιμη
cpms-error-unavailable-text = Το EU Login ή το CPMS δεν μπορεί να απαντήσει αυτή τη στιγμή. Δεν έγινε καμία αλλαγή· δοκιμάστε ξανά σε ένα λεπτό.
cpms-error-internal = Παρουσιάστηκε σφάλμα από την πλευρά μας
cpms-error-internal-text = Το σφάλμα καταγράφηκε. Δοκιμάστε ξανά· αν επαναληφθεί, επικοινωνήστε με την υποστήριξη.
cpms-error-page = Σελίδα
cpms-error-organisation = Οργανισμός
cpms-error-profiles-needed = Προφίλ που χρειάζεται εκεί αυτή η σελίδα
cpms-error-profiles-held = Τα προφίλ σας εκεί
cpms-error-no-profiles = κανένα
cpms-error-request-another-profile = Για να ζητήσετε εξουσιοδότηση χρήσης του CPMS με άλλο προφίλ, πατήστε εδώ
cpms-error-reference = Κωδικός αναφοράς για την υποστήριξη:
cpms-error-start-page = Μετάβαση στην αρχική σελίδα
