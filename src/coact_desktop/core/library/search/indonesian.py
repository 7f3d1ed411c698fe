"""A small rule-based Indonesian stemmer, after Tala's (2003) affix-stripping rules.

It removes a particle (-kah, -lah, -pun), a possessive (-ku, -mu, -nya), a prefix of the first
(meng-, di-, ter-, …) and of the second order (ber-, per-, …) and one suffix (-kan, -an, -i),
never leaving fewer than two syllables. It conflates word forms; it need not find the true root,
because passages and queries are stemmed alike.
"""

from __future__ import annotations

VOWELS = frozenset("aeiou")
MIN_SYLLABLES = 2
PARTICLES = ("kah", "lah", "pun")
POSSESSIVES = ("nya", "ku", "mu")
FIRST_ORDER = ("meng", "meny", "men", "mem", "me", "peng", "peny", "pen", "pem", "di", "ter", "ke")
SECOND_ORDER = ("ber", "bel", "be", "per", "pel", "pe")
SUFFIXES = ("kan", "an", "i")


def _syllables(word: str) -> int:
    return sum(char in VOWELS for char in word)


def _without_ending(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and _syllables(word[: -len(ending)]) >= MIN_SYLLABLES:
            return word[: -len(ending)]
    return word


def _without_prefix(word: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and _syllables(rest) >= MIN_SYLLABLES:
            # "menyapu", "penyapu": the prefix swallowed the root's s ("sapu").
            if prefix in ("meny", "peny") and rest[:1] in VOWELS:
                return "s" + rest
            return rest
    return word


def stem(word: str) -> str:
    """The word's stem: "mendukung", "didukung", "dukungan" and "dukungannya" give "dukung"."""
    word = word.lower()
    if _syllables(word) <= MIN_SYLLABLES:
        return word
    word = _without_ending(_without_ending(word, PARTICLES), POSSESSIVES)
    first = _without_prefix(word, FIRST_ORDER)
    if first != word:
        return _without_prefix(_without_ending(first, SUFFIXES), SECOND_ORDER)
    return _without_ending(_without_prefix(word, SECOND_ORDER), SUFFIXES)
