### The interface in Spanish. Status: draft translation by the hub's developers, not yet
### reviewed by Spanish-speaking partners; every message should be checked before it is
### called reviewed. Translators: see en.ftl for what each message means.
###
### Terminology used here: social prescribing = «prescripción social»; case study =
### «estudio de caso»; evidence = «evidencia»; champion = «embajador» (the champions'
### network = «red de embajadores»; «referente» is avoided because the glossary uses
### «referente de prescripción social» for a link worker); release = «versión»; deprecated
### = «desaconsejado»; label = «denominación»; partners = «socios»; editors = «equipo
### editorial». Formal register (usted). Spanish plural categories (CLDR): one, many (large
### round numbers such as 1000000, which take «de»: «1000000 de términos»), other.


## Values of the records' fields, shown as labels and badges. Each set lists every value
## the hub accepts (src/content/*.rs, src/collections/events/mod.rs).

# Whether a glossary term is agreed (TermStatus), shown as a badge (in capitals).
status-agreed = Consensuado
status-proposed = Propuesto
status-deprecated = Desaconsejado

# The strength of an evidence summary (Strength), shown as a badge (in capitals) and as the
# options of the evidence table's "Strength" filter.
strength-high = Alta
strength-moderate = Moderada
strength-low = Baja
strength-emerging = Emergente

# Which way an outcome of an evidence summary moved (Direction), in the outcomes table.
direction-improved = mejora
direction-worsened = empeoramiento
direction-no-change = sin cambios
direction-mixed = resultados mixtos
direction-unclear = no concluyente

# What a case study describes (CaseKind), above its title (in capitals).
case-kind-social-prescribing = Estudio de caso
case-kind-related-approach = Enfoque relacionado

# Whether a case study's programme runs today (ProgrammeStatus): the "Status" of a case
# study, and its badge (in capitals) when not active.
programme-status-active = Activo
programme-status-ended = Finalizado
programme-status-planned = Previsto

# Whether an event happens as announced (EventStatus), shown as a badge (in capitals) when
# it is not scheduled.
event-status-scheduled = Programado
event-status-postponed = Aplazado
event-status-cancelled = Cancelado

# Where an event takes place (Attendance), on its page and in the list of events.
# $city: the city (in its own script); $country: the country (on the event's page, a link).
event-attendance-online = En línea
event-attendance-in-person = { $city }, { $country }
event-attendance-hybrid = { $city }, { $country }, y en línea

# How a code in another system relates to a glossary term (MatchRelation, the SKOS mapping
# properties), in the "Match" column of a term's codes.
match-exact = exacta
match-close = cercana
match-broad = más amplia
match-narrow = más específica
match-related = relacionada

# What a page is, shown beside each search result (in capitals).
search-kind-glossary-term = Término del glosario
search-kind-case-study = Estudio de caso
search-kind-evidence = Evidencia
search-kind-champion = Red de embajadores
search-kind-country = País
search-kind-event = Evento
search-kind-page = Página

collection-glossary = Glosario
collection-case-studies = Estudios de caso
collection-evidence = Evidencia
collection-champions = Embajadores
collection-events = Eventos
collection-pages = Páginas

# Where an evidence summary names no country (in the evidence table and its "Country"
# filter, and on the summary's page).
place-international = Internacional


## macros.html

sources-heading = Fuentes
# After a source's title, publisher and year: the page (or pages, or section) that holds
# the fact. $page: as the source gives it, e.g. 9 or 12–14.
source-page = p. { $page }

# At the foot of every record's page. $link: a link to the page's file in the repository
# (suggest-change-link); $contribute: a link to the contribute page
# (suggest-change-contribute-link).
suggest-change = { $link }: abre su archivo en el repositorio del hub, donde puede editarlo en el navegador y proponer el cambio para que se revise (se necesita una cuenta gratuita). Consulte { $contribute }.
suggest-change-link = Sugerir un cambio en esta página
suggest-change-contribute-link = cómo contribuir

# The button on an index page that opens a new record's file in the hub's repository, one
# per collection.
propose-new-glossary = Proponer un término nuevo
propose-new-case-studies = Proponer un estudio de caso nuevo
propose-new-evidence = Proponer un resumen de evidencia nuevo
propose-new-champions = Proponer un perfil de embajador nuevo
propose-new-events = Proponer un evento nuevo
# Beside the "Propose a new …" button.
propose-new-note = abre en el repositorio del hub un archivo nuevo, ya rellenado, con la explicación de cada campo

# $date: the date the facts were last checked (a date, formatted by the template).
reviewed-on = Última revisión: { $date }

# In a case study's card, after its place, model and setting. $year: the year it started.
study-card-since = desde { $year }

# A badge on the card of a champion whose profile is an illustration.
champion-card-example = perfil de ejemplo

