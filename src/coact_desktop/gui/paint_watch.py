"""Run something once a window has first painted: what the first look can do without waits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never painted (started minimised, on a desktop that shows it late) still
# gets going: a second is long after any first paint, and short for someone waiting.
FALLBACK_MS = 1000


class AfterFirstPaint(QObject):
    """Calls back once: just after the widget's first paint, or after FALLBACK_MS if sooner."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint, call back from the event loop (once the paint has finished)."""
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._callback()
