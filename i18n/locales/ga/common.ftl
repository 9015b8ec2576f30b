site-tagline = Cuntas amháin do na Líonraí Tagartha Eorpacha
footer-privacy = Ráiteas príobháideachais
language-label = Teanga
language-change = Athraigh
