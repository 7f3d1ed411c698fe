"""A damaged profile database: offer its newest backup, and start again from it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.gui.tasks import TaskContext, TaskRunner

# The window's own words, in its translation context (they were written there first).
translate = QCoreApplication.translate


def offer_restore(
    window: QWidget,
    runner: TaskRunner,
    paths: ProfilePaths,
    newest: str,
    restarted: Callable[[], None],
    failed: Callable[[BaseException], None],
) -> None:
    """Ask to restore the newest backup (the damaged file is kept aside); then start again."""
    answer = QtWidgets.QMessageBox.question(
        window,
        translate("MainWindow", "The library database is damaged"),
        translate(
            "MainWindow",
            "The profile database is damaged. Restore the newest backup ({name})? Changes "
            "made since that backup was taken are not in it; the damaged file is kept aside.",
        ).format(name=newest),
    )
    if answer != QtWidgets.QMessageBox.StandardButton.Yes:
        return

    def restore(_ctx: TaskContext) -> None:
        from coact_desktop.core.storage.backups import restore_backup

        restore_backup(paths, newest)

    runner.submit(
        restore, name="restore backup", write=True, done=lambda _r: restarted(), failed=failed
    )
