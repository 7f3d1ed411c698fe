"""A draft's length in words (and letters, for Thai), for the window and the command line alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def size_text(words: int, characters: int = 0) -> str:
    """ "34 words", "1200 characters" (Thai), or both for a text in both kinds of script."""
    parts = []
    # A Thai text with a year in it is not "1 word": words are said only where spaced text is
    # a real part of it (a few letters of Thai make one word).
    if not characters or words * 4 >= characters:
        #: The length of a draft, shown under its text and in the revision list.
        parts.append(translate("TextSize", "%n words", "", words))
    if characters:
        #: The length of a text in Thai, Lao, Khmer, Myanmar, Chinese or Japanese, which do not
        #: put spaces between words: its letters are counted instead.
        parts.append(translate("TextSize", "%n characters", "", characters))
    return " · ".join(parts)
