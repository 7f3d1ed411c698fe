"""The export wizard's first page: what stops the draft being sent, and where to fix it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from coact_desktop.core.exchange.preflight import Problem, preflight
from coact_desktop.gui.errors import describe
from coact_desktop.gui.tasks import TaskContext
from coact_desktop.words.problems import problem_text

if TYPE_CHECKING:
    from coact_desktop.gui.export_wizard import ExportWizard


PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckPage(QWizardPage):
    """Pre-flight: what must be fixed before the draft may leave the laptop."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check the draft"))
        self.setSubTitle(self.tr("Nothing leaves this computer until the check is passed."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setWordWrap(True)
        self.go_button = QPushButton(self.tr("Go there to fix it"), self)
        self.go_button.setAutoDefault(False)  # Enter goes on with the wizard
        self.go_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.problems.itemActivated.connect(self._go)
        self.problems.currentItemChanged.connect(
            lambda item, _old: self.go_button.setEnabled(item is not None)
        )
        self.go_button.clicked.connect(lambda: self._go(self.problems.currentItem()))
        self.blocking = True
        self.checked = False

    def initializePage(self) -> None:
        """Run the checks off the GUI thread."""
        self.checked = False
        self.summary.setText(self.tr("Checking…"))
        self.problems.clear()
        services, draft_id = self._wizard.services, self._wizard.draft_id
        runner = self._wizard.runner

        def read(_ctx: TaskContext) -> tuple[Any, str, bool]:
            # On the writer: after any save queued just before, so the check sees the newest
            # text; and everything the later pages need from the database, off the GUI thread.
            draft = services.drafts.get(draft_id)
            name = services.exports.suggested_name(draft_id)
            return draft, name, services.keys.current() is None

        def check(read_back: tuple[Any, str, bool]) -> None:
            draft, name, new_key = read_back

            def run(_ctx: TaskContext) -> tuple[tuple[Problem, ...], str, bool]:
                # On a reader: reading the text of long PDFs must not hold up autosaves.
                return preflight(draft, services.files), name, new_key

            runner.submit(run, name="pre-flight", done=self._show, failed=self._failed)

        runner.submit(read, name="read draft", write=True, done=check, failed=self._failed)

    def _show(self, checked: tuple[tuple[Problem, ...], str, bool]) -> None:
        problems, self._wizard.file_name, self._wizard.new_key = checked
        self.problems.clear()
        for problem in problems:
            #: 'Must fix': a problem that stops the sending; 'Note': advice only.
            mark = self.tr("Must fix") if problem.blocking else self.tr("Note")
            text = problem_text(problem, self._wizard.section_titles)
            item = QListWidgetItem(f"{mark}: {text}")
            item.setData(PLACE_ROLE, (problem.place, problem.index))
            if problem.blocking:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.problems.addItem(item)
        self.blocking = any(p.blocking for p in problems)
        if self.blocking:
            self.summary.setText(
                self.tr(
                    "Some things must be fixed before the history can be sent. Double-click "
                    "one to go there; “Check again” above the draft brings you back here, and "
                    "the check runs again."
                )
            )
        elif problems:
            self.summary.setText(self.tr("Ready to send. A few notes:"))
        else:
            self.summary.setText(self.tr("Ready to send: nothing to fix."))
        self.checked = True
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(describe(error))

    def _go(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        place, index = item.data(PLACE_ROLE)
        self._wizard.fix(place, index)

    def isComplete(self) -> bool:
        """Only a draft with nothing blocking goes on."""
        return self.checked and not self.blocking
