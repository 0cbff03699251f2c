### The interface in Russian. Status: draft translation by the hub's developers, not yet
### reviewed by Russian-speaking partners; every message should be checked before it is
### called reviewed. Translators: see en.ftl for what each message means.
###
### Terminology chosen (to check with partners): social prescribing = «социальное
### назначение»; case study = «пример из практики»; evidence = «доказательная база» (section)
### and «доказательные данные»; evidence summary = «сводка доказательных данных»; strength
### of evidence = «уровень доказательности»; champion = «амбассадор»; related approach =
### «смежный подход»; the hub (the site) = «платформа»; hub (the software) = hub.
###
### Plurals follow CLDR for Russian: [one] 1, 21, 31…; [few] 2–4, 22–24…; [many] 0, 5–20,
### 25–30…; *[other] fractions (written with the genitive singular).


## Values of the records' fields, shown as labels and badges. Each set lists every value
## the hub accepts (src/content/*.rs, src/collections/events/mod.rs).

status-agreed = Согласован
status-proposed = Предложен
status-deprecated = Устарел

strength-high = Высокий
strength-moderate = Умеренный
strength-low = Низкий
strength-emerging = Формирующийся

direction-improved = улучшение
direction-worsened = ухудшение
direction-no-change = без изменений
direction-mixed = разнонаправленные изменения
direction-unclear = неясно

case-kind-social-prescribing = Пример из практики
case-kind-related-approach = Смежный подход

programme-status-active = Действует
programme-status-ended = Завершена
programme-status-planned = Планируется

event-status-scheduled = Запланировано
event-status-postponed = Перенесено
event-status-cancelled = Отменено

event-attendance-online = Онлайн
event-attendance-in-person = { $city }, { $country }
event-attendance-hybrid = { $city }, { $country }, а также онлайн

# The SKOS match, read as «… соответствие».
match-exact = точное
match-close = близкое
match-broad = более широкое
match-narrow = более узкое
match-related = связанное

search-kind-glossary-term = Термин глоссария
search-kind-case-study = Пример из практики
search-kind-evidence = Доказательные данные
search-kind-champion = Амбассадор
search-kind-country = Страна
search-kind-event = Мероприятие
search-kind-page = Страница

collection-glossary = Глоссарий
collection-case-studies = Примеры из практики
collection-evidence = Доказательная база
collection-champions = Амбассадоры
collection-events = Мероприятия
collection-pages = Страницы

place-international = Международный уровень


## macros.html

sources-heading = Источники
source-page = с. { $page }

suggest-change = { $link } — откроется файл этой страницы в репозитории платформы, где его можно отредактировать в браузере и предложить изменение на рассмотрение (требуется бесплатная учетная запись). Подробнее: { $contribute }.
suggest-change-link = Предложить изменение этой страницы
suggest-change-contribute-link = как принять участие

propose-new-glossary = Предложить новый термин
propose-new-case-studies = Предложить новый пример из практики
propose-new-evidence = Предложить новую сводку доказательных данных
propose-new-champions = Предложить новый профиль амбассадора
propose-new-events = Предложить новое мероприятие
propose-new-note = откроется новый файл в репозитории платформы, уже заполненный, с пояснениями ко всем полям

reviewed-on = Последняя проверка: { $date }

study-card-since = с { $year } г.

champion-card-example = пример профиля

filter-design = Дизайн исследования
filter-country = Страна
filter-strength = Уровень доказательности
filter-profession = Профессия
filter-region = Регион
filter-interest = Сфера интересов
filter-any = Все
filter-clear = Сбросить

filter-status-shown = Показано: {"{"}shown{"}"} из {"{"}total{"}"}
list-status-loading = Загрузка всех страниц списка…
list-status-load-failed = Не удалось загрузить все страницы списка: показана только эта страница.

pagination-label = Страницы
pagination-range = { $first }–{ $last } из { $total }
pagination-previous = Предыдущая
pagination-next = Следующая


## base.html

base-feed-title = { $site }: новые примеры из практики и доказательные данные
base-skip-link = Перейти к основному содержанию
base-search-label = Поиск по платформе
base-search-placeholder = Поиск по платформе
base-search-button = Найти
base-nav-label = Основное меню
base-breadcrumb-label = Навигационная цепочка
base-footer-nav-label = Нижнее меню
base-footer-feed = Лента обновлений
base-footer-glossary-data = Данные глоссария (JSON)
base-languages-label = Языки
base-footer-publisher = Издатель: { $publisher }.
base-footer-note = Без файлов cookie, без трекеров, без сторонних ресурсов. Создано с помощью hub.