# The labels of the filters of an index page, one per filter.
filter-design = Diseño
filter-country = País
filter-strength = Solidez
filter-profession = Profesión
filter-region = Región
filter-interest = Interés
# The first option of a filter: no filtering.
filter-any = Cualquiera
# The button that clears every filter.
filter-clear = Borrar filtros

# Shown by hub.js under a filter while it is in use: how many of the list's items match.
# {shown} and {total} are replaced by the numbers in the browser: keep them as they are,
# and phrase the message so that its words do not depend on the numbers.
filter-status-shown = Visibles: {"{"}shown{"}"} de {"{"}total{"}"}
# Shown by hub.js while it fetches the other pages of a list split into pages, so that a
# filter covers every item.
list-status-loading = Cargando todas las páginas de la lista…
# Shown by hub.js when the other pages of a list could not be fetched.
list-status-load-failed = No se han podido cargar todas las páginas de la lista: solo se muestra esta página.

# The accessible name of the navigation between the pages of a long list.
pagination-label = Páginas
# Which items of a long list this page shows: $first to $last of $total.
pagination-range = { $first }–{ $last } de { $total }
pagination-previous = Anterior
pagination-next = Siguiente


## base.html

# The title of the site's Atom feed, offered to feed readers. $site: the site's title.
base-feed-title = { $site }: nuevos estudios de caso y evidencia
# The first link of every page, visible when it has the keyboard focus.
base-skip-link = Saltar al contenido principal
# The label (read by screen readers) and the placeholder of the search box in the header.
base-search-label = Buscar en el hub
base-search-placeholder = Buscar en el hub
base-search-button = Buscar
# The accessible names (read by screen readers) of the header's menu, the breadcrumbs and
# the footer's links.
base-nav-label = Principal
base-breadcrumb-label = Ruta de navegación
base-footer-nav-label = Pie de página
base-footer-feed = Canal de novedades
base-footer-glossary-data = Datos del glosario (JSON)
# The accessible name of the language switcher in the header.
base-languages-label = Idiomas
# In the footer, when the site names a publisher. $publisher: its name.
base-footer-publisher = Publicado por { $publisher }.
# In the footer of every page; "hub" is the name of the software that builds the site.
base-footer-note = Sin cookies, sin rastreadores y sin recursos de terceros. Creado con hub.


## 404.html

not-found-heading = Página no encontrada
not-found-lead = No hay ninguna página en esta dirección. Es posible que se haya trasladado o que el enlace contenga una errata.
not-found-home = Inicio
not-found-glossary = Glosario
not-found-case-studies = Estudios de caso
not-found-evidence = Evidencia
not-found-champions = Directorio de embajadores


## case_studies.html

case-studies-heading = Estudios de caso

# The opening paragraph of the case studies page, in four forms: with or without
# territories (such as Hong Kong, not counted as countries) and with or without related
# approaches. $count: the number of social prescribing case studies; $countries: the number
# of countries, in bold (case-studies-lead-countries); $territories: the names of the
# territories; $related: the number of related approaches.
case-studies-lead =
    { $count ->
        [one] { $count } estudio de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries }, clasificado por región de la OMS y por país.
        [many] { $count } de estudios de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries }, clasificados por región de la OMS y por país.
       *[other] { $count } estudios de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries }, clasificados por región de la OMS y por país.
    }
case-studies-lead-territories =
    { $count ->
        [one] { $count } estudio de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries } y en { $territories }, clasificado por región de la OMS y por país.
        [many] { $count } de estudios de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries } y en { $territories }, clasificados por región de la OMS y por país.
       *[other] { $count } estudios de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries } y en { $territories }, clasificados por región de la OMS y por país.
    }
case-studies-lead-related =
    { $count ->
        [one] { $count } estudio de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries }, clasificado por región de la OMS y por país
        [many] { $count } de estudios de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries }, clasificados por región de la OMS y por país
       *[other] { $count } estudios de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries }, clasificados por región de la OMS y por país
    }, además de { $related ->
        [one] { $related } enfoque relacionado, que se presenta aparte.
        [many] { $related } de enfoques relacionados, que se presentan aparte.
       *[other] { $related } enfoques relacionados, que se presentan aparte.
    }
case-studies-lead-territories-related =
    { $count ->
        [one] { $count } estudio de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries } y en { $territories }, clasificado por región de la OMS y por país
        [many] { $count } de estudios de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries } y en { $territories }, clasificados por región de la OMS y por país
       *[other] { $count } estudios de caso sobre programas, políticas y evaluaciones de prescripción social en { $countries } y en { $territories }, clasificados por región de la OMS y por país
    }, además de { $related ->
        [one] { $related } enfoque relacionado, que se presenta aparte.
        [many] { $related } de enfoques relacionados, que se presentan aparte.
       *[other] { $related } enfoques relacionados, que se presentan aparte.
    }
