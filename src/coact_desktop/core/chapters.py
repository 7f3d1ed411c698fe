"""The chapter data the first paint needs, apart from dto.py: the start defines only these.

Each frozen dataclass costs about a millisecond to define; dto.py re-exports these for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChapterInfo:
    """A chapter in the contents."""

    slug: str
    title: str
    kind: str
    position: int
    group: str = ""  # for a group's own history: the group's name, to credit it
    model: str = ""  # for a group's own history: the model chapter Coact placed it under


LIST_PREFIX = "- "  # a source line that starts so is a bullet item


@dataclass(frozen=True)
class PassageMedia:
    """The photo or file a passage is the caption of (its bytes are read only when shown)."""

    sha256: str
    media_type: str
    size: int


@dataclass(frozen=True)
class Passage:
    """One paragraph or list item of a chapter."""

    id: str
    chapter_slug: str
    position: int
    text: str
    is_list_item: bool
    media: PassageMedia | None = None


@dataclass(frozen=True)
class Chapter:
    """A chapter with its passages in order."""

    info: ChapterInfo
    passages: tuple[Passage, ...]
