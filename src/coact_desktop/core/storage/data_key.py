"""The profile's data key: random, kept only sealed under a passphrase, in one small file.

The data key is what encrypts the private database and files; the passphrase only unseals it.
So the passphrase can change without re-encrypting anything, and destroying this one small file
makes all of it unreadable (crypto-shredding: overwriting a flash disk's blocks does not
reliably erase them, but without the key what is left of them is noise).

The file always holds two slots, in random order, each sealed with scrypt and
ChaCha20-Poly1305: the real key's and a second one, which is either the duress passphrase's
(it opens a profile with nothing private in it, after a quick delete if the user chose so: only
that slot's own sealed bytes say so) or random bytes sealed under a random passphrase nobody
knows. The file alone therefore never says whether a duress passphrase is
set, and unlocking always tries both slots, so its time does not say which one opened.
"""

from __future__ import annotations

import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coact_desktop.core.errors import KnownError, PassphraseError
from coact_desktop.core.storage import passphrase_box
from coact_desktop.core.storage.whole_file import sync_to_disk, write_whole

KEY_FILE = "data-key.json"
FORMAT = "coact-data-key/1"
PURPOSE = "coact profile data key"  # bound to every slot: a slot cannot be passed off as another
# scrypt N = 2^16, r = 8: 64 MiB and about a quarter of a second a slot on the reference laptop;
# both slots are always tried, so an unlock takes about half a second.
SCRYPT = (16, 8, 1)
KEY_BYTES = 32
MIN_PASSPHRASE = 8
# A slot's first sealed byte: the real key, the duress one, the duress one that deletes first.
REAL, DURESS, DELETE_FIRST = b"R", b"D", b"W"


class Opened(Enum):
    """Which passphrase opened the key file (never shown on screen)."""

    REAL = "real"
    DURESS = "duress"


@dataclass(frozen=True)
class DataKey:
    """The unsealed data key, and which passphrase unsealed it."""

    key: bytes = field(repr=False)  # never in a log line, a traceback or a test's report
    opened: Opened = Opened.REAL
    delete_first: bool = False  # the duress passphrase was set to quick-delete everything first

    def subkey(self, purpose: str) -> bytes:
        """A key for one use (the database, the files), derived so that none reveals another."""
        derive = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode())
        return derive.derive(self.key)


class DataKeyError(KnownError):
    """The data key file is missing, damaged, or already there."""

    code = "data_key"


def key_file(folder: Path) -> Path:
    """Where a profile keeps its sealed data key."""
    return folder / KEY_FILE


def has_key(folder: Path) -> bool:
    """Whether the profile's private data is encrypted (a key file exists)."""
    return key_file(folder).is_file()


def create(
    folder: Path, passphrase: str, duress: str | None = None, delete_first: bool = False
) -> DataKey:
    """Make a new random data key sealed under passphrase (and a duress slot); never overwrites."""
    check_new(passphrase)
    if duress is not None:
        check_new(duress)
        if duress == passphrase:
            raise PassphraseError(
                "The duress passphrase must differ from the passphrase.", reason="same"
            )
    if has_key(folder):
        raise DataKeyError(
            "This profile already has a data key; change its passphrase instead.", reason="exists"
        )
    key = DataKey(secrets.token_bytes(KEY_BYTES))
    _write(folder, _slots(key.key, passphrase, duress, delete_first))
    return key


def unlock(folder: Path, passphrase: str) -> DataKey:
    """The data key the passphrase unseals; PassphraseError if it opens neither slot."""
    return _unlock(folder, passphrase)[0]


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """Seal the same data key under a new passphrase; the other slot stays as it is.

    The old file is replaced by a rename, so its blocks are freed, not overwritten: a person who
    knows the old passphrase and copies the disk afterwards might still find it. If the old
    passphrase was given away, quick delete (which destroys the key) is the remedy.
    """
    key, slots, index = _unlock(folder, old)
    check_new(new)
    if key.opened is Opened.DURESS:
        # Typed under duress: that passphrase changes, doing what it did, and nothing tells.
        slots[index] = _second_slot(new, key.delete_first)
    else:
        slots[index] = passphrase_box.seal(REAL + key.key, new, SCRYPT, PURPOSE)
    _write(folder, slots)


def set_duress(
    folder: Path, passphrase: str, duress: str | None, delete_first: bool = False
) -> None:
    """Set (or, with None, remove) the duress passphrase; the real passphrase proves it is you.

    The duress slot's key encrypts nothing: it opens a profile with nothing private in it.
    Typed under duress, it changes nothing and says nothing (a refusal would tell).
    """
    key, slots, index = _unlock(folder, passphrase)
    if key.opened is Opened.DURESS:
        return
    if duress is not None:
        check_new(duress)
        if duress == passphrase:
            raise PassphraseError(
                "The duress passphrase must differ from the passphrase.", reason="same"
            )
    slots[1 - index] = _second_slot(duress, delete_first)
    _write(folder, slots)


