### The interface in French.
### Status: draft translation by the hub's developers, not yet reviewed by French-speaking partners; every message should be checked before it is called reviewed.
### Translators: see en.ftl for what each message means.
###
### Conventions of this draft: French guillemets « » with narrow no-break spaces (U+202F)
### inside them and before ; : ! ?; a no-break space (U+00A0) after "p." Plural selectors use
### French's CLDR categories: [one] (0 and 1), [many] (large round numbers such as 1000000,
### written « 1000000 de … »), *[other]. Country and language names reach these messages in
### English, as the records write them, so the messages avoid constructions that depend on
### their gender or article (« en France », « au Canada »).
### The per-message comments below are those of en.ftl, in English.

## Values of the records' fields, shown as labels and badges. Each set lists every value
## the hub accepts (src/content/*.rs, src/collections/events/mod.rs).

# Whether a glossary term is agreed (TermStatus), shown as a badge (in capitals).
status-agreed = Approuvé
status-proposed = Proposé
status-deprecated = Déconseillé

# The strength of an evidence summary (Strength), shown as a badge (in capitals) and as the
# options of the evidence table's "Strength" filter.
strength-high = Élevé
strength-moderate = Modéré
strength-low = Faible
strength-emerging = Émergent

# Which way an outcome of an evidence summary moved (Direction), in the outcomes table.
direction-improved = amélioration
direction-worsened = détérioration
direction-no-change = aucun changement
direction-mixed = évolution contrastée
direction-unclear = évolution incertaine

# What a case study describes (CaseKind), above its title (in capitals).
case-kind-social-prescribing = Étude de cas
case-kind-related-approach = Approche apparentée

# Whether a case study's programme runs today (ProgrammeStatus): the "Status" of a case
# study, and its badge (in capitals) when not active.
programme-status-active = En cours
programme-status-ended = Terminé
programme-status-planned = Prévu

# Whether an event happens as announced (EventStatus), shown as a badge (in capitals) when
# it is not scheduled.
event-status-scheduled = Programmé
event-status-postponed = Reporté
event-status-cancelled = Annulé

# Where an event takes place (Attendance), on its page and in the list of events.
# $city: the city (in its own script); $country: the country (on the event's page, a link).
event-attendance-online = En ligne
event-attendance-in-person = { $city }, { $country }
event-attendance-hybrid = { $city }, { $country }, ainsi qu’en ligne

# How a code in another system relates to a glossary term (MatchRelation, the SKOS mapping
# properties), in the "Match" column of a term's codes.
match-exact = exacte
match-close = proche
match-broad = plus large
match-narrow = plus étroite
match-related = associée

# What a page is, shown beside each search result (in capitals).
search-kind-glossary-term = Terme du glossaire
search-kind-case-study = Étude de cas
search-kind-evidence = Données probantes
search-kind-champion = Champion
search-kind-country = Pays
search-kind-event = Événement
search-kind-page = Page

collection-glossary = Glossaire
collection-case-studies = Études de cas
collection-evidence = Données probantes
collection-champions = Champions
collection-events = Événements
collection-pages = Pages

# Where an evidence summary names no country (in the evidence table and its "Country"
# filter, and on the summary's page).
place-international = International


## macros.html

sources-heading = Sources
# After a source's title, publisher and year: the page (or pages, or section) that holds
# the fact. $page: as the source gives it, e.g. 9 or 12–14.
source-page = p. { $page }

# At the foot of every record's page. $link: a link to the page's file in the repository
# (suggest-change-link); $contribute: a link to the contribute page
# (suggest-change-contribute-link).
suggest-change = { $link } — ouvre le fichier de cette page dans le dépôt du hub, où vous pouvez le modifier dans votre navigateur et soumettre la modification à relecture (un compte gratuit est nécessaire). Voir { $contribute }.
suggest-change-link = Proposer une modification de cette page
suggest-change-contribute-link = comment contribuer

# The button on an index page that opens a new record's file in the hub's repository, one
# per collection.
propose-new-glossary = Proposer un nouveau terme
propose-new-case-studies = Proposer une nouvelle étude de cas
propose-new-evidence = Proposer une nouvelle synthèse de données probantes
propose-new-champions = Proposer un nouveau profil de champion
propose-new-events = Proposer un nouvel événement
# Beside the "Propose a new …" button.
propose-new-note = ouvre dans le dépôt du hub un nouveau fichier, déjà prérempli, dont chaque champ est expliqué

# $date: the date the facts were last checked (a date, formatted by the template).
reviewed-on = Dernière vérification : { $date }

# In a case study's card, after its place, model and setting. $year: the year it started.
study-card-since = depuis { $year }

# A badge on the card of a champion whose profile is an illustration.
champion-card-example = exemple de profil

