"""The Whoosh engine: a disposable index in the cache folder, rebuilt from SQLite."""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.qparser import AndGroup, FieldsPlugin, QueryParser
from whoosh.query import And, FuzzyTerm, Or, Query, Term

from coact_desktop.core.cancel import CancelToken, ProgressCallback
from coact_desktop.core.dto import SearchFilters
from coact_desktop.core.library import IndexDocument
from coact_desktop.core.search import RawHit, RawResults

# Change whenever the schema or an analyzer changes: the index then rebuilds itself.
INDEX_SCHEMA_VERSION = 1
MARKER = "coact-index.json"
PREFIX_MIN = 3
PREFIX_CAP = 48  # a short prefix can expand to hundreds of terms; keep the most frequent
BATCH = 500
# Words as the index's tokenizer splits them ("Lee’s" is "lee" and "s").
_WORD = re.compile(r"\w+")
# "drug NOT user": the word after an operator belongs to the operator, not to a prefix search.
_OPERATOR_BEFORE_LAST = re.compile(r"\b(AND|OR|NOT|ANDNOT|ANDMAYBE)\s+\w+$")


def _schema() -> Schema:
    # "content" is stemmed for word forms; "spell" keeps the words as written, for
    # "did you mean" and fuzzy matching from the text's own vocabulary.
    return Schema(
        passage_id=ID(stored=True, unique=True),
        chapter=ID(stored=True),
        chapter_title=STORED(),
        language=ID(),
        content=TEXT(analyzer=StemmingAnalyzer(), phrase=True),
        spell=TEXT(analyzer=StandardAnalyzer(stoplist=None), phrase=False),
        models=KEYWORD(commas=True),
        countries=KEYWORD(commas=True),
        decades=KEYWORD(commas=True),
    )


