"""Building the search index off the GUI thread, with progress and Cancel in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from coact_desktop.gui.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from coact_desktop.core.services import AppServices


class IndexBuilder(QObject):
    """Builds the index when it is missing, stale or damaged; one build at a time."""

    started = Signal()
    ready = Signal(object)  # the search filters' choices, read from the finished index
    failed = Signal(object)  # the error (Cancelled when the person pressed Cancel)

    def __init__(self, runner: TaskRunner, window: QMainWindow) -> None:
        super().__init__(window)
        self._runner = runner
        self._task: Task | None = None
        self._again: AppServices | None = None  # the library changed during a build
        self._stopped = False
        self.is_ready = False
        self._window = window
        self._status: tuple[QtWidgets.QProgressBar, QtWidgets.QPushButton] | None = None

    def _status_widgets(self) -> tuple[QtWidgets.QProgressBar, QtWidgets.QPushButton]:
        """The progress bar and its Cancel in the status bar, made when a build first needs them.

        Not before the first paint, which shows neither: a push button's constructor makes PySide
        build QIcon and its enums (3 ms on the reference machine).
        """
        if self._status is None:
            progress = QtWidgets.QProgressBar(self._window)
            progress.setMaximumWidth(220)
            progress.setAccessibleName(self.tr("Progress"))
            progress.hide()
            cancel = QtWidgets.QPushButton(self.tr("Cancel"), self._window)
            cancel.hide()
            cancel.clicked.connect(self.cancel)
            self._window.statusBar().addPermanentWidget(progress)
            self._window.statusBar().addPermanentWidget(cancel)
            self._status = progress, cancel
        return self._status

    def prepare(self, services: AppServices, force: bool = False) -> None:
        """Make the index ready (force: build it anew, as when it is damaged)."""
        if self._task is not None or self._stopped:
            return  # already building, or the window is closing
        self.is_ready = False
        progress, cancel = self._status_widgets()
        progress.setRange(0, 0)
        progress.show()
        cancel.show()
        self.started.emit()
        search = services.search

        def build(ctx: TaskContext) -> Any:
            search.ensure_index(ctx.progress, ctx.cancel, force=force)
            return search.filter_choices()

        self._task = self._runner.submit(
            build,
            name="build search index",
            index=True,
            done=self._built,
            failed=self._failed,
            progress=self._progress,
        )

    def library_changed(self, services: AppServices) -> None:
        """The library changed: build again now, or as soon as the build under way ends."""
        if self._task is None:
            self.prepare(services)
        else:
            self._again = services

    def stop(self) -> None:
        """No more builds: the window is closing (the one under way is cancelled with it)."""
        self._stopped = True
        self._again = None

    def cancel(self) -> None:
        """Stop the build under way (search is set up at the next start)."""
        if self._task is not None:
            self._task.cancel()

    def _progress(self, done: int, total: int) -> None:
        progress, _cancel = self._status_widgets()
        progress.setRange(0, total)
        progress.setValue(done)

    def _built(self, choices: Any) -> None:
        self._end()
        if self._again is not None:
            services, self._again = self._again, None
            self.prepare(services)  # what was built is already out of date
            return
        self.is_ready = True
        self.ready.emit(choices)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.failed.emit(error)

    def _end(self) -> None:
        self._task = None
        for widget in self._status_widgets():
            widget.hide()
