site-tagline = Viens konts Eiropas references tīkliem
footer-privacy = Paziņojums par privātumu
language-label = Valoda
language-change = Mainīt