class WhooshEngine:
    """Whoosh index under ``root/v<schema version>``; only ever opens what it built itself."""

    def __init__(self, root: Path) -> None:
        self._dir = root / f"v{INDEX_SCHEMA_VERSION}"
        self._root = root
        self._index: Any = None
        self._lock = threading.Lock()

    # -- building ---------------------------------------------------------------------------

    def is_current(self, fingerprint: str) -> bool:
        """Whether our index exists, opens, and was built from this content."""
        try:
            marker = json.loads((self._dir / MARKER).read_text("utf-8"))
        except (OSError, ValueError):
            return False
        if marker.get("fingerprint") != fingerprint:
            return False
        try:
            self._open()
        except Exception:
            return False
        return True

    def rebuild(
        self,
        documents: Iterable[IndexDocument],
        total: int,
        fingerprint: str,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> None:
        """Build a fresh index beside the old one and swap it in only when complete."""
        self._root.mkdir(parents=True, exist_ok=True)
        building = self._root / f"v{INDEX_SCHEMA_VERSION}.building-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir()
        try:
            index = FileStorage(str(building), supports_mmap=False).create_index(_schema())
            writer = index.writer(limitmb=64)
            done = 0
            try:
                for document in documents:
                    cancel.raise_if_cancelled()
                    writer.add_document(**_fields(document))
                    done += 1
                    if done % BATCH == 0:
                        progress(done, total)
                cancel.raise_if_cancelled()
            except BaseException:
                writer.cancel()  # release its files before the folder is removed
                raise
            writer.commit()
            (building / MARKER).write_text(json.dumps({"fingerprint": fingerprint}), "utf-8")
            with self._lock:
                self._close()
                old = self._root / f"v{INDEX_SCHEMA_VERSION}.old-{os.getpid()}"
                if self._dir.exists():
                    self._dir.rename(old)
                building.rename(self._dir)
                shutil.rmtree(old, ignore_errors=True)
            progress(done, total)
        finally:
            shutil.rmtree(building, ignore_errors=True)

    def _open(self) -> Any:
        with self._lock:
            if self._index is None:
                storage = FileStorage(str(self._dir), supports_mmap=False)
                self._index = storage.open_index()
            return self._index

    def _close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    def close(self) -> None:
        """Release the index files (Windows keeps open files locked)."""
        with self._lock:
            self._close()

    # -- searching --------------------------------------------------------------------------

    def search(self, query: str, filters: SearchFilters, limit: int) -> RawResults:
        """Stemmed AND query, the last word as a capped prefix; fuzzy when nothing matches."""
        index = self._open()
        with index.searcher() as searcher:
            parsed = self._parse(query, searcher)
            if parsed is None:
                return RawResults((), 0, None, False)
            filter_query = _filter_query(filters)
            results = searcher.search(parsed, limit=limit, filter=filter_query, terms=True)
            fuzzy = False
            if results.is_empty():
                fuzzy_query = _fuzzy_query(query)
                if fuzzy_query is not None:
                    results = searcher.search(
                        fuzzy_query, limit=limit, filter=filter_query, terms=True
                    )
                    fuzzy = not results.is_empty()
            hits = tuple(
                RawHit(
                    hit["passage_id"],
                    hit["chapter_title"],
                    float(hit.score or 0.0),
                    frozenset(
                        (f, t.decode() if isinstance(t, bytes) else t)
                        for f, t in hit.matched_terms()
                    ),
                )
                for hit in results
            )
            # With terms=True, len(results) ignores the filter (whoosh-reloaded 2.7.5): use docs().
            total = len(results.docs())
            return RawResults(hits, total, _suggestion(query, searcher), fuzzy)

    def _parse(self, text: str, searcher: Any) -> Query | None:
        words = _WORD.findall(text)
        if not words:
            return None
        parser = QueryParser("content", searcher.schema, group=AndGroup)
        # People type words, not field names: "chapter:x" is two words, not a field query.
        parser.remove_plugin_class(FieldsPlugin)
        trailing_word = text[-1:].isalnum() and text.count('"') % 2 == 0
        after_operator = bool(_OPERATOR_BEFORE_LAST.search(text))
        head = text
        prefix_query: Query | None = None
        if trailing_word and not after_operator and len(words[-1]) >= PREFIX_MIN:
            last = words[-1]
            head = text[: text.rfind(last)]
            prefix_query = _prefix_query(last, searcher)
        parts = [q for q in (parser.parse(head) if head.strip() else None, prefix_query) if q]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def highlight(self, text: str, matched: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
        """Offsets of the words whose analysed form is one of the matched terms."""
        spans: set[tuple[int, int]] = set()
        for field, analyzer in (("content", _STEM), ("spell", _PLAIN)):
            wanted = {t for f, t in matched if f == field}
            if not wanted:
                continue
            for token in analyzer(text, chars=True, removestops=False):
                if token.text in wanted:
                    spans.add((token.startchar, token.endchar))
        return sorted(spans)


_STEM = StemmingAnalyzer(stoplist=None)
_PLAIN = StandardAnalyzer(stoplist=None)


def _fields(document: IndexDocument) -> dict[str, Any]:
    return {
        "passage_id": document.passage_id,
        "chapter": document.chapter_slug,
        "chapter_title": document.chapter_title,
        "language": document.language,
        "content": document.text,
        "spell": document.text,
        "models": ",".join(document.models),
        "countries": ",".join(document.countries),
        "decades": ",".join(document.decades),
    }


def _prefix_query(word: str, searcher: Any) -> Query:
    """The word itself (stemmed) or any indexed word starting with it, capped by frequency."""
    reader = searcher.reader()
    stem = next((t.text for t in _STEM(word)), word.lower())
    stems = {stem}
    candidates = [
        (t.decode(), reader.doc_frequency("spell", t)) for t in _expand(reader, word.lower())
    ]
    candidates.sort(key=lambda tf: -tf[1])
    terms: list[Query] = [Term("content", s) for s in stems]
    terms += [Term("spell", t) for t, _ in candidates[:PREFIX_CAP]]
    return Or(terms)


def _expand(reader: Any, prefix: str) -> list[bytes]:
    found: list[bytes] = []
    for term in reader.expand_prefix("spell", prefix):
        found.append(term if isinstance(term, bytes) else term.encode())
        if len(found) >= PREFIX_CAP * 8:
            break
    return found


def _fuzzy_query(text: str) -> Query | None:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    # One edit for short words, two for long ones; the first letter is kept (typos rarely hit it).
    parts = [FuzzyTerm("spell", w, maxdist=1 if len(w) <= 5 else 2, prefixlength=1) for w in words]
    return parts[0] if len(parts) == 1 else And(parts)


def _suggestion(text: str, searcher: Any) -> str | None:
    """The query with each word that is not in the text replaced by its nearest word that is."""
    corrector = searcher.corrector("spell")
    reader = searcher.reader()
    changed = False
    out = text
    for word in set(_WORD.findall(text)):
        lower = word.lower()
        if len(lower) < PREFIX_MIN or reader.doc_frequency("spell", lower):
            continue
        if text.endswith(word) and any(True for _ in reader.expand_prefix("spell", lower)):
            continue  # still being typed: a prefix of a real word is not a misspelling
        suggestions = corrector.suggest(lower, limit=1, maxdist=2)
        if suggestions:
            out = re.sub(rf"\b{re.escape(word)}\b", suggestions[0], out)
            changed = True
    return out if changed else None


def _filter_query(filters: SearchFilters) -> Query | None:
    terms = [
        Term(field, value)
        for field, value in (
            ("chapter", filters.chapter),
            ("models", filters.model),
            ("countries", filters.country),
            ("decades", filters.decade),
        )
        if value
    ]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else And(terms)
