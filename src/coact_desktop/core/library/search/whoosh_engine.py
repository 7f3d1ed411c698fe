"""The Whoosh engine: a disposable index in the cache folder, rebuilt from SQLite."""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from whoosh import scoring
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.query import AndNot, Query

from coact_desktop.core.cancel import CancelToken, ProgressCallback
from coact_desktop.core.dto import SearchFilters
from coact_desktop.core.library.search import RawHit, RawResults
from coact_desktop.core.library.search import query as queries
from coact_desktop.core.library.search.index_folder import (
    MARKER,
    digest,
    read_keys,
    write_marker,
)
from coact_desktop.core.library.search.languages import (
    KEYS,
    SPELL,
    analysis_key,
    content_analyzer,
    content_field,
    pairs_analyzer,
    pairs_field,
)
from coact_desktop.core.library.search.query import highlight, word_key
from coact_desktop.core.library.search.vocabulary import Vocabulary
from coact_desktop.core.library.service import IndexDocument

# Change whenever the schema or an analyzer changes: the index then rebuilds itself.
INDEX_SCHEMA_VERSION = 4
PROGRESS_STEPS = 100  # report progress about this many times per build
# An update that would delete more than this share of the passages rebuilds instead: Whoosh keeps
# deleted passages' words in its counts until a merge, and a rebuild is as quick by then.
UPDATE_MAX_STALE = 0.2
# TF-IDF, not BM25F: BM25F reads every matching passage's length from disk in Python, which was
# most of the time a query took; passages are of similar length, so ranking barely changes.
WEIGHTING = scoring.TF_IDF()
_WORD = re.compile(r"\w+")

# Per language (languages.py): "content", stemmed words, for word forms; "pairs", adjacent
# stemmed words, so that a phrase is a few term lookups instead of a position check, in Python,
# of every passage holding its words. Thai's content is every short piece of its letters: a
# word is found inside a sentence with no spaces. "spell": words as written, in every language,
# for completions and close spellings from the text's own vocabulary.


def _schema() -> Schema:
    text_fields: dict[str, TEXT] = {}
    for key in KEYS:
        text_fields[content_field(key)] = TEXT(analyzer=content_analyzer(key), phrase=False)
        pairs = pairs_field(key)
        if pairs is not None:
            text_fields[pairs] = TEXT(analyzer=pairs_analyzer(key), phrase=False)
    return Schema(
        passage_id=ID(stored=True, unique=True),
        digest=ID(stored=True),  # of everything indexed: what an update compares
        chapter=ID(stored=True),
        chapter_title=STORED(),
        language=ID(),
        spell=TEXT(analyzer=SPELL, phrase=False),
        models=KEYWORD(commas=True),
        countries=KEYWORD(commas=True),
        decades=KEYWORD(commas=True),
        **text_fields,
    )


