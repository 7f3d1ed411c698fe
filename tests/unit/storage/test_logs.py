"""Logging: to stderr when there is one, to the profile's log file always, withheld if protected."""

from __future__ import annotations

import ast
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import coact_desktop
from coact_desktop.core.storage import data_key
from coact_desktop.core.storage.logs import forget_log, setup_logging


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


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_a_protected_profiles_log_withholds_every_value(
    tmp_path: Path, root_handlers: None
) -> None:
    path = setup_logging(False, tmp_path)
    assert path is not None
    log = logging.getLogger("coact_desktop.test")
    log.warning("Cannot read %s: %s", "/home/TESTGROUP/minutes.pdf", "denied")
    data_key.key_file(tmp_path).write_text("{}")  # only whether there is one matters here
    log.warning("Cannot read %s: %s (%d%%)", "/home/TESTSECRET/minutes.pdf", "denied", 3)
    try:
        raise OSError("TESTSECRET in an error")
    except OSError:
        log.exception("Task %s failed", "TESTSECRET task")
    logging.getLogger("alembic.test").warning("TESTSECRET from a library")
    _flush()
    text = path.read_text("utf-8")
    assert "TESTSECRET" not in text
    assert "TESTGROUP" in text  # written while the profile was still plain
    assert "Cannot read […]: […] ([…]%)" in text
    assert "Task […] failed [OSError at test_logs.py:" in text
    assert "(a message of a library, withheld)" in text
    forget_log(tmp_path)
    log.warning("after %s", "TESTSECRET")
    _flush()
    assert "TESTGROUP" not in path.read_text("utf-8")
    assert path.read_text("utf-8").endswith("coact_desktop.test: after […]\n")


def test_our_log_messages_are_formats_written_in_the_code() -> None:
    # A protected profile's log keeps a message's format and withholds its values: a message
    # built from values (an f-string, a +, a variable) would be kept whole.
    source = Path(coact_desktop.__file__).parent
    methods = {"debug", "info", "warning", "error", "exception", "critical"}
    built = []
    for file in source.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            target = node.func.value
            logger = (isinstance(target, ast.Name) and target.id in {"log", "logger"}) or (
                isinstance(target, ast.Call) and getattr(target.func, "attr", "") == "getLogger"
            )
            # log.log(level, message, …) has its message second.
            at = 1 if node.func.attr == "log" else 0
            if logger and node.func.attr in {*methods, "log"} and len(node.args) > at:
                first = node.args[at]
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    built.append(f"{file.name}:{node.lineno}")
    assert not built
