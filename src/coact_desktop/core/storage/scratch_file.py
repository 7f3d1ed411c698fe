"""A scratch file whose bytes on disk are noise: for a bundle's ZIP while age encrypts it.

The key is made for the one file and lives only in this process's memory, so what a killed
export leaves behind (a flash disk's old blocks included) cannot be read by anyone, and the file
has no name to be found by where the system allows (Linux: ``O_TMPFILE``). ChaCha20 by position
lets the ZIP writer go back and fill in a header; nobody but this process reads the file, so it
needs no tag (a changed byte would only spoil the bundle's own hashes, which are checked).
A header filled in twice reuses its stretch of key stream: if a disk kept both versions, the
two together give away what was filled in, the size and CRC-32 of the file after it (enough to
recognise a photo one already has; never a draft's words).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

BLOCK = 64  # ChaCha20's block: its counter counts these


class ScratchFile:
    """A seekable, readable and writable temporary file, encrypted under a key of its own."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Closed by close() (a context manager), which the caller holds.
        self._file = tempfile.TemporaryFile(dir=folder, prefix="scratch-")  # noqa: SIM115
        self._key = os.urandom(32)
        self._nonce = os.urandom(12)

    def _xor(self, data: bytes, position: int) -> bytes:
        counter, skip = divmod(position, BLOCK)
        nonce = counter.to_bytes(4, "little") + self._nonce
        stream = Cipher(algorithms.ChaCha20(self._key, nonce), mode=None).encryptor()
        return stream.update(bytes(skip) + data)[skip:]

    def write(self, data: Any) -> int:
        """Write data at the current position (encrypted)."""
        data = bytes(data)
        self._file.write(self._xor(data, self._file.tell()))
        return len(data)

    def read(self, size: int = -1) -> bytes:
        """Read up to size bytes from the current position (decrypted)."""
        position = self._file.tell()
        return self._xor(self._file.read(size), position)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        """Remove the file; its key goes with this object."""
        self._file.close()

    def __enter__(self) -> ScratchFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
