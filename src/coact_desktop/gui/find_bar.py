"""Find in page (Ctrl+F): every match marked, the current one selected, counted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from coact_desktop.gui.theme import match_format


class FindBar(QWidget):
    """A bar under the reading view that finds text in the shown chapter."""

    moved = Signal()  # the view was scrolled to a match

    def __init__(self, browser: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browser = browser
        self._matches: list[QTextCursor] = []
        self._current = -1
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in this chapter"))
        self.edit.setAccessibleName(self.tr("Find in this chapter"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setMinimumWidth(90)
        previous = QToolButton(self)
        #: Find in the chapter: go to the previous match.
        previous.setText(self.tr("Previous"))
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        following = QToolButton(self)
        following.setText(self.tr("Next"))
        following.setToolTip(self.tr("Next match (Enter)"))
        close = QToolButton(self)
        close.setText(self.tr("Close"))
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.edit, self.count, previous, following, close):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self.refresh)
        self.edit.returnPressed.connect(self.next)
        previous.clicked.connect(self.previous)
        following.clicked.connect(self.next)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.edit, self.previous)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, self.previous)

    def open(self) -> None:
        """Show the bar and put the cursor in it, selecting what was typed before."""
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        """Hide the bar and remove the marks."""
        self.hide()
        self._matches = []
        self._current = -1
        self._apply()
        self._browser.setFocus()

    def refresh(self) -> None:
        """Find every match of the current text in the current document."""
        needle = self.edit.text()
        self._matches = []
        if needle and self.isVisible():
            document = self._browser.document()
            cursor = document.find(needle, 0)
            while not cursor.isNull():
                self._matches.append(cursor)
                cursor = document.find(needle, cursor, QTextDocument.FindFlag(0))
        self._current = 0 if self._matches else -1
        self._apply()

    def next(self) -> None:
        """Go to the next match, wrapping around."""
        if self._matches:
            self._current = (self._current + 1) % len(self._matches)
            self._apply()

    def previous(self) -> None:
        """Go to the previous match, wrapping around."""
        if self._matches:
            self._current = (self._current - 1) % len(self._matches)
            self._apply()

    @property
    def match_count(self) -> int:
        """How many matches the current text has."""
        return len(self._matches)

    @property
    def current_index(self) -> int:
        """Which match is current (0-based), or -1."""
        return self._current

    def _apply(self) -> None:
        palette = self._browser.palette()
        selections = []
        for i, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = match_format(palette, current=i == self._current)
            selections.append(selection)
        self._browser.setExtraSelections(selections)
        if self._current >= 0:
            self._browser.setTextCursor(self._matches[self._current])
            self._browser.ensureCursorVisible()
            self.moved.emit()
            self.count.setText(
                self.tr("{current} of {total}").format(
                    current=self._current + 1, total=len(self._matches)
                )
            )
        elif self.edit.text():
            self.count.setText(self.tr("No matches"))
        else:
            self.count.clear()
