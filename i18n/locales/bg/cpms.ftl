# CPMS, клиничната система за управление на пациенти. „CPMS“, „ERN“, „ERN-CPMS“ и
# „EU Login“ са имена и не се превеждат. (Glossary: see login.ftl.)

## Рамката на всяка страница на CPMS

cpms-tagline = Клинична система за управление на пациенти на Европейските референтни мрежи
cpms-training-banner = РЕЖИМЪТ НА ОБУЧЕНИЕ е включен: не е за данни на пациенти (само тестови профили).
cpms-dashboard = Табло
cpms-preferences = Предпочитания за ERN
cpms-sign-out = Изход
cpms-go-to-dashboard = Към вашето табло

## Началната страница (преди вход)

cpms-landing-title = Клинична система за управление на пациенти
cpms-landing-heading = Клинична система за управление на пациенти (CPMS)
cpms-landing-platform = ИТ платформа за клинични консултации между членовете на ERN.
cpms-landing-aim = CPMS има за цел да подпомага ERN за подобряване на диагностиката и лечението на редки или сложни заболявания с ниска разпространеност отвъд националните граници на държавите членки в Европа.
cpms-landing-browsers-heading = Поддържани браузъри
cpms-landing-browsers = Уверете се, че използвате най-новата версия на Google Chrome, Firefox или Safari, за да ползвате всички функции на CPMS.
cpms-landing-secure-login-heading = Сигурен вход
cpms-landing-login-through-eu-login = Можете да влезете в CPMS ERN чрез услугата за удостоверяване EU Login.
cpms-login-via-eu-login = Вход чрез EU Login
cpms-training-login-link = Използване на потребители без EU Login (само за тестване)
cpms-landing-members-only = Само членове на ERN и гост-потребители на ERN могат да бъдат оправомощени потребители на CPMS.
cpms-landing-eu-login-needed = За достъп до CPMS трябва да имате профил в EU Login.
cpms-landing-create-account = За да създадете профил, щракнете тук.
cpms-landing-request-authorisation = За да поискате разрешение за използване на CPMS, щракнете тук.
cpms-landing-help-heading = Помощ и поддръжка
cpms-landing-contact-email = Ако имате въпроси, идеи, предложения или се нуждаете от помощ за проблем, свържете се с ERN-CPMS по имейл на { $address }.
cpms-landing-contact-coordinator = Ако имате въпроси, идеи, предложения или се нуждаете от помощ за проблем, свържете се с координатора на вашата ERN.

## Таблото

cpms-dashboard-no-profile = { $name }, все още нямате профил в CPMS.
cpms-dashboard-request-authorisation = За да поискате разрешение за използване на CPMS, щракнете тук
cpms-dashboard-request-steps = изберете своята ERN, държава, институция и профил за достъп.
cpms-dashboard-user-role = ПОТРЕБИТЕЛ: { $name } РОЛЯ: { $profiles }
cpms-dashboard-request-another = За да поискате разрешение за друга организация или друг профил, щракнете тук

## Страниците на CPMS

cpms-page-organisation-home = Начална страница на организацията в CPMS
cpms-page-panels = Панели
cpms-page-panel-create = Създаване на панел
cpms-page-panel-manage = Управление на панел (покани, закриване)
cpms-page-panel-contribute = Участие в панел
cpms-page-kpis = Ключови показатели за ефективност на мрежата
cpms-page-assistance = Искания за съдействие
cpms-page-reports = Анонимизирани отчети

## Началната страница на организацията

cpms-organisation-your-profiles = Вашите профили тук: { $profiles }
cpms-organisation-guest-access = Достъп за гости: виждате панелите, в които сте поканени, и можете да участвате в тях.

## Предпочитания за ERN

cpms-preferences-welcome = Добре дошли в CPMS. Посочете професионалната си роля и тематичните области, по които можете да консултирате; докато не го направите, няма да бъдете предлагани като специалист за панели.
cpms-preferences-professional-role = Моята професионална роля
cpms-preferences-no-value = [Няма избрана стойност]
cpms-preferences-thematic-areas = Тематични области на ERN
cpms-preferences-specialist-in = Специалист съм в:
cpms-preferences-none = Няма
cpms-preferences-update = Актуализиране на предпочитанията за ERN
cpms-preferences-role-missing = Изберете професионалната си роля.
cpms-preferences-role-unknown = Изберете професионалната си роля от списъка.
cpms-preferences-none-and-areas = { $network }: отметнете „Няма“ или тематични области, но не и двете.
cpms-preferences-unknown-area = Непозната тематична област.

