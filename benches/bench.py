#!/usr/bin/env python3
"""Alternating timed builds of one corpus, called by benches/compare.sh.

    python3 benches/bench.py --pages 10000 --corpus /tmp/hub-bench/corpus-10000 \
        --hub /tmp/hub-bench/hub --hugo /path/to/hugo --work /tmp/hub-bench/run \
        --repeats 5 --results /tmp/hub-bench/results.jsonl

Each tool is run once untimed (warm-up, and a check that its output holds every page), then
`--repeats` rounds run every tool once each, the order rotating from round to round. Every
run starts from an absent output folder (deleted outside the timing), under
`/usr/bin/time -v`, which gives user and system CPU time and peak RSS; wall time is taken
around the child with a monotonic clock. Before each run the script waits (up to
--quiet-wait s) for the machine to be quiet; a run during which other processes used more
than --max-other-load of the machine (from /proc/stat, minus the child's own CPU time) is
redone, at most twice. One JSON line per run goes to --results.

Tools:
  hub        hub build --root CORPUS/hub-search-off --output OUT [--timings, when this hub has it]
             (every feature but the search index; the corpus as generated if hub has no search)
  hub-search the same with `search: true` (the static search index), when this hub has it
  hugo       hugo --source CORPUS/hugo --destination OUT --quiet   (the Go binary itself)
  floor      python3 benches/floor.py CORPUS/hub OUT   (read every input, write one file per page)
  cp         cp -r CORPUS/hub/content OUT              (the same bytes, copied by coreutils)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECTIONS = ["glossary", "case-studies", "evidence", "champions"]


def search_variants(a) -> dict[str, Path]:
    """Hub roots to time: "hub" with the search index off, "hub-search" with it on.

    The roots share the corpus's files by hard link and differ only in `search:` in
    hub.yaml. A hub that does not know `search:` gets the corpus as generated, as "hub".
    """
    base = a.corpus / "hub"
    roots = {"hub": a.corpus / "hub-search-off", "hub-search": a.corpus / "hub-search-on"}
    for root, value in [(roots["hub"], "false"), (roots["hub-search"], "true")]:
        if root.exists():
            shutil.rmtree(root)
        shutil.copytree(base, root, copy_function=os.link)
        config = (base / "hub.yaml").read_text()
        (root / "hub.yaml").unlink()
        (root / "hub.yaml").write_text(config + f"search: {value}\n")
    probe = subprocess.run([str(a.hub), "check", "--root", str(roots["hub"])],
                           capture_output=True, text=True)
    if "unknown field `search`" in probe.stdout + probe.stderr:
        for root in roots.values():
            shutil.rmtree(root)
        print("  this hub has no search index: timing the corpus as generated", file=sys.stderr)
        return {"hub": base}
    return roots


def commands(a, hub_roots: dict[str, Path]) -> dict[str, list[str]]:
    hugo_root = a.corpus / "hugo"
    # Per-stage times (load / link / render / write) when this hub has them.
    help_text = subprocess.run([str(a.hub), "build", "--help"], capture_output=True, text=True).stdout
    timings = ["--timings"] if "--timings" in help_text else []
    cmds = {
        tool: [str(a.hub), "build", "--root", str(root), "--output", "{out}"] + timings
        for tool, root in hub_roots.items()
    }
    cmds.update({
        "hugo": [str(a.hugo), "--source", str(hugo_root), "--destination", "{out}", "--quiet"],
        "floor": [sys.executable, str(HERE / "floor.py"), str(a.corpus / "hub"), "{out}"],
        "cp": ["cp", "-r", str(a.corpus / "hub" / "content"), "{out}"],
    })
    return cmds


def cpu_sample() -> tuple[int, int]:
    """(idle, total) jiffies of the whole machine from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return v[3] + v[4], sum(v)