# The labels of the filters of an index page, one per filter.
filter-design = Plan d’étude
filter-country = Pays
filter-strength = Niveau de preuve
filter-profession = Profession
filter-region = Région
filter-interest = Centre d’intérêt
# The first option of a filter: no filtering.
filter-any = Indifférent
# The button that clears every filter.
filter-clear = Réinitialiser

# Shown by hub.js under a filter while it is in use: how many of the list's items match.
# {shown} and {total} are replaced by the numbers in the browser: keep them as they are,
# and phrase the message so that its words do not depend on the numbers.
filter-status-shown = Affichage : {"{"}shown{"}"} sur {"{"}total{"}"}
# Shown by hub.js while it fetches the other pages of a list split into pages, so that a
# filter covers every item.
list-status-loading = Chargement de toutes les pages de la liste…
# Shown by hub.js when the other pages of a list could not be fetched.
list-status-load-failed = Impossible de charger toutes les pages de la liste : seule cette page est affichée.

# The accessible name of the navigation between the pages of a long list.
pagination-label = Pages
# Which items of a long list this page shows: $first to $last of $total.
pagination-range = { $first }–{ $last } sur { $total }
pagination-previous = Précédent
pagination-next = Suivant


## base.html

# The title of the site's Atom feed, offered to feed readers. $site: the site's title.
base-feed-title = { $site } : nouvelles études de cas et données probantes
# The first link of every page, visible when it has the keyboard focus.
base-skip-link = Aller au contenu principal
# The label (read by screen readers) and the placeholder of the search box in the header.
base-search-label = Rechercher dans le hub
base-search-placeholder = Rechercher dans le hub
base-search-button = Rechercher
# The accessible names (read by screen readers) of the header's menu, the breadcrumbs and
# the footer's links.
base-nav-label = Menu principal
base-breadcrumb-label = Fil d’Ariane
base-footer-nav-label = Pied de page
base-footer-feed = Flux
base-footer-glossary-data = Données du glossaire (JSON)
# The accessible name of the language switcher in the header.
base-languages-label = Langues
# In the footer, when the site names a publisher. $publisher: its name.
base-footer-publisher = Publié par { $publisher }.
# In the footer of every page; "hub" is the name of the software that builds the site.
base-footer-note = Aucun cookie, aucun traceur, aucune ressource tierce. Réalisé avec hub.


## 404.html

not-found-heading = Page introuvable
not-found-lead = Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.
not-found-home = Accueil
not-found-glossary = Glossaire
not-found-case-studies = Études de cas
not-found-evidence = Données probantes
not-found-champions = Annuaire des champions


## case_studies.html

case-studies-heading = Études de cas

# The opening paragraph of the case studies page, in four forms: with or without
# territories (such as Hong Kong, not counted as countries) and with or without related
# approaches. $count: the number of social prescribing case studies; $countries: the number
# of countries, in bold (case-studies-lead-countries); $territories: the names of the
# territories; $related: the number of related approaches.
case-studies-lead =
    { $count ->
        [one] { $count } étude de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries }, classée par Région de l’OMS et par pays.
        [many] { $count } d’études de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries }, classées par Région de l’OMS et par pays.
       *[other] { $count } études de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries }, classées par Région de l’OMS et par pays.
    }
case-studies-lead-territories =
    { $count ->
        [one] { $count } étude de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries } et { $territories }, classée par Région de l’OMS et par pays.
        [many] { $count } d’études de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries } et { $territories }, classées par Région de l’OMS et par pays.
       *[other] { $count } études de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries } et { $territories }, classées par Région de l’OMS et par pays.
    }
case-studies-lead-related =
    { $count ->
        [one] { $count } étude de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries }, classée par Région de l’OMS et par pays ;
        [many] { $count } d’études de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries }, classées par Région de l’OMS et par pays ;
       *[other] { $count } études de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries }, classées par Région de l’OMS et par pays ;
    } { $related ->
        [one] { $related } approche apparentée est présentée à part.
        [many] { $related } d’approches apparentées sont présentées à part.
       *[other] { $related } approches apparentées sont présentées à part.
    }
case-studies-lead-territories-related =
    { $count ->
        [one] { $count } étude de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries } et { $territories }, classée par Région de l’OMS et par pays ;
        [many] { $count } d’études de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries } et { $territories }, classées par Région de l’OMS et par pays ;
       *[other] { $count } études de cas de programmes, de politiques et d’évaluations de prescription sociale dans { $countries } et { $territories }, classées par Région de l’OMS et par pays ;
    } { $related ->
        [one] { $related } approche apparentée est présentée à part.
        [many] { $related } d’approches apparentées sont présentées à part.
       *[other] { $related } approches apparentées sont présentées à part.
    }
# The number of countries in the opening paragraph (shown in bold).
case-studies-lead-countries =
    { $count ->
        [one] { $count } pays
        [many] { $count } de pays
       *[other] { $count } pays
    }

