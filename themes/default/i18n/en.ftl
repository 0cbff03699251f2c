### The catalogue of the interface in English (the default): every text that the default
### theme's templates (themes/default/templates/*.html) and hub.js show, and the page titles
### and breadcrumbs that the hub's code writes (last section), in Project Fluent syntax
### (https://projectfluent.org/fluent/guide/). A page in another language takes each
### message from that language's catalogue (i18n/<language>.ftl) and falls back to this one
### for any message it lacks.
###
### Not here: what the hub's records and data say (titles, summaries, names, countries,
### regions, professions, settings, models, study designs, languages), which stays as written,
### and dates, which are formatted as they are.
###
### For translators:
### - { $name } is filled in by the template. Where an argument is a link, an emphasis or a
###   date (the comment says so), its markup is added by the template: move it where the
###   sentence needs it, but write no HTML here.
### - $count (and the other numbers named in a comment) can select a plural form: keep the
###   *[other] variant and add [zero], [one], [two], [few] or [many] as your language needs.
###   Any message with a number may use such a selector, even where English has none.
### - {shown}, {total} and {query} in the messages for hub.js are not Fluent variables:
###   they are written {"{"}shown{"}"} here (a brace is Fluent syntax), go into the page as
###   {shown}, and are replaced by the script in the browser, which knows no plural rules:
###   keep them, and phrase those messages so that their words do not depend on the numbers
###   (e.g. "Results: {shown} of {total}").


## Values of the records' fields, shown as labels and badges. Each set lists every value
## the hub accepts (src/content/*.rs, src/collections/events/mod.rs).

# Whether a glossary term is agreed (TermStatus), shown as a badge (in capitals).
status-agreed = Agreed
status-proposed = Proposed
status-deprecated = Deprecated

# The strength of an evidence summary (Strength), shown as a badge (in capitals) and as the
# options of the evidence table's "Strength" filter.
strength-high = High
strength-moderate = Moderate
strength-low = Low
strength-emerging = Emerging

# Which way an outcome of an evidence summary moved (Direction), in the outcomes table.
direction-improved = improved
direction-worsened = worsened
direction-no-change = no change
direction-mixed = mixed
direction-unclear = unclear

# What a case study describes (CaseKind), above its title (in capitals).
case-kind-social-prescribing = Case study
case-kind-related-approach = Related approach

# Whether a case study's programme runs today (ProgrammeStatus): the "Status" of a case
# study, and its badge (in capitals) when not active.
programme-status-active = Active
programme-status-ended = Ended
programme-status-planned = Planned

# Whether an event happens as announced (EventStatus), shown as a badge (in capitals) when
# it is not scheduled.
event-status-scheduled = Scheduled
event-status-postponed = Postponed
event-status-cancelled = Cancelled

# Where an event takes place (Attendance), on its page and in the list of events.
# $city: the city (in its own script); $country: the country (on the event's page, a link).
event-attendance-online = Online
event-attendance-in-person = { $city }, { $country }
event-attendance-hybrid = { $city }, { $country }, and online

# How a code in another system relates to a glossary term (MatchRelation, the SKOS mapping
# properties), in the "Match" column of a term's codes.
match-exact = exact
match-close = close
match-broad = broad
match-narrow = narrow
match-related = related

# What a page is, shown beside each search result (in capitals).
search-kind-glossary-term = Glossary term
search-kind-case-study = Case study
search-kind-evidence = Evidence
search-kind-champion = Champion
search-kind-country = Country
search-kind-event = Event
search-kind-page = Page

# The collections, as headings of the lists of pages that mention a term.
collection-glossary = Glossary
collection-case-studies = Case studies
collection-evidence = Evidence
collection-champions = Champions
collection-events = Events
collection-pages = Pages

# Where an evidence summary names no country (in the evidence table and its "Country"
# filter, and on the summary's page).
place-international = International


## macros.html

sources-heading = Sources
# After a source's title, publisher and year: the page (or pages, or section) that holds
# the fact. $page: as the source gives it, e.g. 9 or 12–14.
source-page = p. { $page }

