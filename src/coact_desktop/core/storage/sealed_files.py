"""Files sealed under the profile's data key: attachments, received bundles, backups, at rest.

The file is cut into chunks, each sealed with ChaCha20-Poly1305 under a key of its own file
(derived from the data key and a random salt in the header), its nonce the chunk's number and
whether it is the last: so no chunk can be changed, moved, dropped or added, and a file cut
short is refused rather than read as whole. Memory stays at one chunk whatever the size.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coact_desktop.core.errors import KnownError
from coact_desktop.core.storage.whole_file import replace_whole

MAGIC = b"coact-sealed-file/1\n"
SALT_BYTES = 32
CHUNK = 64 * 1024
TAG = 16
HEADER = len(MAGIC) + SALT_BYTES


class SealedFileError(KnownError):
    """A sealed file that does not open: another key, or damaged, or cut short."""

    code = "sealed_file"


def seal_file(source: Path, target: Path, key: bytes) -> None:
    """Write source's bytes sealed to target, whole or not at all."""
    with source.open("rb") as handle:
        seal_stream(handle, target, key)


def seal_bytes(data: bytes, target: Path, key: bytes) -> None:
    """Write data sealed to target, whole or not at all."""
    chunks = (data[i : i + CHUNK] for i in range(0, max(len(data), 1), CHUNK))
    _write(chunks, target, key)


def seal_stream(handle: BinaryIO, target: Path, key: bytes) -> None:
    """Write what handle reads, sealed to target, whole or not at all."""

    def chunks() -> Iterator[bytes]:
        while True:
            chunk = _read_full(handle, CHUNK)
            yield chunk
            if len(chunk) < CHUNK:  # only at the end: a pipe's short reads are filled up
                return

    _write(chunks(), target, key)


def open_sealed(path: Path, key: bytes) -> bytes:
    """A sealed file's bytes; SealedFileError if it does not open whole."""
    return b"".join(read_sealed(path, key))


def unseal_to(path: Path, target: Path, key: bytes) -> None:
    """Write a sealed file's bytes to target (a file to hand to another program), whole or not."""

    def fill(handle: BinaryIO) -> None:
        for chunk in read_sealed(path, key):
            handle.write(chunk)

    replace_whole(target, fill)


def read_sealed(path: Path, key: bytes) -> Iterator[bytes]:
    """A sealed file's bytes, chunk by chunk, each checked before it is given."""
    with path.open("rb") as handle:
        header = handle.read(HEADER)
        if len(header) != HEADER or not header.startswith(MAGIC):
            raise SealedFileError("This file is not one Coact Desktop sealed.", reason="not_sealed")
        cipher = ChaCha20Poly1305(_file_key(key, header[len(MAGIC) :]))
        number = 0
        sealed = handle.read(CHUNK + TAG)
        while True:
            following = handle.read(CHUNK + TAG)
            last = not following
            try:
                yield cipher.decrypt(_nonce(number, last), sealed, header)
            except InvalidTag as exc:
                raise SealedFileError(
                    "This file does not open with this profile's key, or it is damaged or "
                    "cut short.",
                    reason="damaged",
                    path=str(path),
                ) from exc
            if last:
                return
            number += 1
            sealed = following


def _write(chunks: Iterator[bytes], target: Path, key: bytes) -> None:
    salt = os.urandom(SALT_BYTES)
    header = MAGIC + salt
    cipher = ChaCha20Poly1305(_file_key(key, salt))

    def fill(handle: BinaryIO) -> None:
        handle.write(header)
        pending: bytes | None = None
        number = 0
        for chunk in chunks:
            if pending is not None:  # one behind: only the last chunk is marked last
                handle.write(cipher.encrypt(_nonce(number, False), pending, header))
                number += 1
            pending = chunk
        handle.write(cipher.encrypt(_nonce(number, True), pending or b"", header))

    replace_whole(target, fill)


def _read_full(handle: BinaryIO, size: int) -> bytes:
    """Up to size bytes, fewer only at the end of the stream."""
    parts, wanted = [], size
    while wanted:
        part = handle.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def _file_key(key: bytes, salt: bytes) -> bytes:
    derive = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"coact sealed file")
    return derive.derive(key)


def _nonce(number: int, last: bool) -> bytes:
    return number.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
