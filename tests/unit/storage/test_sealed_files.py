"""Files sealed under the data key: they open whole with the key, and not at all otherwise."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from coact_desktop.core.storage.sealed_files import (
    CHUNK,
    HEADER,
    TAG,
    SealedFileError,
    open_sealed,
    seal_bytes,
    seal_file,
    seal_stream,
    unseal_to,
)

KEY = bytes(range(32))  # a throwaway test key
SECRET = b"TEST TEXT: Ira Lantern met us in the back room. "


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5])
def test_a_sealed_file_opens_whole_with_its_key(tmp_path: Path, size: int) -> None:
    data = (SECRET * (size // len(SECRET) + 1))[:size]
    source = tmp_path / "plain"
    source.write_bytes(data)
    seal_file(source, tmp_path / "sealed", KEY)
    seal_bytes(data, tmp_path / "sealed-bytes", KEY)
    for sealed in (tmp_path / "sealed", tmp_path / "sealed-bytes"):
        assert open_sealed(sealed, KEY) == data
        if size >= len(SECRET):
            assert SECRET not in sealed.read_bytes()
    unseal_to(tmp_path / "sealed", tmp_path / "back", KEY)
    assert (tmp_path / "back").read_bytes() == data


def test_the_same_bytes_seal_differently_each_time(tmp_path: Path) -> None:
    seal_bytes(SECRET, tmp_path / "a", KEY)
    seal_bytes(SECRET, tmp_path / "b", KEY)
    assert (tmp_path / "a").read_bytes() != (tmp_path / "b").read_bytes()


def _spoiled(tmp_path: Path, spoil: str) -> Path:
    data = os.urandom(3 * CHUNK)
    path = tmp_path / "sealed"
    seal_bytes(data, path, KEY)
    raw = bytearray(path.read_bytes())
    step = CHUNK + TAG
    first, second = slice(HEADER, HEADER + step), slice(HEADER + step, HEADER + 2 * step)
    if spoil == "bit":
        raw[HEADER + 100] ^= 1
    elif spoil == "header":
        raw[len(b"coact-sealed-file/1\n") + 3] ^= 1
    elif spoil == "cut":  # the last chunk dropped: what is left must not pass as whole
        raw = raw[: HEADER + 2 * step]
    elif spoil == "swap":
        raw[first], raw[second] = raw[second], raw[first]
    elif spoil == "tail":
        raw = raw[:-1]
    path.write_bytes(bytes(raw))
    return path


@pytest.mark.parametrize("spoil", ["bit", "header", "cut", "swap", "tail"])
def test_a_changed_or_cut_file_is_refused(tmp_path: Path, spoil: str) -> None:
    path = _spoiled(tmp_path, spoil)
    with pytest.raises(SealedFileError):
        open_sealed(path, KEY)
    with pytest.raises(SealedFileError):  # and nothing half-written is left where asked
        unseal_to(path, tmp_path / "back", KEY)
    assert not (tmp_path / "back").exists()


def test_another_key_or_a_plain_file_is_refused(tmp_path: Path) -> None:
    seal_bytes(SECRET, tmp_path / "sealed", KEY)
    with pytest.raises(SealedFileError):
        open_sealed(tmp_path / "sealed", bytes(32))
    (tmp_path / "plain.jpg").write_bytes(b"\xff\xd8\xff not sealed")
    with pytest.raises(SealedFileError, match="not one Coact Desktop sealed"):
        open_sealed(tmp_path / "plain.jpg", KEY)


def test_a_stream_that_gives_short_reads_is_sealed_whole(tmp_path: Path) -> None:
    data = os.urandom(3 * CHUNK + 7)

    class Trickle(io.RawIOBase):
        """A pipe: never more than 1000 bytes a read."""

        def __init__(self) -> None:
            self.at = 0

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            part = data[self.at : self.at + min(1000, size if size >= 0 else 1000)]
            self.at += len(part)
            return part

    seal_stream(Trickle(), tmp_path / "sealed", KEY)  # type: ignore[arg-type]
    assert open_sealed(tmp_path / "sealed", KEY) == data