# The note under the opening paragraph, in three sentences.
case-studies-coverage-how = Mode de calcul : à partir des études de cas publiées sur ce site.
case-studies-coverage-rule = Un pays est compté dès qu’au moins une étude de cas y décrit un programme, une politique ou une évaluation de prescription sociale ; les territoires ne sont pas comptés comme des pays, et les approches apparentées (comme l’activité physique sur prescription ou la médiation en santé) ne sont pas prises en compte.
# The same, when some countries have only related approaches. $places: their names;
# $count: how many they are.
case-studies-coverage-rule-related-only =
    Un pays est compté dès qu’au moins une étude de cas y décrit un programme, une politique ou une évaluation de prescription sociale ; les territoires ne sont pas comptés comme des pays, et les approches apparentées (comme l’activité physique sur prescription ou la médiation en santé) ne sont pas prises en compte ({ $places } { $count ->
        [one] n’a pour l’instant qu’une approche apparentée
       *[other] n’ont pour l’instant que des approches apparentées
    }).
# $report: a link to the report, whose text is case-studies-coverage-report.
case-studies-coverage-comparison = À titre de comparaison, l’édition 2024 du rapport { $report } (National Academy for Social Prescribing et International Social Prescribing Collaborative) couvre 31 pays.
# The title of a published report: keep it as published unless it has an official
# translation.
case-studies-coverage-report = Social Prescribing Around the World

# The legend of the world map: how many case studies each shade of a country stands for.
case-studies-map-legend = Légende
case-studies-map-shade-1 = 1 étude de cas
case-studies-map-shade-2 = 2–3
case-studies-map-shade-3 = 4–9
case-studies-map-shade-4 = 10 ou plus
case-studies-map-caption = Sélectionnez un pays pour afficher ses études de cas ; les mêmes pays sont répertoriés ci-dessous par Région de l’OMS. Données cartographiques : Natural Earth (domaine public).
# The accessible name of the list of WHO regions that leads to each region's case studies.
case-studies-regions-label = Régions
# After a case study's title, place and model, when it describes a related approach.
case-studies-related-approach = approche apparentée
# After a case study's title, place and model, when its programme is not active.
case-studies-status-active = en cours
case-studies-status-ended = terminé
case-studies-status-planned = prévu


## case_study.html

# Shown on a case study that describes a related approach (case-kind-related-approach).
case-study-related-notice = Il s’agit d’une approche apparentée, et non de prescription sociale au sens de la définition internationale de 2023. Le hub la présente à titre de comparaison et la comptabilise séparément des programmes de prescription sociale.
case-study-place = Lieu
case-study-setting = Cadre
case-study-model = Modèle
case-study-status = Statut
case-study-population = Population desservie
case-study-started = Début
case-study-organisations = Organismes
case-study-region = Région de l’OMS
case-study-found-heading = Principaux constats
case-study-evidence-heading = Données probantes
# $date: the date the case study was added (a date, formatted by the template).
case-study-added = Date d’ajout : { $date }


## champion.html

# Above a champion's name (in capitals), before their country.
champion-kicker = Champion
champion-example-notice = Ceci est un exemple de profil, qui montre à quoi ressemble la fiche d’un champion. Il ne décrit pas une personne réelle.
champion-profession = Profession
champion-setting = Cadre d’exercice
champion-organisation = Organisme
champion-region = Région
champion-country = Pays
# The year a champion joined the network.
champion-since = Membre du réseau depuis
champion-languages = Langues
champion-interests = Centres d’intérêt
champion-activities = Activités
champion-contact = Contact
# A link that writes an email to the editors, for a champion who has not published their
# contact details.
champion-introduce-link = Demander à l’équipe éditoriale de vous mettre en relation
# Beside champion-introduce-link, after a dash. $name: the champion's name.
champion-introduce-note = { $name } n’a pas publié ses coordonnées ; l’équipe éditoriale transmet votre message avec l’accord de cette personne.
champion-links-heading = Liens


## champions.html

champions-heading = Annuaire des champions
# $count: the number of champions.
champions-lead =
    { $count ->
        [one] { $count } champion qui fait connaître la prescription sociale dans sa profession et sa région.
        [many] { $count } de champions qui font connaître la prescription sociale dans leur profession et leur région.
       *[other] { $count } champions qui font connaître la prescription sociale dans leur profession et leur région.
    } Les coordonnées ne sont affichées que lorsque la personne concernée a consenti à leur publication.
champions-filter-legend = Filtrer les champions
# The accessible name of the list of professions that leads to each profession's champions.
champions-professions-label = Professions


## contribute.html

