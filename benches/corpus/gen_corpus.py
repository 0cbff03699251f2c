#!/usr/bin/env python3
"""Deterministic benchmark corpus for hub, with the same pages as a Hugo site.

    python3 benches/corpus/gen_corpus.py --pages 10000 --out /tmp/corpus-10k

writes

    /tmp/corpus-10k/hub    a complete hub root: hub.yaml, data/ (copied from the repo),
                           content/{glossary,case-studies,evidence,champions}/*.md
    /tmp/corpus-10k/hugo   the same pages as a Hugo site: hugo.yaml, minimal layouts
                           (baseof, single, list, home) and content/<section>/*.md

Shape (the issue's): about 10% glossary terms, 40% case studies (600-1,500 words, across
every country in data/countries.yaml), 30% evidence summaries, 20% champion profiles.
Bodies mention glossary labels (and some abbreviations) in running text, so auto-linking has
work, and each case study and evidence body carries one wiki-link. Every reference (country,
subdivision, setting, model, design, profession, language, evidence id, term id) exists, and
labels are unique, so the hub corpus passes `hub check`.

The Hugo pages have the same ids (so the same URLs), title and date, and the same Markdown
body; a hub wiki-link `[[id|text]]` becomes the Markdown link `[text](/glossary/id/)`.
Front-matter-only fields (summary, outcomes, citation, ...) exist only on the hub side: hub
renders them, the minimal Hugo templates render title, date and body only.

Python 3.11 standard library only. Same --pages and --seed give byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------------------------------
# Vocabulary for synthetic glossary labels: modifier + head (+ optional suffix).

MODIFIERS = [
    "community", "green", "social", "arts", "cultural", "digital", "peer", "clinical",
    "holistic", "asset-based", "nature", "museum", "wellbeing", "welfare", "housing",
    "financial", "family", "youth", "volunteer", "neighbourhood", "integrated",
    "person-centred", "collaborative", "structured", "informal", "outreach", "place-based",
    "lifestyle", "relational", "preventive", "targeted", "universal", "rural", "urban",
    "faith-based", "workplace", "school-based", "telephone", "intergenerational", "heritage",
]
HEADS = [
    "connector", "navigator", "prescription", "referral", "coordinator", "champion",
    "pathway", "hub", "network", "assessment", "care plan", "conversation", "asset mapping",
    "directory", "coaching", "befriending", "support worker", "outcome measure", "follow-up",
    "caseload", "partnership", "offer", "activity", "group", "programme", "review", "triage",
    "signposting", "advocacy", "mentoring", "intervention", "service",
]
SUFFIXES = ["model", "scheme", "framework", "standard"]

# Words for running text.
FIRST_NAMES = [
    "Amina", "Ben", "Chloé", "Dariusz", "Eilidh", "Farah", "Gareth", "Hana", "Ivan", "Jana",
    "Kofi", "Leila", "Mateo", "Niamh", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tomasz",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Aoife", "Bongani", "Carmen", "Dev",
]
LAST_NAMES = [
    "Example", "Sample", "Placeholder", "Fictional", "Specimen", "Testcase", "Model",
    "Pattern", "Template", "Mock", "Proxy", "Dummy", "Instance", "Prototype", "Draft",
]
SYLLABLES = [
    "al", "an", "ar", "bel", "ber", "bra", "ca", "del", "dor", "el", "en", "fal", "gar",
    "ham", "hol", "is", "kar", "la", "lin", "mar", "mer", "mont", "nor", "ol", "or", "pen",
    "ra", "ros", "sal", "san", "ter", "ton", "val", "ver", "wick", "ya", "zen",
]
POPULATIONS = [
    "older people living alone", "adults with long-term conditions", "carers",
    "young people leaving care", "people with mild to moderate depression",
    "frequent attenders in general practice", "refugees and asylum seekers",
    "people with chronic pain", "new parents", "people recovering from a stroke",
    "adults with type 2 diabetes", "people in debt or at risk of eviction",
    "students with anxiety", "men over fifty", "people with early dementia and their families",
]
ORGS = [
    "the local council", "a primary care network", "the health board", "a housing association",
    "a regional museum", "the university", "a national charity", "a faith network",
    "the public health team", "a community trust", "the parks service", "a GP federation",
    "a voluntary sector alliance", "the municipal welfare office", "a sports club",
]
NEEDS = [
    "loneliness", "debt advice", "access to green space", "physical activity",
    "housing problems", "mental wellbeing", "caring responsibilities", "social isolation",
    "low confidence", "unemployment", "food insecurity", "digital exclusion",
]
REFERRERS = [
    "general practitioners", "practice nurses", "pharmacists", "hospital discharge teams",
    "social workers", "mental health teams", "housing officers", "people themselves",
]
ACTIVITIES = [
    "walking groups", "community gardening", "choirs", "art classes", "cookery sessions",
    "men's sheds", "volunteering", "swimming", "museum tours", "reading groups",
    "conservation work", "dance classes", "language cafés", "allotment projects",
]
MEASURES = [
    "Wellbeing (WEMWBS)", "Loneliness (UCLA 3-item)", "GP consultations", "A&E attendances",
    "Anxiety (GAD-7)", "Depression (PHQ-9)", "Patient activation (PAM)", "Quality of life (EQ-5D)",
    "Hospital admissions", "Physical activity minutes per week", "Social return per pound",
]
JOURNALS = [
    "BMJ Open", "BMC Public Health", "Health & Social Care in the Community",
    "International Journal of Integrated Care", "Perspectives in Public Health",
    "British Journal of General Practice", "Public Health", "Journal of Public Health",
]
PUBLISHERS = [
    "a university research centre", "the national academy", "the health ministry",
    "a regional health board", "an independent evaluator", "a public health agency",
]
INTERESTS = [
    "health inequalities", "green social prescribing", "arts and health", "loneliness",
    "children and young people", "medical education", "mental health", "older people",
    "housing and health", "evaluation", "digital inclusion", "carers",
]
CHAMPION_ACTIVITIES = [
    "teaching", "service redesign", "peer support", "research", "mentoring",
    "policy work", "community events", "evaluation",
]
SUBDIVISIONS = {"GB": ["GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"]}

# Sentence templates. {t} is a glossary mention chosen from the page's topic terms; the
# other slots are filled from the word lists above.
SENTENCES = [
    "The {t} was introduced in {place} in {year} after {org} identified a gap in support for {need}.",
    "Staff described the {t} as the part of the service that made the most difference to {pop}.",
    "Referrals came mostly from {ref}, and about {pct}% of people took part in at least one {t}.",
    "Each person had a first conversation with a named worker, who then arranged a {t} where it was needed.",
    "The team used the {t} to connect people with {act} and with advice on {need}.",
    "In the second year the {t} was extended to {pop}, with funding from {org}.",
    "People valued having time to talk about what mattered to them rather than only about symptoms.",
    "A review in {year} found that the {t} worked best when it was linked closely to the {t2}.",
    "Waiting times fell from {n} weeks to {n2} weeks once the {t} was in place.",
    "Volunteers were trained over {n} sessions and supported by a coordinator based with {org}.",
    "Local groups offering {act} received small grants so that they could take more referrals.",
    "Partners agreed a shared referral form, and the {t} became the single route into the offer.",
    "The evaluation combined routine data with interviews of {n} participants and {n2} staff.",
    "Some people needed several meetings before they felt ready to join {act}.",
    "The model drew on the {t} developed elsewhere, adapted to the language and services of {place}.",
    "Managers reported that the {t} reduced duplicated work between {org} and health services.",
    "Participants most often asked for help with {need}, followed by {need2}.",
    "About {pct}% of people said they felt more in control of their health after {n} months.",
    "Costs were mainly staff time, and the service cost about {n}0 euros per person supported.",
    "The {t} is now part of the regional plan, and {org} has committed to fund it until {year2}.",
    "Not everyone benefited: people with complex needs were often referred on to specialist services.",
    "A steering group including people with lived experience met every {n} weeks to review progress.",
    "The approach relies on a strong {t} and on community groups that can absorb new members.",
    "Clinicians found it easier to refer once they understood what the {t} could and could not offer.",
]
HEADINGS_CASE = ["Background", "How it works", "Who it reaches", "Results so far", "Funding and governance",
                 "Challenges", "What others can learn"]
HEADINGS_EVIDENCE = ["What was done", "What was found", "Limits", "For practice"]


# ---------------------------------------------------------------------------------------
# Helpers


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return re.sub(r"-+", "-", s)


def q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def ylist(values: list[str]) -> str:
    return "[" + ", ".join(q(v) for v in values) + "]"


# Every record's `reviewed` date: recent, so that no build of the corpus warns about it.
REVIEWED = "2026-11-01"


def drop_hierarchical_related(records: list) -> None:
    """Removes `related` links between a term and one of its broader or narrower terms, which
    hub check refuses (SKOS S27). Done after every term is drawn, so the random stream (and
    so the rest of the corpus) is the same as before the check existed."""
    fm_of = {rid: fm for _, (rid, fm, *_rest) in records}
    parent = {}
    for rid, fm in fm_of.items():
        for line in fm:
            if line.startswith("broader: ["):
                parent[rid] = line[len("broader: ["):-1]

    def ancestors(rid: str) -> set:
        seen = set()
        while rid in parent and parent[rid] not in seen:
            rid = parent[rid]
            seen.add(rid)
        return seen

    for rid, fm in fm_of.items():
        for k, line in enumerate(fm):
            if line.startswith("related: ["):
                rel = [r for r in line[len("related: ["):-1].split(", ")
                       if r not in ancestors(rid) and rid not in ancestors(r)]
                fm[k] = f"related: [{', '.join(rel)}]"


def read_vocab(path: Path, key: str) -> list[str]:
    """Values of `key` in a flow-mapping-per-line YAML list such as data/settings.yaml."""
    out = []
    pattern = re.compile(r"\b" + re.escape(key) + r":\s*([^,}]+)")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("- {"):
            m = pattern.search(line)
            if m:
                out.append(m.group(1).strip().strip('"'))
    if not out:
        sys.exit(f"gen_corpus: no `{key}` entries found in {path}")
    return out


def place_name(rng: random.Random) -> str:
    n = rng.choice([2, 2, 3])
    name = "".join(rng.choice(SYLLABLES) for _ in range(n))
    return name.capitalize()


def date(rng: random.Random) -> str:
    return f"{rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


class Term:
    def __init__(self, tid: str, label: str, abbr: str | None):
        self.id = tid
        self.label = label
        self.abbr = abbr


def make_terms(count: int, rng: random.Random) -> list[Term]:
    combos = [f"{m} {h}" for m in MODIFIERS for h in HEADS]
    rng.shuffle(combos)
    extra = [f"{c} {s}" for c in combos for s in SUFFIXES]
    rng.shuffle(extra)
    labels = combos + extra
    k = 2
    while len(labels) < count:  # only for very large corpora
        labels += [f"{c} type {k}" for c in combos]
        k += 1
    terms, used_abbr = [], set()
    for i in range(count):
        label = labels[i]
        abbr = None
        if rng.random() < 0.2:
            initials = "".join(w[0] for w in re.split(r"[\s-]+", label)).upper()
            for extra_letter in [""] + [chr(c) for c in range(ord("A"), ord("Z") + 1)]:
                cand = initials + extra_letter
                if len(cand) >= 2 and cand not in used_abbr:
                    abbr = cand
                    used_abbr.add(cand)
                    break
        terms.append(Term(slug(label), label, abbr))
    return terms


class Writer:
    """Builds a Markdown body from sentences, tracking words and mentions."""

    def __init__(self, rng: random.Random, topics: list[Term], countries_places: list[str]):
        self.rng = rng
        self.topics = topics
        self.places = countries_places
        self.words = 0

    def mention(self) -> str:
        t = self.rng.choice(self.topics)
        if t.abbr and self.rng.random() < 0.25:
            return t.abbr
        return t.label

    def sentence(self) -> str:
        r = self.rng
        tpl = r.choice(SENTENCES)
        year = r.randint(2010, 2024)
        s = tpl.format(
            t=self.mention(), t2=self.mention(), place=r.choice(self.places), year=year,
            year2=year + r.randint(2, 6), org=r.choice(ORGS), need=r.choice(NEEDS),
            need2=r.choice(NEEDS), pop=r.choice(POPULATIONS), ref=r.choice(REFERRERS),
            pct=r.randint(20, 90), act=r.choice(ACTIVITIES), n=r.randint(2, 12),
            n2=r.randint(1, 9),
        )
        s = s[0].upper() + s[1:]
        self.words += len(s.split())
        return s

    def paragraph(self, lo: int = 3, hi: int = 6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def bullets(self) -> str:
        items = []
        for _ in range(self.rng.randint(3, 5)):
            item = f"{self.rng.choice(ACTIVITIES)} linked to the {self.mention()}"
            self.words += len(item.split())
            items.append(f"- {item[0].upper()}{item[1:]}")
        return "\n".join(items)

    def wikilink(self) -> str:
        t = self.rng.choice(self.topics)
        text = f"the {t.label}"
        self.words += len(text.split()) + 6
        return f"See [[{t.id}|{text}]] in the glossary for how the term is used here."


def sectioned_body(w: Writer, target: int, headings: list[str], wiki: bool) -> str:
    """Paragraphs under headings until about `target` words."""
    parts: list[str] = []
    h = 0
    while w.words < target:
        heading = headings[h % len(headings)]
        if h >= len(headings):
            heading = f"{heading} ({h // len(headings) + 1})"
        parts.append(f"## {heading}")
        w.words += len(heading.split())
        for _ in range(w.rng.randint(1, 3)):
            parts.append(w.paragraph())
            if w.words >= target:
                break
        if h == 1 and w.rng.random() < 0.6:
            parts.append(w.bullets())
        if h == 0 and wiki:
            parts.append(w.wikilink())
        h += 1
    return "\n\n".join(parts) + "\n"


def plain_body(w: Writer, target: int) -> str:
    parts = []
    while w.words < target:
        parts.append(w.paragraph(2, 5))
    return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------------------------------
# Records. Each returns (id, hub front matter lines, title, date, body).


def glossary_record(i: int, t: Term, terms: list[Term], rng: random.Random, v: dict) -> tuple:
    fm = [f"term: {q(t.label)}", f"reviewed: {REVIEWED}",
          f"definition: {q(f'The {t.label} is a way of helping people reach non-medical support; this entry is synthetic benchmark text number {i}.')}"]
    if rng.random() < 0.3:
        fm.append(f"aliases: [{q(t.label + ' approach')}]")
    if t.abbr:
        fm.append(f"abbreviations: [{q(t.abbr)}]")
    if rng.random() < 0.2:
        fm.append(f"regional:\n  - {{ label: {q(t.label + ' role')}, countries: [{rng.choice(v['countries'])}] }}")
    if rng.random() < 0.4:
        langs = rng.sample([c for c in v["languages"] if c != "en"], 2)
        fm.append("translations:")
        for code in langs:
            fm.append(f"  {code}: {q(t.label + ' (' + code + ')')}")
    earlier = terms[:i]
    if earlier and rng.random() < 0.5:
        fm.append(f"broader: [{rng.choice(earlier).id}]")
    if len(terms) > 1:
        rel = {rng.choice(terms).id for _ in range(rng.randint(0, 3))} - {t.id}
        if rel:
            fm.append(f"related: [{', '.join(sorted(rel))}]")
    fm.append(f"status: {rng.choice(['agreed', 'agreed', 'agreed', 'proposed'])}")
    fm.append(f"sources:\n  - {{ title: {q('Benchmark glossary source ' + str(i))}, url: \"https://example.org/glossary/{t.id}\", year: {rng.randint(2015, 2024)} }}")
    topics = [t] + rng.sample(terms, min(len(terms), rng.randint(2, 5)))
    w = Writer(rng, topics, v["places"])
    body = plain_body(w, rng.randint(80, 250))
    return t.id, fm, t.label, date(rng), body


def evidence_record(i: int, terms: list[Term], rng: random.Random, v: dict) -> tuple:
    place = rng.choice(v["places"])
    design = rng.choice(v["designs"])
    title = f"Evaluation {i} of social prescribing in {place}"
    eid = f"ev-{i:05d}-{slug(place)}"
    year = rng.randint(2005, 2025)
    countries = rng.sample(v["countries"], rng.choice([0, 1, 1, 1, 2]))
    d = date(rng)
    fm = [f"title: {q(title)}", f"date: {d}", f"reviewed: {REVIEWED}", f"year: {year}",
          f"countries: [{', '.join(countries)}]", f"place: {q(place)}"]
    if rng.random() < 0.7:
        fm.append(f"setting: {rng.choice(v['settings'])}")
    fm.append(f"design: {design}")
    n = rng.randint(20, 5000)
    fm += [f"sample_size: {n}", f"sample: {q(f'{n} participants referred by {rng.choice(REFERRERS)}')}",
           f"strength: {rng.choice(['high', 'moderate', 'low', 'low', 'emerging'])}",
           f"summary: {q(f'A {design} study of social prescribing in {place}. It reports changes in wellbeing and service use among {rng.choice(POPULATIONS)}.')}",
           "outcomes:"]
    for _ in range(rng.randint(1, 3)):
        before = round(rng.uniform(10, 60), 1)
        after = round(before + rng.uniform(-10, 10), 1)
        fm += [f"  - measure: {q(rng.choice(MEASURES))}",
               f"    before: {before}", f"    after: {after}",
               f"    direction: {rng.choice(['improved', 'improved', 'no-change', 'mixed', 'unclear', 'worsened'])}",
               f"    comparison: {q('vs. ' + rng.choice(['matched controls', 'baseline', 'usual care']))}"]
    authors = ", ".join(f"{rng.choice(LAST_NAMES)} {rng.choice(FIRST_NAMES)[0]}" for _ in range(rng.randint(1, 4)))
    fm += ["citation:", f"  authors: {q(authors)}", f"  title: {q(title)}"]
    if rng.random() < 0.6:
        fm.append(f"  journal: {q(rng.choice(JOURNALS))}")
        fm.append(f"  doi: \"10.5555/bench.{i:05d}\"")
    else:
        fm.append(f"  publisher: {q(rng.choice(PUBLISHERS))}")
    fm += [f"  year: {year}", f"  url: \"https://example.org/evidence/{eid}\""]
    topics = rng.sample(terms, min(len(terms), rng.randint(3, 7)))
    w = Writer(rng, topics, v["places"])
    body = sectioned_body(w, rng.randint(250, 600), HEADINGS_EVIDENCE, wiki=True)
    return eid, fm, title, d, body


def case_record(i: int, terms: list[Term], evidence_ids: list[str], rng: random.Random, v: dict) -> tuple:
    country = v["countries"][i % len(v["countries"])]  # every country, evenly
    place = rng.choice(v["places"])
    model = rng.choice(v["models"])
    title = f"{place}: {model} social prescribing ({country})"
    cid = f"cs-{i:05d}-{slug(place)}-{country.lower()}"
    d = date(rng)
    fm = [f"title: {q(title)}", f"date: {d}", f"country: {country}"]
    if country in SUBDIVISIONS:
        fm.append(f"subdivision: {rng.choice(SUBDIVISIONS[country])}")
    fm += [f"place: {q(place)}", f"setting: {rng.choice(v['settings'])}", f"model: {model}",
           "status: active", f"reviewed: {REVIEWED}",
           f"population: {q(rng.choice(POPULATIONS))}", f"started: {rng.randint(2005, 2024)}",
           f"organisations: [{q(place + ' ' + rng.choice(['Health Partnership', 'Wellbeing Trust', 'Community Network']))}]",
           f"summary: {q(f'A {model} service in {place} that connects {rng.choice(POPULATIONS)} with community support. It began as a pilot and is now part of local services.')}",
           "outcomes:"]
    for _ in range(rng.randint(1, 3)):
        fm.append(f"  - {q(f'{rng.randint(20, 90)}% of participants reported better {rng.choice(NEEDS)} support')}")
    if evidence_ids and rng.random() < 0.5:
        fm.append(f"evidence: [{', '.join(sorted(set(rng.sample(evidence_ids, min(len(evidence_ids), rng.randint(1, 2))))))}]")
    fm.append(f"sources:\n  - {{ title: {q('Benchmark case study source ' + str(i))}, url: \"https://example.org/case-studies/{cid}\", year: {rng.randint(2015, 2025)} }}")
    topics = rng.sample(terms, min(len(terms), rng.randint(4, 10)))
    w = Writer(rng, topics, v["places"])
    body = sectioned_body(w, rng.randint(600, 1500), HEADINGS_CASE, wiki=True)
    return cid, fm, title, d, body


def champion_record(i: int, terms: list[Term], rng: random.Random, v: dict) -> tuple:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    name = f"{first} {last}"
    chid = f"{slug(first)}-{slug(last)}-{i:05d}"
    country = rng.choice(v["countries"])
    fm = [f"name: {q(name)}", "example: true", f"reviewed: {REVIEWED}", f"profession: {rng.choice(v['professions'])}",
          f"setting: {rng.choice(v['settings'])}",
          f"organisation: {q(rng.choice(v['places']) + ' ' + rng.choice(['Primary Care Network', 'Health Centre', 'Community Trust']))}",
          f"country: {country}"]
    if country in SUBDIVISIONS:
        fm.append(f"subdivision: {rng.choice(SUBDIVISIONS[country])}")
    fm += [f"interests: {ylist(rng.sample(INTERESTS, 2))}",
           f"activities: {ylist(rng.sample(CHAMPION_ACTIVITIES, 2))}",
           f"cohort: {rng.randint(2018, 2026)}",
           f"languages: [{', '.join(['en'] + rng.sample([c for c in v['languages'] if c != 'en'], rng.randint(0, 2)))}]",
           # Only public contacts are ever written in a file (hub check refuses others).
           (f"contact: {{ email: \"{chid}@example.org\", public: true }}" if rng.random() < 0.5
            else "contact: { public: false }")]
    topics = rng.sample(terms, min(len(terms), rng.randint(2, 4)))
    w = Writer(rng, topics, v["places"])
    intro = f"*This is a synthetic example profile: {name} is not a real person.*"
    body = intro + "\n\n" + plain_body(w, rng.randint(100, 300))
    return chid, fm, name, date(rng), body


# ---------------------------------------------------------------------------------------
# Output

HUB_YAML = """\
# Benchmark corpus generated by benches/corpus/gen_corpus.py ({pages} pages, seed {seed}).
title: Social Prescribing Knowledge Hub (benchmark corpus)
description: >-
  A synthetic corpus shaped like the hub, for benchmarking hub against Hugo.
