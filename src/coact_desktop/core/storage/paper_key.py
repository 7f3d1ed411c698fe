"""The data key written for paper: groups of letters and digits a person copies by hand.

With it a forgotten passphrase is no longer the end of the drafts: the paper opens them and sets
a new passphrase. Crockford's base32 (no I, L, O or U) reads the same in any script's keyboard,
and its look-alikes are forgiven when typed back; a checksum catches a mistyped group before
anything is tried.
"""

from __future__ import annotations

import hashlib
import unicodedata

from coact_desktop.core.errors import PassphraseError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 32
CHECK_BYTES = 3
GROUP = 4  # 35 bytes are 56 characters: 14 groups of four
# Typed back: case does not matter, nor spaces or dashes; letters that look alike are one.
_FORGIVEN = {"O": "0", "I": "1", "L": "1", "U": "V"}
_LOOK_ALIKES = str.maketrans(
    "АВСЕНІЈКМОРТХУЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",  # Cyrillic, then Greek capitals
    "ABCEHIJKMOPTXYSABEZHIKMNOPTYX",
)


def encode(key: bytes) -> str:
    """The key and its checksum in groups of four, e.g. ``7KQ2-M…``."""
    data = key + _check(key)
    number = int.from_bytes(data, "big")
    length = -(-len(data) * 8 // 5)
    letters = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(length)))
    return "-".join(letters[i : i + GROUP] for i in range(0, len(letters), GROUP))


def decode(text: str) -> bytes:
    """The key written on paper; PassphraseError saying what is wrong with what was typed."""
    # Typed on another keyboard: full-width forms, any dash or space, Cyrillic or Greek
    # letters that look like the Latin ones on the paper.
    typed = unicodedata.normalize("NFKC", text).upper().translate(_LOOK_ALIKES)
    letters = "".join(c for c in typed if unicodedata.category(c)[0] not in "ZPC")
    letters = "".join(_FORGIVEN.get(c, c) for c in letters)
    length = -(-(KEY_BYTES + CHECK_BYTES) * 8 // 5)
    if len(letters) != length or any(c not in ALPHABET for c in letters):
        raise PassphraseError(
            f"A paper key has {length} letters and digits; this has {len(letters)}, or holds "
            "other characters.",
            reason="paper_shape",
        )
    number = 0
    for c in letters:
        number = number * 32 + ALPHABET.index(c)
    data = number.to_bytes(KEY_BYTES + CHECK_BYTES, "big")  # 56 × 5 bits: exactly 35 bytes
    key, check = data[:KEY_BYTES], data[KEY_BYTES:]
    if _check(key) != check:
        raise PassphraseError(
            "This paper key has a mistake in it: compare each group with the paper.",
            reason="paper_mistyped",
        )
    return key


def _check(key: bytes) -> bytes:
    return hashlib.sha256(b"coact paper key\x00" + key).digest()[:CHECK_BYTES]
