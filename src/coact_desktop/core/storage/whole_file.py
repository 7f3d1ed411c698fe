"""Writing a file whole or not at all: a new temporary file beside it, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def replace_whole(path: Path, fill: Callable[[BinaryIO], object], mode: int = 0o600) -> None:
    """Replace ``path`` with what ``fill`` writes, in one step (a kill leaves old or new).

    The temporary file is always a new one, made with ``mode`` (never an old partial file with
    whatever mode it had, nor a link someone planted); an error is raised as it is, with nothing
    left behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def write_whole(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` in one step."""
    replace_whole(path, lambda handle: handle.write(data), mode)


def sync_to_disk(path: Path) -> None:
    """Flush a file, or a folder's entries (a rename, a removal), to the disk where it can."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # Windows cannot sync a folder; its renames are already durable
    finally:
        os.close(descriptor)


def shred(path: Path) -> None:
    """Overwrite a plain file with zeros, then remove it.

    A flash disk may keep the old blocks anyway (the README says so); on a spinning disk and in
    most file systems' caches this is what stops the bytes being read back.
    """
    size = path.stat().st_size
    with path.open("r+b") as handle:
        zeros = bytes(min(size, 1 << 20))
        left = size
        while left > 0:
            left -= handle.write(zeros[: min(left, len(zeros))])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