# At the foot of every record's page. $link: a link to the page's file in the repository
# (suggest-change-link); $contribute: a link to the contribute page
# (suggest-change-contribute-link).
suggest-change = { $link } — opens its file in the hub's repository, where you can edit it in the browser and propose the change for review (a free account is needed). See { $contribute }.
suggest-change-link = Suggest a change to this page
suggest-change-contribute-link = how to contribute

# The button on an index page that opens a new record's file in the hub's repository, one
# per collection.
propose-new-glossary = Propose a new term
propose-new-case-studies = Propose a new case study
propose-new-evidence = Propose a new evidence summary
propose-new-champions = Propose a new champion profile
propose-new-events = Propose a new event
# Beside the "Propose a new …" button.
propose-new-note = opens a new file, already filled in with every field explained, in the hub's repository

# $date: the date the facts were last checked (a date, formatted by the template).
reviewed-on = Last reviewed: { $date }

# In a case study's card, after its place, model and setting. $year: the year it started.
study-card-since = since { $year }

# A badge on the card of a champion whose profile is an illustration.
champion-card-example = example profile

# The labels of the filters of an index page, one per filter.
filter-design = Design
filter-country = Country
filter-strength = Strength
filter-profession = Profession
filter-region = Region
filter-interest = Interest
# The first option of a filter: no filtering.
filter-any = Any
# The button that clears every filter.
filter-clear = Clear

# Shown by hub.js under a filter while it is in use: how many of the list's items match.
# {shown} and {total} are replaced by the numbers in the browser: keep them as they are,
# and phrase the message so that its words do not depend on the numbers.
filter-status-shown = {"{"}shown{"}"} of {"{"}total{"}"} shown
# Shown by hub.js while it fetches the other pages of a list split into pages, so that a
# filter covers every item.
list-status-loading = Loading every page of the list…
# Shown by hub.js when the other pages of a list could not be fetched.
list-status-load-failed = Could not load every page of the list: showing this page only.

# The accessible name of the navigation between the pages of a long list.
pagination-label = Pages
# Which items of a long list this page shows: $first to $last of $total.
pagination-range = { $first }–{ $last } of { $total }
pagination-previous = Previous
pagination-next = Next


## base.html

# The title of the site's Atom feed, offered to feed readers. $site: the site's title.
base-feed-title = { $site }: new case studies and evidence
# The first link of every page, visible when it has the keyboard focus.
base-skip-link = Skip to main content
# The label (read by screen readers) and the placeholder of the search box in the header.
base-search-label = Search the hub
base-search-placeholder = Search the hub
base-search-button = Search
# The accessible names (read by screen readers) of the header's menu, the breadcrumbs and
# the footer's links.
base-nav-label = Main
base-breadcrumb-label = Breadcrumb
base-footer-nav-label = Footer
base-footer-feed = Feed
base-footer-glossary-data = Glossary data (JSON)
# The accessible name of the language switcher in the header.
base-languages-label = Languages
# In the footer, when the site names a publisher. $publisher: its name.
base-footer-publisher = Published by { $publisher }.
# In the footer of every page; "hub" is the name of the software that builds the site.
base-footer-note = No cookies, no trackers, no third-party assets. Built with hub.


## 404.html

not-found-heading = Page not found
not-found-lead = There is no page at this address. It may have moved, or the link may have a typo.
not-found-home = Home
not-found-glossary = Glossary
not-found-case-studies = Case studies
not-found-evidence = Evidence
not-found-champions = Champion directory


## case_studies.html

case-studies-heading = Case studies

# The opening paragraph of the case studies page, in four forms: with or without
# territories (such as Hong Kong, not counted as countries) and with or without related
# approaches. $count: the number of social prescribing case studies; $countries: the number
# of countries, in bold (case-studies-lead-countries); $territories: the names of the
# territories; $related: the number of related approaches.
case-studies-lead =
    { $count ->
        [one] { $count } case study
       *[other] { $count } case studies
    } of social prescribing programmes, policies and evaluations from { $countries }, grouped by WHO region and country.
case-studies-lead-territories =
    { $count ->
        [one] { $count } case study
       *[other] { $count } case studies
    } of social prescribing programmes, policies and evaluations from { $countries } and { $territories }, grouped by WHO region and country.
