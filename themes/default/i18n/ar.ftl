### The interface in Arabic. Status: draft translation by the hub's developers, not yet
### reviewed by Arabic-speaking partners; every message should be checked before it is
### called reviewed. Translators: see en.ftl for what each message means.
###
### Choices to check (in English):
### - "social prescribing" is «الوصفات الاجتماعية» (as in WHO's Arabic documents);
###   "evidence" is «البيّنات» and "outcomes" «الحصائل» (WHO EMRO usage); "champion" is
###   «مناصر»; "the hub" (the site) is «المنصة», while "hub" (the software) stays as written.
### - "WHO region" is «إقليم منظمة الصحة العالمية», so "territories" (such as Hong Kong)
###   are «المناطق», to keep them apart from WHO regions.
### - Plurals use Arabic's CLDR categories (zero, one, two, few, many, other). In running
###   text, one and two are written as words (دراسة حالة واحدة، دراستا حالة); in the home
###   page's figures, the number (in bold) is always shown.


## Values of the records' fields, shown as labels and badges. Each set lists every value
## the hub accepts (src/content/*.rs, src/collections/events/mod.rs).

status-agreed = معتمد
status-proposed = مقترح
status-deprecated = مهجور

strength-high = مرتفعة
strength-moderate = متوسطة
strength-low = منخفضة
strength-emerging = ناشئة

direction-improved = تحسّن
direction-worsened = تدهور
direction-no-change = دون تغيير
direction-mixed = متباين
direction-unclear = غير واضح

case-kind-social-prescribing = دراسة حالة
case-kind-related-approach = نهج ذو صلة

programme-status-active = نشط
programme-status-ended = منتهٍ
programme-status-planned = مخطط له

event-status-scheduled = في موعدها
event-status-postponed = مؤجلة
event-status-cancelled = ملغاة

event-attendance-online = عبر الإنترنت
event-attendance-in-person = { $city }، { $country }
event-attendance-hybrid = { $city }، { $country }، وعبر الإنترنت

match-exact = تطابق تام
match-close = تطابق وثيق
match-broad = أعم
match-narrow = أخص
match-related = ذو صلة

search-kind-glossary-term = مصطلح في المسرد
search-kind-case-study = دراسة حالة
search-kind-evidence = ملخص بيّنات
search-kind-champion = مناصر
search-kind-country = بلد
search-kind-event = فعالية
search-kind-page = صفحة

collection-glossary = مسرد المصطلحات
collection-case-studies = دراسات الحالة
collection-evidence = البيّنات
collection-champions = المناصرون
collection-events = الفعاليات
collection-pages = الصفحات

place-international = دولي


## macros.html

sources-heading = المصادر
source-page = ص. { $page }

suggest-change = { $link } — يفتح ملف هذه الصفحة في مستودع المنصة، حيث يمكنك تعديله في المتصفح واقتراح التغيير للمراجعة (يلزم حساب مجاني). انظر { $contribute }.
suggest-change-link = اقترح تعديلًا على هذه الصفحة
suggest-change-contribute-link = كيفية المساهمة

propose-new-glossary = اقترح مصطلحًا جديدًا
propose-new-case-studies = اقترح دراسة حالة جديدة
propose-new-evidence = اقترح ملخص بيّنات جديدًا
propose-new-champions = اقترح ملفًا تعريفيًا جديدًا لمناصر
propose-new-events = اقترح فعالية جديدة
propose-new-note = يفتح في مستودع المنصة ملفًا جديدًا معبّأً مسبقًا، مع شرح لكل حقل من حقوله

reviewed-on = آخر مراجعة: { $date }

study-card-since = منذ { $year }

champion-card-example = ملف تعريفي توضيحي

filter-design = تصميم الدراسة
filter-country = البلد
filter-strength = قوة البيّنات
filter-profession = المهنة
filter-region = الإقليم
filter-interest = مجال الاهتمام
filter-any = الكل
filter-clear = مسح

filter-status-shown = المعروض: {"{"}shown{"}"} من {"{"}total{"}"}
list-status-loading = جارٍ تحميل جميع صفحات القائمة…
list-status-load-failed = تعذّر تحميل جميع صفحات القائمة؛ تُعرض هذه الصفحة فقط.

pagination-label = الصفحات
pagination-range = { $first }–{ $last } من { $total }
pagination-previous = السابق
pagination-next = التالي


## base.html

