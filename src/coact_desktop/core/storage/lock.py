"""A lock file that says a profile's database is in use, so that it is never swapped under us.

Every process that opens the database holds a shared lock; replacing the database (restoring a
backup) needs the exclusive lock, which it cannot get while any program has the profile open.
POSIX only (fcntl); elsewhere the lock always succeeds and the check is left to the person.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "coact.lock"
WINDOW_LOCK_FILE = "window.lock"  # held by the one window a profile may have open


class ProfileLock:
    """An advisory lock on a profile folder."""

    def __init__(self, data_dir: Path, exclusive: bool = False, name: str = LOCK_FILE) -> None:
        self._path = data_dir / name
        self._exclusive = exclusive
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; whether it was free."""
        self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is None:
            return True
        mode = fcntl.LOCK_EX if self._exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(self._fd, mode | fcntl.LOCK_NB)
        except OSError:
            self.release()
            return False
        return True

    def release(self) -> None:
        """Let the lock go (closing the file releases it)."""
        if self._fd is not None:
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
