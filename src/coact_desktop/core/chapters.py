"""The chapter data the first paint needs, apart from dto.py: the start defines only these.

Named tuples, not frozen dataclasses: as immutable, and a tenth of the cost to define (0.1 ms
against 0.7 ms each, on the way to the first paint). dto.py re-exports them for the rest.
"""

from __future__ import annotations

from typing import NamedTuple


class ChapterInfo(NamedTuple):
    """A chapter in the contents."""

    slug: str
    title: str
    kind: str
    position: int
    group: str = ""  # for a group's own history: the group's name, to credit it
    model: str = ""  # for a group's own history: the model chapter Coact placed it under


LIST_PREFIX = "- "  # a source line that starts so is a bullet item


class PassageMedia(NamedTuple):
    """The photo or file a passage is the caption of (its bytes are read only when shown)."""

    sha256: str
    media_type: str
    size: int


class Passage(NamedTuple):
    """One paragraph or list item of a chapter."""

    id: str
    chapter_slug: str
    position: int
    text: str
    is_list_item: bool
    media: PassageMedia | None = None


class Chapter(NamedTuple):
    """A chapter with its passages in order."""

    info: ChapterInfo
    passages: tuple[Passage, ...]
