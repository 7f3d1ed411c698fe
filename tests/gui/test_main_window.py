"""The main window driven as a person would: read, navigate, find, zoom, remember."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from coact_desktop.core.library.edition import load_edition
from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.gui.app import open_window
from coact_desktop.gui.contents_view import ContentsView
from coact_desktop.gui.main_window import MainWindow
from coact_desktop.gui.rendering import passage_display_text

EDITION = load_edition()


def chapter_texts(slug: str) -> list[str]:
    chapter = next(c for c in EDITION.chapters if c.slug == slug)
    return [p.text[2:] if p.is_list_item else p.text for p in chapter.passages]


def test_opens_on_the_introduction_with_the_authors_credited(window: MainWindow) -> None:
    assert window.reader.chapter is not None
    assert window.reader.chapter.info.slug == "introduction"
    assert chapter_texts("introduction")[0] in window.reader.visible_text()
    assert "Mat Southwell and Lana Durjava" in window.credit.text()
    assert "Coact" in window.credit.text()
    assert window.contents.slugs() == [c.slug for c in EDITION.chapters]


def test_contents_tree_groups_the_seven_models(window: MainWindow) -> None:
    top = [window.contents.topLevelItem(i) for i in range(window.contents.topLevelItemCount())]
    models = next(item for item in top if item.childCount())
    assert models.childCount() == 7
    assert [models.child(i).text(0) for i in range(7)] == [
        c.title for c in EDITION.chapters if c.kind == "model"
    ]
    assert not models.flags() & Qt.ItemFlag.ItemIsSelectable
    assert models.child(0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_the_first_paint_s_headings_are_unselectable_once_it_is_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    chapters = window.services.library.chapters()

    def heading(view: ContentsView) -> QTreeWidgetItem:
        tops = (view.topLevelItem(i) for i in range(view.topLevelItemCount()))
        return next(item for item in tops if item.childCount())

    in_paint = ContentsView(in_first_paint=True)
    qtbot.addWidget(in_paint)
    in_paint.set_chapters(chapters)
    assert heading(in_paint).flags() & Qt.ItemFlag.ItemIsSelectable  # a Qt.ItemFlag builds Qt
    in_paint.after_first_paint()
    assert not heading(in_paint).flags() & Qt.ItemFlag.ItemIsSelectable
    in_paint.set_chapters(chapters)
    assert not heading(in_paint).flags() & Qt.ItemFlag.ItemIsSelectable
    # Any other contents (an edition's preview): unselectable at once.
    preview = ContentsView()
    qtbot.addWidget(preview)
    preview.set_chapters(chapters)
    assert not heading(preview).flags() & Qt.ItemFlag.ItemIsSelectable


def test_choosing_a_chapter_shows_it_verbatim(qtbot: QtBot, window: MainWindow) -> None:
    window.contents.setCurrentItem(window.contents._items["human-rights"])
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "human-rights")
    shown = window.reader.visible_text()
    assert shown.startswith("Human Rights Activism")
    for text in chapter_texts("human-rights"):
        assert text in shown


def test_find_in_page_counts_and_steps_through_matches(qtbot: QtBot, window: MainWindow) -> None:
    window.open_chapter("grassroots")
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "grassroots")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader.find_bar
    assert bar.isVisible()
    assert bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "drug user")
    expected = window.reader.visible_text().lower().count("drug user")
    assert expected > 2
    assert bar.match_count == expected
    assert bar.current_index == 0
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.current_index == 1
    selected = window.reader.browser.textCursor().selectedText()
    assert selected.lower() == "drug user"
    assert len(window.reader.browser.extraSelections()) == expected
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.reader.browser.extraSelections() == []


def test_zoom_keys_change_and_remember_the_text_size(qtbot: QtBot, window: MainWindow) -> None:
    size = window.reader.browser.document().defaultFont().pointSize()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.browser.document().defaultFont().pointSize() == size + 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.browser.document().defaultFont().pointSize() == size + 1
    assert int(window.settings.value("reader/zoom")) == 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.browser.document().defaultFont().pointSize() == size


def test_reading_position_and_layout_are_remembered(
    qtbot: QtBot, profile: ProfilePaths, started: Callable[[ProfilePaths], MainWindow]
) -> None:
    first = started(profile)
    first.open_chapter("public-health")
    qtbot.waitUntil(lambda: first.reader.chapter.info.slug == "public-health")
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    first.reader.set_zoom(2)
    qtbot.waitUntil(lambda: first.reader.browser.verticalScrollBar().maximum() > 0)
    first.reader.set_scroll_fraction(0.5)
    first.tabs.setCurrentWidget(first.timeline)
    first.close()

    # The next start shows the same chapter before the library has been opened at all.
    second = open_window(profile)
    qtbot.addWidget(second)
    second.show()
    assert second.services is None
    assert second.reader.chapter is not None
    assert second.reader.chapter.info.slug == "public-health"
    assert second.size().width() == 760
    assert second.size().height() == 560
    assert second.reader.zoom == 2
    with qtbot.waitSignal(second.search_ready, timeout=60_000):
        second.start()
    assert second.tabs.currentWidget() is second.timeline
    second.tabs.setCurrentWidget(second.reader)
    qtbot.waitUntil(lambda: abs(second.reader.scroll_fraction() - 0.5) < 0.05)
    second.close()


def test_settings_live_in_the_profile(window: MainWindow, profile: ProfilePaths) -> None:
    window.close()
    stored = QSettings(str(profile.settings), QSettings.Format.IniFormat)
    assert stored.value("reader/chapter") == "introduction"
    assert profile.settings.exists()


def test_reader_follows_a_dark_system_palette(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QGuiApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    try:
        app.setPalette(dark)
        qtbot.wait(50)
        image = window.reader.browser.viewport().grab().toImage()
        corner = image.pixelColor(5, image.height() - 5)
        assert corner.lightness() < 60
        window.open_passage("grassroots", "grassroots:1", ((20, 30),))
        qtbot.waitUntil(lambda: bool(window.reader.browser.extraSelections()))
        selections = window.reader.browser.extraSelections()
        mark = selections[0].format.background().color()
        assert mark.lightness() < 128  # a mark that stays readable on a dark page
    finally:
        app.setPalette(original)


def test_passage_display_text_drops_only_the_list_marker() -> None:
    passage = next(p for p in EDITION.passages if p.is_list_item)
    from coact_desktop.core.dto import Passage

    dto = Passage(passage.id, passage.chapter_slug, passage.position, passage.text, True)
    assert passage_display_text(dto) == passage.text[2:]


def test_previous_and_next_chapter_by_link_and_keys(qtbot: QtBot, window: MainWindow) -> None:
    assert "Next: Grassroots drug user organising →" in window.reader.visible_text()
    assert "Previous:" not in window.reader.visible_text()
    window.reader.browser.anchorClicked.emit(QUrl("chapter:grassroots"))
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "grassroots")
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "treatment-advocacy")
    assert window.contents.current_slug() == "treatment-advocacy"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "grassroots")
    window.open_chapter("about-the-authors")
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "about-the-authors")
    assert "Next:" not in window.reader.visible_text()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.chapter.info.slug == "about-the-authors"


def test_a_chapter_chosen_while_the_library_opens_is_the_one_shown(
    qtbot: QtBot, profile: ProfilePaths, started: Callable[[ProfilePaths], MainWindow]
) -> None:
    started(profile).close()  # a profile with a library in it
    window = open_window(profile)
    qtbot.addWidget(window)
    window.show()
    window.contents.setCurrentItem(window.contents._items["conclusion"])  # before start()
    with qtbot.waitSignal(window.search_ready, timeout=60_000):
        window.start()
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "conclusion")
    assert window.contents.current_slug() == "conclusion"
    window.close()


def test_a_damaged_database_is_restored_from_its_backup_when_asked(
    qtbot: QtBot, profile: ProfilePaths, started: Callable[[ProfilePaths], MainWindow], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    started(profile).close()  # a profile, with its first backup
    with profile.database.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xff" * 4096)
    asked: list[str] = []

    def yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    window = started(profile)  # ready only after the restore
    assert asked
    assert "Restore the newest backup" in asked[0]
    assert window.services is not None
    assert len(window.services.library.chapters()) == 10
    assert list((profile.data_dir / "backups").glob("replaced-*"))
    window.close()


def test_a_profile_has_one_window_at_a_time(tmp_path: Path) -> None:
    from coact_desktop.core.storage.paths import resolve_profile
    from coact_desktop.gui.app import window_lock

    paths = resolve_profile(tmp_path / "profile")
    first = window_lock(paths)
    assert first is not None
    assert window_lock(paths) is None  # a second window would overwrite the first's saves
    first.release()
    again = window_lock(paths)
    assert again is not None
    again.release()


def _shortcut_owners(window: MainWindow) -> list[tuple[str, tuple[int, ...], str]]:
    """(key, the tab pages it lives on, what it is) for every shortcut the window holds."""
    import shiboken6
    from PySide6.QtGui import QAction, QKeySequence, QShortcut
    from PySide6.QtWidgets import QAbstractButton, QStackedWidget, QWidget

    def pages(widget: QWidget | None) -> tuple[int, ...]:
        """Which page of each stack above it: two places clash only if both can show."""
        chain: list[int] = []
        while widget is not None:
            parent = widget.parentWidget()
            if isinstance(parent, QStackedWidget):
                chain.append(shiboken6.getCppPointer(widget)[0])
            widget = parent
        return tuple(reversed(chain))

    owners = []
    for action in window.findChildren(QAction):
        place = action.parent() if isinstance(action.parent(), QWidget) else window
        owners += [(k.toString(), pages(place), action.text()) for k in action.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        place = parent if isinstance(parent, QWidget) else None
        owners.append((shortcut.key().toString(), pages(place), "QShortcut"))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            owners.append((button.shortcut().toString(), pages(button), button.text()))
        mnemonic = QKeySequence.mnemonic(button.text())
        # A button's text mnemonic is also its shortcut(): one key, counted once.
        if not mnemonic.isEmpty() and mnemonic != button.shortcut():
            owners.append((mnemonic.toString(), pages(button), button.text()))
    return [o for o in owners if o[0]]


def test_no_two_shortcuts_share_a_key(window: MainWindow) -> None:
    owners = _shortcut_owners(window)
    assert len(owners) > 15
    clashes = [
        (a, b)
        for i, a in enumerate(owners)
        for b in owners[i + 1 :]
        if a[0] == b[0]
        # Both can be on screen at once: one's pages are a start of the other's.
        and (a[1][: len(b[1])] == b[1] or b[1][: len(a[1])] == a[1])
    ]
    assert clashes == []
    assert ("Ctrl+Q", (), "&Quit") in owners


def test_the_title_names_what_is_in_front_once(qtbot: QtBot, window: MainWindow) -> None:
    # The platform adds " — Coact Desktop"; the window's own title never repeats it.
    assert "Coact Desktop" not in window.windowTitle()
    assert window.windowTitle() == "Introduction"
    window.tabs.setCurrentWidget(window.organisations)
    assert window.windowTitle() == "Organisations"


def test_the_menus_reach_drafts_files_and_help(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMenu

    menus = {
        m.title().replace("&", ""): [a.text().replace("&", "") for a in m.actions() if a.text()]
        for m in window.menuBar().findChildren(QMenu)
    }
    assert menus["File"] == [
        "New draft…",
        "Import a file…",
        "Copy the library to a stick…",
        "Copy Coact Desktop to a stick…",
        "Export the open draft…",
        "Protect drafts with a passphrase…",
        "Duress passphrase…",
        "Paper backup of the key…",
        "Lock drafts",
        "Lock when idle",
        "Quick delete…",
        "Quick delete after wrong passphrases",
        "Quit",
    ]
    assert menus["Help"] == ["Keyboard shortcuts", "About Coact Desktop"]
    shortcuts = dict((what, keys) for keys, what in window.menus.shortcuts())
    assert shortcuts["Quit"] == "Ctrl+Q"
    assert shortcuts["Search the history"] == "Ctrl+K"
    window.menuBar().findChildren(QMenu)[0].aboutToShow.emit()
    assert not window.menus.export_action.isEnabled()  # no draft is open


def test_the_about_box_gives_the_version_and_the_authors(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from coact_desktop import __version__

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.menus.show_about()
    assert __version__ in shown[0]
    assert "Mat Southwell and Lana Durjava" in shown[0]


def test_a_first_window_fits_a_small_screen(qtbot: QtBot, tmp_path: Path) -> None:
    from coact_desktop.core.storage.paths import resolve_profile

    window = open_window(resolve_profile(tmp_path / "fresh"))
    qtbot.addWidget(window)
    window.show()
    free = window.screen().availableGeometry()
    # The offscreen screen is 800 wide: a 1200 x 800 window would hide its status bar.
    assert window.frameGeometry().width() <= free.width()
    assert window.frameGeometry().height() <= free.height()
    assert free.contains(window.frameGeometry())
    window.close()


def test_the_shortcuts_list_names_the_draft_pages_keys(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    window.menus.show_shortcuts()
    assert "Alt+T, Alt+L, Alt+P, Alt+D" in shown[0]
    assert "Ctrl+K" in shown[0]
    assert "Ctrl+Q" in shown[0]


def test_the_window_has_the_program_icon_at_every_size(window: MainWindow) -> None:
    from coact_desktop.gui.app import app_icon, finish_application

    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    finish_application(QApplication.instance())  # as the program does after the first paint
    assert {s.width() for s in window.windowIcon().availableSizes()} >= {16, 48}


def test_the_start_waits_for_the_first_paint_then_calls_back_once(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from coact_desktop.gui.paint_watch import AfterFirstPaint

    label = QLabel("Test text")
    qtbot.addWidget(label)
    calls: list[bool] = []
    AfterFirstPaint(label, lambda: calls.append(label.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=900)  # sooner than the fallback second
    label.repaint()
    qtbot.wait(1200)
    assert calls == [True]  # once, not again on the next paint nor at the fallback


def test_the_reading_column_is_centred_and_no_wider_than_its_limit(
    window: MainWindow, qtbot: QtBot
) -> None:
    from coact_desktop.gui.reader_view import MAX_COLUMN

    window.tabs.setCurrentWidget(window.reader)
    browser = window.reader.browser
    for width in (1600, 1300):
        window.resize(width, 800)

        def centred() -> None:
            frame = browser.document().rootFrame().frameFormat()
            assert frame.rightMargin() == frame.leftMargin()
            text = browser.viewport().width() - 2 * frame.leftMargin()
            # Within a scroll bar's width of the limit, the same space on either side.
            assert MAX_COLUMN - 20 <= text <= MAX_COLUMN + 20

        qtbot.waitUntil(centred, timeout=3000)