case-studies-lead-related =
    { $count ->
        [one] { $count } case study
       *[other] { $count } case studies
    } of social prescribing programmes, policies and evaluations from { $countries }, grouped by WHO region and country, with { $related ->
        [one] { $related } related approach
       *[other] { $related } related approaches
    } shown apart.
case-studies-lead-territories-related =
    { $count ->
        [one] { $count } case study
       *[other] { $count } case studies
    } of social prescribing programmes, policies and evaluations from { $countries } and { $territories }, grouped by WHO region and country, with { $related ->
        [one] { $related } related approach
       *[other] { $related } related approaches
    } shown apart.
# The number of countries in the opening paragraph (shown in bold).
case-studies-lead-countries =
    { $count ->
        [one] { $count } country
       *[other] { $count } countries
    }

# The note under the opening paragraph, in three sentences.
case-studies-coverage-how = How this is counted: from the case studies on this site.
case-studies-coverage-rule = A country counts when at least one case study describes a social prescribing programme, policy or evaluation there; territories are not counted as countries, and related approaches (such as exercise referral or health mediation) are not counted.
# The same, when some countries have only related approaches. $places: their names;
# $count: how many they are.
case-studies-coverage-rule-related-only =
    A country counts when at least one case study describes a social prescribing programme, policy or evaluation there; territories are not counted as countries, and related approaches (such as exercise referral or health mediation) are not counted ({ $places } { $count ->
        [one] has
       *[other] have
    } only a related approach so far).
# $report: a link to the report, whose text is case-studies-coverage-report.
case-studies-coverage-comparison = For comparison, the 2024 edition of the { $report } report (National Academy for Social Prescribing and the International Social Prescribing Collaborative) covers 31 countries.
# The title of a published report: keep it as published unless it has an official
# translation.
case-studies-coverage-report = Social Prescribing Around the World

# The legend of the world map: how many case studies each shade of a country stands for.
case-studies-map-legend = Legend
case-studies-map-shade-1 = 1 case study
case-studies-map-shade-2 = 2–3
case-studies-map-shade-3 = 4–9
case-studies-map-shade-4 = 10 or more
case-studies-map-caption = Select a country to see its case studies; the same countries are listed by WHO region below. Map data: Natural Earth (public domain).
# The accessible name of the list of WHO regions that leads to each region's case studies.
case-studies-regions-label = Regions
# After a case study's title, place and model, when it describes a related approach.
case-studies-related-approach = related approach
# After a case study's title, place and model, when its programme is not active.
case-studies-status-active = active
case-studies-status-ended = ended
case-studies-status-planned = planned


## case_study.html

# Shown on a case study that describes a related approach (case-kind-related-approach).
case-study-related-notice = This is a related approach, not social prescribing as the 2023 international definition describes it. The hub shows it for comparison and counts it apart from social prescribing programmes.
case-study-place = Place
case-study-setting = Setting
case-study-model = Model
case-study-status = Status
case-study-population = Who it serves
case-study-started = Started
case-study-organisations = Organisations
case-study-region = WHO region
case-study-found-heading = What was found
case-study-evidence-heading = Evidence
# $date: the date the case study was added (a date, formatted by the template).
case-study-added = Added: { $date }


## champion.html

# Above a champion's name (in capitals), before their country.
champion-kicker = Champion
champion-example-notice = This is an example profile that shows what a champion entry looks like. It does not describe a real person.
champion-profession = Profession
champion-setting = Setting
champion-organisation = Organisation
champion-region = Region
champion-country = Country
# The year a champion joined the network.
champion-since = Champion since
champion-languages = Languages
champion-interests = Interests
champion-activities = Activities
champion-contact = Contact
# A link that writes an email to the editors, for a champion who has not published their
# contact details.
champion-introduce-link = Ask the editors to introduce you
# Beside champion-introduce-link, after a dash. $name: the champion's name.
champion-introduce-note = { $name } has not published contact details; the editors pass your message on with their consent.
champion-links-heading = Links


## champions.html