# The number of countries in the opening paragraph (shown in bold).
case-studies-lead-countries =
    { $count ->
        [one] { $count } país
        [many] { $count } de países
       *[other] { $count } países
    }

# The note under the opening paragraph, in three sentences.
case-studies-coverage-how = Cómo se cuenta: a partir de los estudios de caso de este sitio.
case-studies-coverage-rule = Un país se cuenta cuando al menos un estudio de caso describe un programa, una política o una evaluación de prescripción social en él; los territorios no se cuentan como países, y los enfoques relacionados (como la prescripción de ejercicio físico o la mediación en salud) tampoco se cuentan.
# The same, when some countries have only related approaches. $places: their names;
# $count: how many they are.
case-studies-coverage-rule-related-only =
    Un país se cuenta cuando al menos un estudio de caso describe un programa, una política o una evaluación de prescripción social en él; los territorios no se cuentan como países, y los enfoques relacionados (como la prescripción de ejercicio físico o la mediación en salud) tampoco se cuentan (por ahora, { $places } { $count ->
        [one] solo tiene un enfoque relacionado).
        [many] solo tienen enfoques relacionados).
       *[other] solo tienen enfoques relacionados).
    }
# $report: a link to the report, whose text is case-studies-coverage-report.
case-studies-coverage-comparison = A modo de comparación, la edición de 2024 del informe { $report } (de la National Academy for Social Prescribing y la International Social Prescribing Collaborative) abarca 31 países.
# The title of a published report: keep it as published unless it has an official
# translation.
case-studies-coverage-report = Social Prescribing Around the World

# The legend of the world map: how many case studies each shade of a country stands for.
case-studies-map-legend = Leyenda
case-studies-map-shade-1 = 1 estudio de caso
case-studies-map-shade-2 = 2–3
case-studies-map-shade-3 = 4–9
case-studies-map-shade-4 = 10 o más
case-studies-map-caption = Seleccione un país para ver sus estudios de caso; más abajo figuran los mismos países, por región de la OMS. Datos cartográficos: Natural Earth (dominio público).
# The accessible name of the list of WHO regions that leads to each region's case studies.
case-studies-regions-label = Regiones
# After a case study's title, place and model, when it describes a related approach.
case-studies-related-approach = enfoque relacionado
# After a case study's title, place and model, when its programme is not active.
case-studies-status-active = activo
case-studies-status-ended = finalizado
case-studies-status-planned = previsto


## case_study.html

# Shown on a case study that describes a related approach (case-kind-related-approach).
case-study-related-notice = Se trata de un enfoque relacionado, no de prescripción social tal como la describe la definición internacional de 2023. El hub lo muestra a modo de comparación y lo contabiliza aparte de los programas de prescripción social.
case-study-place = Lugar
case-study-setting = Ámbito
case-study-model = Modelo
case-study-status = Estado
case-study-population = Población destinataria
case-study-started = Inicio
case-study-organisations = Organizaciones
case-study-region = Región de la OMS
case-study-found-heading = Resultados
case-study-evidence-heading = Evidencia
# $date: the date the case study was added (a date, formatted by the template).
case-study-added = Añadido: { $date }


## champion.html

# Above a champion's name (in capitals), before their country.
champion-kicker = Red de embajadores
champion-example-notice = Este es un perfil de ejemplo que muestra cómo es una ficha de la red de embajadores. No describe a una persona real.
champion-profession = Profesión
champion-setting = Ámbito
champion-organisation = Organización
champion-region = Región
champion-country = País
# The year a champion joined the network.
champion-since = En la red desde
champion-languages = Idiomas
champion-interests = Intereses
champion-activities = Actividades
champion-contact = Contacto
# A link that writes an email to the editors, for a champion who has not published their
# contact details.
champion-introduce-link = Pida al equipo editorial que le ponga en contacto
# Beside champion-introduce-link, after a dash. $name: the champion's name.
champion-introduce-note = { $name } no ha publicado datos de contacto; el equipo editorial le transmite los mensajes con su consentimiento.
champion-links-heading = Enlaces


## champions.html

champions-heading = Directorio de embajadores
# $count: the number of champions.
champions-lead =
    { $count ->
        [one] { $count } embajador que da a conocer la prescripción social en su profesión y su región.
        [many] { $count } de embajadores que dan a conocer la prescripción social en su profesión y su región.
       *[other] { $count } embajadores que dan a conocer la prescripción social en su profesión y su región.
    } Los datos de contacto solo se muestran cuando la persona ha dado su consentimiento para publicarlos.
champions-filter-legend = Filtrar embajadores
# The accessible name of the list of professions that leads to each profession's champions.
champions-professions-label = Profesiones