class WhooshEngine:
    """Whoosh index under ``root/v<schema version>``; only ever opens what it built itself."""

    def __init__(self, root: Path) -> None:
        self._dir = root / f"v{INDEX_SCHEMA_VERSION}"
        self._root = root
        self._index: Any = None
        self._vocabulary: Vocabulary | None = None
        self._filter_cache: dict[str, bool] = {}
        self._keys: tuple[str, ...] = ("en",)  # the languages' analyses the index holds
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
        except Exception:  # any failure to open means: rebuild it
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
            writer = index.writer(limitmb=128)
            done, step = 0, max(1, total // PROGRESS_STEPS)
            keys: set[str] = set()
            try:
                for document in documents:
                    cancel.raise_if_cancelled()
                    keys.add(analysis_key(document.language))
                    writer.add_document(**_fields(document))
                    done += 1
                    if done % step == 0:
                        progress(done, total)
                cancel.raise_if_cancelled()
            except BaseException:
                writer.cancel()  # release its files before the folder is removed
                raise
            writer.commit()
            with index.reader() as reader:
                terms = ((_text(t), info.doc_frequency()) for t, info in reader.iter_field("spell"))
                Vocabulary.from_terms(terms).save(building)
            index.close()
            write_marker(building, fingerprint, keys)
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

    def update(
        self,
        documents: Iterable[IndexDocument],
        total: int,
        fingerprint: str,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> bool:
        """Bring the index to these documents, touching only the passages that differ.

        In place: Whoosh commits a new generation whole, and search goes on meanwhile. False
        (nothing done) if there is no index of ours to update, or too much changed: rebuild.
        """
        if not (self._dir / MARKER).is_file():
            return False
        try:
            index, _vocabulary = self._open()
            with index.reader() as reader:
                held = {f["passage_id"]: f.get("digest") for f in reader.all_stored_fields()}
        except Exception:  # a damaged index is rebuilt, not updated
            return False
        wanted = {d.passage_id: (d, digest(d)) for d in documents}
        stale = [p for p, digest in held.items() if wanted.get(p, (None, None))[1] != digest]
        new = [d for p, (d, digest) in wanted.items() if held.get(p) != digest]
        if len(stale) > UPDATE_MAX_STALE * max(1, len(held)):
            return False
        writer = index.writer(limitmb=128)
        try:
            for passage_id in stale:
                writer.delete_by_term("passage_id", passage_id)
            for done, document in enumerate(new):
                cancel.raise_if_cancelled()
                writer.add_document(**_fields(document))
                progress(done + 1, len(new))
            cancel.raise_if_cancelled()
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        with index.reader() as reader:
            terms = ((_text(t), info.doc_frequency()) for t, info in reader.iter_field("spell"))
            vocabulary = Vocabulary.from_terms(terms)
        vocabulary.save(self._dir)
        write_marker(self._dir, fingerprint, {analysis_key(d.language) for d, _ in wanted.values()})
        with self._lock:
            self._close()  # the next search opens the new generation and vocabulary
        progress(total, total)
        return True

    def _open(self) -> tuple[Any, Vocabulary]:
        with self._lock:
            if self._index is None or self._vocabulary is None:
                storage = FileStorage(str(self._dir), supports_mmap=False)
                index = storage.open_index()
                try:
                    self._vocabulary = Vocabulary.load(self._dir)
                    self._keys = read_keys(self._dir)
                except BaseException:
                    index.close()
                    raise
                self._index = index
            return self._index, self._vocabulary

    def _close(self) -> None:
        if self._index is not None:
            self._index.close()
        self._index = None
        self._vocabulary = None
        self._filter_cache = {}

    def close(self) -> None:
        """Release the index files (Windows keeps open files locked)."""
        with self._lock:
            self._close()

    # -- searching --------------------------------------------------------------------------

    def search(
        self,
        query: str,
        filters: SearchFilters,
        limit: int,
        spellings: Mapping[str, tuple[str, ...]] | None = None,
    ) -> RawResults:
        """Stemmed AND query, the last word as a capped prefix, a name's other spellings
        included; close spellings when nothing matches."""
        index, vocabulary = self._open()
        spellings = spellings or {}
        with index.searcher(weighting=WEIGHTING) as searcher:
            reader = searcher.reader()
            keys = self._keys
            parsed = queries.parse(query, vocabulary, keys, spellings)
            if parsed is None:
                return RawResults((), 0, None, False)
            filter_query = queries.filter_query(filters)
            if filter_query is not None and not self._passes_any(filter_query, searcher):
                # Nothing passes the filter. (Whoosh would ignore an empty filter altogether.)
                return RawResults((), 0, None, False)
            results = _top(searcher, parsed, filter_query, limit)
            exact_total = len(results)
            suggestion = queries.suggestion(query, vocabulary)
            if suggestion is not None:
                # Offered only when it finds clearly more than what was typed does.
                better = queries.parse(suggestion, vocabulary, keys, spellings)
                found = 0 if better is None else len(_top(searcher, better, filter_query, 1))
                if found <= 2 * exact_total:
                    suggestion = None
            used, fuzzy = parsed, False
            # Close spellings ignore NOT: they would bring back exactly what was excluded.
            if results.is_empty() and not queries.excludes(query):
                fuzzy_query = queries.fuzzy_query(query, vocabulary, keys)
                if fuzzy_query is not None:
                    found = _top(searcher, fuzzy_query, filter_query, limit)
                    if not found.is_empty():
                        results, used, fuzzy = found, fuzzy_query, True
            # The terms the query stands for (stems, completions, close spellings, pairs) that
            # exist: highlighting marks these words, one set for all hits.
            matched = _existing_terms(used, reader)
            hits = tuple(
                RawHit(hit["passage_id"], hit["chapter_title"], float(hit.score or 0.0), matched)
                for hit in results
            )
            return RawResults(hits, len(results), suggestion, fuzzy)

    def _passes_any(self, filter_query: Query, searcher: Any) -> bool:
        """Whether any passage passes a filter (cached: the index does not change under it)."""
        key = repr(filter_query)
        if key not in self._filter_cache:
            self._filter_cache[key] = any(True for _ in filter_query.docs(searcher))
        return self._filter_cache[key]

    def word_key(self, word: str) -> str:
        """Two words are the same query word when they share a stem ("network", "Networks")."""
        return word_key(word)

    def highlight(self, text: str, matched: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
        """Offsets of the words (or word pairs) whose analysed form is one of the matched terms."""
        return highlight(text, matched)


def _fields(document: IndexDocument) -> dict[str, Any]:
    key = analysis_key(document.language)
    fields = {
        "passage_id": document.passage_id,
        "digest": digest(document),
        "chapter": document.chapter_slug,
        "chapter_title": document.chapter_title,
        "language": document.language,
        content_field(key): document.text,
        "spell": document.text,
        "models": ",".join(document.models),
        "countries": ",".join(document.countries),
        "decades": ",".join(document.decades),
    }
    pairs = pairs_field(key)
    # BiWordFilter fails on text with no words at all ("…", ":"): no pairs to index.
    if pairs is not None and _WORD.search(document.text):
        fields[pairs] = document.text
    return fields


def _top(searcher: Any, query: Query, filter_query: Query | None, limit: int) -> Any:
    """The best hits, counting every match in the same pass.

    optimize=False: block-quality skipping saves little once many terms are ORed, and without
    it Whoosh counts as it collects instead of running the whole query again for the total.
    """
    return searcher.search(query, limit=limit, filter=filter_query, optimize=False)


def _existing_terms(query: Query, reader: Any) -> frozenset[tuple[str, str]]:
    """The indexed terms a query stands for, excluded words left out.

    (Query.existing_terms in whoosh-reloaded 2.7.5 reuses its fieldname argument as a loop
    variable and so drops every leaf whose field differs from the first one's.)
    """
    positive = query.a if isinstance(query, AndNot) else query
    found: set[tuple[str, str]] = set()
    for leaf in positive.leaves():
        for field, text in leaf.expanded_terms(reader):
            if (field, text) in reader:
                found.add((field, _text(text)))
    return frozenset(found)


def _text(term: str | bytes) -> str:
    return term.decode() if isinstance(term, bytes) else term