contribute-reference-heading = Tous les champs de toutes les collections
# $check and $schema: the commands "hub check" and "hub schema" (as code).
contribute-reference-intro = Cette référence est générée à partir des mêmes schémas que ceux qu’utilisent { $check } et { $schema } ; elle correspond donc toujours à ce que le hub accepte. Les champs obligatoires doivent être présents ; les champs contrôlés prennent l’une des valeurs indiquées.
# The accessible name of the list of collections that leads to each collection's fields.
contribute-collections-label = Collections
# After a collection's name, after a dash. $file: where its records are written; $schema:
# the file of its JSON Schema (both as code).
contribute-reference-files = { $file }, schéma { $schema }
contribute-field = Champ
contribute-type = Type
contribute-required = Obligatoire
contribute-meaning = Signification et valeurs autorisées
# Whether a field must be present.
contribute-field-required = obligatoire
contribute-field-optional = facultatif
# Opens the list of a field's allowed values. $count: how many there are.
contribute-allowed-count =
    { $count ->
        [one] { $count } valeur autorisée
        [many] { $count } de valeurs autorisées
       *[other] { $count } valeurs autorisées
    }
# $values: the allowed values (as code).
contribute-allowed = Valeurs autorisées : { $values }


## country.html

# $country: the country's name.
country-heading = Prescription sociale : { $country }
country-case-studies-heading = Études de cas
# The names of glossary terms used in a country. $country: the country's name.
country-labels-heading = Termes employés : { $country }
# After a name used in the country, after a dash. $term: a link to the glossary term.
country-label-see = voir { $term }
country-evidence-heading = Données probantes
# $link: a link to the evidence table filtered to the country (country-all-evidence-link).
country-all-evidence = { $link } (dans le tableau des données probantes, filtré).
# $count: the number of evidence summaries; $country: the country's name.
country-all-evidence-link =
    { $count ->
        [one] { $country } : { $count } synthèse de données probantes
        [many] { $country } : les { $count } de synthèses de données probantes
       *[other] { $country } : les { $count } synthèses de données probantes
    }
country-champions-heading = Champions
# $link: a link to the champion directory filtered to the country
# (country-all-champions-link).
country-all-champions = { $link } (dans l’annuaire, filtré).
# $count: the number of champions; $country: the country's name.
country-all-champions-link =
    { $count ->
        [one] { $country } : { $count } champion
        [many] { $country } : les { $count } de champions
       *[other] { $country } : les { $count } champions
    }


## event.html

# Above an event's title (in capitals), before event-upcoming or event-past.
event-kicker = Événement
event-upcoming = à venir
event-past = passé
event-when = Date
event-where = Lieu
event-organiser = Organisateur
# Who the event is for.
event-audience = Public
event-language = Langue
event-organiser-page = Page de l’organisateur
# The text of the link to the organiser's page, before and after the event.
event-link-upcoming = Programme et inscription
event-link-past = Page de l’événement
event-terms-heading = Termes liés
# $date: the day the site was built; $calendar: a link (event-calendar-link).
event-built = Statut (à venir ou passé) établi au { $date }, date de génération de cette page. { $calendar }.
event-calendar-link = Ajouter les événements du hub à votre agenda
# Shown instead of an event whose dates are wrong. $command: the command "hub check" (as
# code).
event-unreadable = Les dates de cet événement n’ont pas pu être lues ; exécutez { $command }.


## events.html

# The title of the calendar file of the hub's events, offered to calendar applications
# (also on each event's page).
events-calendar-title = Événements (iCalendar)
events-heading = Événements
# $feed: a link to the calendar file (events-lead-feed).
events-lead = Conférences, webinaires et rencontres du domaine de la prescription sociale. Chaque événement renvoie à la page de son organisateur ; ajoutez-les à votre agenda grâce au { $feed }.
events-lead-feed = flux iCalendar
# $date: the day the site was built.
events-built = Cette page a été générée le { $date } : les événements qui n’étaient pas terminés à cette date figurent parmi les événements à venir.
events-upcoming-heading = À venir
events-past-heading = Passés
events-no-upcoming = Aucun événement à venir n’est encore répertorié.
events-no-past = Aucun événement passé n’est répertorié.


## evidence.html

# Above an evidence summary's title (in capitals), before its study design and year.
evidence-kicker = Synthèse de données probantes
evidence-where = Lieu
evidence-setting = Cadre
evidence-design = Plan d’étude
evidence-sample = Échantillon
evidence-strength = Niveau de preuve
evidence-outcomes-heading = Critères de jugement
# The columns of the outcomes table.
evidence-outcome-measure = Mesure
evidence-outcome-result = Résultat
evidence-outcome-direction = Évolution
evidence-outcome-comparison = Par rapport à
evidence-case-studies-heading = Études de cas s’appuyant sur ces données
evidence-citation-heading = Référence bibliographique
# The heading of an evidence summary's sources besides the publication it summarises.
evidence-further-sources = Autres sources


## evidence_index.html

