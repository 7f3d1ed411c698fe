"""Every user-visible string of the window's chrome goes through Qt's tr()."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)

from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.gui.main_window import MainWindow

OPEN, CLOSE = "⟦", "⟧"


class PseudoTranslator(QTranslator):
    """Wraps every translated string, so an untranslated one stands out."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo() -> Iterator[None]:
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def visible_strings(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for the chrome: labels, buttons, placeholders, tabs, menus, headers."""
    # The window's title names the chapter shown: Coact's text, not the program's words.
    assert window.reader.chapter is not None
    assert window.windowTitle() == window.reader.chapter.info.title
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        kind = type(widget).__name__
        if widget.accessibleName():
            found.append((f"{kind} accessible name", widget.accessibleName()))
        if isinstance(widget, QLabel) and widget.text():
            found.append((f"{kind} text", widget.text()))
        if isinstance(widget, QAbstractButton) and widget.text():
            found.append((f"{kind} text", widget.text()))
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append((f"{kind} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox) and widget.count():
            found.append((f"{kind} first item", widget.itemText(0)))
        if isinstance(widget, QTabWidget):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [
                ("header", str(model.headerData(c, widget.horizontalHeader().orientation())))
                for c in range(model.columnCount())
            ]
    for menu in window.menuBar().findChildren(QMenu):
        if menu.title():
            found.append(("menu", menu.title()))
        menu.aboutToShow.emit()  # menus filled when first opened (View › Language)
        found += [
            ("action", a.text())
            for a in menu.actions()
            # Languages are named in their own words ("Русский"), never translated.
            if not a.isSeparator() and not (a.objectName().startswith("language-") and a.data())
        ]
    return found


def test_every_visible_string_is_translatable(
    pseudo: None, profile: ProfilePaths, started: Callable[[ProfilePaths], MainWindow]
) -> None:
    window = started(profile)
    strings = visible_strings(window)
    assert len(strings) > 40
    untranslated = [(where, text) for where, text in strings if OPEN not in text]
    assert untranslated == []
    window.close()
