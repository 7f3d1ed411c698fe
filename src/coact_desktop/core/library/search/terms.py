"""A passage's index terms for every field in one pass: what the fields' analyzers give, faster.

Whoosh's analyzers pass a token object through a chain of generators, three times per passage
(content, pairs, spell); that was a third of an index build. Here each passage is split into
words once, each distinct word is stemmed once per build (a cache), and the three fields are
lists made from the same words. A test holds these lists equal to the analyzers' output in every
language, so a query analysed with the analyzers finds what was indexed here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from whoosh.analysis import STOP_WORDS
from whoosh.lang import stemmer_for_language
from whoosh.lang.porter import stem as porter_stem

from coact_desktop.core.library.search.indonesian import stem as indonesian_stem
from coact_desktop.core.library.search.languages import (
    APOSTROPHES,
    SNOWBALL,
    THAI,
    content_field,
    pairs_field,
    thai_pieces,
)

# The pattern of Whoosh's default tokenizer (English, and "spell" in every language).
_DEFAULT = re.compile(r"[\w\*]+(?:\.?[\w\*]+)*")
_WORDS = re.compile(r"\w+")
_UKRAINIAN = re.compile(rf"\w+(?:[{APOSTROPHES}]\w+)*")
_THAI_OR_WORD = re.compile(r"[\u0e00-\u0e7f]+|\w+")
_STOP_MIN = 2  # StemmingAnalyzer drops one-letter words with its stop words
_CACHE_MAX = 500_000  # distinct words kept stemmed; a long tail of names stays bounded


def _stemmer(key: str) -> Callable[[str], str] | None:
    if key == "en":
        return porter_stem  # type: ignore[no-any-return]  # Whoosh has no type hints
    if key in SNOWBALL:
        return stemmer_for_language(key)  # type: ignore[no-any-return]
    if key == "id":
        return indonesian_stem
    return None


class PassageTerms:
    """Splits passages into their fields' terms, remembering each word's stem across passages."""

    def __init__(self) -> None:
        self._stems: dict[str, dict[str, str]] = {}

    def fields(self, key: str, text: str) -> dict[str, list[str]]:
        """The terms of each analysed field for a passage in analysis key ``key``, in order."""
        spell = [w for w in (m.group().lower() for m in _DEFAULT.finditer(text))]
        terms: dict[str, list[str]] = {"spell": [w for w in spell if not THAI.search(w)]}
        if key == "th":
            terms[content_field(key)] = _thai(text)
            return terms
        if key == "en":
            words = spell
        elif key == "uk":
            words = [_apostrophes(m.group().lower()) for m in _UKRAINIAN.finditer(text)]
        elif key == "ru":
            words = [m.group().lower().replace("ё", "е") for m in _WORDS.finditer(text)]
        else:
            words = [m.group().lower() for m in _WORDS.finditer(text)]
        stems = self._stemmed(key, words)
        if key == "en":
            terms[content_field(key)] = [
                s
                for w, s in zip(words, stems, strict=True)
                if len(w) >= _STOP_MIN and w not in STOP_WORDS
            ]
        else:
            terms[content_field(key)] = stems
        pairs = pairs_field(key)
        if pairs is not None and stems:
            # As BiWordFilter: adjacent stems joined by "-"; a passage of one word gives that word.
            terms[pairs] = [f"{a}-{b}" for a, b in itertools.pairwise(stems)] or stems
        return terms

    def _stemmed(self, key: str, words: list[str]) -> list[str]:
        stem = _stemmer(key)
        if stem is None:
            return words
        cache = self._stems.setdefault(key, {})
        if len(cache) > _CACHE_MAX:
            cache.clear()
        out = []
        for word in words:
            found = cache.get(word)
            if found is None:
                found = cache[word] = stem(word)
            out.append(found)
        return out


def _apostrophes(word: str) -> str:
    return word.replace("’", "'").replace("ʼ", "'")


def _thai(text: str) -> list[str]:
    """As ThaiTokenizer: Thai runs as their pieces of letters, other words whole."""
    out: list[str] = []
    for match in _THAI_OR_WORD.finditer(text):
        word = match.group()
        if THAI.fullmatch(word):
            out += [word[start:end].lower() for start, end in thai_pieces(word)]
        else:
            out.append(word.lower())
    return out