champions-heading = Champion directory
# $count: the number of champions.
champions-lead =
    { $count ->
        [one] { $count } champion who raises awareness of social prescribing in their profession and region.
       *[other] { $count } champions who raise awareness of social prescribing in their profession and region.
    } Contact details are shown only where a champion has consented to publish them.
champions-filter-legend = Filter champions
# The accessible name of the list of professions that leads to each profession's champions.
champions-professions-label = Professions


## contribute.html

contribute-reference-heading = Every field of every collection
# $check and $schema: the commands "hub check" and "hub schema" (as code).
contribute-reference-intro = This reference is generated from the same schemas that { $check } and { $schema } use, so it always matches what the hub accepts. Required fields must be present; controlled fields take one of the listed values.
# The accessible name of the list of collections that leads to each collection's fields.
contribute-collections-label = Collections
# After a collection's name, after a dash. $file: where its records are written; $schema:
# the file of its JSON Schema (both as code).
contribute-reference-files = { $file }, schema { $schema }
contribute-field = Field
contribute-type = Type
contribute-required = Required
contribute-meaning = Meaning and allowed values
# Whether a field must be present.
contribute-field-required = required
contribute-field-optional = optional
# Opens the list of a field's allowed values. $count: how many there are.
contribute-allowed-count =
    { $count ->
        [one] { $count } allowed value
       *[other] { $count } allowed values
    }
# $values: the allowed values (as code).
contribute-allowed = Allowed: { $values }


## country.html

# $country: the country's name.
country-heading = Social prescribing in { $country }
country-case-studies-heading = Case studies
# The names of glossary terms used in a country. $country: the country's name.
country-labels-heading = Words used in { $country }
# After a name used in the country, after a dash. $term: a link to the glossary term.
country-label-see = see { $term }
country-evidence-heading = Evidence
# $link: a link to the evidence table filtered to the country (country-all-evidence-link).
country-all-evidence = { $link } (in the evidence table, filtered).
# $count: the number of evidence summaries; $country: the country's name.
country-all-evidence-link =
    { $count ->
        [one] The { $count } evidence summary about { $country }
       *[other] All { $count } evidence summaries about { $country }
    }
country-champions-heading = Champions
# $link: a link to the champion directory filtered to the country
# (country-all-champions-link).
country-all-champions = { $link } (in the directory, filtered).
# $count: the number of champions; $country: the country's name.
country-all-champions-link =
    { $count ->
        [one] The { $count } champion in { $country }
       *[other] All { $count } champions in { $country }
    }


## event.html

# Above an event's title (in capitals), before event-upcoming or event-past.
event-kicker = Event
event-upcoming = upcoming
event-past = past
event-when = When
event-where = Where
event-organiser = Organiser
# Who the event is for.
event-audience = For
event-language = Language
event-organiser-page = Organiser's page
# The text of the link to the organiser's page, before and after the event.
event-link-upcoming = Programme and registration
event-link-past = The event's page
event-terms-heading = Related terms
# $date: the day the site was built; $calendar: a link (event-calendar-link).
event-built = Upcoming or past as of { $date }, when this page was built. { $calendar }.
event-calendar-link = Add the hub's events to your calendar
# Shown instead of an event whose dates are wrong. $command: the command "hub check" (as
# code).
event-unreadable = This event's dates could not be read; run { $command }.


## events.html

# The title of the calendar file of the hub's events, offered to calendar applications
# (also on each event's page).
events-calendar-title = Events (iCalendar)
events-heading = Events
# $feed: a link to the calendar file (events-lead-feed).
events-lead = Conferences, webinars and meet-ups of the social prescribing field. Each one links to its organiser's page; add them to your calendar with the { $feed }.
events-lead-feed = iCalendar feed
# $date: the day the site was built.
events-built = This page was built on { $date }: events that had not ended by then are listed as upcoming.
events-upcoming-heading = Upcoming
events-past-heading = Past
events-no-upcoming = No upcoming events are listed yet.
events-no-past = No past events are listed.


## evidence.html

