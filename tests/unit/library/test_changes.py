"""The word diff of a changed chapter: it gives back both texts exactly, and marks the change."""

from __future__ import annotations

import itertools
import random

from hypothesis import given
from hypothesis import strategies as st

from coact_desktop.core.library.changes import word_diff
from coact_desktop.core.library.edition import load_edition

TEXTS = st.lists(
    st.sampled_from(["a", "b", "word", " ", "\n\n", "Привет", "ქართ", ".", "  "]), max_size=40
).map("".join)


def _side(runs: list[tuple[str, str]], side: str) -> str:
    return "".join(text for kind, text in runs if kind in ("same", side))


@given(TEXTS, TEXTS)
def test_the_diff_gives_back_both_texts(before: str, after: str) -> None:
    runs = word_diff(before, after)
    assert _side(runs, "removed") == before
    assert _side(runs, "added") == after
    assert all(text for _kind, text in runs)
    assert all(a[0] != b[0] for a, b in itertools.pairwise(runs))  # runs joined


def test_a_long_chapter_with_scattered_changes_marks_exactly_the_changed_words() -> None:
    # Coact's whole text as one "chapter", with words replaced (a TEST change, never shown).
    # Paragraphs are matched first (a word diff of the whole took 1.5 s here, this 40 ms).
    text = "\n\n".join(p.text for c in load_edition().chapters for p in c.passages)
    words = text.split(" ")
    rng = random.Random(1)
    for _ in range(200):
        words[rng.randrange(len(words))] = "TESTCHANGE"
    runs = word_diff(text, " ".join(words))
    assert _side(runs, "added") == " ".join(words)
    assert _side(runs, "removed") == text
    added = {word for kind, t in runs if kind == "added" for word in t.split()}
    assert added == {"TESTCHANGE"}
