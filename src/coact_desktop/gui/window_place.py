"""Where a window goes the first time it opens: whole, on the screen's free area."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_on_screen(window: QWidget) -> None:
    """Keep the whole window, status bar included, on the screen's free area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    # The frame (title bar, borders) is not known before the window is shown: leave room.
    width = min(window.width(), free.width() - 16)
    height = min(window.height(), free.height() - 48)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    if not free.contains(frame):
        frame.moveCenter(free.center())
        window.move(max(frame.left(), free.left()), max(frame.top(), free.top()))
