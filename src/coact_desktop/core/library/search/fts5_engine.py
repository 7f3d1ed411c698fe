"""The FTS5 engine: a disposable SQLite index in the cache folder, built from the library.

Our own analysis (terms.py, the same stems, pairs and Thai pieces as the Whoosh engine) writes
each field as its terms separated by spaces; FTS5's tokenizer is told that a space is the only
separator, so every term we wrote is one FTS5 term, and a query is the same query tree
(query.py) written as a MATCH expression. SQLite keeps the postings in C: a build that took
Whoosh's writer about 20 µs per posting in Python takes FTS5 a small part of that.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from whoosh.query import And, AndNot, NullQuery, Or, Query, Term

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
    analysis_key,
    content_field,
    pairs_field,
)
from coact_desktop.core.library.search.query import highlight, word_key
from coact_desktop.core.library.search.terms import PassageTerms
from coact_desktop.core.library.search.vocabulary import Vocabulary
from coact_desktop.core.library.service import IndexDocument

# Change whenever the schema, the tokenizer or an analysis changes: the index then rebuilds.
INDEX_SCHEMA_VERSION = 4
INDEX_FILE = "index.sqlite3"
PROGRESS_STEPS = 100
# An update that changes more than this share of the passages rebuilds instead (as quick).
UPDATE_MAX_STALE = 0.2
# Our terms are lower case already, and only a space separates them: the "ascii" tokenizer
# folds nothing outside ASCII (unicode61 would fold "µg" to "μg" and "ς" to "σ", and its tables
# differ between SQLite builds), and "-" (pairs), "'" (Ukrainian), "." ("u.s."), "*" and "_" are
# declared part of a term; every other character already is.
TOKENIZE = """ascii separators ' ' tokenchars '-.*_'''"""  # ('' is a quote in a quote)
TEXT_FIELDS = tuple(
    ["spell"]
    + [content_field(k) for k in KEYS]
    + [f for f in (pairs_field(k) for k in KEYS) if f is not None]
)
# The filters' values are written as one opaque term each (a country's name has spaces).
FILTER_FIELDS = ("chapter", "models", "countries", "decades")
# A passage's words that weigh most in it, as one term per word and step of OFTEN that its weight
# reaches ("4.content.drug"): the weight is bm25's, uses over the passage's length measured
# against the mean, so a short passage that uses a word three times weighs as a long one that
# uses it six. They go in a table of their own, joined by rowid (in the passages' table they
# would count in every passage's length, and bm25 would score a passage lower for them). A huge
# answer is ranked among the passages at the highest step that holds OFTEN_ENOUGH of them:
# bm25 costs about a microsecond per matching passage, and 30,000 of them are more than the
# whole search may take.
OFTEN = (1.5, 2, 3, 4, 6, 8, 12, 16)  # the steps, lowest first
OFTEN_ENOUGH = 200
# bm25's k1 and b, as FTS5's bm25() has them: a word's weight in a passage orders as
# uses / (K1 * (1 - B + B * length / mean length)).
K1, B = 1.2, 0.75
COLUMNS = (*TEXT_FIELDS, *FILTER_FIELDS)
FUZZY_BOOST = 1.0  # a close spelling's terms above this boost are the closest (one slip)
# An answer of more passages than this is ranked among the passages its words weigh most in,
# and by the typed word's RANKED_CAP commonest completions, not all PREFIX_CAP of them (each
# filled from the whole query if that gives too few).
RANK_ALL = 2_000
RANKED_CAP = 8
# Finished indexes; and a build's folder, which another process may be writing: left to it
# unless untouched for a day (a build killed midway).
_OLD_INDEX = re.compile(r"(?:v|fts)\d+")
_BUILDING = re.compile(r"(?:v|fts)\d+\.(?:building|old)-\d+")
_ABANDONED_S = 24 * 3600


class Fts5Engine:
    """FTS5 index under ``root/fts<schema version>``; only ever opens what it built itself."""

    def __init__(self, root: Path) -> None:
        self._dir = root / f"fts{INDEX_SCHEMA_VERSION}"
        self._root = root
        self._db: sqlite3.Connection | None = None
        self._vocabulary: Vocabulary | None = None
        self._keys: tuple[str, ...] = ("en",)
        self._filter_cache: dict[str, bool] = {}
        self._lock = threading.RLock()

    @property
    def folder(self) -> Path:
        """Where the finished index lives."""
        return self._dir

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
        building = self._root / f"fts{INDEX_SCHEMA_VERSION}.building-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir()
        try:
            keys: set[str] = set()
            with contextlib.closing(sqlite3.connect(building / INDEX_FILE)) as db:
                # A cache built whole or thrown away: no journal, no waiting for the disk.
                db.execute("PRAGMA journal_mode=OFF")
                db.execute("PRAGMA synchronous=OFF")
                _create(db)
                step = max(1, total // PROGRESS_STEPS)
                terms, lengths = PassageTerms(), Lengths()
                done = 0

                def rows() -> Iterator[tuple[Any, ...]]:
                    nonlocal done
                    for document in documents:
                        cancel.raise_if_cancelled()
                        keys.add(analysis_key(document.language))
                        done += 1
                        yield (done, *_row(document, terms, lengths))
                        if done % step == 0:
                            progress(done, total)

                with db:
                    _insert(db, rows())
                    _save_lengths(db, lengths)
                cancel.raise_if_cancelled()
                with db:
                    db.execute("INSERT INTO passages(passages) VALUES ('optimize')")
                    db.execute("INSERT INTO often(often) VALUES ('optimize')")
                _vocabulary(db).save(building)
                db.execute("PRAGMA journal_mode=WAL")  # updates in place from now on
            write_marker(building, fingerprint, keys)
            with self._lock:
                self._close()
                old = self._root / f"fts{INDEX_SCHEMA_VERSION}.old-{os.getpid()}"
                if self._dir.exists():
                    self._dir.rename(old)
                building.rename(self._dir)
                shutil.rmtree(old, ignore_errors=True)
                _remove_other_indexes(self._root, keep=self._dir.name)
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

        In one transaction: search goes on meanwhile and sees the old index or the new one.
        False (nothing done) if there is no index of ours to update, or too much changed.
        """
        if not (self._dir / MARKER).is_file():
            return False
        try:
            self._open()
        except Exception:  # a damaged index is rebuilt, not updated
            return False
        try:
            with contextlib.closing(_connect(self._dir / INDEX_FILE)) as db:
                held = dict(db.execute("SELECT passage_id, digest FROM meta").fetchall())
                (dead,) = db.execute("SELECT count(*) FROM dead").fetchone()
                wanted = {d.passage_id: (d, digest(d)) for d in documents}
                stale = [p for p, dg in held.items() if wanted.get(p, (None, None))[1] != dg]
                new = [d for p, (d, dg) in wanted.items() if held.get(p) != dg]
                if dead + len(stale) > UPDATE_MAX_STALE * max(1, len(held) + dead):
                    return False
                terms, lengths = PassageTerms(), _read_lengths(db)
                with db:
                    first = 1 + max(_max_rowid(db, "meta"), _max_rowid(db, "dead"))
                    for passage_id in stale:
                        (rowid,) = db.execute(
                            "SELECT rowid FROM meta WHERE passage_id = ?", (passage_id,)
                        ).fetchone()
                        db.execute("DELETE FROM meta WHERE rowid = ?", (rowid,))
                        db.execute("INSERT INTO dead (rowid) VALUES (?)", (rowid,))

                    def rows() -> Iterator[tuple[Any, ...]]:
                        for done, document in enumerate(new):
                            cancel.raise_if_cancelled()
                            yield (first + done, *_row(document, terms, lengths))
                            progress(done + 1, len(new))

                    _insert(db, rows())
                    _save_lengths(db, lengths)
                vocabulary = _vocabulary(db)
        except sqlite3.DatabaseError:
            return False  # a damaged index is rebuilt, not updated
        vocabulary.save(self._dir)
        write_marker(self._dir, fingerprint, {analysis_key(d.language) for d, _ in wanted.values()})
        with self._lock:
            self._close()  # the next search reads the new vocabulary and languages
        progress(total, total)
        return True

    def _open(self) -> tuple[sqlite3.Connection, Vocabulary, tuple[str, ...]]:
        with self._lock:
            if self._db is None or self._vocabulary is None:
                path = self._dir / INDEX_FILE
                if not path.is_file():
                    raise FileNotFoundError(path)
                db = _connect(path)
                try:
                    db.execute("SELECT count(*) FROM meta").fetchone()
                    self._vocabulary = Vocabulary.load(self._dir)
                    self._keys = read_keys(self._dir)
                except BaseException:
                    db.close()
                    raise
                self._db = db
            return self._db, self._vocabulary, self._keys

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db = None
        self._vocabulary = None
        self._filter_cache = {}

    def close(self) -> None:
        """Release the index file (Windows keeps open files locked)."""
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
        with self._lock:  # one connection, and the index cannot be swapped mid-query
            db, vocabulary, keys = self._open()
            parsed = queries.parse(query, vocabulary, keys, spellings or {})
            if parsed is None:
                return RawResults((), 0, None, False)
            restrict = queries.filter_query(filters)
            if restrict is not None and not self._passes_any(db, restrict):
                return RawResults((), 0, None, False)
            total = _count(db, parsed, restrict)
            hits: list[tuple[str, str, float]] = []
            if total > RANK_ALL:
                # bm25 costs each matching passage once per term: rank a large answer among the
                # passages its words weigh most in, by the word being typed's commonest
                # completions, which hold most of its passages.
                ranked = queries.parse(query, vocabulary, keys, spellings or {}, RANKED_CAP)
                if ranked is not None:
                    hits = _ranked_often(db, ranked, restrict, limit)
            if len(hits) < min(limit, total):
                hits = _ranked(db, parsed, restrict, limit)
            suggestion = queries.suggestion(query, vocabulary)
            if suggestion is not None:
                # Offered only when it finds clearly more than what was typed does.
                better = queries.parse(suggestion, vocabulary, keys, spellings or {})
                better_total = 0 if better is None else _count(db, better, restrict)
                if better_total <= 2 * total:
                    suggestion = None
            used, fuzzy = parsed, False
            # Close spellings ignore NOT: they would bring back exactly what was excluded.
            if total == 0 and not queries.excludes(query):
                fuzzy_query = queries.fuzzy_query(query, vocabulary, keys)
                if fuzzy_query is not None:
                    found_total = _count(db, fuzzy_query, restrict)
                    if found_total:
                        found = _closest_first(db, fuzzy_query, restrict, limit, found_total)
                        hits, total, used, fuzzy = found, found_total, fuzzy_query, True
            matched = _positive_terms(used)
            if len(keys) > 1:
                # Only what the index holds: a Spanish stem of an English word ("their": "the")
                # would otherwise be marked all over English passages.
                matched = _existing(db, matched)
            return RawResults(
                tuple(RawHit(p, title, score, matched) for p, title, score in hits),
                total,
                suggestion,
                fuzzy,
            )

    def _passes_any(self, db: sqlite3.Connection, restrict: Query) -> bool:
        """Whether any passage passes a filter (cached: the index does not change under it)."""
        key = repr(restrict)
        if key not in self._filter_cache:
            self._filter_cache[key] = _count(db, restrict, None) > 0
        return self._filter_cache[key]

    def word_key(self, word: str) -> str:
        """Two words are the same query word when they share a stem ("network", "Networks")."""
        return word_key(word)

    def highlight(self, text: str, matched: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
        """Offsets of the words (or word pairs) whose analysed form is one of the matched terms."""
        return highlight(text, matched)


def _remove_other_indexes(root: Path, keep: str) -> None:
    """Earlier engines' and schema versions' indexes (the Whoosh "v4"), never read again, and
    builds abandoned by a killed process."""
    abandoned = time.time() - _ABANDONED_S
    for path in root.iterdir():
        if path.name == keep or not path.is_dir():
            continue
        if _OLD_INDEX.fullmatch(path.name) or (
            _BUILDING.fullmatch(path.name) and path.stat().st_mtime < abandoned
        ):
            shutil.rmtree(path, ignore_errors=True)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False)
    db.execute("PRAGMA busy_timeout=5000")
    return db


