"""The progress dialog of a long task: shown after a moment, open until the task ends, Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def progress_dialog(
    parent: QWidget, title: str, label: str, on_cancel: Callable[[], None]
) -> QtWidgets.QProgressDialog:
    """A window-modal dialog, busy until the task reports a range; Cancel calls ``on_cancel``."""
    dialog = QtWidgets.QProgressDialog(
        label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    # Stays until the work ends, not until the last step: what comes after it takes time too.
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(on_cancel)
    dialog.setValue(0)
    return dialog


def report(dialog: QtWidgets.QProgressDialog | None, done: int, total: int) -> None:
    """Show how far the task is (it may end before the dialog was ever shown)."""
    if dialog is not None:
        dialog.setRange(0, total)
        dialog.setValue(done)