base_url: https://sp-hub.example.org/
language: en
theme: default
autolink: first
publisher: The social prescribing hub editors
menu:
  - {{ label: Glossary, url: /glossary/ }}
  - {{ label: Case studies, url: /case-studies/ }}
  - {{ label: Evidence, url: /evidence/ }}
  - {{ label: Champions, url: /champions/ }}
"""

HUGO_YAML = """\
# Benchmark corpus generated by benches/corpus/gen_corpus.py ({pages} pages, seed {seed}).
baseURL: https://sp-hub.example.org/
title: Social Prescribing Knowledge Hub (benchmark corpus)
disableKinds: [taxonomy, term]
# Dates are all in the past, but never drop a page for a clock that runs behind.
buildFuture: true
# Section titles as written (Glossary, not Glossaries).
pluralizeListTitles: false
# The same header menu as hub.yaml. (A nav built with `range site.Sections` on every page
# made Hugo 0.168 about 3x slower at 10,000 pages; a configured menu is what a real site uses.)
menus:
  main:
    - {{ name: Glossary, url: /glossary/, weight: 1 }}
    - {{ name: Case studies, url: /case-studies/, weight: 2 }}
    - {{ name: Evidence, url: /evidence/, weight: 3 }}
    - {{ name: Champions, url: /champions/, weight: 4 }}
