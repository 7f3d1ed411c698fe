"""File › Copy Coact Desktop to a stick…: the program, checked, and its library, to pass on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coact_desktop.core.errors import Cancelled
from coact_desktop.gui.errors import show_error
from coact_desktop.gui.task_progress import progress_dialog, report
from coact_desktop.gui.tasks import Task, TaskContext, TaskRunner


class ProgramShare(QObject):
    """Copies the running program (a release, checked before and after) and the library."""

    finished = Signal(str)  # what the status line should say

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._task: Task | None = None
        self.progress: QProgressDialog | None = None

    def start(self, services: Any, folder: Path) -> None:
        """Copy into ``folder`` off the GUI thread, with progress and Cancel."""
        from coact_desktop.core.exchange.release import share_program

        editions = services.editions

        def work(ctx: TaskContext) -> tuple[Any, Path | None]:
            program = share_program(folder, editions.trusted_root(), ctx.progress, ctx.cancel)
            library = editions.share(folder) if editions.has_shareable() else None
            return program, library

        self.progress = progress_dialog(
            self._parent,
            self.tr("Copy Coact Desktop to a stick"),
            self.tr("Copying Coact Desktop and checking the copy…"),
            self._cancel,
        )
        self._task = self._runner.submit(
            work,
            name="share the program",
            done=self._done,
            failed=self._failed,
            progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        report(self.progress, done, total)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: tuple[Any, Path | None]) -> None:
        self._close_progress()
        program, library = result
        text = self.tr(
            "Coact Desktop {version} is copied to {folder} and the copy checked. Whoever gets it "
            "can check it too: with this program (coact-desktop release verify FOLDER), or with "
            "sha256sum -c RELEASE-SHA256SUMS and minisign -V inside the folder."
        ).format(version=program.version, folder=str(program.folder))
        if library is not None:
            text += "\n\n" + self.tr("The library's newest edition is copied to {path}.").format(
                path=str(library)
            )
        box = QMessageBox(
            #: Title of a message: the program's files were copied.
            QMessageBox.Icon.Information,
            self.tr("Copied"),
            text,
            parent=self._parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.finished.emit(
            self.tr("Coact Desktop is copied to {folder}.").format(folder=str(program.folder))
        )

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.finished.emit(self.tr("Nothing was copied."))
            return
        show_error(self._parent, self.tr("Copy Coact Desktop to a stick"), error)