base-feed-title = { $site }: دراسات حالة وبيّنات جديدة
base-skip-link = الانتقال إلى المحتوى الرئيسي
base-search-label = البحث في المنصة
base-search-placeholder = ابحث في المنصة
base-search-button = بحث
base-nav-label = القائمة الرئيسية
base-breadcrumb-label = مسار التنقل
base-footer-nav-label = تذييل الصفحة
base-footer-feed = موجز الويب
base-footer-glossary-data = بيانات المسرد (JSON)
base-languages-label = اللغات
base-footer-publisher = الناشر: { $publisher }.
base-footer-note = لا ملفات تعريف ارتباط، ولا أدوات تتبّع، ولا موارد من أطراف ثالثة. أُنشئ هذا الموقع باستخدام hub.


## 404.html

not-found-heading = الصفحة غير موجودة
not-found-lead = لا توجد صفحة على هذا العنوان. ربما نُقلت إلى عنوان آخر، أو ربما يتضمن الرابط خطأً مطبعيًا.
not-found-home = الصفحة الرئيسية
not-found-glossary = مسرد المصطلحات
not-found-case-studies = دراسات الحالة
not-found-evidence = البيّنات
not-found-champions = دليل المناصرين


## case_studies.html

case-studies-heading = دراسات الحالة

case-studies-lead =
    تعرض هذه الصفحة { $count ->
        [zero] { $count } دراسة حالة
        [one] دراسة حالة واحدة
        [two] دراستَي حالة
        [few] { $count } دراسات حالة
        [many] { $count } دراسة حالة
       *[other] { $count } دراسة حالة
    } عن برامج الوصفات الاجتماعية وسياساتها وتقييماتها من { $countries }، حسب إقليم منظمة الصحة العالمية والبلد.
case-studies-lead-territories =
    تعرض هذه الصفحة { $count ->
        [zero] { $count } دراسة حالة
        [one] دراسة حالة واحدة
        [two] دراستَي حالة
        [few] { $count } دراسات حالة
        [many] { $count } دراسة حالة
       *[other] { $count } دراسة حالة
    } عن برامج الوصفات الاجتماعية وسياساتها وتقييماتها من { $countries } و{ $territories }، حسب إقليم منظمة الصحة العالمية والبلد.
case-studies-lead-related =
    تعرض هذه الصفحة { $count ->
        [zero] { $count } دراسة حالة
        [one] دراسة حالة واحدة
        [two] دراستَي حالة
        [few] { $count } دراسات حالة
        [many] { $count } دراسة حالة
       *[other] { $count } دراسة حالة
    } عن برامج الوصفات الاجتماعية وسياساتها وتقييماتها من { $countries }، حسب إقليم منظمة الصحة العالمية والبلد، مع عرض { $related ->
        [zero] { $related } نهج ذي صلة
        [one] نهج واحد ذي صلة
        [two] نهجين ذوي صلة
        [few] { $related } نُهُج ذات صلة
        [many] { $related } نهجًا ذا صلة
       *[other] { $related } نهج ذي صلة
    } على حدة.
case-studies-lead-territories-related =
    تعرض هذه الصفحة { $count ->
        [zero] { $count } دراسة حالة
        [one] دراسة حالة واحدة
        [two] دراستَي حالة
        [few] { $count } دراسات حالة
        [many] { $count } دراسة حالة
       *[other] { $count } دراسة حالة
    } عن برامج الوصفات الاجتماعية وسياساتها وتقييماتها من { $countries } و{ $territories }، حسب إقليم منظمة الصحة العالمية والبلد، مع عرض { $related ->
        [zero] { $related } نهج ذي صلة
        [one] نهج واحد ذي صلة
        [two] نهجين ذوي صلة
        [few] { $related } نُهُج ذات صلة
        [many] { $related } نهجًا ذا صلة
       *[other] { $related } نهج ذي صلة
    } على حدة.
# Follows "من" (from) in the leads above, hence the genitive (بلدين).
case-studies-lead-countries =
    { $count ->
        [zero] { $count } بلد
        [one] بلد واحد
        [two] بلدين
        [few] { $count } بلدان
        [many] { $count } بلدًا
       *[other] { $count } بلد
    }

case-studies-coverage-how = طريقة العد: استنادًا إلى دراسات الحالة المنشورة على هذا الموقع.
case-studies-coverage-rule = يُحتسب البلد عندما تصف دراسة حالة واحدة على الأقل برنامجًا أو سياسة أو تقييمًا للوصفات الاجتماعية فيه؛ ولا تُحتسب المناطق بوصفها بلدانًا، ولا تُحتسب النُّهُج ذات الصلة (مثل الإحالة إلى ممارسة النشاط البدني أو الوساطة الصحية).
case-studies-coverage-rule-related-only =
    يُحتسب البلد عندما تصف دراسة حالة واحدة على الأقل برنامجًا أو سياسة أو تقييمًا للوصفات الاجتماعية فيه؛ ولا تُحتسب المناطق بوصفها بلدانًا، ولا تُحتسب النُّهُج ذات الصلة (مثل الإحالة إلى ممارسة النشاط البدني أو الوساطة الصحية)؛ ولم يُوصف حتى الآن في { $places } سوى { $count ->
        [one] نهج ذي صلة
       *[other] نُهُج ذات صلة
    }.