## contribute.html

contribute-reference-heading = Todos los campos de todas las colecciones
# $check and $schema: the commands "hub check" and "hub schema" (as code).
contribute-reference-intro = Esta referencia se genera a partir de los mismos esquemas que utilizan { $check } y { $schema }, por lo que siempre coincide con lo que el hub acepta. Los campos obligatorios deben estar presentes; los campos controlados admiten uno de los valores indicados.
# The accessible name of the list of collections that leads to each collection's fields.
contribute-collections-label = Colecciones
# After a collection's name, after a dash. $file: where its records are written; $schema:
# the file of its JSON Schema (both as code).
contribute-reference-files = { $file }, esquema { $schema }
contribute-field = Campo
contribute-type = Tipo
contribute-required = Obligatorio
contribute-meaning = Significado y valores admitidos
# Whether a field must be present.
contribute-field-required = obligatorio
contribute-field-optional = opcional
# Opens the list of a field's allowed values. $count: how many there are.
contribute-allowed-count =
    { $count ->
        [one] { $count } valor admitido
        [many] { $count } de valores admitidos
       *[other] { $count } valores admitidos
    }
# $values: the allowed values (as code).
contribute-allowed = Valores admitidos: { $values }


## country.html

# $country: the country's name.
country-heading = La prescripción social en { $country }
country-case-studies-heading = Estudios de caso
# The names of glossary terms used in a country. $country: the country's name.
country-labels-heading = Términos usados en { $country }
# After a name used in the country, after a dash. $term: a link to the glossary term.
country-label-see = véase { $term }
country-evidence-heading = Evidencia
# $link: a link to the evidence table filtered to the country (country-all-evidence-link).
country-all-evidence = { $link } (en la tabla de evidencia, filtrada).
# $count: the number of evidence summaries; $country: the country's name.
country-all-evidence-link =
    { $count ->
        [one] { $count } resumen de evidencia sobre { $country }
        [many] Los { $count } de resúmenes de evidencia sobre { $country }
       *[other] Los { $count } resúmenes de evidencia sobre { $country }
    }
country-champions-heading = Red de embajadores
# $link: a link to the champion directory filtered to the country
# (country-all-champions-link).
country-all-champions = { $link } (en el directorio, filtrado).
# $count: the number of champions; $country: the country's name.
country-all-champions-link =
    { $count ->
        [one] { $count } embajador en { $country }
        [many] Los { $count } de embajadores en { $country }
       *[other] Los { $count } embajadores en { $country }
    }


## event.html

# Above an event's title (in capitals), before event-upcoming or event-past.
event-kicker = Evento
event-upcoming = próximo
event-past = pasado
event-when = Cuándo
event-where = Dónde
event-organiser = Organiza
# Who the event is for.
event-audience = Dirigido a
event-language = Idioma
event-organiser-page = Página de la entidad organizadora
# The text of the link to the organiser's page, before and after the event.
event-link-upcoming = Programa e inscripción
event-link-past = Página del evento
event-terms-heading = Términos relacionados
# $date: the day the site was built; $calendar: a link (event-calendar-link).
event-built = Próximo o pasado según la fecha en que se generó esta página, el { $date }. { $calendar }.
event-calendar-link = Añada los eventos del hub a su calendario
# Shown instead of an event whose dates are wrong. $command: the command "hub check" (as
# code).
event-unreadable = No se han podido leer las fechas de este evento; ejecute { $command }.


## events.html

# The title of the calendar file of the hub's events, offered to calendar applications
# (also on each event's page).
events-calendar-title = Eventos (iCalendar)
events-heading = Eventos
# $feed: a link to the calendar file (events-lead-feed).
events-lead = Congresos, seminarios web y encuentros del ámbito de la prescripción social. Cada uno enlaza con la página de su entidad organizadora; puede añadirlos a su calendario con el { $feed }.
events-lead-feed = canal iCalendar
# $date: the day the site was built.
events-built = Esta página se generó el { $date }: los eventos que aún no habían terminado en esa fecha figuran como próximos.
events-upcoming-heading = Próximos
events-past-heading = Pasados
events-no-upcoming = Todavía no figura ningún evento próximo.
events-no-past = No figura ningún evento pasado.


## evidence.html

# Above an evidence summary's title (in capitals), before its study design and year.
evidence-kicker = Resumen de evidencia
evidence-where = Dónde
evidence-setting = Ámbito
evidence-design = Diseño
evidence-sample = Muestra
evidence-strength = Solidez de la evidencia
evidence-outcomes-heading = Resultados
# The columns of the outcomes table.
evidence-outcome-measure = Medida
evidence-outcome-result = Resultado
evidence-outcome-direction = Sentido del cambio
evidence-outcome-comparison = Comparado con
evidence-case-studies-heading = Estudios de caso que se basan en esta evidencia
evidence-citation-heading = Cita
# The heading of an evidence summary's sources besides the publication it summarises.
evidence-further-sources = Otras fuentes