# Above an evidence summary's title (in capitals), before its study design and year.
evidence-kicker = Evidence summary
evidence-where = Where
evidence-setting = Setting
evidence-design = Design
evidence-sample = Sample
evidence-strength = Strength of evidence
evidence-outcomes-heading = Outcomes
# The columns of the outcomes table.
evidence-outcome-measure = Measure
evidence-outcome-result = Result
evidence-outcome-direction = Direction
evidence-outcome-comparison = Compared with
evidence-case-studies-heading = Case studies drawing on this evidence
evidence-citation-heading = Citation
# The heading of an evidence summary's sources besides the publication it summarises.
evidence-further-sources = Further sources


## evidence_index.html

evidence-index-heading = Evidence
# $count: the number of evidence summaries. "low" and "emerging" are strengths of evidence
# (strength-low, strength-emerging).
evidence-index-lead =
    { $count ->
        [one] { $count } structured summary of evaluations and reviews of social prescribing.
       *[other] { $count } structured summaries of evaluations and reviews of social prescribing.
    } Strength describes how far the design supports confident conclusions; much of the evidence is still low or emerging.
evidence-index-filter-legend = Filter the evidence
# The caption of the evidence table (read by screen readers).
evidence-index-caption = Evidence summaries, newest first
# The columns of the evidence table ("Year" and "Strength" sort it).
evidence-index-study = Study
evidence-index-year = Year
evidence-index-where = Where
evidence-index-design = Design
evidence-index-sample = Sample
evidence-index-strength = Strength
# In the "Year" column, for a report without a year.
evidence-index-year-not-stated = not stated


## glossary.html

# The titles of the glossary's data files, offered to applications that read them.
glossary-turtle-title = The glossary as SKOS (Turtle)
glossary-jsonld-title = The glossary as SKOS (JSON-LD)
glossary-csv-title = The glossary as CSV
glossary-heading = Glossary
# The first sentence of the glossary's opening paragraph. $count: the number of terms.
glossary-lead =
    { $count ->
        [one] { $count } term of social prescribing, with the names used in different countries and languages.
       *[other] { $count } terms of social prescribing, with the names used in different countries and languages.
    }
# The rest of the opening paragraph. $json, $turtle, $jsonld: links to the data files, whose
# texts are the formats' names; $csv: a link (glossary-lead-csv); $releases: a link
# (glossary-lead-releases).
glossary-lead-formats = Every term has a persistent identifier (IRI); the whole vocabulary is available as { $json }, as a SKOS concept scheme in { $turtle } and { $jsonld }, and as a { $csv }, one row per term and language. { $releases }.
glossary-lead-csv = spreadsheet (CSV)
glossary-lead-releases = Releases and what changed in each
# Above the links to the glossary listed by its labels in each language.
glossary-languages-heading = Browse in another language
# The accessible name of the A–Z links.
glossary-letters-label = Letters
glossary-filter-label = Filter terms
glossary-filter-placeholder = e.g. link worker, PCN
# Beside a term in the list: into how many languages it is translated. $count: that number.
glossary-term-languages =
    { $count ->
        [one] { $count } language
       *[other] { $count } languages
    }
# The tooltip of glossary-term-languages.
glossary-term-languages-title =
    { $count ->
        [one] Translated into { $count } language
       *[other] Translated into { $count } languages
    }


## glossary_lang.html

# The glossary listed by its labels in one language. $language: the language's name.
glossary-lang-heading = Glossary in { $language }
# $count: the number of terms with a label in the language; $language: its name. "English"
# is the language of the glossary's terms and definitions.
glossary-lang-lead =
    { $count ->
        [one] { $count } term with a { $language } label, listed by that label, with the English term beside it.
       *[other] { $count } terms with a { $language } label, listed by that label, with the English term beside each.
    } These translations are proposed for review by partners unless marked otherwise on the term's page.
glossary-lang-english-term = English term
glossary-lang-english-definition = Definition (English)


## home.html

home-intro-link = What is social prescribing?
home-glossary-link = Browse the glossary
# The heading of the figures below (read by screen readers).
home-stats-heading = The hub in numbers
# The figures of the home page: $count is the number, and $number the same number in bold.
home-stats-terms =
    { $count ->
        [one] { $number } glossary term
       *[other] { $number } glossary terms
    }
