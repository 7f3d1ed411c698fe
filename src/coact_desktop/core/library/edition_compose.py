"""A new edition folder from an old one: chapters added or replaced from Markdown, facts kept.

Coact's editors write new chapters in Markdown; the edition format is one line per heading or
passage. The facts derived from the text (events, an organisation's evidence) are quotes: one
whose quote is no longer in the text is dropped and named, never rewritten.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coact_desktop.core.errors import EditionError
from coact_desktop.core.library.edition import Edition, load_edition
from coact_desktop.core.library.group_histories import plain_blocks

MAX_MARKDOWN = 1 << 20  # a chapter of a megabyte is a mistake, not a chapter
_TITLE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class ChapterSource:
    """A chapter from Markdown: replacing the chapter ``replaces``, or new after ``after``."""

    markdown: str
    name: str  # the file it came from, to name it in messages
    replaces: str | None = None
    after: str | None = None  # None with no ``replaces``: at the end


@dataclass(frozen=True)
class Composed:
    """The new edition, loaded and checked, and the facts that lost their quote."""

    folder: Path
    edition: Edition
    dropped: tuple[str, ...]


def read_markdown(path: Path) -> str:
    """A Markdown file's text, refused plainly if it is too large or not UTF-8."""
    try:
        if path.stat().st_size > MAX_MARKDOWN:
            raise EditionError(f"{path.name} is over 1 MB: that is not one chapter.")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EditionError(f"{path.name} is not UTF-8 text; save it as UTF-8.") from exc
    except OSError as exc:
        raise EditionError(f"Cannot read {path.name}: {exc.strerror or exc}.") from exc


def title_of(source: ChapterSource) -> str | None:
    """The chapter's title: its first line if that is a level-one heading ("# Title")."""
    first = next((line for line in source.markdown.splitlines() if line.strip()), "")
    match = _TITLE.match(first)
    return match.group(1) if match else None


def compose(
    base: Path, version: int, date: str, sources: Sequence[ChapterSource], out: Path
) -> Composed:
    """Write edition ``version`` into ``out``: ``base`` with the chapters of ``sources``."""
    meta: dict[str, Any] = json.loads((base / "edition.json").read_text("utf-8"))
    old = load_edition(base)
    chapters: list[dict[str, Any]] = [
        {
            "slug": c.slug,
            "title": c.title,
            "kind": c.kind,
            "heading": raw["heading_line"] is not None,
            "lines": [p.text for p in c.passages],
        }
        for c, raw in zip(old.chapters, meta["chapters"], strict=True)
    ]
    for source in sources:
        _apply(chapters, source)
    lines: list[str] = []
    meta["chapters"] = []
    for chapter in chapters:
        heading = None
        if chapter["heading"]:
            lines.append(chapter["title"])
            heading = len(lines)
        first = len(lines) + 1
        lines.extend(chapter["lines"])
        meta["chapters"].append(
            {
                "slug": chapter["slug"],
                "title": chapter["title"],
                "kind": chapter["kind"],
                "heading_line": heading,
                "first_line": first,
                "last_line": len(lines),
            }
        )
    text = "\n".join(lines) + "\n"
    dropped = _drop_lost_quotes(meta, [line for c in chapters for line in c["lines"]])
    out.mkdir(parents=True, exist_ok=True)
    name = meta["source"]["file"]
    (out / name).write_bytes(text.encode("utf-8"))
    meta["source"]["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    meta["version"], meta["date"] = version, date
    (out / "edition.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    return Composed(out, load_edition(out), tuple(dropped))


def _apply(chapters: list[dict[str, Any]], source: ChapterSource) -> None:
    title = title_of(source)
    lines = source.markdown.replace("\r\n", "\n").split("\n")
    if title is not None:  # the title line is the heading, not a passage
        first = next(i for i, line in enumerate(lines) if line.strip())
        lines = lines[first + 1 :]
    passages = [text for text, _item in plain_blocks("\n".join(lines))]
    if not passages:
        raise EditionError(f"{source.name} has no paragraphs: a chapter needs some text.")
    slugs = [c["slug"] for c in chapters]
    if source.replaces is not None:
        if source.replaces not in slugs:
            raise EditionError(f"There is no chapter {source.replaces!r} to replace.")
        chapter = chapters[slugs.index(source.replaces)]
        if chapter["heading"] and title is not None:
            chapter["title"] = title
        chapter["lines"] = passages
        return
    if title is None:
        raise EditionError(
            f"{source.name} has no title: start a new chapter with a line '# Its title'."
        )
    if source.after is not None and source.after not in slugs:
        raise EditionError(f"There is no chapter {source.after!r} to put the new one after.")
    where = slugs.index(source.after) + 1 if source.after is not None else len(chapters)
    chapters.insert(
        where,
        {
            "slug": _new_slug(title, set(slugs)),
            "title": title,
            "kind": "chapter",
            "heading": True,
            "lines": passages,
        },
    )


def _new_slug(title: str, taken: set[str]) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60] or "chapter"
    slug, n = stem, 2
    while slug in taken:
        slug, n = f"{stem}-{n}", n + 1
    return slug


def _drop_lost_quotes(meta: dict[str, Any], passages: list[str]) -> list[str]:
    """Remove events and evidence whose quote the new text no longer holds; name each."""

    def held(quote: str) -> bool:
        return any(quote in p for p in passages)

    dropped: list[str] = []
    events = []
    for event in meta["events"]:
        if held(event["quote"]):
            events.append(event)
        else:
            dropped.append(f"event {event['when']}: {event['quote'][:80]}")
    meta["events"] = events
    for org in meta["organisations"]:
        kept = [q for q in org.get("evidence", []) if held(q)]
        dropped += [
            f"evidence for {org['name']}: {q[:80]}" for q in org.get("evidence", []) if not held(q)
        ]
        if "evidence" in org:
            org["evidence"] = kept
    return dropped
