"""The profile's cleaned photos and files: plain, or sealed under the data key once protected.

A plain profile keeps each file as ``<sha256>.<ext>``. A protected one seals it
(``sealed_files``) under a key derived from the data key, and names it by a keyed hash of its
SHA-256: the names on disk then tell nobody which photo is there, not even someone who has it.
The same bytes are kept once, whatever extension they are asked for by.
Every reader goes through here, so none of them needs to know which kind of profile it is in.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from coact_desktop.core.cancel import CancelToken, ProgressCallback, no_progress
from coact_desktop.core.storage import sealed_files
from coact_desktop.core.storage.private_sessions import PrivateSessions
from coact_desktop.core.storage.whole_file import shred, sync_to_disk, write_whole

FILES_PURPOSE = "coact files"  # the data key's subkey for the files
SEALED = ".sealed"
# A plain profile's copy, <sha256>.<ext>; a sealed copy's name has the same shape, so not it.
PLAIN_NAME = re.compile(r"[0-9a-f]{64}\.(?!sealed$)[a-z]+")
MEMO_SIZE = 64

T = TypeVar("T")


class DamagedFile(OSError):
    """A sealed file that does not open whole with this profile's key."""


class FileStore:
    """One folder of content-addressed files, read and written the way the profile is kept."""

    def __init__(self, folder: Path, private: PrivateSessions | None = None) -> None:
        """``private`` None: a folder of plain files whatever the profile (tests, tools)."""
        self.folder = folder
        self._private = private
        self._memo: dict[str, object] = {}
        self._memo_generation = -1
        self._memo_lock = threading.Lock()  # the reader pool and the writer both check files

    def path_of(self, name: str) -> Path:
        """Where the file known as ``name`` (``<sha256>.<ext>``) is kept; ProfileLocked."""
        key = self._key()
        return self.folder / (name if key is None else _sealed_name(key, name))

    def size_hint(self, name: str) -> int:
        """About how many bytes the file holds (for a progress bar), 0 if it is not here."""
        for path in (self.path_of(name), self.folder / name):
            try:
                return path.stat().st_size
            except OSError:
                continue
        return 0

    def read(self, name: str) -> bytes:
        """The file's bytes; FileNotFoundError if missing, DamagedFile if it does not open."""
        key = self._key()
        plain = self.folder / name
        if key is None:
            return plain.read_bytes()
        sealed = self.path_of(name)
        # A plain copy is read only until the unlock that seals it (a kill came in between).
        if not sealed.is_file() and plain.is_file():
            return plain.read_bytes()
        try:
            return sealed_files.open_sealed(sealed, key)
        except sealed_files.SealedFileError as exc:
            raise DamagedFile(str(exc)) from exc

    def put(self, name: str, data: bytes) -> None:
        """Keep data as ``name``, whole or not at all (content-addressed: kept once)."""
        path = self.path_of(name)
        if path.is_file():
            return
        key = self._key()
        if key is None:
            write_whole(path, data)
        else:
            sealed_files.seal_bytes(data, path, key)

    def memo(self, name: str, compute: Callable[[bytes], T]) -> T:
        """compute(the file's bytes), worked out once per unlock (a file never changes)."""
        generation = 0 if self._private is None else self._private.generation
        with self._memo_lock:
            if self._memo_generation != generation:
                # Locked or unlocked since: what was read then is not kept in memory now.
                self._memo.clear()
                self._memo_generation = generation
            if name in self._memo:
                return cast(T, self._memo[name])
        value = compute(self.read(name))  # outside the lock: a big PDF must not stall others
        with self._memo_lock:
            # Kept only if no lock or unlock came meanwhile.
            if self._memo_generation == generation:
                if len(self._memo) >= MEMO_SIZE:
                    self._memo.pop(next(iter(self._memo)))
                self._memo[name] = value
        return value

    def _key(self) -> bytes | None:
        return None if self._private is None else self._private.files_key()

    def holds(self, hashes: set[str]) -> Callable[[str], bool]:
        """Whether a name on disk is the kept copy of one of these SHA-256s."""
        key = self._key()
        sealed = set() if key is None else {_sealed_name(key, sha) for sha in hashes}
        return lambda disk_name: disk_name in sealed or disk_name.split(".", 1)[0] in hashes

    def seal_copies(
        self,
        key: bytes,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> int:
        """Write a sealed copy of every plain file, keeping the plain ones; how many.

        Protecting does this before its commit point, so that the long part can be cancelled
        (the plain profile is whole until then): Cancelled stops it between two files.
        """
        plain = self._plain_files()
        total, done = sum(p.stat().st_size for p in plain), 0
        for path in plain:
            if cancel is not None:
                cancel.raise_if_cancelled()
            target = self.folder / _sealed_name(key, path.name)
            if not target.is_file():
                sealed_files.seal_file(path, target, key)
            done += path.stat().st_size
            progress(done, total)
        if plain:
            sync_to_disk(self.folder)
        return len(plain)

    def seal_plain(self) -> int:
        """Seal every plain copy here (just protected, or a kill came first); how many."""
        key = self._key()
        if key is None:
            return 0
        sealed = self.seal_copies(key)  # each sealed copy is on disk before any plain one goes
        for path in self._plain_files():
            shred(path)
        sync_to_disk(self.folder)
        return sealed

    def _plain_files(self) -> list[Path]:
        try:
            entries = sorted(self.folder.iterdir())
        except FileNotFoundError:
            return []
        return [p for p in entries if PLAIN_NAME.fullmatch(p.name) and p.is_file()]


def _sealed_name(key: bytes, name: str) -> str:
    """The name on disk of a sealed copy: a keyed hash of the SHA-256 its name starts with."""
    sha = name.split(".", 1)[0].encode()
    return hmac.new(key, b"file name\x00" + sha, hashlib.sha256).hexdigest() + SEALED
