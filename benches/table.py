#!/usr/bin/env python3
"""Turns the JSON lines written by benches/bench.py into Markdown tables.

    python3 benches/table.py /tmp/hub-bench/results.jsonl
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict

TOOLS = ["hub", "hub-search", "hugo", "floor", "cp"]
LABELS = {
    "hub": "hub build",
    "hub-search": "hub build, search index on",
    "hugo": "Hugo",
    "floor": "floor (floor.py)",
    "cp": "floor (cp -r)",
}


def main() -> None:
    runs = defaultdict(list)
    info = {}
    for line in open(sys.argv[1]):
        r = json.loads(line)
        key = (r.get("storage", "disk"), r["pages"])
        if "checks" in r:
            info[key] = r
        else:
            runs[key + (r["tool"],)].append(r)

    groups = sorted({(st, p) for st, p, _ in runs}, key=lambda k: (k[0] != "tmpfs", k[1]))
    med = {}
    print("| Output on | Pages | Tool | Runs | Wall median (s) | Wall min–max (s) "
          "| CPU user+sys median (s) | Peak RSS median (MiB) | Pages/s | Files written (MiB) | Wall vs Hugo |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for st, size in groups:
        rows = []
        for tool in TOOLS:
            rs = runs.get((st, size, tool))
            if not rs:
                continue
            wall = statistics.median(r["wall_s"] for r in rs)
            cpu = statistics.median(r["user_s"] + r["sys_s"] for r in rs)
            rss = statistics.median(r["max_rss_kb"] for r in rs) / 1024
            med[(st, size, tool)] = (wall, cpu, rss)
            rows.append((tool, rs, wall, cpu, rss))
        hugo = med.get((st, size, "hugo"))
        for tool, rs, wall, cpu, rss in rows:
            lo, hi = min(r["wall_s"] for r in rs), max(r["wall_s"] for r in rs)
            c = info.get((st, size), {}).get("checks", {}).get(tool, {})
            files = f"{c['files']:,} ({c.get('bytes', 0) / 2**20:.0f})" if c else ""
            ratio = f"{wall / hugo[0]:.2f}×" if hugo else ""
            print(f"| {st} | {size:,} | {LABELS[tool]} | {len(rs)} | {wall:.3f} | {lo:.3f}–{hi:.3f} "
                  f"| {cpu:.2f} | {rss:.0f} | {size / wall:,.0f} | {files} | {ratio} |")

    print()
    print("| Output on | Pages | hub/Hugo wall | hub/Hugo CPU | hub/Hugo peak RSS | hub/floor.py wall "
          "| hub/cp wall | with search: hub/Hugo wall | with search: hub/Hugo peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for st, size in groups:
        h, g = med.get((st, size, "hub")), med.get((st, size, "hugo"))
        f, c = med.get((st, size, "floor")), med.get((st, size, "cp"))
        hs = med.get((st, size, "hub-search"))
        if not (h and g):
            continue
        cells = [f"{h[0] / g[0]:.2f}", f"{h[1] / g[1]:.2f}", f"{h[2] / g[2]:.2f}",
                 f"{h[0] / f[0]:.2f}" if f else "", f"{h[0] / c[0]:.2f}" if c else "",
                 f"{hs[0] / g[0]:.2f}" if hs else "", f"{hs[2] / g[2]:.2f}" if hs else ""]
        print(f"| {st} | {size:,} | " + " | ".join(cells) + " |")

    staged = [(st, size, tool) for st, size in groups for tool in ["hub", "hub-search"]
              if any(r.get("stages_ms") for r in runs.get((st, size, tool), []))]
    if staged:
        print()
        print("hub's own per-stage times (`hub build --timings`), medians in ms:")
        print()
        print("| Output on | Pages | Build | load | link (Markdown, auto-linking, sanitizing) "
              "| render (views, templates, feeds, exports, search index) | write |")
        print("|---|---:|---|---:|---:|---:|---:|")
        for st, size, tool in staged:
            rs = [r["stages_ms"] for r in runs[(st, size, tool)] if r.get("stages_ms")]
            cells = [f"{statistics.median(r.get(k, 0.0) for r in rs):.0f}" for k in ["load", "link", "render", "write"]]
            print(f"| {st} | {size:,} | {LABELS[tool]} | " + " | ".join(cells) + " |")

    print()
    for st in sorted({st for st, _ in groups}, key=lambda s: s != "tmpfs"):
        sizes = sorted(p for s, p in groups if s == st)
        if len(sizes) >= 2:
            lo, hi = sizes[0], sizes[-1]
            print(f"- Growth on {st}, {lo:,} → {hi:,} pages ({hi / lo:.0f}× the pages), median wall: " + ", ".join(
                f"{LABELS[t]} {med[(st, hi, t)][0] / med[(st, lo, t)][0]:.1f}×"
                for t in TOOLS if (st, hi, t) in med and (st, lo, t) in med) + ".")

    allruns = [r for rs in runs.values() for r in rs]
    if allruns:
        other = [r.get("other_load", 0.0) for r in allruns]
        retries = sum(r.get("retries", 0) for r in allruns)
        print(f"- Other processes' share of the machine during the kept timed runs: median "
              f"{statistics.median(other):.0%}, max {max(other):.0%}; {retries} run(s) were redone "
              f"because other processes took more than the limit while they ran.")
    for st, size in groups:
        i = info.get((st, size))
        if not i:
            continue
        c = i["checks"]
        us = i.get("create_us", [])
        line = f"- {st}, {size:,} pages: creating one empty file in the output folder took {us[0]}–{us[1]} µs"
        for tool in ["hub", "hub-search"]:
            if tool in c:
                line += (f"; {LABELS[tool]} wrote {c[tool]['files']:,} files ({c[tool]['page_total']:,} "
                         f"record pages; its own report: `{' '.join(c[tool].get('report', []))}`)")
        if "hugo" in c:
            line += f"; Hugo wrote {c['hugo']['files']:,} files ({c['hugo']['page_total']:,} record pages)"
        print(line + ".")


if __name__ == "__main__":
    main()
