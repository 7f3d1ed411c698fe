"""Full-text search behind a small interface of our own, so that another engine could replace it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from coact_desktop.core.cancel import CancelToken, ProgressCallback
from coact_desktop.core.dto import SearchFilters
from coact_desktop.core.library.service import IndexDocument


@dataclass(frozen=True)
class RawHit:
    """An engine's hit: a passage id, its score and the index terms it matched."""

    passage_id: str
    chapter_title: str
    score: float
    matched: frozenset[tuple[str, str]]


@dataclass(frozen=True)
class RawResults:
    """An engine's answer, before snippets are made from SQLite text."""

    hits: tuple[RawHit, ...]
    total: int
    suggestion: str | None
    fuzzy: bool


class SearchEngine(Protocol):
    """What the search service needs of an engine."""

    def is_current(self, fingerprint: str) -> bool:
        """Whether the index exists, opens, and was built from this content."""

    def rebuild(
        self,
        documents: Iterable[IndexDocument],
        total: int,
        fingerprint: str,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> None:
        """Build the whole index afresh from the documents."""

    def update(
        self,
        documents: Iterable[IndexDocument],
        total: int,
        fingerprint: str,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> bool:
        """Change only the passages that differ; False if the index must be rebuilt instead."""

    def search(
        self,
        query: str,
        filters: SearchFilters,
        limit: int,
        spellings: Mapping[str, tuple[str, ...]] | None = None,
    ) -> RawResults:
        """Run a query as a person typed it; ``spellings`` gives, for a word in lower case, the
        other spellings of the same name (an organisation's aliases), which match too."""

    def word_key(self, word: str) -> str:
        """The form under which two words count as the same query word (e.g. their stem)."""

    def highlight(self, text: str, matched: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
        """Offsets of the words in text that produced the matched terms."""

    def close(self) -> None:
        """Release the index files."""