## evidence_index.html

evidence-index-heading = Evidencia
# $count: the number of evidence summaries. "low" and "emerging" are strengths of evidence
# (strength-low, strength-emerging).
evidence-index-lead =
    { $count ->
        [one] { $count } resumen estructurado de evaluaciones y revisiones sobre prescripción social.
        [many] { $count } de resúmenes estructurados de evaluaciones y revisiones sobre prescripción social.
       *[other] { $count } resúmenes estructurados de evaluaciones y revisiones sobre prescripción social.
    } La solidez indica en qué medida el diseño permite extraer conclusiones fiables; gran parte de la evidencia es todavía de solidez baja o emergente.
evidence-index-filter-legend = Filtrar la evidencia
# The caption of the evidence table (read by screen readers).
evidence-index-caption = Resúmenes de evidencia, del más reciente al más antiguo
# The columns of the evidence table ("Year" and "Strength" sort it).
evidence-index-study = Estudio
evidence-index-year = Año
evidence-index-where = Dónde
evidence-index-design = Diseño
evidence-index-sample = Muestra
evidence-index-strength = Solidez
# In the "Year" column, for a report without a year.
evidence-index-year-not-stated = no consta


## glossary.html

# The titles of the glossary's data files, offered to applications that read them.
glossary-turtle-title = El glosario en SKOS (Turtle)
glossary-jsonld-title = El glosario en SKOS (JSON-LD)
glossary-csv-title = El glosario en CSV
glossary-heading = Glosario
# The first sentence of the glossary's opening paragraph. $count: the number of terms.
glossary-lead =
    { $count ->
        [one] { $count } término de la prescripción social, con las denominaciones que se usan en distintos países e idiomas.
        [many] { $count } de términos de la prescripción social, con las denominaciones que se usan en distintos países e idiomas.
       *[other] { $count } términos de la prescripción social, con las denominaciones que se usan en distintos países e idiomas.
    }
# The rest of the opening paragraph. $json, $turtle, $jsonld: links to the data files, whose
# texts are the formats' names; $csv: a link (glossary-lead-csv); $releases: a link
# (glossary-lead-releases).
glossary-lead-formats = Cada término tiene un identificador persistente (IRI); el vocabulario completo está disponible en { $json }, como esquema de conceptos SKOS en { $turtle } y { $jsonld }, y como { $csv }, con una fila por término e idioma. { $releases }.
glossary-lead-csv = hoja de cálculo (CSV)
glossary-lead-releases = Versiones y cambios de cada una
# Above the links to the glossary listed by its labels in each language.
glossary-languages-heading = Consultar en otro idioma
# The accessible name of the A–Z links.
glossary-letters-label = Letras
glossary-filter-label = Filtrar términos
glossary-filter-placeholder = p. ej., activos para la salud, PCN
# Beside a term in the list: into how many languages it is translated. $count: that number.
glossary-term-languages =
    { $count ->
        [one] { $count } idioma
        [many] { $count } de idiomas
       *[other] { $count } idiomas
    }
# The tooltip of glossary-term-languages.
glossary-term-languages-title =
    { $count ->
        [one] Traducido a { $count } idioma
        [many] Traducido a { $count } de idiomas
       *[other] Traducido a { $count } idiomas
    }


## glossary_lang.html

# The glossary listed by its labels in one language. $language: the language's name.
glossary-lang-heading = Glosario en { $language }
# $count: the number of terms with a label in the language; $language: its name. "English"
# is the language of the glossary's terms and definitions.
glossary-lang-lead =
    { $count ->
        [one] { $count } término con denominación en { $language }, ordenado por esa denominación, con el término en inglés al lado.
        [many] { $count } de términos con denominación en { $language }, ordenados por esa denominación, con el término en inglés al lado de cada uno.
       *[other] { $count } términos con denominación en { $language }, ordenados por esa denominación, con el término en inglés al lado de cada uno.
    } Estas traducciones son propuestas pendientes de revisión por los socios, salvo que la página del término indique otra cosa.
glossary-lang-english-term = Término en inglés
glossary-lang-english-definition = Definición (en inglés)


## home.html

home-intro-link = ¿Qué es la prescripción social?
home-glossary-link = Consultar el glosario
# The heading of the figures below (read by screen readers).
home-stats-heading = El hub en cifras
# The figures of the home page: $count is the number, and $number the same number in bold.
home-stats-terms =
    { $count ->
        [one] { $number } término del glosario
        [many] { $number } de términos del glosario
       *[other] { $number } términos del glosario
    }
