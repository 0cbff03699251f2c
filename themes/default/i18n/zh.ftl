### The interface in Chinese (Simplified, as used by WHO and the UN).
### Status: draft translation by the hub's developers, not yet reviewed by Chinese (Simplified,
### as used by WHO and the UN)-speaking partners; every message should be checked before it
### is called reviewed.
### Translators: see en.ftl for what each message means.


## Values of the records' fields, shown as labels and badges.

status-agreed = 已商定
status-proposed = 拟议
status-deprecated = 已弃用

strength-high = 高
strength-moderate = 中
strength-low = 低
strength-emerging = 初步

direction-improved = 改善
direction-worsened = 恶化
direction-no-change = 无变化
direction-mixed = 结果不一
direction-unclear = 不明确

case-kind-social-prescribing = 案例研究
case-kind-related-approach = 相关方法

programme-status-active = 进行中
programme-status-ended = 已结束
programme-status-planned = 计划中

event-status-scheduled = 如期举行
event-status-postponed = 已推迟
event-status-cancelled = 已取消

event-attendance-online = 线上
event-attendance-in-person = { $city }，{ $country }
event-attendance-hybrid = { $city }，{ $country }，并可线上参加

match-exact = 精确匹配
match-close = 近似匹配
match-broad = 较宽匹配
match-narrow = 较窄匹配
match-related = 相关匹配

search-kind-glossary-term = 术语
search-kind-case-study = 案例研究
search-kind-evidence = 证据
search-kind-champion = 倡导者
search-kind-country = 国家
search-kind-event = 活动
search-kind-page = 页面

collection-glossary = 术语表
collection-case-studies = 案例研究
collection-evidence = 证据
collection-champions = 倡导者
collection-events = 活动
collection-pages = 页面

place-international = 国际


## macros.html

sources-heading = 来源
source-page = 第{ $page }页

suggest-change = { $link }——将在本知识中心的代码仓库中打开此页面的文件，您可以在浏览器中编辑该文件，并提交修改建议供审核（需要一个免费账户）。参见{ $contribute }。
suggest-change-link = 对本页提出修改建议
suggest-change-contribute-link = 如何参与贡献

propose-new-glossary = 提议新增术语
propose-new-case-studies = 提议新增案例研究
propose-new-evidence = 提议新增证据摘要
propose-new-champions = 提议新增倡导者简介
propose-new-events = 提议新增活动
propose-new-note = 将在本知识中心的代码仓库中打开一个新文件，其中已预先列出所有字段及其说明

reviewed-on = 最近审核日期：{ $date }

study-card-since = 自{ $year }年起

champion-card-example = 示例简介

filter-design = 研究设计
filter-country = 国家
filter-strength = 证据强度
filter-profession = 职业
filter-region = 区域
filter-interest = 关注领域
filter-any = 全部
filter-clear = 清除

filter-status-shown = 已显示{"{"}shown{"}"}项，共{"{"}total{"}"}项
list-status-loading = 正在加载列表的全部页面……
list-status-load-failed = 无法加载列表的全部页面：仅显示本页。

pagination-label = 分页
pagination-range = 第{ $first }–{ $last }项，共{ $total }项
pagination-previous = 上一页
pagination-next = 下一页


## base.html

base-feed-title = { $site }：新增案例研究和证据
base-skip-link = 跳至主要内容
base-search-label = 搜索本知识中心
base-search-placeholder = 搜索本知识中心
base-search-button = 搜索
base-nav-label = 主导航
base-breadcrumb-label = 面包屑导航
base-footer-nav-label = 页脚
base-footer-feed = 订阅源
base-footer-glossary-data = 术语表数据（JSON）
base-languages-label = 语言
base-footer-publisher = 发布者：{ $publisher }。
base-footer-note = 不使用 Cookie，不使用跟踪器，不加载第三方资源。由 hub 构建。


## 404.html

not-found-heading = 未找到页面
not-found-lead = 此地址没有页面。页面可能已移动，或链接可能有误。
not-found-home = 首页
not-found-glossary = 术语表
not-found-case-studies = 案例研究
not-found-evidence = 证据
not-found-champions = 倡导者名录


## case_studies.html

case-studies-heading = 案例研究

case-studies-lead =
    { $count ->
       *[other] 共{ $count }项案例研究
    }，介绍{ $countries }的社会处方项目、政策和评估，按世卫组织区域和国家分组。
case-studies-lead-territories =
    { $count ->
       *[other] 共{ $count }项案例研究
    }，介绍{ $countries }以及{ $territories }的社会处方项目、政策和评估，按世卫组织区域和国家分组。
