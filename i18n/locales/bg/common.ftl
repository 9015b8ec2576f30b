site-tagline = Един профил за Европейските референтни мрежи
footer-privacy = Декларация за поверителност
language-label = Език
language-change = Промяна
