# Πρόσβαση σε εφαρμογές («Η πρόσβασή μου σε εφαρμογές»): ο οδηγός τεσσάρων βημάτων, ο
# κατάλογος του αιτούντος, η σελίδα ελέγχου των εγκρινόντων. Τα ονόματα δικτύων, χωρών,
# ιδρυμάτων και προφίλ δεν μεταφράζονται. (Glossary: see login.ftl.)

## Η πρόσβασή μου σε εφαρμογές

access-my-title = Η πρόσβασή μου σε εφαρμογές
access-my-requests-label = Τα αιτήματα πρόσβασής μου
access-none-yet = Δεν έχετε ακόμη αίτημα πρόσβασης.
access-review-link = Έλεγχος αιτημάτων πρόσβασης
access-back-to-my = Επιστροφή στην «Η πρόσβασή μου σε εφαρμογές»

## Επικεφαλίδες στηλών και ετικέτες πεδίων

access-field-application = Εφαρμογή
access-field-organisation = Οργανισμός
access-field-profile = Προφίλ πρόσβασης
access-field-submitted = Υποβλήθηκε
access-field-status = Κατάσταση
access-field-comments = Σχόλια
access-field-network = Δίκτυο
access-field-search = Αναζήτηση
access-field-reason = Αιτιολογία

## Η κατάσταση ενός αιτήματος

access-status-pending = σε εκκρεμότητα
access-status-approved = εγκρίθηκε
access-status-rejected = απορρίφθηκε
access-status-revoked = ανακλήθηκε
access-status-first-approval = έγινε δεκτό μία φορά, αναμένει δεύτερο εγκρίνοντα
access-status-with-reason = { $status }: { $reason }

## Ο οδηγός («Νέα πρόσβαση σε εφαρμογή»)

access-new-title = Νέα πρόσβαση σε εφαρμογή
access-steps-application = Επιλογή εφαρμογής
access-steps-organisation = Επιλογή οργανισμού
access-steps-profile = Επιλογή προφίλ πρόσβασης
access-steps-recap = Σύνοψη και υποβολή
access-step-1 = Βήμα 1: επιλέξτε εφαρμογή
access-step-2 = Βήμα 2: επιλέξτε οργανισμό
access-step-3 = Βήμα 3: επιλέξτε προφίλ πρόσβασης
access-step-4 = Βήμα 4: γράψτε ένα σχόλιο
access-cancel = Ακύρωση
access-no-value = [Δεν επιλέχθηκε τιμή]

## Βήμα 2: επιλογή οργανισμού

access-organisations = Οργανισμοί
access-per-page = εγγραφές ανά σελίδα
access-search-label = Αναζήτηση:
access-search-button = Αναζήτηση
access-up = Ένα επίπεδο πάνω
access-institution = Ίδρυμα
access-submitted-mark = (υποβλήθηκε αίτημα)
access-submitted-note = Οι οργανισμοί που επισημαίνονται με (υποβλήθηκε αίτημα) μπορούν ήδη να χρησιμοποιηθούν για αίτημα πρόσβασης.
access-open = Άνοιγμα
access-details = Λεπτομέρειες
access-details-of = Λεπτομέρειες για { $name }
access-no-match = Καμία εγγραφή δεν ταιριάζει.
access-showing = { $total ->
    [one] Εμφάνιση { $first } έως { $last } από { $total } εγγραφή
   *[other] Εμφάνιση { $first } έως { $last } από { $total } εγγραφές
}
access-network-details = { $countries ->
    [one] { $countries } χώρα
   *[other] { $countries } χώρες
}, { $institutions ->
    [one] { $institutions } ίδρυμα
   *[other] { $institutions } ιδρύματα
}. Θεματικοί τομείς: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } ίδρυμα του { $network } στη χώρα { $country }, και η πρόσβαση επισκεπτών της.
   *[other] { $institutions } ιδρύματα του { $network } στη χώρα { $country }, και η πρόσβαση επισκεπτών της.
}
access-guest-details = Πρόσβαση επισκεπτών στο { $network } στη χώρα { $country }, για επαγγελματίες υγείας εκτός των ιδρυμάτων-μελών του.
access-institution-details = { $institution } στη χώρα { $country }, μέλος του { $network }.
access-pages = Σελίδες
access-page-number = Σελίδα { $number }

## Βήμα 3: επιλογή προφίλ πρόσβασης

access-organisation-chosen = Οργανισμός:
access-profile-name = Όνομα
access-profile-description = Περιγραφή
access-profile-active = ενεργό
access-profile-submitted = υποβλήθηκε αίτημα
access-profile-granted = σας έχει χορηγηθεί

## Βήμα 4: σύνοψη και υποβολή

access-recap-intro = Ελέγξτε το αίτημα που συντάχθηκε και, στη συνέχεια, πατήστε «Υποβολή αιτήματος πρόσβασης».
access-summary = Σύνοψη
access-before-submitting = Πριν από την υποβολή
access-before-submitting-text = Ένα αίτημα πρόσβασης σε εφαρμογή θα επικυρωθεί από τους διαχειριστές· πρόκειται για χειροκίνητη διαδικασία που μπορεί να διαρκέσει μερικές ημέρες.
access-submit = Υποβολή αιτήματος πρόσβασης
access-submitted-title = Το αίτημά σας υποβλήθηκε
access-submitted-what = Ζητήσατε { $profiles } στον οργανισμό { $organisation } ({ $application }).
access-submitted-wait = Σημειώστε ότι η έγκριση/ενεργοποίηση του λογαριασμού σας μπορεί να διαρκέσει 1–2 ημέρες μετά την υποβολή του αιτήματος! Θα ενημερωθείτε με μήνυμα ηλεκτρονικού ταχυδρομείου μόλις ολοκληρωθεί η διαδικασία έγκρισης.

