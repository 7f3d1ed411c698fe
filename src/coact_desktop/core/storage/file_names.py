"""File names made from what people typed (a group's name, a caption): safe on every system.

Windows is the strictest: no ``<>:"/\\|?*`` or control characters, no name ending in a dot or a
space, and no device name (CON, PRN, AUX, NUL, COM1–9, LPT1–9), even with an extension.
"""

from __future__ import annotations

import re
import unicodedata

DEVICE = re.compile(r"(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9¹²³])", re.IGNORECASE)


def safe_stem(text: str, fallback: str, limit: int = 60) -> str:
    """A file name stem from text: letters of any script and digits, words joined by ``-``."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # Letters, digits and the marks written on them: Thai vowels and tones, Devanagari signs,
    # Arabic vowel marks are part of a word (``\w`` alone would cut "กลุ่ม" into pieces).
    kept = "".join(c if c == "_" or unicodedata.category(c)[0] in "LNM" else "-" for c in text)
    stem = re.sub(r"-+", "-", kept).strip("-_")
    if len(stem) > limit:  # cut between letters, never between a letter and its marks
        end = limit
        while end > 0 and unicodedata.category(stem[end])[0] == "M":
            end -= 1
        stem = stem[:end]
    stem = stem.strip("-_")
    if not stem:
        return fallback
    if DEVICE.fullmatch(stem):
        return f"{stem}-{fallback}"  # "con" would open the console on Windows, not a file
    return stem