## 404.html

not-found-heading = Страница не найдена
not-found-lead = По этому адресу страницы нет. Возможно, она была перемещена или в ссылке допущена опечатка.
not-found-home = Главная
not-found-glossary = Глоссарий
not-found-case-studies = Примеры из практики
not-found-evidence = Доказательная база
not-found-champions = Справочник амбассадоров


## case_studies.html

case-studies-heading = Примеры из практики

# $countries is case-studies-lead-countries, written in the genitive («из 18 стран»).
case-studies-lead =
    { $count ->
        [one] { $count } пример из практики
        [few] { $count } примера из практики
        [many] { $count } примеров из практики
       *[other] { $count } примера из практики
    } — программы, политика и оценки в области социального назначения из { $countries }; примеры сгруппированы по регионам ВОЗ и странам.
case-studies-lead-territories =
    { $count ->
        [one] { $count } пример из практики
        [few] { $count } примера из практики
        [many] { $count } примеров из практики
       *[other] { $count } примера из практики
    } — программы, политика и оценки в области социального назначения из { $countries } и { $territories }; примеры сгруппированы по регионам ВОЗ и странам.
case-studies-lead-related =
    { $count ->
        [one] { $count } пример из практики
        [few] { $count } примера из практики
        [many] { $count } примеров из практики
       *[other] { $count } примера из практики
    } — программы, политика и оценки в области социального назначения из { $countries }; примеры сгруппированы по регионам ВОЗ и странам, а { $related ->
        [one] { $related } смежный подход приведен
        [few] { $related } смежных подхода приведены
        [many] { $related } смежных подходов приведены
       *[other] { $related } смежного подхода приведены
    } отдельно.
case-studies-lead-territories-related =
    { $count ->
        [one] { $count } пример из практики
        [few] { $count } примера из практики
        [many] { $count } примеров из практики
       *[other] { $count } примера из практики
    } — программы, политика и оценки в области социального назначения из { $countries } и { $territories }; примеры сгруппированы по регионам ВОЗ и странам, а { $related ->
        [one] { $related } смежный подход приведен
        [few] { $related } смежных подхода приведены
        [many] { $related } смежных подходов приведены
       *[other] { $related } смежного подхода приведены
    } отдельно.
# Genitive, as it follows «из» in the messages above: «из 1 страны», «из 3 стран», «из 21 страны».
case-studies-lead-countries =
    { $count ->
        [one] { $count } страны
        [few] { $count } стран
        [many] { $count } стран
       *[other] { $count } страны
    }

case-studies-coverage-how = Как ведется подсчет: по примерам из практики, представленным на этом сайте.
case-studies-coverage-rule = Страна учитывается, если хотя бы один пример из практики описывает программу, политику или оценку в области социального назначения в этой стране; территории не учитываются как страны, а смежные подходы (например, направление на физическую активность или медиация в сфере здоровья) не учитываются.
# [1] is an exact match (one place), not the CLDR category [one], which would also take 21.
case-studies-coverage-rule-related-only =
    Страна учитывается, если хотя бы один пример из практики описывает программу, политику или оценку в области социального назначения в этой стране; территории не учитываются как страны, а смежные подходы (например, направление на физическую активность или медиация в сфере здоровья) не учитываются ({ $places }: { $count ->
        [1] пока представлен только смежный подход
       *[other] пока представлены только смежные подходы
    }).
case-studies-coverage-comparison = Для сравнения: доклад «{ $report }» в редакции 2024 года (National Academy for Social Prescribing и International Social Prescribing Collaborative) охватывает 31 страну.
case-studies-coverage-report = Social Prescribing Around the World

case-studies-map-legend = Условные обозначения
case-studies-map-shade-1 = 1 пример из практики
case-studies-map-shade-2 = 2–3
case-studies-map-shade-3 = 4–9
case-studies-map-shade-4 = 10 и более
case-studies-map-caption = Выберите страну, чтобы увидеть ее примеры из практики; ниже те же страны перечислены по регионам ВОЗ. Картографические данные: Natural Earth (общественное достояние).
case-studies-regions-label = Регионы
case-studies-related-approach = смежный подход
case-studies-status-active = действует
case-studies-status-ended = завершена
case-studies-status-planned = планируется


