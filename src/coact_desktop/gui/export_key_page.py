"""The export wizard's key page: unlock the group's signing key, or make one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWizardPage,
)

from coact_desktop.core.errors import PassphraseError
from coact_desktop.gui.errors import describe
from coact_desktop.gui.tasks import Task

if TYPE_CHECKING:
    from coact_desktop.gui.export_wizard import ExportWizard


class KeyPage(QWizardPage):
    """The group's signing key: made now on the first export, else unlocked."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        #: Label of the field where the passphrase is typed a second time.
        self.again_label = QLabel(self.tr("Again:"), self)
        self.light = QCheckBox(
            self.tr("This computer is old or has little memory (lighter key protection)"), self
        )
        self.mismatch = QLabel(self)
        self.mismatch.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.again_label, self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.light)
        layout.addWidget(self.mismatch)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(self._changed)
        self.again.textChanged.connect(self._changed)
        self.new_key = True
        self.unlocked: Any = None  # the key, opened on this page: wrong passphrases stay here
        self._unlocking: Task | None = None

    def initializePage(self) -> None:
        """Say whether a key is being made or opened."""
        self.new_key = self._wizard.new_key
        self.unlocked, self._unlocking = None, None
        self.passphrase.setEnabled(True)
        if self.new_key:
            self.setTitle(self.tr("Make your group's signing key"))
            self.setSubTitle(self.tr("It shows Coact that the file comes from your group."))
            self.explain.setText(
                self.tr(
                    "This is your group's first export. Coact Desktop now makes a signing key, "
                    "so that Coact can tell that later files come from you. Choose a passphrase "
                    "of at least 8 characters. Nobody can recover a forgotten passphrase, not "
                    "even Coact: write it down somewhere safe."
                )
            )
        else:
            self.setTitle(self.tr("Unlock your group's signing key"))
            self.setSubTitle(self.tr("The key signs the file, so Coact knows it is yours."))
            self.explain.setText(self.tr("Type the passphrase of your group's signing key."))
        for widget in (self.again, self.again_label, self.light):
            widget.setVisible(self.new_key)
        self.passphrase.clear()
        self.again.clear()

    def validatePage(self) -> bool:
        """An existing key is opened here, off the GUI thread; a wrong passphrase stays here."""
        if self.new_key or self.unlocked is not None:
            return True
        if self._unlocking is None:
            keys, passphrase = self._wizard.services.keys, self.passphrase.text()
            self.mismatch.setText(self.tr("Checking the passphrase…"))
            self.passphrase.setEnabled(False)
            self._unlocking = self._wizard.runner.submit(
                lambda _c: keys.unlock(passphrase),
                name="unlock key",
                done=self._unlocked,
                failed=self._not_unlocked,
            )
        return False

    def _unlocked(self, secret: Any) -> None:
        self._unlocking, self.unlocked = None, secret
        self.passphrase.setEnabled(True)
        self.mismatch.setText("")
        if self._wizard.currentPage() is self:
            self._wizard.next()

    def _not_unlocked(self, error: BaseException) -> None:
        self._unlocking = None
        self.passphrase.setEnabled(True)
        if isinstance(error, PassphraseError):
            # No limit on tries: the key file never locks itself, so none is counted.
            self.mismatch.setText(
                self.tr(
                    "Wrong passphrase. Type it again; check the keyboard's language and Caps Lock."
                )
            )
            self.passphrase.selectAll()
        else:
            self.mismatch.setText(describe(error))
        self.passphrase.setFocus()

    def _changed(self) -> None:
        if not self.new_key and self._unlocking is None and self.mismatch.text():
            self.mismatch.setText("")
            self.completeChanged.emit()
            return
        if self.new_key and self.again.text() and self.again.text() != self.passphrase.text():
            self.mismatch.setText(self.tr("The two passphrases differ."))
        elif self.new_key and 0 < len(self.passphrase.text()) < 8:
            self.mismatch.setText(self.tr("At least 8 characters, please."))
        else:
            self.mismatch.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """A passphrase (typed twice alike, and long enough, for a new key)."""
        text = self.passphrase.text()
        if self.new_key:
            return len(text) >= 8 and text == self.again.text()
        return bool(text) and self._unlocking is None