case-studies-lead-related =
    { $count ->
       *[other] 共{ $count }项案例研究
    }，介绍{ $countries }的社会处方项目、政策和评估，按世卫组织区域和国家分组；另有{ $related ->
       *[other] { $related }项相关方法
    }单独列出。
case-studies-lead-territories-related =
    { $count ->
       *[other] 共{ $count }项案例研究
    }，介绍{ $countries }以及{ $territories }的社会处方项目、政策和评估，按世卫组织区域和国家分组；另有{ $related ->
       *[other] { $related }项相关方法
    }单独列出。
case-studies-lead-countries =
    { $count ->
       *[other] { $count }个国家
    }

case-studies-coverage-how = 统计方式：以本网站收录的案例研究为依据。
case-studies-coverage-rule = 如至少有一项案例研究介绍了某个国家的社会处方项目、政策或评估，该国即计入统计；地区不作为国家计入，相关方法（如运动转介或健康调解）也不计入。
case-studies-coverage-rule-related-only =
    如至少有一项案例研究介绍了某个国家的社会处方项目、政策或评估，该国即计入统计；地区不作为国家计入，相关方法（如运动转介或健康调解）也不计入（{ $places }{ $count ->
       *[other] 目前仅有相关方法的案例研究
    }）。
case-studies-coverage-comparison = 作为比较，National Academy for Social Prescribing与International Social Prescribing Collaborative发布的《{ $report }》报告2024年版涵盖31个国家。
case-studies-coverage-report = Social Prescribing Around the World

case-studies-map-legend = 图例
case-studies-map-shade-1 = 1项案例研究
case-studies-map-shade-2 = 2–3
case-studies-map-shade-3 = 4–9
case-studies-map-shade-4 = 10项或以上
case-studies-map-caption = 选择一个国家即可查看其案例研究；下文按世卫组织区域列出了相同的国家。地图数据：Natural Earth（公有领域）。
case-studies-regions-label = 区域
case-studies-related-approach = 相关方法
case-studies-status-active = 进行中
case-studies-status-ended = 已结束
case-studies-status-planned = 计划中


## case_study.html

case-study-related-notice = 这是一种相关方法，而非2023年国际定义所描述的社会处方。本知识中心列出此案例以供比较，并将其与社会处方项目分开统计。
case-study-place = 地点
case-study-setting = 实施场所
case-study-model = 模式
case-study-status = 状态
case-study-population = 服务对象
case-study-started = 开始时间
case-study-organisations = 参与机构
case-study-region = 世卫组织区域
case-study-found-heading = 主要发现
case-study-evidence-heading = 证据
case-study-added = 收录日期：{ $date }


## champion.html

champion-kicker = 倡导者
champion-example-notice = 这是一份示例简介，用于展示倡导者条目的样式，并非描述真实人物。
champion-profession = 职业
champion-setting = 工作场所
champion-organisation = 机构
champion-region = 区域
champion-country = 国家
champion-since = 成为倡导者的年份
champion-languages = 语言
champion-interests = 关注领域
champion-activities = 开展的活动
champion-contact = 联系方式
champion-introduce-link = 请编辑为您引荐
champion-introduce-note = { $name }未公开联系方式；经其同意后，编辑会将您的信息转达。
champion-links-heading = 链接


## champions.html

champions-heading = 倡导者名录
champions-lead =
    { $count ->
       *[other] 共{ $count }位倡导者，在各自的职业领域和区域提高对社会处方的认识。
    }仅在倡导者同意公开的情况下才显示其联系方式。
champions-filter-legend = 筛选倡导者
champions-professions-label = 职业


## contribute.html

contribute-reference-heading = 各集合的全部字段
contribute-reference-intro = 本参考说明由 { $check } 和 { $schema } 所使用的同一套模式生成，因此始终与 hub 接受的内容一致。必填字段必须提供；受控字段必须取所列值之一。
contribute-collections-label = 集合
contribute-reference-files = { $file }，模式文件 { $schema }
contribute-field = 字段
contribute-type = 类型
contribute-required = 是否必填
contribute-meaning = 含义及允许值
contribute-field-required = 必填
contribute-field-optional = 选填
contribute-allowed-count =
    { $count ->
       *[other] { $count }个允许值
    }
contribute-allowed = 允许值：{ $values }


## country.html

