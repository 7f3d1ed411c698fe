"""The search service: keeps the index current with SQLite and turns hits into results."""

from __future__ import annotations

import logging
import threading

from coact_desktop.core.cancel import CancelToken, ProgressCallback, no_progress
from coact_desktop.core.dto import FilterChoices, SearchFilters, SearchHit, SearchResults
from coact_desktop.core.errors import SearchError
from coact_desktop.core.library.search import SearchEngine
from coact_desktop.core.library.search.snippets import make_snippet
from coact_desktop.core.library.service import LibraryService

log = logging.getLogger(__name__)
MAX_QUERY = 500
MAX_LIMIT = 500


class SearchService:
    """Search over the library; the index is a cache rebuilt from SQLite when it must be."""

    def __init__(self, library: LibraryService, engine: SearchEngine) -> None:
        self._library = library
        self._engine = engine
        self._choices: FilterChoices | None = None
        self._spellings: dict[str, tuple[str, ...]] | None = None
        self._build_lock = threading.Lock()

    def is_ready(self) -> bool:
        """Whether the index is built from the current library content (a marker file read)."""
        return self._engine.is_current(self._library.content_fingerprint())

    def ensure_index(
        self,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        *,
        force: bool = False,
    ) -> bool:
        """Update or rebuild the index if missing, stale or corrupt (or forced); whether it did."""
        with self._build_lock:  # one writer: Whoosh allows no more
            fingerprint = self._library.content_fingerprint()
            if not force and self._engine.is_current(fingerprint):
                return False
            documents = list(self._library.index_documents())
            cancel = cancel or CancelToken()
            # After an import most passages are unchanged: only the others are indexed again.
            if force or not self._engine.update(
                documents, len(documents), fingerprint, progress, cancel
            ):
                self._engine.rebuild(documents, len(documents), fingerprint, progress, cancel)
            self._choices = None
            self._spellings = None
            return True

    def filter_choices(self) -> FilterChoices:
        """The values each filter accepts."""
        if self._choices is None:
            self._choices = self._library.filter_choices()
        return self._choices

    def spellings(self) -> dict[str, tuple[str, ...]]:
        """For each one-word name of an organisation (lower case), its other one-word spellings
        ("Junkiebond": "Junkiesbond"). Long names are left to their own words: their common
        pairs ("use drugs") would be marked all over the text."""
        if self._spellings is None:
            found: dict[str, tuple[str, ...]] = {}
            for org in self._library.organisations():
                forms = [f for f in (org.name, *org.aliases) if len(f.split()) == 1]
                for form in forms:
                    others = tuple(f for f in forms if f.casefold() != form.casefold())
                    if others:
                        found[form.casefold()] = others
            self._spellings = found
        return self._spellings

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 20,
        *,
        repair: bool = True,
    ) -> SearchResults:
        """Results with snippets made from the text in SQLite.

        With repair, a missing, stale or damaged index is rebuilt here and now. Without it (the
        window, which rebuilds with progress on its writer) such an index is a SearchError whose
        details say reason="not_ready" or reason="damaged".
        """
        filters = filters or SearchFilters()
        if len(query) > MAX_QUERY:
            raise SearchError(f"The search is too long; use at most {MAX_QUERY} characters.")
        if not 1 <= limit <= MAX_LIMIT:
            raise SearchError(f"The limit must be between 1 and {MAX_LIMIT}.")
        self._check_filters(filters)
        if not self.is_ready():
            if not repair:
                raise SearchError("Search is being prepared.", reason="not_ready")
            self.ensure_index()
        try:
            raw = self._engine.search(query, filters, limit, self.spellings())
        except Exception as exc:
            # A damaged cache (a bug would fail again after the rebuild, and then propagate).
            log.warning("The search index could not be read; rebuilding it.", exc_info=True)
            self._engine.close()
            if not repair:
                raise SearchError("The search index was damaged.", reason="damaged") from exc
            self.ensure_index(force=True)
            raw = self._engine.search(query, filters, limit, self.spellings())
        passages = self._library.passages([h.passage_id for h in raw.hits])
        hits = []
        for hit in raw.hits:
            passage = passages.get(hit.passage_id)
            if passage is None:
                continue  # the index is a cache: trust SQLite about what exists
            spans = self._engine.highlight(passage.text, hit.matched)
            hits.append(
                SearchHit(
                    passage_id=hit.passage_id,
                    chapter_slug=passage.chapter_slug,
                    chapter_title=hit.chapter_title,
                    score=round(hit.score, 4),
                    snippet=make_snippet(passage.text, spans, word_key=self._engine.word_key),
                    passage_highlights=tuple(spans),
                )
            )
        return SearchResults(query, tuple(hits), raw.total, raw.suggestion, raw.fuzzy, filters)

    def _check_filters(self, filters: SearchFilters) -> None:
        choices = self.filter_choices()
        allowed = {
            "chapter": [c.slug for c in choices.chapters],
            "model": [c.slug for c in choices.models],
            "country": list(choices.countries),
            "decade": list(choices.decades),
        }
        for name, values in allowed.items():
            value = getattr(filters, name)
            if value is not None and value not in values:
                raise SearchError(
                    f"Unknown {name} {value!r}. Choose one of: {', '.join(values)}.",
                    filter=name,
                    value=value,
                    choices=values,
                )
