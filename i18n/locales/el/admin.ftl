# Η κονσόλα χειριστών στο /admin (για διαχειριστές). Οι εγγραφές του αρχείου καταγραφής
# χειριστών παραμένουν στα αγγλικά, όπως και οι τεχνικοί όροι (client id, redirect URI, PKCE,
# private_key_jwt, DPoP, FAPI 2.0, RS256, η εντολή «idp client add»).
# (Glossary: see login.ftl; client = πελάτης.)

## Ποιος μπορεί να χρησιμοποιήσει την κονσόλα

admin-not-admin-title = Η κονσόλα αυτή προορίζεται για διαχειριστές
admin-not-admin-text = Ο λογαριασμός σας δεν είναι λογαριασμός διαχειριστή. Δεν εμφανίστηκε ούτε άλλαξε τίποτα.
admin-my-account = Ο λογαριασμός μου
admin-second-factor-title = Επιβεβαιώστε πρώτα με τον δεύτερο παράγοντα
admin-second-factor-text = Η κονσόλα χειριστών ενεργεί σε λογαριασμούς άλλων προσώπων, γι’ αυτό απαιτεί σύνδεση με δεύτερο παράγοντα.
admin-second-factor-again-title = Επιβεβαιώστε ξανά με τον δεύτερο παράγοντα
admin-second-factor-again-text = Ο δεύτερος παράγοντάς σας επιβεβαιώθηκε πριν από περισσότερα από 15 λεπτά. Επιβεβαιώστε τον ξανά και επαναλάβετε την ενέργεια: δεν άλλαξε τίποτα.
admin-second-factor-link = Επιβεβαίωση με δεύτερο παράγοντα
admin-held-title = Ο λογαριασμός σας είναι προσωρινά περιορισμένος

## Κοινά στις σελίδες της κονσόλας

admin-back = Πίσω
admin-back-to-console = Επιστροφή στην κονσόλα
admin-search = Αναζήτηση
admin-first-page = Πρώτη σελίδα
admin-next-page = Επόμενη σελίδα
admin-pages = Σελίδες
admin-when = Πότε
admin-from = Από
admin-created = Δημιουργήθηκε
admin-name = Όνομα
admin-email = Ηλεκτρονικό ταχυδρομείο
admin-status = Κατάσταση

## Η αρχική σελίδα της κονσόλας

admin-title = Κονσόλα χειριστών
admin-home-intro = Έχετε συνδεθεί ως { $operator }. Κάθε ενέργεια εδώ καταγράφεται στο αρχείο καταγραφής χειριστών και, όταν αφορά κάποιο πρόσωπο, στο ιστορικό ασφαλείας του.
admin-menu-users = Χρήστες
admin-menu-users-text = αναζήτηση προσώπου, ξεκλείδωμα, τερματισμός συνεδριών, αφαίρεση χαμένου τηλεφώνου ή συσκευής, απενεργοποίηση ή ενεργοποίηση, αποστολή μηνύματος επαναφοράς κωδικού πρόσβασης
admin-menu-clients = Πελάτες
admin-menu-clients-text = οι εφαρμογές μέσω των οποίων συνδέονται οι χρήστες
admin-menu-keys = Κλειδιά υπογραφής
admin-menu-access = Πρόσβαση
admin-menu-access-text = εκκρεμή αιτήματα και χορηγήσεις πρόσβασης όλων των δικτύων
admin-menu-log = Αρχείο καταγραφής χειριστών

## Χρήστες

