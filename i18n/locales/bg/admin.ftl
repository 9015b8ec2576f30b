# Конзолата на операторите на /admin (за администратори). Записите в дневника на
# операторите остават на английски, както и техническите термини (client id, redirect URI,
# PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, командата „idp client add“).
# (Glossary: see login.ftl; client = клиент.)

## Кой може да използва конзолата

admin-not-admin-title = Тази конзола е за администратори
admin-not-admin-text = Вашият профил не е администраторски. Нищо не е показано или променено.
admin-my-account = Моят профил
admin-second-factor-title = Първо потвърдете с втория си фактор
admin-second-factor-text = Конзолата на операторите извършва действия с профилите на други хора, затова е необходим вход с втори фактор.
admin-second-factor-again-title = Потвърдете отново с втория си фактор
admin-second-factor-again-text = Вторият ви фактор е потвърден преди повече от 15 минути. Потвърдете го отново и повторете действието: нищо не е променено.
admin-second-factor-link = Потвърждаване с втори фактор
admin-held-title = Профилът ви е временно ограничен

## Общи за страниците на конзолата

admin-back = Назад
admin-back-to-console = Обратно към конзолата
admin-search = Търсене
admin-first-page = Първа страница
admin-next-page = Следваща страница
admin-pages = Страници
admin-when = Кога
admin-from = От
admin-created = Създаден
admin-name = Име
admin-email = Имейл
admin-status = Статус

## Началната страница на конзолата

admin-title = Конзола на операторите
admin-home-intro = Влезли сте като { $operator }. Всяко действие тук се записва в дневника на операторите и, когато засяга човек, в неговата история на сигурността.
admin-menu-users = Потребители
admin-menu-users-text = търсене на човек, отключване, прекратяване на сесии, премахване на изгубен телефон или устройство, деактивиране или активиране, изпращане на имейл за възстановяване на паролата
admin-menu-clients = Клиенти
admin-menu-clients-text = приложенията, чрез които хората влизат
admin-menu-keys = Ключове за подписване
admin-menu-access = Достъп
admin-menu-access-text = чакащи заявки и предоставен достъп във всички мрежи
admin-menu-log = Дневник на операторите

## Потребители

admin-users-title = Потребители
admin-users-search-hint = Началото на имейл адрес, на собствено име или фамилия или на „име фамилия“.
admin-users-none = Не е намерен профил.
admin-account = Профил
admin-user-active = активен
admin-user-disabled = деактивиран
admin-user-locked-until = заключен след грешни пароли до { $until }
admin-user-administrator = администратор
admin-factors = Втори фактори
admin-factors-none = Няма.
admin-factor-phone = Мобилен телефон { $number }
admin-factor-phone-unconfirmed = Мобилен телефон { $number } (непотвърден)
admin-factor-device = Мобилно устройство „{ $name }“
admin-factor-token = Токен (приложение за удостоверяване)
admin-factor-security-key = Ключ за сигурност „{ $name }“
admin-factor-added = { $factor }, добавен на { $added }
admin-factor-remove = Премахване: { $factor }
admin-sessions = Сесии
admin-sessions-none = Няма отворена сесия.
admin-session-browser = Браузър
admin-session-address = Адрес
admin-session-started = Вход
admin-session-last-activity = Последна активност
admin-session-applications = Приложения
admin-session-no-applications = няма
admin-actions = Действия
admin-unlock = Отключване на профила
admin-send-reset = Изпращане на имейл за възстановяване на паролата
admin-end-sessions = Прекратяване на всички сесии
admin-enable = Активиране на профила
admin-disable = Деактивиране на профила
admin-history = История на сигурността
admin-history-none = Все още няма нищо.
admin-history-what = Какво
admin-back-to-users = Обратно към „Потребители“

## Резултат от действие с профил

