# My account: the overview, personal data, sessions, the security history page, deleting
# the account. (Glossary: see login.ftl.)

## The overview ("My account")

account-title = Il-kont tiegħi
account-name = Isem
account-email = Email
account-email-language = Lingwa tal-emails
account-signed-in-since = Fil-sessjoni minn
account-sign-out = Oħroġ
account-change-password = Ibdel il-password
account-access-link = L-aċċess tiegħi għall-applikazzjonijiet
account-require-mfa = Awtentikazzjoni b'diversi fatturi dejjem meħtieġa
account-save = Issejvja
account-consents-heading = Applikazzjonijiet li tajthom permess
account-consents-none = L-ebda applikazzjoni għadha ma talbet il-kunsens tiegħek.
account-consent-withdraw = Irtira l-kunsens għal { $name }
account-offline-heading = Applikazzjonijiet b'aċċess offline
account-offline-hint = Dawn l-applikazzjonijiet jistgħu jaġixxu f'ismek meta ma tkunx fil-sessjoni. Ir-revoka ttemm dan minnufih; ikollhom jerġgħu jitolbuk.
account-offline-none = L-ebda applikazzjoni m'għandha aċċess offline.
account-offline-until = (sa { $until }, imġedded sakemm jintuża)
account-offline-revoke = Irrevoka l-aċċess offline għal { $name }
account-delete = Ħassar il-kont tiegħi
account-delete-warning = Dan itemm kull sessjoni u jneħħi l-kont tiegħek u kull ma jinżamm dwaru. Ma jistax jitreġġa' lura.
account-password = Password
account-back = Lura għal "Il-kont tiegħi"

## Messages on the overview

account-password-changed = Il-password tiegħek inbidlet. Il-browsers l-oħra ġew maħruġa mis-sessjoni.
account-mfa-on = L-awtentikazzjoni b'diversi fatturi issa hija dejjem meħtieġa għall-kont tiegħek.
account-mfa-off = L-awtentikazzjoni b'diversi fatturi m'għadhiex dejjem meħtieġa.
account-mfa-confirm-first = Biex tibdel dan, l-ewwel ikkonferma bit-tieni metodu ta' verifika tiegħek (erġa' idħol bih).
account-delete-wrong-password = Din mhijiex il-password tiegħek: il-kont ma tħassarx.
account-delete-confirm-first = Biex tħassar il-kont, l-ewwel ikkonferma bit-tieni metodu ta' verifika tiegħek (erġa' idħol bih).
account-deleted-title = Il-kont tiegħek tħassar
account-deleted-text = Il-kont tiegħek u kull ma kien jinżamm dwaru tneħħew.
account-create = Oħloq kont

## Personal data

account-details-title = Data personali
account-details-first-name = Isem
account-details-last-name = Kunjom
account-details-email-heading = Ibdel l-indirizz tal-email tiegħi
account-details-email-current = L-indirizz tal-email tiegħek huwa { $email }. Nibagħtu link lill-indirizz il-ġdid; il-bidla sseħħ meta tiftħu.
account-details-new-email = Email ġdida
account-details-send-link = Ibgħat link ta' konferma
account-details-saved = Id-data personali tiegħek ġiet issejvjata.
account-details-link-sent = Bgħatna link lil { $email }. Iftħu biex dan isir l-indirizz tal-email tiegħek.
account-details-email-changed = L-indirizz tal-email tiegħek issa huwa { $email }.
account-details-wrong-password = Din mhijiex il-password tiegħek.
account-details-email-confirm-first = Biex tibdel l-indirizz tal-email tiegħek, l-ewwel ikkonferma bit-tieni metodu ta' verifika tiegħek (erġa' idħol bih).
account-details-link-invalid = Dan il-link mhuwiex validu, skada jew diġà ntuża.
account-details-name-length = L-isem u l-kunjom għandu jkollhom bejn 1 u 100 karattru.
account-details-choose-language = Agħżel il-lingwa tal-emails tiegħek.
account-details-email-invalid = Daħħal indirizz tal-email validu.
account-details-email-same = Dan diġà huwa l-indirizz tal-email tiegħek.
account-details-too-many-mails = Intalbu wisq emails. Erġa' pprova fi żmien siegħa.
account-details-email-taken = Kont ieħor issa qed juża dan l-indirizz.
account-email-title = L-indirizz tal-email tiegħek
account-go = Mur fil-paġna "Il-kont tiegħi"

## Display my sessions

account-sessions-title = Uri s-sessjonijiet tiegħi
account-sessions-label = Is-sessjonijiet tiegħi
account-sessions-browser = Browser
account-sessions-address = Indirizz
account-sessions-signed-in = Dħul
account-sessions-last-activity = L-aħħar attività
account-sessions-applications = Applikazzjonijiet
account-sessions-this-browser = (dan il-browser)
account-sessions-no-applications = xejn
account-sessions-end = Temm is-sessjoni ta' { $browser } ({ $started })
account-sessions-end-others = Temm is-sessjonijiet l-oħra kollha tiegħi
account-session-ended = Is-sessjoni ntemmet.
account-session-already-ended = Dik is-sessjoni kienet diġà ntemmet.
account-other-sessions-ended = Is-sessjonijiet l-oħra kollha ntemmu.
account-browser-on-system = { $browser } fuq { $system }

## Security history

account-history-title = Storja tas-sigurtà
account-history-intro = Kull bidla fis-sigurtà tal-kont tiegħek, mill-aktar reċenti. Kull waħda ntbagħtitlek ukoll bl-email.
account-history-none = Għad m'hemm xejn.
account-history-when = Meta
account-history-what = X'inhu
account-history-from = Mill-indirizz