country-heading = { $country }的社会处方
country-case-studies-heading = 案例研究
country-labels-heading = 在{ $country }使用的名称
country-label-see = 参见{ $term }
country-evidence-heading = 证据
country-all-evidence = { $link }（证据表，已按国家筛选）。
country-all-evidence-link =
    { $count ->
       *[other] 关于{ $country }的全部证据摘要（共{ $count }项）
    }
country-champions-heading = 倡导者
country-all-champions = { $link }（倡导者名录，已按国家筛选）。
country-all-champions-link =
    { $count ->
       *[other] { $country }的全部倡导者（共{ $count }位）
    }


## event.html

event-kicker = 活动
event-upcoming = 即将举行
event-past = 已举行
event-when = 时间
event-where = 地点
event-organiser = 主办方
event-audience = 面向对象
event-language = 语言
event-organiser-page = 主办方页面
event-link-upcoming = 日程与报名
event-link-past = 活动页面
event-terms-heading = 相关术语
event-built = “即将举行”或“已举行”以本页面生成之日（{ $date }）为准。{ $calendar }。
event-calendar-link = 将本知识中心的活动添加到您的日历
event-unreadable = 无法读取此活动的日期；请运行 { $command }。


## events.html

events-calendar-title = 活动（iCalendar）
events-heading = 活动
events-lead = 社会处方领域的会议、网络研讨会和交流聚会。每项活动均链接到其主办方页面；您可以通过{ $feed }将这些活动添加到您的日历。
events-lead-feed = iCalendar 订阅源
events-built = 本页面生成于{ $date }：截至该日尚未结束的活动均列为即将举行。
events-upcoming-heading = 即将举行
events-past-heading = 往期活动
events-no-upcoming = 目前尚无即将举行的活动。
events-no-past = 目前尚无往期活动。


## evidence.html

evidence-kicker = 证据摘要
evidence-where = 地点
evidence-setting = 实施场所
evidence-design = 研究设计
evidence-sample = 样本
evidence-strength = 证据强度
evidence-outcomes-heading = 结局
evidence-outcome-measure = 测量指标
evidence-outcome-result = 结果
evidence-outcome-direction = 变化方向
evidence-outcome-comparison = 比较对象
evidence-case-studies-heading = 引用此证据的案例研究
evidence-citation-heading = 引文
evidence-further-sources = 其他来源


## evidence_index.html

evidence-index-heading = 证据
evidence-index-lead =
    { $count ->
       *[other] 共{ $count }份关于社会处方评估和综述的结构化摘要。
    }证据强度反映研究设计在多大程度上支持得出可靠结论；目前大部分证据的强度仍为“低”或“初步”。
evidence-index-filter-legend = 筛选证据
evidence-index-caption = 证据摘要（按时间由新到旧排列）
evidence-index-study = 研究
evidence-index-year = 年份
evidence-index-where = 地点
evidence-index-design = 研究设计
evidence-index-sample = 样本
evidence-index-strength = 证据强度
evidence-index-year-not-stated = 未注明


## glossary.html

glossary-turtle-title = 术语表（SKOS，Turtle 格式）
glossary-jsonld-title = 术语表（SKOS，JSON-LD 格式）
glossary-csv-title = 术语表（CSV 格式）
glossary-heading = 术语表
glossary-lead =
    { $count ->
       *[other] 共{ $count }个社会处方术语，附不同国家和语言中使用的名称。
    }
glossary-lead-formats = 每个术语都有一个持久标识符（IRI）；整套词表以 { $json } 格式提供，也以 { $turtle } 和 { $jsonld } 格式的 SKOS 概念体系提供，还提供{ $csv }，每个术语的每种语言各占一行。{ $releases }。
glossary-lead-csv = 电子表格（CSV）
glossary-lead-releases = 各版本及其变更
glossary-languages-heading = 以其他语言浏览
glossary-letters-label = 字母索引
glossary-filter-label = 筛选术语
glossary-filter-placeholder = 例如：link worker、PCN
glossary-term-languages =
    { $count ->
       *[other] { $count }种语言
    }
glossary-term-languages-title =
    { $count ->
       *[other] 已译成{ $count }种语言
    }


## glossary_lang.html

glossary-lang-heading = 术语表（{ $language }）
glossary-lang-lead =
    { $count ->
       *[other] 共{ $count }个术语有{ $language }标签，按该标签排列，并附对应的英文术语。
    }除非术语页面另有标注，这些译名均为拟议译名，有待合作伙伴审核。
glossary-lang-english-term = 英文术语
glossary-lang-english-definition = 定义（英文）


## home.html

