"""The one way off the GUI thread: a serialized writer and a small reader pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.errors import KnownError


class TaskContext:
    """Handed to a task: report progress, and poll for cancellation."""

    # A plain class, not a dataclass: the window's start defines it (core/chapters.py says why).
    __slots__ = ("cancel", "report")

    def __init__(
        self,
        cancel: CancelToken | None = None,
        report: Callable[[int, int], None] = lambda done, total: None,
    ) -> None:
        self.cancel = cancel if cancel is not None else CancelToken()
        self.report = report

    def progress(self, done: int, total: int) -> None:
        """Report progress (thread-safe: delivered to the GUI thread by a queued signal)."""
        self.report(done, total)


def _while_alive(callback: Callable[..., None]) -> Callable[..., None]:
    """The callback, skipped once the widget it belongs to is gone.

    A dialog closed while its task runs (Cancel pressed during a check) is deleted; the task's
    outcome must not then reach a method of the deleted widget.
    """
    owner = getattr(callback, "__self__", None)
    if not isinstance(owner, QObject):
        return callback

    def deliver(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return deliver


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """A callable run in a pool; its outcome reaches the GUI thread through signals."""

    def __init__(self, fn: Callable[[TaskContext], Any], name: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.name = name
        self._fn = fn
        self.signals = _Signals()
        self.context = TaskContext(report=self.signals.progress.emit)

    def cancel(self) -> None:
        """Ask the task to stop at its next step."""
        self.context.cancel.cancel()

    def run(self) -> None:
        """Run in the worker thread; never touches widgets."""
        try:
            result = self._fn(self.context)
        except KnownError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug: keep the traceback for the log
            import logging

            logging.getLogger(__name__).exception("Task %s failed", self.name)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs tasks: writes one at a time in order (SQLite and Whoosh allow one writer)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        # The search index has a writer of its own: a long rebuild never holds up a save.
        self._indexer = QThreadPool(self)
        self._indexer.setMaxThreadCount(1)
        self._live: set[Task] = set()

    def submit(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        name: str,
        write: bool = False,
        index: bool = False,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Queue fn (on the database writer, the index writer or a reader); callbacks on the GUI."""
        task = Task(fn, name)
        if done:
            task.signals.done.connect(_while_alive(done))
        if failed:
            task.signals.failed.connect(_while_alive(failed))
        if progress:
            task.signals.progress.connect(_while_alive(progress))
        # Keep the task (and its signals) alive until its outcome has been delivered.
        self._live.add(task)
        task.signals.done.connect(lambda _r: self._live.discard(task))
        task.signals.failed.connect(lambda _e: self._live.discard(task))
        pool = self._indexer if index else self._writer if write else self._readers
        pool.start(task)
        return task

    def cancel_all(self) -> None:
        """Ask every running or queued task to stop."""
        for task in list(self._live):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for all tasks to finish (on shutdown)."""
        pools = (self._writer, self._indexer, self._readers)
        return all([pool.waitForDone(msecs) for pool in pools])
