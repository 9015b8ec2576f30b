site-tagline = Eén account voor de Europese referentienetwerken
footer-privacy = Privacyverklaring
language-label = Taal
language-change = Wijzigen