case-studies-coverage-comparison = للمقارنة، يغطي إصدار عام 2024 من تقرير { $report } (الصادر عن الأكاديمية الوطنية للوصفات الاجتماعية والشبكة الدولية للتعاون في مجال الوصفات الاجتماعية) 31 بلدًا.
case-studies-coverage-report = Social Prescribing Around the World

case-studies-map-legend = مفتاح الخريطة
case-studies-map-shade-1 = دراسة حالة واحدة
case-studies-map-shade-2 = 2–3
case-studies-map-shade-3 = 4–9
case-studies-map-shade-4 = 10 أو أكثر
case-studies-map-caption = اختر بلدًا للاطلاع على دراسات الحالة الخاصة به؛ وترد البلدان نفسها أدناه حسب أقاليم منظمة الصحة العالمية. بيانات الخريطة: Natural Earth (ملك عام).
case-studies-regions-label = الأقاليم
case-studies-related-approach = نهج ذو صلة
case-studies-status-active = نشط
case-studies-status-ended = منتهٍ
case-studies-status-planned = مخطط له


## case_study.html

case-study-related-notice = هذا نهج ذو صلة، وليس من الوصفات الاجتماعية بالمعنى الوارد في التعريف الدولي لعام 2023. وتعرضه المنصة لأغراض المقارنة، وتحتسبه بمعزل عن برامج الوصفات الاجتماعية.
case-study-place = المكان
case-study-setting = الإطار
case-study-model = النموذج
case-study-status = الحالة
case-study-population = الفئات المستفيدة
case-study-started = تاريخ البدء
case-study-organisations = الجهات المعنية
case-study-region = إقليم منظمة الصحة العالمية
case-study-found-heading = ما توصلت إليه الدراسة
case-study-evidence-heading = البيّنات
case-study-added = تاريخ الإضافة: { $date }


## champion.html

champion-kicker = مناصر
champion-example-notice = هذا ملف تعريفي توضيحي يبيّن الشكل الذي يظهر به قيد المناصر في الدليل، ولا يصف شخصًا حقيقيًا.
champion-profession = المهنة
champion-setting = الإطار
champion-organisation = الجهة
champion-region = الإقليم
champion-country = البلد
champion-since = مناصر منذ
champion-languages = اللغات
champion-interests = مجالات الاهتمام
champion-activities = الأنشطة
champion-contact = معلومات الاتصال
champion-introduce-link = اطلب من فريق التحرير تعريفك بهذا المناصر
champion-introduce-note = لم تُنشر بيانات الاتصال الخاصة بـ{ $name }؛ ويتولى فريق التحرير نقل رسالتك بعد الحصول على موافقة صاحب الملف.
champion-links-heading = روابط


## champions.html

champions-heading = دليل المناصرين
champions-lead =
    { $count ->
        [zero] لا يضم الدليل أي مناصر حتى الآن.
        [one] مناصر واحد يعمل على التوعية بالوصفات الاجتماعية في مهنته وإقليمه.
        [two] مناصران يعملان على التوعية بالوصفات الاجتماعية في مهنتيهما وإقليميهما.
        [few] { $count } مناصرين يعملون على التوعية بالوصفات الاجتماعية في مهنهم وأقاليمهم.
        [many] { $count } مناصرًا يعملون على التوعية بالوصفات الاجتماعية في مهنهم وأقاليمهم.
       *[other] { $count } مناصر يعملون على التوعية بالوصفات الاجتماعية في مهنهم وأقاليمهم.
    } ولا تُعرض بيانات الاتصال إلا إذا وافق المناصر على نشرها.
champions-filter-legend = تصفية المناصرين
champions-professions-label = المهن


## contribute.html

contribute-reference-heading = جميع حقول كل مجموعة
contribute-reference-intro = يُولَّد هذا المرجع من المخططات نفسها التي يستخدمها الأمران { $check } و{ $schema }، ولذلك يطابق دائمًا ما تقبله المنصة. يجب أن تكون الحقول الإلزامية موجودة، وتأخذ الحقول المقيَّدة إحدى القيم المدرجة.
contribute-collections-label = المجموعات
contribute-reference-files = { $file }، والمخطط { $schema }
contribute-field = الحقل
contribute-type = النوع
contribute-required = إلزامي
contribute-meaning = المعنى والقيم المسموح بها
contribute-field-required = إلزامي
contribute-field-optional = اختياري
contribute-allowed-count =
    { $count ->
        [zero] لا توجد قيم مسموح بها
        [one] قيمة واحدة مسموح بها
        [two] قيمتان مسموح بهما
        [few] { $count } قيم مسموح بها
        [many] { $count } قيمة مسموحًا بها
       *[other] { $count } قيمة مسموح بها
    }
