"""The Whoosh engine: a disposable index in the cache folder, rebuilt from SQLite."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
from collections.abc import Iterable, Mapping
from dataclasses import astuple
from pathlib import Path
from typing import Any

from whoosh import scoring
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.query import And, AndNot, NullQuery, Or, Query, Term

from coact_desktop.core.cancel import CancelToken, ProgressCallback
from coact_desktop.core.dto import SearchFilters
from coact_desktop.core.library.search import RawHit, RawResults
from coact_desktop.core.library.search.languages import (
    ENGLISH_STEM,
    ENGLISH_STEM_ALL,
    KEYS,
    SPELL,
    THAI,
    analysis_key,
    content_analyzer,
    content_field,
    field_analyzer,
    pairs_analyzer,
    pairs_field,
    thai_query_terms,
)
from coact_desktop.core.library.search.vocabulary import Vocabulary, edit_distance
from coact_desktop.core.library.service import IndexDocument
from coact_desktop.core.library.spans import merge_spans

# Change whenever the schema or an analyzer changes: the index then rebuilds itself.
INDEX_SCHEMA_VERSION = 4
MARKER = "coact-index.json"
PREFIX_MIN = 3
PREFIX_CAP = 48  # a short prefix can expand to hundreds of words; keep the most used
PROGRESS_STEPS = 100  # report progress about this many times per build
# An update that would delete more than this share of the passages rebuilds instead: Whoosh keeps
# deleted passages' words in its counts until a merge, and a rebuild is as quick by then.
UPDATE_MAX_STALE = 0.2
# TF-IDF, not BM25F: BM25F reads every matching passage's length from disk in Python, which was
# most of the time a query took; passages are of similar length, so ranking barely changes.
WEIGHTING = scoring.TF_IDF()
OPERATORS = {"AND", "OR", "NOT"}
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
_EXCLUDES = re.compile(r"(?<!\S)NOT\s")
_JOINED = re.compile(r"\w+(?:[-'’]\w+)+")

# Per language (languages.py): "content", stemmed words, for word forms; "pairs", adjacent
# stemmed words, so that a phrase is a few term lookups instead of a position check, in Python,
# of every passage holding its words. Thai's content is every short piece of its letters: a
# word is found inside a sentence with no spaces. "spell": words as written, in every language,
# for completions and close spellings from the text's own vocabulary.
_PLAIN = SPELL


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
        spell=TEXT(analyzer=_PLAIN, phrase=False),
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
            _write_marker(building, fingerprint, keys)
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
        wanted = {d.passage_id: (d, _digest(d)) for d in documents}
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
        _write_marker(
            self._dir, fingerprint, {analysis_key(d.language) for d, _ in wanted.values()}
        )
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
                    self._keys = _read_keys(self._dir)
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
            parsed = _parse(query, vocabulary, keys, spellings)
            if parsed is None:
                return RawResults((), 0, None, False)
            filter_query = _filter_query(filters)
            if filter_query is not None and not self._passes_any(filter_query, searcher):
                # Nothing passes the filter. (Whoosh would ignore an empty filter altogether.)
                return RawResults((), 0, None, False)
            results = _top(searcher, parsed, filter_query, limit)
            exact_total = len(results)
            suggestion = _suggestion(query, vocabulary)
            if suggestion is not None:
                # Offered only when it finds clearly more than what was typed does.
                better = _parse(suggestion, vocabulary, keys, spellings)
                found = 0 if better is None else len(_top(searcher, better, filter_query, 1))
                if found <= 2 * exact_total:
                    suggestion = None
            used, fuzzy = parsed, False
            # Close spellings ignore NOT: they would bring back exactly what was excluded.
            if results.is_empty() and not _EXCLUDES.search(query):
                fuzzy_query = _fuzzy_query(query, vocabulary, keys)
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
        stems = [t.text for t in ENGLISH_STEM_ALL(word)]
        return stems[0] if stems else word.casefold()

    def highlight(self, text: str, matched: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
        """Offsets of the words (or word pairs) whose analysed form is one of the matched terms."""
        spans: set[tuple[int, int]] = set()
        if not _WORD.search(text):
            return []  # (BiWordFilter fails on text with no words at all)
        for field in sorted({f for f, _ in matched}):
            wanted = {t for f, t in matched if f == field}
            tokens = [
                (token.text in wanted, token.startchar, token.endchar)
                for token in field_analyzer(field)(text, chars=True, removestops=False)
            ]
            spans.update((start, end) for hit, start, end in tokens if hit)
        return merge_spans(spans)


def _digest(document: IndexDocument) -> str:
    """Changes when anything the index holds of the passage changes."""
    return hashlib.sha256(repr(astuple(document)).encode("utf-8")).hexdigest()[:32]


def _write_marker(folder: Path, fingerprint: str, keys: set[str]) -> None:
    """What the index was built from, and which languages' analyses it holds."""
    marker = {"fingerprint": fingerprint, "languages": sorted(keys | {"en"})}
    (folder / MARKER).write_text(json.dumps(marker), "utf-8")


