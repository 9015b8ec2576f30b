site-tagline = Ett konto för de europeiska referensnätverken
footer-privacy = Integritetsmeddelande
language-label = Språk
language-change = Ändra