contribute-allowed = القيم المسموح بها: { $values }


## country.html

country-heading = الوصفات الاجتماعية في { $country }
country-case-studies-heading = دراسات الحالة
country-labels-heading = المصطلحات المستخدمة في { $country }
country-label-see = انظر { $term }
country-evidence-heading = البيّنات
country-all-evidence = { $link } (في جدول البيّنات، بعد التصفية).
country-all-evidence-link =
    { $count ->
        [one] ملخص البيّنات الوحيد عن { $country }
        [two] ملخصا البيّنات عن { $country }
       *[other] جميع ملخصات البيّنات عن { $country }، وعددها { $count }
    }
country-champions-heading = المناصرون
country-all-champions = { $link } (في الدليل، بعد التصفية).
country-all-champions-link =
    { $count ->
        [one] المناصر الوحيد في { $country }
        [two] المناصران في { $country }
       *[other] جميع المناصرين في { $country }، وعددهم { $count }
    }


## event.html

event-kicker = فعالية
event-upcoming = قادمة
event-past = سابقة
event-when = الموعد
event-where = المكان
event-organiser = الجهة المنظِّمة
event-audience = الفئة المستهدفة
event-language = اللغة
event-organiser-page = صفحة الجهة المنظِّمة
event-link-upcoming = البرنامج والتسجيل
event-link-past = صفحة الفعالية
event-terms-heading = مصطلحات ذات صلة
event-built = تُصنَّف الفعالية قادمةً أو سابقةً بحسب تاريخ إنشاء هذه الصفحة ({ $date }). { $calendar }.
event-calendar-link = أضف فعاليات المنصة إلى تقويمك
event-unreadable = تعذّرت قراءة تواريخ هذه الفعالية؛ شغّل الأمر { $command }.


## events.html

events-calendar-title = الفعاليات (iCalendar)
events-heading = الفعاليات
events-lead = مؤتمرات وندوات عبر الإنترنت ولقاءات في مجال الوصفات الاجتماعية. ولكل فعالية رابط إلى صفحة الجهة المنظِّمة لها؛ ويمكنك إضافة الفعاليات إلى تقويمك عبر { $feed }.
events-lead-feed = موجز iCalendar
events-built = أُنشئت هذه الصفحة في { $date }: تُدرج الفعاليات التي لم تكن قد انتهت حتى ذلك التاريخ ضمن الفعاليات القادمة.
events-upcoming-heading = الفعاليات القادمة
events-past-heading = الفعاليات السابقة
events-no-upcoming = لا توجد فعاليات قادمة مدرجة حتى الآن.
events-no-past = لا توجد فعاليات سابقة مدرجة.


## evidence.html

evidence-kicker = ملخص بيّنات
evidence-where = المكان
evidence-setting = الإطار
evidence-design = تصميم الدراسة
evidence-sample = العيّنة
evidence-strength = قوة البيّنات
evidence-outcomes-heading = الحصائل
evidence-outcome-measure = المقياس
evidence-outcome-result = النتيجة
evidence-outcome-direction = الاتجاه
evidence-outcome-comparison = المقارنة مع
evidence-case-studies-heading = دراسات الحالة المستندة إلى هذه البيّنات
evidence-citation-heading = الاستشهاد المرجعي
evidence-further-sources = مصادر إضافية


## evidence_index.html

evidence-index-heading = البيّنات
evidence-index-lead =
    { $count ->
        [zero] لا توجد حتى الآن ملخصات منظَّمة لتقييمات الوصفات الاجتماعية ومراجعاتها.
        [one] ملخص منظَّم واحد لتقييمات الوصفات الاجتماعية ومراجعاتها.
        [two] ملخصان منظَّمان لتقييمات الوصفات الاجتماعية ومراجعاتها.
        [few] { $count } ملخصات منظَّمة لتقييمات الوصفات الاجتماعية ومراجعاتها.
        [many] { $count } ملخصًا منظَّمًا لتقييمات الوصفات الاجتماعية ومراجعاتها.
       *[other] { $count } ملخص منظَّم لتقييمات الوصفات الاجتماعية ومراجعاتها.
    } وتبيّن قوة البيّنات مدى ما يتيحه تصميم الدراسة من استنتاجات يمكن الوثوق بها؛ ولا تزال قوة كثير من البيّنات منخفضة أو ناشئة.
evidence-index-filter-legend = تصفية البيّنات
evidence-index-caption = ملخصات البيّنات، الأحدث أولًا
evidence-index-study = الدراسة
evidence-index-year = السنة
evidence-index-where = المكان
evidence-index-design = التصميم
evidence-index-sample = العيّنة
evidence-index-strength = القوة
evidence-index-year-not-stated = غير مذكورة


