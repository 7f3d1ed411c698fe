"""Coact's answer on the draft it belongs to: the decision, the comments, Coact's changes."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.gui import theme
from coact_desktop.gui.diff_html import diff_html, paragraphs

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class AnswerView(QDialog):
    """Beside the draft (not modal): each section's note, and Coact's version as a diff."""

    def __init__(
        self,
        answer: Any,
        current_body: Callable[[str], str | None],
        take: Callable[[str, str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._answer = answer
        self._current_body = current_body  # the draft's text of a section now, by title
        self._take = take
        self.setWindowTitle(self.tr("Coact's answer"))
        self.resize(860, 560)
        self.heading = QLabel(self._heading())
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # every value in it is escaped
        self.heading.setWordWrap(True)
        self.comment = QLabel(answer.comment or self.tr("Coact wrote no general comment."))
        self.comment.setTextFormat(Qt.TextFormat.PlainText)
        self.comment.setWordWrap(True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections Coact wrote about"))
        for note in answer.sections:
            words = note.title + (self.tr(" (a change)") if note.text is not None else "")
            item = QListWidgetItem(words)
            item.setData(NOTE_ROLE, note)
            self.sections.addItem(item)
        if not answer.sections:
            self.sections.addItem(self.tr("No notes on single sections."))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Coact's note, and its change marked"))
        self.detail.setFont(theme.reading_font(0))
        split = QSplitter()
        split.addWidget(self.sections)
        split.addWidget(self.detail)
        split.setSizes([300, 560])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.take_button = QPushButton(self.tr("&Use Coact's version of this section"))
        self.take_button.setEnabled(False)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.take_button.clicked.connect(self._take_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.comment)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.sections.currentItemChanged.connect(self._show)
        if answer.sections:
            self.sections.setCurrentRow(0)
        self.sections.setFocus()

    def _heading(self) -> str:
        answer = self._answer
        decision = {
            #: Coact's decision on a group's history: taken into the library.
            "accepted": self.tr("Accepted"),
            "accepted_with_changes": self.tr("Accepted with changes"),
            "changes_requested": self.tr("Changes asked for"),
        }.get(answer.decision, escape(answer.decision))
        text = self.tr("<b>{decision}</b>: Coact's answer to bundle {sequence}, signed {date}.")
        text = text.format(
            decision=decision, sequence=answer.sequence, date=escape(answer.created[:10])
        )
        if answer.edition is not None:
            text += " " + self.tr("It is in edition {edition} of the library.").format(
                edition=answer.edition
            )
        return text

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        note = item.data(NOTE_ROLE) if item is not None else None
        if note is None:
            self.detail.clear()
            self.take_button.setEnabled(False)
            return
        parts = [f"<h2>{escape(note.title)}</h2>"]
        if note.comment:
            parts.append(f"<p><b>{escape(self.tr('Coact says:'))}</b> {escape(note.comment)}</p>")
        current = self._current_body(note.title)
        can_take = note.text is not None and current is not None and current != note.text
        if note.text is not None and current is None:
            parts.append(
                "<p><i>"
                + escape(self.tr("Your draft has no section of this name now; Coact's version:"))
                + "</i></p>"
                + paragraphs(escape(note.text))
            )
        elif note.text is not None and current == note.text:
            parts.append(
                "<p><i>" + escape(self.tr("Your draft already says it as Coact does.")) + "</i></p>"
            )
        elif note.text is not None and current is not None:
            parts.append(
                "<p><i>"
                + escape(
                    self.tr(
                        "Struck-through words are yours that Coact's version leaves out; "
                        "underlined words are Coact's."
                    )
                )
                + "</i></p>"
                + diff_html(
                    current, note.text, theme.is_dark(self.palette()), theme.high_contrast()
                )
            )
        self.take_button.setEnabled(can_take)
        self.detail.setHtml("".join(parts))

    def _take_current(self) -> None:
        item = self.sections.currentItem()
        note = item.data(NOTE_ROLE) if item is not None else None
        if note is None or note.text is None:
            return
        self._take(note.title, note.text)
        self._show(item)  # now the same words: nothing more to take

    def select(self, title: str) -> None:
        """Choose a section's note (for tests and screenshots)."""
        for row in range(self.sections.count()):
            note = self.sections.item(row).data(NOTE_ROLE)
            if note is not None and note.title == title:
                self.sections.setCurrentRow(row)
                return
        raise LookupError(title)
