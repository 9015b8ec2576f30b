site-tagline = Üks konto Euroopa tugivõrgustike jaoks
footer-privacy = Privaatsusteade
language-label = Keel
language-change = Muuda