## glossary.html

glossary-turtle-title = المسرد بصيغة SKOS (Turtle)
glossary-jsonld-title = المسرد بصيغة SKOS (JSON-LD)
glossary-csv-title = المسرد بصيغة CSV
glossary-heading = مسرد المصطلحات
glossary-lead =
    { $count ->
        [zero] لا توجد حتى الآن مصطلحات في مجال الوصفات الاجتماعية.
        [one] مصطلح واحد في مجال الوصفات الاجتماعية، مع التسميات المستخدمة في مختلف البلدان واللغات.
        [two] مصطلحان في مجال الوصفات الاجتماعية، مع التسميات المستخدمة في مختلف البلدان واللغات.
        [few] { $count } مصطلحات في مجال الوصفات الاجتماعية، مع التسميات المستخدمة في مختلف البلدان واللغات.
        [many] { $count } مصطلحًا في مجال الوصفات الاجتماعية، مع التسميات المستخدمة في مختلف البلدان واللغات.
       *[other] { $count } مصطلح في مجال الوصفات الاجتماعية، مع التسميات المستخدمة في مختلف البلدان واللغات.
    }
glossary-lead-formats = لكل مصطلح معرّف دائم (IRI)؛ والمسرد بأكمله متاح بصيغة { $json }، وبوصفه مخطط مفاهيم SKOS بصيغتي { $turtle } و{ $jsonld }، وفي { $csv } يضم صفًا واحدًا لكل مصطلح ولغة. { $releases }.
glossary-lead-csv = جدول بيانات (CSV)
glossary-lead-releases = الإصدارات وما تغيّر في كل منها
glossary-languages-heading = التصفح بلغة أخرى
glossary-letters-label = الحروف
glossary-filter-label = تصفية المصطلحات
# The examples stay in English: the glossary's terms are English labels.
glossary-filter-placeholder = مثلًا: link worker، PCN
glossary-term-languages =
    { $count ->
        [zero] { $count } لغة
        [one] لغة واحدة
        [two] لغتان
        [few] { $count } لغات
        [many] { $count } لغةً
       *[other] { $count } لغة
    }
glossary-term-languages-title =
    { $count ->
        [zero] غير مترجم
        [one] مترجم إلى لغة واحدة
        [two] مترجم إلى لغتين
        [few] مترجم إلى { $count } لغات
        [many] مترجم إلى { $count } لغةً
       *[other] مترجم إلى { $count } لغة
    }


## glossary_lang.html

glossary-lang-heading = المسرد بلغة { $language }
glossary-lang-lead =
    { $count ->
        [zero] لا توجد مصطلحات لها تسمية بلغة { $language }.
        [one] مصطلح واحد له تسمية بلغة { $language }، مرتب حسب هذه التسمية، ويظهر المصطلح الإنجليزي بجانبه.
        [two] مصطلحان لهما تسمية بلغة { $language }، مرتبان حسب هذه التسمية، ويظهر المصطلح الإنجليزي بجانب كل منهما.
        [few] { $count } مصطلحات لها تسمية بلغة { $language }، مرتبة حسب هذه التسمية، ويظهر المصطلح الإنجليزي بجانب كل منها.
        [many] { $count } مصطلحًا لها تسمية بلغة { $language }، مرتبة حسب هذه التسمية، ويظهر المصطلح الإنجليزي بجانب كل منها.
       *[other] { $count } مصطلح لها تسمية بلغة { $language }، مرتبة حسب هذه التسمية، ويظهر المصطلح الإنجليزي بجانب كل منها.
    } وهذه الترجمات مقترحة بانتظار مراجعة الشركاء، ما لم يُذكر خلاف ذلك في صفحة المصطلح.
glossary-lang-english-term = المصطلح الإنجليزي
glossary-lang-english-definition = التعريف (بالإنجليزية)


## home.html

home-intro-link = ما هي الوصفات الاجتماعية؟
home-glossary-link = تصفّح مسرد المصطلحات
home-stats-heading = المنصة في أرقام
home-stats-terms =
    { $count ->
        [zero] { $number } مصطلح في المسرد
        [one] { $number } مصطلح في المسرد
        [two] { $number } مصطلحان في المسرد
        [few] { $number } مصطلحات في المسرد
        [many] { $number } مصطلحًا في المسرد
       *[other] { $number } مصطلح في المسرد
    }