## case_study.html

case-study-related-notice = Это смежный подход, а не социальное назначение в том смысле, в каком его описывает международное определение 2023 года. Платформа приводит его для сравнения и учитывает отдельно от программ социального назначения.
case-study-place = Место
case-study-setting = Условия оказания помощи
case-study-model = Модель
case-study-status = Статус
case-study-population = Целевая группа
case-study-started = Начало
case-study-organisations = Организации
case-study-region = Регион ВОЗ
case-study-found-heading = Полученные результаты
case-study-evidence-heading = Доказательные данные
case-study-added = Добавлено: { $date }


## champion.html

champion-kicker = Амбассадор
champion-example-notice = Это пример профиля, показывающий, как выглядит запись об амбассадоре. Он не описывает реального человека.
champion-profession = Профессия
champion-setting = Сфера деятельности
champion-organisation = Организация
champion-region = Регион
champion-country = Страна
champion-since = Амбассадор с
champion-languages = Языки
champion-interests = Сферы интересов
champion-activities = Деятельность
champion-contact = Контакты
champion-introduce-link = Попросить редакторов познакомить вас
champion-introduce-note = { $name }: контактные данные не опубликованы; редакторы передадут ваше сообщение с согласия амбассадора.
champion-links-heading = Ссылки


## champions.html

champions-heading = Справочник амбассадоров
champions-lead =
    { $count ->
        [one] { $count } амбассадор, который повышает осведомленность о социальном назначении в своей профессиональной среде и своем регионе.
        [few] { $count } амбассадора, которые повышают осведомленность о социальном назначении в своей профессиональной среде и своем регионе.
        [many] { $count } амбассадоров, которые повышают осведомленность о социальном назначении в своей профессиональной среде и своем регионе.
       *[other] { $count } амбассадора, которые повышают осведомленность о социальном назначении в своей профессиональной среде и своем регионе.
    } Контактные данные публикуются только с согласия амбассадора.
champions-filter-legend = Отбор амбассадоров
champions-professions-label = Профессии


## contribute.html

contribute-reference-heading = Все поля всех коллекций
contribute-reference-intro = Этот справочник создается на основе тех же схем, которые используют { $check } и { $schema }, поэтому он всегда соответствует тому, что принимает hub. Обязательные поля должны присутствовать; контролируемые поля принимают одно из перечисленных значений.
contribute-collections-label = Коллекции
contribute-reference-files = { $file }, схема { $schema }
contribute-field = Поле
contribute-type = Тип
contribute-required = Обязательное
contribute-meaning = Описание и допустимые значения
contribute-field-required = обязательное
contribute-field-optional = необязательное
contribute-allowed-count =
    { $count ->
        [one] { $count } допустимое значение
        [few] { $count } допустимых значения
        [many] { $count } допустимых значений
       *[other] { $count } допустимого значения
    }
contribute-allowed = Допустимые значения: { $values }


## country.html

country-heading = Социальное назначение: { $country }
country-case-studies-heading = Примеры из практики
country-labels-heading = Термины, используемые в стране { $country }
country-label-see = см. { $term }
country-evidence-heading = Доказательные данные
country-all-evidence = { $link } (в таблице доказательных данных, с отбором по стране).
country-all-evidence-link =
    { $count ->
        [one] { $count } сводка доказательных данных по стране { $country }
        [few] Все { $count } сводки доказательных данных по стране { $country }
        [many] Все { $count } сводок доказательных данных по стране { $country }
       *[other] { $count } сводки доказательных данных по стране { $country }
    }
country-champions-heading = Амбассадоры
country-all-champions = { $link } (в справочнике, с отбором по стране).
country-all-champions-link =
    { $count ->
        [one] { $count } амбассадор в стране { $country }
        [few] Все { $count } амбассадора в стране { $country }
        [many] Все { $count } амбассадоров в стране { $country }
       *[other] { $count } амбассадора в стране { $country }
    }


## event.html

