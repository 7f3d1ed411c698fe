"""What an import changed: chapters added, changed and removed, and a word diff of a change."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coact_desktop.core.library.group_histories import GROUP_PREFIX
from coact_desktop.core.storage.models import ChapterRow, EditionRow, PassageRow

WHATS_NEW_FORMAT = 1
_WORDS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class ChapterChange:
    """One chapter that came, went or changed; the texts are whole (passages, blank-line apart)."""

    slug: str
    title: str
    group: str  # the group's name, for a group's history; "" for Coact's own chapters
    before: str
    after: str


@dataclass(frozen=True)
class WhatsNew:
    """What the last edition imported brought, with the editors' notes."""

    edition: int
    title: str
    date: str
    notes: str
    added: tuple[ChapterChange, ...]
    changed: tuple[ChapterChange, ...]
    removed: tuple[ChapterChange, ...]


Snapshot = dict[tuple[str, str], tuple[str, str, str]]  # (edition, slug) -> title, group, text


def snapshot(session: Session) -> Snapshot:
    """Every chapter's title, group and text, as the library holds them now."""
    groups = dict(
        session.execute(
            select(EditionRow.id, EditionRow.title).where(EditionRow.id.startswith(GROUP_PREFIX))
        ).all()
    )
    texts: dict[int, list[str]] = {}
    for chapter_id, text in session.execute(  # one query, not one per chapter
        select(PassageRow.chapter_id, PassageRow.text).order_by(
            PassageRow.chapter_id, PassageRow.position
        )
    ):
        texts.setdefault(chapter_id, []).append(text)
    found: Snapshot = {}
    rows = session.execute(
        select(ChapterRow.id, ChapterRow.edition_id, ChapterRow.slug, ChapterRow.title).order_by(
            ChapterRow.position
        )
    )
    for chapter_id, edition_id, slug, title in rows:
        text = "\n\n".join(texts.get(chapter_id, []))
        found[(edition_id, slug)] = (title, groups.get(edition_id, ""), text)
    return found


def compare(
    before: Snapshot, after: Snapshot, edition: int, title: str, date: str, notes: str
) -> WhatsNew:
    """The chapters an import added, changed and removed, in reading order."""

    def change(key: tuple[str, str], old: str, new: str) -> ChapterChange:
        title_, group, _text = after.get(key) or before[key]
        return ChapterChange(key[1], title_, group, old, new)

    return WhatsNew(
        edition=edition,
        title=title,
        date=date,
        notes=notes,
        added=tuple(change(k, "", after[k][2]) for k in after if k not in before),
        changed=tuple(
            change(k, before[k][2], after[k][2])
            for k in after
            if k in before and before[k][:1] + before[k][2:] != after[k][:1] + after[k][2:]
        ),
        removed=tuple(change(k, before[k][2], "") for k in before if k not in after),
    )


def combine(earlier: WhatsNew, later: WhatsNew) -> WhatsNew:
    """Two imports in a row (a full pack, then a delta) as one: from before the first to after."""
    ends: dict[str, list[str]] = {}  # slug -> title, group, before, after
    for kind in ("added", "changed", "removed"):
        for c in getattr(earlier, kind):
            ends[c.slug] = [c.title, c.group, c.before, c.after]
    for kind in ("added", "changed", "removed"):
        for c in getattr(later, kind):
            first = ends.get(c.slug)
            ends[c.slug] = [c.title, c.group, first[2] if first else c.before, c.after]
    added: list[ChapterChange] = []
    changed: list[ChapterChange] = []
    removed: list[ChapterChange] = []
    for slug, (title, group, before, after) in ends.items():
        change = ChapterChange(slug, title, group, before, after)
        if before == after:
            continue  # changed back, or added and removed again
        (added if not before else removed if not after else changed).append(change)
    notes = "\n\n".join(n for n in (earlier.notes, later.notes) if n)
    return WhatsNew(
        later.edition, later.title, later.date, notes, tuple(added), tuple(changed), tuple(removed)
    )


def to_json(news: WhatsNew) -> dict[str, Any]:
    """Stored in the profile beside the edition's state."""

    def items(changes: tuple[ChapterChange, ...]) -> list[dict[str, str]]:
        fields = ("slug", "title", "group", "before", "after")
        return [{f: getattr(c, f) for f in fields} for c in changes]

    return {
        "format": WHATS_NEW_FORMAT,
        "edition": news.edition,
        "title": news.title,
        "date": news.date,
        "notes": news.notes,
        "added": items(news.added),
        "changed": items(news.changed),
        "removed": items(news.removed),
    }


def from_json(data: Any) -> WhatsNew | None:
    """Read what ``to_json`` stored; None if it is not in the form this program writes."""
    try:
        if data["format"] != WHATS_NEW_FORMAT:
            return None

        def items(name: str) -> tuple[ChapterChange, ...]:
            return tuple(
                ChapterChange(i["slug"], i["title"], i["group"], i["before"], i["after"])
                for i in data[name]
            )

        return WhatsNew(
            int(data["edition"]),
            str(data["title"]),
            str(data["date"]),
            str(data["notes"]),
            items("added"),
            items("changed"),
            items("removed"),
        )
    except (KeyError, TypeError, ValueError):
        return None


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """The two texts as runs of ("same" | "removed" | "added", text), word by word.

    Paragraphs are matched first and words only within changed paragraphs: a long chapter
    with a few changes takes milliseconds, not the seconds a word diff of the whole would.
    """
    old, new = _PARAGRAPHS.split(before), _PARAGRAPHS.split(after)
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _add(runs, "same", "".join(old[i1:i2]))
        elif op == "replace" and i2 - i1 == j2 - j1:
            for one, other in zip(old[i1:i2], new[j1:j2], strict=True):
                for kind, text in _words(one, other):
                    _add(runs, kind, text)
        else:
            _add(runs, "removed", "".join(old[i1:i2]))
            _add(runs, "added", "".join(new[j1:j2]))
    return [(kind, text) for kind, text in runs if text]


_PARAGRAPHS = re.compile(r"(?<=\n\n)")  # split after each blank line, keeping it


def _words(before: str, after: str) -> list[tuple[str, str]]:
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("same", "".join(old[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", "".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("added", "".join(new[j1:j2])))
    return runs


def _add(runs: list[tuple[str, str]], kind: str, text: str) -> None:
    """Append a run, joined to the last one if it is of the same kind."""
    if not text:
        return
    if runs and runs[-1][0] == kind:
        runs[-1] = (kind, runs[-1][1] + text)
    else:
        runs.append((kind, text))