# $count and $number: the number of case studies; $country_count and $countries: the number
# of countries (plain, and in bold).
home-stats-case-studies =
    { $count ->
        [one] { $number } social prescribing case study
       *[other] { $number } social prescribing case studies
    } from { $country_count ->
        [one] { $countries } country
       *[other] { $countries } countries
    }
home-stats-evidence =
    { $count ->
        [one] { $number } evidence summary
       *[other] { $number } evidence summaries
    }
home-stats-champions =
    { $count ->
        [one] { $number } champion
       *[other] { $number } champions
    }
home-terms-heading = A shared language
home-terms-intro = The glossary gives every word of social prescribing one page: its definition, the names used in different countries, translations and sources. Partners can reference each term by a persistent identifier (IRI) that stays the same if the site moves.
home-world-heading = Around the world
# Under the world map. $link: a link to the case studies page (home-map-caption-link).
home-map-caption = Countries with case studies are shaded by how many there are; select one to open its page. { $link }.
home-map-caption-link = All case studies by region
home-recent-heading = Recently added


## mentions.html

# $term: a link to the glossary term.
mentions-heading = Pages that mention { $term }
# $count: the number of pages.
mentions-lead =
    { $count ->
        [one] { $count } page of the hub mentions this term, by section.
       *[other] { $count } pages of the hub mention this term, by section.
    }
# After a page that mentions a term more than once (also on the term's page). $count: how
# many times.
mentions-count =
    { $count ->
        [one] ({ $count } mention)
       *[other] ({ $count } mentions)
    }


## page.html

# The heading of a page's table of contents.
page-toc-heading = On this page


## release.html

# $version: the release's number, e.g. 1.2.
release-heading = Glossary release { $version }
# $date: the release's date (a date, formatted by the template); $count: its number of terms.
release-lead =
    Released on { $date } with { $count ->
        [one] { $count } term
       *[other] { $count } terms
    }.
release-first = This is the first release: every term is new.
# $release: a link to the release before, whose text is its number.
release-changes-since = Changes since release { $release }.
release-files-heading = Files of this release
release-changes-heading = What changed
# After a change that deprecated a term. $term: a link to the term that replaces it.
release-replaced-by = use { $term }
release-no-changes = No term changed.


## releases.html

releases-heading = Glossary releases
releases-lead = A release freezes the glossary: its files stay published unchanged, so that a partner can cite a term as it was, and each release lists what changed since the one before. A term's identifier (IRI) is never removed or reused; a term that is no longer preferred is deprecated and points to its replacement.
# The columns of the table of releases.
releases-release = Release
releases-date = Date
releases-terms = Terms
releases-changed = Terms added or changed
releases-unreleased-heading = Not yet released
# Before the list of changes not released yet. $release: the number of the latest release.
releases-unreleased = Changes since release { $release }, which the next release will include:
# $release: the number of the latest release.
releases-up-to-date = The glossary is as in release { $release }.
releases-none = The editors have not published a release yet. Until they do, the glossary's files describe its current state.


## search.html

search-heading = Search
search-label = Search the glossary, case studies, evidence and champions
search-button = Search
# Under the search box. Choose examples that find pages in your language.
search-hint = Try “link worker”, “Japan”, “loneliness” or “A&E”. Use the arrow keys to move through the results.

# Shown by hub.js in the status line of the search. {query}, {shown} and {total} are
# replaced in the browser by what was searched, the number of results shown and the number
# found: keep them as they are, and phrase the messages so that their words do not depend
# on the numbers.

# When the query has no word of two letters or more.
search-status-short = Type a word of at least two letters.
search-status-searching = Searching…
search-status-none = No results for “{"{"}query{"}"}”
# Exactly one result.
search-status-one = 1 result for “{"{"}query{"}"}”
# Two or more results, all shown.
search-status-all = {"{"}total{"}"} results for “{"{"}query{"}"}”
# More results than shown (at least two found).
search-status-some = {"{"}shown{"}"} of {"{"}total{"}"} results for “{"{"}query{"}"}”
# Results for a query with a very common word: each such word lists only the pages where it weighs most.
search-status-best = {"{"}shown{"}"} of the {"{"}total{"}"} most relevant results for “{"{"}query{"}"}”
search-status-failed = Search could not load. Browse the glossary or case studies instead.
# The button under the results that shows the next ones.
search-more = Show more results
# On the search page of a language other than the site's default: a link to the same
# search in the default language, whose pages include those not translated.
search-in-default-language = Search also the pages not translated into this language (in English)

