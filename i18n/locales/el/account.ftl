# «Ο λογαριασμός μου»: επισκόπηση, προσωπικά δεδομένα, συνεδρίες, ιστορικό ασφαλείας,
# διαγραφή του λογαριασμού. (Glossary: see login.ftl.)

## Η επισκόπηση («Ο λογαριασμός μου»)

account-title = Ο λογαριασμός μου
account-name = Ονοματεπώνυμο
account-email = Ηλεκτρονικό ταχυδρομείο
account-email-language = Γλώσσα μηνυμάτων ηλεκτρονικού ταχυδρομείου
account-signed-in-since = Συνδεδεμένοι από
account-sign-out = Αποσύνδεση
account-change-password = Αλλαγή κωδικού πρόσβασης
account-access-link = Η πρόσβασή μου σε εφαρμογές
account-require-mfa = Να απαιτείται πάντα ταυτοποίηση πολλαπλών παραγόντων
account-save = Αποθήκευση
account-consents-heading = Εφαρμογές στις οποίες δώσατε άδεια
account-consents-none = Καμία εφαρμογή δεν έχει ζητήσει ακόμη τη συγκατάθεσή σας.
account-consent-withdraw = Ανάκληση της συγκατάθεσης για την εφαρμογή { $name }
account-offline-heading = Εφαρμογές με πρόσβαση εκτός σύνδεσης
account-offline-hint = Αυτές οι εφαρμογές μπορούν να ενεργούν για λογαριασμό σας ενώ δεν είστε συνδεδεμένοι. Η ανάκληση τερματίζει αμέσως αυτή τη δυνατότητα· θα πρέπει να σας ρωτήσουν ξανά.
account-offline-none = Καμία εφαρμογή δεν έχει πρόσβαση εκτός σύνδεσης.
account-offline-until = (έως { $until }, ανανεώνεται όσο χρησιμοποιείται)
account-offline-revoke = Ανάκληση της πρόσβασης εκτός σύνδεσης για την εφαρμογή { $name }
account-delete = Διαγραφή του λογαριασμού μου
account-delete-warning = Με αυτή την ενέργεια τερματίζονται όλες οι συνεδρίες και αφαιρούνται ο λογαριασμός σας και όλα όσα τηρούνται για αυτόν. Δεν μπορεί να αναιρεθεί.
account-password = Κωδικός πρόσβασης
account-back = Επιστροφή στον «Λογαριασμό μου»

## Μηνύματα στην επισκόπηση

account-password-changed = Ο κωδικός πρόσβασής σας άλλαξε. Τα άλλα προγράμματα περιήγησης αποσυνδέθηκαν.
account-mfa-on = Η ταυτοποίηση πολλαπλών παραγόντων απαιτείται πλέον πάντα για τον λογαριασμό σας.
account-mfa-off = Η ταυτοποίηση πολλαπλών παραγόντων δεν απαιτείται πλέον πάντα.
account-mfa-confirm-first = Για να το αλλάξετε, επιβεβαιώστε πρώτα με τη δεύτερη μέθοδο επαλήθευσης (συνδεθείτε ξανά με αυτήν).
account-delete-wrong-password = Αυτός δεν είναι ο κωδικός πρόσβασής σας: ο λογαριασμός δεν διαγράφηκε.
account-delete-confirm-first = Για να διαγράψετε τον λογαριασμό, επιβεβαιώστε πρώτα με τη δεύτερη μέθοδο επαλήθευσης (συνδεθείτε ξανά με αυτήν).
account-deleted-title = Ο λογαριασμός σας διαγράφηκε
account-deleted-text = Ο λογαριασμός σας και όλα όσα τηρούνταν για αυτόν αφαιρέθηκαν.
account-create = Δημιουργία λογαριασμού

## Προσωπικά δεδομένα

account-details-title = Προσωπικά δεδομένα
account-details-first-name = Όνομα
account-details-last-name = Επώνυμο
account-details-email-heading = Αλλαγή της διεύθυνσης ηλεκτρονικού ταχυδρομείου μου
account-details-email-current = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας είναι { $email }. Στέλνουμε σύνδεσμο στη νέα διεύθυνση· η αλλαγή γίνεται όταν τον ανοίξετε.
account-details-new-email = Νέο ηλεκτρονικό ταχυδρομείο
account-details-send-link = Αποστολή συνδέσμου επιβεβαίωσης
account-details-saved = Τα προσωπικά δεδομένα σας αποθηκεύτηκαν.
account-details-link-sent = Στείλαμε σύνδεσμο στη διεύθυνση { $email }. Ανοίξτε τον για να γίνει αυτή η διεύθυνση ηλεκτρονικού ταχυδρομείου σας.
account-details-email-changed = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας είναι πλέον { $email }.
account-details-wrong-password = Αυτός δεν είναι ο κωδικός πρόσβασής σας.
account-details-email-confirm-first = Για να αλλάξετε τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας, επιβεβαιώστε πρώτα με τη δεύτερη μέθοδο επαλήθευσης (συνδεθείτε ξανά με αυτήν).
account-details-link-invalid = Ο σύνδεσμος αυτός δεν είναι έγκυρος, έχει λήξει ή έχει ήδη χρησιμοποιηθεί.
account-details-name-length = Το όνομα και το επώνυμο πρέπει να έχουν από 1 έως 100 χαρακτήρες.
account-details-choose-language = Επιλέξτε τη γλώσσα των μηνυμάτων σας.
account-details-email-invalid = Εισαγάγετε έγκυρη διεύθυνση ηλεκτρονικού ταχυδρομείου.
account-details-email-same = Αυτή είναι ήδη η διεύθυνση ηλεκτρονικού ταχυδρομείου σας.
account-details-too-many-mails = Ζητήθηκαν πάρα πολλά μηνύματα. Δοκιμάστε ξανά σε μία ώρα.
account-details-email-taken = Αυτή η διεύθυνση χρησιμοποιείται πλέον από άλλον λογαριασμό.
account-email-title = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας
account-go = Μετάβαση στον «Λογαριασμό μου»

## Εμφάνιση των συνεδριών μου

account-sessions-title = Εμφάνιση των συνεδριών μου
account-sessions-label = Οι συνεδρίες μου
account-sessions-browser = Πρόγραμμα περιήγησης
account-sessions-address = Διεύθυνση
account-sessions-signed-in = Σύνδεση
account-sessions-last-activity = Τελευταία δραστηριότητα
account-sessions-applications = Εφαρμογές
account-sessions-this-browser = (αυτό το πρόγραμμα περιήγησης)
account-sessions-no-applications = καμία
account-sessions-end = Τερματισμός της συνεδρίας στο { $browser } ({ $started })
account-sessions-end-others = Τερματισμός όλων των άλλων συνεδριών μου
account-session-ended = Η συνεδρία τερματίστηκε.
account-session-already-ended = Η συνεδρία αυτή είχε ήδη τερματιστεί.
account-other-sessions-ended = Όλες οι άλλες συνεδρίες τερματίστηκαν.
account-browser-on-system = { $browser } σε { $system }

## Ιστορικό ασφαλείας

account-history-title = Ιστορικό ασφαλείας
account-history-intro = Κάθε αλλαγή στην ασφάλεια του λογαριασμού σας, με την πιο πρόσφατη πρώτη. Για καθεμία σας στάλθηκε επίσης μήνυμα.
account-history-none = Τίποτα ακόμη.
account-history-when = Πότε
account-history-what = Τι
account-history-from = Από διεύθυνση
