"""Quick delete's confirmation: type one word, then a short countdown that Cancel stops."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.words.quick_delete import same_word

COUNTDOWN = 3  # seconds: long enough to stop a mistake, short enough at a checkpoint


class QuickDeleteDialog(QDialog):
    """Accepted only once the word was typed and the countdown ran out without Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick delete"))
        #: The word typed to confirm quick delete: one short, ordinary word.
        self.word = self.tr("delete")
        layout = QVBoxLayout(self)
        said = QLabel(
            self.tr(
                "This destroys, for good, your group's drafts and the people named in them, "
                "attached files, the inbox, keys, backups and the log. The history stays, so "
                "the program looks like any reader's. Nobody can bring the drafts back, not "
                "even with the passphrase.\n\nType {word} to go on."
            ).format(word=self.word),
            self,
        )
        said.setWordWrap(True)
        said.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(said)
        self.field = QLineEdit(self)
        #: The field where the confirming word is typed.
        self.field.setAccessibleName(self.tr("Confirmation word"))
        layout.addWidget(self.field)
        self.countdown = QLabel(self)
        self.countdown.setAccessibleName(self.tr("Countdown"))
        layout.addWidget(self.countdown)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = self.buttons.addButton(
            self.tr("&Delete now"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.go.setEnabled(False)
        # Return in the field starts the countdown itself; as a default button Cancel would
        # take it (Return must never cancel by surprise, nor delete before the word is typed).
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout.addWidget(self.buttons)
        self.left = COUNTDOWN
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._start)
        self.go.clicked.connect(self._start)
        self.buttons.rejected.connect(self.reject)

    def _typed(self, text: str) -> None:
        self.go.setEnabled(same_word(text, self.word))

    def _start(self) -> None:
        if not self.go.isEnabled() or self._tick.isActive():
            return
        self.field.setEnabled(False)
        self.go.setEnabled(False)
        self.left = COUNTDOWN
        self._show_left()
        self._tick.start()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def _count(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self._tick.stop()
            self.accept()
            return
        self._show_left()

    def _show_left(self) -> None:
        self.countdown.setText(
            self.tr("Deleting in {seconds}… Press Cancel or Esc to stop.").format(seconds=self.left)
        )

    def reject(self) -> None:
        """Cancel, Esc or closing the dialog: the countdown stops and nothing is deleted."""
        self._tick.stop()
        super().reject()
