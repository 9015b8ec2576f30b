# Glossary (bg): sign in = вход / влизане, влизам; sign out = изход / излизане;
# account = профил; My account = Моят профил; password = парола ("Lost your password?" =
# Забравена парола?); e-mail address = имейл адрес; mail = имейл (съобщение);
# verification method = метод за проверка; second factor = втори фактор;
# mobile app = мобилно приложение; PIN code = PIN код; QR code = QR код; SMS = SMS
# (SMS text challenge = код от SMS); security key = ключ за сигурност; passkey = ключ за достъп;
# token = токен; access request = заявка за достъп; access profile = профил за достъп;
# Coordinator = координатор; organisation = организация; institution = институция;
# healthcare provider = доставчик на здравни услуги; network = мрежа; panel = панел;
# patient = пациент; consent = съгласие; session = сесия; device = устройство;
# recovery code = код за възстановяване.
# Tone: учтива форма „Вие“ (с малка буква в интерфейса: вие/ви/вашия); бутоните — кратки глаголи.

login-too-many-wrong-passwords = { $count ->
    [one] Твърде много грешни пароли. Изчакайте { $count } секунда, преди да опитате отново.
   *[other] Твърде много грешни пароли. Изчакайте { $count } секунди, преди да опитате отново.
}

## Страници за вход

login-title = Вход
login-heading = Влезте, за да продължите
login-app-requires-authentication = { $app } изисква да удостоверите самоличността си
login-email-label = Имейл
login-next = Напред
login-or-without-password = Или без парола:
login-passkey-button = Вход с ключ за достъп
login-create-account = Създаване на профил
login-email-invalid = Въведете имейл адреса на профила си, напр. name@hospital.eu.
login-welcome-back = Добре дошли отново
login-welcome = Добре дошли
login-account-external = (Външен)
login-different-email = Вход с друг имейл адрес?
login-password-label = Парола
login-lost-password = Забравена парола?
login-choose-method = Изберете метод за проверка
login-phone-label = Мобилен телефон
login-phone-hint = Международен формат с код на държавата, напр. за Белгия: +32 123 45 67 89
login-robot-intro = Напоследък от вашата мрежа има много неуспешни опити за вход, затова браузърът ви първо решава малък пъзел, за да покаже, че не е робот. Това изисква JavaScript и отнема няколко секунди.
login-submit = Вход

## Откази на стъпката с паролата

login-wrong-credentials = Имейл адресът или паролата не са верни.
login-account-disabled = Този профил е деактивиран от администратор. Свържете се с вашия отдел за поддръжка, за да бъде активиран отново.
login-account-locked = След няколко грешни пароли този профил е заключен до { $until }. Той се отключва автоматично; собственикът е уведомен по имейл.
login-robot-check-needed = Напоследък от вашата мрежа има много неуспешни опити за вход: изчакайте проверката срещу роботи по-долу да покаже, че е завършена, след което влезте отново.

## Методи за проверка

login-method-password-title = Парола
login-method-password-hint = Удостоверяване само с вашата парола.
login-method-sms-title = Мобилен телефон + SMS
login-method-sms-hint = Изпращане на текстово съобщение до регистриран номер на мобилен телефон за многофакторно удостоверяване.
login-method-app-title = PIN код на мобилното приложение
login-method-app-hint = Използвайте регистрираното си мобилно приложение, за да потвърдите самоличността си.
login-method-qr-title = QR код на мобилното приложение
login-method-qr-hint = Генериране на еднократна парола с мобилното приложение.
login-method-token-title = Токен
login-method-token-hint = Използвайте токен или приложение за удостоверяване, за да генерирате еднократна парола за вход.
login-method-webauthn-title = Ключ за сигурност или доверена платформа (TPM)
login-method-webauthn-hint = Използвайте регистрирания си ключ за сигурност или вградения удостоверител на устройството си, за да потвърдите самоличността си.
login-method-recovery-title = Код за възстановяване
login-method-recovery-hint = Загубили сте телефона, токена или ключа си? Използвайте код за възстановяване, за да влезете в „Моят профил“ и да добавите нов метод за проверка.

## Страница, която изисква втори фактор

login-verify-always-mfa = Вашият профил винаги изисква многофакторно удостоверяване.
login-verify-app-hint = Потвърдете влизането в мобилното приложение с вашия PIN.
login-verify-qr-hint = Сканирайте QR код с мобилното приложение, което работи и без връзка, и въведете показаната еднократна парола.
login-verify-token-hint = Въведете кода от приложението за удостоверяване или от хардуерния токен.

## Редове от историята на сигурността (с малка буква)

login-history-locked = профилът е заключен след няколко грешни пароли
login-history-new-browser = нов вход от непознат досега браузър ({ $browser })
