site-tagline = Jeden účet pro Evropské referenční sítě
footer-privacy = Prohlášení o ochraně osobních údajů
language-label = Jazyk
language-change = Změnit
