# История на сигурността на профила (редове с малка буква). (Glossary: see login.ftl.)

history-mfa-mandatory = многофакторното удостоверяване е направено задължително
history-mfa-optional = многофакторното удостоверяване е направено незадължително
history-token-added = добавен токен
history-token-deleted = изтрит токен
history-phone-added = добавен номер на мобилен телефон { $number }
history-phone-deleted = изтрит номер на мобилен телефон { $number }
history-device-added = добавено мобилно устройство „{ $name }“
history-device-deleted = изтрито мобилно устройство „{ $name }“
history-panic = PANIC: изтрити всички мобилни устройства ({ $devices }) и токени ({ $tokens }), прекратени всички сесии
history-app-denied-wrong-number = отказан вход на „{ $name }“: в приложението е избрано грешно число
history-app-denied = отказан вход на „{ $name }“: входът е отхвърлен в приложението
history-key-added = добавен ключ за сигурност „{ $name }“
history-key-added-password-only = добавен ключ за сигурност „{ $name }“ при вход само с парола
history-key-added-password-only-mailed = добавен ключ за сигурност „{ $name }“ при вход само с парола. Ако това не сте били вие, отворете { $link } : така се премахват паролата, всички ключове за сигурност и кодове за възстановяване и се прекратяват всички сесии
history-key-deleted = изтрит ключ за сигурност „{ $name }“
history-key-cloned = отхвърлен ключ за сигурност „{ $name }“: броячът му е намалял, възможно е да е копиран
history-codes-generated = генерирани нови кодове за възстановяване (старите вече не са валидни)
history-code-used = { $count ->
    [one] вход с код за възстановяване (остава { $count })
   *[other] вход с код за възстановяване (остават { $count })
}
history-email-change-requested = поискана промяна на имейл адреса на { $email }
history-email-changed = имейл адресът е променен от { $old } на { $new }
