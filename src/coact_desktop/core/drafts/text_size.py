"""How long a draft is: words where a script spaces them, letters where it does not (Thai)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from coact_desktop.core.drafts.model import Draft

# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Japanese kana, Chinese.
# Telling their words apart takes a dictionary; counting "words" between spaces would count
# whole phrases, so their letters are counted instead.
UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
)


@dataclass(frozen=True)
class TextSize:
    """The narrative's length: words of spaced scripts, letters of unspaced ones."""

    words: int
    characters: int = 0


def text_size(draft: Draft) -> TextSize:
    """How long the draft's sections are."""
    return measure(" ".join(s.body for s in draft.sections))


def measure(text: str) -> TextSize:
    """How long a text is."""
    letters = sum(1 for c in UNSPACED.findall(text) if unicodedata.category(c)[0] == "L")
    return TextSize(len(UNSPACED.sub(" ", text).split()), letters)


def shrank(before: TextSize, after: TextSize, share: float) -> bool:
    """Whether more than share of a long enough text went, in words or in letters."""
    return (before.words >= 20 and after.words < before.words * (1 - share)) or (
        before.characters >= 80 and after.characters < before.characters * (1 - share)
    )
