site-tagline = Un unico account per le reti di riferimento europee
footer-privacy = Informativa sulla privacy
language-label = Lingua
language-change = Cambia