# For browsers without JavaScript. $glossary, $case_studies, $evidence: links
# (search-browse-glossary, search-browse-case-studies, search-browse-evidence).
search-needs-js = Search runs in your browser and needs JavaScript. Without it, browse the { $glossary }, the { $case_studies } or the { $evidence }.
# On a site built without search. The links are those of search-needs-js.
search-not-built = Search is not built for this site. Browse the { $glossary }, the { $case_studies } or the { $evidence }.
search-browse-glossary = glossary A–Z
search-browse-case-studies = case studies by region
search-browse-evidence = evidence table


## term.html

# The title of the term's data file, offered to applications that read it.
term-jsonld-title = This term as SKOS (JSON-LD)
# Above the term's label (in capitals).
term-kicker = Glossary term
term-deprecated = This term is deprecated. Its address stays so that existing references keep working.
# $term: a link to the term that replaces it.
term-deprecated-replaced = This term is deprecated: use { $term } instead. Its address stays so that existing references keep working.
# A definition quoted word for word. $term: the term's label (marked as the term being
# defined); $definition: the quoted definition.
term-definition-quoted = { $term } is “{ $definition }”
# Under a quoted definition. $source: the source's title (a link where it has one), with
# its publisher, year and page.
term-quoted-from = Quoted word for word from { $source }.
# A definition in the hub's own words. $term: the term's label (marked as the term being
# defined); $definition: the definition.
term-definition = { $term }: { $definition }
term-definition-note = Definition in the hub's own words; see the sources below.
# $place: the only country or region where the term applies, e.g. England.
term-jurisdiction = An administrative term of { $place } only: other countries organise this differently.
term-aliases = Also called
term-abbreviations = Abbreviations
term-regional-heading = Names used in particular countries
# The columns of the table of names used in particular countries.
term-regional-label = Label
term-regional-language = Language
term-regional-where = Where
term-translations-heading = Translations
# $in_use and $proposed: term-translation-in-use and term-translation-proposed, in bold.
term-translations-note = A label marked { $in_use } is used for this concept by the source named beside it. A { $proposed } label is the hub's suggestion, awaiting review by partners who work in that language; it is not an official term.
# The status of a translation (shown as a badge, in capitals): attested by a source, or
# proposed by the hub.
term-translation-in-use = in use
term-translation-proposed = proposed
# The columns of the table of translations.
term-translations-language = Language
term-translations-label = Label
term-translations-status = Status
term-mappings-heading = Codes in other systems
# The columns of the table of codes in other systems; "Match" is how the code relates to
# the term (match-exact, match-close …).
term-mappings-system = System
term-mappings-code = Code
term-mappings-label = Label there
term-mappings-match = Match
term-mappings-source = Source
term-relations-heading = Related terms
# The kinds of related terms: more general, more specific, associated.
term-broader = Broader
term-narrower = Narrower
term-related = Related
term-mentions-heading = Mentioned in
# $count: the number of pages that mention the term.
term-mention-pages =
    { $count ->
        [one] { $count } page mentions this term.
       *[other] { $count } pages mention this term.
    }
# Under a section's first pages that mention the term. $count: how many more pages.
term-mentions-more = and { $count } more
# A link to the page that lists every page that mentions the term. $count: their number;
# $term: the term's label.
term-mentions-all =
    { $count ->
        [one] The { $count } page that mentions { $term }
       *[other] All { $count } pages that mention { $term }
    }
