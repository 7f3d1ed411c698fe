"""How search reads each language: its stems, its adjacent word pairs, Thai in pieces of letters.

Every passage is analysed by its own language's analyzer into that language's fields
(``content_ru``, ``pairs_ru``); English keeps the plain names (``content``, ``pairs``). A query is
analysed once for each language the index holds, and any of them may match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import (
    BiWordFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StandardAnalyzer,
    StemFilter,
    StemmingAnalyzer,
    Token,
    Tokenizer,
)
from whoosh.lang import stemmer_for_language

from coact_desktop.core.library.search.indonesian import stem as indonesian_stem

# Snowball stemmers Whoosh carries for the languages our readers write in.
SNOWBALL = ("ru", "fr", "es", "pt")
# Languages read with a tokenizer alone: Ukrainian (no stemmer; apostrophes kept inside words),
# Georgian, Kyrgyz, Kazakh, Vietnamese, Swahili, Persian and any other.
APOSTROPHES = "'’ʼ"
THAI = re.compile(r"[\u0e00-\u0e7f]+")
KEYS = ("en", *SNOWBALL, "id", "uk", "th", "plain")


def analysis_key(language: str) -> str:
    """Which analysis a passage in this language (an ISO 639-1 code, maybe "ru-RU") gets."""
    code = language.split("-")[0].split("_")[0].lower()
    return code if code in KEYS else "plain"


def content_field(key: str) -> str:
    """The field holding a language's stems (or words)."""
    return "content" if key == "en" else f"content_{key}"


def pairs_field(key: str) -> str | None:
    """The field holding a language's adjacent pairs; Thai has none (its words are phrases)."""
    if key == "th":
        return None
    return "pairs" if key == "en" else f"pairs_{key}"


def key_of_field(field: str) -> str:
    """The analysis key a content or pairs field belongs to."""
    _, _, key = field.partition("_")
    return key or "en"


class _NormalisedApostrophes(Filter):  # type: ignore[misc]  # Whoosh has no type hints
    """Ukrainian "об’єднання", "обʼєднання" and "об'єднання" are one word."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            token.text = token.text.replace("’", "'").replace("ʼ", "'")
            yield token


class _RussianYo(Filter):  # type: ignore[misc]  # Whoosh has no type hints
    """ "ё" is written "е" as often as not; the stemmer expects one of them."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            token.text = token.text.replace("ё", "е")
            yield token


class _NoThai(Filter):  # type: ignore[misc]  # Whoosh has no type hints
    """Thai has no spaces: its "words" by letters are fragments, useless as spellings."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if not THAI.search(token.text):
                yield token


def _clusters(run: str) -> list[tuple[int, int]]:
    """Offsets of a Thai run's letters, each with the vowel and tone marks written on it."""
    spans: list[tuple[int, int]] = []
    for i, char in enumerate(run):
        if spans and unicodedata.category(char) == "Mn":
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


THAI_LONGEST = 6  # letters (with their marks): most Thai words are shorter


class ThaiTokenizer(Tokenizer):  # type: ignore[misc]  # Whoosh has no type hints
    """Thai runs as every piece of 2 to 6 letters (with their marks); other words as words.

    Thai is written without spaces between words. A dictionary segmenter would cost megabytes;
    indexing the pieces finds a word anywhere in a sentence with one term lookup (a longer word
    is every 6-letter piece of it), with no position checks.
    """

    _WORDS = re.compile(r"[\u0e00-\u0e7f]+|\w+")

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for match in self._WORDS.finditer(value):
            text, offset = match.group(), match.start()
            pieces = thai_pieces(text) if THAI.fullmatch(text) else [(0, len(text))]
            for start, end in pieces:
                token.text = text[start:end].lower()
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = token.text
                if positions:
                    token.pos = position
                position += 1
                if chars:
                    token.startchar = start_char + offset + start
                    token.endchar = start_char + offset + end
                yield token


def thai_pieces(run: str) -> list[tuple[int, int]]:
    """Offsets of every piece of 2 to THAI_LONGEST letters of a Thai run (the run if shorter)."""
    letters = _clusters(run)
    if len(letters) < 2:
        return [(0, len(run))]
    return [
        (letters[i][0], letters[j - 1][1])
        for i in range(len(letters) - 1)
        for j in range(i + 2, min(i + THAI_LONGEST, len(letters)) + 1)
    ]


def thai_query_terms(word: str) -> list[str]:
    """What a Thai word is looked up as: itself, or each 6-letter piece of a longer one."""
    terms = []
    for match in THAI.finditer(word):
        run = match.group()
        letters = _clusters(run)
        if len(letters) <= THAI_LONGEST:
            terms.append(run)
        else:
            terms += [
                run[letters[i][0] : letters[i + THAI_LONGEST - 1][1]]
                for i in range(len(letters) - THAI_LONGEST + 1)
            ]
    return terms


def _words(key: str) -> Any:
    """A language's words, lower-cased and normalised, not yet stemmed."""
    if key == "uk":
        pattern = rf"\w+(?:[{APOSTROPHES}]\w+)*"
        return RegexTokenizer(pattern) | LowercaseFilter() | _NormalisedApostrophes()
    if key == "ru":
        return RegexTokenizer(r"\w+") | LowercaseFilter() | _RussianYo()
    return RegexTokenizer(r"\w+") | LowercaseFilter()


def _stemmed(key: str) -> Any:
    """A language's words reduced to stems where a stemmer exists, else the words."""
    if key in SNOWBALL:
        return _words(key) | StemFilter(stemmer_for_language(key), cachesize=50_000)
    if key == "id":
        return _words(key) | StemFilter(indonesian_stem, cachesize=50_000)
    return _words(key)


# English as it always was: stop words dropped when indexing, Porter stems, and its own tokenizer
# ("U.S." one word), so English relevance is untouched by the other languages.
ENGLISH_STEM = StemmingAnalyzer()
ENGLISH_STEM_ALL = StemmingAnalyzer(stoplist=None)
ENGLISH_PAIRS = StemmingAnalyzer(stoplist=None) | BiWordFilter()
SPELL = StandardAnalyzer(stoplist=None) | _NoThai()

_CONTENT = {"en": ENGLISH_STEM, "th": ThaiTokenizer()} | {
    key: _stemmed(key) for key in KEYS if key not in ("en", "th")
}
_CONTENT_ALL = _CONTENT | {"en": ENGLISH_STEM_ALL}
_PAIRS = {"en": ENGLISH_PAIRS} | {
    key: _stemmed(key) | BiWordFilter() for key in KEYS if key not in ("en", "th")
}


def content_analyzer(key: str, stop_words: bool = True) -> Any:
    """The analyzer of a language's content field (English drops stop words unless told not)."""
    return (_CONTENT if stop_words else _CONTENT_ALL)[key]


def pairs_analyzer(key: str) -> Any:
    """The analyzer of a language's pairs field."""
    return _PAIRS[key]


def field_analyzer(field: str) -> Any:
    """The analyzer that wrote a field's terms, to find them again in a passage's text."""
    if field == "spell":
        return SPELL
    key = key_of_field(field)
    return pairs_analyzer(key) if field.startswith("pairs") else content_analyzer(key, False)
