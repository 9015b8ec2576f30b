site-tagline = Egy fiók az európai referenciahálózatokhoz
footer-privacy = Adatvédelmi nyilatkozat
language-label = Nyelv
language-change = Módosítás
