site-tagline = Una cuenta para las Redes Europeas de Referencia
footer-privacy = Declaración de privacidad
language-label = Idioma
language-change = Cambiar
