"""A reader imports a new edition from a file in the window: checked, explained, switched to.

The editions are TEST EDITIONS: Coact's bundled text unchanged, with a new number and notes
that say so.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.history import history_from_json
from coact_desktop.core.exchange.pack_read import read_signed_state
from coact_desktop.core.exchange.pack_write import write_pack
from coact_desktop.core.exchange.trust_root import shipped_root
from coact_desktop.core.library.changes import ChapterChange, WhatsNew
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition
from coact_desktop.gui.main_window import MainWindow
from coact_desktop.gui.whats_new_view import CHANGE_ROLE, WhatsNewView

TIMEOUT = 20_000
B = load_edition().version


def make_pack(tmp_path: Path, version: int, key: SecretKey) -> Path:
    folder = tmp_path / f"test-edition-{version}"
    shutil.copytree(bundled_edition_dir(), folder)
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    meta.update(version=version, title=f"{meta['title']} (TEST EDITION {version})")
    (folder / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    target = tmp_path / f"edition-{version}.coactpack"
    write_pack(load_edition(folder), folder, [], "TEST NOTES: nothing new.", key, target)
    return target


def test_a_reader_imports_a_newer_edition_and_keeps_reading(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    pack = make_pack(tmp_path, B + 1, throwaway_keys["publishing-1"])
    assert window.edition_label.text() == f"Edition {B}, {load_edition().date}"
    window.open_chapter("human-rights")
    qtbot.waitUntil(
        lambda: (
            window.reader.chapter is not None and window.reader.chapter.info.slug == "human-rights"
        ),
        timeout=TIMEOUT,
    )
    importer = window.edition_import
    window.import_files([pack])
    qtbot.waitUntil(lambda: importer.question is not None, timeout=TIMEOUT)
    assert importer.question is not None
    text = importer.question.text()
    assert f"edition {B + 1}" in text
    assert f"The library now has edition {B}." in text
    assert "TEST NOTES: nothing new." in text
    assert "drafts, keys and reading place are kept" in text
    with qtbot.waitSignal(importer.imported, timeout=TIMEOUT):
        importer.import_button.click()
    assert window.services is not None
    assert window.services.library.edition_version(load_edition().id) == B + 1
    assert window.status_label.text() == f"Edition {B + 1} is now in the library."
    date = load_edition().date
    qtbot.waitUntil(
        lambda: window.edition_label.text() == f"Edition {B + 1}, {date}", timeout=TIMEOUT
    )
    # The chapter being read is still open, and search comes back once the index is rebuilt.
    qtbot.waitUntil(lambda: window.index.is_ready, timeout=TIMEOUT)
    assert window.reader.chapter is not None
    assert window.reader.chapter.info.slug == "human-rights"


def test_cancelling_the_question_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    pack = make_pack(tmp_path, B + 1, throwaway_keys["publishing-1"])
    importer = window.edition_import
    window.import_files([pack])
    qtbot.waitUntil(lambda: importer.question is not None, timeout=TIMEOUT)
    assert importer.question is not None
    with qtbot.waitSignal(importer.finished, timeout=TIMEOUT) as said:
        importer.question.button(QMessageBox.StandardButton.Cancel).click()
    assert said.args == ["The edition was not imported."]
    assert window.services is not None
    assert window.services.library.edition_version(load_edition().id) == B


def test_a_pack_from_an_unknown_key_is_refused_with_its_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pack = make_pack(tmp_path, B + 1, SecretKey.generate())
    importer = window.edition_import
    with qtbot.waitSignal(importer.finished, timeout=TIMEOUT):
        window.import_files([pack])
    assert importer.question is None  # nothing to ask about
    assert importer.refusal is not None
    assert "does not list as a publishing key" in importer.refusal.text()
    assert window.services is not None
    assert window.services.library.edition_version(load_edition().id) == B


def test_a_clock_behind_the_newest_signed_time_is_said_in_the_question(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    from coact_desktop.core.exchange import clock_floor

    assert window.services is not None
    clock_floor.raise_to(window.services.paths.data_dir, "2099-01-01T00:00:00Z")
    importer = window.edition_import
    window.import_files([make_pack(tmp_path, B + 1, throwaway_keys["publishing-1"])])
    qtbot.waitUntil(lambda: importer.question is not None, timeout=TIMEOUT)
    assert importer.question is not None
    assert "clock is behind" in importer.question.text()
    assert "2099-01-01" in importer.question.text()
    importer.question.reject()


def test_the_library_is_copied_to_a_stick_to_pass_on(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    importer = window.edition_import
    window.import_files([make_pack(tmp_path, B + 1, throwaway_keys["publishing-1"])])
    qtbot.waitUntil(lambda: importer.question is not None, timeout=TIMEOUT)
    assert importer.question is not None
    with qtbot.waitSignal(importer.imported, timeout=TIMEOUT):
        importer.import_button.click()
    stick = tmp_path / "stick"
    window.share_library_to(stick)
    qtbot.waitUntil(lambda: "Copied to" in window.status_label.text(), timeout=TIMEOUT)
    (copied,) = (stick / "COACT_LIBRARY").iterdir()
    assert copied.suffix == ".coactpack"
    assert str(copied) in window.status_label.text()
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Copy the library to a stick…" in texts


def test_a_copy_that_ends_while_search_is_prepared_stays_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    # After an import the search index is rebuilt, and it may end after a copy to a stick did:
    # the index says when it starts and ends, and the copy's message must outlive the end.
    importer = window.edition_import
    window.import_files([make_pack(tmp_path, B + 1, throwaway_keys["publishing-1"])])
    qtbot.waitUntil(lambda: importer.question is not None, timeout=TIMEOUT)
    assert importer.question is not None
    with qtbot.waitSignal(window.index.ready, timeout=TIMEOUT) as ready:
        importer.import_button.click()
    window.index.started.emit()
    assert "Preparing search" in window.status_label.text()
    window.share_library_to(tmp_path / "stick")
    qtbot.waitUntil(lambda: "Copied to" in window.status_label.text(), timeout=TIMEOUT)
    window.index.ready.emit(ready.args[0])
    assert "Copied to" in window.status_label.text()
    assert window.search.chapter.isEnabled()


def _stick(tmp_path: Path, name: str, pack: Path) -> Path:
    stick = tmp_path / name
    (stick / "COACT_LIBRARY").mkdir(parents=True)
    shutil.copyfile(pack, stick / "COACT_LIBRARY" / pack.name)
    return stick


def test_a_stick_with_a_newer_edition_is_offered_when_it_appears(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    importer, watch = window.edition_import, window.stick_watch
    stick = _stick(tmp_path, "stick", make_pack(tmp_path, B + 1, throwaway_keys["publishing-1"]))
    drives: list[Path] = []
    watch.volumes = lambda: list(drives)
    watch.look()
    qtbot.wait(300)
    assert importer.question is None  # no drive yet
    drives.append(stick)  # plugged in
    watch.look()
    qtbot.waitUntil(lambda: importer.question is not None, timeout=TIMEOUT)
    assert importer.question is not None
    assert f"edition {B + 1}" in importer.question.text()
    with qtbot.waitSignal(importer.imported, timeout=TIMEOUT):
        importer.import_button.click()
    watch.look()  # the same stick, still in: not offered again
    qtbot.wait(300)
    assert importer.question is None


def test_a_stick_with_nothing_newer_is_only_said_in_the_status_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    importer, watch = window.edition_import, window.stick_watch
    stick = _stick(tmp_path, "old-stick", make_pack(tmp_path, B, throwaway_keys["publishing-1"]))
    watch.volumes = lambda: [stick]
    with qtbot.waitSignal(importer.finished, timeout=TIMEOUT) as said:
        watch.look()
    assert said.args == ["The stick holds no newer edition than yours."]
    assert importer.refusal is None
    assert importer.question is None


EXAMPLE_HISTORY = Path(__file__).resolve().parents[2] / "docs/examples/bundle/coact-bundle"


def _delta(tmp_path: Path, version: int, key: SecretKey, base: Path) -> Path:
    """A delta after ``base``: the documented example's TEST history joins the edition."""
    folder = tmp_path / f"test-edition-{version}"
    shutil.copytree(bundled_edition_dir(), folder)
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    meta.update(version=version, title=f"{meta['title']} (TEST EDITION {version})")
    (folder / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    history = history_from_json(json.loads((EXAMPLE_HISTORY / "data/history.json").read_text()))
    state = read_signed_state(base, shipped_root()).records
    target = tmp_path / f"edition-{version}-delta.coactpack"
    notes = "TEST NOTES: the example group's history joins."
    write_pack(load_edition(folder), folder, [history], notes, key, target, base=state)
    return target


def test_a_stick_with_a_full_pack_and_a_delta_is_imported_in_order_and_says_whats_new(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    importer, watch = window.edition_import, window.stick_watch
    key = throwaway_keys["publishing-1"]
    full = make_pack(tmp_path, B + 1, key)
    stick = _stick(tmp_path, "stick", full)
    delta = _delta(tmp_path, B + 2, key, full)
    shutil.copyfile(delta, stick / "COACT_LIBRARY" / "renamed-by-someone.coactpack")
    watch.volumes = lambda: [stick]
    watch.look()
    qtbot.waitUntil(lambda: importer.question is not None, timeout=TIMEOUT)
    assert importer.question is not None
    text = importer.question.text()
    assert f"edition {B + 2}" in text  # where the route ends: the full pack, then the delta
    assert "It comes in 2 files" in text
    assert "Riverside Users Network" in text  # the delta's history, checked before asking
    with qtbot.waitSignal(importer.imported, timeout=TIMEOUT):
        importer.import_button.click()
    assert window.services is not None
    assert window.services.library.edition_version(load_edition().id) == B + 2
    assert window.status_label.text() == f"Edition {B + 2} is now in the library."
    # What's new opens by itself: the example group's chapters, with the notes.
    qtbot.waitUntil(lambda: window.whats_new is not None, timeout=TIMEOUT)
    view = window.whats_new
    assert isinstance(view, WhatsNewView)
    # From before the first file to after the last: both editions' notes, every chapter added.
    assert view.notes.text() == (
        "TEST NOTES: nothing new.\n\nTEST NOTES: the example group's history joins."
    )
    rows = [view.changes.item(i).text() for i in range(view.changes.count())]
    assert rows[0].startswith("Added (")
    assert all("(Riverside Users Network)" in r or r.startswith("Added") for r in rows), rows
    assert "New in this edition." in view.detail.toPlainText()
    assert view.open_button.isEnabled()
    slug = view.changes.currentItem().data(CHANGE_ROLE)[1].slug
    view.open_button.click()
    qtbot.waitUntil(
        lambda: window.reader.chapter is not None and window.reader.chapter.info.slug == slug,
        timeout=TIMEOUT,
    )


def test_a_changed_chapter_shows_what_was_taken_out_and_what_is_new(
    qtbot: QtBot, window: MainWindow
) -> None:
    change = ChapterChange(
        "test", "TEST CHAPTER", "", "TEST TEXT: we met in 2015.", "TEST TEXT: we met in 2016."
    )
    news = WhatsNew(B + 1, "TEST EDITION", "2026-12-02", "TEST NOTES", (), (change,), ())
    view = WhatsNewView(news, lambda _slug: None, window)
    qtbot.addWidget(view)
    view.show()
    assert view.changes.item(0).text() == "Changed (1)"
    assert view.changes.currentRow() == 1  # the first change chosen, not its heading
    html = view.detail.toHtml()
    assert "line-through" in html  # <del> as Qt keeps it
    assert "underline" in html
    assert view.detail.toPlainText().count("2015") == 1
    assert "Struck-through words were taken out" in view.detail.toPlainText()


def test_a_chapter_chosen_while_the_new_edition_loads_stays_open(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # After an import the window reads the chapter being read again; a reader who chose another
    # chapter meanwhile must not be sent back (this once made a test wait in vain in CI).
    window.open_chapter("introduction")
    qtbot.waitUntil(lambda: window.reader.chapter is not None, timeout=TIMEOUT)
    assert window.services is not None
    library = window.services.library
    slow_contents = library.chapters

    def chapters() -> object:
        time.sleep(0.5)  # the reread's first step: it finishes after the chapter chosen below
        return slow_contents()

    monkeypatch.setattr(library, "chapters", chapters)
    window._edition_imported(None)
    window.open_chapter("human-rights")
    qtbot.wait(1500)
    assert window.reader.chapter is not None
    assert window.reader.chapter.info.slug == "human-rights"