home-stats-case-studies =
    { $count ->
        [zero] { $number } دراسة حالة
        [one] { $number } دراسة حالة
        [two] { $number } دراستا حالة
        [few] { $number } دراسات حالة
        [many] { $number } دراسة حالة
       *[other] { $number } دراسة حالة
    } في مجال الوصفات الاجتماعية من { $country_count ->
        [zero] { $countries } بلد
        [one] { $countries } بلد
        [two] { $countries } بلدين
        [few] { $countries } بلدان
        [many] { $countries } بلدًا
       *[other] { $countries } بلد
    }
home-stats-evidence =
    { $count ->
        [zero] { $number } ملخص بيّنات
        [one] { $number } ملخص بيّنات
        [two] { $number } ملخصا بيّنات
        [few] { $number } ملخصات بيّنات
        [many] { $number } ملخص بيّنات
       *[other] { $number } ملخص بيّنات
    }
home-stats-champions =
    { $count ->
        [zero] { $number } مناصر
        [one] { $number } مناصر
        [two] { $number } مناصران
        [few] { $number } مناصرين
        [many] { $number } مناصرًا
       *[other] { $number } مناصر
    }
home-terms-heading = لغة مشتركة
home-terms-intro = يخصص المسرد صفحةً لكل مصطلح من مصطلحات الوصفات الاجتماعية، تتضمن تعريفه، والتسميات المستخدمة في مختلف البلدان، وترجماته، ومصادره. ويمكن للشركاء الإحالة إلى كل مصطلح بمعرّف دائم (IRI) يظل ثابتًا حتى لو انتقل الموقع إلى عنوان آخر.
home-world-heading = حول العالم
home-map-caption = تتدرج ألوان البلدان التي تتوفر فيها دراسات حالة بحسب عدد هذه الدراسات؛ اختر بلدًا لفتح صفحته. { $link }.
home-map-caption-link = جميع دراسات الحالة حسب الإقليم
home-recent-heading = أحدث الإضافات


## mentions.html

mentions-heading = الصفحات التي تذكر { $term }
mentions-lead =
    { $count ->
        [zero] لا يرد هذا المصطلح في أي صفحة من صفحات المنصة.
        [one] يرد هذا المصطلح في صفحة واحدة من صفحات المنصة، مبيّنة أدناه حسب القسم.
        [two] يرد هذا المصطلح في صفحتين من صفحات المنصة، مبيّنتين أدناه حسب القسم.
        [few] يرد هذا المصطلح في { $count } صفحات من صفحات المنصة، مبيّنة أدناه حسب القسم.
        [many] يرد هذا المصطلح في { $count } صفحةً من صفحات المنصة، مبيّنة أدناه حسب القسم.
       *[other] يرد هذا المصطلح في { $count } صفحة من صفحات المنصة، مبيّنة أدناه حسب القسم.
    }
mentions-count =
    { $count ->
        [zero] (ذُكر { $count } مرة)
        [one] (ذُكر مرة واحدة)
        [two] (ذُكر مرتين)
        [few] (ذُكر { $count } مرات)
        [many] (ذُكر { $count } مرة)
       *[other] (ذُكر { $count } مرة)
    }


## page.html

page-toc-heading = محتويات هذه الصفحة


## release.html

release-heading = إصدار المسرد { $version }
release-lead =
    صدر في { $date } ويضم { $count ->
        [zero] { $count } مصطلح
        [one] مصطلحًا واحدًا
        [two] مصطلحين
        [few] { $count } مصطلحات
        [many] { $count } مصطلحًا
       *[other] { $count } مصطلح
    }.
release-first = هذا هو الإصدار الأول: جميع المصطلحات جديدة.
release-changes-since = التغييرات منذ الإصدار { $release }.
release-files-heading = ملفات هذا الإصدار
release-changes-heading = ما الذي تغيّر
release-replaced-by = استخدم { $term }
release-no-changes = لم يتغيّر أي مصطلح.


## releases.html

releases-heading = إصدارات المسرد
releases-lead = يُثبّت الإصدار المسرد على حالته: تبقى ملفاته منشورة دون تغيير، كي يتمكن الشركاء من الاستشهاد بالمصطلح كما كان، ويبيّن كل إصدار ما تغيّر منذ الإصدار الذي سبقه. ولا يُحذف معرّف المصطلح (IRI) ولا يُعاد استخدامه أبدًا؛ أما المصطلح الذي لم يعد مفضّلًا فيصبح مهجورًا ويُحيل إلى المصطلح الذي يحل محله.
releases-release = الإصدار
releases-date = التاريخ
releases-terms = المصطلحات
releases-changed = المصطلحات المضافة أو المعدّلة
releases-unreleased-heading = تغييرات لم تصدر بعد
releases-unreleased = التغييرات منذ الإصدار { $release }، التي سيتضمنها الإصدار التالي:
releases-up-to-date = المسرد مطابق للإصدار { $release }.
releases-none = لم ينشر فريق التحرير أي إصدار حتى الآن. وإلى حين ذلك، تصف ملفات المسرد حالته الراهنة.


