"""The Keys menu: show, back up, restore and rotate the group's signing key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from coact_desktop.gui.errors import show_error
from coact_desktop.gui.tasks import TaskContext, TaskRunner


def words_text(words: tuple[str, ...]) -> str:
    """Fingerprint words in pairs, easy to read out."""
    return "   ".join(" ".join(words[i : i + 2]) for i in range(0, len(words), 2))


class KeysMenu(QObject):
    """Actions on the profile's signing key; the slow ones (scrypt) run off the GUI thread."""

    def __init__(self, window: QWidget, runner: TaskRunner, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self.services: Any = None
        menu.addAction(self.tr("Your group's signing key…"), self.show_key)
        menu.addAction(self.tr("Back up the signing key…"), self.backup)
        menu.addAction(self.tr("Restore the signing key from a backup…"), self.restore)
        menu.addAction(self.tr("Save the public key…"), self.export_public)
        menu.addSeparator()
        menu.addAction(self.tr("Replace the key with a new one…"), self.rotate)

    def _message(self, title: str, text: str) -> None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information, title, text, parent=self._window
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    def _key_text(self, info: Any) -> str:
        return self.tr("Key {key}\n\nIts words, to read out to Coact by phone:\n{words}").format(
            key=info.key_id, words=words_text(info.fingerprint)
        )

    def show_key(self) -> None:
        """The key id and its fingerprint words."""
        if self.services is None:
            return
        #: The group's own key that signs its bundles.
        title = self.tr("Signing key")

        def said(info: Any) -> str:
            if info is None:
                return self.tr("Your group has no signing key yet: it is made on the first export.")
            return self._key_text(info)

        self._run(lambda _ctx: self.services.keys.current(), title, said, write=False)

    def backup(self) -> None:
        """Write the key backup file (the secret key stays encrypted)."""
        if self.services is None:
            return
        path, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back up the signing key"),
            str(Path.home() / "coact-key-backup.json"),
        )
        if not path:
            return
        passphrase = None
        if self.services.keys.backup_needs_passphrase():
            # The backup then also keeps the key that opens Coact's answers, locked with it.
            passphrase = self._ask(self.tr("Passphrase of the signing key:"))
            if passphrase is None:
                return
        self._run(
            lambda _ctx: self.services.keys.backup(Path(path), passphrase),
            self.tr("Back up the signing key"),
            lambda info: self.tr(
                "The key backup is in {path}. It is still locked by the passphrase: keep "
                "the file and the passphrase in different places."
            ).format(path=path),
        )

    def restore(self) -> None:
        """Bring back the key from a backup file, after checking its passphrase."""
        if self.services is None:
            return
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self._window, self.tr("Restore the signing key"), str(Path.home())
        )
        if not path:
            return
        passphrase = self._ask(self.tr("Passphrase of the backed-up key:"))
        if passphrase is None:
            return
        self._run(
            lambda _ctx: self.services.keys.restore(Path(path), passphrase),
            self.tr("Restore the signing key"),
            self._key_text,
        )

    def export_public(self) -> None:
        """Save the public key in minisign's format."""
        if self.services is None:
            return
        path, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self._window, self.tr("Save the public key"), str(Path.home() / "group.pub")
        )
        if path:
            self._run(
                lambda _ctx: self.services.keys.export_public(Path(path)),
                self.tr("Save the public key"),
                self._key_text,
            )

    def rotate(self) -> None:
        """A new key, handed over by the old one (so Coact trusts it without a phone call)."""
        if self.services is None:
            return
        old = self._ask(self.tr("Passphrase of the current key:"))
        if old is None:
            return
        new = self._ask(self.tr("Passphrase for the new key (at least 8 characters):"))
        if new is None:
            return
        if self._ask(self.tr("The new passphrase again:")) != new:
            self._message(self.tr("New key"), self.tr("The two passphrases differ."))
            return
        self._run(
            # The new key as light or strong as the old: the laptop is the same one.
            lambda _ctx: self.services.keys.rotate(old, new, self._work_factor()),  # on the writer
            self.tr("New key"),
            lambda info: self.tr(
                "Your group now signs with key {key}; the old key signed the hand-over, and "
                "your next file carries it.\n\nIts words:\n{words}"
            ).format(key=info.key_id, words=words_text(info.fingerprint)),
        )

    def _work_factor(self) -> str:
        current = self.services.keys.current() if self.services is not None else None
        return current.work_factor if current is not None else "standard"

    def _ask(self, label: str) -> str | None:
        text, ok = QtWidgets.QInputDialog.getText(
            self._window, self.tr("Passphrase"), label, QLineEdit.EchoMode.Password
        )
        return text if ok else None

    def _run(self, fn: Any, title: str, said: Any, write: bool = True) -> None:
        def run(ctx: TaskContext) -> Any:
            return fn(ctx)

        self._runner.submit(
            run,
            name=title,
            write=write,
            done=lambda info: self._message(title, said(info)),
            failed=lambda error: show_error(self._window, title, error),
        )
