"""The edition source format ``coact-edition/1``: Coact's text verbatim plus derived data.

Its records are named tuples, not frozen dataclasses: as immutable, and the very first start
defines them before its first paint (core/chapters.py says how much that saves).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, NamedTuple

from coact_desktop.core.chapters import LIST_PREFIX
from coact_desktop.core.errors import EditionError
from coact_desktop.core.library.edition_shape import check_shape
from coact_desktop.core.library.spans import merge_spans
from coact_desktop.core.storage.paths import RESOURCES

FORMAT = "coact-edition/1"


class SourcePassage(NamedTuple):
    """One paragraph or list item of the text, exactly as written."""

    id: str
    chapter_slug: str
    position: int
    text: str

    @property
    def is_list_item(self) -> bool:
        """Whether the source line is a bullet ("- ") item."""
        return self.text.startswith(LIST_PREFIX)


class SourceChapter(NamedTuple):
    """A chapter: its title (the heading line, or an editorial label) and its passages."""

    slug: str
    title: str
    kind: str
    position: int
    passages: tuple[SourcePassage, ...]


class SourcePlace(NamedTuple):
    """A place the text names, with the forms in which it names it."""

    name: str
    kind: str
    forms: tuple[str, ...]
    country: str | None = None


class SourceOrganisation(NamedTuple):
    """An organisation, network or project the text names, with what the text says of it."""

    slug: str
    name: str
    aliases: tuple[str, ...]
    mention_forms: tuple[str, ...]
    country: str | None
    region: str | None
    city: str | None
    founded: int | None
    founded_text: str | None
    closed: int | None
    closed_text: str | None
    models: tuple[str, ...]
    evidence: tuple[str, ...]

    @property
    def all_forms(self) -> tuple[str, ...]:
        """Every string whose presence in a passage counts as a mention."""
        return (self.name, *self.aliases, *self.mention_forms)


class SourceEvent(NamedTuple):
    """A dated event, quoted verbatim from one passage."""

    year_from: int
    year_to: int
    when: str
    quote: str
    organisations: tuple[str, ...]


class Edition(NamedTuple):
    """A whole edition as loaded from its source files, validated."""

    id: str
    version: int
    title: str
    date: str
    publisher: str
    authors: tuple[str, ...]
    credit: str
    language: str
    source_sha256: str
    chapters: tuple[SourceChapter, ...]
    places: tuple[SourcePlace, ...]
    organisations: tuple[SourceOrganisation, ...]
    events: tuple[SourceEvent, ...]
    lines: tuple[str, ...]

    def __repr__(self) -> str:
        # Not the thousand lines of the text, which every field-by-field repr would print.
        return f"Edition(id={self.id!r}, version={self.version}, {len(self.chapters)} chapters)"

    @property
    def passages(self) -> tuple[SourcePassage, ...]:
        """All passages in reading order."""
        return tuple(p for c in self.chapters for p in c.passages)

    def passage_with(self, quote: str) -> SourcePassage:
        """The passage that contains a verbatim quote."""
        for passage in self.passages:
            if quote in passage.text:
                return passage
        raise EditionError(f"Quote not found in the edition text: {quote[:60]!r}")


def bundled_edition_dir() -> Path:
    """The folder of the edition shipped inside the program."""
    return RESOURCES / "edition"


def load_edition(folder: Path | None = None) -> Edition:
    """Read and validate an edition from its folder (the bundled one by default)."""
    folder = folder or bundled_edition_dir()
    try:
        meta: dict[str, Any] = json.loads((folder / "edition.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise EditionError(f"Cannot read the edition description in {folder}: {exc}") from exc
    if meta.get("format") != FORMAT:
        raise EditionError(f"Unknown edition format {meta.get('format')!r}; expected {FORMAT}.")
    try:
        raw = (folder / meta["source"]["file"]).read_bytes()
    except (OSError, KeyError, TypeError) as exc:
        raise EditionError(f"Cannot read the edition text in {folder}: {exc}") from exc
    digest = hashlib.sha256(raw).hexdigest()
    if digest != meta["source"]["sha256"]:
        raise EditionError("The edition text does not match its recorded checksum.")
    try:
        lines = tuple(raw.decode("utf-8").splitlines())
    except UnicodeDecodeError as exc:
        raise EditionError("The edition text is not UTF-8.") from exc
    check_shape(meta, len(lines))
    _check_coverage(meta, len(lines))
    chapters = tuple(_chapter(i, c, lines) for i, c in enumerate(meta["chapters"]))
    return Edition(
        id=meta["id"],
        version=int(meta["version"]),
        title=meta["title"],
        date=meta["date"],
        publisher=meta["publisher"],
        authors=tuple(meta["authors"]),
        credit=meta["credit"],
        language=meta["language"],
        source_sha256=digest,
        chapters=chapters,
        places=tuple(_place(p) for p in meta["places"]),
        organisations=tuple(_organisation(o) for o in meta["organisations"]),
        events=tuple(_event(e) for e in meta["events"]),
        lines=lines,
    )


def _chapter(position: int, raw: dict[str, Any], lines: tuple[str, ...]) -> SourceChapter:
    slug = raw["slug"]
    heading = raw["heading_line"]
    if heading is not None and lines[heading - 1] != raw["title"]:
        raise EditionError(f"Chapter {slug}: title does not match heading line {heading}.")
    first, last = raw["first_line"], raw["last_line"]
    passages = tuple(
        SourcePassage(id=f"{slug}:{n}", chapter_slug=slug, position=n, text=lines[i - 1])
        for n, i in enumerate(range(first, last + 1), start=1)
    )
    return SourceChapter(slug, raw["title"], raw["kind"], position, passages)


def _place(raw: dict[str, Any]) -> SourcePlace:
    return SourcePlace(raw["name"], raw["kind"], tuple(raw["forms"]), raw.get("country"))


def _organisation(raw: dict[str, Any]) -> SourceOrganisation:
    return SourceOrganisation(
        slug=raw["slug"],
        name=raw["name"],
        aliases=tuple(raw.get("aliases", ())),
        mention_forms=tuple(raw.get("mention_forms", ())),
        country=raw.get("country"),
        region=raw.get("region"),
        city=raw.get("city"),
        founded=raw.get("founded"),
        founded_text=raw.get("founded_text"),
        closed=raw.get("closed"),
        closed_text=raw.get("closed_text"),
        models=tuple(raw.get("models", ())),
        evidence=tuple(raw.get("evidence", ())),
    )


def _event(raw: dict[str, Any]) -> SourceEvent:
    return SourceEvent(
        int(raw["year_from"]),
        int(raw["year_to"]),
        raw["when"],
        raw["quote"],
        tuple(raw.get("organisations", ())),
    )


def _check_coverage(meta: dict[str, Any], line_count: int) -> None:
    """Every line of the text is one heading or one passage: nothing dropped, nothing twice."""
    covered: list[int] = []
    for chapter in meta["chapters"]:
        if chapter["heading_line"] is not None:
            covered.append(chapter["heading_line"])
        covered.extend(range(chapter["first_line"], chapter["last_line"] + 1))
    if sorted(covered) != list(range(1, line_count + 1)):
        raise EditionError("The chapters do not cover every line of the text exactly once.")


def find_forms(text: str, forms: tuple[str, ...]) -> bool:
    """Whether any form occurs in text as whole words (case-sensitive, as names are)."""
    return any(_form_pattern(form).search(text) for form in forms)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _form_pattern(form: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(form)
    if pattern is None:
        # Guard only the edges that are word characters: "Inc." may be followed by a letter-like
        # apostrophe, "ACTIV" must not match inside "activist".
        before = r"(?<!\w)" if form[:1].isalnum() else ""
        after = r"(?!\w)" if form[-1:].isalnum() else ""
        pattern = _PATTERNS[form] = re.compile(before + re.escape(form) + after)
    return pattern


def form_spans(text: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the forms occur in text, as sorted, non-overlapping (start, end) offsets."""
    return merge_spans((m.start(), m.end()) for f in forms for m in _form_pattern(f).finditer(text))


_YEAR = re.compile(r"(?<![\d,])(1[89]\d\d|20\d\d)(s?)(?!\d)")


def decades_in(text: str) -> set[str]:
    """The decades ("1980s") of the years a passage mentions."""
    return {f"{m.group(1)[:3]}0s" for m in _YEAR.finditer(text)}


def places_in(text: str, places: tuple[SourcePlace, ...], masked: tuple[str, ...]) -> set[str]:
    """Names of the places a passage names, outside organisation names and longer place names."""
    # "New England Users Union" names no place England, "Eastern Europe" is not also "Europe".
    chars = list(text)
    for start, end in form_spans(text, masked):
        chars[start:end] = " " * (end - start)
    by_length = sorted(((f, p) for p in places for f in p.forms), key=lambda fp: -len(fp[0]))
    found: set[str] = set()
    for form, place in by_length:
        current = "".join(chars)
        for start, end in form_spans(current, (form,)):
            found.add(place.name)
            chars[start:end] = " " * (end - start)
    return found
