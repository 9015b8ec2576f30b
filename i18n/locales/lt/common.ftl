site-tagline = Viena paskyra Europos referencijos tinklams
footer-privacy = Privatumo pareiškimas
language-label = Kalba
language-change = Keisti