home-intro-link = 什么是社会处方？
home-glossary-link = 浏览术语表
home-stats-heading = 本知识中心数据一览
home-stats-terms =
    { $count ->
       *[other] { $number }个术语
    }
home-stats-case-studies =
    来自{ $country_count ->
       *[other] { $countries }个国家
    }的{ $count ->
       *[other] { $number }项社会处方案例研究
    }
home-stats-evidence =
    { $count ->
       *[other] { $number }份证据摘要
    }
home-stats-champions =
    { $count ->
       *[other] { $number }位倡导者
    }
home-terms-heading = 共同语言
home-terms-intro = 术语表为社会处方的每个用语设立专页：包括其定义、不同国家使用的名称、译名及来源。合作伙伴可通过持久标识符（IRI）引用每个术语，即使网站迁移，该标识符也保持不变。
home-world-heading = 世界各地
home-map-caption = 有案例研究的国家按案例数量以不同深浅显示；选择一个国家即可打开其页面。{ $link }。
home-map-caption-link = 按区域查看全部案例研究
home-recent-heading = 最新收录


## mentions.html

mentions-heading = 提及{ $term }的页面
mentions-lead =
    { $count ->
       *[other] 本知识中心共有{ $count }个页面提及此术语，按栏目列出。
    }
mentions-count =
    { $count ->
       *[other] （提及{ $count }次）
    }


## page.html

page-toc-heading = 本页内容


## release.html

release-heading = 术语表第{ $version }版
release-lead =
    于{ $date }发布，{ $count ->
       *[other] 共收录{ $count }个术语
    }。
release-first = 这是第一个版本：所有术语均为新增。
release-changes-since = 自第{ $release }版以来的变更。
release-files-heading = 本版本的文件
release-changes-heading = 变更内容
release-replaced-by = 请改用{ $term }
release-no-changes = 没有术语发生变更。


## releases.html

releases-heading = 术语表版本
releases-lead = 每个版本都会固定术语表的内容：其文件一经发布即保持不变，以便合作伙伴按当时的内容引用术语；每个版本都会列出自上一版本以来的变更。术语的标识符（IRI）永远不会被删除或重复使用；不再作为首选的术语将被标记为已弃用，并指向其替代术语。
releases-release = 版本
releases-date = 日期
releases-terms = 术语数
releases-changed = 新增或变更的术语
releases-unreleased-heading = 尚未发布
releases-unreleased = 自第{ $release }版以来的变更，将纳入下一版本：
releases-up-to-date = 术语表与第{ $release }版一致。
releases-none = 编辑尚未发布任何版本。在此之前，术语表文件反映其当前状态。


## search.html

search-heading = 搜索
search-label = 搜索术语表、案例研究、证据和倡导者
search-button = 搜索
search-hint = 试试搜索“link worker”、“Japan”、“loneliness”或“A&E”。使用方向键可在结果之间移动。

search-status-short = 请输入至少包含两个字符的词语。
search-status-searching = 正在搜索……
search-status-none = 未找到与“{"{"}query{"}"}”相关的结果
search-status-one = 找到1条与“{"{"}query{"}"}”相关的结果
search-status-all = 找到{"{"}total{"}"}条与“{"{"}query{"}"}”相关的结果
search-status-some = 找到{"{"}total{"}"}条与“{"{"}query{"}"}”相关的结果，显示其中{"{"}shown{"}"}条
search-status-best = 与“{"{"}query{"}"}”最相关的{"{"}total{"}"}条结果，显示其中{"{"}shown{"}"}条
search-status-failed = 无法加载搜索功能。请改为浏览术语表或案例研究。
search-more = 显示更多结果
search-in-default-language = 同时搜索尚未译成中文的页面（英文）

search-needs-js = 搜索在您的浏览器中运行，需要启用 JavaScript。如未启用，请浏览{ $glossary }、{ $case_studies }或{ $evidence }。
search-not-built = 本网站未构建搜索功能。请浏览{ $glossary }、{ $case_studies }或{ $evidence }。
search-browse-glossary = 术语表（A–Z）
search-browse-case-studies = 按区域排列的案例研究
search-browse-evidence = 证据表


## term.html