evidence-index-heading = Données probantes
# $count: the number of evidence summaries. "low" and "emerging" are strengths of evidence
# (strength-low, strength-emerging).
evidence-index-lead =
    { $count ->
        [one] { $count } synthèse structurée d’évaluations et de revues portant sur la prescription sociale.
        [many] { $count } de synthèses structurées d’évaluations et de revues portant sur la prescription sociale.
       *[other] { $count } synthèses structurées d’évaluations et de revues portant sur la prescription sociale.
    } Le niveau de preuve indique dans quelle mesure le plan d’étude permet de tirer des conclusions fiables ; une grande partie des données disponibles reste d’un niveau faible ou émergent.
evidence-index-filter-legend = Filtrer les données probantes
# The caption of the evidence table (read by screen readers).
evidence-index-caption = Synthèses de données probantes, des plus récentes aux plus anciennes
# The columns of the evidence table ("Year" and "Strength" sort it).
evidence-index-study = Étude
evidence-index-year = Année
evidence-index-where = Lieu
evidence-index-design = Plan d’étude
evidence-index-sample = Échantillon
evidence-index-strength = Niveau de preuve
# In the "Year" column, for a report without a year.
evidence-index-year-not-stated = non indiquée


## glossary.html

# The titles of the glossary's data files, offered to applications that read them.
glossary-turtle-title = Le glossaire en SKOS (Turtle)
glossary-jsonld-title = Le glossaire en SKOS (JSON-LD)
glossary-csv-title = Le glossaire en CSV
glossary-heading = Glossaire
# The first sentence of the glossary's opening paragraph. $count: the number of terms.
glossary-lead =
    { $count ->
        [one] { $count } terme de la prescription sociale, avec les appellations employées dans différents pays et différentes langues.
        [many] { $count } de termes de la prescription sociale, avec les appellations employées dans différents pays et différentes langues.
       *[other] { $count } termes de la prescription sociale, avec les appellations employées dans différents pays et différentes langues.
    }
# The rest of the opening paragraph. $json, $turtle, $jsonld: links to the data files, whose
# texts are the formats' names; $csv: a link (glossary-lead-csv); $releases: a link
# (glossary-lead-releases).
glossary-lead-formats = Chaque terme dispose d’un identifiant pérenne (IRI) ; l’ensemble du vocabulaire est disponible en { $json }, sous forme de schéma de concepts SKOS en { $turtle } et en { $jsonld }, ainsi que sous forme de { $csv }, à raison d’une ligne par terme et par langue. { $releases }.
glossary-lead-csv = feuille de calcul (CSV)
glossary-lead-releases = Versions publiées et modifications apportées par chacune
# Above the links to the glossary listed by its labels in each language.
glossary-languages-heading = Consulter dans une autre langue
# The accessible name of the A–Z links.
glossary-letters-label = Lettres
glossary-filter-label = Filtrer les termes
glossary-filter-placeholder = p. ex. agent de liaison, PCN
# Beside a term in the list: into how many languages it is translated. $count: that number.
glossary-term-languages =
    { $count ->
        [one] { $count } langue
        [many] { $count } de langues
       *[other] { $count } langues
    }
# The tooltip of glossary-term-languages.
glossary-term-languages-title =
    { $count ->
        [one] Traduit en { $count } langue
        [many] Traduit en { $count } de langues
       *[other] Traduit en { $count } langues
    }


## glossary_lang.html

# The glossary listed by its labels in one language. $language: the language's name.
glossary-lang-heading = Glossaire : { $language }
# $count: the number of terms with a label in the language; $language: its name. "English"
# is the language of the glossary's terms and definitions.
glossary-lang-lead =
    { $count ->
        [one] { $count } terme possède un libellé dans cette langue ({ $language }) ; il est présenté selon ce libellé, avec le terme anglais en regard.
        [many] { $count } de termes possèdent un libellé dans cette langue ({ $language }) ; ils sont classés selon ce libellé, avec le terme anglais en regard de chacun.
       *[other] { $count } termes possèdent un libellé dans cette langue ({ $language }) ; ils sont classés selon ce libellé, avec le terme anglais en regard de chacun.
    } Sauf mention contraire sur la page du terme, ces traductions sont des propositions soumises à la relecture des partenaires.
glossary-lang-english-term = Terme anglais
glossary-lang-english-definition = Définition (anglais)


## home.html

home-intro-link = Qu’est-ce que la prescription sociale ?
home-glossary-link = Parcourir le glossaire
# The heading of the figures below (read by screen readers).
home-stats-heading = Le hub en chiffres
# The figures of the home page: $count is the number, and $number the same number in bold.
home-stats-terms =
    { $count ->
        [one] { $number } terme du glossaire
        [many] { $number } de termes du glossaire
       *[other] { $number } termes du glossaire
    }