admin-users-title = Χρήστες
admin-users-search-hint = Η αρχή μιας διεύθυνσης ηλεκτρονικού ταχυδρομείου, ενός ονόματος ή επωνύμου ή του «όνομα επώνυμο».
admin-users-none = Δεν βρέθηκε λογαριασμός.
admin-account = Λογαριασμός
admin-user-active = ενεργός
admin-user-disabled = απενεργοποιημένος
admin-user-locked-until = κλειδωμένος λόγω λανθασμένων κωδικών πρόσβασης έως { $until }
admin-user-administrator = διαχειριστής
admin-factors = Δεύτεροι παράγοντες
admin-factors-none = Κανένας.
admin-factor-phone = Κινητό τηλέφωνο { $number }
admin-factor-phone-unconfirmed = Κινητό τηλέφωνο { $number } (μη επιβεβαιωμένο)
admin-factor-device = Φορητή συσκευή «{ $name }»
admin-factor-token = Token (εφαρμογή ταυτοποίησης)
admin-factor-security-key = Κλειδί ασφαλείας «{ $name }»
admin-factor-added = { $factor }, προστέθηκε στις { $added }
admin-factor-remove = Αφαίρεση: { $factor }
admin-sessions = Συνεδρίες
admin-sessions-none = Καμία ανοιχτή συνεδρία.
admin-session-browser = Πρόγραμμα περιήγησης
admin-session-address = Διεύθυνση
admin-session-started = Σύνδεση
admin-session-last-activity = Τελευταία δραστηριότητα
admin-session-applications = Εφαρμογές
admin-session-no-applications = καμία
admin-actions = Ενέργειες
admin-unlock = Ξεκλείδωμα του λογαριασμού
admin-send-reset = Αποστολή μηνύματος επαναφοράς κωδικού πρόσβασης
admin-end-sessions = Τερματισμός όλων των συνεδριών
admin-enable = Ενεργοποίηση του λογαριασμού
admin-disable = Απενεργοποίηση του λογαριασμού
admin-history = Ιστορικό ασφαλείας
admin-history-none = Τίποτα ακόμη.
admin-history-what = Τι
admin-back-to-users = Επιστροφή στους Χρήστες

## Το αποτέλεσμα μιας ενέργειας σε λογαριασμό

admin-unlocked-title = Ο λογαριασμός ξεκλειδώθηκε
admin-unlocked-text = Ο λογαριασμός { $email } μπορεί να συνδεθεί ξανά με τον σωστό κωδικό πρόσβασης· ο κάτοχος ενημερώθηκε με μήνυμα.
admin-sessions-ended-title = Όλες οι συνεδρίες τερματίστηκαν
admin-sessions-ended-text = Όλες οι συνεδρίες του λογαριασμού { $email } τερματίστηκαν και ό,τι είχε δοθεί στις εφαρμογές ανακλήθηκε.
admin-admin-disable-title = Ο λογαριασμός διαχειριστή απενεργοποιείται στον διακομιστή
admin-admin-disable-text = Οι λογαριασμοί διαχειριστών απενεργοποιούνται με την εντολή idp user disable στον διακομιστή, όχι από την κονσόλα.
admin-disabled-title = Ο λογαριασμός απενεργοποιήθηκε
admin-disabled-text = Ο λογαριασμός { $email } δεν μπορεί να συνδεθεί· όλες οι συνεδρίες τερματίστηκαν και τα token του ανακλήθηκαν.
admin-enabled-title = Ο λογαριασμός ενεργοποιήθηκε
admin-enabled-text = Ο λογαριασμός { $email } μπορεί να συνδεθεί ξανά.
admin-already-disabled-title = Ήδη απενεργοποιημένος
admin-already-disabled-text = Ο λογαριασμός { $email } ήταν ήδη απενεργοποιημένος· δεν άλλαξε τίποτα.
admin-already-enabled-title = Ήδη ενεργοποιημένος
admin-already-enabled-text = Ο λογαριασμός { $email } ήταν ήδη ενεργοποιημένος· δεν άλλαξε τίποτα.
admin-reset-sent-title = Το μήνυμα επαναφοράς κωδικού πρόσβασης στάλθηκε
admin-reset-sent-text = Στάλθηκε στη διεύθυνση { $email } σύνδεσμος για την επιλογή νέου κωδικού πρόσβασης.
admin-no-mail-title = Δεν στάλθηκε μήνυμα
admin-no-mail-text = Στάλθηκαν πρόσφατα πάρα πολλά μηνύματα στη διεύθυνση { $email }· δοκιμάστε ξανά αργότερα.
admin-nothing-removed-title = Δεν αφαιρέθηκε τίποτα
admin-nothing-removed-text = Ο λογαριασμός δεν έχει τέτοιον παράγοντα (ίσως αφαιρέθηκε στο μεταξύ).
admin-factor-removed-title = Ο παράγοντας αφαιρέθηκε
admin-factor-removed-text = Ο παράγοντας αφαιρέθηκε από τον λογαριασμό { $email }· ο κάτοχος ενημερώθηκε με μήνυμα.

## Πελάτες (οι εφαρμογές μέσω των οποίων συνδέονται οι χρήστες)

