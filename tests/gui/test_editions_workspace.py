"""Coact's editors make an edition in the workspace: choose, order, place, add, preview, publish.

The histories and the added chapter are TEST TEXT; the key is the throwaway test publishing key.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from coact_tests_pack_factory import LIBRARY, B, accept_two_test_histories
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coact_desktop.core.errors import PackError
from coact_desktop.core.exchange.formats.minisign import LIGHT, SecretKey, encrypt_secret_key
from coact_desktop.core.services import AppServices, open_services
from coact_desktop.core.storage.paths import resolve_profile
from coact_desktop.gui.contents_view import SLUG_ROLE
from coact_desktop.gui.editions_workspace import EditionsWorkspace
from coact_desktop.gui.main_window import MainWindow

TIMEOUT = 20_000
CHAPTER = "# New voices (TEST TEXT)\n\nTEST TEXT: a chapter added for this test edition.\n"


def _coact_window(window: MainWindow, tmp_path: Path) -> AppServices:
    """The window's profile is Coact's, with two groups' TEST histories accepted."""
    coact = window.services
    assert coact is not None
    accept_two_test_histories(coact, tmp_path)
    return coact


def _open(qtbot: QtBot, window: MainWindow) -> EditionsWorkspace:
    """Coact › Editions workspace…: the last edition is read in a task, then the window shows."""
    before = window.workspace
    window.show_editions_workspace()
    qtbot.waitUntil(
        lambda: window.workspace not in (None, before) and window.workspace.isVisible(),
        timeout=TIMEOUT,
    )
    assert isinstance(window.workspace, EditionsWorkspace)
    return window.workspace


def test_the_editors_make_and_publish_an_edition_in_the_window(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coact = _coact_window(window, tmp_path)
    space = _open(qtbot, window)
    assert space.heading.text().startswith(f"Edition {B + 1}, made from edition {B}")
    names = [space.histories.item(i).text() for i in range(space.histories.count())]
    assert names == ["Lanternfolk (test group)", "Moth Circle (test group)"]

    # Tick both, put the Moth Circle first and under Treatment Advocacy.
    for row in range(2):
        space.histories.item(row).setCheckState(Qt.CheckState.Checked)
    space.histories.setCurrentRow(1)
    space.up_button.click()
    space.model.setCurrentIndex(space.model.findData("treatment-advocacy"))
    space.model.activated.emit(space.model.currentIndex())
    assert space.histories.item(0).text() == "Moth Circle (test group)  —  Treatment Advocacy"

    # A new chapter after the conclusion, from a Markdown file; and notes, typed.
    markdown = tmp_path / "new-voices.md"
    markdown.write_text(CHAPTER, "utf-8")
    titles = [space.chapters.item(i).text() for i in range(space.chapters.count())]
    space.chapters.setCurrentRow(titles.index("Conclusion"))
    space.add_chapter(markdown)
    row = titles.index("Conclusion") + 1
    assert space.chapters.item(row).text() == "New: New voices (TEST TEXT)  (from new-voices.md)"
    space.notes.setFocus()
    qtbot.keyClicks(space.notes, "TEST NOTES: two groups and a new chapter.")

    # Every change is kept in the profile: the plan survives the window.
    qtbot.waitUntil(lambda: "TEST NOTES" in coact.publishing.plan().notes, timeout=TIMEOUT)
    space.close()
    space = _open(qtbot, window)
    assert space.histories.item(0).text() == "Moth Circle (test group)  —  Treatment Advocacy"
    assert space.notes.toPlainText() == "TEST NOTES: two groups and a new chapter."
    assert space.chapters.item(row).text().startswith("New: New voices")

    # The preview is the reader's own contents and reading view.
    space.preview_button.click()
    qtbot.waitUntil(lambda: space.preview is not None, timeout=TIMEOUT)
    preview = space.preview
    assert preview is not None
    preview.contents.select("treatment-advocacy")
    model_item = preview.contents.currentItem()
    assert [model_item.child(i).text(0) for i in range(model_item.childCount())] == [
        "Moth Circle (test group)"
    ]
    preview.open_chapter("new-voices-test-text")
    assert "a chapter added for this test edition" in preview.reader.visible_text()
    assert preview.contents.currentItem().data(0, SLUG_ROLE) == "new-voices-test-text"
    preview.close()
    # A second look, after the first is closed, is built afresh.
    space.preview_button.click()
    qtbot.waitUntil(lambda: space.preview not in (None, preview), timeout=TIMEOUT)
    again = space.preview
    assert again is not None
    again.open_chapter("new-voices-test-text")
    assert "a chapter added for this test edition" in again.reader.visible_text()
    again.close()

    # Publish: key, passphrase, folder, one question; the file goes where it was asked.
    key = tmp_path / "publishing.key"
    key.write_text(encrypt_secret_key(throwaway_keys["publishing-1"], "test passphrase", LIGHT))
    out = tmp_path / "to-send"
    out.mkdir()
    asked: list[str] = []

    def yes(_parent: object, title: str, _text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    space.key_path.setText(str(key))
    space.passphrase.setText("a wrong passphrase")
    space.folder.setText(str(out))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)
    space.publish_button.click()
    qtbot.waitUntil(lambda: space.publish_button.isEnabled(), timeout=TIMEOUT)
    assert "passphrase" in space.status.text()
    assert not list(out.iterdir())  # a wrong passphrase publishes nothing
    space.passphrase.setText("test passphrase")
    space.publish_button.click()
    qtbot.waitUntil(lambda: not space.isVisible(), timeout=TIMEOUT)
    assert asked == [f"Publish edition {B + 1}?", f"Publish edition {B + 1}?"]
    pack = out / f"{LIBRARY}-{B + 1}.coactpack"
    assert pack.is_file()
    # The next edition's plan starts afresh: closing the window does not put back what went out.
    assert coact.publishing.plan().chapters == ()
    assert coact.publishing.plan().notes == ""

    reader = open_services(resolve_profile(tmp_path / "reader"))
    try:
        reader.editions.import_pack(pack)
        placed = [
            (c.group, c.model) for c in reader.library.chapters() if c.kind == "group-history"
        ]
        assert placed[0] == ("Moth Circle (test group)", "treatment-advocacy")
        assert placed[-1] == ("Lanternfolk (test group)", "")
        assert reader.library.chapter("new-voices-test-text").passages
    finally:
        reader.close()


def test_a_workspace_that_cannot_start_says_why(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last edition published no longer verifies (say its key was revoked): a message."""
    import coact_desktop.gui.main_window as main_window

    coact = window.services
    assert coact is not None

    def refused(_work: Path) -> Path:
        raise PackError("unknown_key", "TEST: the last pack published is signed by a revoked key.")

    said: list[str] = []
    monkeypatch.setattr(coact.publishing, "start", refused)
    monkeypatch.setattr(main_window, "show_error", lambda _w, _t, e: said.append(str(e)))
    window.show_editions_workspace()
    qtbot.waitUntil(lambda: bool(said), timeout=TIMEOUT)
    assert "revoked key" in said[0]
    assert window.workspace is None
    assert window.status_label.text() == ""
