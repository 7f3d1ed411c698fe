"""What the drafts tab shows while the drafts are locked: one passphrase field, calmly."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UnlockPanel(QWidget):
    """The passphrase field and Unlock button; the library stays readable meanwhile."""

    unlock_wanted = Signal(str)
    paper_wanted = Signal()  # the passphrase is forgotten: open with the paper key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Your group's drafts are locked"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.explanation = QLabel(
            self.tr(
                "They are encrypted on this computer. Type your passphrase to open them. "
                "The history can be read and searched without it."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        #: The field where the passphrase of the group's drafts is typed.
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(260)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setDefault(True)
        self.paper = QPushButton(self.tr("Forgotten? Use the &paper key…"), self)
        self.paper.setFlat(True)
        self.paper.clicked.connect(self.paper_wanted)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(self.tr("Problem"))
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addLayout(row)
        column.addWidget(self.problem)
        column.addWidget(self.paper, 0, Qt.AlignmentFlag.AlignLeft)
        box = QWidget(self)
        box.setLayout(column)
        # A fixed width (in letters, so it grows with the text size): centred in a layout, a
        # box of wrapped labels is otherwise given one line's height and the lines overlap.
        box.setFixedWidth(self.fontMetrics().averageCharWidth() * 64)
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(box)
        across.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(across)
        outer.addStretch(2)
        self.setFocusProxy(self.passphrase)
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        chosen = self.passphrase.text()
        if not chosen or not self.button.isEnabled():
            return
        self.set_busy(True)
        self.problem.setText(self.tr("Opening…"))
        self.unlock_wanted.emit(chosen)

    def set_busy(self, busy: bool) -> None:
        """While the passphrase is being checked: nothing to press twice."""
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def refused(self, reason: str) -> None:
        """The passphrase did not open the drafts: say so, keep the field ready to try again."""
        self.set_busy(False)
        self.problem.setText(reason)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reset(self) -> None:
        """Empty, ready for the next unlock (no passphrase stays in a widget)."""
        self.set_busy(False)
        self.passphrase.clear()
        self.problem.clear()
