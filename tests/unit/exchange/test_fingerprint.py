"""Fingerprint words: the official BIP-39 list, 11 bits a word from SHA-256 of the public key."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from coact_desktop.core.errors import KnownError
from coact_desktop.core.exchange import fingerprint
from coact_desktop.core.exchange.fingerprint import fingerprint_text, fingerprint_words, wordlist
from coact_desktop.core.exchange.formats.minisign import PublicKey, SecretKey

FIXED = PublicKey(key_id=bytes(range(8)), key=bytes(range(32, 64)))


def test_the_word_list_is_the_official_bip39_english_list() -> None:
    raw = fingerprint.WORDLIST.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == (
        "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
    )
    words = wordlist()
    assert len(words) == 2048
    assert len(set(words)) == 2048
    assert words[0] == "abandon"
    assert words[-1] == "zoo"
    assert list(words) == sorted(words)
    assert raw.decode("ascii") == "".join(f"{word}\n" for word in words)  # no header, one a line


def test_words_are_11_bit_slices_of_the_sha256() -> None:
    digest = hashlib.sha256(b"Ed" + FIXED.key_id + FIXED.key).digest()
    bit_string = "".join(f"{byte:08b}" for byte in digest)
    expected = tuple(wordlist()[int(bit_string[i * 11 : i * 11 + 11], 2)] for i in range(23))
    assert fingerprint_words(FIXED, 23) == expected
    assert fingerprint_words(FIXED) == expected[:8]


def test_a_fixed_key_keeps_its_words() -> None:
    # Pinned: a change here would make every group's fingerprint differ from what it read out.
    assert fingerprint_words(FIXED) == (
        "rabbit",
        "electric",
        "obtain",
        "demand",
        "spirit",
        "cliff",
        "shine",
        "gate",
    )
    assert fingerprint_text(FIXED) == "rabbit electric · obtain demand · spirit cliff · shine gate"


def test_the_key_id_and_the_key_both_count() -> None:
    other_id = PublicKey(key_id=bytes(8), key=FIXED.key)
    other_key = PublicKey(key_id=FIXED.key_id, key=bytes(32))
    assert fingerprint_words(other_id) != fingerprint_words(FIXED)
    assert fingerprint_words(other_key) != fingerprint_words(FIXED)
    fresh = SecretKey.generate().public_key()
    assert fingerprint_words(fresh) == fingerprint_words(PublicKey.from_text(fresh.to_text()))


def test_an_odd_count_ends_with_a_single_word() -> None:
    assert fingerprint_text(FIXED, 3) == "rabbit electric · obtain"
    assert fingerprint_text(FIXED, 1) == "rabbit"


@pytest.mark.parametrize("count", [0, -1, 24])
def test_counts_beyond_the_hash_are_refused(count: int) -> None:
    with pytest.raises(ValueError, match="1 to 23 words"):
        fingerprint_words(FIXED, count)


@pytest.fixture
def damaged_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "wordlist.txt"
    monkeypatch.setattr(fingerprint, "WORDLIST", path)
    wordlist.cache_clear()
    yield path
    wordlist.cache_clear()


def test_a_damaged_word_list_is_refused(damaged_list: Path) -> None:
    with pytest.raises(KnownError, match="cannot be read"):
        fingerprint_words(FIXED)
    original = (fingerprint.RESOURCES / "wordlist-bip39-english.txt").read_text()
    damaged_list.write_text(original.replace("rabbit", "rabbi"))
    with pytest.raises(KnownError, match="damaged"):
        fingerprint_words(FIXED)