# $count and $number: the number of case studies; $country_count and $countries: the number
# of countries (plain, and in bold).
home-stats-case-studies =
    { $count ->
        [one] { $number } étude de cas de prescription sociale
        [many] { $number } d’études de cas de prescription sociale
       *[other] { $number } études de cas de prescription sociale
    } dans { $country_count ->
        [one] { $countries } pays
        [many] { $countries } de pays
       *[other] { $countries } pays
    }
home-stats-evidence =
    { $count ->
        [one] { $number } synthèse de données probantes
        [many] { $number } de synthèses de données probantes
       *[other] { $number } synthèses de données probantes
    }
home-stats-champions =
    { $count ->
        [one] { $number } champion
        [many] { $number } de champions
       *[other] { $number } champions
    }
home-terms-heading = Un langage commun
home-terms-intro = Le glossaire consacre une page à chaque terme de la prescription sociale : sa définition, les appellations employées dans différents pays, ses traductions et ses sources. Les partenaires peuvent désigner chaque terme par un identifiant pérenne (IRI), qui reste le même si le site change d’adresse.
home-world-heading = Dans le monde
# Under the world map. $link: a link to the case studies page (home-map-caption-link).
home-map-caption = Les pays qui disposent d’études de cas sont plus ou moins foncés selon leur nombre ; sélectionnez un pays pour ouvrir sa page. { $link }.
home-map-caption-link = Toutes les études de cas par région
home-recent-heading = Ajouts récents


## mentions.html

# $term: a link to the glossary term.
mentions-heading = Pages qui mentionnent { $term }
# $count: the number of pages.
mentions-lead =
    { $count ->
        [one] { $count } page du hub mentionne ce terme (classement par section).
        [many] { $count } de pages du hub mentionnent ce terme (classement par section).
       *[other] { $count } pages du hub mentionnent ce terme (classement par section).
    }
# After a page that mentions a term more than once (also on the term's page). $count: how
# many times.
mentions-count =
    { $count ->
        [one] ({ $count } mention)
        [many] ({ $count } de mentions)
       *[other] ({ $count } mentions)
    }


## page.html

# The heading of a page's table of contents.
page-toc-heading = Sur cette page


## release.html

# $version: the release's number, e.g. 1.2.
release-heading = Version { $version } du glossaire
# $date: the release's date (a date, formatted by the template); $count: its number of terms.
release-lead =
    Publiée le { $date } avec { $count ->
        [one] { $count } terme
        [many] { $count } de termes
       *[other] { $count } termes
    }.
release-first = Il s’agit de la première version : tous les termes sont nouveaux.
# $release: a link to the release before, whose text is its number.
release-changes-since = Modifications depuis la version { $release }.
release-files-heading = Fichiers de cette version
release-changes-heading = Modifications
# After a change that deprecated a term. $term: a link to the term that replaces it.
release-replaced-by = utiliser { $term }
release-no-changes = Aucun terme n’a été modifié.


## releases.html

releases-heading = Versions du glossaire
releases-lead = Une version fige le glossaire : ses fichiers restent publiés sans modification, afin qu’un partenaire puisse citer un terme tel qu’il était, et chaque version indique ce qui a changé depuis la précédente. L’identifiant (IRI) d’un terme n’est jamais supprimé ni réutilisé ; un terme qui n’est plus privilégié devient déconseillé et renvoie au terme qui le remplace.
# The columns of the table of releases.
releases-release = Version
releases-date = Date
releases-terms = Termes
releases-changed = Termes ajoutés ou modifiés
releases-unreleased-heading = Modifications non encore publiées
# Before the list of changes not released yet. $release: the number of the latest release.
releases-unreleased = Modifications depuis la version { $release }, qui seront intégrées à la prochaine version :
# $release: the number of the latest release.
releases-up-to-date = Le glossaire est identique à la version { $release }.
releases-none = L’équipe éditoriale n’a pas encore publié de version. D’ici là, les fichiers du glossaire décrivent son état actuel.


## search.html

search-heading = Recherche
search-label = Rechercher dans le glossaire, les études de cas, les données probantes et les champions
search-button = Rechercher
# Under the search box. Choose examples that find pages in your language.
search-hint = Essayez « agent de liaison », « Canada », « prescription muséale » ou « ordonnance sociale ». Utilisez les touches fléchées pour parcourir les résultats.

# Shown by hub.js in the status line of the search. {query}, {shown} and {total} are
# replaced in the browser by what was searched, the number of results shown and the number
# found: keep them as they are, and phrase the messages so that their words do not depend
# on the numbers.

