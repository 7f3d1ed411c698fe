"""The in-memory vocabulary behind completions, close spellings and suggestions."""

from __future__ import annotations

import bisect
import random
from pathlib import Path

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton

from coact_desktop.core.library.search.vocabulary import Vocabulary

WORDS = {"methadone": 4, "method": 9, "methods": 2, "mother": 1, "growing": 5, "going": 7}


def test_completions_are_the_most_used_words_with_the_prefix() -> None:
    vocabulary = Vocabulary(WORDS)
    assert vocabulary.completions("meth", 10) == ["method", "methadone", "methods"]
    assert vocabulary.completions("meth", 1) == ["method"]
    assert vocabulary.completions("xyz", 10) == []


def test_near_finds_words_within_the_edit_distance_keeping_the_first_letter() -> None:
    vocabulary = Vocabulary(WORDS)
    assert vocabulary.near("metadone", 1, 10) == ["methadone"]
    assert set(vocabulary.near("gorwing", 2, 10)) == {"growing", "going"}
    assert vocabulary.near("ethadone", 2, 10) == []  # a wrong first letter is not searched


def test_suggest_prefers_fewer_edits_then_more_use() -> None:
    vocabulary = Vocabulary(WORDS)
    assert vocabulary.suggest("methodd") == "method"
    assert vocabulary.suggest("gowing") == "going"
    assert vocabulary.suggest("qqqq") is None


def test_save_and_load_round_trip_as_plain_text(tmp_path: Path) -> None:
    Vocabulary(WORDS).save(tmp_path)
    text = (tmp_path / "vocabulary.tsv").read_text("utf-8")
    assert text.splitlines()[0] == "going\t7"
    loaded = Vocabulary.load(tmp_path)
    assert len(loaded) == len(WORDS)
    assert all(loaded.count(w) == n for w, n in WORDS.items())
    assert loaded.count("absent") == 0


def test_near_finds_what_whoosh_s_own_walk_of_the_automaton_finds() -> None:
    # Our walk skips what a rejected prefix holds; Whoosh's find_all_matches is the reference.
    rng = random.Random(14)
    letters = "abcdeilnorstu"
    words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(4000)}
    vocabulary = Vocabulary(dict.fromkeys(words, 1))
    ordered = sorted(words)

    def first_at_or_after(key: str) -> str | None:
        index = bisect.bisect_left(ordered, key)
        return ordered[index] if index < len(ordered) else None

    for _ in range(60):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(2, 9)))
        for maxdist in (1, 2):
            dfa = levenshtein_automaton(word, maxdist, prefix=1).to_dfa()
            expected = list(find_all_matches(dfa, first_at_or_after, first=word[:1]))
            assert vocabulary.near(word, maxdist, cap=10**6) == sorted(expected), word