## Γιατί απορρίπτεται ένα αίτημα

access-select-application = Επιλέξτε εφαρμογή.
access-select-organisation = Επιλέξτε οργανισμό.
access-select-institution = Επιλέξτε οργανισμό: ίδρυμα (ή πρόσβαση επισκεπτών) ενός δικτύου και μιας χώρας.
access-select-profile = Επιλέξτε τουλάχιστον ένα προφίλ πρόσβασης.
access-not-a-profile = Το «{ $profile }» δεν είναι προφίλ πρόσβασης της εφαρμογής { $application }.
access-comment-too-long = Το σχόλιο πρέπει να είναι απλό κείμενο έως { $max } χαρακτήρες.
access-already-pending = Έχετε ήδη αίτημα σε εκκρεμότητα για τον οργανισμό { $organisation }· περιμένετε την απόφαση.
access-already-pending-here = Έχετε ήδη αίτημα σε εκκρεμότητα για αυτόν τον οργανισμό· περιμένετε την απόφαση.
access-already-held = Έχετε ήδη το προφίλ { $profile } για τον οργανισμό { $organisation }.
access-too-many-requests = { $count ->
    [one] Στείλατε { $count } αίτημα την τελευταία ώρα· περιμένετε πριν στείλετε άλλα.
   *[other] Στείλατε { $count } αιτήματα την τελευταία ώρα· περιμένετε πριν στείλετε άλλα.
}
access-reason-too-long = Η αιτιολογία πρέπει να έχει έως { $max } χαρακτήρες.
access-reason-needed = Δώστε αιτιολογία: ο αιτών τη λαμβάνει με μήνυμα ηλεκτρονικού ταχυδρομείου.
access-accepted-already = Έχετε ήδη αποδεχθεί αυτό το αίτημα: πρέπει να το αποδεχθεί και δεύτερος εγκρίνων.

## Η σελίδα ελέγχου των εγκρινόντων

access-review-title = Αιτήματα πρόσβασης προς έλεγχο
access-review-networks = Δίκτυα για τα οποία αποφασίζετε: { $networks }
access-review-all-networks = όλα (διαχειριστής)
access-all-networks = Όλα τα δίκτυα
access-review-search-hint = Η αρχή του ονόματος ή της διεύθυνσης ηλεκτρονικού ταχυδρομείου του αιτούντος ή του ονόματος ή του κωδικού ενός οργανισμού.
access-review-show = Εμφάνιση
access-pending-heading = Εκκρεμή αιτήματα
access-pending-none = Κανένα αίτημα δεν είναι σε αναμονή.
access-reason-hint = Αποστέλλεται στον αιτούντα· υποχρεωτική για απόρριψη.
access-accept = Αποδοχή
access-reject = Απόρριψη
access-first-page = Πρώτη σελίδα
access-pending-pages = Σελίδες εκκρεμών αιτημάτων
access-pending-next = Επόμενα εκκρεμή αιτήματα
access-granted-heading = Χορηγηθείσα πρόσβαση
access-granted-none = Δεν έχει χορηγηθεί ακόμη πρόσβαση.
access-granted-row = { $requester }: { $profiles } στον οργανισμό { $organisation }
access-revoke-reason = Αιτιολογία ανάκλησης
access-revoke = Ανάκληση
access-granted-pages = Σελίδες χορηγηθείσας πρόσβασης
access-granted-next = Επόμενη χορηγηθείσα πρόσβαση
access-deleted-account = (διαγραμμένος λογαριασμός)
access-accepted-done = Το αίτημα έγινε δεκτό· ο αιτών ενημερώθηκε με μήνυμα ηλεκτρονικού ταχυδρομείου.
access-rejected-done = Το αίτημα απορρίφθηκε· ο αιτών ενημερώθηκε με μήνυμα ηλεκτρονικού ταχυδρομείου.
access-revoked-done = Η πρόσβαση ανακλήθηκε· ο αιτών ενημερώθηκε με μήνυμα ηλεκτρονικού ταχυδρομείου.
access-first-approval-done = Αποδεχθήκατε το αίτημα. Χορηγεί προφίλ που εγκρίνει άλλους, γι’ αυτό πρέπει να το αποδεχθεί και δεύτερος εγκρίνων· τότε θα ενημερωθεί ο αιτών.
access-already-decided = Για το αίτημα αυτό έχει ήδη ληφθεί απόφαση (ίσως από άλλον εγκρίνοντα).
access-revoke-approver-admin = Μόνο ένας διαχειριστής μπορεί να ανακαλέσει την πρόσβαση ενός συντονιστή (πρόσβαση που επιτρέπει στον κάτοχό της να εγκρίνει άλλους). Δεν άλλαξε τίποτα.
access-not-approver-title = Δεν ελέγχετε αιτήματα πρόσβασης
access-not-approver-text = Για τα αιτήματα πρόσβασης αποφασίζουν οι Συντονιστές κάθε δικτύου και οι διαχειριστές. Ο λογαριασμός σας δεν ανήκει σε καμία από τις δύο κατηγορίες.
access-second-factor-title = Επιβεβαιώστε πρώτα με τον δεύτερο παράγοντα
access-second-factor-text = Η απόφαση για αιτήματα πρόσβασης παρέχει ή αφαιρεί πρόσβαση σε δεδομένα ασθενών, γι’ αυτό απαιτεί σύνδεση με δεύτερο παράγοντα («Κινητό τηλέφωνο + SMS», εφαρμογή για κινητά ή token). Δεν έγινε καμία αλλαγή.
access-second-factor-link = Επιβεβαίωση με δεύτερο παράγοντα
