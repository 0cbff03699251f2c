#!/usr/bin/env python3
"""How fast `hub serve` shows an edit: save → reload event, on a generated corpus.

Usage (after `cargo build --release` and `benches/corpus/gen_corpus.py`):

    python3 benches/serve_edit.py --hub target/release/hub --corpus /tmp/hub-bench/corpus-10000/hub

It copies the corpus to a scratch folder, starts `hub serve` on it, subscribes to the
live-reload events (Server-Sent Events on /__hub/events) and, alternating, REPEATS times:
- edits one sentence of a case study (the common edit);
- renames the glossary term mentioned in the most files (and back, the next time): every page
  that mentions it must be re-linked.
For each edit it records the time from the save (after the write returns) to the `reload`
event (the browser reloads: the edit is visible) and to the `updated` event (the full rebuild
that follows has replaced every other page, exports and search). Then it saves REPEATS
case studies 0.3 s apart, each while the full rebuild of the previous save still runs, and
records save → reload for each. Prints medians and every run, as JSON lines too when --json
is given.
"""

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import queue


def events(port, out):
    """Reads the SSE stream and puts (event name, arrival time) on `out`."""
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /__hub/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
    buf = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            return
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            line = line.strip()
            if line.startswith(b"event: "):
                out.put((line[7:].decode(), time.perf_counter()))


def wait(q, name, timeout=60):
    deadline = time.perf_counter() + timeout
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise TimeoutError(f"no {name} event within {timeout} s")
        got, at = q.get(timeout=left)
        if got == name:
            return at
        if got == "errors":
            raise RuntimeError("the edit produced build errors")


def drain(q):
    while not q.empty():
        q.get_nowait()


def most_mentioned_term(root, sample=500):
    """(file, label, share) of the term whose label occurs in the most of an even sample of
    the content files (share: in how many of the sample)."""
    labels = {}
    for name in sorted(os.listdir(os.path.join(root, "content/glossary"))):
        text = open(os.path.join(root, "content/glossary", name), encoding="utf-8").read()
        m = re.search(r'^term:\s*"?([^"\n]+)"?\s*$', text, re.M)
        if m:
            labels[name] = m.group(1).lower()
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, "content")) for f in fs)
    files = files[:: max(1, len(files) // sample)]
    counts = {name: 0 for name in labels}
    for path in files:
        text = open(path, encoding="utf-8").read().lower()
        for name, label in labels.items():
            if label in text:
                counts[name] += 1
    best = max(counts, key=lambda n: (counts[n], n))
    return os.path.join(root, "content/glossary", best), labels[best], f"{counts[best]} of {len(files)}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hub", required=True)
    ap.add_argument("--corpus", required=True, help="a hub folder (with hub.yaml)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--json", help="append the runs as JSON lines to this file")
    args = ap.parse_args()

    scratch = tempfile.mkdtemp(prefix="hub-serve-bench-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    root = os.path.join(scratch, "hub")
    shutil.copytree(args.corpus, root)
    term_file, label, mentions = most_mentioned_term(root)
    case_dir = os.path.join(root, "content/case-studies")
    case_file = os.path.join(case_dir, sorted(os.listdir(case_dir))[len(os.listdir(case_dir)) // 2])
    print(f"corpus {args.corpus}; term {label!r} mentioned in {mentions} sampled files; case study {os.path.basename(case_file)}",
          file=sys.stderr)

    server = subprocess.Popen([args.hub, "serve", "--port", "0", "--root", root],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))
        q = queue.Queue()
        threading.Thread(target=events, args=(port, q), daemon=True).start()
        time.sleep(1.0)  # let the first search index finish in the background
        runs = []
        term_text = open(term_file, encoding="utf-8").read()
        case_text = open(case_file, encoding="utf-8").read()
        for i in range(args.repeats):
            for kind in ("case study", "term label"):
                drain(q)
                if kind == "case study":
                    path, text = case_file, case_text + f"\nEdited sentence number {i}.\n"
                else:
                    new_label = f"{label} renamed" if i % 2 == 0 else label
                    path = term_file
                    text = re.sub(r'^term:.*$', f'term: "{new_label}"', term_text, count=1, flags=re.M)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                saved = time.perf_counter()
                reload_at = wait(q, "reload")
                updated_at = wait(q, "updated")
                run = {"edit": kind, "reload_ms": round((reload_at - saved) * 1000, 1),
                       "updated_ms": round((updated_at - saved) * 1000, 1), "corpus": args.corpus}
                runs.append(run)
                print(json.dumps(run), file=sys.stderr)
                time.sleep(2.0)  # the background search index of the full build finishes
        # Saves in quick succession: each one lands while the previous full rebuild runs.
        cases = sorted(os.listdir(case_dir))
        for i in range(args.repeats):
            drain(q)
            with open(os.path.join(case_dir, cases[i * 7]), "a", encoding="utf-8") as f:
                f.write(f"\nQuick edit number {i}.\n")
            saved = time.perf_counter()
            run = {"edit": "case study, 0.3 s after the previous save",
                   "reload_ms": round((wait(q, "reload") - saved) * 1000, 1), "corpus": args.corpus}
            runs.append(run)
            print(json.dumps(run), file=sys.stderr)
            time.sleep(0.3)
        for kind in ("case study", "term label", "case study, 0.3 s after the previous save"):
            mine = [r for r in runs if r["edit"] == kind]
            if "updated_ms" not in mine[0]:
                print(f"{kind}: save → reload median {statistics.median(r['reload_ms'] for r in mine):.0f} ms "
                      f"(runs {' '.join(str(r['reload_ms']) for r in mine)})")
                continue
            print(f"{kind}: save → reload median {statistics.median(r['reload_ms'] for r in mine):.0f} ms "
                  f"(runs {' '.join(str(r['reload_ms']) for r in mine)}); "
                  f"save → full update median {statistics.median(r['updated_ms'] for r in mine):.0f} ms")
        if args.json:
            with open(args.json, "a", encoding="utf-8") as f:
                for r in runs:
                    f.write(json.dumps(r) + "\n")
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
