# The operators' console at /admin (for administrators). Technical terms stay in English:
# client id, redirect URI, PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, "idp client add".
# (Glossary: see login.ftl.)

## Who may use the console

admin-not-admin-title = Din il-console hija għall-amministraturi
admin-not-admin-text = Il-kont tiegħek mhuwiex ta' amministratur. Ma ntwera u ma nbidel xejn.
admin-my-account = Il-kont tiegħi
admin-second-factor-title = L-ewwel ikkonferma bit-tieni fattur tiegħek
admin-second-factor-text = Il-console tal-operaturi taġixxi fuq il-kontijiet ta' persuni oħra, għalhekk teħtieġ dħul bit-tieni fattur.
admin-second-factor-again-title = Erġa' kkonferma bit-tieni fattur tiegħek
admin-second-factor-again-text = It-tieni fattur tiegħek ġie ppruvat aktar minn 15-il minuta ilu. Erġa' kkonfermah, imbagħad irrepeti l-azzjoni: ma nbidel xejn.
admin-second-factor-link = Ikkonferma bit-tieni fattur
admin-held-title = Il-kont tiegħek huwa ristrett temporanjament

## Shared by the console's pages

admin-back = Lura
admin-back-to-console = Lura lejn il-console
admin-search = Fittex
admin-first-page = L-ewwel paġna
admin-next-page = Il-paġna li jmiss
admin-pages = Paġni
admin-when = Meta
admin-from = Minn
admin-created = Maħluq
admin-name = Isem
admin-email = Email
admin-status = Status

## The console's home page

admin-title = Console tal-operaturi
admin-home-intro = Fil-sessjoni bħala { $operator }. Kull azzjoni hawnhekk tiġi rreġistrata fir-reġistru tal-operaturi u, fejn tikkonċerna persuna, fl-istorja tas-sigurtà tagħha.
admin-menu-users = Utenti
admin-menu-users-text = sib lil xi ħadd, iftaħ kont imsakkar, temm sessjonijiet, neħħi telefon jew apparat mitluf, iddiżattiva jew attiva, ibgħat email biex il-password tiġi ssettjata mill-ġdid
admin-menu-clients = Klijenti
admin-menu-clients-text = l-applikazzjonijiet li jdaħħlu lin-nies
admin-menu-keys = Ċwievet tal-iffirmar
admin-menu-access = Aċċess
admin-menu-access-text = talbiet pendenti u aċċess mogħti ta' kull netwerk
admin-menu-log = Reġistru tal-operaturi

## Users

