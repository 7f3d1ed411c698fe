"""A small file is written whole or not at all, private to its owner, with nothing left behind."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from coact_desktop.core.storage.whole_file import write_whole


def test_a_file_is_written_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "folder" / "secret"
    write_whole(target, b"first")
    write_whole(target, b"second")
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["secret"]


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(IsADirectoryError):
        write_whole(target, b"new")
    assert target.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]
