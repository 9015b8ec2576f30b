# Passwords: choosing one (first or new), "Lost your password?", changing it, the rules.

## The form that sets a password.

password-account = Kont:
password-rules-hint = Mill-inqas 10 karattri. Frażijiet twal magħmula minn kliem mhux relatat huma faċli biex tiftakarhom u diffiċli biex jiġu indovinati; ismek, l-email tiegħek u passwords komuni mhumiex aċċettati.
password-problem = Hemm problema
password-new-label = Password ġdida
password-confirm-label = Ikkonferma l-password il-ġdida
password-set-submit = Issettja l-password tiegħi
password-choose-new = Agħżel password ġdida
password-new-set-title = Il-password il-ġdida tiegħek ġiet issettjata
password-new-set = Għas-sigurtà tiegħek, is-sessjonijiet kollha tal-kont tiegħek ġew mitmuma. Idħol bil-password il-ġdida tiegħek.

## "Lost your password?"

password-lost-title = Insejt il-password?
password-lost-intro = Daħħal l-indirizz tal-email tal-kont tiegħek. Se nibagħtulek link biex tagħżel password ġdida.
password-email-label = Email
password-lost-submit = Ibagħtli link
password-email-invalid = Daħħal indirizz tal-email validu.
password-check-mailbox = Iċċekkja l-kaxxa postali tiegħek
password-lost-sent = Jekk { $email } huwa l-indirizz ta' kont, bgħatnielu link biex tagħżel password ġdida.
password-lost-link-once = Il-link jaħdem darba biss, għal siegħa.

## "Change password" (from My account).

password-change-title = Ibdel il-password
password-change-hint = Meta tibdel il-password tiegħek, toħroġ minn kull browser ieħor.
password-current-label = Password attwali
password-change-submit = Ibdel il-password
password-back-to-account = Lura għal "Il-kont tiegħi"
password-not-current = Din mhijiex il-password attwali tiegħek.
password-mismatch = Iż-żewġ passwords mhumiex l-istess.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] Il-password tiegħek għandu jkollha mill-inqas { $count } karattru.
    [two] Il-password tiegħek għandu jkollha mill-inqas { $count } karattri.
    [few] Il-password tiegħek għandu jkollha mill-inqas { $count } karattri.
    [many] Il-password tiegħek għandu jkollha mill-inqas { $count } karattru.
   *[other] Il-password tiegħek għandu jkollha mill-inqas { $count } karattru.
}
password-too-long = { $count ->
    [one] Il-password tiegħek għandu jkollha mhux aktar minn { $count } karattru.
    [two] Il-password tiegħek għandu jkollha mhux aktar minn { $count } karattri.
    [few] Il-password tiegħek għandu jkollha mhux aktar minn { $count } karattri.
    [many] Il-password tiegħek għandu jkollha mhux aktar minn { $count } karattru.
   *[other] Il-password tiegħek għandu jkollha mhux aktar minn { $count } karattru.
}
password-is-email = Il-password tiegħek ma tistax tkun l-indirizz tal-email tiegħek.
password-guessable = Din il-password hija komuni wisq jew faċli wisq biex tiġi indovinata. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Żid ftit kliem ieħor mhux komuni.
password-advice-few-words = Uża ftit kliem, u evita frażijiet komuni.
password-advice-no-symbols-needed = M'hemmx bżonn ta' simboli, ċifri jew ittri kbar.
password-advice-another-word = Żid kelma jew tnejn oħra. Kliem mhux komuni huwa aħjar.
password-advice-capitals = L-ittri kbar ma jgħinux wisq.
password-advice-all-uppercase = Password kollha b'ittri kbar hija kważi faċli daqs waħda kollha b'ittri żgħar biex tiġi indovinata.
password-advice-reversed = Kliem miktub bil-maqlub mhuwiex ħafna aktar diffiċli biex jiġi indovinat.
password-advice-substitutions = Sostituzzjonijiet prevedibbli bħal '@' minflok 'a' ma jgħinux wisq.
password-advice-keyboard = Uża mudell tat-tastiera itwal b'aktar dawriet.
password-advice-repeats = Evita kliem u karattri ripetuti.
password-advice-sequences = Evita sekwenzi.
password-advice-recent-years = Evita snin riċenti.
password-advice-your-years = Evita snin assoċjati miegħek.
password-advice-your-dates = Evita dati u snin assoċjati miegħek.

## Lines of an account's security history. They start in lower case.

password-history-changed = password mibdula
password-history-reset = password issettjata mill-ġdid b'link mibgħut bl-email
password-history-secured = kont issiġurat mil-link mibgħut bl-email: il-password, iċ-ċwievet tas-sigurtà u l-kodiċijiet ta' rkupru tneħħew, is-sessjonijiet kollha ntemmu
