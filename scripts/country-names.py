#!/usr/bin/env python3
"""Adds each country's name in the site's other languages to data/countries.yaml, from the
Unicode Common Locale Data Repository (CLDR), through the `babel` package:

    python3 -m venv /tmp/babel && /tmp/babel/bin/pip install babel==2.19.0
    /tmp/babel/bin/python scripts/country-names.py

The English `name` stays as WHO and the UN write it; the other names are CLDR's (the
names most software shows), written as `names: { fr: …, es: … }` on each line. Run it
again after adding a country or a language; it rewrites only the `names` of each line.
"""
import pathlib
import re


from babel import Locale

ROOT = pathlib.Path(__file__).resolve().parent.parent


def site_languages():
    text = (ROOT / "hub.yaml").read_text(encoding="utf-8")
    match = re.search(r"(?m)^languages:\s*\[([^\]]*)\]", text)
    return [code.strip() for code in match.group(1).split(",")] if match else []


def main():
    languages = site_languages()
    locales = {code: Locale.parse(code.replace("-", "_")) for code in languages}
    path = ROOT / "data" / "countries.yaml"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r'^- \{ code: "([A-Z]{2})",', line)
        if match:
            code = match.group(1)
            line = re.sub(r", names: \{[^}]*\}", "", line)
            names = ", ".join(
                f'{lang}: "{locale.territories[code]}"'
                for lang, locale in locales.items()
                if code in locale.territories
            )
            if names:
                line = line[: line.rindex(" }")] + f", names: {{ {names} }} }}"
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
