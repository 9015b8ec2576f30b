site-tagline = Jedno konto dla europejskich sieci referencyjnych
footer-privacy = Oświadczenie o ochronie prywatności
language-label = Język
language-change = Zmień
