"""Every control a person can reach with Tab has a name a screen reader can say.

Fast checks through Qt's own accessibility interfaces; the AT-SPI walk in tests/e2e checks the
same the way Orca sees it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QApplication, QWidget
from pytestqt.qtbot import QtBot

from coact_desktop.core.drafts.model import Profile
from coact_desktop.core.library.changes import ChapterChange, WhatsNew
from coact_desktop.gui import theme
from coact_desktop.gui.diff_html import diff_html
from coact_desktop.gui.draft_dialogs import ProfileDialog
from coact_desktop.gui.main_window import MainWindow
from coact_desktop.gui.notice_bar import NoticeBar
from coact_desktop.gui.whats_new_view import WhatsNewView

TIMEOUT = 20_000


def unnamed(root: QWidget) -> list[str]:
    """The focusable, visible controls under root whose accessible name is empty."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # a spin box's own text field: the spin box is announced, not its parts
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None, type(widget).__name__
        if not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {_path(widget)}")
    return found


def _path(widget: QWidget) -> str:
    names = []
    parent = widget.parentWidget()
    while parent is not None:
        names.append(parent.accessibleName() or type(parent).__name__)
        parent = parent.parentWidget()
    return " < ".join(names[:3])


def test_every_view_of_the_window_names_its_controls(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert unnamed(window) == [], window.tabs.tabText(index)


def test_a_draft_names_every_control_of_every_page(qtbot: QtBot, window: MainWindow) -> None:
    view = window.drafts
    window.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        view.create_draft(Profile(name="Test Group", country="Exampleland", models=("grassroots",)))
    editor = view.editor
    editor.events.add_row()
    editor.people.add_row()
    for page in range(editor.pages.count()):
        editor.pages.setCurrentIndex(page)
        assert unnamed(window) == [], editor.pages.tabText(page)


def test_tables_and_lists_say_what_they_hold(qtbot: QtBot, window: MainWindow) -> None:
    checked = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for item_view in window.findChildren(QAbstractItemView):
            # (A combo box's hidden drop-down list is announced as the combo box.)
            if item_view.isVisibleTo(window) and item_view.focusPolicy() != Qt.FocusPolicy.NoFocus:
                interface = QAccessible.queryAccessibleInterface(item_view)
                assert interface is not None
                assert interface.text(QAccessible.Text.Name).strip(), type(item_view).__name__
                checked += 1
    assert checked > 3


def test_the_dialogs_name_their_controls(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = ProfileDialog([("grassroots", "Grassroots drug user organising")], Profile())
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    dialog.close()
    view = window.drafts
    window.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        view.create_draft(Profile(name="Test Group", country="Exampleland", models=("grassroots",)))
    view.open_export_wizard()
    wizard = view.export_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT)
    assert unnamed(wizard) == [], "export wizard, first page"
    wizard.reject()
    # The revision history of the draft.
    view._show_history()
    qtbot.waitUntil(lambda: getattr(view, "history", None) is not None, timeout=TIMEOUT)
    qtbot.waitUntil(view.history.isVisible, timeout=TIMEOUT)
    assert unnamed(view.history) == [], "revision history"
    view.history.close()
    # What's new in an edition (test text, not Coact's).
    change = ChapterChange("test", "TEST CHAPTER", "", "TEST TEXT: one.", "TEST TEXT: two.")
    news = WhatsNew(3, "TEST EDITION", "2026-12-02", "TEST NOTES", (), (change,), ())
    whats_new = WhatsNewView(news, lambda _slug: None, window)
    qtbot.addWidget(whats_new)
    whats_new.show()
    assert unnamed(whats_new) == [], "what's new"


def test_text_size_applies_to_the_whole_window(qtbot: QtBot, window: MainWindow) -> None:
    base = QApplication.font().pointSizeF()
    label = window.status_label  # a label of the window's chrome
    reading = window.reader.browser.document().defaultFont().pointSizeF()
    try:
        for _ in range(3):
            window.reader.zoom_in()
        assert QApplication.font().pointSizeF() == base + 3
        # Widgets take the new font as Qt delivers the change, at once but by event.
        qtbot.waitUntil(lambda: label.font().pointSizeF() == base + 3, timeout=2000)
        assert window.reader.browser.document().defaultFont().pointSizeF() == reading + 3
        assert window.settings.value("reader/zoom") in (3, "3")
    finally:
        window.reader.set_zoom(0)
    assert QApplication.font().pointSizeF() == base


def test_high_contrast_uses_the_systems_colours(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    palette = window.palette()
    ours = theme.match_format(palette)
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    marks = theme.match_format(palette)
    assert marks.background().color() == palette.color(QPalette.ColorRole.Highlight)
    assert marks.foreground().color() == palette.color(QPalette.ColorRole.HighlightedText)
    assert ours.background().color() != marks.background().color()
    assert theme.tinted("QLabel { background: #fff4ce; }") == ""
    assert "background:transparent" in diff_html("a b", "a c", dark=False, plain=True)
    # As the system says it (Qt reads GNOME's, KDE's and Windows' setting): not asked for here.
    monkeypatch.undo()
    assert theme.high_contrast() is False
    assert NoticeBar().styleSheet()  # our colours when high contrast is not asked for


def test_at_twice_the_text_size_the_window_still_fits_an_old_laptops_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.drafts
    window.tabs.setCurrentWidget(view)
    with qtbot.waitSignal(view.draft_opened, timeout=TIMEOUT):
        view.create_draft(Profile(name="Test Group", country="Exampleland", models=("grassroots",)))
    contents_before = window.splitter.sizes()[0]
    base = QApplication.font().pointSizeF()
    try:
        window.reader.set_zoom(round(base))  # twice the text size
        qtbot.waitUntil(lambda: window.status_label.font().pointSizeF() == 2 * base, timeout=2000)
        # Rows of buttons wrap instead of widening the window past a 1366-pixel screen.
        header = view.editor.header
        buttons = [header.itemAt(i).widget() for i in range(header.count())]
        one_row = sum(b.sizeHint().width() for b in buttons)
        assert header.minimumSize().width() < one_row // 2  # far narrower than all in a row
        assert header.heightForWidth(one_row // 2) > max(b.sizeHint().height() for b in buttons)
        assert window.minimumSizeHint().width() < one_row, window.minimumSizeHint()
        # The contents panel grows with its text, so its titles stay readable.
        assert window.splitter.sizes()[0] > contents_before
        # The organisations' names keep their share of the table; no word is cut.
        window.resize(1200, 720)
        window.tabs.setCurrentWidget(window.organisations)
        table = window.organisations.table
        qtbot.waitUntil(lambda: table.columnWidth(0) >= 0.35 * table.viewport().width() - 1)
        metrics = table.fontMetrics()
        for column in (2, 3):
            words = {
                w
                for row in range(table.model().rowCount())
                for w in str(table.model().index(row, column).data() or "").split()
            }
            widest = max(metrics.horizontalAdvance(w) for w in words)
            assert table.columnWidth(column) >= widest, (column, widest)
    finally:
        window.reader.set_zoom(0)
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() == base, timeout=2000)
    # Back at the usual size, the side columns are not squeezed: each has its contents' width
    # (what the rows in view need), up to its share.
    table = window.organisations.table

    def unsqueezed() -> bool:
        share = int(0.22 * table.viewport().width())
        return all(table.columnWidth(c) >= min(share, table.sizeHintForColumn(c)) for c in (2, 3))

    qtbot.waitUntil(unsqueezed, timeout=2000)
