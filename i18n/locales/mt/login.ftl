# Glossary (mt): sign in = idħol / dħul / sign out = oħroġ / ħruġ / account = kont / password = password /
# e-mail address = indirizz tal-email / verification method = metodu ta' verifika / second factor = it-tieni fattur /
# mobile app = app mobbli / PIN code = kodiċi PIN / QR code = kodiċi QR / SMS = SMS /
# security key = ċavetta tas-sigurtà / passkey = passkey / access request = talba għall-aċċess /
# access profile = profil tal-aċċess / Coordinator = Koordinatur / organisation = organizzazzjoni /
# healthcare provider = fornitur tal-kura tas-saħħa / network = netwerk / panel = bord (pl. bordijiet) /
# patient = pazjent / consent = kunsens / session = sessjoni / device = apparat /
# recovery code = kodiċi ta' rkupru / mobile phone = telefon ċellulari / My account = Il-kont tiegħi /
# Lost your password? = Insejt il-password? / token = token
# Plurals: one (1) and many (11–19) and other (20+) take the singular noun ("11-il sekonda"),
# two (2) and few (0, 3–10) the plural ("3 sekondi").

login-too-many-wrong-passwords = { $count ->
    [one] Daħħalt password ħażina wisq drabi. Stenna { $count } sekonda qabel ma terġa' tipprova.
    [two] Daħħalt password ħażina wisq drabi. Stenna { $count } sekondi qabel ma terġa' tipprova.
    [few] Daħħalt password ħażina wisq drabi. Stenna { $count } sekondi qabel ma terġa' tipprova.
    [many] Daħħalt password ħażina wisq drabi. Stenna { $count } sekonda qabel ma terġa' tipprova.
   *[other] Daħħalt password ħażina wisq drabi. Stenna { $count } sekonda qabel ma terġa' tipprova.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Idħol
login-heading = Idħol biex tkompli
login-app-requires-authentication = { $app } jeħtieġ li tawtentika ruħek
login-email-label = Email
login-next = Li jmiss
login-or-without-password = Jew, mingħajr password:
login-passkey-button = Idħol b'passkey
login-create-account = Oħloq kont
login-email-invalid = Daħħal l-indirizz tal-email tal-kont tiegħek, pereżempju isem@hospital.eu.
login-welcome-back = Merħba lura
login-welcome = Merħba
login-account-external = (Estern)
login-different-email = Trid tidħol b'indirizz tal-email ieħor?
login-password-label = Password
login-lost-password = Insejt il-password?
login-choose-method = Agħżel il-metodu ta' verifika tiegħek
login-phone-label = Telefon ċellulari
login-phone-hint = Format internazzjonali inkluż il-kodiċi tal-pajjiż, pereżempju għall-Belġju: +32 123 45 67 89
login-robot-intro = Dan l-aħħar fallew ħafna tentattivi ta' dħul min-netwerk tiegħek, għalhekk il-browser tiegħek l-ewwel isolvi puzzle żgħir biex juri li mhuwiex robot. Dan jeħtieġ JavaScript u jieħu ftit sekondi.
login-submit = Idħol

## Refusals on the password step.

login-wrong-credentials = L-indirizz tal-email jew il-password mhumiex korretti.
login-account-disabled = Dan il-kont ġie diżattivat minn amministratur. Ikkuntattja lill-helpdesk tiegħek biex jerġa' jiġi attivat.
login-account-locked = Wara diversi passwords ħżiena, dan il-kont huwa msakkar sa { $until }. Jinfetaħ waħdu; is-sid ġie infurmat bl-email.
login-robot-check-needed = Dan l-aħħar fallew ħafna tentattivi ta' dħul min-netwerk tiegħek: stenna sakemm il-verifika kontra r-robots hawn taħt turi li tlestiet, imbagħad erġa' idħol.

## The verification methods.

login-method-password-title = Password
login-method-password-hint = Awtentika ruħek bil-password tiegħek biss.
login-method-sms-title = Telefon ċellulari + SMS
login-method-sms-hint = Ibgħat messaġġ bit-test lil numru tat-telefon ċellulari rreġistrat għal awtentikazzjoni b'diversi fatturi.
login-method-app-title = Kodiċi PIN tal-App Mobbli
login-method-app-hint = Uża l-app mobbli rreġistrata tiegħek biex tivverifika l-identità tiegħek.
login-method-qr-title = Kodiċi QR tal-App Mobbli
login-method-qr-hint = Iġġenera password għal darba waħda bl-app mobbli.
login-method-token-title = Token
login-method-token-hint = Uża token jew app ta' awtentikazzjoni biex tiġġenera password għal darba waħda biex tidħol.
login-method-webauthn-title = Ċavetta tas-Sigurtà jew Pjattaforma Affidabbli (TPM)
login-method-webauthn-hint = Uża ċ-ċavetta tas-sigurtà rreġistrata tiegħek jew l-awtentikatur integrat tal-apparat tiegħek biex tivverifika l-identità tiegħek.
login-method-recovery-title = Kodiċi ta' rkupru
login-method-recovery-hint = Tlift it-telefon, it-token jew iċ-ċavetta? Uża kodiċi ta' rkupru biex tasal fil-paġna "Il-kont tiegħi" u żżid metodu ta' verifika ġdid.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = Il-kont tiegħek dejjem jeħtieġ awtentikazzjoni b'diversi fatturi.
login-verify-app-hint = Ikkonferma d-dħul fl-app mobbli bil-PIN tiegħek.
login-verify-qr-hint = Skennja kodiċi QR bl-app mobbli, li taħdem anki offline, u ttajpja l-password għal darba waħda li turik.
login-verify-token-hint = Ittajpja l-kodiċi tal-app ta' awtentikazzjoni jew tat-token fiżiku tiegħek.

## Lines of an account's security history.

login-history-locked = imsakkar wara diversi passwords ħżiena
login-history-new-browser = dħul ġdid minn browser li ma ntużax qabel ({ $browser })
