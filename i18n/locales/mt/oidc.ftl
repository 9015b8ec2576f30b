# Signing in to applications (OpenID Connect): consent, sign-out, the way back to the
# application, sign-in requests that cannot be used.

## Consent: an application asks to use the account.

oidc-consent-title = Tippermetti lil { $app }?
oidc-consent-heading = { $app } qed jitlob li juża l-kont tiegħek
oidc-consent-intro = Jekk tippermetti, { $app } se jirċievi:
oidc-consent-withdraw = Tista' tirtira dan il-permess fi kwalunkwe ħin minn "Il-kont tiegħi".
oidc-consent-allow = Ippermetti
oidc-consent-deny = Ċaħħad

## What an application receives.

oidc-scope-subject = identifikatur stabbli għall-kont tiegħek (mhux l-indirizz tal-email tiegħek)
oidc-scope-profile = ismek u l-lingwa preferuta tiegħek
oidc-scope-email = l-indirizz tal-email tiegħek
oidc-scope-phone = in-numru tat-telefon ċellulari kkonfermat tiegħek
oidc-scope-offline = aċċess meta ma tkunx fil-sessjoni (sakemm tirtirah)

## Sign-out.

oidc-logout-title = Oħroġ
oidc-logout-asks = { $app } qed jitlob li toħroġ.
oidc-logout-explain = Meta toħroġ, is-sessjoni { $site } tiegħek f'dan il-browser tintemm, u l-applikazzjonijiet li dħalt fihom biha jiġu infurmati.
oidc-logout-submit = Oħroġ
oidc-logout-request-unusable = Din it-talba għall-ħruġ ma tistax tintuża
oidc-logout-done-title = Ħriġt
oidc-logout-not-signed-in = M'intix fil-sessjoni f'dan il-browser.
oidc-logout-malformed = It-talba għall-ħruġ mhijiex iffurmata sew.
oidc-logout-foreign-token = It-talba għall-ħruġ fiha token tal-ID li ma ħriġnihx aħna.
oidc-logout-two-applications = It-talba għall-ħruġ issemmi żewġ applikazzjonijiet differenti.
oidc-logout-unregistered-address = L-applikazzjoni talbet li tibagħtek f'indirizz li ma rreġistratx.

## The page that sends the answer back to the application.

oidc-returning-title = Lura lejn l-applikazzjoni
oidc-returning-no-script = JavaScript huwa mitfi: agħfas il-buttuna biex tmur lura lejn l-applikazzjoni.
oidc-returning-continue = Kompli lejn l-applikazzjoni

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Din it-talba għad-dħul ma tistax tintuża
oidc-request-expired-title = Din it-talba għad-dħul skadiet
oidc-start-again = Mur lura lejn l-applikazzjoni u erġa' ibda.
oidc-other-browser-title = Din it-talba għad-dħul inbdiet f'browser ieħor
oidc-other-browser = Għas-sigurtà tiegħek, dħul jista' jitkompla biss fil-browser fejn beda. Mur lura lejn l-applikazzjoni u erġa' ibda.
oidc-request-malformed = It-talba għad-dħul mhijiex iffurmata sew.
oidc-go-to-account = Mur fil-paġna "Il-kont tiegħi"
oidc-changed-in-another-tab = Din it-talba għad-dħul tlestiet jew inbidlet f'tab ieħor. Mur lura lejn l-applikazzjoni u erġa' ibda.
oidc-unknown-application = L-applikazzjoni li bagħtitek hawn mhijiex irreġistrata magħna.
oidc-unregistered-return-address = { $app } bagħtek hawn b'indirizz ta' ritorn li ma rreġistrax, għalhekk ma nistgħux nibagħtuk lura.
oidc-request-used = Din it-talba għad-dħul skadiet jew diġà ntużat. Mur lura lejn l-applikazzjoni u erġa' ibda.
oidc-request-not-accepted = { $app } bagħat talba għad-dħul li ma nistgħux naċċettaw ({ $reason }).
oidc-application-gone = L-applikazzjoni m'għadhiex irreġistrata.
oidc-other-account = Din it-talba għad-dħul inbdiet għal kont ieħor. Mur lura lejn l-applikazzjoni u erġa' ibda.
oidc-already-completed = Din it-talba għad-dħul diġà tlestiet.