def busy_fraction(seconds: float = 0.5) -> float:
    """Share of the machine's CPU time that was busy over `seconds` (all cores)."""
    sample = cpu_sample
    i0, t0 = sample()
    time.sleep(seconds)
    i1, t1 = sample()
    return 0.0 if t1 == t0 else 1.0 - (i1 - i0) / (t1 - t0)


def wait_quiet(limit: float, max_wait: float) -> float:
    """Waits (up to max_wait s) until other processes use less than `limit` of the CPU."""
    deadline = time.monotonic() + max_wait
    busy = busy_fraction()
    while busy > limit and time.monotonic() < deadline:
        time.sleep(2)
        busy = busy_fraction()
    return busy


def creation_cost(base: Path, n: int = 1000) -> float:
    """Microseconds of wall time to create (and later delete) one empty file under `base`."""
    d = base / "probe"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    t0 = time.perf_counter()
    for i in range(n):
        (d / str(i)).touch()
    cost = (time.perf_counter() - t0) / n * 1e6
    shutil.rmtree(d)
    return cost


def count_files(path: Path) -> tuple[int, int]:
    """(files, bytes) under path."""
    n = size = 0
    for d, _, files in os.walk(path):
        for f in files:
            n += 1
            size += os.path.getsize(os.path.join(d, f))
    return n, size


STAGE = re.compile(r"\b(load|link|render|write) ([0-9.]+) ms")


def stages(log: Path) -> dict[str, float]:
    """hub's `--timings` line: {"load": ms, "link": ms, "render": ms, "write": ms}."""
    return {k: float(v) for k, v in STAGE.findall(log.read_text(errors="replace"))}


def count_pages(path: Path) -> dict[str, int]:
    """index.html files one level under each section folder."""
    out = {}
    for s in SECTIONS:
        d = path / s
        out[s] = sum(1 for p in d.iterdir() if (p / "index.html").is_file()) if d.is_dir() else 0
    return out


def parse_time_v(text: str) -> dict:
    def grab(label):
        m = re.search(re.escape(label) + r":\s*(\S+)", text)
        return m.group(1) if m else None

    return {
        "user_s": float(grab("User time (seconds)") or "nan"),
        "sys_s": float(grab("System time (seconds)") or "nan"),
        "max_rss_kb": int(grab("Maximum resident set size (kbytes)") or 0),
        "exit_status": int(grab("Exit status") or 0),
    }


