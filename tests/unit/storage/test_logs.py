"""Logging: to stderr when there is one, to the profile's log file always."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coact_desktop.core.storage.logs import setup_logging


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """A root logger without handlers (earlier tests may have set some up), then as it was."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    for handler in before:
        root.removeHandler(handler)
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in before:
        root.addHandler(handler)
    root.setLevel(level)


def test_without_a_console_the_log_file_is_all_there_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, root_handlers: None
) -> None:
    # Windows starts the window (coact-desktop.exe, console-less) with no stderr at all.
    monkeypatch.setattr(sys, "stderr", None)
    path = setup_logging(False, tmp_path)
    assert path is not None
    root = logging.getLogger()
    assert not [h for h in root.handlers if type(h) is logging.StreamHandler]
    logging.getLogger("coact_desktop.test").warning("the disk is nearly full")
    for handler in root.handlers:
        handler.flush()
    assert "the disk is nearly full" in path.read_text("utf-8")


def test_with_a_console_problems_go_to_stderr_too(tmp_path: Path, root_handlers: None) -> None:
    setup_logging(False, tmp_path)
    assert [h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler]
