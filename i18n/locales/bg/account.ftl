# „Моят профил“: общ преглед, лични данни, сесии, история на сигурността, изтриване
# на профила. (Glossary: see login.ftl.)

## Общ преглед („Моят профил“)

account-title = Моят профил
account-name = Име
account-email = Имейл
account-email-language = Език на имейлите
account-signed-in-since = Влезли сте от
account-sign-out = Изход
account-change-password = Промяна на паролата
account-access-link = Моят достъп до приложения
account-require-mfa = Винаги да се изисква многофакторно удостоверяване
account-save = Запазване
account-consents-heading = Приложения, на които сте дали разрешение
account-consents-none = Досега нито едно приложение не е поискало вашето съгласие.
account-consent-withdraw = Оттегляне на съгласието за { $name }
account-offline-heading = Приложения с офлайн достъп
account-offline-hint = Тези приложения могат да действат от ваше име, докато не сте влезли. Отнемането на достъпа прекратява това веднага; те трябва да ви попитат отново.
account-offline-none = Нито едно приложение няма офлайн достъп.
account-offline-until = (до { $until }, подновява се, докато се използва)
account-offline-revoke = Отнемане на офлайн достъпа за { $name }
account-delete = Изтриване на моя профил
account-delete-warning = Това прекратява всички сесии и премахва профила ви и всички данни, съхранявани за него. Действието е необратимо.
account-password = Парола
account-back = Обратно към „Моят профил“

## Съобщения в общия преглед

account-password-changed = Паролата ви е променена. Излязохте от другите браузъри.
account-mfa-on = Вече винаги се изисква многофакторно удостоверяване за вашия профил.
account-mfa-off = Многофакторното удостоверяване вече не се изисква винаги.
account-mfa-confirm-first = За да промените това, първо потвърдете с втория си метод за проверка (влезте отново с него).
account-delete-wrong-password = Това не е вашата парола: профилът не е изтрит.
account-delete-confirm-first = За да изтриете профила, първо потвърдете с втория си метод за проверка (влезте отново с него).
account-deleted-title = Профилът ви е изтрит
account-deleted-text = Профилът ви и всички данни, съхранявани за него, са премахнати.
account-create = Създаване на профил

## Лични данни

account-details-title = Лични данни
account-details-first-name = Собствено име
account-details-last-name = Фамилия
account-details-email-heading = Промяна на имейл адреса ми
account-details-email-current = Вашият имейл адрес е { $email }. Изпращаме връзка до новия адрес; промяната се извършва, когато я отворите.
account-details-new-email = Нов имейл
account-details-send-link = Изпращане на връзка за потвърждение
account-details-saved = Личните ви данни са запазени.
account-details-link-sent = Изпратихме връзка до { $email }. Отворете я, за да стане това вашият имейл адрес.
account-details-email-changed = Вашият имейл адрес вече е { $email }.
account-details-wrong-password = Това не е вашата парола.
account-details-email-confirm-first = За да промените имейл адреса си, първо потвърдете с втория си метод за проверка (влезте отново с него).
account-details-link-invalid = Тази връзка е невалидна, изтекла е или вече е използвана.
account-details-name-length = Собственото име и фамилията трябва да са с дължина от 1 до 100 знака.
account-details-choose-language = Изберете езика на имейлите си.
account-details-email-invalid = Въведете валиден имейл адрес.
account-details-email-same = Това вече е вашият имейл адрес.
account-details-too-many-mails = Поискани са твърде много имейли. Опитайте отново след един час.
account-details-email-taken = Този адрес вече се използва от друг профил.
account-email-title = Вашият имейл адрес
account-go = Към „Моят профил“

## Показване на сесиите ми

account-sessions-title = Показване на сесиите ми
account-sessions-label = Моите сесии
account-sessions-browser = Браузър
account-sessions-address = Адрес
account-sessions-signed-in = Вход
account-sessions-last-activity = Последна активност
account-sessions-applications = Приложения
account-sessions-this-browser = (този браузър)
account-sessions-no-applications = няма
account-sessions-end = Прекратяване на сесията в { $browser } ({ $started })
account-sessions-end-others = Прекратяване на всички други мои сесии
account-session-ended = Сесията е прекратена.
account-session-already-ended = Тази сесия вече е била прекратена.
account-other-sessions-ended = Всички други сесии са прекратени.
account-browser-on-system = { $browser } на { $system }

## История на сигурността

account-history-title = История на сигурността
account-history-intro = Всички промени в сигурността на профила ви, като най-новите са първи. За всяка от тях сте получили и имейл.
account-history-none = Все още няма нищо.
account-history-when = Кога
account-history-what = Какво
account-history-from = От адрес
