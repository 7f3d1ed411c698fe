"""Words, in the user's language, for the problems core reports by code."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QWidget

from coact_desktop.words.errors import describe

__all__ = ["describe", "show_error"]


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A modal message box with the error in words, as plain text (it may hold paths)."""
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Critical, title, describe(error), parent=parent
    )
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.exec()