# $count and $number: the number of case studies; $country_count and $countries: the number
# of countries (plain, and in bold).
home-stats-case-studies =
    { $count ->
        [one] { $number } estudio de caso de prescripción social
        [many] { $number } de estudios de caso de prescripción social
       *[other] { $number } estudios de caso de prescripción social
    } en { $country_count ->
        [one] { $countries } país
        [many] { $countries } de países
       *[other] { $countries } países
    }
home-stats-evidence =
    { $count ->
        [one] { $number } resumen de evidencia
        [many] { $number } de resúmenes de evidencia
       *[other] { $number } resúmenes de evidencia
    }
home-stats-champions =
    { $count ->
        [one] { $number } embajador
        [many] { $number } de embajadores
       *[other] { $number } embajadores
    }
home-terms-heading = Un lenguaje común
home-terms-intro = El glosario dedica una página a cada término de la prescripción social: su definición, las denominaciones que se usan en distintos países, sus traducciones y sus fuentes. Los socios pueden hacer referencia a cada término mediante un identificador persistente (IRI), que no cambia aunque el sitio se traslade.
home-world-heading = En todo el mundo
# Under the world map. $link: a link to the case studies page (home-map-caption-link).
home-map-caption = Los países con estudios de caso aparecen sombreados según el número de estudios; seleccione uno para abrir su página. { $link }.
home-map-caption-link = Todos los estudios de caso por región
home-recent-heading = Incorporaciones recientes


## mentions.html

# $term: a link to the glossary term.
mentions-heading = Páginas que mencionan { $term }
# $count: the number of pages.
mentions-lead =
    { $count ->
        [one] { $count } página del hub menciona este término; se muestra por sección.
        [many] { $count } de páginas del hub mencionan este término; se muestran por sección.
       *[other] { $count } páginas del hub mencionan este término; se muestran por sección.
    }
# After a page that mentions a term more than once (also on the term's page). $count: how
# many times.
mentions-count =
    { $count ->
        [one] ({ $count } mención)
        [many] ({ $count } de menciones)
       *[other] ({ $count } menciones)
    }


## page.html

# The heading of a page's table of contents.
page-toc-heading = En esta página


## release.html

# $version: the release's number, e.g. 1.2.
release-heading = Versión { $version } del glosario
# $date: the release's date (a date, formatted by the template); $count: its number of terms.
release-lead =
    Publicada el { $date } con { $count ->
        [one] { $count } término
        [many] { $count } de términos
       *[other] { $count } términos
    }.
release-first = Esta es la primera versión: todos los términos son nuevos.
# $release: a link to the release before, whose text is its number.
release-changes-since = Cambios desde la versión { $release }.
release-files-heading = Archivos de esta versión
release-changes-heading = Cambios
# After a change that deprecated a term. $term: a link to the term that replaces it.
release-replaced-by = utilice { $term }
release-no-changes = Ningún término ha cambiado.


## releases.html

releases-heading = Versiones del glosario
releases-lead = Cada versión fija el estado del glosario: sus archivos permanecen publicados sin cambios, de modo que un socio pueda citar un término tal como era, y cada versión enumera lo que ha cambiado desde la anterior. El identificador (IRI) de un término nunca se elimina ni se reutiliza; un término que deja de ser el preferente pasa a estar desaconsejado y remite al que lo sustituye.
# The columns of the table of releases.
releases-release = Versión
releases-date = Fecha
releases-terms = Términos
releases-changed = Términos añadidos o modificados
releases-unreleased-heading = Pendiente de publicación
# Before the list of changes not released yet. $release: the number of the latest release.
releases-unreleased = Cambios desde la versión { $release }, que se incluirán en la próxima versión:
# $release: the number of the latest release.
releases-up-to-date = El glosario coincide con la versión { $release }.
releases-none = El equipo editorial aún no ha publicado ninguna versión. Hasta que lo haga, los archivos del glosario describen su estado actual.


## search.html

search-heading = Búsqueda
search-label = Buscar en el glosario, los estudios de caso, la evidencia y la red de embajadores
search-button = Buscar
# Under the search box. Choose examples that find pages in your language.
search-hint = Pruebe con «referente de prescripción social», «Aragón», «activos para la salud» o «soledad». Utilice las teclas de flecha para desplazarse por los resultados.

# Shown by hub.js in the status line of the search. {query}, {shown} and {total} are
# replaced in the browser by what was searched, the number of results shown and the number
# found: keep them as they are, and phrase the messages so that their words do not depend
# on the numbers.