def _read_keys(folder: Path) -> tuple[str, ...]:
    """The languages' analyses a query is read with: English first, the rest in order."""
    marker = json.loads((folder / MARKER).read_text("utf-8"))
    keys = [k for k in marker.get("languages", ["en"]) if k in KEYS]
    return ("en", *sorted(set(keys) - {"en"}))


def _fields(document: IndexDocument) -> dict[str, Any]:
    key = analysis_key(document.language)
    fields = {
        "passage_id": document.passage_id,
        "digest": _digest(document),
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


def _parse(
    text: str,
    vocabulary: Vocabulary,
    keys: tuple[str, ...] = ("en",),
    spellings: Mapping[str, tuple[str, ...]] | None = None,
) -> Query | None:
    """Words are ANDed; "quoted phrases", OR between two parts and NOT before one are honoured.

    The last word, while it is being typed (no space after it yet), also matches as the start
    of a longer word.
    """
    tokens = list(_TOKEN.finditer(text))
    typing = bool(text) and not text[-1].isspace() and not text.endswith('"')
    groups: list[list[Query]] = []  # ANDed groups of ORed parts
    excluded: list[Query] = []
    operator = "AND"
    for i, token in enumerate(tokens):
        phrase, word = token.group(1), token.group(2)
        if word in OPERATORS:
            operator = word
            continue
        last = i == len(tokens) - 1
        if phrase is not None:
            part = _phrase_query(phrase, keys)
        else:
            part = _word_query(word, vocabulary, keys, last and typing and operator != "NOT")
            others = (spellings or {}).get(word.casefold(), ())
            if part is not None and others:
                # "Junkiebond" finds the passage that spells it "Junkiesbond", and "INPUD"
                # the full name: the library knows an organisation's other spellings.
                alternatives = [q for q in (_phrase_query(o, keys) for o in others) if q]
                part = Or([part, *alternatives])
        if part is None:
            continue
        if operator == "NOT":
            excluded.append(part)
        elif operator == "OR" and groups:
            groups[-1].append(part)
        else:
            groups.append([part])
        operator = "AND"
    if not groups:
        return None
    required = [g[0] if len(g) == 1 else Or(g) for g in groups]
    query: Query = required[0] if len(required) == 1 else And(required)
    if excluded:
        query = AndNot(query, excluded[0] if len(excluded) == 1 else Or(excluded))
    return query


def _word_query(
    word: str, vocabulary: Vocabulary, keys: tuple[str, ...], prefix: bool
) -> Query | None:
    """A word's stem in each language, maybe also as a prefix; "peer-led", "Lee’s" and Thai
    as phrases."""
    if THAI.search(word):
        return _thai_query(word) if "th" in keys else None
    parts = [t.text for t in _PLAIN(word)]
    if len(parts) > 1:
        if _JOINED.fullmatch(word):
            return _phrase_query(word, keys)
        # Other punctuation ("a/b", "x:y") just separates words.
        each = [q for q in (_word_query(p, vocabulary, keys, False) for p in parts) if q]
        return And(each) if len(each) > 1 else (each[0] if each else None)
    if not parts:
        return None
    stems = _stems(word, keys)
    if prefix and len(parts[0]) >= PREFIX_MIN:
        completions = vocabulary.completions(parts[0], PREFIX_CAP)
        return _any_of([*stems, *(Term("spell", w) for w in completions)])
    return _any_of(stems) if stems else None


def _stems(word: str, keys: tuple[str, ...]) -> list[Query]:
    """The word as each language's analysis indexes it; none for an English stop word."""
    if not [t.text for t in ENGLISH_STEM(word)]:
        return []  # "the", "and": dropped, as English passages were indexed without them
    seen: dict[tuple[str, str], Query] = {}
    for key in keys:
        field = content_field(key)
        for token in content_analyzer(key, stop_words=False)(word):
            seen.setdefault((field, token.text), Term(field, token.text))
    return list(seen.values())


def _thai_query(text: str) -> Query | None:
    """A Thai word is one indexed piece, or a longer one all of its 6-letter pieces."""
    terms = [Term("content_th", piece) for piece in thai_query_terms(text)]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else And(terms)


def _phrase_query(phrase: str, keys: tuple[str, ...] = ("en",)) -> Query | None:
    """In any language: every adjacent pair of the phrase's words must occur; one word is
    just that word."""
    if not _WORD.search(phrase):
        return None  # (BiWordFilter fails on text with no words at all)
    options: list[Query] = []
    for key in keys:
        field = pairs_field(key)
        if field is None:
            thai = _thai_query(phrase)
            if thai is not None:
                options.append(thai)
            continue
        pairs = [t.text for t in pairs_analyzer(key)(phrase)]
        if len(pairs) == 1 and "-" not in pairs[0]:
            options.append(Term(content_field(key), pairs[0]))
        elif len(pairs) == 1:
            options.append(Term(field, pairs[0]))
        elif pairs:
            options.append(And([Term(field, p) for p in pairs]))
    if not options:
        return None
    return options[0] if len(options) == 1 else Or(options)


def _fuzzy_query(text: str, vocabulary: Vocabulary, keys: tuple[str, ...]) -> Query | None:
    """Each word, or the used words one or two edits away from it (the first letter kept), in
    all their forms: "activsim" finds every passage "activism" finds, the closest words first."""
    parts: list[Query] = []
    for word in (w.lower() for w in _WORD.findall(text) if w not in OPERATORS):
        if THAI.search(word):
            return None  # Thai pieces already match inside words; no close spellings
        maxdist = 1 if len(word) <= 5 else 2  # one edit for short words, two for long ones
        near = vocabulary.near(word, maxdist, PREFIX_CAP)
        if not near:
            return None  # every word must match: one with no close spelling means no hits
        terms: dict[tuple[str, str], float] = {}
        for close in near:
            # A swap of two letters is one slip: such words rank far above the rest.
            boost = 4.0 if edit_distance(word, close) <= 1 else 1.0
            stems = [(q.fieldname, q.text) for q in _stems(close, keys) if isinstance(q, Term)]
            for term in (("spell", close), *stems):
                terms[term] = max(terms.get(term, 0.0), boost)
        parts.append(_any_of([Term(f, t, boost=b) for (f, t), b in terms.items()]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def _any_of(terms: list[Query]) -> Query:
    """An OR of many terms that preloads their postings: far faster than a tree of unions."""
    if not terms:
        return NullQuery
    if len(terms) == 1:
        return terms[0]
    query = Or(terms)
    query.matcher_type = Or.ARRAY_MATCHER
    return query


def _suggestion(text: str, vocabulary: Vocabulary) -> str | None:
    """The query with each word that is not in the text replaced by its nearest word that is."""
    out, changed = text, False
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        lower = word.lower()
        if word in OPERATORS or len(lower) < PREFIX_MIN or vocabulary.count(lower):
            continue
        if THAI.search(word):
            continue  # Thai has no words by spaces to suggest
        typing = i == len(words) - 1 and text.endswith(word)
        if typing and vocabulary.completions(lower, 1):
            continue  # still being typed: the start of a real word is not a misspelling
        suggestion = vocabulary.suggest(lower)
        if suggestion:
            out = re.sub(rf"\b{re.escape(word)}\b", suggestion, out)
            changed = True
    return out if changed else None


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


def _text(term: str | bytes) -> str:
    return term.decode() if isinstance(term, bytes) else term