## search.html

search-heading = البحث
search-label = البحث في مسرد المصطلحات ودراسات الحالة والبيّنات والمناصرين
search-button = بحث
# The examples stay in English: the hub's records are written in English (their titles,
# countries and glossary labels are not translated), so Arabic words would find nothing yet.
search-hint = جرّب «link worker» أو «Japan» أو «loneliness» أو «A&E». واستخدم مفاتيح الأسهم للتنقل بين النتائج.

search-status-short = اكتب كلمة من حرفين على الأقل.
search-status-searching = جارٍ البحث…
search-status-none = لا توجد نتائج للبحث عن «{"{"}query{"}"}»
search-status-one = نتيجة واحدة للبحث عن «{"{"}query{"}"}»
search-status-all = عدد نتائج البحث عن «{"{"}query{"}"}»: {"{"}total{"}"}
search-status-some = نتائج البحث عن «{"{"}query{"}"}»: المعروض {"{"}shown{"}"} من {"{"}total{"}"}
search-status-best = أكثر النتائج صلة بالبحث عن «{"{"}query{"}"}»: المعروض {"{"}shown{"}"} من {"{"}total{"}"}
search-status-failed = تعذّر تحميل البحث. يمكنك بدلًا من ذلك تصفح مسرد المصطلحات أو دراسات الحالة.
search-more = عرض مزيد من النتائج
search-in-default-language = البحث أيضًا في الصفحات غير المترجمة إلى العربية (بالإنجليزية)

search-needs-js = يعمل البحث في متصفحك ويتطلب JavaScript. ويمكنك من دونه تصفح { $glossary } أو { $case_studies } أو { $evidence }.
search-not-built = البحث غير متاح في هذا الموقع. يمكنك تصفح { $glossary } أو { $case_studies } أو { $evidence }.
search-browse-glossary = مسرد المصطلحات مرتبًا أبجديًا
search-browse-case-studies = دراسات الحالة حسب الإقليم
search-browse-evidence = جدول البيّنات


## term.html

term-jsonld-title = هذا المصطلح بصيغة SKOS (JSON-LD)
term-kicker = مصطلح في المسرد
term-deprecated = هذا المصطلح مهجور. ويبقى عنوانه قائمًا كي تظل الإحالات الحالية إليه صالحة.
term-deprecated-replaced = هذا المصطلح مهجور: استخدم { $term } بدلًا منه. ويبقى عنوانه قائمًا كي تظل الإحالات الحالية إليه صالحة.
term-definition-quoted = { $term }: «{ $definition }»
term-quoted-from = مقتبس حرفيًا من { $source }.
term-definition = { $term }: { $definition }
term-definition-note = التعريف بصياغة المنصة؛ انظر المصادر أدناه.
term-jurisdiction = مصطلح إداري يُستخدم في { $place } فقط: تنظّم البلدان الأخرى هذا الأمر على نحو مختلف.
term-aliases = تسميات أخرى
term-abbreviations = الاختصارات
term-regional-heading = التسميات المستخدمة في بلدان بعينها
term-regional-label = التسمية
term-regional-language = اللغة
term-regional-where = مكان الاستخدام
term-translations-heading = الترجمات
term-translations-note = التسمية التي تحمل وسم { $in_use } يستخدمها المصدر المذكور بجانبها للدلالة على هذا المفهوم. أما التسمية التي تحمل وسم { $proposed } فهي اقتراح من المنصة بانتظار مراجعة الشركاء العاملين بتلك اللغة، وليست مصطلحًا رسميًا.
term-translation-in-use = مستخدمة
term-translation-proposed = مقترحة
term-translations-language = اللغة
term-translations-label = التسمية
term-translations-status = الحالة
term-mappings-heading = الرموز في أنظمة أخرى
term-mappings-system = النظام
term-mappings-code = الرمز
term-mappings-label = التسمية في ذلك النظام
term-mappings-match = التطابق
term-mappings-source = المصدر
term-relations-heading = مصطلحات ذات صلة
term-broader = أعم
term-narrower = أخص
term-related = ذات صلة
term-mentions-heading = ورد في
term-mention-pages =
    { $count ->
        [zero] لا يرد هذا المصطلح في أي صفحة.
        [one] يرد هذا المصطلح في صفحة واحدة.
        [two] يرد هذا المصطلح في صفحتين.
        [few] يرد هذا المصطلح في { $count } صفحات.
        [many] يرد هذا المصطلح في { $count } صفحةً.
       *[other] يرد هذا المصطلح في { $count } صفحة.
    }
term-mentions-more =
    { $count ->
        [one] وصفحة أخرى
        [two] وصفحتان أخريان
        [few] و{ $count } صفحات أخرى
        [many] و{ $count } صفحة أخرى
       *[other] و{ $count } صفحة أخرى
    }
