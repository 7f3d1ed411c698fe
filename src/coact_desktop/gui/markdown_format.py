"""Bold, heading, list and link buttons that write Markdown: the text stays plain and portable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QToolButton, QWidget


class FormatBar(QWidget):
    """A row of formatting buttons for one text field, with Ctrl+B and Ctrl+L inside it."""

    def __init__(self, text: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QToolButton] = []
        for label, tip, keys, action in (
            (self.tr("Bold"), self.tr("Bold (Ctrl+B)"), "Ctrl+B", self.bold),
            (self.tr("Heading"), self.tr("Make this line a heading"), "", self.heading),
            (self.tr("List"), self.tr("Make these lines a list"), "", self.as_list),
            (self.tr("Link"), self.tr("Link to a web address (Ctrl+L)"), "Ctrl+L", self.link),
        ):
            # An action, not a button's own shortcut: that one clicks 100 ms late, and the
            # letters typed meanwhile would land before the marks. Only while in the text.
            act = QAction(label, text)
            act.setToolTip(tip)
            if keys:
                act.setShortcut(QKeySequence(keys))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                text.addAction(act)
            act.triggered.connect(action)
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)

    def set_writable(self, on: bool) -> None:
        """Let the buttons and keys write, or not (the text is hidden behind a preview)."""
        for button in self.buttons:
            button.defaultAction().setEnabled(on)

    def writable(self) -> bool:
        """Whether formatting may change the text now."""
        return self.buttons[0].defaultAction().isEnabled()

    def bold(self) -> None:
        """Put ** around the selection (or an empty pair at the cursor)."""
        self._wrap("**", "**")

    def link(self) -> None:
        """Make the selection a link: [text](address), with the address ready to type over."""
        if not self.writable():
            return
        cursor = self.text.textCursor()
        #: Placeholder word put inside a new link when nothing was selected.
        label = cursor.selectedText() or self.tr("text")
        address = "https://"
        cursor.insertText(f"[{label}]({address})")
        end = cursor.position() - 1
        cursor.setPosition(end - len(address))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def heading(self) -> None:
        """Make the current line a heading (## ), or an ordinary line again."""
        self._prefix_lines("## ")

    def as_list(self) -> None:
        """Make the selected lines list items (- ), or ordinary lines again."""
        self._prefix_lines("- ")

    def _wrap(self, before: str, after: str) -> None:
        if not self.writable():
            return  # the text is not shown: nothing may change it unseen
        cursor = self.text.textCursor()
        selected = cursor.selectedText()
        cursor.insertText(f"{before}{selected}{after}")
        if not selected:
            cursor.setPosition(cursor.position() - len(after))
            self.text.setTextCursor(cursor)

    def _prefix_lines(self, prefix: str) -> None:
        if not self.writable():
            return  # the text is not shown: nothing may change it unseen
        cursor = self.text.textCursor()
        document = self.text.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        blocks = [document.findBlockByNumber(n) for n in range(first, last + 1)]
        remove = all(b.text().startswith(prefix) for b in blocks)
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one undo step
        for block in blocks:
            edit.setPosition(block.position())
            if remove:
                edit.setPosition(block.position() + len(prefix), QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            else:
                edit.insertText(prefix)
        edit.endEditBlock()
