"""A public key's fingerprint as English words a person can read out over the phone.

The words come from the BIP-39 English word list (2048 words, 11 bits each): short, common words
chosen so that no two share their first four letters, which makes them easy to say and to hear.
``resources/wordlist-bip39-english.txt`` is ``mnemonic/wordlist/english.txt`` from the ``mnemonic``
0.21 package on PyPI (python-mnemonic by Trezor / Pavol Rusnak, MIT licence), byte for byte.
"""

from __future__ import annotations

import hashlib
from functools import cache

from coact_desktop.core.errors import KnownError
from coact_desktop.core.exchange.formats.minisign import SIG_ALG, PublicKey
from coact_desktop.core.storage.paths import RESOURCES

WORDLIST = RESOURCES / "wordlist-bip39-english.txt"
# A damaged list would show every group a wrong fingerprint, so the file is checked, not trusted.
WORDLIST_SHA256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
BITS_PER_WORD = 11
MAX_WORDS = 256 // BITS_PER_WORD  # 23 words use 253 of SHA-256's 256 bits


@cache
def wordlist() -> tuple[str, ...]:
    """The 2048 BIP-39 English words, in their official order."""
    try:
        raw = WORDLIST.read_bytes()
    except OSError as exc:
        raise KnownError(
            f"The word list {WORDLIST} cannot be read ({exc.strerror}); reinstall Coact Desktop.",
            path=str(WORDLIST),
        ) from exc
    if hashlib.sha256(raw).hexdigest() != WORDLIST_SHA256:
        raise KnownError(
            f"The word list {WORDLIST} is damaged; reinstall Coact Desktop.", path=str(WORDLIST)
        )
    return tuple(raw.decode("ascii").split())


def fingerprint_words(public_key: PublicKey, count: int = 8) -> tuple[str, ...]:
    """count words from SHA-256 of the public key, 11 bits each from the first bit on."""
    if not 1 <= count <= MAX_WORDS:
        raise ValueError(f"a fingerprint has 1 to {MAX_WORDS} words, not {count}")
    digest = hashlib.sha256(SIG_ALG + public_key.key_id + public_key.key).digest()
    bits = int.from_bytes(digest, "big")
    words = wordlist()
    return tuple(words[(bits >> (256 - BITS_PER_WORD * (i + 1))) & 0x7FF] for i in range(count))


def fingerprint_text(public_key: PublicKey, count: int = 8) -> str:
    """The fingerprint words in pairs, e.g. "abandon ability · able about · …"."""
    words = fingerprint_words(public_key, count)
    pairs = (" ".join(words[i : i + 2]) for i in range(0, len(words), 2))
    return " · ".join(pairs)