def _create(db: sqlite3.Connection) -> None:
    columns = ", ".join(COLUMNS)
    # Contentless: the index holds terms, ids and titles, never the text (snippets are made
    # from SQLite's text), and stays about the size of Whoosh's.
    db.execute(
        f"CREATE VIRTUAL TABLE passages USING fts5({columns}, content='', tokenize=\"{TOKENIZE}\")"
    )
    db.execute(
        "CREATE TABLE meta (rowid INTEGER PRIMARY KEY, passage_id TEXT NOT NULL UNIQUE,"
        " chapter_title TEXT NOT NULL, digest TEXT NOT NULL)"
    )
    # Passages replaced by an update: a contentless table cannot forget a row's terms without
    # its old text, so they stay indexed and are left out of every answer (until a rebuild).
    db.execute("CREATE TABLE dead (rowid INTEGER PRIMARY KEY)")
    # The OFTEN terms of each passage, by the passage's rowid (contentless too).
    db.execute(f"CREATE VIRTUAL TABLE often USING fts5(steps, content='', tokenize=\"{TOKENIZE}\")")
    # The passages' mean length, which an update goes on weighing new passages against.
    db.execute("CREATE TABLE lengths (mean REAL NOT NULL, count INTEGER NOT NULL)")


def _save_lengths(db: sqlite3.Connection, lengths: Lengths) -> None:
    db.execute("DELETE FROM lengths")
    db.execute("INSERT INTO lengths VALUES (?, ?)", (lengths.mean, lengths.count))


