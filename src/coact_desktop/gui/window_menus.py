"""The window's menus, their shortcuts (which win over a text field's), and Help."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMenu, QWidget

from coact_desktop import __version__
from coact_desktop.gui.markup import escape

if TYPE_CHECKING:
    from coact_desktop.gui.main_window import MainWindow


class WindowMenus(QObject):
    """File, View, Keys, Coact and Help, built on a window and calling its slots."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        # The titles are in the first paint; what is in the menus comes just after it (fill):
        # their actions, shortcuts and submenus cost 7 ms, and nobody opens a menu that soon.
        # Each menu by the Latin letter that opens it in every language (_latin_menu_keys).
        self._menus = {
            "F": bar.addMenu(self.tr("&File")),
            "V": bar.addMenu(self.tr("&View")),
            "K": bar.addMenu(self.tr("&Keys")),
            "C": bar.addMenu(self.tr("&Coact")),
            "H": bar.addMenu(self.tr("&Help")),
        }
        self.menu_keys = ShortcutsFirst(window, self)
        self.filled = False

    def fill(self) -> None:
        """Put the actions, their shortcuts and the submenus in the menus (once)."""
        if self.filled:
            return
        self.filled = True
        window = self.window

        def action(
            text: str, keys: list[QtGui.QKeySequence], slot: Any, menu: Any
        ) -> QtGui.QAction:
            act = QtGui.QAction(text, window)
            act.setShortcuts(keys)
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        # Qt's key classes through their module: built here, after the first paint, not before.
        seq = QtGui.QKeySequence
        std = seq.StandardKey
        file_menu, view, keys, coact, help_menu = self._menus.values()
        action(self.tr("&New draft…"), [], window.new_draft, file_menu)
        action(self.tr("&Import a file…"), [], window.import_file, file_menu)
        action(self.tr("&Copy the library to a stick…"), [], window.share_library, file_menu)
        action(self.tr("Copy Coact &Desktop to a stick…"), [], window.share_program, file_menu)
        self.export_action = action(
            self.tr("&Export the open draft…"), [], window.export_draft, file_menu
        )
        file_menu.aboutToShow.connect(self._update_file_menu)
        window.safety.add_actions(file_menu)
        file_menu.addSeparator()
        # One owner per shortcut: the platform's Quit is Ctrl+Q here, and twice is ambiguous.
        action(self.tr("&Quit"), _unique([seq(std.Quit), seq("Ctrl+Q")]),
               window.close, file_menu)  # fmt: skip
        action(self.tr("&Find in chapter"), [seq(std.Find)], window.find_in_page, view)
        action(
            self.tr("&Search the history"),
            [seq("Ctrl+K")],
            window.focus_search,
            view,
        )
        action(self.tr("&What's new in this edition"), [], window.show_whats_new, view)
        view.addSeparator()
        action(
            self.tr("&Previous chapter"),
            [seq("Ctrl+PgUp"), seq(std.Back)],
            lambda: window.step_chapter(-1),
            view,
        )
        action(
            self.tr("Ne&xt chapter"),
            [seq("Ctrl+PgDown"), seq(std.Forward)],
            lambda: window.step_chapter(+1),
            view,
        )
        view.addSeparator()
        action(
            self.tr("Zoom &in"),
            _unique(
                [
                    seq(std.ZoomIn),
                    seq("Ctrl++"),
                    seq("Ctrl+="),
                ]
            ),
            window.reader.zoom_in,
            view,
        )
        action(
            self.tr("Zoom &out"),
            _unique([seq(std.ZoomOut), seq("Ctrl+-")]),
            window.reader.zoom_out,
            view,
        )
        action(self.tr("&Normal size"), [seq("Ctrl+0")], window.reader.zoom_reset, view)
        view.addSeparator()
        from coact_desktop.gui.language_menu import LanguageMenu

        self.language = LanguageMenu(window, window.settings, view.addMenu(self.tr("&Language")))
        from coact_desktop.gui.keys_menu import KeysMenu

        self.keys_menu = KeysMenu(window, window.runner, keys)
        action(self.tr("&Inbox of received files"), [], window.show_inbox, coact)
        action(self.tr("&Editions workspace…"), [], window.show_editions_workspace, coact)
        action(
            self.tr("&Open received files…"),
            [seq("Ctrl+O")],
            window.open_bundles,
            coact,
        )
        action(self.tr("&Keyboard shortcuts"), [], self.show_shortcuts, help_menu)
        action(self.tr("&About Coact Desktop"), [], self.show_about, help_menu)
        self.latin_keys = _latin_menu_keys(window, self._menus)

    def _update_file_menu(self) -> None:
        ready = self.window.services is not None and self.window.views_built()
        self.export_action.setEnabled(ready and self.window.drafts.editor.draft is not None)

    def action_for(self, keys: QtGui.QKeySequence) -> QtGui.QAction | None:
        """The menu action a key sequence belongs to, if any."""
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            for act in menu.actions() if isinstance(menu, QMenu) else []:
                if keys in act.shortcuts():
                    return act
        return None

    def shortcuts(self) -> list[tuple[str, str]]:
        """Every keyboard shortcut of the window's menus, with what it does."""
        rows = []
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            for act in menu.actions() if isinstance(menu, QMenu) else []:
                keys = [
                    k.toString(QtGui.QKeySequence.SequenceFormat.NativeText)
                    for k in act.shortcuts()
                ]
                if keys:
                    rows.append((", ".join(keys), act.text().replace("&", "")))
        return rows

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts, the menus' and the draft editor's."""
        from coact_desktop.gui.draft_editor import PAGE_KEYS

        extra = [
            (", ".join(PAGE_KEYS), self.tr("In a draft: text, timeline, people, files")),
            ("Alt+A", self.tr("In a draft's timeline or people: add a row")),
            ("Ctrl+B, Ctrl+L", self.tr("In a draft's text: bold, link")),
            ("Tab, Shift+Tab", self.tr("In a table: the next or the previous cell")),
        ]
        rows = "".join(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
            for keys, what in [*self.shortcuts(), *extra]
        )
        QtWidgets.QMessageBox.information(
            self.window, self.tr("Keyboard shortcuts"), f"<table cellpadding='3'>{rows}</table>"
        )

    def show_about(self) -> None:
        """Credit Coact and the authors, and say which version this is."""
        QtWidgets.QMessageBox.about(
            self.window,
            self.tr("About Coact Desktop"),
            self.tr(
                "<h3>Coact Desktop {version}</h3>"
                "<p>A history of drug user organising, written by Mat Southwell and Lana Durjava, "
                "Coact. The text is reproduced verbatim.</p>"
                "<p>Works offline. Nothing is sent anywhere.</p>"
            ).format(version=escape(__version__)),
        )


class ShortcutsFirst(QObject):
    """The menus' shortcuts win over a text field's own use of the same keys.

    On Linux a text field takes Ctrl+K as "delete to the end of the line": pressing Ctrl+K to
    search, while writing a draft, silently cut the rest of the line out of it.
    """

    def __init__(self, window: QWidget, menus: WindowMenus) -> None:
        super().__init__(window)
        self._window = window
        self._menus = menus
        self._watching = False

    def watch(self) -> None:
        """Start filtering the program's keys; the window does so once it has first painted.

        A filter on the whole program sees every event of every object, and PySide then builds
        a Python type for each kind of object and event: 10 ms before the first paint, if sooner.
        """
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Decline a text field's claim on a key that a menu action owns; and when such a key
        reaches a widget of this window as plain typing (no shortcut fired: the window was not
        given back its activation after a dialog, as on a desktop without a window manager),
        do what the menu says instead of letting the key edit the text."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QtGui.QKeyEvent) or not isinstance(watched, QWidget):
            return False
        action = self._menus.action_for(QtGui.QKeySequence(event.keyCombination()))
        if action is None or watched.window() is not self._window:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()
        elif action.isEnabled():
            action.trigger()
        return True


def _latin_menu_keys(window: MainWindow, menus: dict[str, QMenu]) -> list[QtGui.QShortcut]:
    """Alt+F, Alt+V, Alt+K, Alt+C, Alt+H open the menus in every language, as in English.

    A title translated into another script has its own letter (Alt+Ф, Alt+ไ), which works only
    while the keyboard is set to that language; many people type with a Latin layout on, and
    guides and helpers say "Alt+F". A language written in Latin letters keeps its own.
    """
    made = []
    bar = window.menuBar()
    for letter, menu in menus.items():
        title = menu.title().replace("&&", "")
        own = title[title.index("&") + 1] if "&" in title[:-1] else ""
        if own.isascii() and own.isalpha():
            continue  # the translator chose a Latin letter: it is the one to press
        shortcut = QtGui.QShortcut(QtGui.QKeySequence(f"Alt+{letter}"), window)
        shortcut.activated.connect(lambda menu=menu: bar.setActiveAction(menu.menuAction()))
        made.append(shortcut)
    return made


def _unique(keys: list[QtGui.QKeySequence]) -> list[QtGui.QKeySequence]:
    """Shortcuts without repeats (a platform's standard key may equal one we add)."""
    out: list[QtGui.QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in out:
            out.append(key)
    return out
