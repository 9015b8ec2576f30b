# The frame of every idp page: header, footer, the language selector.
site-tagline = One account for the European Reference Networks
footer-privacy = Privacy statement
language-label = Language
language-change = Change
