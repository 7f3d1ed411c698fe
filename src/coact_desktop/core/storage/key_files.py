"""The profile's age identity files: plain (0600), or sealed once the profile is protected.

A group's answer identity opens Coact's answers to it, and Coact's identity opens every group's
bundle: either one, taken with the laptop, reads what the drafts' encryption protects. Once
protected they are sealed like the photos (``sealed_files``, under the data key's files subkey)
and named by a keyed hash, so the folder no longer says which keys the laptop holds.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import tempfile
from pathlib import Path

from coact_desktop.core.storage import sealed_files
from coact_desktop.core.storage.file_store import SEALED, DamagedFile
from coact_desktop.core.storage.private_sessions import PrivateSessions, ProfileLocked
from coact_desktop.core.storage.whole_file import replace_whole, shred, sync_to_disk

KNOWN = ("age-identity.txt", "answer-identity.txt")  # the names a plain profile keeps them by


class KeyFiles:
    """The small text files in the profile's ``keys/`` folder, read and written as it is kept."""

    def __init__(self, folder: Path, private: PrivateSessions | None = None) -> None:
        """``private`` None: plain files whatever the profile (tests, tools)."""
        self.folder = folder
        self._private = private

    def read_text(self, name: str) -> str | None:
        """The file's text, None if there is none; ProfileLocked, DamagedFile.

        A plain file beside a sealed one (a kill came between sealing and removing it, or Coact
        copied a new identity in by hand) is read with it: its lines after the sealed ones.
        """
        key = self._key()
        plain = self.folder / name
        plain_text = plain.read_text("utf-8") if plain.is_file() else None
        if key is None:
            return plain_text
        sealed = self.folder / _sealed_name(key, name)
        if not sealed.is_file():
            return plain_text
        try:
            sealed_text = sealed_files.open_sealed(sealed, key).decode("utf-8")
        except sealed_files.SealedFileError as exc:
            raise DamagedFile(str(exc)) from exc
        return sealed_text if plain_text is None else _joined(sealed_text, plain_text)

    def exists(self, name: str) -> bool:
        """Whether the file is kept here (nothing is decrypted to tell); False while locked."""
        try:
            key = self._key()
        except ProfileLocked:
            return False
        plain = self.folder / name
        return plain.is_file() or (
            key is not None and (self.folder / _sealed_name(key, name)).is_file()
        )

    def create_text(self, name: str, text: str) -> bool:
        """Keep text as a new file; False (nothing written) if there is one already.

        Written whole beside it, then linked into place: two writers at once (the window and
        the command line) must never replace a key the other already handed out.
        """
        if self.read_text(name) is not None:
            return False
        target = self._path(name)
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, partial_name = tempfile.mkstemp(dir=self.folder, prefix=f".{name}.")
        os.close(descriptor)
        partial = Path(partial_name)
        try:
            self._write(partial, text)
            try:
                os.link(partial, target)
            except FileExistsError:
                return False
        finally:
            partial.unlink(missing_ok=True)
        sync_to_disk(self.folder)
        return True

    def replace_text(self, name: str, text: str) -> None:
        """Keep text as the file, in one step (a kill leaves the old or the new)."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._write(self._path(name), text)
        plain = self.folder / name
        if self._key() is not None and plain.is_file():
            shred(plain)  # the sealed one is the file now

    def seal_plain(self) -> int:
        """Seal each known plain key file (just protected, or put there by hand); how many."""
        key = self._key()
        if key is None:
            return 0
        sealed = 0
        for name in KNOWN:
            plain = self.folder / name
            if not plain.is_file():
                continue
            text = self.read_text(name)  # both, if a sealed one is there too: no key is lost
            assert text is not None
            sealed_files.seal_bytes(
                text.encode("utf-8"), self.folder / _sealed_name(key, name), key
            )
            sync_to_disk(self.folder)  # the sealed copy is there before the plain one goes
            shred(plain)
            sealed += 1
        return sealed

    def _path(self, name: str) -> Path:
        key = self._key()
        return self.folder / (name if key is None else _sealed_name(key, name))

    def _write(self, path: Path, text: str) -> None:
        key = self._key()
        if key is None:
            replace_whole(path, lambda out: out.write(text.encode()), 0o600)
        else:
            sealed_files.seal_bytes(text.encode(), path, key)

    def _key(self) -> bytes | None:
        return None if self._private is None else self._private.files_key()


def _joined(first: str, second: str) -> str:
    """The lines of first, then those of second it does not have (identity files: one a line)."""
    lines = first.splitlines()
    return "".join(
        f"{line}\n" for line in [*lines, *(s for s in second.splitlines() if s not in lines)]
    )


def _sealed_name(key: bytes, name: str) -> str:
    """A sealed key file's name on disk: a keyed hash of its plain name."""
    return hmac.new(key, b"key file\x00" + name.encode(), hashlib.sha256).hexdigest() + SEALED
