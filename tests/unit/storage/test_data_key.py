"""The profile's data key: sealed under the passphrase, two slots always, destroyed in one step."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import unicodedata
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from coact_desktop.core.errors import PassphraseError
from coact_desktop.core.storage import data_key, passphrase_box
from coact_desktop.core.storage.data_key import DataKeyError, Opened

PASSPHRASE = "throwaway test passphrase"
DURESS = "throwaway duress passphrase"


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheap work factor for the tests that do not measure it (the format is the same)."""
    monkeypatch.setattr(data_key, "SCRYPT", (10, 8, 1))


def test_the_key_opens_only_with_its_passphrase(tmp_path: Path) -> None:
    made = data_key.create(tmp_path, PASSPHRASE)
    assert len(made.key) == 32
    assert data_key.has_key(tmp_path)
    opened = data_key.unlock(tmp_path, PASSPHRASE)
    assert opened == made
    assert opened.opened is Opened.REAL
    with pytest.raises(PassphraseError):
        data_key.unlock(tmp_path, "not the passphrase")
    assert data_key.key_file(tmp_path).stat().st_mode & 0o777 == 0o600


def test_the_file_never_holds_the_key_or_the_passphrase(tmp_path: Path) -> None:
    made = data_key.create(tmp_path, PASSPHRASE)
    raw = data_key.key_file(tmp_path).read_bytes()
    assert made.key not in raw
    assert made.key.hex().encode() not in raw
    assert PASSPHRASE.encode() not in raw


def test_a_duress_slot_cannot_be_told_from_none(tmp_path: Path) -> None:
    plain, duress = tmp_path / "plain", tmp_path / "duress"
    plain.mkdir()
    duress.mkdir()
    data_key.create(plain, PASSPHRASE)
    real = data_key.create(duress, PASSPHRASE, DURESS)

    def shape(folder: Path) -> list[list[tuple[str, int]]]:
        content = json.loads(data_key.key_file(folder).read_text())
        return [sorted((k, len(str(v))) for k, v in slot.items()) for slot in content["slots"]]

    assert shape(plain) == shape(duress)  # two slots of the same size either way
    assert data_key.key_file(plain).stat().st_size == data_key.key_file(duress).stat().st_size
    opened = data_key.unlock(duress, DURESS)
    assert opened.opened is Opened.DURESS
    assert opened.key != real.key  # it opens nothing private
    assert data_key.unlock(duress, PASSPHRASE) == real


def test_the_slots_come_in_either_order(tmp_path: Path) -> None:
    firsts: set[str] = set()
    for n in range(12):
        folder = tmp_path / str(n)
        folder.mkdir()
        data_key.create(folder, PASSPHRASE, DURESS)
        content = json.loads(data_key.key_file(folder).read_text())
        try:
            passphrase_box.unseal(content["slots"][0], PASSPHRASE, data_key.PURPOSE)
            firsts.add("real first")
        except PassphraseError:
            firsts.add("duress first")
    assert {"real first", "duress first"} <= firsts  # 12 tries: 1 in 2048 to see one order only


def test_changing_the_passphrase_keeps_the_same_key(tmp_path: Path) -> None:
    made = data_key.create(tmp_path, PASSPHRASE)
    data_key.change_passphrase(tmp_path, PASSPHRASE, "a new throwaway passphrase")
    assert data_key.unlock(tmp_path, "a new throwaway passphrase") == made
    assert data_key.unlock(tmp_path, "a new throwaway passphrase").key == made.key
    with pytest.raises(PassphraseError):
        data_key.unlock(tmp_path, PASSPHRASE)


def test_bad_passphrases_and_an_existing_key_change_nothing(tmp_path: Path) -> None:
    with pytest.raises(PassphraseError):
        data_key.create(tmp_path, "short")
    with pytest.raises(PassphraseError):  # a duress passphrase the same as the real one
        data_key.create(tmp_path, PASSPHRASE, PASSPHRASE)
    assert not data_key.has_key(tmp_path)
    data_key.create(tmp_path, PASSPHRASE)
    before = data_key.key_file(tmp_path).read_bytes()
    with pytest.raises(DataKeyError):
        data_key.create(tmp_path, PASSPHRASE)
    with pytest.raises(PassphraseError):
        data_key.change_passphrase(tmp_path, "wrong passphrase", "another one here")
    assert data_key.key_file(tmp_path).read_bytes() == before