# When the query has no word of two letters or more.
search-status-short = Saisissez un mot d’au moins deux lettres.
search-status-searching = Recherche en cours…
search-status-none = Aucun résultat pour « {"{"}query{"}"} »
# Exactly one result.
search-status-one = 1 résultat pour « {"{"}query{"}"} »
# Two or more results, all shown.
search-status-all = Résultats pour « {"{"}query{"}"} » : {"{"}total{"}"}
# More results than shown (at least two found).
search-status-some = Résultats pour « {"{"}query{"}"} » : {"{"}shown{"}"} sur {"{"}total{"}"}
search-status-best = Résultats les plus pertinents pour « {"{"}query{"}"} » : {"{"}shown{"}"} sur {"{"}total{"}"}
search-status-failed = Impossible de charger la recherche. Parcourez plutôt le glossaire ou les études de cas.
# The button under the results that shows the next ones.
search-more = Afficher plus de résultats
search-in-default-language = Chercher aussi dans les pages non traduites en français (en anglais)

# For browsers without JavaScript. $glossary, $case_studies, $evidence: links
# (search-browse-glossary, search-browse-case-studies, search-browse-evidence).
search-needs-js = La recherche s’exécute dans votre navigateur et nécessite JavaScript. Sans JavaScript, parcourez le { $glossary }, les { $case_studies } ou le { $evidence }.
# On a site built without search. The links are those of search-needs-js.
search-not-built = La recherche n’a pas été générée pour ce site. Parcourez le { $glossary }, les { $case_studies } ou le { $evidence }.
search-browse-glossary = glossaire de A à Z
search-browse-case-studies = études de cas par région
search-browse-evidence = tableau des données probantes


## term.html

# The title of the term's data file, offered to applications that read it.
term-jsonld-title = Ce terme en SKOS (JSON-LD)
# Above the term's label (in capitals).
term-kicker = Terme du glossaire
term-deprecated = Ce terme est déconseillé. Son adresse est conservée afin que les références existantes restent valides.
# $term: a link to the term that replaces it.
term-deprecated-replaced = Ce terme est déconseillé : utilisez plutôt { $term }. Son adresse est conservée afin que les références existantes restent valides.
# A definition quoted word for word. $term: the term's label (marked as the term being
# defined); $definition: the quoted definition.
term-definition-quoted = { $term } est « { $definition } »
# Under a quoted definition. $source: the source's title (a link where it has one), with
# its publisher, year and page.
term-quoted-from = Citation textuelle tirée de { $source }.
# A definition in the hub's own words. $term: the term's label (marked as the term being
# defined); $definition: the definition.
term-definition = { $term } : { $definition }
term-definition-note = Définition formulée par le hub ; voir les sources ci-dessous.
# $place: the only country or region where the term applies, e.g. England.
term-jurisdiction = Terme administratif propre à un seul territoire ({ $place }) : les autres pays s’organisent différemment.
term-aliases = Autres appellations
term-abbreviations = Abréviations
term-regional-heading = Appellations propres à certains pays
# The columns of the table of names used in particular countries.
term-regional-label = Libellé
term-regional-language = Langue
term-regional-where = Lieu d’usage
term-translations-heading = Traductions
# $in_use and $proposed: term-translation-in-use and term-translation-proposed, in bold.
term-translations-note = Un libellé marqué { $in_use } est employé pour ce concept par la source indiquée en regard. Un libellé { $proposed } est une suggestion du hub, en attente de relecture par des partenaires qui travaillent dans cette langue ; ce n’est pas un terme officiel.
# The status of a translation (shown as a badge, in capitals): attested by a source, or
# proposed by the hub.
term-translation-in-use = en usage
term-translation-proposed = proposé
# The columns of the table of translations.
term-translations-language = Langue
term-translations-label = Libellé
term-translations-status = Statut
term-mappings-heading = Codes dans d’autres systèmes
# The columns of the table of codes in other systems; "Match" is how the code relates to
# the term (match-exact, match-close …).
term-mappings-system = Système
term-mappings-code = Code
term-mappings-label = Libellé dans ce système
term-mappings-match = Correspondance
term-mappings-source = Source
term-relations-heading = Termes liés
# The kinds of related terms: more general, more specific, associated.
term-broader = Termes génériques
term-narrower = Termes spécifiques
term-related = Termes associés
term-mentions-heading = Mentionné dans
# $count: the number of pages that mention the term.
term-mention-pages =
    { $count ->
        [one] { $count } page mentionne ce terme.
        [many] { $count } de pages mentionnent ce terme.
       *[other] { $count } pages mentionnent ce terme.
    }
# Under a section's first pages that mention the term. $count: how many more pages.
term-mentions-more =
    { $count ->
        [one] et { $count } autre page
        [many] et { $count } d’autres pages
       *[other] et { $count } autres pages
    }
# A link to the page that lists every page that mentions the term. $count: their number;
# $term: the term's label.
term-mentions-all =
    { $count ->
        [one] La page qui mentionne { $term }
        [many] Les { $count } de pages qui mentionnent { $term }
       *[other] Les { $count } pages qui mentionnent { $term }
    }