term-jsonld-title = 本术语的 SKOS 数据（JSON-LD）
term-kicker = 术语
term-deprecated = 此术语已弃用。其地址保持不变，以确保现有引用仍然有效。
term-deprecated-replaced = 此术语已弃用：请改用{ $term }。其地址保持不变，以确保现有引用仍然有效。
term-definition-quoted = { $term }是指“{ $definition }”
term-quoted-from = 逐字引自{ $source }。
term-definition = { $term }：{ $definition }
term-definition-note = 此定义由本知识中心自行撰写；参见下方来源。
term-jurisdiction = 仅适用于{ $place }的行政术语：其他国家的相关安排有所不同。
term-aliases = 又称
term-abbreviations = 缩写
term-regional-heading = 特定国家使用的名称
term-regional-label = 名称
term-regional-language = 语言
term-regional-where = 使用地区
term-translations-heading = 译名
term-translations-note = 标注为{ $in_use }的名称，表示旁列来源已用其指称此概念。标注为{ $proposed }的名称是本知识中心的建议译名，有待使用该语言工作的合作伙伴审核，并非正式术语。
term-translation-in-use = 已采用
term-translation-proposed = 拟议
term-translations-language = 语言
term-translations-label = 译名
term-translations-status = 状态
term-mappings-heading = 其他体系中的编码
term-mappings-system = 编码体系
term-mappings-code = 编码
term-mappings-label = 该体系中的名称
term-mappings-match = 匹配关系
term-mappings-source = 来源
term-relations-heading = 相关术语
term-broader = 上位术语
term-narrower = 下位术语
term-related = 关联术语
term-mentions-heading = 提及此术语的页面
term-mention-pages =
    { $count ->
       *[other] 共有{ $count }个页面提及此术语。
    }
term-mentions-more = 另有{ $count }个页面
term-mentions-all =
    { $count ->
       *[other] 提及{ $term }的全部页面（共{ $count }个）
    }
term-mentions-none = 目前尚无页面提及此术语。
term-history-heading = 历史记录
term-history-added = 于第{ $release }版（{ $date }）新增
term-history-changed = 第{ $release }版（{ $date }）：{ $changes }
term-cite-heading = 引用此术语
term-cite-iri = 标识符（IRI）：
term-copy-iri = 复制 IRI
term-copied-iri = 已复制 IRI。
term-cite-iri-note = IRI 在数据和文件中用于指称此概念，即使网站迁移也保持不变；术语被弃用后仍保留其 IRI。
term-cite-page = 本页面：
term-copy-link = 复制链接
term-copied-link = 已复制链接。
term-cite-citation = 建议引用格式：
term-citation =
    { $publisher }。“{ $term }”。载于：{ $site }，{ $status ->
        [proposed] 术语表（拟议术语）
        [deprecated] 术语表（已弃用术语）
       *[agreed] 术语表
    }。{ $iri }。网址：{ $url }
term-copy-citation = 复制引文
term-copied-citation = 已复制引文。
term-copy-failed = 浏览器不允许复制；请手动选择文本。
term-machine-readable = 机器可读格式：术语表的 { $json } 格式，{ $turtle } 和 { $jsonld } 格式的 SKOS（此概念的 IRI 即上方所示），以及 { $csv } 格式。


## Titles, descriptions and breadcrumbs that the Rust code writes into the pages' context.

crumb-home = 首页
page-number = 第{ $count }页
page-title-numbered = { $title }（第{ $number }页，共{ $count }页）
glossary-title = 术语表
glossary-description = 社会处方共同词表：定义、不同国家使用的同义词、译名及来源。
glossary-language-title = 术语表（{ $language }）
glossary-language-description = 按{ $language }标签排列的社会处方术语，并附对应的英文术语。
mentions-title = 提及“{ $label }”的页面
mentions-crumb = 提及页面
case-studies-title = 案例研究
case-studies-description = 世界各地的社会处方实践，按世卫组织区域和国家分类。
country-description = { $country }的社会处方：案例研究、证据、倡导者及当地使用的名称。
evidence-title = 证据
evidence-description = 社会处方评估和综述的结构化摘要，附其数据和引文。
champions-title = 倡导者名录
champions-description = 社会处方的临床和社区倡导者，按职业、区域和关注领域分类。
champions-crumb = 倡导者
events-title = 活动
events-description = 社会处方领域即将举行和往期的会议、网络研讨会和交流聚会，并提供日历订阅源。
search-title = 搜索
search-description = 搜索术语表、案例研究、证据和倡导者。
not-found-title = 未找到页面
not-found-description = 您请求的页面不存在。
language-name = 中文
language-not-translated = （未翻译）


## The notice at the top of a record's page in a language other than the default.

translation-proposed = 拟议译文：由本知识中心自行翻译，尚未经该语言使用者审核，也未有该语言的来源佐证。
translation-attested = 译文有该语言的文献佐证（见下文）。
translation-body-original = 页面其余部分为原文语言。
translation-sources = 译文来源：
