"""Plain, immutable data the services hand to the GUI and CLI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from coact_desktop.core.chapters import LIST_PREFIX, Chapter, ChapterInfo, Passage, PassageMedia

__all__ = [
    "LIST_PREFIX",
    "Chapter",
    "ChapterInfo",
    "EditionInfo",
    "FilterChoices",
    "Mention",
    "Organisation",
    "Passage",
    "PassageMedia",
    "SearchFilters",
    "SearchHit",
    "SearchResults",
    "Snippet",
    "TimelineEvent",
]


@dataclass(frozen=True)
class EditionInfo:
    """Which edition a profile holds, and whom to credit."""

    id: str
    version: int
    title: str
    date: str
    publisher: str
    authors: tuple[str, ...]
    credit: str


@dataclass(frozen=True)
class Mention:
    """A passage that mentions an organisation."""

    passage_id: str
    chapter_slug: str
    chapter_title: str
    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Organisation:
    """An organisation and what the text says of it."""

    slug: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    region: str | None
    city: str | None
    founded: int | None
    founded_text: str | None
    closed: int | None
    closed_text: str | None
    models: tuple[str, ...]
    mention_count: int


@dataclass(frozen=True)
class TimelineEvent:
    """A dated event with the passage it comes from."""

    year_from: int
    year_to: int
    when: str
    quote: str
    passage_id: str
    chapter_slug: str
    chapter_title: str
    organisations: tuple[str, ...]
    span: tuple[int, int]


@dataclass(frozen=True)
class Snippet:
    """A short excerpt of a passage with the matched words marked as (start, end) offsets."""

    text: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SearchFilters:
    """Restrict results to one chapter, model of organising, country or decade."""

    chapter: str | None = None
    model: str | None = None
    country: str | None = None
    decade: str | None = None


@dataclass(frozen=True)
class SearchHit:
    """One result: where it is and why it matched."""

    passage_id: str
    chapter_slug: str
    chapter_title: str
    score: float
    snippet: Snippet
    passage_highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SearchResults:
    """The hits for a query, with how they were found."""

    query: str
    hits: tuple[SearchHit, ...]
    total: int
    suggestion: str | None = None
    fuzzy: bool = False
    filters: SearchFilters = field(default_factory=SearchFilters)


@dataclass(frozen=True)
class FilterChoices:
    """The values each search filter can take, for menus and validation."""

    chapters: tuple[ChapterInfo, ...]
    models: tuple[ChapterInfo, ...]
    countries: tuple[str, ...]
    decades: tuple[str, ...]


def to_json(value: Any) -> Any:
    """A JSON-ready form of a DTO (dataclasses and named tuples become objects, tuples lists)."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_json(v) for k, v in asdict(value).items()}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):  # a named tuple, as a dataclass
        return {k: to_json(v) for k, v in value._asdict().items()}
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return value