def _read_lengths(db: sqlite3.Connection) -> Lengths:
    found = db.execute("SELECT mean, count FROM lengths").fetchone()
    return Lengths() if found is None else Lengths(float(found[0]), int(found[1]))


def _row(document: IndexDocument, terms: PassageTerms, lengths: Lengths) -> tuple[Any, ...]:
    """The passage's meta values, then its FTS5 columns in COLUMNS order."""
    fields = terms.fields(analysis_key(document.language), document.text)
    texts = [" ".join(fields.get(name, ())) for name in TEXT_FIELDS]
    values = [
        _value_term(document.chapter_slug),
        " ".join(_value_term(v) for v in document.models),
        " ".join(_value_term(v) for v in document.countries),
        " ".join(_value_term(v) for v in document.decades),
    ]
    often = " ".join(lengths.often_terms(fields))
    return (document.passage_id, document.chapter_title, digest(document), *texts, *values, often)


class Lengths:
    """The mean length of the passages indexed so far, and the OFTEN terms it gives a passage."""

    def __init__(self, mean: float = 0.0, count: int = 0) -> None:
        self.mean, self.count = mean, count

    def often_terms(self, fields: Mapping[str, list[str]]) -> list[str]:
        """One term per word and step its weight in the passage reaches."""
        length = sum(len(terms) for terms in fields.values())
        self.count += 1
        self.mean += (length - self.mean) / self.count
        norm = K1 * (1 - B + B * length / self.mean) if self.mean else 1.0
        least = OFTEN[0] * norm  # fewer uses than this reach no step
        found = []
        for name, terms in fields.items():
            if len(terms) < least:
                continue
            counts = Counter(terms)
            # Most words are used once: filter in one comprehension before any work per word.
            for term, uses in [(t, n) for t, n in counts.items() if n >= least]:
                weight = uses / norm
                found += [f"{label}.{name}.{term}" for step, label in _STEPS if weight >= step]
        return found


