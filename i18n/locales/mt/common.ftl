site-tagline = Kont wieħed għan-Netwerks Ewropej ta' Referenza
footer-privacy = Dikjarazzjoni ta' privatezza
language-label = Lingwa
language-change = Ibdel