def recover(folder: Path, key: bytes, new: str) -> DataKey:
    """Seal a key read from its paper backup under a new passphrase (the caller has checked
    that it opens the drafts).

    The other slot becomes noise: which of the two was a duress passphrase's cannot be known
    without it, so a duress passphrase must be set again.
    """
    check_new(new)
    _read(folder)  # there must be a key file to replace
    _write(folder, _slots(key, new, None, False))
    return DataKey(key)


def _unlock(folder: Path, passphrase: str) -> tuple[DataKey, list[object], int]:
    """The key the passphrase opens, the file's slots, and which slot it opened."""
    slots = _read(folder)
    found: tuple[DataKey, int] | None = None
    for index, slot in enumerate(slots):
        try:  # every slot is tried even after one opens: the time says nothing
            opened = _open_slot(slot, passphrase)
        except PassphraseError:
            continue
        found = found or (opened, index)
    if found is None:
        raise PassphraseError("The passphrase does not open this profile.", reason="profile_wrong")
    return found[0], slots, found[1]


def destroy(folder: Path) -> bool:
    """Overwrite the key file with noise, flush it, and remove it; whether there was one.

    On a flash disk the old blocks may survive the overwrite; the key file is small and sealed
    under the passphrase, so what could survive is only as strong as the passphrase.
    """
    path = key_file(folder)
    # A write cut short by a kill can leave a sealed copy in a partial file beside it.
    partials = list(folder.glob(f".{KEY_FILE}.*.partial"))
    if not path.exists() and not partials:
        return False
    for each in [path, *partials]:
        if each.is_file() and not each.is_symlink():
            with each.open("r+b") as handle:
                handle.write(secrets.token_bytes(max(each.stat().st_size, 1)))
                handle.flush()
                os.fsync(handle.fileno())
        each.unlink(missing_ok=True)
    sync_to_disk(folder)
    return True


def check_new(passphrase: str) -> None:
    """PassphraseError if a passphrase chosen is too short to be one."""
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE:  # letters, not marks
        raise PassphraseError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.", reason="too_short"
        )


def _slots(key: bytes, passphrase: str, duress: str | None, delete_first: bool) -> list[object]:
    """The two sealed slots, in random order."""
    slots: list[object] = [
        passphrase_box.seal(REAL + key, passphrase, SCRYPT, PURPOSE),
        _second_slot(duress, delete_first),
    ]
    if secrets.randbelow(2):
        slots.reverse()
    return slots


def _second_slot(duress: str | None, delete_first: bool = False) -> dict[str, object]:
    """The duress passphrase's slot, or noise under a passphrase nobody knows (the same shape).

    Its role letter says whether it quick-deletes first: sealed like the rest, so the file
    does not tell (the same length either way).
    """
    opens_with = duress if duress is not None else secrets.token_urlsafe(32)
    role = DELETE_FIRST if duress is not None and delete_first else DURESS
    return passphrase_box.seal(role + secrets.token_bytes(KEY_BYTES), opens_with, SCRYPT, PURPOSE)


def _open_slot(slot: object, passphrase: str) -> DataKey:
    try:
        payload = passphrase_box.unseal(slot, passphrase, PURPOSE)
    except (ValueError, KeyError, TypeError) as exc:
        raise DataKeyError("The data key file is damaged.", reason="damaged") from exc
    role, key = payload[:1], payload[1:]
    if len(key) != KEY_BYTES or role not in (REAL, DURESS, DELETE_FIRST):
        raise DataKeyError("The data key file is damaged.", reason="damaged")
    if role == REAL:
        return DataKey(key)
    return DataKey(key, Opened.DURESS, delete_first=role == DELETE_FIRST)


def _write(folder: Path, slots: list[object]) -> None:
    data = json.dumps({"format": FORMAT, "slots": slots}, indent=1).encode()
    write_whole(key_file(folder), data)  # whole or not at all: a kill leaves the old file
    sync_to_disk(folder)


def _read(folder: Path) -> list[object]:
    path = key_file(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise DataKeyError(
            "This profile has no data key: its private data is not encrypted.", reason="missing"
        ) from exc
    if len(raw) > 64 * 1024:
        raise DataKeyError("The data key file is damaged.", reason="damaged")
    try:
        content = json.loads(raw)
    except ValueError as exc:
        raise DataKeyError("The data key file is damaged.", reason="damaged") from exc
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise DataKeyError("The data key file is damaged.", reason="damaged")
    slots = content.get("slots")
    if not isinstance(slots, list) or len(slots) != 2:
        raise DataKeyError("The data key file is damaged.", reason="damaged")
    return slots
