site-tagline = Yksi tili Euroopan osaamisverkostoihin
footer-privacy = Tietosuojaseloste
language-label = Kieli
language-change = Vaihda
