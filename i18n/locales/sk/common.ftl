site-tagline = Jedno konto pre európske referenčné siete
footer-privacy = Vyhlásenie o ochrane osobných údajov
language-label = Jazyk
language-change = Zmeniť