event-kicker = Мероприятие
event-upcoming = предстоящее
event-past = прошедшее
event-when = Когда
event-where = Место проведения
event-organiser = Организатор
event-audience = Целевая аудитория
event-language = Язык
event-organiser-page = Страница организатора
event-link-upcoming = Программа и регистрация
event-link-past = Страница мероприятия
event-terms-heading = Связанные термины
event-built = Предстоящее или прошедшее — по состоянию на { $date }, когда была создана эта страница. { $calendar }.
event-calendar-link = Добавить мероприятия платформы в свой календарь
event-unreadable = Не удалось прочитать даты этого мероприятия; выполните { $command }.


## events.html

events-calendar-title = Мероприятия (iCalendar)
events-heading = Мероприятия
# $feed: a link whose text is events-lead-feed, in the genitive after «с помощью».
events-lead = Конференции, вебинары и встречи специалистов в области социального назначения. Для каждого мероприятия дана ссылка на страницу организатора; добавить их в свой календарь можно с помощью { $feed }.
events-lead-feed = ленты iCalendar
events-built = Эта страница создана { $date }: мероприятия, не завершившиеся к этой дате, указаны как предстоящие.
events-upcoming-heading = Предстоящие
events-past-heading = Прошедшие
events-no-upcoming = Предстоящих мероприятий пока нет.
events-no-past = Прошедших мероприятий нет.


## evidence.html

evidence-kicker = Сводка доказательных данных
evidence-where = Место проведения
evidence-setting = Условия оказания помощи
evidence-design = Дизайн исследования
evidence-sample = Выборка
evidence-strength = Уровень доказательности
evidence-outcomes-heading = Исходы
evidence-outcome-measure = Показатель
evidence-outcome-result = Результат
evidence-outcome-direction = Направление изменений
evidence-outcome-comparison = Группа сравнения
evidence-case-studies-heading = Примеры из практики, основанные на этих данных
evidence-citation-heading = Библиографическая ссылка
evidence-further-sources = Дополнительные источники


## evidence_index.html

evidence-index-heading = Доказательная база
evidence-index-lead =
    { $count ->
        [one] { $count } структурированная сводка оценок и обзоров в области социального назначения.
        [few] { $count } структурированные сводки оценок и обзоров в области социального назначения.
        [many] { $count } структурированных сводок оценок и обзоров в области социального назначения.
       *[other] { $count } структурированной сводки оценок и обзоров в области социального назначения.
    } Уровень доказательности показывает, насколько дизайн исследования позволяет делать уверенные выводы; для значительной части данных он пока низкий или формирующийся.
evidence-index-filter-legend = Отбор сводок
evidence-index-caption = Сводки доказательных данных, сначала новые
evidence-index-study = Исследование
evidence-index-year = Год
evidence-index-where = Место
evidence-index-design = Дизайн
evidence-index-sample = Выборка
evidence-index-strength = Уровень доказательности
evidence-index-year-not-stated = не указан


## glossary.html

glossary-turtle-title = Глоссарий в формате SKOS (Turtle)
glossary-jsonld-title = Глоссарий в формате SKOS (JSON-LD)
glossary-csv-title = Глоссарий в формате CSV
glossary-heading = Глоссарий
glossary-lead =
    { $count ->
        [one] { $count } термин в области социального назначения с названиями, используемыми в разных странах и на разных языках.
        [few] { $count } термина в области социального назначения с названиями, используемыми в разных странах и на разных языках.
        [many] { $count } терминов в области социального назначения с названиями, используемыми в разных странах и на разных языках.
       *[other] { $count } термина в области социального назначения с названиями, используемыми в разных странах и на разных языках.
    }
# $csv: a link whose text is glossary-lead-csv, in the genitive after «в виде».
glossary-lead-formats = У каждого термина есть постоянный идентификатор (IRI); весь словарь доступен в формате { $json }, в виде схемы понятий SKOS в форматах { $turtle } и { $jsonld }, а также в виде { $csv } — по одной строке на каждый термин и язык. { $releases }.
glossary-lead-csv = электронной таблицы (CSV)
glossary-lead-releases = Выпуски и изменения в каждом из них
glossary-languages-heading = Просмотр на другом языке
glossary-letters-label = Буквы
glossary-filter-label = Фильтр терминов
glossary-filter-placeholder = например, link worker, PCN
glossary-term-languages =
    { $count ->
        [one] { $count } язык
        [few] { $count } языка
        [many] { $count } языков
       *[other] { $count } языка
    }
glossary-term-languages-title =
    { $count ->
        [one] Переведен на { $count } язык
        [few] Переведен на { $count } языка
        [many] Переведен на { $count } языков
       *[other] Переведен на { $count } языка
    }


## glossary_lang.html

# $language is the language's English name (e.g. French), hence the colon or parentheses.
glossary-lang-heading = Глоссарий: { $language }
glossary-lang-lead =
    { $count ->
        [one] { $count } термин, имеющий название на этом языке ({ $language }); термин приведен по этому названию, рядом указан английский термин.
        [few] { $count } термина, имеющих название на этом языке ({ $language }); термины приведены по этим названиям, рядом с каждым указан английский термин.
        [many] { $count } терминов, имеющих название на этом языке ({ $language }); термины приведены по этим названиям, рядом с каждым указан английский термин.
       *[other] { $count } термина, имеющих название на этом языке ({ $language }); термины приведены по этим названиям, рядом с каждым указан английский термин.
    } Эти переводы являются предлагаемыми и подлежат проверке партнерами, если на странице термина не указано иное.
glossary-lang-english-term = Английский термин
glossary-lang-english-definition = Определение (на английском языке)


## home.html

home-intro-link = Что такое социальное назначение?
home-glossary-link = Перейти к глоссарию
home-stats-heading = Платформа в цифрах
home-stats-terms =
    { $count ->
        [one] { $number } термин глоссария
        [few] { $number } термина глоссария
        [many] { $number } терминов глоссария
       *[other] { $number } термина глоссария
    }
home-stats-case-studies =
    { $count ->
        [one] { $number } пример из практики социального назначения
        [few] { $number } примера из практики социального назначения
        [many] { $number } примеров из практики социального назначения
       *[other] { $number } примера из практики социального назначения
    } в { $country_count ->
        [one] { $countries } стране
        [few] { $countries } странах
        [many] { $countries } странах
       *[other] { $countries } странах
    }
home-stats-evidence =
    { $count ->
        [one] { $number } сводка доказательных данных
        [few] { $number } сводки доказательных данных
        [many] { $number } сводок доказательных данных
       *[other] { $number } сводки доказательных данных
    }
home-stats-champions =
    { $count ->
        [one] { $number } амбассадор
        [few] { $number } амбассадора
        [many] { $number } амбассадоров
       *[other] { $number } амбассадора
    }
home-terms-heading = Общий язык
home-terms-intro = Глоссарий отводит каждому понятию социального назначения отдельную страницу: определение, названия, используемые в разных странах, переводы и источники. Партнеры могут ссылаться на каждый термин по постоянному идентификатору (IRI), который не меняется при переносе сайта.
home-world-heading = По всему миру
home-map-caption = Страны, по которым есть примеры из практики, окрашены в зависимости от их числа; выберите страну, чтобы открыть ее страницу. { $link }.
home-map-caption-link = Все примеры из практики по регионам
home-recent-heading = Недавно добавленные


## mentions.html

mentions-heading = Страницы, где упоминается { $term }
mentions-lead =
    { $count ->
        [one] Этот термин упоминается на { $count } странице платформы; страницы сгруппированы по разделам.
        [few] Этот термин упоминается на { $count } страницах платформы; страницы сгруппированы по разделам.
        [many] Этот термин упоминается на { $count } страницах платформы; страницы сгруппированы по разделам.
       *[other] Этот термин упоминается на { $count } страницы платформы; страницы сгруппированы по разделам.
    }
mentions-count =
    { $count ->
        [one] ({ $count } упоминание)
        [few] ({ $count } упоминания)
        [many] ({ $count } упоминаний)
       *[other] ({ $count } упоминания)
    }


## page.html

page-toc-heading = Содержание


## release.html

release-heading = Выпуск глоссария { $version }
release-lead =
    Опубликован { $date }; содержит { $count ->
        [one] { $count } термин
        [few] { $count } термина
        [many] { $count } терминов
       *[other] { $count } термина
    }.
release-first = Это первый выпуск: все термины новые.
release-changes-since = Изменения по сравнению с выпуском { $release }.
release-files-heading = Файлы этого выпуска
release-changes-heading = Что изменилось
release-replaced-by = используйте { $term }
release-no-changes = Ни один термин не изменился.


## releases.html