## Възможностите за „Моята професионална роля“

cpms-role-clinical-geneticist = Клиничен генетик
cpms-role-dermatologist = Дерматолог
cpms-role-endocrinologist = Ендокринолог
cpms-role-haematologist = Хематолог
cpms-role-hepatologist = Хепатолог
cpms-role-nephrologist = Нефролог
cpms-role-neurologist = Невролог
cpms-role-oncologist = Онколог
cpms-role-ophthalmologist = Офталмолог
cpms-role-paediatrician = Педиатър
cpms-role-pathologist = Патолог
cpms-role-pulmonologist = Пулмолог
cpms-role-radiologist = Радиолог
cpms-role-rheumatologist = Ревматолог
cpms-role-surgeon = Хирург
cpms-role-other-physician = Друг лекар
cpms-role-nurse = Медицинска сестра
cpms-role-psychologist = Психолог
cpms-role-researcher = Изследовател
cpms-role-other-health-professional = Друг здравен специалист

## Панели: случай, обсъждан от специалисти на мрежата

cpms-panels-none = Няма панели за показване.
cpms-panel = Панел
cpms-thematic-area = Тематична област
cpms-panel-lead = Ръководител
cpms-panel-status = Статус
cpms-panel-status-open = Отворен
cpms-panel-status-closed = Закрит: { $outcome }
cpms-panel-all-panels = Всички панели
cpms-panel-invited = Поканени специалисти
cpms-panel-invited-none = все още няма
cpms-panel-case-summary = Резюме на случая
cpms-panel-title = Заглавие
cpms-panel-contributions = Приноси
cpms-panel-contributions-none = Все още няма приноси.
cpms-panel-comment = Коментар
cpms-panel-add-comment = Добавяне на коментар
cpms-panel-invite-heading = Покана на специалисти
cpms-panel-no-candidates = Не може да бъде поканен нито един специалист с „{ $area }“ в предпочитанията си за ERN.
cpms-panel-specialist = Специалист
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Поканване на специалист
cpms-panel-close = Закриване на панела
cpms-panel-outcome = Резултат
cpms-panel-new-no-areas = Тази мрежа все още няма тематични области, затова за нея не може да бъде създаден панел.
cpms-panel-new-create = Създаване на панела
cpms-panel-new-choose-area = Изберете тематична област на тази мрежа.
cpms-panel-not-invitable = Този член не може да бъде поканен: изберете един от специалистите, предложени за тематичната област на панела.
cpms-panel-comment-needed = Напишете коментар (най-много 5000 знака).
cpms-panel-choose-outcome = Изберете един от резултатите.
cpms-panel-refused-view = Не ръководите този панел, не сте поканени в него и не го управлявате.
cpms-panel-refused-invite = Само ръководителят на панела и неговите управители могат да канят, и то само докато панелът е отворен.
cpms-panel-refused-contribute = Само участниците в панела могат да допринасят, и то само докато той е отворен.
cpms-panel-refused-close = Само ръководителят на панела и неговите управители могат да го закрият, и то само веднъж.

## Резултатите, с които се закрива панел

cpms-outcome-diagnosis-confirmed = Потвърдена диагноза
cpms-outcome-treatment-recommended = Препоръчано лечение
cpms-outcome-referred = Насочен към друг център
cpms-outcome-no-consensus = Няма консенсус
cpms-outcome-other = Друго

## Проблем с поле на формуляр

cpms-field-required = Полето „{ $field }“ е задължително.
cpms-field-too-long = { $max ->
    [one] Полето „{ $field }“ може да съдържа най-много { $max } знак.
   *[other] Полето „{ $field }“ може да съдържа най-много { $max } знака.
}

## Ключовите показатели на мрежата (за координатора)

cpms-kpis-open-panels = Отворени панели
cpms-kpis-closed-panels = Закрити панели
cpms-kpis-members = Членове
cpms-kpis-members-with-preferences = Членове с предпочитания за ERN
cpms-kpis-unassigned = Още невъзложени искания
cpms-kpis-pending-access-requests = Чакащи заявки за достъп

## Искания за съдействие