admin-clients-title = Πελάτες
admin-client-id = Client id
admin-client-kind = Τύπος
admin-redirect-uris = Redirect URI
admin-redirect-uris-hint = Ένα ανά γραμμή: https ή http σε loopback.
admin-kind-confidential-option = Εμπιστευτικός (με μυστικό)
admin-kind-public-option = Δημόσιος (PKCE, χωρίς μυστικό)
admin-kind-keys = εμπιστευτικός (private_key_jwt)
admin-kind-secret = εμπιστευτικός (μυστικό)
admin-kind-public = δημόσιος (PKCE)
admin-client-add = Προσθήκη πελάτη
admin-client-add-button = Προσθήκη του πελάτη
admin-clients-cli-hint = Τα κλειδιά (private_key_jwt), το DPoP, τα ζευγαρωτά αναγνωριστικά (pairwise subjects) και το προφίλ FAPI 2.0 ορίζονται από τη γραμμή εντολών:
admin-client-title = Πελάτης { $id }
admin-redirect-uris-save = Αποθήκευση των redirect URI
admin-secret = Μυστικό
admin-secret-rotate-hint = Το τρέχον μυστικό σταματά να λειτουργεί αμέσως· το νέο εμφανίζεται μία φορά.
admin-secret-rotate = Αντικατάσταση του μυστικού
admin-remove = Αφαίρεση
admin-client-remove = Αφαίρεση του πελάτη { $id }
admin-back-to-clients = Επιστροφή στους Πελάτες
admin-client-added-title = Ο πελάτης προστέθηκε
admin-client-added-public = Ο { $id } καταχωρίστηκε ως δημόσιος πελάτης (PKCE, χωρίς μυστικό).
admin-secret-rotated-title = Το μυστικό του πελάτη αντικαταστάθηκε
admin-secret-shown-once = Το μυστικό του { $id } εμφανίζεται μόνο αυτή τη φορά· αντιγράψτε το τώρα στις ρυθμίσεις της εφαρμογής.
admin-client-secret = Μυστικό πελάτη
admin-done = Τέλος
admin-uris-saved-title = Τα redirect URI αποθηκεύτηκαν
admin-uris-saved-text = Ο { $id } δέχεται πλέον: { $uris }
admin-client-removed-title = Ο πελάτης αφαιρέθηκε
admin-client-removed-text = Ο { $id } αφαιρέθηκε: τα token του δεν λειτουργούν πλέον στο userinfo και δεν μπορεί πλέον να συνδέσει κανέναν.
admin-uris-none = απαιτείται τουλάχιστον ένα redirect URI
admin-uris-too-many = { $max ->
    [one] το πολύ { $max } redirect URI
   *[other] το πολύ { $max } redirect URI
}
admin-no-such-client = κανένας πελάτης δεν έχει το client id { $id }
admin-uris-checked = Ο { $id } έχει ζευγαρωτά αναγνωριστικά (pairwise subjects) ή το προφίλ FAPI 2.0, για τα οποία ελέγχθηκαν τα redirect URI του: αλλάξτε τα με τις εντολές idp client remove και idp client add
admin-no-secret = Ο { $id } δεν έχει μυστικό (δημόσιος πελάτης ή πελάτης που υπογράφει με τα κλειδιά του)

## Κλειδιά υπογραφής

admin-keys-title = Κλειδιά υπογραφής
admin-key-id = Αναγνωριστικό κλειδιού
admin-key-algorithm = Αλγόριθμος
admin-key-state = Κατάσταση
admin-key-signs = υπογράφει
admin-key-retired-published = αποσυρμένο, ακόμη δημοσιευμένο
admin-key-retired = αποσυρμένο
admin-key-rotate-heading = Αντικατάσταση κλειδιού
admin-key-rotate = Αντικατάσταση του κλειδιού υπογραφής
admin-key-rotated-title = Το κλειδί υπογραφής αντικαταστάθηκε
admin-key-rotated-text = Τα token { $alg } υπογράφονται πλέον με το κλειδί { $kid }· το προηγούμενο κλειδί παραμένει δημοσιευμένο όσο ενδέχεται να χρησιμοποιούνται ακόμη token που υπέγραψε.

## Το αρχείο καταγραφής χειριστών

admin-log-title = Αρχείο καταγραφής χειριστών
admin-log-label = Το αρχείο καταγραφής χειριστών
admin-log-search-hint = Η αρχή της διεύθυνσης ηλεκτρονικού ταχυδρομείου ενός χειριστή, του αντικειμένου της ενέργειας ή της ίδιας της ενέργειας.
admin-log-none = Καμία εγγραφή.
admin-log-operator = Χειριστής
admin-log-action = Ενέργεια
admin-log-target = Αντικείμενο
