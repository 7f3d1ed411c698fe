"""What importing a verified pack would change here: chapters and groups' histories."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coact_desktop.core.exchange.pack_format import HistoryRecord
from coact_desktop.core.exchange.pack_read import VerifiedPack
from coact_desktop.core.library.changes import word_diff


@dataclass(frozen=True)
class ChapterDiff:
    """One of Coact's chapters that a pack adds, changes or removes; words counted if changed."""

    slug: str
    title: str
    change: str  # "added", "changed" or "removed"
    words_added: int = 0
    words_removed: int = 0


@dataclass(frozen=True)
class HistoryDiff:
    """A group's history a pack adds, changes (text or place) or removes."""

    group_id: str
    name: str
    change: str  # "added", "changed", "placed" (only its model moved) or "removed"


@dataclass(frozen=True)
class EditionDiff:
    """The pack's edition against the one this library holds."""

    edition: int
    have_edition: int | None
    chapters: tuple[ChapterDiff, ...]
    histories: tuple[HistoryDiff, ...]


Chapters = dict[str, tuple[str, str]]  # slug -> title, whole text


def pack_chapters(verified: VerifiedPack) -> Chapters:
    """Coact's own chapters in the pack, as the reader would get them."""
    return {
        c.slug: (c.title, "\n\n".join(p.text for p in c.passages))
        for c in verified.edition.chapters
    }


def compare(
    verified: VerifiedPack,
    before: Chapters,
    held: Mapping[str, tuple[str, HistoryRecord]],
    have_edition: int | None,
) -> EditionDiff:
    """``before``: this library's chapters of the edition; ``held``: group id -> name, record."""
    after = pack_chapters(verified)
    chapters: list[ChapterDiff] = []
    for slug, (title, text) in after.items():
        if slug not in before:
            chapters.append(ChapterDiff(slug, title, "added", len(text.split())))
        elif before[slug] != (title, text):
            runs = word_diff(before[slug][1], text)
            chapters.append(
                ChapterDiff(
                    slug,
                    title,
                    "changed",
                    sum(len(t.split()) for kind, t in runs if kind == "added"),
                    sum(len(t.split()) for kind, t in runs if kind == "removed"),
                )
            )
    for slug, (title, text) in before.items():
        if slug not in after:
            chapters.append(ChapterDiff(slug, title, "removed", 0, len(text.split())))
    names = {h.group_id: h.name for h in verified.histories}
    histories: list[HistoryDiff] = []
    for record in verified.records.histories:
        name = names.get(record.group_id, "")
        old = held.get(record.group_id)
        if old is None:
            histories.append(HistoryDiff(record.group_id, name, "added"))
        elif old[1].blob != record.blob:
            histories.append(HistoryDiff(record.group_id, name, "changed"))
        elif old[1].model != record.model:
            histories.append(HistoryDiff(record.group_id, name, "placed"))
    now = {r.group_id for r in verified.records.histories}
    histories += [HistoryDiff(g, name, "removed") for g, (name, _r) in held.items() if g not in now]
    return EditionDiff(verified.statement.edition, have_edition, tuple(chapters), tuple(histories))
