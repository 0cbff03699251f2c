#!/usr/bin/env python3
"""The benchmark's floor: only the file I/O a static-site generator cannot avoid.

    python3 benches/floor.py HUB_ROOT OUT_DIR

Reads every file under HUB_ROOT (hub.yaml, data/, content/) in full, and for each content
page `content/<section>/<id>.md` writes `OUT_DIR/<section>/<id>/index.html` holding the
page's bytes, unparsed and unrendered. So it does the reads and the same number of page
writes (and page folders) as a build, and nothing else: no YAML, no Markdown, no templates.
Single-threaded CPython, standard library only; its start-up (~20 ms) is in the figure.
"""

import os
import sys


def main() -> None:
    root, out = sys.argv[1], sys.argv[2]
    pages = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        parts = rel.split(os.sep)
        for name in sorted(filenames):
            with open(os.path.join(dirpath, name), "rb") as f:
                data = f.read()
            if len(parts) == 2 and parts[0] == "content" and name.endswith(".md"):
                page_dir = os.path.join(out, parts[1], name[:-3])
                os.makedirs(page_dir, exist_ok=True)
                with open(os.path.join(page_dir, "index.html"), "wb") as f:
                    f.write(data)
                pages += 1
    if pages == 0:
        sys.exit(f"floor: no content pages under {root}/content")


if __name__ == "__main__":
    main()