def run_once(tool: str, argv: list[str], out: Path, log: Path) -> dict:
    if out.exists():
        shutil.rmtree(out)
    # Flush the previous run's writes now, so that they are not paid for by this run.
    os.sync()
    timefile = log.with_suffix(".time")
    full = ["/usr/bin/time", "-v", "-o", str(timefile)] + [x.replace("{out}", str(out)) for x in argv]
    with open(log, "wb") as errlog:
        i0, j0 = cpu_sample()
        t0 = time.perf_counter()
        proc = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=errlog)
        wall = time.perf_counter() - t0
        i1, j1 = cpu_sample()
    r = parse_time_v(timefile.read_text())
    # CPU used by other processes while this run went on, as a share of the machine.
    hz = os.sysconf("SC_CLK_TCK")
    busy_s = ((j1 - j0) - (i1 - i0)) / hz
    other_s = max(0.0, busy_s - r["user_s"] - r["sys_s"])
    other = other_s / (wall * (os.cpu_count() or 1))
    r.update(tool=tool, wall_s=wall, returncode=proc.returncode, other_load=round(other, 3),
             other_cpu_s=round(other_s, 3))
    return r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--hub", type=Path, required=True)
    ap.add_argument("--hugo", type=Path, required=True)
    ap.add_argument("--work", type=Path, required=True, help="where the outputs and logs go")
    ap.add_argument("--storage", default="disk", help="label for where --work is (disk, tmpfs)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--results", type=Path, required=True)
    ap.add_argument("--tools", default="hub,hub-search,hugo,floor,cp")
    ap.add_argument("--quiet-limit", type=float, default=0.15,
                    help="wait before each run until the machine is at most this busy")
    ap.add_argument("--quiet-wait", type=float, default=60.0, help="longest wait, seconds")
    ap.add_argument("--max-other-load", type=float, default=0.10,
                    help="redo a run if other processes used more than this share of the machine")
    a = ap.parse_args()

    a.work.mkdir(parents=True, exist_ok=True)
    cmds = commands(a, search_variants(a))
    tools = [t for t in a.tools.split(",") if t in cmds]
    checks = {}

    # Warm-up: one untimed run each, then check that every page is there.
    for tool in tools:
        out = a.work / f"out-{tool}"
        log = a.work / f"{tool}-{a.pages}-warmup.log"
        r = run_once(tool, cmds[tool], out, log)
        if r["returncode"] != 0:
            sys.stderr.write(f"bench: {tool} failed on {a.pages} pages (exit {r['returncode']}):\n")
            sys.stderr.write(log.read_text(errors="replace"))
            sys.exit(1)
        files, size = count_files(out)
        pages = count_pages(out) if tool != "cp" else {"(content files)": files}
        n = sum(pages.values())
        checks[tool] = {"files": files, "bytes": size, "pages": pages, "page_total": n}
        if n < a.pages:
            sys.exit(f"bench: {tool} output holds {n} pages, expected {a.pages}: {pages}")
        print(f"  warm-up {tool:5s}: {files} files ({size / 2**20:.1f} MiB), {n} pages in sections {pages}",
              file=sys.stderr)
        if tool.startswith("hub"):
            checks[tool]["report"] = [line for line in log.read_text(errors="replace").splitlines()
                                      if line.startswith("built ")]

    probe_before = creation_cost(a.work)
    print(f"  creating an empty file under {a.work}: {probe_before:.0f} µs", file=sys.stderr)
    with open(a.results, "a") as res:
        for rnd in range(a.repeats):
            order = tools[rnd % len(tools):] + tools[: rnd % len(tools)]
            for tool in order:
                out = a.work / f"out-{tool}"
                log = a.work / f"{tool}-{a.pages}-{rnd}.log"
                # A run during which other processes took a noticeable share of the machine
                # is thrown away and redone (at most twice); the retries are counted.
                for attempt in range(3):
                    busy = wait_quiet(a.quiet_limit, a.quiet_wait)
                    r = run_once(tool, cmds[tool], out, log)
                    # (/proc/stat counts in 10 ms ticks: ignore less than 50 ms in all.)
                    if (r["other_load"] <= a.max_other_load or r["other_cpu_s"] < 0.05
                            or r["returncode"] != 0):
                        break
                r.update(pages=a.pages, storage=a.storage, round=rnd, busy_before=round(busy, 3),
                         retries=attempt)
                if tool.startswith("hub"):
                    r["stages_ms"] = stages(log)
                if r["returncode"] != 0:
                    sys.stderr.write(log.read_text(errors="replace"))
                    sys.exit(f"bench: {tool} failed in round {rnd}")
                res.write(json.dumps(r) + "\n")
                res.flush()
                print(f"  round {rnd} {tool:5s} wall {r['wall_s']:.3f}s cpu {r['user_s'] + r['sys_s']:.2f}s "
                      f"rss {r['max_rss_kb'] / 1024:.0f} MiB (others: {busy:.0%} of the machine before, "
                      f"{r['other_load']:.0%} during; {attempt} retries)", file=sys.stderr)
        probe_after = creation_cost(a.work)
        res.write(json.dumps({"pages": a.pages, "storage": a.storage, "checks": checks,
                              "create_us": [round(probe_before), round(probe_after)]}) + "\n")
    for tool in tools:
        out = a.work / f"out-{tool}"
        if out.exists():
            shutil.rmtree(out)


if __name__ == "__main__":
    main()