def test_destroying_the_key_leaves_nothing_that_opens(tmp_path: Path) -> None:
    made = data_key.create(tmp_path, PASSPHRASE)
    assert data_key.destroy(tmp_path)
    assert not data_key.key_file(tmp_path).exists()
    assert not list(tmp_path.iterdir())  # no partial or copy left beside it
    with pytest.raises(DataKeyError):
        data_key.unlock(tmp_path, PASSPHRASE)
    assert not data_key.destroy(tmp_path)
    assert made.subkey("database") != made.subkey("files")


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[]", b'{"format": "other"}', b'{"format": "coact-data-key/1"}',
     b'{"format": "coact-data-key/1", "slots": [1, 2]}'],
)  # fmt: skip
def test_a_damaged_key_file_is_said_to_be_damaged(tmp_path: Path, content: bytes) -> None:
    data_key.key_file(tmp_path).write_bytes(content)
    with pytest.raises(DataKeyError, match="damaged"):
        data_key.unlock(tmp_path, PASSPHRASE)


def test_unlocking_always_tries_both_slots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_key.create(tmp_path, PASSPHRASE, DURESS)
    tried: list[str] = []
    unseal = passphrase_box.unseal

    def counted(box: object, passphrase: str, purpose: str) -> bytes:
        tried.append(passphrase)
        return unseal(box, passphrase, purpose)

    monkeypatch.setattr(passphrase_box, "unseal", counted)
    for passphrase in (PASSPHRASE, DURESS, "wrong passphrase"):
        tried.clear()
        with contextlib.suppress(PassphraseError):
            data_key.unlock(tmp_path, passphrase)
        assert len(tried) == 2, passphrase  # so the time does not say which slot opened


def test_the_duress_passphrase_is_set_and_removed_with_the_real_one(tmp_path: Path) -> None:
    made = data_key.create(tmp_path, PASSPHRASE)
    with pytest.raises(PassphraseError):
        data_key.unlock(tmp_path, DURESS)
    with pytest.raises(PassphraseError):  # only the real passphrase may set it
        data_key.set_duress(tmp_path, "wrong passphrase", DURESS)
    data_key.set_duress(tmp_path, PASSPHRASE, DURESS)
    assert data_key.unlock(tmp_path, DURESS).opened is Opened.DURESS
    # Nor can the duress passphrase: typed under duress it changes nothing, and says nothing.
    data_key.set_duress(tmp_path, DURESS, None)
    assert data_key.unlock(tmp_path, DURESS).opened is Opened.DURESS
    data_key.change_passphrase(tmp_path, PASSPHRASE, "a new throwaway passphrase")
    assert data_key.unlock(tmp_path, DURESS).opened is Opened.DURESS  # kept by the change
    data_key.set_duress(tmp_path, "a new throwaway passphrase", None)
    with pytest.raises(PassphraseError):
        data_key.unlock(tmp_path, DURESS)
    assert data_key.unlock(tmp_path, "a new throwaway passphrase") == made


def test_a_passphrase_opens_however_its_letters_were_composed(tmp_path: Path) -> None:
    composed = "Nhóm của chúng tôi ệ"  # TEST TEXT, as one keyboard sends it (NFC)
    decomposed = unicodedata.normalize("NFD", composed)  # as another sends it
    assert composed != decomposed
    made = data_key.create(tmp_path, composed)
    assert data_key.unlock(tmp_path, decomposed) == made


def test_a_backup_sealed_before_normalising_still_opens() -> None:
    decomposed = unicodedata.normalize("NFD", "mật khẩu của nhóm")
    # What an earlier version wrote: scrypt over the bytes exactly as they came.
    salt, nonce = os.urandom(32), os.urandom(12)
    key = Scrypt(salt=salt, length=32, n=1 << 10, r=8, p=1).derive(decomposed.encode())
    box = {
        "format": passphrase_box.FORMAT,
        "scrypt": {"n_log2": 10, "r": 8, "p": 1},
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "sealed": base64.b64encode(
            ChaCha20Poly1305(key).encrypt(nonce, b"secret", b"test")
        ).decode(),
    }
    assert passphrase_box.unseal(box, decomposed, "test") == b"secret"


def test_the_key_never_shows_in_a_report(tmp_path: Path) -> None:
    made = data_key.create(tmp_path, PASSPHRASE)
    assert made.key.hex() not in repr(made)
    assert repr(made.key) not in repr(made)


def test_a_partial_copy_left_by_a_kill_is_destroyed_too(tmp_path: Path) -> None:
    data_key.create(tmp_path, PASSPHRASE)
    sealed = data_key.key_file(tmp_path).read_bytes()
    (tmp_path / f".{data_key.KEY_FILE}.x1y2.partial").write_bytes(sealed)  # as a kill leaves it
    assert data_key.destroy(tmp_path)
    assert not list(tmp_path.iterdir())
