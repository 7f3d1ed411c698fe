"""The SHA-256 of a file, read in chunks (a photo or a program folder's library can be large)."""

from __future__ import annotations

import hashlib
from pathlib import Path

CHUNK = 1 << 20


def sha256_of_file(path: Path) -> str:
    """Lower-case hex; OSError if the file cannot be read."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