cpms-assistance-on-behalf = { $organisation }, от името на координатора
cpms-assistance-none = Няма искания за съдействие.
cpms-assistance-requested-by = Поискано от { $name }.
cpms-assistance-assigned-to = Възложено на { $name }.
cpms-assistance-not-assigned = Не е възложено.
cpms-assistance-assign-to = Възлагане на
cpms-assistance-assign = Възлагане
cpms-assistance-new = Ново искане за съдействие
cpms-assistance-subject = Тема
cpms-assistance-details = Подробности
cpms-assistance-create = Създаване на искане за съдействие
cpms-assistance-required = Полетата „Тема“ и „Подробности“ са задължителни (съответно най-много 200 и 5000 знака).
cpms-assistance-choose-member = Изберете член на тази мрежа, на когото да възложите искането.

## Анонимизирани отчети (за изследователя)

cpms-reports-counts-only = { $organisation }. Само бройки: без имена, имейли или подробности за случаите.
cpms-reports-by-area = Панели по тематична област
cpms-reports-by-outcome = Закрити панели по резултат
cpms-reports-panels = Панели
cpms-reports-still-open = Все още отворени

## Режим на обучение: тестови профили без EU Login

cpms-training-title = Тестови профили
cpms-training-heading = Вход с тестов профил
cpms-training-notice = Само за обучение: тези профили и техните данни се съхраняват отделно от реалните потребители и реалните данни.
cpms-training-account = Тестов профил
cpms-training-sign-in = Вход с този тестов профил
cpms-training-account-no-profile = { $username } ({ $name }): няма профил в CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } в { $organisation }
cpms-training-choose-account = Изберете един от тестовите профили.

## Вход чрез EU Login

cpms-sign-in-refused = Отговорът от EU Login не може да бъде приет. Моля, влезте отново.
cpms-sign-in-two-factors = CPMS изисква двуфакторно удостоверяване (ниво на осигуреност „substantial“ или „high“). Моля, влезте отново и изберете метод за проверка, например „Мобилен телефон + SMS“.
cpms-sign-in-training-only = Тази инсталация за обучение няма връзка с EU Login. Вместо това използвайте тестовите профили.
cpms-sign-in-expired = Този вход е изтекъл или вече е използван. Моля, влезте отново.
cpms-sign-in-not-completed = EU Login не завърши входа. Моля, опитайте отново.
cpms-sign-in-incomplete = Отговорът при входа е непълен.

## Отхвърлени формуляри

cpms-form-not-urlencoded = Формулярите трябва да се изпращат като application/x-www-form-urlencoded.
cpms-form-other-site = Формулярът е изпратен от друг сайт.
cpms-form-too-large = Формулярът изпрати повече данни, отколкото е нужно на който и да е от нашите формуляри.
cpms-form-unreadable = Формулярът не може да бъде прочетен.
cpms-form-malformed = Формулярът е неправилно оформен.
cpms-form-expired = Този формуляр е изтекъл или не е изпратен от нашите страници. Върнете се назад, презаредете страницата и опитайте отново.
cpms-form-wrong-kind = Формулярът съдържа поле от грешен вид.

## Страници за грешки

cpms-error-bad-request = Нещо не е наред с тази заявка
cpms-error-form-refused = Този формуляр не може да бъде приет
cpms-error-sign-in = Моля, влезте
cpms-error-not-allowed = Вашият профил не дава достъп до тази страница
cpms-error-not-allowed-here = Сред профилите ви в тази организация няма такъв, какъвто е нужен на тази страница.
cpms-error-not-found = Страницата не е намерена
cpms-error-not-found-text = На този адрес няма страница.
cpms-error-sign-in-not-completed = Входът не е завършен
cpms-error-unavailable = Услугата временно не е достъпна
cpms-error-unavailable-text = В момента EU Login или CPMS не може да отговори. Нищо не е променено; опитайте отново след минута.
cpms-error-internal = Възникна грешка от наша страна
cpms-error-internal-text = Грешката е записана. Опитайте отново; ако се повтори, свържете се с поддръжката.
cpms-error-page = Страница
cpms-error-organisation = Организация
cpms-error-profiles-needed = Профили, нужни на тази страница там
cpms-error-profiles-held = Вашите профили там
cpms-error-no-profiles = няма
cpms-error-request-another-profile = За да поискате разрешение за използване на CPMS с друг профил, щракнете тук
cpms-error-reference = Референтен номер за поддръжката:
cpms-error-start-page = Към началната страница