admin-unlocked-title = Профилът е отключен
admin-unlocked-text = { $email } може отново да влиза с правилната парола; притежателят е уведомен по имейл.
admin-sessions-ended-title = Всички сесии са прекратени
admin-sessions-ended-text = Всички сесии на { $email } са прекратени и предоставеното на приложенията е отнето.
admin-admin-disable-title = Администраторски профил се деактивира на сървъра
admin-admin-disable-text = Администраторските профили се деактивират с командата idp user disable на сървъра, а не от конзолата.
admin-disabled-title = Профилът е деактивиран
admin-disabled-text = { $email } не може да влиза; всички сесии са прекратени и токените на профила са отнети.
admin-enabled-title = Профилът е активиран
admin-enabled-text = { $email } може отново да влиза.
admin-already-disabled-title = Вече е деактивиран
admin-already-disabled-text = { $email } вече беше деактивиран; нищо не е променено.
admin-already-enabled-title = Вече е активиран
admin-already-enabled-text = { $email } вече беше активиран; нищо не е променено.
admin-reset-sent-title = Имейлът за възстановяване на паролата е изпратен
admin-reset-sent-text = До { $email } е изпратена връзка за избор на нова парола.
admin-no-mail-title = Не е изпратен имейл
admin-no-mail-text = Напоследък до { $email } са изпратени твърде много имейли; опитайте отново по-късно.
admin-nothing-removed-title = Нищо не е премахнато
admin-nothing-removed-text = Профилът няма такъв фактор (вероятно междувременно е премахнат).
admin-factor-removed-title = Факторът е премахнат
admin-factor-removed-text = Факторът е премахнат от { $email }; притежателят е уведомен по имейл.

## Клиенти (приложенията, чрез които хората влизат)

admin-clients-title = Клиенти
admin-client-id = Client id
admin-client-kind = Вид
admin-redirect-uris = Redirect URI
admin-redirect-uris-hint = По един на ред: https или http на loopback адрес.
admin-kind-confidential-option = Поверителен (със секрет)
admin-kind-public-option = Публичен (PKCE, без секрет)
admin-kind-keys = поверителен (private_key_jwt)
admin-kind-secret = поверителен (секрет)
admin-kind-public = публичен (PKCE)
admin-client-add = Добавяне на клиент
admin-client-add-button = Добавяне на клиента
admin-clients-cli-hint = Ключовете (private_key_jwt), DPoP, двойките идентификатори (pairwise subjects) и профилът FAPI 2.0 се задават от командния ред:
admin-client-title = Клиент { $id }
admin-redirect-uris-save = Запазване на redirect URI
admin-secret = Секрет
admin-secret-rotate-hint = Текущият секрет спира да работи веднага; новият се показва само веднъж.
admin-secret-rotate = Смяна на секрета
admin-remove = Премахване
admin-client-remove = Премахване на клиента { $id }
admin-back-to-clients = Обратно към „Клиенти“
admin-client-added-title = Клиентът е добавен
admin-client-added-public = { $id } е регистриран като публичен клиент (PKCE, без секрет).
admin-secret-rotated-title = Секретът на клиента е сменен
admin-secret-shown-once = Секретът на { $id } се показва само този път; копирайте го сега в конфигурацията на приложението.
admin-client-secret = Секрет на клиента
admin-done = Готово
admin-uris-saved-title = Redirect URI са запазени
admin-uris-saved-text = { $id } вече приема: { $uris }
admin-client-removed-title = Клиентът е премахнат
admin-client-removed-text = { $id } е премахнат: токените му вече не работят в userinfo и той вече не може да осигурява вход на никого.
admin-uris-none = необходим е поне един redirect URI
admin-uris-too-many = { $max ->
    [one] най-много { $max } redirect URI
   *[other] най-много { $max } redirect URI
}
admin-no-such-client = няма клиент с client id { $id }
admin-uris-checked = { $id } има двойки идентификатори (pairwise subjects) или профила FAPI 2.0, за които бяха проверени неговите redirect URI: променете ги с idp client remove и idp client add
admin-no-secret = { $id } няма секрет (публичен клиент или клиент, който подписва със своите ключове)

## Ключове за подписване

admin-keys-title = Ключове за подписване
admin-key-id = ID на ключа
admin-key-algorithm = Алгоритъм
admin-key-state = Състояние
admin-key-signs = подписва
admin-key-retired-published = изведен от употреба, все още публикуван
admin-key-retired = изведен от употреба
admin-key-rotate-heading = Смяна на ключ
admin-key-rotate = Смяна на ключа за подписване
admin-key-rotated-title = Ключът за подписване е сменен
admin-key-rotated-text = Токените { $alg } вече се подписват с ключа { $kid }; предишният ключ остава публикуван, докато подписаните с него токени може все още да се използват.

## Дневник на операторите

admin-log-title = Дневник на операторите
admin-log-label = Дневникът на операторите
admin-log-search-hint = Началото на имейла на оператор, на обекта на действието или на самото действие.
admin-log-none = Няма записи.
admin-log-operator = Оператор
admin-log-action = Действие
admin-log-target = Обект
