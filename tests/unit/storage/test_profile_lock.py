"""The profile lock: many readers or one writer, with flock (POSIX) and with Windows' scheme.

Windows has only exclusive byte-range locks. Its scheme (a gate byte and a slot byte per reader)
runs here on Linux's open-file-description byte locks, which behave as Windows' do: exclusive,
per open file, and conflicting within one process.
"""

from __future__ import annotations

import fcntl
import os
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from coact_desktop.core.storage import lock as lock_module
from coact_desktop.core.storage.lock import SLOTS, ByteLocks, ProfileLock

MakeLock = Callable[..., ProfileLock]


class LinuxByteLocks:
    """F_OFD_SETLK write locks on byte ranges: what msvcrt.locking does on Windows."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, int]] = []

    def _set(self, fd: int, kind: int, start: int, length: int) -> bool:
        # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks).
        request = struct.pack("hhxxxxqqixxxx", kind, os.SEEK_SET, start, length, 0)
        try:
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, request)
        except OSError:
            return False
        return True

    def lock(self, fd: int, start: int, length: int) -> bool:
        self.calls.append(("lock", start, length))
        return self._set(fd, fcntl.F_WRLCK, start, length)

    def unlock(self, fd: int, start: int, length: int) -> None:
        self.calls.append(("unlock", start, length))
        assert self._set(fd, fcntl.F_UNLCK, start, length)


@pytest.fixture(params=["flock", "windows-scheme"])
def make(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MakeLock:
    """A maker of locks on one profile folder, all with the same scheme."""
    monkeypatch.setattr(lock_module, "GATE_WAIT", 0.001)
    scheme: ByteLocks | None = None if request.param == "flock" else LinuxByteLocks()

    def lock(exclusive: bool = False) -> ProfileLock:
        return ProfileLock(tmp_path, exclusive=exclusive, byte_locks=scheme)

    return lock


def test_many_readers_share_the_profile_and_keep_the_writer_out(make: MakeLock) -> None:
    readers = [make(), make(), make()]
    assert all(reader.acquire() for reader in readers)
    writer = make(exclusive=True)
    assert not writer.acquire()
    readers[0].release()
    readers[1].release()
    assert not writer.acquire()  # one is still reading
    readers[2].release()
    assert writer.acquire()
    writer.release()


def test_a_writer_keeps_readers_and_other_writers_out(make: MakeLock) -> None:
    writer = make(exclusive=True)
    assert writer.acquire()
    assert not make().acquire()
    assert not make(exclusive=True).acquire()  # e.g. a second window on the same profile
    writer.release()
    with make() as reader:
        assert reader.acquire()


def test_the_windows_scheme_takes_a_slot_per_reader_and_undoes_its_locks_before_closing(
    tmp_path: Path,
) -> None:
    scheme = LinuxByteLocks()
    first, second = (ProfileLock(tmp_path, byte_locks=scheme) for _ in range(2))
    assert first.acquire()
    assert second.acquire()
    assert scheme.calls == [
        ("lock", 0, 1), ("lock", 1, 1), ("unlock", 0, 1),  # the gate, slot 1, the gate again
        ("lock", 0, 1), ("lock", 1, 1), ("lock", 2, 1), ("unlock", 0, 1),  # slot 1 taken: 2
    ]  # fmt: skip
    scheme.calls.clear()
    first.release()
    second.release()
    assert scheme.calls == [("unlock", 1, 1), ("unlock", 2, 1)]
    writer = ProfileLock(tmp_path, exclusive=True, byte_locks=scheme)
    assert writer.acquire()
    assert scheme.calls[-1] == ("lock", 1, SLOTS)  # every slot at once: no reader may be in


def test_on_windows_the_byte_scheme_is_chosen_by_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock_module, "fcntl", None)
    made: list[object] = []

    class FakeMsvcrt:
        LK_NBLCK, LK_UNLCK = 2, 0

        @staticmethod
        def locking(fd: int, mode: int, length: int) -> None:
            made.append((mode, os.lseek(fd, 0, os.SEEK_CUR), length))

    monkeypatch.setattr(lock_module.importlib, "import_module", lambda name: FakeMsvcrt)
    with ProfileLock(tmp_path) as reader:
        assert reader.acquire()
        assert made == [(2, 0, 1), (2, 1, 1), (0, 0, 1)]  # the gate, a slot, the gate let go
    assert made[-1] == (0, 1, 1)  # the slot undone before the file closed
