site-tagline = Un seul compte pour les réseaux européens de référence
footer-privacy = Déclaration de confidentialité
language-label = Langue
language-change = Changer
