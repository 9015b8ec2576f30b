site-tagline = En račun za evropske referenčne mreže
footer-privacy = Izjava o varstvu zasebnosti
language-label = Jezik
language-change = Spremeni
