"""Export a Qt .ts file's messages to JSON for translating, and import the translations back.

For translators (and translation helpers) who work without Qt Linguist; after an import, run
``tools/update_translations.sh <lang>`` to write the file in lupdate's own layout again.

    python tools/ts_json.py export translations/coact_desktop_uk.ts todo.json [--all]
    python tools/ts_json.py import translations/coact_desktop_uk.ts todo.json

Each JSON item: context, source, comment (the translator comment), disambiguation (Qt's, when
two messages of a context share a source), numerus, forms (how many plural forms the language
has) and translation: a string, or for numerus messages a list of exactly ``forms`` strings. An
import sets each listed message (matched by context, source and disambiguation) and marks it
finished; it may list any subset of the messages.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

HEADER = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def export(ts: Path, out: Path, everything: bool = False) -> int:
    """Write the unfinished messages (or all) as JSON; how many."""
    items: list[dict[str, Any]] = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if not everything and translation.get("type") != "unfinished":
                continue
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.findall("numerusform")]
            comments = (message.findtext("comment"), message.findtext("extracomment"))
            items.append(
                {
                    "context": context.findtext("name", ""),
                    "source": message.findtext("source", ""),
                    "comment": " ".join(c for c in comments if c),
                    # Qt's disambiguation: two messages of one context may share a source.
                    "disambiguation": message.findtext("comment", ""),
                    "numerus": numerus,
                    "forms": len(forms) if numerus else 1,
                    "translation": forms if numerus else translation.text or "",
                }
            )
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), "utf-8")
    return len(items)


def load(ts: Path, source: Path) -> int:
    """Set the translations the JSON lists; how many. Exits on one that does not fit."""
    tree = ET.parse(ts)
    wanted = {
        (i["context"], i["source"], i.get("disambiguation", "")): i["translation"]
        for i in json.loads(source.read_text("utf-8"))
    }
    done = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name", ""),
                message.findtext("source", ""),
                message.findtext("comment", ""),
            )
            if key not in wanted:
                continue
            value = wanted.pop(key)
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not isinstance(value, list) or len(value) != len(forms):
                    sys.exit(f"{key}: needs a list of {len(forms)} forms")
                for form, text in zip(forms, value, strict=True):
                    form.text = text
            elif isinstance(value, str) and value:
                translation.text = value
            else:
                sys.exit(f"{key}: needs a non-empty string")
            translation.attrib.pop("type", None)
            done += 1
    if wanted:
        sys.exit(f"not in {ts}: {list(wanted)[:5]}")
    ET.indent(tree, space="    ")
    with ts.open("wb") as file:
        file.write(HEADER)
        tree.write(file, encoding="utf-8", xml_declaration=False)
    return done


def main(argv: list[str]) -> int:
    """export | import, a .ts file and a JSON file."""
    if len(argv) < 3 or argv[0] not in ("export", "import"):
        sys.exit(__doc__)
    ts, data = Path(argv[1]), Path(argv[2])
    if argv[0] == "export":
        print(f"{export(ts, data, '--all' in argv)} messages written to {data}")
    else:
        print(f"{load(ts, data)} messages set in {ts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
