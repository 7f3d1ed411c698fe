"""The index's own words in memory: completions, close spellings and suggestions in milliseconds.

Whoosh finds close spellings by seeking through its on-disk term table, hundreds of reads a word;
a sorted list in memory, walked with the same automaton, answers in a few milliseconds.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whoosh.automata.fsa import DFA
from whoosh.automata.lev import levenshtein_automaton

FILE = "vocabulary.tsv"
_LAST = "\U0010ffff"  # sorts after every letter: prefix + _LAST ends a prefix's range
_NEAR_CACHE = 256  # misspelt words remembered


class Vocabulary:
    """Sorted words with the number of passages that use each."""

    def __init__(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._words = sorted(counts)
        # A misspelt word is looked up twice per search (close spellings, "did you mean"), and
        # again as the next letter is typed: its automaton is most of the cost.
        self._near: dict[tuple[str, int], list[str]] = {}

    @classmethod
    def from_terms(cls, terms: Iterable[tuple[str, int]]) -> Vocabulary:
        """From (word, passage count) pairs, e.g. a Whoosh field's lexicon."""
        return cls(dict(terms))

    def save(self, folder: Path) -> None:
        """Write as plain text beside the index (never a pickle)."""
        lines = (f"{word}\t{self._counts[word]}\n" for word in self._words)
        # Whole or not at all: a search opening the index meanwhile reads the old file or this.
        partial = folder / f"{FILE}.partial"
        partial.write_text("".join(lines), "utf-8")
        os.replace(partial, folder / FILE)

    @classmethod
    def load(cls, folder: Path) -> Vocabulary:
        """Read what save() wrote."""
        counts: dict[str, int] = {}
        for line in (folder / FILE).read_text("utf-8").splitlines():
            word, _, count = line.partition("\t")
            counts[word] = int(count)
        return cls(counts)

    def forget_close_spellings(self) -> None:
        """Drop the remembered close spellings (a benchmark times each query afresh)."""
        self._near.clear()

    def __len__(self) -> int:
        return len(self._words)

    def count(self, word: str) -> int:
        """How many passages use the word (0 if none)."""
        return self._counts.get(word, 0)

    def completions(self, prefix: str, cap: int) -> list[str]:
        """The cap most used words that start with prefix (the prefix itself included)."""
        start = bisect.bisect_left(self._words, prefix)
        end = bisect.bisect_left(self._words, prefix + _LAST)
        return self._most_used(self._words[start:end], cap)

    def near(self, word: str, maxdist: int, cap: int) -> list[str]:
        """The cap most used words within maxdist edits of word, sharing its first letter."""
        found = self._near.get((word, maxdist))
        if found is None:
            dfa = levenshtein_automaton(word, maxdist, prefix=1).to_dfa()
            found = self._accepted(dfa, word[:1])
            if len(self._near) >= _NEAR_CACHE:
                self._near.clear()
            self._near[(word, maxdist)] = found
        return self._most_used(found, cap)

    def suggest(self, word: str) -> str | None:
        """The closest used word (fewest edits, a swap of two letters counting as one; then the
        most used), or None: "needel" is "needle", not the commoner "needs"."""
        found = [w for w in self.near(word, 2, cap=200) if w != word]
        if not found:
            return None
        return min(found, key=lambda w: (edit_distance(word, w), -self._counts[w], w))

    def _accepted(self, dfa: DFA, first: str) -> list[str]:
        """The words starting with first that the automaton accepts, in order."""
        # Each word goes on from the automaton's states along the prefix it shares with the
        # word before it, and a prefix the automaton rejects skips every word under it: half
        # the steps of Whoosh's find_all_matches, which starts every word from the root.
        words = self._words
        index = bisect.bisect_left(words, first)
        end = bisect.bisect_left(words, first + _LAST)
        # The automaton's tables, read directly: a method call per letter was half the time.
        transitions, defaults, finals = dfa.transitions, dfa.defaults, dfa.final_states
        no_edges: dict[str, Any] = {}
        found: list[str] = []
        previous = ""
        states = [dfa.initial]  # states[k]: the state after previous[:k]
        while index < end:
            word = words[index]
            shared = 0
            most = min(len(word), len(previous))
            while shared < most and word[shared] == previous[shared]:
                shared += 1
            del states[shared + 1 :]
            state, rejected_at = states[shared], -1
            for at in range(shared, len(word)):
                state = transitions.get(state, no_edges).get(word[at], defaults.get(state))
                if state is None:
                    rejected_at = at
                    break
                states.append(state)
            if rejected_at < 0:
                if state in finals:
                    found.append(word)
                previous = word
                index += 1
            else:
                previous = word[:rejected_at]
                index = bisect.bisect_left(words, word[: rejected_at + 1] + _LAST, index + 1, end)
        return found

    def _most_used(self, words: list[str], cap: int) -> list[str]:
        return sorted(words, key=lambda w: (-self._counts[w], w))[:cap]


def edit_distance(one: str, other: str) -> int:
    """Edits from one word to the other: insert, delete, replace, or swap two neighbours."""
    # The "optimal string alignment" distance: Levenshtein's, with a transposition as one edit,
    # the commonest slip in typing ("activsim", "needel").
    previous2: list[int] = []
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i]
        for j, b in enumerate(other, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]