term-mentions-none = No page mentions this term yet.
term-history-heading = History
# $release: a link to the release, whose text is its number; $date: its date (a date,
# formatted by the template).
term-history-added = Added in release { $release } ({ $date })
# $release and $date: as in term-history-added; $changes: what changed (in English).
term-history-changed = Release { $release } ({ $date }): { $changes }
term-cite-heading = Reference this term
# Before the term's IRI (persistent identifier).
term-cite-iri = Identifier (IRI):
term-copy-iri = Copy IRI
# Shown by hub.js when the IRI was copied.
term-copied-iri = Copied IRI.
term-cite-iri-note = The IRI names this concept in data and documents and stays the same if the site moves; a deprecated term keeps it.
# Before the address of the term's page.
term-cite-page = This page:
term-copy-link = Copy link
# Shown by hub.js when the address was copied.
term-copied-link = Copied link.
# Before a citation of the term, to copy into a document.
term-cite-citation = Cite this term:
# The citation. $publisher: the site's publisher (or title); $term: the term's label;
# $site: the site's title; $status: the term's status (agreed, proposed or deprecated);
# $iri: the term's IRI; $url: the address of its page.
term-citation =
    { $publisher }. “{ $term }”. In: { $site }, { $status ->
        [proposed] glossary (proposed term)
        [deprecated] glossary (deprecated term)
       *[agreed] glossary
    }. { $iri }. Available at: { $url }
term-copy-citation = Copy citation
# Shown by hub.js when the citation was copied.
term-copied-citation = Copied citation.
# Shown by hub.js when the browser did not allow copying.
term-copy-failed = Copying was not allowed; select the text instead.
# $json, $turtle, $jsonld, $csv: links to the glossary's data files, whose texts are the
# formats' names.
term-machine-readable = Machine-readable: the glossary in { $json }, as SKOS in { $turtle } and { $jsonld } (this concept's IRI is the one above), and as { $csv }.


## Titles, descriptions and breadcrumbs that the Rust code writes into the pages' context
## (src/render/pages, src/collections, src/i18n): plain text, shown in the browser's tab,
## in search engines and in the breadcrumbs.

# The first breadcrumb of every page.
crumb-home = Home
# The breadcrumb of a later page of a long list. $count: the page's number.
page-number = Page { $count }
# The title of a later page of a long list. $title: the list's title; $number: the page's
# number; $count: the number of pages.
page-title-numbered = { $title } (page { $number } of { $count })
glossary-title = Glossary
glossary-description = A shared vocabulary of social prescribing: definitions, synonyms used in different countries, translations and sources.
# The glossary listed by its labels in one language. $language: the language's name.
glossary-language-title = Glossary in { $language }
glossary-language-description = Social prescribing terms by their { $language } labels, with the English term beside each.
# The page that lists every page that mentions a term. $label: the term's label.
mentions-title = Pages that mention “{ $label }”
mentions-crumb = Mentions
case-studies-title = Case studies
case-studies-description = Social prescribing in practice around the world, by WHO region and country.
# $country: the country's name.
country-description = Social prescribing in { $country }: case studies, evidence, champions and the words used there.
evidence-title = Evidence
evidence-description = Structured summaries of evaluations and reviews of social prescribing, with their figures and citations.
champions-title = Champion directory
champions-description = Clinical and community champions of social prescribing, by profession, region and interest.
champions-crumb = Champions
events-title = Events
events-description = Conferences, webinars and meet-ups of the social prescribing field, upcoming and past, with a calendar feed.
search-title = Search
search-description = Search the glossary, case studies, evidence and champions.
not-found-title = Page not found
not-found-description = The page you asked for is not here.
# The language's own name, in the language switcher (in this catalogue: English, written in
# English; in each other catalogue, that language's name for itself).
language-name = English
# In the language switcher, beside a language that this page has not been translated into
# (its link goes to that language's home page).
language-not-translated = (not translated)


## The notice at the top of a record's page in a language other than the default.

# The translation has no source in the language: the hub's own, awaiting review.
translation-proposed = Proposed translation: the hub's own, not yet reviewed by speakers of this language or attested by a source in it.
# The translation follows documents written in the language, listed after it.
translation-attested = Translation attested by documents in this language (below).
# Added when the record's main text has not been translated.
translation-body-original = The rest of the page is in its original language.
translation-sources = Sources of the translation:
