"""Python's cycle collector runs on the GUI thread only: a Qt object must be destroyed there.

Left automatic, the collector runs in whichever thread happens to allocate, and a worker thread
(opening the profile, a search) then destroys widgets kept alive only by reference cycles: Qt
crashes (it did once in CI, "Garbage-collecting" inside a worker's stack). So the automatic
collector is off, and a timer on the GUI thread collects when the counts pass the thresholds, as
the collector itself would. Anki does the same for the same reason.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
# A dynamic property on the application says a collector runs: asking Qt for its children
# instead (findChild) makes PySide build a Python type for each kind of child, 10 ms at start.
INSTALLED = "coactGuiThreadCollector"


class GuiThreadCollector(QObject):
    """Collects garbage from a GUI-thread timer; the automatic collector stays off meanwhile."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        parent.setProperty(INSTALLED, True)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    @classmethod
    def install_once(cls, app: QObject) -> None:
        """A collector for the application, unless it has one already."""
        if not app.property(INSTALLED):
            cls(app)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        first, second, third = gc.get_count()
        if first > self._threshold[0]:
            gc.collect(0)
            if second > self._threshold[1]:
                gc.collect(1)
                if third > self._threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Hand collection back to Python (tests, and the end of the program)."""
        self._timer.stop()
        parent = self.parent()
        if parent is not None:
            parent.setProperty(INSTALLED, False)
        gc.enable()
