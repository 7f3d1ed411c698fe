"""Coact's answers on the draft they belong to: a notice when one is there, and the view."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coact_desktop.gui.errors import describe
from coact_desktop.gui.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from coact_desktop.gui.drafts_view import DraftsView


class DraftAnswers(QObject):
    """Looks for answers when a draft opens; shows them; takes Coact's version of a section."""

    def __init__(self, view: DraftsView, runner: TaskRunner) -> None:
        super().__init__(view)
        self._view = view
        self._runner = runner
        self.answers: tuple[Any, ...] = ()  # Coact's answers to the open draft, newest first
        self.view: QWidget | None = None
        self._show_for: str | None = None

    def look_for(self, draft_id: str) -> None:
        """Say on the draft when Coact has answered it (off the GUI thread: a database read)."""
        answers = getattr(self._view.services, "answers", None)
        if answers is None:
            return

        def read(_ctx: TaskContext) -> Any:
            return answers.for_draft(draft_id)

        self._runner.submit(
            read,
            name="answers",
            done=lambda got: self._found(draft_id, got),
            failed=lambda error: self._view.editor.set_status(describe(error)),
        )

    def _found(self, draft_id: str, got: tuple[Any, ...]) -> None:
        editor = self._view.editor
        shown = editor.draft
        if not got or shown is None or shown.id != draft_id:
            return
        self.answers = got
        if self._show_for == draft_id:
            self._show_for = None
            self.show()
        elif editor.notice.isHidden():  # never over a notice about a recovered draft
            editor.show_notice(
                self.tr("Coact has answered this history (bundle {sequence}).").format(
                    sequence=got[0].sequence
                ),
                self.tr("See Coact's answer"),
                self.show,
            )

    def show(self) -> None:
        """Coact's newest answer to the open draft, beside it."""
        from coact_desktop.gui.answer_view import AnswerView

        if not self.answers:
            return
        if self.view is not None:
            self.view.close()
        self.view = AnswerView(self.answers[0], self._section_body, self._take, self._view)
        self.view.show()

    def arrived(self, draft_id: str) -> None:
        """An answer was just imported: open its draft (if it is not open) and show it."""
        self._show_for = draft_id
        shown = self._view.editor.draft
        if shown is not None and shown.id == draft_id:
            self.look_for(draft_id)
        else:
            self._view.open_draft(draft_id)  # the answer shows once the draft has opened

    def _section_body(self, title: str) -> str | None:
        draft = self._view.editor.draft
        found = [s for s in draft.sections if s.title == title] if draft is not None else []
        return found[0].body if found else None

    def _take(self, title: str, text: str) -> None:
        """Coact's version of a section into the draft, saved as any edit is.

        The group's own words stay in the revision history (its button) to go back to.
        """
        editor = self._view.editor
        draft = editor.draft
        rows = [i for i, s in enumerate(draft.sections) if s.title == title] if draft else []
        if draft is None or not rows:
            return
        section = draft.sections[rows[0]]
        editor.replace_draft(draft.with_section(rows[0], replace(section, body=text)))
        editor.set_status(
            self.tr("Coact's version of {title} is in the draft.").format(title=title)
        )
