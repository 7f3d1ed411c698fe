"""Check translations/*.ts and compile them into resources/i18n/*.qm (at install and package time).

A message left unfinished, obsolete or vanished, a placeholder ({name}, %n), a mnemonic (&) or an
HTML tag lost on the way, or a plural form missing, stops the build: a half-translated window, or
one whose "{path}" shows as text, is worse than English. `--check` only checks; `--check FILE.ts`
checks that one file (a translator's copy, wherever it is).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
SOURCE = TOP / "translations"
TARGET = TOP / "resources" / "i18n"

PLACEHOLDER = re.compile(r"\{\w+\}|%n")
TAG = re.compile(r"</?([a-z0-9]+)\b[^>]*>", re.IGNORECASE)
# A mnemonic is one "&" before a character; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def lrelease() -> str:
    """The pyside6-lrelease next to this Python, or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        sys.exit("pyside6-lrelease not found: install PySide6-Essentials first.")
    return found


def _shape(text: str) -> tuple[list[str], list[str], int]:
    """What a translation must keep of its source: placeholders, HTML tags, mnemonics."""
    plain = text.replace("&&", "")
    return (
        sorted(PLACEHOLDER.findall(text)),
        sorted(t.lower() for t in TAG.findall(text)),
        len(MNEMONIC.findall(plain)),
    )


def problems(ts: Path) -> list[str]:
    """Everything in one .ts file that would show wrongly or in English; empty when it is done."""
    found: list[str] = []
    root = ET.parse(ts).getroot()
    plural_only = ts.stem.endswith("_en")  # English holds only the messages with plural forms
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            where = f"{ts.name}: {name}: {source[:60]!r}"
            translation = message.find("translation")
            if translation is None:
                found.append(f"{where}: no translation")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                found.append(f"{where}: {kind}")
                continue
            numerus = message.get("numerus") == "yes"
            if plural_only and not numerus:
                found.append(f"{where}: English needs only plural forms")
            forms = (
                [f.text or "" for f in translation.findall("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            wanted_places, wanted_tags, wanted_keys = _shape(source)
            for form in forms:
                if not form.strip():
                    found.append(f"{where}: empty")
                    continue
                places, tags, keys = _shape(form)
                # A language with one form for every number may leave %n out of none of them.
                if sorted(set(places)) != sorted(set(wanted_places)):
                    found.append(f"{where}: placeholders {places} instead of {wanted_places}")
                if tags != wanted_tags:
                    found.append(f"{where}: HTML tags changed in {form[:40]!r}")
                if keys != wanted_keys:
                    found.append(f"{where}: {keys} mnemonics (&) instead of {wanted_keys}")
    return found


def main(argv: list[str]) -> int:
    """Check every .ts file, then build each; exit non-zero if one is not done or fails."""
    named = [Path(a) for a in argv if a.endswith(".ts")]
    files = named or sorted(SOURCE.glob("*.ts"))
    if not files:
        sys.exit(f"No .ts files in {SOURCE}")
    found = [problem for ts in files for problem in problems(ts)]
    if found:
        print("\n".join(found), file=sys.stderr)
        print(
            f"{len(found)} problems: translate them (Qt Linguist; see translations/README.md).",
            file=sys.stderr,
        )
        return 1
    if "--check" in argv:
        print(f"{len(files)} translations complete.")
        return 0
    TARGET.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    for ts in files:
        qm = TARGET / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
