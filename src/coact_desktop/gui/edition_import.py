"""Importing a new edition from a file: check it, say what it is, switch to it on request."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from coact_desktop.core.errors import Cancelled, KnownError
from coact_desktop.gui.errors import describe
from coact_desktop.gui.markup import escape
from coact_desktop.gui.rendering import ltr
from coact_desktop.gui.task_progress import progress_dialog, report
from coact_desktop.gui.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from coact_desktop.core.services import AppServices

PACK_SUFFIX = ".coactpack"
ANSWER_SUFFIX = ".coactanswer"  # Coact's answer to a group: imported onto its draft


class EditionImport(QObject):
    """One import at a time: verify (a reader thread), ask, import (the writer), report."""

    imported = Signal(object)  # the PackCheck of the edition now in the library
    finished = Signal(str)  # what happened, in words (also when refused or cancelled)

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._task: Task | None = None
        self.progress: QtWidgets.QProgressDialog | None = None
        self.question: QtWidgets.QMessageBox | None = None
        self.refusal: QtWidgets.QMessageBox | None = None
        self._from_a_stick = False

    def start(self, services: AppServices, paths: list[Path], from_a_stick: bool = False) -> None:
        """Check the file, then ask whether to import the edition it holds.

        Given several (a stick's, or files chosen together), the ones that lead from this
        library's edition to the newest are imported in order: a full pack and the deltas
        after it. From a stick nobody chose a file: one holding no newer edition is only said
        in the status line, without a box to close.
        """
        if self._task is not None or self.question is not None or not paths:
            return
        self._from_a_stick = from_a_stick
        editions = services.editions
        shown = paths[0].name if len(paths) == 1 else paths[0].parent.name or str(paths[0].parent)
        self._show_progress(self.tr("Checking {name}…").format(name=shown))

        def verify(ctx: TaskContext) -> tuple[list[Path], Any]:
            route = editions.route(paths, ctx.cancel) if len(paths) > 1 else list(paths)
            if not route:  # none leads on: the first file's own check says why
                return [paths[0]], editions.verify(paths[0], ctx.progress, ctx.cancel)
            # Every file of the route, checked before the one question about all of them.
            return route, editions.verify_route(route, ctx.progress, ctx.cancel)

        self._task = self._runner.submit(
            verify,
            name="verify edition",
            done=lambda found: self._verified(services, *found),
            failed=self._failed,
            progress=self._progressed,
        )

    def _verified(self, services: AppServices, route: list[Path], check: Any) -> None:
        self._end_progress()
        statement = check.statement
        text = self.tr(
            "<p><b>{title}</b>, edition {edition}, from {date}.</p>"
            "<p>Signed by Coact on {created}. The library now has edition {have}.</p>"
        ).format(
            title=escape(statement.title),
            edition=statement.edition,
            date=ltr(escape(statement.date)),
            created=ltr(escape(statement.created[:10])),
            have=check.have_edition,
        )
        if check.histories:
            names = ", ".join(escape(n) for n in check.histories)
            text += self.tr("<p>Group histories in it: {names}.</p>").format(names=names)
        if check.left_out:
            names = ", ".join(escape(n) for n in check.left_out)
            text += self.tr("<p>No longer in it: {names}.</p>").format(names=names)
        if check.notes:
            notes = escape(check.notes).replace("\n", "<br>")
            text += self.tr("<p>What is new: {notes}</p>").format(notes=notes)
        if len(route) > 1:
            text += self.tr(
                "<p>It comes in %n files, checked and imported one after the other.</p>",
                "",
                len(route),
            )
        text += self.tr("<p>Your drafts, keys and reading place are kept.</p>")
        if check.clock_behind:
            text += self.tr(
                "<p><b>This computer's clock is behind:</b> a file signed on {seen} was already "
                "seen here. Set the date right, or an old edition could pass for a new one.</p>"
            ).format(seen=escape(check.clock_behind[:10]))
        self.question = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Import this edition?"),
            text,
            parent=self._parent,
        )
        self.question.setTextFormat(QtCore.Qt.TextFormat.RichText)  # every value in it is escaped
        self.import_button = self.question.addButton(
            #: Button: take the new edition into the library on this computer.
            self.tr("Import"),
            QtWidgets.QMessageBox.ButtonRole.AcceptRole,
        )
        self.question.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        self.question.setDefaultButton(self.import_button)
        self.question.finished.connect(
            lambda _result: self._answered(services, route, check.file_sha256)
        )
        self.question.open()  # window-modal, not exec(): the window goes on painting

    def _answered(self, services: AppServices, route: list[Path], checked: str) -> None:
        wanted = self.question is not None and self.question.clickedButton() is self.import_button
        self.question = None
        if not wanted:
            self.finished.emit(self.tr("The edition was not imported."))
            return
        editions = services.editions
        self._show_progress(self.tr("Importing {name}…").format(name=route[0].name))

        def import_pack(ctx: TaskContext) -> Any:
            # Only the very file the person was shown: a swapped one is refused.
            check = editions.import_pack(route[0], ctx.progress, ctx.cancel, checked)
            for later in route[1:]:
                try:  # each checked whole again, on the edition the one before it brought
                    check = editions.import_pack(later, ctx.progress, ctx.cancel, continues=True)
                except Exception as error:  # what came before stays: each import is whole
                    return check, error
            return check, None

        self._task = self._runner.submit(
            import_pack,
            name="import edition",
            write=True,  # one writer: the switch never interleaves with a draft's save
            done=self._imported,
            failed=self._failed,
            progress=self._progressed,
        )

    def _imported(self, result: tuple[Any, Exception | None]) -> None:
        self._end_progress()
        check, later_error = result
        self.imported.emit(check)
        done = self.tr("Edition {edition} is now in the library.").format(
            edition=check.statement.edition
        )
        if later_error is None:
            self.finished.emit(done)
            return
        self._refuse(
            self.tr("{done} The next file was not imported. {reason}").format(
                done=done, reason=describe(later_error)
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._end_progress()
        if isinstance(error, Cancelled):
            self.finished.emit(self.tr("Stopped. Nothing was changed."))
            return
        reason = error.details.get("reason") if isinstance(error, KnownError) else None
        if self._from_a_stick and reason in ("already_have", "rollback"):
            self.finished.emit(self.tr("The stick holds no newer edition than yours."))
            return
        self._refuse(
            self.tr("The edition was not imported. {reason}").format(reason=describe(error))
        )

    def _refuse(self, message: str) -> None:
        self.refusal = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("Not imported"),
            message,
            parent=self._parent,
        )
        self.refusal.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # the reason may quote the file
        self.refusal.open()
        self.finished.emit(message)

    def _show_progress(self, label: str) -> None:
        #: An edition: one signed, numbered release of the history (the library).
        self.progress = progress_dialog(self._parent, self.tr("Edition"), label, self._cancel)

    def _progressed(self, done: int, total: int) -> None:
        report(self.progress, done, total)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _end_progress(self) -> None:
        self._task = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress = None
