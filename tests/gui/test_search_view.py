"""Search in the real window: as you type, suggestions, filters, opening a result."""

from __future__ import annotations

import shutil
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.gui.main_window import MainWindow

TIMEOUT = 10_000


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into the search box and wait for the results of exactly that text."""
    window.search.box.clear()
    with qtbot.waitSignal(window.search_finished, timeout=TIMEOUT):
        qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(lambda: window.search.box.text() == text)


def shown_hits(window: MainWindow) -> list:
    return [window.search.hit_at(row) for row in range(window.search.results.count())]


def test_ctrl_k_goes_to_search_and_results_come_as_you_type(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.search
    assert window.search.box.hasFocus()
    type_query(qtbot, window, "organise")
    hits = shown_hits(window)
    assert len(hits) >= 5
    for hit in hits:
        marked = [hit.snippet.text[a:b].lower() for a, b in hit.snippet.highlights]
        assert marked
        assert all(word.startswith("organi") for word in marked)
    html = window.search.results.item(0).data(Qt.ItemDataRole.DisplayRole)
    assert "<b>" in html
    assert hits[0].chapter_title in html
    assert "results" in window.search.status.text()


def test_opening_a_result_shows_the_passage_with_the_words_marked(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.focus_search()
    type_query(qtbot, window, "ketamine")
    hit = window.search.hit_at(0)
    assert hit.passage_id == "grassroots:3"
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.reader)
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "grassroots")
    qtbot.waitUntil(lambda: bool(window.reader.browser.extraSelections()))
    selections = window.reader.browser.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["ketamine"]


def test_a_misspelling_offers_did_you_mean_and_close_spellings(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.focus_search()
    type_query(qtbot, window, "metadone")
    status = window.search.status.text()
    assert "methadone" in status
    assert 'href="suggest"' in status
    assert shown_hits(window), "fuzzy fallback shows close spellings"
    assert "close spellings: " in status  # the count follows the colon, no stop between
    window.search.status.linkActivated.emit("suggest")
    assert window.search.box.text() == "methadone"


def test_filters_restrict_results(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_search()
    type_query(qtbot, window, "drug")
    everything = len(shown_hits(window))
    country = window.search.country
    with qtbot.waitSignal(window.search_finished, timeout=TIMEOUT):
        country.setCurrentIndex(country.findData("Australia"))
    hits = shown_hits(window)
    assert 0 < len(hits) < everything
    assert {h.passage_id for h in hits} <= {"public-health:1", "public-health:4"}
    model = window.search.model
    with qtbot.waitSignal(window.search_finished, timeout=TIMEOUT):
        model.setCurrentIndex(model.findData("grassroots"))
    assert shown_hits(window) == []
    assert "Nothing found" in window.search.status.text()


def test_search_works_after_the_index_is_deleted(
    qtbot: QtBot, profile: ProfilePaths, started: Callable[[ProfilePaths], MainWindow]
) -> None:
    first = started(profile)
    first.close()
    shutil.rmtree(profile.search_root)
    second = started(profile)
    assert profile.search_root.exists()
    second.focus_search()
    type_query(qtbot, second, "hepatitis")
    assert len(shown_hits(second)) >= 3
    second.close()


def test_enter_right_after_typing_opens_the_first_result_of_what_was_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.focus_search()
    type_query(qtbot, window, "hepatitis")
    window.search.box.setText("ketamine")  # and Enter before the pause that starts the search
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.reader, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bool(window.reader.browser.extraSelections()), timeout=TIMEOUT)
    selections = window.reader.browser.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["ketamine"]


def test_a_word_in_another_script_that_finds_nothing_says_the_history_is_english(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.focus_search()
    with qtbot.waitSignal(window.search_finished, timeout=TIMEOUT):
        window.search.box.setText("เข็มฉีดยา")  # Thai for "syringe" (as an input method puts it)
    assert shown_hits(window) == []
    assert "try an English word" in window.search.status.text()
    with qtbot.waitSignal(window.search_finished, timeout=TIMEOUT):
        window.search.box.setText("zzqxj")  # nothing found in English: no such advice
    assert "Nothing found" in window.search.status.text()
    assert "English word" not in window.search.status.text()


def test_a_build_shows_its_progress_and_cancel_in_the_status_bar_until_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.services is not None
    with qtbot.waitSignal(window.index.ready, timeout=30_000):
        window.index.prepare(window.services, force=True)
        (bar,) = window.statusBar().findChildren(QProgressBar)
        (cancel,) = window.statusBar().findChildren(QPushButton)
        assert bar.isVisible()
        assert bar.accessibleName() == "Progress"
        assert cancel.isVisible()
        assert cancel.text() == "Cancel"
    assert not bar.isVisible()
    assert not cancel.isVisible()
    assert window.statusBar().findChildren(QProgressBar) == [bar]  # made once, used again
