site-tagline = Én konto til de europæiske referencenetværk
footer-privacy = Databeskyttelseserklæring
language-label = Sprog
language-change = Skift
