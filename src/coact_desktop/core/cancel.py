"""Cancellation and progress reporting for long operations, without Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable

from coact_desktop.core.errors import Cancelled

ProgressCallback = Callable[[int, int], None]


class CancelToken:
    """A flag a long operation polls between steps; set from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next step."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() has been called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Stop the operation by raising Cancelled if cancel() was called."""
        if self._event.is_set():
            raise Cancelled("The operation was cancelled.")


def no_progress(done: int, total: int) -> None:
    """Progress callback that ignores progress."""


class Steps:
    """Counts work done in bytes: reports progress and stops at a cancel, at every chunk."""

    def __init__(
        self, total: int, progress: ProgressCallback, cancel: CancelToken | None = None
    ) -> None:
        self.total = max(1, total)
        self.done = 0
        self._progress = progress
        self._cancel = cancel or CancelToken()

    def __call__(self, amount: int) -> None:
        """Another ``amount`` done."""
        self.done += amount
        self._cancel.raise_if_cancelled()
        self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        """All done."""
        self._progress(self.total, self.total)
