site-tagline = Ein Konto für die Europäischen Referenznetzwerke
footer-privacy = Datenschutzerklärung
language-label = Sprache
language-change = Ändern
