site-tagline = Uma conta para as Redes Europeias de Referência
footer-privacy = Declaração de privacidade
language-label = Língua
language-change = Alterar