# When the query has no word of two letters or more.
search-status-short = Escriba una palabra de al menos dos letras.
search-status-searching = Buscando…
search-status-none = No hay resultados para «{"{"}query{"}"}»
# Exactly one result.
search-status-one = 1 resultado para «{"{"}query{"}"}»
# Two or more results, all shown.
search-status-all = Resultados para «{"{"}query{"}"}»: {"{"}total{"}"}
# More results than shown (at least two found).
search-status-some = Resultados para «{"{"}query{"}"}»: {"{"}shown{"}"} de {"{"}total{"}"}
search-status-best = Resultados más pertinentes para «{"{"}query{"}"}»: {"{"}shown{"}"} de {"{"}total{"}"}
search-status-failed = No se ha podido cargar la búsqueda. Puede consultar el glosario o los estudios de caso.
# The button under the results that shows the next ones.
search-more = Mostrar más resultados
search-in-default-language = Buscar también en las páginas no traducidas al español (en inglés)

# For browsers without JavaScript. $glossary, $case_studies, $evidence: links
# (search-browse-glossary, search-browse-case-studies, search-browse-evidence).
search-needs-js = La búsqueda se ejecuta en su navegador y necesita JavaScript. Sin JavaScript, consulte el { $glossary }, los { $case_studies } o la { $evidence }.
# On a site built without search. The links are those of search-needs-js.
search-not-built = Este sitio se ha generado sin búsqueda. Consulte el { $glossary }, los { $case_studies } o la { $evidence }.
search-browse-glossary = glosario de la A a la Z
search-browse-case-studies = estudios de caso por región
search-browse-evidence = tabla de evidencia


## term.html

# The title of the term's data file, offered to applications that read it.
term-jsonld-title = Este término en SKOS (JSON-LD)
# Above the term's label (in capitals).
term-kicker = Término del glosario
term-deprecated = Este término está desaconsejado. Su dirección se mantiene para que las referencias existentes sigan funcionando.
# $term: a link to the term that replaces it.
term-deprecated-replaced = Este término está desaconsejado: utilice { $term } en su lugar. Su dirección se mantiene para que las referencias existentes sigan funcionando.
# A definition quoted word for word. $term: the term's label (marked as the term being
# defined); $definition: the quoted definition.
term-definition-quoted = { $term } es «{ $definition }»
# Under a quoted definition. $source: the source's title (a link where it has one), with
# its publisher, year and page.
term-quoted-from = Cita literal de { $source }.
# A definition in the hub's own words. $term: the term's label (marked as the term being
# defined); $definition: the definition.
term-definition = { $term }: { $definition }
term-definition-note = Definición redactada por el hub; véanse las fuentes más abajo.
# $place: the only country or region where the term applies, e.g. England.
term-jurisdiction = Término administrativo exclusivo de { $place }: en otros países esto se organiza de otra manera.
term-aliases = Otras denominaciones
term-abbreviations = Abreviaturas
term-regional-heading = Denominaciones usadas en determinados países
# The columns of the table of names used in particular countries.
term-regional-label = Denominación
term-regional-language = Idioma
term-regional-where = Dónde
term-translations-heading = Traducciones
# $in_use and $proposed: term-translation-in-use and term-translation-proposed, in bold.
term-translations-note = Una denominación marcada como { $in_use } es la que emplea para este concepto la fuente indicada a su lado. Una denominación { $proposed } es una sugerencia del hub, pendiente de revisión por socios que trabajan en ese idioma; no es un término oficial.
# The status of a translation (shown as a badge, in capitals): attested by a source, or
# proposed by the hub.
term-translation-in-use = en uso
term-translation-proposed = propuesta
# The columns of the table of translations.
term-translations-language = Idioma
term-translations-label = Denominación
term-translations-status = Estado
term-mappings-heading = Códigos en otros sistemas
# The columns of the table of codes in other systems; "Match" is how the code relates to
# the term (match-exact, match-close …).
term-mappings-system = Sistema
term-mappings-code = Código
term-mappings-label = Denominación en el sistema
term-mappings-match = Correspondencia
term-mappings-source = Fuente
term-relations-heading = Términos relacionados
# The kinds of related terms: more general, more specific, associated.
term-broader = Más general
term-narrower = Más específico
term-related = Relacionado
term-mentions-heading = Mencionado en
# $count: the number of pages that mention the term.
term-mention-pages =
    { $count ->
        [one] { $count } página menciona este término.
        [many] { $count } de páginas mencionan este término.
       *[other] { $count } páginas mencionan este término.
    }
# Under a section's first pages that mention the term. $count: how many more pages.
term-mentions-more = y { $count } más
# A link to the page that lists every page that mentions the term. $count: their number;
# $term: the term's label.
term-mentions-all =
    { $count ->
        [one] { $count } página que menciona { $term }
        [many] Las { $count } de páginas que mencionan { $term }
       *[other] Las { $count } páginas que mencionan { $term }
    }