term-mentions-none = Aucune page ne mentionne encore ce terme.
term-history-heading = Historique
# $release: a link to the release, whose text is its number; $date: its date (a date,
# formatted by the template).
term-history-added = Ajouté dans la version { $release } ({ $date })
# $release and $date: as in term-history-added; $changes: what changed (in English).
term-history-changed = Version { $release } ({ $date }) : { $changes }
term-cite-heading = Référencer ce terme
# Before the term's IRI (persistent identifier).
term-cite-iri = Identifiant (IRI) :
term-copy-iri = Copier l’IRI
# Shown by hub.js when the IRI was copied.
term-copied-iri = IRI copié.
term-cite-iri-note = L’IRI désigne ce concept dans les données et les documents, et reste le même si le site change d’adresse ; un terme déconseillé le conserve.
# Before the address of the term's page.
term-cite-page = Cette page :
term-copy-link = Copier le lien
# Shown by hub.js when the address was copied.
term-copied-link = Lien copié.
# Before a citation of the term, to copy into a document.
term-cite-citation = Citer ce terme :
# The citation. $publisher: the site's publisher (or title); $term: the term's label;
# $site: the site's title; $status: the term's status (agreed, proposed or deprecated);
# $iri: the term's IRI; $url: the address of its page.
term-citation =
    { $publisher }. « { $term } ». Dans : { $site }, { $status ->
        [proposed] glossaire (terme proposé)
        [deprecated] glossaire (terme déconseillé)
       *[agreed] glossaire
    }. { $iri }. Disponible sur : { $url }
term-copy-citation = Copier la référence
# Shown by hub.js when the citation was copied.
term-copied-citation = Référence copiée.
# Shown by hub.js when the browser did not allow copying.
term-copy-failed = La copie n’a pas été autorisée ; sélectionnez plutôt le texte.
# $json, $turtle, $jsonld, $csv: links to the glossary's data files, whose texts are the
# formats' names.
term-machine-readable = Formats lisibles par machine : le glossaire en { $json }, en SKOS aux formats { $turtle } et { $jsonld } (l’IRI de ce concept est celui indiqué ci-dessus), ainsi qu’en { $csv }.


## Titles, descriptions and breadcrumbs that the Rust code writes into the pages' context
## (src/render/pages, src/collections, src/i18n): plain text, shown in the browser's tab,
## in search engines and in the breadcrumbs.

# The first breadcrumb of every page.
crumb-home = Accueil
# The breadcrumb of a later page of a long list. $count: the page's number.
page-number = Page { $count }
# The title of a later page of a long list. $title: the list's title; $number: the page's
# number; $count: the number of pages.
page-title-numbered = { $title } (page { $number } sur { $count })
glossary-title = Glossaire
glossary-description = Un vocabulaire commun de la prescription sociale : définitions, synonymes employés dans différents pays, traductions et sources.
# The glossary listed by its labels in one language. $language: the language's name.
glossary-language-title = Glossaire : { $language }
glossary-language-description = Les termes de la prescription sociale selon leur libellé dans cette langue ({ $language }), avec le terme anglais en regard de chacun.
# The page that lists every page that mentions a term. $label: the term's label.
mentions-title = Pages qui mentionnent « { $label } »
mentions-crumb = Mentions
case-studies-title = Études de cas
case-studies-description = La prescription sociale en pratique dans le monde, par Région de l’OMS et par pays.
# $country: the country's name.
country-description = { $country } : études de cas, données probantes, champions et termes de la prescription sociale employés dans ce pays.
evidence-title = Données probantes
evidence-description = Synthèses structurées d’évaluations et de revues portant sur la prescription sociale, avec leurs chiffres et leurs références.
champions-title = Annuaire des champions
champions-description = Champions cliniques et communautaires de la prescription sociale, par profession, région et centre d’intérêt.
champions-crumb = Champions
events-title = Événements
events-description = Conférences, webinaires et rencontres du domaine de la prescription sociale, à venir et passés, avec un flux pour votre agenda.
search-title = Recherche
search-description = Rechercher dans le glossaire, les études de cas, les données probantes et les champions.
not-found-title = Page introuvable
not-found-description = La page demandée est introuvable.
# The language's own name, in the language switcher (in this catalogue: English, written in
# English; in each other catalogue, that language's name for itself).
language-name = Français
# In the language switcher, beside a language that this page has not been translated into
# (its link goes to that language's home page).
language-not-translated = (non traduite)


## The notice at the top of a record's page in a language other than the default.

# The translation has no source in the language: the hub's own, awaiting review.
translation-proposed = Traduction proposée : établie par le hub, elle n’a encore été ni relue par des locuteurs de cette langue ni attestée par une source rédigée dans cette langue.
# The translation follows documents written in the language, listed after it.
translation-attested = Traduction attestée par des documents rédigés dans cette langue (voir ci-dessous).
# Added when the record's main text has not been translated.
translation-body-original = Le reste de la page est dans sa langue d’origine.
translation-sources = Sources de la traduction :