releases-heading = Выпуски глоссария
releases-lead = Выпуск фиксирует состояние глоссария: его файлы остаются опубликованными без изменений, чтобы партнер мог сослаться на термин в том виде, в каком он был, и в каждом выпуске перечислены изменения по сравнению с предыдущим. Идентификатор термина (IRI) никогда не удаляется и не используется повторно; термин, который больше не является предпочтительным, помечается как устаревший и указывает на заменивший его термин.
releases-release = Выпуск
releases-date = Дата
releases-terms = Термины
releases-changed = Добавленные или измененные термины
releases-unreleased-heading = Еще не выпущено
releases-unreleased = Изменения после выпуска { $release }, которые войдут в следующий выпуск:
releases-up-to-date = Глоссарий соответствует выпуску { $release }.
releases-none = Редакторы еще не опубликовали ни одного выпуска. До тех пор файлы глоссария отражают его текущее состояние.


## search.html

search-heading = Поиск
search-label = Поиск по глоссарию, примерам из практики, доказательным данным и амбассадорам
search-button = Найти
# The site's records are in English, so the examples stay in English (they find pages).
search-hint = Попробуйте, например, «link worker», «Japan», «loneliness» или «A&E». Для перехода между результатами используйте клавиши со стрелками.

search-status-short = Введите слово длиной не менее двух букв.
search-status-searching = Поиск…
search-status-none = По запросу «{"{"}query{"}"}» ничего не найдено
search-status-one = Найдено результатов по запросу «{"{"}query{"}"}»: 1
search-status-all = Найдено результатов по запросу «{"{"}query{"}"}»: {"{"}total{"}"}
search-status-some = Найдено результатов по запросу «{"{"}query{"}"}»: {"{"}total{"}"}, показано: {"{"}shown{"}"}
search-status-best = Наиболее релевантные результаты по запросу «{"{"}query{"}"}»: {"{"}total{"}"}, показано: {"{"}shown{"}"}
search-status-failed = Не удалось загрузить поиск. Воспользуйтесь глоссарием или разделом примеров из практики.
search-more = Показать еще результаты
search-in-default-language = Искать также на страницах, не переведённых на русский язык (на английском)

search-needs-js = Поиск выполняется в вашем браузере и требует JavaScript. Без него воспользуйтесь разделами: { $glossary }, { $case_studies } или { $evidence }.
search-not-built = Поиск для этого сайта не создан. Воспользуйтесь разделами: { $glossary }, { $case_studies } или { $evidence }.
search-browse-glossary = глоссарий от А до Я
search-browse-case-studies = примеры из практики по регионам
search-browse-evidence = таблица доказательных данных


## term.html

term-jsonld-title = Этот термин в формате SKOS (JSON-LD)
term-kicker = Термин глоссария
term-deprecated = Этот термин устарел. Его адрес сохраняется, чтобы существующие ссылки продолжали работать.
term-deprecated-replaced = Этот термин устарел: вместо него используйте { $term }. Его адрес сохраняется, чтобы существующие ссылки продолжали работать.
term-definition-quoted = { $term } — «{ $definition }»
term-quoted-from = Дословная цитата из источника: { $source }.
term-definition = { $term } — { $definition }
term-definition-note = Определение сформулировано редакторами платформы; см. источники ниже.
term-jurisdiction = Административный термин, применяемый только в одной стране или одном регионе ({ $place }): в других странах эта сфера организована иначе.
term-aliases = Другие названия
term-abbreviations = Сокращения
term-regional-heading = Названия, используемые в отдельных странах
term-regional-label = Название
term-regional-language = Язык
term-regional-where = Где используется
term-translations-heading = Переводы
term-translations-note = Название с пометкой { $in_use } используется для этого понятия в источнике, указанном рядом. Название с пометкой { $proposed } — предложение платформы, ожидающее проверки партнерами, работающими на этом языке; оно не является официальным термином.
term-translation-in-use = используется
term-translation-proposed = предлагается
term-translations-language = Язык
term-translations-label = Название
term-translations-status = Статус
term-mappings-heading = Коды в других системах
term-mappings-system = Система
term-mappings-code = Код
term-mappings-label = Название в системе
term-mappings-match = Соответствие
term-mappings-source = Источник
term-relations-heading = Связанные термины
term-broader = Более широкие
term-narrower = Более узкие
term-related = Связанные
term-mentions-heading = Упоминания
term-mention-pages =
    { $count ->
        [one] Этот термин упоминается на { $count } странице.
        [few] Этот термин упоминается на { $count } страницах.
        [many] Этот термин упоминается на { $count } страницах.
       *[other] Этот термин упоминается на { $count } страницы.
    }