term-mentions-none = Todavía no hay ninguna página que mencione este término.
term-history-heading = Historial
# $release: a link to the release, whose text is its number; $date: its date (a date,
# formatted by the template).
term-history-added = Añadido en la versión { $release } ({ $date })
# $release and $date: as in term-history-added; $changes: what changed (in English).
term-history-changed = Versión { $release } ({ $date }): { $changes }
term-cite-heading = Cómo hacer referencia a este término
# Before the term's IRI (persistent identifier).
term-cite-iri = Identificador (IRI):
term-copy-iri = Copiar IRI
# Shown by hub.js when the IRI was copied.
term-copied-iri = IRI copiado.
term-cite-iri-note = El IRI designa este concepto en datos y documentos, y no cambia aunque el sitio se traslade; un término desaconsejado lo conserva.
# Before the address of the term's page.
term-cite-page = Esta página:
term-copy-link = Copiar enlace
# Shown by hub.js when the address was copied.
term-copied-link = Enlace copiado.
# Before a citation of the term, to copy into a document.
term-cite-citation = Cómo citar este término:
# The citation. $publisher: the site's publisher (or title); $term: the term's label;
# $site: the site's title; $status: the term's status (agreed, proposed or deprecated);
# $iri: the term's IRI; $url: the address of its page.
term-citation =
    { $publisher }. «{ $term }». En: { $site }, { $status ->
        [proposed] glosario (término propuesto)
        [deprecated] glosario (término desaconsejado)
       *[agreed] glosario
    }. { $iri }. Disponible en: { $url }
term-copy-citation = Copiar cita
# Shown by hub.js when the citation was copied.
term-copied-citation = Cita copiada.
# Shown by hub.js when the browser did not allow copying.
term-copy-failed = El navegador no ha permitido copiar; seleccione el texto manualmente.
# $json, $turtle, $jsonld, $csv: links to the glossary's data files, whose texts are the
# formats' names.
term-machine-readable = Formatos legibles por máquina: el glosario en { $json }, en SKOS en { $turtle } y { $jsonld } (el IRI de este concepto es el que figura más arriba) y en { $csv }.


## Titles, descriptions and breadcrumbs that the Rust code writes into the pages' context
## (src/render/pages, src/collections, src/i18n): plain text, shown in the browser's tab,
## in search engines and in the breadcrumbs.

# The first breadcrumb of every page.
crumb-home = Inicio
# The breadcrumb of a later page of a long list. $count: the page's number.
page-number = Página { $count }
# The title of a later page of a long list. $title: the list's title; $number: the page's
# number; $count: the number of pages.
page-title-numbered = { $title } (página { $number } de { $count })
glossary-title = Glosario
glossary-description = Un vocabulario común de la prescripción social: definiciones, sinónimos usados en distintos países, traducciones y fuentes.
# The glossary listed by its labels in one language. $language: the language's name.
glossary-language-title = Glosario en { $language }
glossary-language-description = Términos de la prescripción social según su denominación en { $language }, con el término en inglés al lado de cada uno.
# The page that lists every page that mentions a term. $label: the term's label.
mentions-title = Páginas que mencionan «{ $label }»
mentions-crumb = Menciones
case-studies-title = Estudios de caso
case-studies-description = La prescripción social en la práctica en todo el mundo, por región de la OMS y por país.
# $country: the country's name.
country-description = La prescripción social en { $country }: estudios de caso, evidencia, embajadores y términos que se usan allí.
evidence-title = Evidencia
evidence-description = Resúmenes estructurados de evaluaciones y revisiones sobre prescripción social, con sus cifras y referencias bibliográficas.
champions-title = Directorio de embajadores
champions-description = Embajadores clínicos y comunitarios de la prescripción social, por profesión, región e interés.
champions-crumb = Embajadores
events-title = Eventos
events-description = Congresos, seminarios web y encuentros del ámbito de la prescripción social, próximos y pasados, con un canal de calendario.
search-title = Búsqueda
search-description = Busque en el glosario, los estudios de caso, la evidencia y la red de embajadores.
not-found-title = Página no encontrada
not-found-description = La página solicitada no se encuentra aquí.
# The language's own name, in the language switcher (in this catalogue: English, written in
# English; in each other catalogue, that language's name for itself).
language-name = Español
# In the language switcher, beside a language that this page has not been translated into
# (its link goes to that language's home page).
language-not-translated = (no traducida)


## The notice at the top of a record's page in a language other than the default.

# The translation has no source in the language: the hub's own, awaiting review.
translation-proposed = Traducción propuesta: elaborada por el hub, aún no revisada por hablantes de este idioma ni respaldada por una fuente en él.
# The translation follows documents written in the language, listed after it.
translation-attested = Traducción respaldada por documentos en este idioma (véase más abajo).
# Added when the record's main text has not been translated.
translation-body-original = El resto de la página está en su idioma original.
translation-sources = Fuentes de la traducción:
