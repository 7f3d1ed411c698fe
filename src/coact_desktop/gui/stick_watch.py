"""Noticing a USB stick (or any drive) with a Coact library on it, as Kolibri does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal

from coact_desktop.gui.tasks import Task, TaskContext, TaskRunner

POLL_MS = 3_000
# Where a system keeps its own files: never a stick someone brought.
SYSTEM = ("/proc", "/sys", "/dev", "/run/user", "/boot", "/snap", "/var", "/usr", "/etc")


def mounted_roots() -> list[Path]:
    """The root folders of the drives mounted now (the system's own left out)."""
    roots = []
    for volume in QtCore.QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()):
            continue
        root = volume.rootPath()
        if root == "/" or root.startswith(SYSTEM):
            continue
        roots.append(Path(root))
    return roots


class StickWatch(QObject):
    """Looks at the drives every few seconds, off the GUI thread; says when one brings a pack."""

    found = Signal(object)  # the packs on a drive just seen (a list of paths), to choose from

    def __init__(
        self,
        runner: TaskRunner,
        parent: QObject,
        volumes: Callable[[], list[Path]] = mounted_roots,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.volumes = volumes  # what "the drives" are: replaceable in tests
        self._seen: set[Path] = set()
        self._scan: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.look)

    def start(self) -> None:
        """Look now (a stick already in is offered too), then every few seconds."""
        self.look()
        self.timer.start()

    def look(self) -> None:
        """Scan the drives once, unless a scan is still running (a slow drive never piles up)."""
        if self._scan is not None:
            return
        volumes, seen = self.volumes, set(self._seen)

        def scan(_ctx: TaskContext) -> tuple[set[Path], list[list[Path]]]:
            # On a reader thread: a drive that answers slowly must not freeze the window. The
            # import is here too: editions bring SQLAlchemy, which must stay off the way to the
            # first paint (it cost 0.4 s there once).
            from coact_desktop.core.exchange.editions import packs_on

            present = set(volumes())
            offers = [packs for root in sorted(present - seen) if (packs := packs_on(root))]
            return present, offers

        self._scan = self._runner.submit(
            scan, name="look for sticks", done=self._scanned, failed=lambda _e: self._done()
        )

    def _scanned(self, result: tuple[set[Path], list[list[Path]]]) -> None:
        present, offers = result
        self._seen = present  # a stick taken out and put back in is offered again
        self._done()
        for packs in offers:
            self.found.emit(packs)

    def _done(self) -> None:
        self._scan = None
