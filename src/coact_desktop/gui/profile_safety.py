"""Safety at rest in the window: protect, unlock, lock (by hand and when idle), quick delete."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from coact_desktop.core.errors import KnownError
from coact_desktop.gui.errors import describe, show_error
from coact_desktop.gui.task_progress import progress_dialog, report
from coact_desktop.gui.tasks import TaskContext

if TYPE_CHECKING:
    from coact_desktop.gui.main_window import MainWindow

IDLE_CHOICES = (5, 15, 60, 0)  # minutes; 0: never
IDLE_DEFAULT = 15
# As core's wrong_tries.CHOICES (a test checks): not imported, the first paint does without it.
TRIES_CHOICES = (5, 10, 20)
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class ProfileSafety(QObject):
    """The File menu's passphrase, lock and quick delete actions, and what they do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._last_input = time.monotonic()
        self._watching = False
        self._idle = QTimer(self)
        self._idle.setInterval(20_000)
        self._idle.timeout.connect(self._lock_if_idle)
        self.dialog: Any = None
        self.progress: Any = None  # the protect task's progress dialog, while it runs

    # -- the menu ----------------------------------------------------------------------------

    def add_actions(self, menu: QMenu) -> None:
        """The File menu's part: protect or change the passphrase, duress, lock, quick delete."""
        window = self.window
        self.protect_action = QtGui.QAction(self.tr("&Protect drafts with a passphrase…"), window)
        self.protect_action.triggered.connect(self.protect_or_change)
        self.duress_action = QtGui.QAction(self.tr("D&uress passphrase…"), window)
        self.duress_action.triggered.connect(lambda: self._ask("duress"))
        self.paper_action = QtGui.QAction(self.tr("Paper &backup of the key…"), window)
        self.paper_action.triggered.connect(self.ask_paper_key)
        self.lock_action = QtGui.QAction(self.tr("&Lock drafts"), window)
        self.lock_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+L"))
        self.lock_action.triggered.connect(self.lock)
        self.idle_menu = QMenu(self.tr("Lock &when idle"), window)
        group = QtGui.QActionGroup(self)
        chosen = self.lock_after()
        for minutes in IDLE_CHOICES:
            text = (
                self.tr("After {minutes} minutes").format(minutes=minutes)
                if minutes
                else self.tr("Never")
            )
            choice = self.idle_menu.addAction(text)
            choice.setCheckable(True)
            choice.setChecked(minutes == chosen)
            choice.triggered.connect(lambda _c=False, m=minutes: self._set_lock_after(m))
            group.addAction(choice)
        self.tries_menu = QMenu(self.tr("Quick delete after wron&g passphrases"), window)
        self.tries_menu.aboutToShow.connect(self._show_tries)
        tries = QtGui.QActionGroup(self)
        self.tries_actions: dict[int | None, QtGui.QAction] = {}
        for after in (None, *TRIES_CHOICES):
            text = (
                self.tr("After {count} wrong passphrases in a row").format(count=after)
                if after
                #: The choice that leaves quick delete after wrong passphrases off.
                else self.tr("Never", "quick delete after wrong passphrases")
            )
            choice = self.tries_menu.addAction(text)
            choice.setCheckable(True)
            choice.triggered.connect(lambda _c=False, a=after: self._ask_delete_after(a))
            tries.addAction(choice)
            self.tries_actions[after] = choice
        self.quick_delete_action = QtGui.QAction(self.tr("Quic&k delete…"), window)
        self.quick_delete_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+Del"))
        self.quick_delete_action.triggered.connect(self.ask_quick_delete)
        menu.addSeparator()
        for each in (self.protect_action, self.duress_action, self.paper_action, self.lock_action):
            menu.addAction(each)
        menu.addMenu(self.idle_menu)
        menu.addAction(self.quick_delete_action)
        menu.addMenu(self.tries_menu)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Which actions apply to the profile as it is now."""
        services = self.window.services
        ready = services is not None
        encrypted = services is not None and services.encrypted
        unlocked = encrypted and services is not None and not services.locked
        self.protect_action.setText(
            self.tr("Change the &passphrase…")
            if encrypted
            else self.tr("&Protect drafts with a passphrase…")
        )
        self.protect_action.setEnabled(ready and (unlocked or not encrypted))
        self.duress_action.setEnabled(unlocked)
        self.paper_action.setEnabled(unlocked)
        self.lock_action.setEnabled(unlocked)
        self.idle_menu.setEnabled(encrypted)
        self.tries_menu.setEnabled(unlocked)
        self._watch_idle(unlocked)
        self.quick_delete_action.setEnabled(ready)

    # -- locking -----------------------------------------------------------------------------

    def lock_after(self) -> int:
        """Minutes without a key or a click before the drafts lock themselves (0: never)."""
        value = self.window.settings.value("safety/lock_after", IDLE_DEFAULT)
        try:
            minutes = int(str(value))
        except ValueError:
            return IDLE_DEFAULT
        return minutes if minutes in IDLE_CHOICES else IDLE_DEFAULT

    def _set_lock_after(self, minutes: int) -> None:
        self.window.settings.setValue("safety/lock_after", minutes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key or click anywhere in the program counts as someone being there."""
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _watch_idle(self, on: bool) -> None:
        """Watch for keys and clicks only while encrypted drafts are open: a filter on every
        event of the program costs time, which a plain profile (and a locked one) need not pay."""
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            self._last_input = time.monotonic()
            app.installEventFilter(self)
            self._idle.start()
        else:
            app.removeEventFilter(self)
            self._idle.stop()
        self._watching = on

    def _lock_if_idle(self) -> None:
        minutes = self.lock_after()
        services = self.window.services
        if not minutes or services is None or not services.encrypted or services.locked:
            return
        if time.monotonic() - self._last_input >= minutes * 60:
            self.lock()

    def show_locked(self) -> None:
        """The drafts tab asks for the passphrase; nothing private is shown."""
        window = self.window
        drafts = window.drafts
        if drafts.export_wizard is not None:
            drafts.export_wizard.close()
        if isinstance(self.dialog, QtWidgets.QDialog):
            # The key shown for paper, or passphrases half typed, do not outlast the lock.
            self.dialog.close()
            self.dialog = None
        drafts.show_locked()
        window.hide_private_tabs()
        self.update_actions()

    def lock(self) -> None:
        """Write what is typed, then close the private database until the passphrase is given."""
        services = self.window.services
        if services is None or not services.encrypted or services.locked:
            return
        drafts = self.window.drafts
        drafts.save_now()  # queued on the writer before the lock, so written first
        self.show_locked()
        self.window.runner.submit(
            lambda _ctx: services.lock(),
            name="lock drafts",
            write=True,
            done=lambda _r: self._changed(self.tr("The drafts are locked.")),
            failed=self._failed,
        )

    def unlock(self, passphrase: str) -> None:
        """Check the passphrase off the GUI thread (it takes about half a second)."""
        services = self.window.services
        if services is None:
            return

        def open_private(_ctx: TaskContext) -> tuple[bool, bool]:
            deleted = bool(services.unlock(passphrase))
            return deleted, bool(services.inbox.has_items())

        self.window.runner.submit(
            open_private,
            name="unlock drafts",
            write=True,
            done=self._unlocked,
            failed=self._refused,
        )

    def _refused(self, error: BaseException) -> None:
        services = self.window.services
        if services is not None and not services.encrypted:
            # The last wrong passphrase the user allowed: everything private was deleted.
            # The window becomes an ordinary reader's, as after quick delete, without a word.
            self._unlocked((True, False))
            return
        self.window.drafts.lock_panel.refused(describe(error))

    def _unlocked(self, opened: tuple[bool, bool]) -> None:
        deleted, has_inbox = opened
        if deleted:
            # The duress passphrase deleted everything first: said nowhere on screen, but the
            # window forgets what it held, as after quick delete.
            self.window.drafts.forget_unsaved()
            forget_private_settings(self.window.settings)
        self.window.drafts.show_unlocked()
        self.window.open_private(has_inbox)
        self._last_input = time.monotonic()
        self.update_actions()

    # -- the passphrase ----------------------------------------------------------------------

    def protect_or_change(self) -> None:
        """Protect a plain profile, or change an encrypted one's passphrase."""
        services = self.window.services
        if services is not None:
            self._ask("change" if services.encrypted else "protect")

    def _ask(self, mode: str) -> None:
        from coact_desktop.gui.passphrase_dialog import PassphraseDialog

        self.dialog = PassphraseDialog(mode, self.window)
        self.dialog.accepted.connect(lambda: self._chosen(self.dialog))
        self.dialog.open()

    def _chosen(self, dialog: Any) -> None:
        services = self.window.services
        if services is None:
            return
        mode, old, new = dialog.mode, dialog.old.text(), dialog.new.text()
        duress, delete_first = dialog.chosen_duress(), dialog.chosen_delete_first()
        done_text = {
            "protect": self.tr(
                "Your drafts, their photos and files, the inbox and the keys are now encrypted "
                "on this computer."
            ),
            "change": self.tr("The passphrase was changed."),
            "duress": self.tr("The duress passphrase was removed.")
            if duress is None
            else self.tr("The duress passphrase was set."),
        }[mode]

        def work(ctx: TaskContext) -> None:
            if mode == "protect":
                services.protect(
                    new, duress, delete_first, progress=ctx.progress, cancel=ctx.cancel
                )
            elif mode == "change":
                services.change_passphrase(old, new)
            else:
                services.set_duress(old, duress, delete_first)

        progress = None
        if mode == "protect":
            self.window.drafts.save_now()  # written before the copy is made
            self.window.status_label.setText(self.tr("Encrypting your drafts…"))
            # Sealing many photos takes a while; until the drafts themselves are encrypted,
            # Cancel leaves everything as it was.
            progress = progress_dialog(
                self.window,
                self.tr("Protect drafts with a passphrase"),
                self.tr("Encrypting your drafts and sealing their photos and files…"),
                lambda: task.cancel(),
            )

        def done(_result: object) -> None:
            self._end_progress()
            self._changed(done_text)

        def failed(error: BaseException) -> None:
            self._end_progress()
            if isinstance(error, KnownError) and error.code == "cancelled":
                self._changed(self.tr("Cancelled: the drafts are not protected, as before."))
            else:
                self._failed(error)

        task = self.window.runner.submit(
            work,
            name="passphrase",
            write=True,
            done=done,
            failed=failed,
            progress=lambda done, total: report(progress, done, total),
        )
        self.progress = progress

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _changed(self, said: str) -> None:
        self.window.status_label.setText(said)
        self.update_actions()

    def _failed(self, error: BaseException) -> None:
        self.window.status_label.setText("")
        show_error(self.window, self.tr("Nothing was changed"), error)

    # -- quick delete after wrong passphrases ------------------------------------------------

    def _show_tries(self) -> None:
        services = self.window.services
        chosen = services.delete_after() if services is not None else None
        self.tries_actions[chosen].setChecked(True)

    def _ask_delete_after(self, after: int | None) -> None:
        """Turning it on is warned about first; turning it off is not."""
        services = self.window.services
        if services is None:
            return
        if after is None:
            self._set_delete_after(None)
            return
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("Quick delete after wrong passphrases"),
            self.tr(
                "After {count} wrong passphrases in a row, your drafts, the inbox, photos, keys "
                "and backups are destroyed for good, as by quick delete, and nothing on the "
                "screen says so.\n\nA mistyped passphrase, another keyboard language or a child "
                "at the keyboard can set it off. It does not help against someone who copies "
                "the disk before trying. Turn it on?"
            ).format(count=after),
            QtWidgets.QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("delete_after_warning")
        turn_on = box.addButton(self.tr("&Turn it on"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        turn_on.clicked.connect(lambda: self._set_delete_after(after))
        box.open()
        self.dialog = box

    def _set_delete_after(self, after: int | None) -> None:
        services = self.window.services
        if services is None:
            return
        said = (
            self.tr("Quick delete after wrong passphrases is off.")
            if after is None
            else self.tr(
                "After {count} wrong passphrases in a row, everything private is deleted."
            ).format(count=after)
        )
        self.window.runner.submit(
            lambda _ctx: services.set_delete_after(after),
            name="delete after wrong passphrases",
            write=True,
            done=lambda _r: self._changed(said),
            failed=self._failed,
        )

    # -- the paper key -----------------------------------------------------------------------

    def ask_paper_key(self) -> None:
        """The passphrase, then the key in groups to copy onto paper."""
        from coact_desktop.gui.paper_key_dialog import PaperKeyDialog

        services = self.window.services
        if services is None:
            return
        dialog = self.dialog = PaperKeyDialog("show", self.window)

        def shown() -> None:
            passphrase = dialog.passphrase.text()
            self.window.runner.submit(
                lambda _ctx: services.paper_key(passphrase),
                name="paper key",
                done=dialog.show_key,
                failed=lambda error: dialog.refused(describe(error)),
            )

        dialog.wanted.connect(shown)
        dialog.open()

    def ask_recover(self) -> None:
        """The paper key and a new passphrase: for a passphrase that is forgotten."""
        from coact_desktop.gui.paper_key_dialog import PaperKeyDialog

        services = self.window.services
        if services is None:
            return
        dialog = self.dialog = PaperKeyDialog("recover", self.window)

        def chosen() -> None:
            paper, new = dialog.paper.toPlainText(), dialog.new.text()

            def recover(_ctx: TaskContext) -> tuple[bool, bool]:
                services.recover(paper, new)
                return False, bool(services.inbox.has_items())

            self.window.runner.submit(
                recover,
                name="recover with the paper key",
                write=True,
                done=lambda opened: self._recovered(dialog, opened),
                failed=lambda error: dialog.refused(describe(error)),
            )

        dialog.wanted.connect(chosen)
        dialog.open()

    def _recovered(self, dialog: Any, opened: tuple[bool, bool]) -> None:
        dialog.opened()
        self._unlocked(opened)
        self.window.status_label.setText(
            self.tr(
                "The drafts are open, under the new passphrase. Set a duress passphrase again "
                "if you had one."
            )
        )

    # -- quick delete ------------------------------------------------------------------------

    def ask_quick_delete(self) -> None:
        """The confirmation first: a typed word, then a countdown with Cancel."""
        from coact_desktop.gui.quick_delete_dialog import QuickDeleteDialog

        if self.window.services is None:
            return
        self.dialog = QuickDeleteDialog(self.window)
        self.dialog.accepted.connect(self.quick_delete)
        self.dialog.open()

    def quick_delete(self) -> None:
        """Destroy everything private now; the library stays and the window stays open."""
        window = self.window
        services = window.services
        if services is None:
            return
        # Nothing typed before may be written after: it would be a draft again.
        window.drafts.forget_unsaved()
        if window.drafts.export_wizard is not None:
            window.drafts.export_wizard.close()
        window.hide_private_tabs()
        forget_private_settings(window.settings)
        window.status_label.setText(self.tr("Deleting…"))
        window.runner.submit(
            lambda _ctx: services.quick_delete(),
            name="quick delete",
            write=True,
            done=self._deleted,
            failed=self._failed,
        )

    def _deleted(self, removed: list[str]) -> None:
        from coact_desktop.words.quick_delete import report_text

        window = self.window
        forget_private_settings(window.settings)  # anything the window wrote meanwhile
        window.drafts.show_unlocked()
        window.open_private(False)
        self.update_actions()
        said = report_text(removed)
        window.status_label.setText(said)
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information,
            self.tr("Quick delete"),
            said,
            QtWidgets.QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("quick_delete_report")
        box.open()
        self.dialog = box


def forget_private_settings(settings: QSettings) -> None:
    """Remove the window's settings that name files or drafts, and Qt's file dialog history."""
    # Here, not at the top: core's module brings SQLAlchemy, which the first paint does without.
    from coact_desktop.core.storage.quick_delete import PRIVATE_SETTINGS

    for group in PRIVATE_SETTINGS:
        settings.remove(group)
    settings.sync()
    # Qt's own file dialog remembers the folders it showed, in its own settings file.
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    qt.sync()
