# Създаване на профил, проверка срещу роботи, декларация за поверителност, потвърждаване
# на нов имейл адрес. (Glossary: see login.ftl.)

## „Създаване на профил“: формулярът

register-title = Създаване на профил
register-problem = Възникна проблем
register-first-name-label = Собствено име
register-last-name-label = Фамилия
register-email-label = Имейл
register-confirm-email-label = Потвърждаване на имейла
register-language-label = Език на имейлите
register-privacy-acknowledge = Като отметнете това поле, потвърждавате, че сте прочели и разбрали { $statement }
register-privacy-statement = декларацията за поверителност
register-submit = Създаване на профил
register-robot-intro = Браузърът ви решава малък пъзел, за да покаже, че не е робот. Това изисква JavaScript и отнема секунда-две.

## Грешки във формуляра

register-first-name-invalid = Въведете собственото си име (най-много 100 знака).
register-last-name-invalid = Въведете фамилията си (най-много 100 знака).
register-email-invalid = Въведете валиден имейл адрес, напр. name@hospital.eu.
register-emails-differ = Двата имейл адреса не съвпадат.
register-language-invalid = Изберете езика на имейлите си.
register-privacy-required = Трябва да потвърдите, че сте запознати с декларацията за поверителност.

## След изпращане на формуляра и връзката в имейла за потвърждение

register-check-mailbox = Проверете пощенската си кутия
register-mail-sent = Изпратихме съобщение до { $email }.
register-open-link = Отворете връзката в него в рамките на 24 часа, за да потвърдите имейл адреса си и да изберете парола.
register-look-in-spam = Ако до няколко минути не получите нищо, проверете папката за нежелана поща.
register-choose-password = Изберете парола
register-ready-title = Профилът ви е готов
register-ready = Имейл адресът ви { $email } е потвърден и паролата ви е зададена.
register-already-title = Вече имате профил
register-already = Вече съществува профил с този имейл адрес. Влезте или използвайте „Забравена парола?“.
register-sign-in = Вход

## Проверка срещу роботи

register-robot-title = Проверка срещу роботи
register-robot-checking = Проверява се дали не сте робот…
register-robot-done = Проверява се дали не сте робот… готово
register-robot-malformed = Проверката срещу роботи липсва или е неправилно оформена.
register-robot-expired = Проверката срещу роботи е изтекла; опитайте отново.
register-robot-unsolved = Проверката срещу роботи не е решена.
register-robot-reused = Проверката срещу роботи вече е използвана; опитайте отново.
register-robot-other-address = Проверката срещу роботи е направена за друг мрежов адрес; опитайте отново.

## Декларация за поверителност

register-privacy-title = Декларация за поверителност
register-privacy-kept = { $site } съхранява вашето име, имейл адрес, език на имейлите, хеш на паролата ви (argon2id със сол), а докато сте влезли — адреса и името на браузъра ви, за да ви осигури вход в приложенията на Европейските референтни мрежи.
register-privacy-shared = Нищо не се предоставя на трети страни; проверката срещу роботи се изпълнява в браузъра ви. Приложенията, в които влизате, получават само това, което поискат и вие разрешите.

## Потвърждаване на нов имейл адрес

register-email-confirm-title = Потвърдете новия си имейл адрес
register-email-confirm-button = Потвърждаване на новия ми имейл адрес
