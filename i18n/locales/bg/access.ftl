# Достъп до приложения („Моят достъп до приложения“): съветникът в четири стъпки,
# списъкът на заявителя, страницата за преглед на одобряващите. Имената на мрежи,
# държави, институции и профили не се превеждат. (Glossary: see login.ftl.)

## Моят достъп до приложения

access-my-title = Моят достъп до приложения
access-my-requests-label = Моите заявки за достъп
access-none-yet = Все още нямате заявка за достъп.
access-review-link = Преглед на заявките за достъп
access-back-to-my = Обратно към „Моят достъп до приложения“

## Заглавия на колони и етикети на полета

access-field-application = Приложение
access-field-organisation = Организация
access-field-profile = Профил за достъп
access-field-submitted = Подадена
access-field-status = Статус
access-field-comments = Коментари
access-field-network = Мрежа
access-field-search = Търсене
access-field-reason = Причина

## Статус на заявката

access-status-pending = в очакване
access-status-approved = одобрена
access-status-rejected = отхвърлена
access-status-revoked = отнета
access-status-first-approval = приета веднъж, очаква втори одобряващ
access-status-with-reason = { $status }: { $reason }

## Съветникът („Нов достъп до приложение“)

access-new-title = Нов достъп до приложение
access-steps-application = Избор на приложение
access-steps-organisation = Избор на организация
access-steps-profile = Избор на профил за достъп
access-steps-recap = Обобщение и подаване
access-step-1 = Стъпка 1: изберете приложение
access-step-2 = Стъпка 2: изберете организация
access-step-3 = Стъпка 3: изберете профил за достъп
access-step-4 = Стъпка 4: въведете коментар
access-cancel = Отказ
access-no-value = [Няма избрана стойност]

## Стъпка 2: избор на организация

access-organisations = Организации
access-per-page = записа на страница
access-search-label = Търсене:
access-search-button = Търсене
access-up = Ниво нагоре
access-institution = Институция
access-submitted-mark = (подадена заявка)
access-submitted-note = Организациите, отбелязани с (подадена заявка), вече могат да се използват за заявка за достъп.
access-open = Отваряне
access-details = Подробности
access-details-of = Подробности за { $name }
access-no-match = Няма съответстващ запис.
access-showing = { $total ->
    [one] Показани са записи от { $first } до { $last } от общо { $total } запис
   *[other] Показани са записи от { $first } до { $last } от общо { $total } записа
}
access-network-details = { $countries ->
    [one] { $countries } държава
   *[other] { $countries } държави
}, { $institutions ->
    [one] { $institutions } институция
   *[other] { $institutions } институции
}. Тематични области: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } институция от { $network } в { $country } и нейният достъп за гости.
   *[other] { $institutions } институции от { $network } в { $country } и техният достъп за гости.
}
access-guest-details = Достъп за гости до { $network } в { $country } за здравни специалисти извън институциите членки.
access-institution-details = { $institution } в { $country }, член на { $network }.
access-pages = Страници
access-page-number = Страница { $number }

## Стъпка 3: избор на профил за достъп

access-organisation-chosen = Организация:
access-profile-name = Име
access-profile-description = Описание
access-profile-active = активен
access-profile-submitted = подадена заявка
access-profile-granted = предоставен ви

## Стъпка 4: обобщение и подаване

access-recap-intro = Прегледайте попълнената заявка, след което щракнете върху „Подаване на заявка за достъп“.
access-summary = Обобщение
access-before-submitting = Преди подаване
access-before-submitting-text = Заявката за достъп до приложение ще бъде проверена от администраторите; това е ръчен процес и може да отнеме няколко дни.
access-submit = Подаване на заявка за достъп
access-submitted-title = Заявката ви е подадена
access-submitted-what = Поискахте { $profiles } в { $organisation } ({ $application }).
access-submitted-wait = Моля, имайте предвид: одобрението/активирането на профила ви може да отнеме 1–2 дни след подаването на заявката! Ще бъдете уведомени по имейл, когато процесът на одобрение приключи.

## Защо заявката е отхвърлена

access-select-application = Изберете приложение.
access-select-organisation = Изберете организация.
access-select-institution = Изберете организация: институция (или достъп за гости) на мрежа и държава.
access-select-profile = Изберете поне един профил за достъп.
access-not-a-profile = „{ $profile }“ не е профил за достъп на { $application }.
access-comment-too-long = Коментарът трябва да е обикновен текст с най-много { $max } знака.
access-already-pending = Вече имате чакаща заявка за { $organisation }; изчакайте решението по нея.
access-already-pending-here = Вече имате чакаща заявка за тази организация; изчакайте решението по нея.
access-already-held = Вече имате профила { $profile } за { $organisation }.
access-too-many-requests = { $count ->
    [one] През последния час сте изпратили { $count } заявка; изчакайте, преди да изпратите още.
   *[other] През последния час сте изпратили { $count } заявки; изчакайте, преди да изпратите още.
}
access-reason-too-long = Причината може да е с дължина най-много { $max } знака.
access-reason-needed = Посочете причина: заявителят я получава по имейл.
access-accepted-already = Вече сте приели тази заявка: втори одобряващ също трябва да я приеме.

## Страницата за преглед на одобряващите

access-review-title = Заявки за достъп за преглед
access-review-networks = Мрежи, за които вземате решения: { $networks }
access-review-all-networks = всички (администратор)
access-all-networks = Всички мрежи
access-review-search-hint = Началото на името или имейла на заявителя или на името или кода на организацията.
access-review-show = Показване
access-pending-heading = Чакащи заявки
access-pending-none = Няма чакащи заявки.
access-reason-hint = Изпраща се на заявителя; задължително при отхвърляне.
access-accept = Приемане
access-reject = Отхвърляне
access-first-page = Първа страница
access-pending-pages = Страници с чакащи заявки
access-pending-next = Следващи чакащи заявки
access-granted-heading = Предоставен достъп
access-granted-none = Досега не е предоставен достъп.
access-granted-row = { $requester }: { $profiles } в { $organisation }
access-revoke-reason = Причина за отнемането
access-revoke = Отнемане
access-granted-pages = Страници с предоставен достъп
access-granted-next = Следващ предоставен достъп
access-deleted-account = (изтрит профил)
access-accepted-done = Заявката е приета; заявителят е уведомен по имейл.
access-rejected-done = Заявката е отхвърлена; заявителят е уведомен по имейл.
access-revoked-done = Достъпът е отнет; заявителят е уведомен по имейл.
access-first-approval-done = Приехте заявката. Тя предоставя профил, с който се одобряват други, затова втори одобряващ също трябва да я приеме; тогава заявителят ще бъде уведомен.
access-already-decided = По тази заявка вече е взето решение (вероятно от друг одобряващ).
access-revoke-approver-admin = Само администратор може да отнеме достъпа на координатор (достъп, който позволява на притежателя си да одобрява други). Нищо не е променено.
access-not-approver-title = Вие не преглеждате заявки за достъп
access-not-approver-text = Решенията по заявките за достъп се вземат от координаторите на всяка мрежа и от администраторите. Вашият профил не е нито от двата вида.
access-second-factor-title = Първо потвърдете с втория си фактор
access-second-factor-text = Решенията по заявките за достъп предоставят или отнемат достъп до данни на пациенти, затова е необходим вход с втори фактор („Мобилен телефон + SMS“, мобилно приложение или токен). Нищо не е променено.
access-second-factor-link = Потвърждаване с втори фактор