"""

HUGO_LAYOUTS = {
    "baseof.html": """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav>{{ range site.Menus.main }}<a href="{{ .URL | relURL }}">{{ .Name }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "single.html": """\
{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ .Content }}
</article>{{ end }}
""",
    "list.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></li>{{ end }}
</ul>{{ end }}
""",
    "home.html": """\
{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range site.Sections }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }} pages)</li>{{ end }}
</ul>{{ end }}
""",
}

WIKI = re.compile(r"\[\[([a-z0-9-]+)\|([^\]]+)\]\]")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, required=True, help="total number of content pages")
    ap.add_argument("--out", type=Path, required=True, help="folder to create (hub/ and hugo/ inside)")
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("--data", type=Path, default=REPO / "data", help="hub data/ folder to copy")
    args = ap.parse_args()
    if args.pages < 10:
        sys.exit("gen_corpus: --pages must be at least 10")

    rng = random.Random(args.seed)
    n_terms = max(1, round(args.pages * 0.10))
    n_cases = round(args.pages * 0.40)
    n_evidence = round(args.pages * 0.30)
    n_champions = args.pages - n_terms - n_cases - n_evidence

    v = {
        "countries": read_vocab(args.data / "countries.yaml", "code"),
        "languages": read_vocab(args.data / "languages.yaml", "code"),
        "settings": read_vocab(args.data / "settings.yaml", "id"),
        "models": read_vocab(args.data / "models.yaml", "id"),
        "professions": read_vocab(args.data / "professions.yaml", "id"),
        "designs": read_vocab(args.data / "study-designs.yaml", "id"),
    }
    places, seen = [], set()
    while len(places) < 400:
        p = place_name(rng)
        if p not in seen:
            seen.add(p)
            places.append(p)
    v["places"] = places

    hub, hugo = args.out / "hub", args.out / "hugo"
    for d in (hub, hugo):
        if d.exists():
            shutil.rmtree(d)
    shutil.copytree(args.data, hub / "data")
    write(hub / "hub.yaml", HUB_YAML.format(pages=args.pages, seed=args.seed))
    write(hugo / "hugo.yaml", HUGO_YAML.format(pages=args.pages, seed=args.seed))
    for name, text in HUGO_LAYOUTS.items():
        write(hugo / "layouts" / name, text)

    terms = make_terms(n_terms, rng)
    records: list[tuple[str, tuple]] = []
    for i, t in enumerate(terms):
        records.append(("glossary", glossary_record(i, t, terms, rng, v)))
    drop_hierarchical_related(records)
    evidence = [evidence_record(i, terms, rng, v) for i in range(n_evidence)]
    records += [("evidence", r) for r in evidence]
    evidence_ids = [r[0] for r in evidence]
    records += [("case-studies", case_record(i, terms, evidence_ids, rng, v)) for i in range(n_cases)]
    records += [("champions", champion_record(i, terms, rng, v)) for i in range(n_champions)]

    words = 0
    for section, (rid, fm, title, d, body) in records:
        write(hub / "content" / section / f"{rid}.md", "---\n" + "\n".join(fm) + "\n---\n" + body)
        hugo_body = WIKI.sub(lambda m: f"[{m.group(2)}](/glossary/{m.group(1)}/)", body)
        write(hugo / "content" / section / f"{rid}.md",
              f"---\ntitle: {q(title)}\ndate: {d}\n---\n" + hugo_body)
        words += len(body.split())
    print(f"gen_corpus: {len(records)} pages ({n_terms} terms, {n_cases} case studies, "
          f"{n_evidence} evidence, {n_champions} champions), {words} body words -> {args.out}")


if __name__ == "__main__":
    main()
