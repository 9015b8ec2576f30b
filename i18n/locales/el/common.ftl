site-tagline = Ένας λογαριασμός για τα Ευρωπαϊκά Δίκτυα Αναφοράς
footer-privacy = Δήλωση απορρήτου
language-label = Γλώσσα
language-change = Αλλαγή
