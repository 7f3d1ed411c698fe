"""A query as a person typed it, read into a tree of terms that any of our engines can run.

The tree is made of Whoosh's query classes (Term, And, Or, AndNot), used as plain data: the
Whoosh engine runs it as it is, the FTS5 engine writes it as a MATCH expression. Fields and terms
are those of languages.py (the same for every engine), so highlighting is shared too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from whoosh.query import And, AndNot, NullQuery, Or, Query, Term

from coact_desktop.core.dto import SearchFilters
from coact_desktop.core.library.search.languages import (
    ENGLISH_STEM,
    ENGLISH_STEM_ALL,
    SPELL,
    THAI,
    content_analyzer,
    content_field,
    field_analyzer,
    pairs_analyzer,
    pairs_field,
    thai_query_terms,
)
from coact_desktop.core.library.search.vocabulary import Vocabulary, edit_distance
from coact_desktop.core.library.spans import merge_spans

PREFIX_MIN = 3
PREFIX_CAP = 48  # a short prefix can expand to hundreds of words; keep the most used
OPERATORS = {"AND", "OR", "NOT"}
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
_EXCLUDES = re.compile(r"(?<!\S)NOT\s")
_JOINED = re.compile(r"\w+(?:[-'’]\w+)+")
_PLAIN = SPELL


def excludes(text: str) -> bool:
    """Whether the query excludes something (NOT before a word)."""
    return _EXCLUDES.search(text) is not None


def parse(
    text: str,
    vocabulary: Vocabulary,
    keys: tuple[str, ...] = ("en",),
    spellings: Mapping[str, tuple[str, ...]] | None = None,
    cap: int = PREFIX_CAP,
) -> Query | None:
    """Words are ANDed; "quoted phrases", OR between two parts and NOT before one are honoured.

    The last word, while it is being typed (no space after it yet), also matches as the start
    of a longer word: one of the cap most used words that start with it.
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
            part = _word_query(word, vocabulary, keys, last and typing and operator != "NOT", cap)
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
    word: str, vocabulary: Vocabulary, keys: tuple[str, ...], prefix: bool, cap: int = PREFIX_CAP
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
        completions = vocabulary.completions(parts[0], cap)
        return any_of([*stems, *(Term("spell", w) for w in completions)])
    return any_of(stems) if stems else None


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


def fuzzy_query(text: str, vocabulary: Vocabulary, keys: tuple[str, ...]) -> Query | None:
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
        parts.append(any_of([Term(f, t, boost=b) for (f, t), b in terms.items()]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def any_of(terms: list[Query]) -> Query:
    """An OR of many terms that preloads their postings: far faster than a tree of unions."""
    if not terms:
        return NullQuery
    if len(terms) == 1:
        return terms[0]
    query = Or(terms)
    query.matcher_type = Or.ARRAY_MATCHER
    return query


def suggestion(text: str, vocabulary: Vocabulary) -> str | None:
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


def filter_query(filters: SearchFilters) -> Query | None:
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


def word_key(word: str) -> str:
    """Two words are the same query word when they share a stem ("network", "Networks")."""
    stems = [t.text for t in ENGLISH_STEM_ALL(word)]
    return stems[0] if stems else word.casefold()


def highlight(text: str, matched: frozenset[tuple[str, str]]) -> list[tuple[int, int]]:
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