admin-users-title = Utenti
admin-users-search-hint = Il-bidu ta' indirizz tal-email, ta' isem jew kunjom, jew ta' "isem kunjom".
admin-users-none = Ma nstab l-ebda kont.
admin-account = Kont
admin-user-active = attiv
admin-user-disabled = diżattivat
admin-user-locked-until = imsakkar wara passwords ħżiena sa { $until }
admin-user-administrator = amministratur
admin-factors = It-tieni fatturi
admin-factors-none = Xejn.
admin-factor-phone = Telefon ċellulari { $number }
admin-factor-phone-unconfirmed = Telefon ċellulari { $number } (mhux ikkonfermat)
admin-factor-device = Apparat mobbli "{ $name }"
admin-factor-token = Token (app ta' awtentikazzjoni)
admin-factor-security-key = Ċavetta tas-sigurtà "{ $name }"
admin-factor-added = { $factor }, miżjud fi { $added }
admin-factor-remove = Neħħi { $factor }
admin-sessions = Sessjonijiet
admin-sessions-none = L-ebda sessjoni miftuħa.
admin-session-browser = Browser
admin-session-address = Indirizz
admin-session-started = Dħul
admin-session-last-activity = L-aħħar attività
admin-session-applications = Applikazzjonijiet
admin-session-no-applications = xejn
admin-actions = Azzjonijiet
admin-unlock = Iftaħ il-kont imsakkar
admin-send-reset = Ibgħat email biex il-password tiġi ssettjata mill-ġdid
admin-end-sessions = Temm is-sessjonijiet kollha
admin-enable = Attiva l-kont
admin-disable = Iddiżattiva l-kont
admin-history = Storja tas-sigurtà
admin-history-none = Għad m'hemm xejn.
admin-history-what = X'inhu
admin-back-to-users = Lura lejn l-Utenti

## What an action on an account did

admin-unlocked-title = Il-kont infetaħ
admin-unlocked-text = { $email } jista' jerġa' jidħol bil-password it-tajba; is-sid ġie infurmat bl-email.
admin-sessions-ended-title = Is-sessjonijiet kollha ntemmu
admin-sessions-ended-text = Kull sessjoni ta' { $email } intemmet u dak li ngħata lill-applikazzjonijiet ġie revokat.
admin-admin-disable-title = Il-kont ta' amministratur jiġi diżattivat fuq is-server
admin-admin-disable-text = Il-kontijiet tal-amministraturi jiġu diżattivati b'idp user disable fuq is-server, mhux mill-console.
admin-disabled-title = Kont diżattivat
admin-disabled-text = { $email } ma jistax jidħol; kull sessjoni ntemmet u t-tokens tiegħu ġew revokati.
admin-enabled-title = Kont attivat
admin-enabled-text = { $email } jista' jerġa' jidħol.
admin-already-disabled-title = Diġà diżattivat
admin-already-disabled-text = { $email } kien diġà diżattivat; ma nbidel xejn.
admin-already-enabled-title = Diġà attivat
admin-already-enabled-text = { $email } kien diġà attivat; ma nbidel xejn.
admin-reset-sent-title = Intbagħtet email biex il-password tiġi ssettjata mill-ġdid
admin-reset-sent-text = Intbagħat link lil { $email } biex tintgħażel password ġdida.
admin-no-mail-title = Ma ntbagħtet l-ebda email
admin-no-mail-text = Dan l-aħħar intbagħtu wisq emails lil { $email }; erġa' pprova aktar tard.
admin-nothing-removed-title = Ma tneħħa xejn
admin-nothing-removed-text = Il-kont m'għandux fattur bħal dan (forsi tneħħa sadanittant).
admin-factor-removed-title = Il-fattur tneħħa
admin-factor-removed-text = Il-fattur tneħħa minn { $email }; is-sid ġie infurmat bl-email.

## Clients (the applications that sign people in)

admin-clients-title = Klijenti
admin-client-id = Client id
admin-client-kind = Tip
admin-redirect-uris = Redirect URIs
admin-redirect-uris-hint = Wieħed għal kull linja: https, jew http fuq loopback.
admin-kind-confidential-option = Kunfidenzjali (b'sigriet)
admin-kind-public-option = Pubbliku (PKCE, mingħajr sigriet)
admin-kind-keys = kunfidenzjali (private_key_jwt)
admin-kind-secret = kunfidenzjali (sigriet)
admin-kind-public = pubbliku (PKCE)
admin-client-add = Żid klijent
admin-client-add-button = Żid il-klijent
admin-clients-cli-hint = Iċ-ċwievet (private_key_jwt), id-DPoP, is-suġġetti pairwise u l-profil FAPI 2.0 jiġu ssettjati mil-linja tal-kmand:
admin-client-title = Klijent { $id }
admin-redirect-uris-save = Issejvja r-redirect URIs
admin-secret = Sigriet
admin-secret-rotate-hint = Is-sigriet attwali jieqaf jaħdem minnufih; il-ġdid jintwera darba biss.
admin-secret-rotate = Ibdel is-sigriet
admin-remove = Neħħi
admin-client-remove = Neħħi l-klijent { $id }
admin-back-to-clients = Lura lejn il-Klijenti
admin-client-added-title = Klijent miżjud
admin-client-added-public = { $id } huwa rreġistrat bħala klijent pubbliku (PKCE, mingħajr sigriet).
admin-secret-rotated-title = Is-sigriet tal-klijent inbidel
admin-secret-shown-once = Is-sigriet ta' { $id } qed jintwera din id-darba biss; ikkupjah fil-konfigurazzjoni tal-applikazzjoni issa.
admin-client-secret = Sigriet tal-klijent
admin-done = Lest
admin-uris-saved-title = Ir-redirect URIs ġew issejvjati
admin-uris-saved-text = { $id } issa jaċċetta: { $uris }
admin-client-removed-title = Klijent imneħħi
admin-client-removed-text = { $id } tneħħa: it-tokens tiegħu ma jibqgħux jaħdmu fuq userinfo u ma jistax jibqa' jdaħħal lil ħadd.
admin-uris-none = hemm bżonn ta' mill-inqas redirect URI wieħed
admin-uris-too-many = { $max ->
    [one] mhux aktar minn { $max } redirect URI
    [two] mhux aktar minn { $max } redirect URIs
    [few] mhux aktar minn { $max } redirect URIs
    [many] mhux aktar minn { $max } redirect URI
   *[other] mhux aktar minn { $max } redirect URI
}
admin-no-such-client = l-ebda klijent m'għandu l-id { $id }
admin-uris-checked = { $id } għandu suġġetti pairwise jew il-profil FAPI 2.0, li għalihom ġew ivverifikati r-redirect URIs tiegħu: biddilhom b'idp client remove u idp client add
admin-no-secret = { $id } m'għandux sigriet (klijent pubbliku, jew wieħed li jiffirma biċ-ċwievet tiegħu)

## Signing keys

admin-keys-title = Ċwievet tal-iffirmar
admin-key-id = Key id
admin-key-algorithm = Algoritmu
admin-key-state = Stat
admin-key-signs = tiffirma
admin-key-retired-published = irtirata, għadha ppubblikata
admin-key-retired = irtirata
admin-key-rotate-heading = Ibdel ċavetta
admin-key-rotate = Ibdel iċ-ċavetta tal-iffirmar
admin-key-rotated-title = Iċ-ċavetta tal-iffirmar inbidlet
admin-key-rotated-text = It-tokens { $alg } issa huma ffirmati biċ-ċavetta { $kid }; iċ-ċavetta ta' qabel tibqa' ppubblikata sakemm it-tokens li ffirmat ikunu għadhom jistgħu jkunu qed jintużaw.

## The operators' log

admin-log-title = Reġistru tal-operaturi
admin-log-label = Ir-reġistru tal-operaturi
admin-log-search-hint = Il-bidu tal-email ta' operatur, ta' dak li fuqu saret l-azzjoni, jew tal-azzjoni.
admin-log-none = L-ebda daħla.
admin-log-operator = Operatur
admin-log-action = Azzjoni
admin-log-target = Fuq
