"""File › Copy Coact Desktop to a stick…: the program folder, checked, copied, checked again.

The program folder is a stand-in (TEST files) signed with the THROWAWAY test publishing key, as
a development build is; from a source checkout the window says that only a release copies itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coact_desktop.core.exchange import release
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.trust_root import shipped_root
from coact_desktop.gui import program_share
from coact_desktop.gui.main_window import MainWindow

TIMEOUT = 20_000


def test_the_program_is_copied_to_a_stick_and_checked(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = tmp_path / "coact-desktop-0.1.0-linux-x86_64"
    (built / "_internal").mkdir(parents=True)
    (built / "coact-desktop").write_bytes(b"\x7fELF TEST PROGRAM")
    (built / "_internal" / "libTEST.so").write_bytes(b"TEST LIBRARY" * 10_000)
    release.sign_release(built, "0.1.0", throwaway_keys["publishing-1"])
    (built / "coact-profile").mkdir()  # this laptop's drafts: never passed on
    (built / "coact-profile" / "coact.sqlite3").write_text("TEST DRAFTS")
    monkeypatch.setattr(release, "program_folder", lambda: built)
    stick = tmp_path / "stick"
    stick.mkdir()
    window.share_program_to(stick)
    qtbot.waitUntil(lambda: "is copied to" in window.status_label.text(), timeout=TIMEOUT)
    copied = stick / built.name
    assert release.verify_release(copied, shipped_root()).files == 2
    assert not (copied / "coact-profile").exists()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    (said,) = [box for box in shown if "sha256sum -c RELEASE-SHA256SUMS" in box.text()]
    said.grab().save(str(Path(os.environ.get("COACT_SHOTS", tmp_path)) / "program-copied.png"))
    assert window.program_share.progress is None  # closed


def test_from_source_the_window_says_only_a_release_copies_itself(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(program_share, "show_error", lambda _p, _t, error: said.append(str(error)))
    stick = tmp_path / "stick"
    stick.mkdir()
    window.share_program_to(stick)
    qtbot.waitUntil(lambda: bool(said), timeout=TIMEOUT)
    assert "only a released program can copy itself" in said[0]
    assert list(stick.iterdir()) == []


def test_cancel_copies_nothing(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = tmp_path / "coact-desktop-0.1.0-linux-x86_64"
    built.mkdir()
    for n in range(200):  # enough work that Cancel, sent at once, lands inside it
        (built / f"TEST-{n}.so").write_bytes(b"TEST" * 10_000)
    release.sign_release(built, "0.1.0", throwaway_keys["publishing-1"])
    monkeypatch.setattr(release, "program_folder", lambda: built)
    stick = tmp_path / "stick"
    stick.mkdir()
    window.share_program_to(stick)
    assert window.program_share.progress is not None
    window.program_share.progress.canceled.emit()  # what the Cancel button sends
    qtbot.waitUntil(lambda: window.status_label.text() == "Nothing was copied.", timeout=TIMEOUT)
    assert list(stick.iterdir()) == []
    assert window.program_share.progress is None