term-mentions-more = и еще { $count }
term-mentions-all =
    { $count ->
        [one] { $count } страница, где упоминается { $term }
        [few] Все { $count } страницы, где упоминается { $term }
        [many] Все { $count } страниц, где упоминается { $term }
       *[other] { $count } страницы, где упоминается { $term }
    }
term-mentions-none = Этот термин пока не упоминается ни на одной странице.
term-history-heading = История
term-history-added = Добавлен в выпуске { $release } ({ $date })
term-history-changed = Выпуск { $release } ({ $date }): { $changes }
term-cite-heading = Как сослаться на этот термин
term-cite-iri = Идентификатор (IRI):
term-copy-iri = Скопировать IRI
term-copied-iri = IRI скопирован.
term-cite-iri-note = IRI обозначает это понятие в данных и документах и не меняется при переносе сайта; устаревший термин сохраняет свой IRI.
term-cite-page = Эта страница:
term-copy-link = Скопировать ссылку
term-copied-link = Ссылка скопирована.
term-cite-citation = Библиографическая ссылка на этот термин:
# Laid out after GOST R 7.0.100 («//» before the site, «URL:» before the address).
term-citation =
    { $publisher }. «{ $term }» // { $site }: { $status ->
        [proposed] глоссарий (предлагаемый термин)
        [deprecated] глоссарий (устаревший термин)
       *[agreed] глоссарий
    }. { $iri }. URL: { $url }
term-copy-citation = Скопировать библиографическую ссылку
term-copied-citation = Библиографическая ссылка скопирована.
term-copy-failed = Браузер не разрешил копирование; выделите текст вручную.
term-machine-readable = Машиночитаемые форматы: глоссарий в формате { $json }, в виде SKOS в форматах { $turtle } и { $jsonld } (IRI этого понятия указан выше), а также в формате { $csv }.


## Titles, descriptions and breadcrumbs that the Rust code writes into the pages' context
## (src/render/pages, src/collections, src/i18n): plain text, shown in the browser's tab,
## in search engines and in the breadcrumbs.

crumb-home = Главная
page-number = Страница { $count }
page-title-numbered = { $title } (страница { $number } из { $count })
glossary-title = Глоссарий
glossary-description = Общий словарь социального назначения: определения, синонимы, используемые в разных странах, переводы и источники.
glossary-language-title = Глоссарий: { $language }
glossary-language-description = Термины социального назначения по их названиям на выбранном языке ({ $language }) с соответствующими английскими терминами.
mentions-title = Страницы, где упоминается «{ $label }»
mentions-crumb = Упоминания
case-studies-title = Примеры из практики
case-studies-description = Социальное назначение на практике в разных странах мира — по регионам ВОЗ и странам.
country-description = Социальное назначение: { $country } — примеры из практики, доказательные данные, амбассадоры и используемые термины.
evidence-title = Доказательная база
evidence-description = Структурированные сводки оценок и обзоров в области социального назначения с количественными данными и библиографическими ссылками.
champions-title = Справочник амбассадоров
champions-description = Амбассадоры социального назначения из клинической практики и местных сообществ — по профессиям, регионам и сферам интересов.
champions-crumb = Амбассадоры
events-title = Мероприятия
events-description = Конференции, вебинары и встречи специалистов в области социального назначения — предстоящие и прошедшие, с лентой для календаря.
search-title = Поиск
search-description = Поиск по глоссарию, примерам из практики, доказательным данным и амбассадорам.
not-found-title = Страница не найдена
not-found-description = Запрошенная страница отсутствует.
language-name = Русский
language-not-translated = (не переведена)


## The notice at the top of a record's page in a language other than the default.

translation-proposed = Предлагаемый перевод: выполнен платформой, еще не проверен носителями этого языка и не подтвержден источником на этом языке.
translation-attested = Перевод подтвержден документами на этом языке (см. ниже).
translation-body-original = Остальная часть страницы приводится на языке оригинала.
translation-sources = Источники перевода:
