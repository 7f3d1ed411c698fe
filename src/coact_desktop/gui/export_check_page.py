"""The export wizard's first page: what stops the draft being sent, and where to fix it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
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

if TYPE_CHECKING:
    from coact_desktop.gui.export_wizard import ExportWizard


translate = QCoreApplication.translate
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


def problem_text(problem: Problem, section_titles: tuple[str, ...]) -> str:
    """One pre-flight problem in words, in the user's language."""
    subject = problem.subject
    fields = {
        #: A field of the group profile that is missing, inside a sentence: lower case.
        "name": translate("ExportWizard", "name"),
        "country": translate("ExportWizard", "country"),
        "city": translate("ExportWizard", "city"),
        "founded": translate("ExportWizard", "year founded"),
        "models": translate("ExportWizard", "models of organising"),
    }
    where = (
        section_titles[problem.index]
        if problem.place == "section" and 0 <= problem.index < len(section_titles)
        #: Where a problem is, inside a sentence: the draft's list of dated events.
        else translate("ExportWizard", "the timeline")
    )
    texts = {
        "missing_profile_field": (
            translate("ExportWizard", "The group has no name yet: fill in the group profile.")
            if subject == "name"
            else translate("ExportWizard", "The group profile has no {field}.").format(
                field=fields.get(subject, subject)
            )
        ),
        "name_without_consent": translate(
            "ExportWizard",
            "“{name}” appears in “{where}” but has not agreed to be named. Use their "
            "pseudonym, or record their consent under People and consent.",
        ).format(name=subject, where=where),
        "pseudonym_missing": translate(
            "ExportWizard", "{name} is to be shown by a pseudonym, but none is written yet."
        ).format(name=subject),
        "no_consent_record": translate(
            "ExportWizard",
            "{name} is named in event {number} of the timeline but not listed under People and "
            "consent.",
        ).format(name=subject, number=problem.index + 1),
        "attachment_missing": translate(
            "ExportWizard",
            "The attachment “{name}” is missing from this computer; remove it and attach it again.",
        ).format(name=subject),
        "attachment_changed": translate(
            "ExportWizard",
            "The attachment “{name}” has changed since it was attached; remove it and attach "
            "it again.",
        ).format(name=subject),
        "attachment_metadata": translate(
            "ExportWizard",
            "The attachment “{name}” still carries hidden details (place, camera or author); "
            "remove it and attach it again.",
        ).format(name=subject),
        "nothing_written": translate("ExportWizard", "Nothing is written in the draft yet."),
        "attachment_unchecked": translate(
            "ExportWizard",
            "Some pages of “{name}” could not be read to check for names; make sure it names "
            "nobody who has not agreed.",
        ).format(name=subject),
        "name_in_attachment": translate(
            "ExportWizard",
            "The attachment “{name}” contains the real name of someone who has not agreed to "
            "be named. Remove it, or attach a copy without the name.",
        ).format(name=subject),
        "too_long": translate(
            "ExportWizard",
            "“{name}” is longer than a history sent to Coact may hold; shorten it.",
        ).format(name=fields.get(subject, subject)),
        # One whole sentence for each kind of thing (the subject is core's code, not a word),
        # with the limit, so that the person knows how many to remove.
        "too_many": _too_many(subject),
        "bad_language": translate(
            "ExportWizard",
            "“{code}” is not a language code Coact can read. In the group profile, choose the "
            "language the history is written in, or type its code (such as ky or pt-BR).",
        ).format(code=subject),
        "empty_section": translate(
            "ExportWizard", "The section “{title}” is empty; it will be left out."
        ).format(title=subject),
    }
    return texts.get(problem.code, problem.code)


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
                return preflight(draft, services.paths.data_dir), name, new_key

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


def _too_many(subject: str) -> str:
    """More of something than one history may hold, in words, with the limit."""
    from coact_desktop.core.exchange import history

    limits = {
        "languages": history.MAX_LIST,
        "models": history.MAX_LIST,
        "sections": history.MAX_SECTIONS,
        "events": history.MAX_EVENTS,
        "people": history.MAX_PEOPLE,
        "attachments": history.MAX_ATTACHMENTS,
    }
    texts = {
        "languages": translate(
            "ExportWizard",
            "The group profile names more than {limit} languages; one file sent to Coact may "
            "hold no more. Keep the main ones.",
        ),
        "models": translate(
            "ExportWizard",
            "The group profile names more than {limit} models of organising; one file sent to "
            "Coact may hold no more. Keep the main ones.",
        ),
        "sections": translate(
            "ExportWizard",
            "The history has more than {limit} sections; one file sent to Coact may hold no "
            "more. Join some of them together.",
        ),
        "events": translate(
            "ExportWizard",
            "The timeline has more than {limit} events; one file sent to Coact may hold no "
            "more. Remove some before sending.",
        ),
        "people": translate(
            "ExportWizard",
            "The list of people has more than {limit} names; one file sent to Coact may hold "
            "no more. Remove some before sending.",
        ),
        "attachments": translate(
            "ExportWizard",
            "More than {limit} photos and documents are attached; one file sent to Coact may "
            "hold no more. Remove some before sending.",
        ),
    }
    return texts.get(subject, subject).format(limit=limits.get(subject, ""))
