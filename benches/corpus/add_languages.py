#!/usr/bin/env python3
"""Makes a benchmark corpus multilingual: lists LANGS in its hub.yaml and writes a
translation file (`<id>.<lang>.md`, synthetic text marked as such) for SHARE of its terms,
case studies and evidence summaries, the same records in every language.

    benches/corpus/add_languages.py CORPUS_HUB_DIR --langs fr,es,ar --share 0.1

Run it on a copy: it rewrites hub.yaml and adds files. With --langs "" it removes both.
"""
import argparse
import pathlib
import random
import re

FIELDS = {
    "glossary": ("term", "definition"),
    "case-studies": ("title", "summary"),
    "evidence": ("title", "summary"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("hub", type=pathlib.Path)
    ap.add_argument("--langs", default="fr")
    ap.add_argument("--share", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=20261129)
    args = ap.parse_args()
    langs = [l for l in args.langs.split(",") if l]
    config = args.hub / "hub.yaml"
    text = re.sub(r"(?m)^languages:.*\n", "", config.read_text())
    if langs:
        text = text.replace("language: en\n", f"language: en\nlanguages: [{', '.join(langs)}]\n", 1)
    config.write_text(text)
    rng = random.Random(args.seed)
    written = 0
    for folder, (title_key, text_key) in FIELDS.items():
        directory = args.hub / "content" / folder
        for old in directory.glob("*.*.md"):
            old.unlink()
        originals = sorted(p for p in directory.glob("*.md") if p.stem.count(".") == 0)
        chosen = [p for p in originals if rng.random() < args.share]
        for path in chosen:
            for lang in langs:
                body = f"Texte synthétique ({lang}) du corpus de mesure pour {path.stem}.\n" * 3
                (directory / f"{path.stem}.{lang}.md").write_text(
                    f"---\n{title_key}: \"[{lang}] {path.stem}\"\n"
                    f"{text_key}: \"Synthetic {lang} text for the benchmark corpus.\"\n---\n{body}"
                )
                written += 1
    print(f"{len(langs)} language(s), {written} translation files")


if __name__ == "__main__":
    main()