term-mentions-all =
    { $count ->
        [one] الصفحة الوحيدة التي تذكر { $term }
        [two] الصفحتان اللتان تذكران { $term }
       *[other] جميع الصفحات التي تذكر { $term }، وعددها { $count }
    }
term-mentions-none = لم يرد هذا المصطلح في أي صفحة حتى الآن.
term-history-heading = سجل التغييرات
term-history-added = أُضيف في الإصدار { $release } ({ $date })
term-history-changed = الإصدار { $release } ({ $date }): { $changes }
term-cite-heading = الإحالة إلى هذا المصطلح
term-cite-iri = المعرّف (IRI):
term-copy-iri = نسخ IRI
term-copied-iri = تم نسخ IRI.
term-cite-iri-note = يُسمّي المعرّف IRI هذا المفهوم في البيانات والوثائق، ويظل ثابتًا حتى لو انتقل الموقع إلى عنوان آخر؛ ويحتفظ به المصطلح حتى بعد أن يصبح مهجورًا.
term-cite-page = هذه الصفحة:
term-copy-link = نسخ الرابط
term-copied-link = تم نسخ الرابط.
term-cite-citation = الاستشهاد بهذا المصطلح:
term-citation =
    { $publisher }. «{ $term }». في: { $site }، { $status ->
        [proposed] مسرد المصطلحات (مصطلح مقترح)
        [deprecated] مسرد المصطلحات (مصطلح مهجور)
       *[agreed] مسرد المصطلحات
    }. { $iri }. متاح على: { $url }
term-copy-citation = نسخ الاستشهاد
term-copied-citation = تم نسخ الاستشهاد.
term-copy-failed = لم يُسمح بالنسخ؛ يُرجى تحديد النص ونسخه يدويًا.
term-machine-readable = للقراءة الآلية: المسرد بصيغة { $json }، وبوصفه SKOS بصيغتي { $turtle } و{ $jsonld } (معرّف IRI لهذا المفهوم هو المذكور أعلاه)، وبصيغة { $csv }.


## Titles, descriptions and breadcrumbs that the Rust code writes into the pages' context
## (src/render/pages, src/collections, src/i18n): plain text, shown in the browser's tab,
## in search engines and in the breadcrumbs.

crumb-home = الرئيسية
page-number = الصفحة { $count }
page-title-numbered = { $title } (الصفحة { $number } من { $count })
glossary-title = مسرد المصطلحات
glossary-description = مفردات مشتركة في مجال الوصفات الاجتماعية: تعريفات، ومرادفات مستخدمة في مختلف البلدان، وترجمات، ومصادر.
glossary-language-title = المسرد بلغة { $language }
glossary-language-description = مصطلحات الوصفات الاجتماعية مرتبة حسب تسمياتها بلغة { $language }، مع المصطلح الإنجليزي بجانب كل منها.
mentions-title = الصفحات التي تذكر «{ $label }»
mentions-crumb = مواضع الذكر
case-studies-title = دراسات الحالة
case-studies-description = الوصفات الاجتماعية في الممارسة حول العالم، حسب إقليم منظمة الصحة العالمية والبلد.
country-description = الوصفات الاجتماعية في { $country }: دراسات الحالة والبيّنات والمناصرون والمصطلحات المستخدمة هناك.
evidence-title = البيّنات
evidence-description = ملخصات منظَّمة لتقييمات الوصفات الاجتماعية ومراجعاتها، مع أرقامها ومراجعها.
champions-title = دليل المناصرين
champions-description = مناصرو الوصفات الاجتماعية في المجالين السريري والمجتمعي، حسب المهنة والإقليم ومجال الاهتمام.
champions-crumb = المناصرون
events-title = الفعاليات
events-description = مؤتمرات وندوات عبر الإنترنت ولقاءات في مجال الوصفات الاجتماعية، القادمة منها والسابقة، مع موجز للتقويم.
search-title = البحث
search-description = البحث في مسرد المصطلحات ودراسات الحالة والبيّنات والمناصرين.
not-found-title = الصفحة غير موجودة
not-found-description = الصفحة التي طلبتها غير موجودة هنا.
language-name = العربية
language-not-translated = (غير مترجمة)


## The notice at the top of a record's page in a language other than the default.

translation-proposed = ترجمة مقترحة: من إعداد المنصة، ولم يراجعها بعد ناطقون بهذه اللغة، ولا يدعمها مصدر مكتوب بها.
translation-attested = ترجمة يدعمها ما يرد أدناه من وثائق مكتوبة بهذه اللغة.
translation-body-original = بقية الصفحة بلغتها الأصلية.
translation-sources = مصادر الترجمة:
