"""A lock file that says a profile's database is in use, so that it is never swapped under us.

Every process that opens the database holds a shared lock; replacing the database (restoring a
backup) needs the exclusive lock, which it cannot get while any program has the profile open.
On POSIX, flock(2). Windows has only exclusive byte-range locks (msvcrt.locking), so there a
shared lock is one byte of many ("slots"), and the exclusive lock is byte 0 (a gate every new
reader passes through) plus all the slots: it cannot be had while any reader holds one.
"""

from __future__ import annotations

import importlib
import os
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "coact.lock"
WINDOW_LOCK_FILE = "window.lock"  # held by the one window a profile may have open
GATE = 0  # a reader holds it a moment, a writer for as long as it writes
SLOTS = 256  # bytes 1..SLOTS: one per process that has the profile open
GATE_TRIES = 50  # another reader passing the gate holds it for microseconds: wait that out
GATE_WAIT = 0.01


class ByteLocks(Protocol):
    """Exclusive, non-blocking locks on byte ranges of an open file, as Windows has them."""

    def lock(self, fd: int, start: int, length: int) -> bool:
        """Lock the range without waiting; whether it was free."""

    def unlock(self, fd: int, start: int, length: int) -> None:
        """Unlock a range this descriptor locked."""


class WindowsByteLocks:
    """msvcrt.locking: locks the bytes from the file position on."""

    def __init__(self) -> None:
        # Imported by name: the module exists only on Windows (and mypy checks on Linux).
        self._msvcrt: Any = importlib.import_module("msvcrt")

    def lock(self, fd: int, start: int, length: int) -> bool:
        """Lock the range without waiting; whether it was free."""
        os.lseek(fd, start, os.SEEK_SET)
        try:
            self._msvcrt.locking(fd, self._msvcrt.LK_NBLCK, length)
        except OSError:
            return False
        return True

    def unlock(self, fd: int, start: int, length: int) -> None:
        """Unlock a range this descriptor locked."""
        os.lseek(fd, start, os.SEEK_SET)
        self._msvcrt.locking(fd, self._msvcrt.LK_UNLCK, length)


def _default_byte_locks() -> ByteLocks | None:
    return WindowsByteLocks() if fcntl is None else None


class ProfileLock:
    """An advisory lock on a profile folder."""

    def __init__(
        self,
        data_dir: Path,
        exclusive: bool = False,
        name: str = LOCK_FILE,
        byte_locks: ByteLocks | None = None,
    ) -> None:
        self._path = data_dir / name
        self._exclusive = exclusive
        self._fd: int | None = None
        # None: flock. Given (or on Windows), the byte-range scheme of the module docstring.
        self._bytes = byte_locks or _default_byte_locks()
        self._held: tuple[int, int] | None = None  # the range this lock holds

    def acquire(self) -> bool:
        """Take the lock without waiting; whether it was free."""
        self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        taken = self._take_bytes(self._fd) if self._bytes else self._flock(self._fd)
        if not taken:
            self.release()
        return taken

    def _flock(self, fd: int) -> bool:
        assert fcntl is not None
        mode = fcntl.LOCK_EX if self._exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _take_bytes(self, fd: int) -> bool:
        locks = self._bytes
        assert locks is not None
        for _ in range(GATE_TRIES):
            if locks.lock(fd, GATE, 1):
                break
            time.sleep(GATE_WAIT)
        else:
            return False  # a writer has the profile
        if self._exclusive:
            if locks.lock(fd, GATE + 1, SLOTS):
                self._held = (GATE, SLOTS + 1)
                return True
            locks.unlock(fd, GATE, 1)
            return False  # some process has the profile open
        try:
            for slot in range(GATE + 1, GATE + 1 + SLOTS):
                if locks.lock(fd, slot, 1):
                    self._held = (slot, 1)
                    return True
            return False  # SLOTS processes have it open already
        finally:
            locks.unlock(fd, GATE, 1)

    def release(self) -> None:
        """Let the lock go (closing the file releases it)."""
        if self._fd is None:
            return
        if self._bytes and self._held:
            # Windows asks for locks to be undone before the file closes.
            self._bytes.unlock(self._fd, *self._held)
        self._held = None
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> ProfileLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
