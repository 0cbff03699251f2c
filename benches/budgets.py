#!/usr/bin/env python3
"""Page-weight budgets of a built hub (issue: light pages at any size).

Usage: budgets.py SITE_DIR [--hugo HUGO_OUTPUT_DIR] [--json]

- Record pages (case studies, evidence, champions, terms, events): the HTML outside the
  record's own content must be at most 8 KB. The record's own content is its `<main>`
  without the lists of other pages that mention it ("Mentioned in"); the rest is furniture
  (head, header, footer, term tooltips, backlinks). The bytes outside the Markdown body
  alone (`<div class="prose">`) are reported too.
- List pages (collection indexes and their numbered pages, country pages, mentions pages,
  the events page): at most 150 KB of HTML each.
- With --hugo: the total output must be within 1.5 times Hugo's for the same pages. The HTML
  of the pages both write (same path) is reported beside it.

Prints a table and exits 1 when a budget is broken.
"""
import json
import os
import re
import statistics
import sys

RECORD_BUDGET = 8 * 1024
LIST_BUDGET = 150 * 1024
TOTAL_RATIO = 1.5
PROSE = re.compile(r'<div class="prose">(.*?)</div>\s*\n', re.S)
MAIN = re.compile(r'<main[^>]*>(.*?)</main>', re.S)
MENTIONS = re.compile(r'<section aria-labelledby="mentions-heading".*?</section>', re.S)


def kind_of(rel):
    parts = rel.split("/")
    if rel == "index.html" or parts[0] in ("search", "static", "api", "search-index"):
        return None
    if "page" in parts or parts[-2:-1] == ["mentions"] or (len(parts) == 2 and parts[0] in ("case-studies", "evidence", "champions", "glossary", "events")):
        return "list"
    if parts[0] == "countries" or "mentions" in parts:
        return "list"
    if parts[0] in ("case-studies", "evidence", "champions", "glossary", "events") and len(parts) == 3:
        return parts[0]
    return None


def size_of(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def same_pages(site, hugo):
    """The HTML bytes of the pages both sites write (same path), for each."""
    pages = hub_bytes = hugo_bytes = 0
    for root, _, files in os.walk(hugo):
        for f in files:
            if not f.endswith(".html"):
                continue
            theirs = os.path.join(root, f)
            ours = os.path.join(site, os.path.relpath(theirs, hugo))
            if os.path.exists(ours):
                pages += 1
                hub_bytes += os.path.getsize(ours)
                hugo_bytes += os.path.getsize(theirs)
    ratio = round(hub_bytes / hugo_bytes, 2) if hugo_bytes else None
    return {"pages": pages, "hub": hub_bytes, "hugo": hugo_bytes, "ratio": ratio}


def main():
    args = sys.argv[1:]
    site = args[0]
    hugo = args[args.index("--hugo") + 1] if "--hugo" in args else None
    outside = {}
    lists = []
    for root, _, files in os.walk(site):
        for f in files:
            if f != "index.html":
                continue
            path = os.path.join(root, f)
            rel = os.path.relpath(path, site).replace(os.sep, "/")
            kind = kind_of(rel)
            if kind is None:
                continue
            size = os.path.getsize(path)
            if kind == "list":
                lists.append((size, rel))
            else:
                html = open(path, encoding="utf-8").read()
                prose = sum(len(m.group(1).encode()) for m in PROSE.finditer(html))
                main = MAIN.search(html)
                own = len(main.group(1).encode()) if main else 0
                own -= sum(len(m.group(0).encode()) for m in MENTIONS.finditer(main.group(1) if main else ""))
                outside.setdefault(kind, []).append((size - own, rel, size - prose))
    report = {"records": {}, "lists": {}, "total": {}}
    broken = []
    for kind, rows in sorted(outside.items()):
        sizes = [r[0] for r in rows]
        worst = max(rows)
        report["records"][kind] = {"pages": len(rows), "median": int(statistics.median(sizes)), "max": worst[0], "max_page": worst[1],
                                   "outside_body_median": int(statistics.median(r[2] for r in rows)), "outside_body_max": max(r[2] for r in rows)}
        if worst[0] > RECORD_BUDGET:
            broken.append(f"{worst[1]}: {worst[0]} bytes outside its body > {RECORD_BUDGET}")
    if lists:
        worst = max(lists)
        report["lists"] = {"pages": len(lists), "median": int(statistics.median(s for s, _ in lists)), "max": worst[0], "max_page": worst[1]}
        if worst[0] > LIST_BUDGET:
            broken.append(f"{worst[1]}: {worst[0]} bytes > {LIST_BUDGET}")
    total = size_of(site)
    report["total"]["hub"] = total
    if hugo:
        report["total"]["hugo"] = size_of(hugo)
        report["total"]["ratio"] = round(total / report["total"]["hugo"], 2)
        same = same_pages(site, hugo)
        report["same_pages_html"] = same
        if report["total"]["ratio"] > TOTAL_RATIO:
            broken.append(f"total {total} bytes is {report['total']['ratio']}x Hugo's > {TOTAL_RATIO}")
    if "--json" in args:
        print(json.dumps(report, indent=1))
    else:
        print("record pages, bytes outside the record's own content (budget 8 KB); outside the Markdown body:")
        for kind, r in report["records"].items():
            print(f"  {kind:13} {r['pages']:6} pages  median {r['median']:6}  max {r['max']:6}  ({r['max_page']});  body-only: median {r['outside_body_median']}, max {r['outside_body_max']}")
        if lists:
            r = report["lists"]
            print(f"list pages (budget 150 KB): {r['pages']} pages, median {r['median']}, max {r['max']} ({r['max_page']})")
        print("total:", report["total"])
        if "same_pages_html" in report:
            print("HTML of the pages both write:", report["same_pages_html"])
    for b in broken:
        print("OVER BUDGET:", b)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
