"""The paper backup of the drafts' key: shown once the passphrase is given, or typed back in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.gui.passphrase_dialog import MIN_LENGTH, secret_field

GROUPS_A_LINE = 7


class PaperKeyDialog(QDialog):
    """show: the passphrase, then the key in groups to copy; recover: paper and new passphrase."""

    # The fields are filled: the window works it out off the GUI thread, then says how it went.
    wanted = Signal()

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(
            self.tr("Paper backup of the key")
            if mode == "show"
            else self.tr("Open the drafts with the paper key")
        )
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro(), self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.passphrase = secret_field(self, self.tr("Passphrase"))
        self.paper = QPlainTextEdit(self)
        self.paper.setAccessibleName(self.tr("Paper key"))
        self.paper.setTabChangesFocus(True)
        self.paper.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.new = secret_field(self, self.tr("New passphrase"))
        self.again = secret_field(self, self.tr("New passphrase again"))
        if mode == "show":
            form.addRow(self.tr("&Passphrase:"), self.passphrase)
        else:
            form.addRow(self.tr("Paper &key:"), self.paper)
            form.addRow(self.tr("&New passphrase:"), self.new)
            form.addRow(self.tr("&Again:"), self.again)
        for widget in (self.passphrase, self.paper, self.new, self.again):
            widget.setVisible((mode == "show") == (widget is self.passphrase))
        layout.addLayout(form)
        self.key = QLabel(self)
        self.key.setObjectName("paper_key")
        self.key.setAccessibleName(self.tr("Paper key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.5)
        self.key.setFont(mono)
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        # Not selectable: a key copied to the clipboard may end up anywhere.
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.hide()
        layout.addWidget(self.key)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.addButton(
            self.tr("&Show the key") if mode == "show" else self.tr("&Open and set"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.passphrase, self.new, self.again):
            field.textChanged.connect(self._check)
        self.paper.textChanged.connect(self._check)
        self.finished.connect(self._forget)
        self._check()

    def _intro(self) -> str:
        if self.mode == "show":
            return self.tr(
                "If the passphrase is forgotten, this key written on paper opens the drafts and "
                "lets you choose a new passphrase. Anyone who has the paper and this laptop can "
                "read the drafts: keep it somewhere safe, away from the laptop, or do without "
                "it.\n\nType the passphrase to show the key."
            )
        return self.tr(
            "Type the 14 groups written on the paper, then choose a new passphrase. A duress "
            "passphrase, if one was set, is removed: set it again afterwards."
        )

    def _problem(self) -> str:
        if self.mode == "show":
            return "" if self.passphrase.text() else self.tr("Type the passphrase.")
        if not self.paper.toPlainText().strip():
            return self.tr("Type the paper key.")
        if len(self.new.text()) < MIN_LENGTH:
            return self.tr("Choose a passphrase of at least 8 characters.")
        if self.again.text() != self.new.text():
            return self.tr("Type the same new passphrase twice.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def _accept(self) -> None:
        if self._problem():
            return
        self.ok.setEnabled(False)
        self.problem.setText(self.tr("Opening…"))
        self.wanted.emit()

    def show_key(self, written: str) -> None:
        """The key in groups, two lines of seven; the passphrase field is emptied."""
        groups = written.split("-")
        lines = [groups[i : i + GROUPS_A_LINE] for i in range(0, len(groups), GROUPS_A_LINE)]
        self.key.setText("\n".join("  ".join(line) for line in lines))
        self.key.show()
        self.passphrase.clear()
        self.passphrase.setEnabled(False)
        self.ok.hide()
        self.cancel.setText(self.tr("&Close"))
        self.problem.setText(
            self.tr("Copy it onto paper, in this order. It changes only after a quick delete.")
        )
        # Grown to hold the key: a dialog keeps its first size, and its labels would be squeezed.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def opened(self) -> None:
        """The paper key opened the drafts."""
        self.accept()

    def _forget(self) -> None:
        """Closed however it was: no key and no passphrase stays in a widget."""
        self.key.clear()
        for field in (self.passphrase, self.paper, self.new, self.again):
            field.clear()

    def refused(self, reason: str) -> None:
        """The passphrase or paper key did not open the drafts: say so, ready to try again."""
        self.problem.setText(reason)
        self.ok.setEnabled(True)
        field = self.passphrase if self.mode == "show" else self.paper
        field.selectAll()
        field.setFocus()
