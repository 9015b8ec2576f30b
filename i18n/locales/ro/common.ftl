site-tagline = Un singur cont pentru rețelele europene de referință
footer-privacy = Declarație de confidențialitate
language-label = Limba
language-change = Schimbă