def _insert(db: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    marks = ", ".join("?" for _ in COLUMNS)
    meta = "INSERT INTO meta (rowid, passage_id, chapter_title, digest) VALUES (?, ?, ?, ?)"
    fts = f"INSERT INTO passages (rowid, {', '.join(COLUMNS)}) VALUES (?, {marks})"
    often = "INSERT INTO often (rowid, steps) VALUES (?, ?)"
    for row in rows:
        db.execute(meta, row[:4])
        db.execute(fts, (row[0], *row[4:-1]))
        if row[-1]:
            db.execute(often, (row[0], row[-1]))


def _vocabulary(db: sqlite3.Connection) -> Vocabulary:
    """The spellings' words and how many passages use each, from FTS5's own term table."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, passages, col)")
    rows = db.execute("SELECT term, doc FROM temp.terms WHERE col = 'spell'")
    return Vocabulary.from_terms(rows)


def _max_rowid(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])


def _value_term(value: str) -> str:
    """A filter's value as one term, whatever it holds."""
    return "v" + hashlib.sha256(value.encode("utf-8")).hexdigest()[:24]


def match_expression(query: Query) -> str | None:
    """The query tree as an FTS5 MATCH expression; None if it can match nothing."""
    if query is NullQuery:
        return None
    if isinstance(query, Term):
        field, text = query.fieldname, str(query.text)
        if field in FILTER_FIELDS:
            text = _value_term(text)
        return f'{field} : "{text.replace(chr(34), chr(34) * 2)}"'
    if isinstance(query, AndNot):
        kept = match_expression(query.a)
        dropped = match_expression(query.b)
        if kept is None or dropped is None:
            return kept
        return f"({kept} NOT {dropped})"
    if isinstance(query, And):
        parts = [match_expression(q) for q in query.subqueries]
        if not parts or any(p is None for p in parts):
            return None
        return "(" + " AND ".join(p for p in parts if p) + ")"
    if isinstance(query, Or):
        found = [p for p in (match_expression(q) for q in query.subqueries) if p is not None]
        if not found:
            return None
        return "(" + " OR ".join(found) + ")"
    raise TypeError(f"no MATCH form for {type(query).__name__}")


def _where(query: Query, restrict: Query | None) -> str | None:
    whole = query if restrict is None else And([query, restrict])
    return match_expression(whole)


def _count(db: sqlite3.Connection, query: Query, restrict: Query | None) -> int:
    expression = _where(query, restrict)
    if expression is None:
        return 0
    sql = "SELECT count(*) FROM passages WHERE passages MATCH ?" + _live(db)
    return int(db.execute(sql, (expression,)).fetchone()[0])


def _live(db: sqlite3.Connection) -> str:
    """The condition that leaves out passages an update replaced (none: nothing to add)."""
    if db.execute("SELECT 1 FROM dead LIMIT 1").fetchone() is None:
        return ""
    return " AND passages.rowid NOT IN (SELECT rowid FROM dead)"


def _ranked(
    db: sqlite3.Connection,
    query: Query,
    restrict: Query | None,
    limit: int,
    among_candidates: bool = False,
) -> list[tuple[str, str, float]]:
    """The best hits (passage id, chapter title, score), by bm25; only those in
    temp.candidates if asked."""
    expression = _where(query, restrict)
    if expression is None:
        return []
    # CROSS JOIN keeps the answer's scan outside and looks each passage up among the few
    # candidates: the other way round, FTS5 would run the whole query once per candidate.
    among = (
        " CROSS JOIN temp.candidates AS c ON c.rowid = passages.rowid" if among_candidates else ""
    )
    # Ranked first, joined after: only the best few are looked up in meta.
    sql = (
        "SELECT meta.passage_id, meta.chapter_title, -best.score FROM"
        f" (SELECT passages.rowid AS rowid, bm25(passages) AS score FROM passages{among}"
        f" WHERE passages MATCH ?{_live(db)} ORDER BY score LIMIT ?) AS best"
        " JOIN meta ON meta.rowid = best.rowid ORDER BY best.score"
    )
    return [(p, t, float(s)) for p, t, s in db.execute(sql, (expression, limit)).fetchall()]


def _ranked_often(
    db: sqlite3.Connection, query: Query, restrict: Query | None, limit: int
) -> list[tuple[str, str, float]]:
    """The best hits of a huge answer, among the passages at the highest OFTEN step that holds
    OFTEN_ENOUGH of them (bm25 ranks those alone); all of them if no step does, or if too few
    of that step's passages are in the answer (its other words, its filters)."""
    words = sorted(_positive_terms(query))
    enough = max(OFTEN_ENOUGH, limit)

    def at(step: float) -> str:
        return " OR ".join(f'steps : "{_often_term(step, f, t)}"' for f, t in words)

    def held(step: float) -> int:
        sql = "SELECT count(*) FROM often WHERE often MATCH ?"
        return int(db.execute(sql, (at(step),)).fetchone()[0])

    if not words or held(OFTEN[0]) < enough:
        return _ranked(db, query, restrict, limit)
    # Each step's passages are among the step below's: halve the steps between the highest
    # known to hold enough and the lowest known not to.
    enough_at, short = 0, len(OFTEN)
    while short - enough_at > 1:
        middle = (enough_at + short) // 2
        if held(OFTEN[middle]) >= enough:
            enough_at = middle
        else:
            short = middle
    db.execute("CREATE TEMP TABLE IF NOT EXISTS candidates (rowid INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.candidates")
    db.execute(
        "INSERT INTO temp.candidates SELECT rowid FROM often WHERE often MATCH ?",
        (at(OFTEN[enough_at]),),
    )
    found = _ranked(db, query, restrict, limit, among_candidates=True)
    return found if len(found) == limit else _ranked(db, query, restrict, limit)


def _often_term(step: float, field: str, term: str) -> str:
    return f"{step:g}.{field}.{term}"


_STEPS = tuple((step, f"{step:g}") for step in OFTEN)


def _closest_first(
    db: sqlite3.Connection,
    query: Query,
    restrict: Query | None,
    limit: int,
    total: int,
) -> list[tuple[str, str, float]]:
    """A close-spelling query's hits: those of its one-slip words (boosted) first, then the
    rest (FTS5 has no boost per term)."""

    def ranked(
        db: sqlite3.Connection, query: Query, restrict: Query | None, limit: int
    ) -> list[tuple[str, str, float]]:
        if total > RANK_ALL:
            return _ranked_often(db, query, restrict, limit)
        return _ranked(db, query, restrict, limit)

    leaves = [leaf for leaf in query.leaves() if isinstance(leaf, Term)]
    strong = [leaf for leaf in leaves if leaf.boost > FUZZY_BOOST]
    if not strong or len(strong) == len(leaves):
        return ranked(db, query, restrict, limit)
    first = ranked(db, And([query, Or(strong)]), restrict, limit)
    if len(first) == limit:
        return first
    seen = {p for p, _, _ in first}
    rest = ranked(db, query, restrict, limit + len(first))
    return first + [hit for hit in rest if hit[0] not in seen][: limit - len(first)]


def _existing(
    db: sqlite3.Connection, terms: frozenset[tuple[str, str]]
) -> frozenset[tuple[str, str]]:
    """The terms that some passage holds, in that field."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING fts5vocab(main, passages, col)")
    found = set()
    for text in {t for _, t in terms}:
        fields = {c for (c,) in db.execute("SELECT col FROM temp.terms WHERE term = ?", (text,))}
        found |= {(f, t) for f, t in terms if t == text and f in fields}
    return frozenset(found)


def _positive_terms(query: Query) -> frozenset[tuple[str, str]]:
    """The terms a query stands for, excluded words left out (highlighting marks these)."""
    positive = query.a if isinstance(query, AndNot) else query
    return frozenset(
        (leaf.fieldname, str(leaf.text)) for leaf in positive.leaves() if isinstance(leaf, Term)
    )
