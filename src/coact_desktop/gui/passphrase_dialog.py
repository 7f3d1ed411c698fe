"""Choosing the drafts' passphrase, changing it, and the duress passphrase: checked as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8  # as core's data key asks


def secret_field(parent: QWidget, name: str) -> QLineEdit:
    """A passphrase field: hidden as typed, named for screen readers."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(280)
    return field


class PassphraseDialog(QDialog):
    """protect: a new passphrase (and optionally a duress one); change: old and new; duress:
    the passphrase and a duress one, or removing it."""

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.remove_duress = False
        self.setWindowTitle(
            {
                "protect": self.tr("Protect drafts with a passphrase"),
                "change": self.tr("Change the passphrase"),
                "duress": self.tr("Duress passphrase"),
            }[mode]
        )
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = secret_field(self, self.tr("Passphrase"))
        self.new = secret_field(self, self.tr("New passphrase"))
        self.again = secret_field(self, self.tr("New passphrase again"))
        self.duress = secret_field(self, self.tr("Duress passphrase"))
        self.duress_again = secret_field(self, self.tr("Duress passphrase again"))
        self.with_duress = QCheckBox(self.tr("Also set a &duress passphrase"), self)
        self.delete_first = QCheckBox(
            self.tr("Typing the duress passphrase &quick-deletes the drafts first, for good"), self
        )
        if mode != "protect":
            form.addRow(self.tr("&Passphrase:"), self.old)
        if mode != "duress":
            form.addRow(self.tr("&New passphrase:"), self.new)
            form.addRow(self.tr("&Again:"), self.again)
        if mode == "protect":
            form.addRow(self.with_duress)
        if mode != "change":
            form.addRow(self.tr("D&uress passphrase:"), self.duress)
            form.addRow(self.tr("Duress a&gain:"), self.duress_again)
            form.addRow(self.delete_first)
        layout.addLayout(form)
        # Made for every mode, laid out only in some: the others must not float in a corner.
        items = (form.itemAt(i) for i in range(form.count()))
        used = {item.widget() for item in items if item is not None}
        for widget in (self.old, self.new, self.again, self.duress, self.duress_again):
            widget.setVisible(widget in used)
        self.with_duress.setVisible(self.with_duress in used)
        self.delete_first.setVisible(self.delete_first in used)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.addButton(
            {
                "protect": self.tr("&Protect"),
                "change": self.tr("C&hange"),
                "duress": self.tr("&Set"),
            }[mode],
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        if mode == "duress":
            remove = QPushButton(self.tr("&Remove the duress passphrase"), self)
            buttons.addButton(remove, QDialogButtonBox.ButtonRole.ActionRole)
            remove.clicked.connect(self._remove)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.old, self.new, self.again, self.duress, self.duress_again):
            field.textChanged.connect(self._check)
        self.with_duress.toggled.connect(self._check)
        self._check()

    def _intro(self) -> str:
        if self.mode == "protect":
            return self.tr(
                "Your drafts, the people named in them, the inbox and the group's signing key "
                "will be encrypted on this computer. Each time the program starts you type the "
                "passphrase once to open them; the history can be read without it.\n\nIf you "
                "forget this "
                "passphrase, nobody can open your drafts again, not even Coact. Write it on "
                "paper and keep it somewhere safe, away from the laptop."
            )
        if self.mode == "change":
            return self.tr(
                "Nothing is re-encrypted: the drafts keep their key, and only the passphrase "
                "that opens it changes."
            )
        return self.tr(
            "Typed instead of the passphrase, a duress passphrase opens the program with none "
            "of your drafts in it, and nothing on the screen says which one was typed. It does "
            "not protect against a copy of the disk made before it was typed."
        )

    def _wants_duress(self) -> bool:
        return self.mode == "duress" or self.with_duress.isChecked()

    def _problem(self) -> str:
        if self.mode != "protect" and not self.old.text():
            return self.tr("Type the passphrase that opens the drafts now.")
        if self.mode != "duress":
            if len(self.new.text()) < MIN_LENGTH:
                return self.tr("Choose a passphrase of at least 8 characters.")
            if self.again.text() != self.new.text():
                return self.tr("Type the same new passphrase twice.")
        if self._wants_duress():
            if len(self.duress.text()) < MIN_LENGTH:
                return self.tr("Choose a duress passphrase of at least 8 characters.")
            if self.duress_again.text() != self.duress.text():
                return self.tr("Type the same duress passphrase twice.")
            real = self.old.text() if self.mode == "duress" else self.new.text()
            if self.duress.text() == real:
                return self.tr("The duress passphrase must differ from your usual passphrase.")
        return ""

    def _check(self) -> None:
        for field in (self.duress, self.duress_again, self.delete_first):
            field.setEnabled(self._wants_duress())
        problem = self._problem()
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def _accept(self) -> None:
        if not self._problem():
            self.accept()

    def _remove(self) -> None:
        if self.old.text():
            self.remove_duress = True
            self.accept()

    def chosen_delete_first(self) -> bool:
        """Whether the duress passphrase chosen quick-deletes the drafts first."""
        return self.chosen_duress() is not None and self.delete_first.isChecked()

    def chosen_duress(self) -> str | None:
        """The duress passphrase chosen, or None."""
        if self.remove_duress or not self._wants_duress():
            return None
        return self.duress.text()
