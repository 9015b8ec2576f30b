# Пароли: избор (първа или нова), „Забравена парола?“, промяна, правила.
# (Glossary: see login.ftl.)

## Формуляр за задаване на парола

password-account = Профил:
password-rules-hint = Поне 10 знака. Дългите пароли от несвързани думи се запомнят лесно и трудно се отгатват; вашето име, имейлът ви и често срещаните пароли се отхвърлят.
password-problem = Възникна проблем
password-new-label = Нова парола
password-confirm-label = Потвърждаване на новата парола
password-set-submit = Задаване на паролата
password-choose-new = Изберете нова парола
password-new-set-title = Новата ви парола е зададена
password-new-set = За ваша сигурност всички сесии на профила ви бяха прекратени. Влезте с новата си парола.

## „Забравена парола?“

password-lost-title = Забравена парола?
password-lost-intro = Въведете имейл адреса на профила си. Ще ви изпратим връзка за избор на нова парола.
password-email-label = Имейл
password-lost-submit = Изпращане на връзка
password-email-invalid = Въведете валиден имейл адрес.
password-check-mailbox = Проверете пощенската си кутия
password-lost-sent = Ако { $email } е адрес на профил, изпратихме до него връзка за избор на нова парола.
password-lost-link-once = Връзката може да се използва веднъж, в рамките на един час.

## „Промяна на паролата“ (от „Моят профил“)

password-change-title = Промяна на паролата
password-change-hint = При промяна на паролата излизате от всички други браузъри.
password-current-label = Текуща парола
password-change-submit = Промяна на паролата
password-back-to-account = Обратно към „Моят профил“
password-not-current = Това не е текущата ви парола.
password-mismatch = Двете пароли не съвпадат.

## Правила за паролата

password-too-short = { $count ->
    [one] Паролата трябва да съдържа поне { $count } знак.
   *[other] Паролата трябва да съдържа поне { $count } знака.
}
password-too-long = { $count ->
    [one] Паролата може да съдържа най-много { $count } знак.
   *[other] Паролата може да съдържа най-много { $count } знака.
}
password-is-email = Паролата не трябва да е вашият имейл адрес.
password-guessable = Тази парола е твърде често срещана или лесна за отгатване. { $advice }

## Съвети за лесно отгатваема парола

password-advice-default = Добавете още няколко необичайни думи.
password-advice-few-words = Използвайте няколко думи и избягвайте често срещани изрази.
password-advice-no-symbols-needed = Не са нужни символи, цифри или главни букви.
password-advice-another-word = Добавете още една-две думи. Необичайните думи са по-добри.
password-advice-capitals = Главните букви не помагат особено.
password-advice-all-uppercase = Парола само с главни букви се отгатва почти толкова лесно, колкото парола само с малки.
password-advice-reversed = Думите, написани отзад напред, не са много по-трудни за отгатване.
password-advice-substitutions = Предвидими замени като „@“ вместо „a“ не помагат особено.
password-advice-keyboard = Използвайте по-дълга комбинация от клавиши с повече промени на посоката.
password-advice-repeats = Избягвайте повтарящи се думи и знаци.
password-advice-sequences = Избягвайте поредици.
password-advice-recent-years = Избягвайте последните години.
password-advice-your-years = Избягвайте години, свързани с вас.
password-advice-your-dates = Избягвайте дати и години, свързани с вас.

## Редове от историята на сигурността (с малка буква)

password-history-changed = паролата е променена
password-history-reset = паролата е възстановена чрез връзка, изпратена по имейл
password-history-secured = профилът е защитен чрез връзката от имейла: паролата, ключовете за сигурност и кодовете за възстановяване са премахнати, всички сесии са прекратени
