#!/usr/bin/env python3
"""Turns the JSON lines written by benches/bench.py into Markdown tables.

    python3 benches/table.py /tmp/hub-bench/results.jsonl
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict

LABELS = {
    "hub": "hub build",
    "hugo": "Hugo",
    "floor": "floor (floor.py)",
    "cp": "floor (cp -r)",
}


def main() -> None:
    runs = defaultdict(list)
    checks = {}
    for line in open(sys.argv[1]):
        r = json.loads(line)
        if "checks" in r:
            checks[r["pages"]] = r["checks"]
        else:
            runs[(r["pages"], r["tool"])].append(r)

    sizes = sorted({p for p, _ in runs})
    med = {}
    print("| Pages | Tool | Runs | Wall median (s) | Wall min–max (s) | CPU user+sys median (s) "
          "| Peak RSS median (MiB) | Pages/s (median wall) | Files written | Wall vs Hugo |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        hugo_wall = None
        rows = []
        for tool in ["hub", "hugo", "floor", "cp"]:
            rs = runs.get((size, tool))
            if not rs:
                continue
            wall = statistics.median(r["wall_s"] for r in rs)
            cpu = statistics.median(r["user_s"] + r["sys_s"] for r in rs)
            rss = statistics.median(r["max_rss_kb"] for r in rs) / 1024
            med[(size, tool)] = (wall, cpu, rss)
            if tool == "hugo":
                hugo_wall = wall
            rows.append((tool, rs, wall, cpu, rss))
        for tool, rs, wall, cpu, rss in rows:
            lo, hi = min(r["wall_s"] for r in rs), max(r["wall_s"] for r in rs)
            files = checks.get(size, {}).get(tool, {}).get("files", "")
            ratio = f"{wall / hugo_wall:.2f}×" if hugo_wall else ""
            print(f"| {size:,} | {LABELS[tool]} | {len(rs)} | {wall:.3f} | {lo:.3f}–{hi:.3f} | {cpu:.2f} "
                  f"| {rss:.0f} | {size / wall:,.0f} | {files:,} | {ratio} |")

    print()
    print("| Pages | hub/Hugo wall | hub/Hugo CPU | hub/Hugo peak RSS | hub/floor.py wall | hub/cp wall |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        h, g = med.get((size, "hub")), med.get((size, "hugo"))
        f, c = med.get((size, "floor")), med.get((size, "cp"))
        if not (h and g):
            continue
        cells = [f"{h[0] / g[0]:.2f}", f"{h[1] / g[1]:.2f}", f"{h[2] / g[2]:.2f}",
                 f"{h[0] / f[0]:.2f}" if f else "", f"{h[0] / c[0]:.2f}" if c else ""]
        print(f"| {size:,} | " + " | ".join(cells) + " |")

    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        print()
        print(f"Growth {lo:,} → {hi:,} pages ({hi / lo:.0f}× the pages), median wall time: " + ", ".join(
            f"{LABELS[t]} {med[(hi, t)][0] / med[(lo, t)][0]:.1f}×"
            for t in ["hub", "hugo", "floor", "cp"] if (hi, t) in med and (lo, t) in med))

    allruns = [r for rs in runs.values() for r in rs]
    if allruns:
        other = [r.get("other_load", 0.0) for r in allruns]
        retries = sum(r.get("retries", 0) for r in allruns)
        print()
        print(f"Other processes' share of the machine during the kept timed runs: median "
              f"{statistics.median(other):.0%}, max {max(other):.0%}; {retries} run(s) were redone "
              f"because other processes took more than the limit while they ran.")
    for size in sizes:
        c = checks.get(size, {})
        if "hub" in c and "hugo" in c:
            print()
            print(f"Output check at {size:,} pages: hub wrote {c['hub']['files']:,} files "
                  f"({c['hub']['page_total']:,} section pages; its report: "
                  f"`{' '.join(c['hub'].get('report', []))}`); Hugo wrote {c['hugo']['files']:,} files "
                  f"({c['hugo']['page_total']:,} section pages).")


if __name__ == "__main__":
    main()
