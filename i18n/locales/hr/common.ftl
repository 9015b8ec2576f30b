site-tagline = Jedan račun za europske referentne mreže
footer-privacy = Izjava o zaštiti privatnosti
language-label = Jezik
language-change = Promijeni
