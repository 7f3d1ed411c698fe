"""Our group's history: write a draft in guided sections; every change is saved on its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QDateTime,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.drafts.attachments import Cleaned, attach
from coact_desktop.core.drafts.model import Draft, Profile
from coact_desktop.core.drafts.service import DraftSummary, SaveReceipt, new_draft
from coact_desktop.core.errors import NotFound
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.gui.draft_answers import DraftAnswers
from coact_desktop.gui.draft_dialogs import ProfileDialog, RevisionsDialog
from coact_desktop.gui.draft_editor import DraftEditor
from coact_desktop.gui.draft_guide import guided_titles, window_language
from coact_desktop.gui.errors import describe
from coact_desktop.gui.rendering import ltr, plain_tip
from coact_desktop.gui.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from coact_desktop.core.drafts.service import DraftsService
SAVE_DELAY_MS = 400  # after the last keystroke
# After the first unsaved change, however fast the typing goes on: with the save itself, a
# keystroke is on disk within a second.
SAVE_DEADLINE_MS = 700
RETRY_MS = 5_000  # after a failed save (full disk, read-only profile)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_WIDTH = 220  # the drafts list, in pixels
LIST_MIN_WIDTH = 160


class DraftsView(QWidget):
    """The list of drafts beside the editor of the open one."""

    saved = Signal(object)  # SaveReceipt, after each durable save
    draft_opened = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._drafts: DraftsService | None = None
        self._models: list[tuple[str, str]] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Drafts"))
        self.list.setWordWrap(True)  # a long group name wraps, never cut
        # The editor beside it grows as a draft opens (and a notice shows): without a floor the
        # splitter took the room from this list, down to a sliver that cut the names.
        self.list.setMinimumWidth(LIST_MIN_WIDTH)
        self.new_button = QPushButton(self.tr("New draft…"), self)
        self.new_button.setEnabled(False)
        self.editor = DraftEditor(self)
        self.empty = QLabel(
            self.tr(
                "Write your group's own history here, at your own pace. Everything you type "
                "is kept on this computer and saved as you go.\n\nStart with “New draft…”."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.editor)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LIST_WIDTH, 800])
        from coact_desktop.gui.unlock_panel import UnlockPanel

        #: Shown instead of the list and editor while the drafts are locked.
        self.lock_panel = UnlockPanel(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.lock_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.new_button.clicked.connect(self.new_draft)
        self.list.currentItemChanged.connect(self._chosen)
        self.editor.changed.connect(self._schedule_save)
        self.editor.profile_wanted.connect(self._edit_profile)
        self.editor.history_wanted.connect(self._show_history)
        self.editor.attach_wanted.connect(self._choose_attachment)
        self.editor.send_wanted.connect(self.open_export_wizard)
        self._app: Any = None
        self.coact_answers = DraftAnswers(self, runner)
        self._settings: QSettings | None = None
        self.export_wizard: Any = None
        self._files: FileStore | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        # The pause timer alone would never fire for someone typing without a break.
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self.save_now)
        self._unsaved: dict[str, Draft] = {}
        self.last_save_error = ""

    # -- set-up ------------------------------------------------------------------------------

    def set_services(
        self, drafts: DraftsService, models: list[tuple[str, str]], files: FileStore
    ) -> None:
        """Connect to the drafts service once the library is open; list the drafts."""
        self._drafts = drafts
        self._files = files
        self.editor.files.store = files
        self._models = models
        self.new_button.setEnabled(True)
        self._refresh_list()
        if self._unsaved:  # changes made before the drafts were locked
            self.save_now()

    @property
    def locked(self) -> bool:
        """Whether the lock panel shows instead of the drafts."""
        return self.pages.currentWidget() is self.lock_panel

    def show_locked(self) -> None:
        """Hide and forget every draft shown; the passphrase field takes their place.

        Changes not yet written stay in memory only, and are written once unlocked again:
        locking never loses a word.
        """
        self._timer.stop()
        self._deadline.stop()
        self._drafts = None
        self.new_button.setEnabled(False)
        self.list.clear()
        self.editor.clear()
        self.stack.setCurrentWidget(self.empty)
        self.lock_panel.reset()
        self.pages.setCurrentWidget(self.lock_panel)
        if self.isVisible():
            self.lock_panel.setFocus()

    def show_unlocked(self) -> None:
        """The list and editor again (set_services lists the drafts)."""
        self.lock_panel.reset()
        self.pages.setCurrentIndex(0)

    def forget_unsaved(self) -> None:
        """Quick delete: drop every change not yet written, so that none is written after it."""
        self._timer.stop()
        self._deadline.stop()
        self._unsaved.clear()
        self.list.clear()
        self.editor.clear()
        self.stack.setCurrentWidget(self.empty)

    def set_app(self, services: Any, settings: QSettings) -> None:
        """The whole profile's services (keys, exports) and settings, for the export wizard."""
        self._app = services
        self._settings = settings

    @property
    def services(self) -> Any:
        """The whole profile's services, once the library is open (None before)."""
        return self._app

    def open_export_wizard(self) -> None:
        """Save what is typed, then check and export the open draft."""
        from coact_desktop.gui.export_wizard import ExportWizard

        draft = self.editor.draft
        if draft is None or self._app is None or self._settings is None:
            return
        self.save_now()  # queued on the writer first, so the check sees the latest text
        earlier = self.export_wizard
        if earlier is not None and shiboken6.isValid(earlier) and earlier.fixing:
            earlier.reject()  # one put aside for a fix: this one checks afresh
        self.editor.notice.hide()
        titles = tuple(s.title for s in draft.sections)
        wizard = ExportWizard(self._app, draft.id, titles, self._runner, self._settings, self)
        wizard.go_to.connect(self.go_to)
        wizard.go_to.connect(lambda _place, _index: self._offer_check_again(wizard))
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_wizard = wizard
        wizard.open()

    def _offer_check_again(self, wizard: Any) -> None:
        """While a problem the check found is being fixed, a way back to the check."""

        def resume() -> None:
            self.save_now()  # queued before the check reads the draft
            wizard.resume()

        self.editor.show_notice(
            self.tr("Fix what the check found, then go on sending the file to Coact."),
            #: Button: look at the draft again for problems before sending.
            self.tr("Check again"),
            resume,
        )

    def go_to(self, place: str, index: int) -> None:
        """Show the place a pre-flight problem points at."""
        pages = {"section": 0, "timeline": 1, "people": 2, "attachments": 3}
        if place == "profile":
            self._edit_profile()
            return
        self.editor.pages.setCurrentIndex(pages.get(place, 0))
        if place == "section" and 0 <= index < self.editor.sections.count():
            self.editor.sections.setCurrentRow(index)
            self.editor.text.setFocus()
        elif place == "timeline":
            self.editor.events.go_to_cell(index, 3)  # the event's people, where names are
        elif place == "people":
            self.editor.people.go_to_cell(index, 0)

    def _refresh_list(self, select: str | None = None) -> None:
        drafts = self._drafts
        if drafts is None:
            return
        self._runner.submit(
            lambda _c: drafts.list(),
            name="list drafts",
            done=lambda summaries: self._show_list(summaries, select),
            failed=self._failed,
        )

    def _show_list(self, summaries: tuple[DraftSummary, ...], select: str | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for summary in summaries:
            item = QListWidgetItem(summary.name or self.tr("(no name yet)"), self.list)
            item.setData(ID_ROLE, summary.id)
            item.setToolTip(plain_tip(summary.name))
        if summaries:
            self.empty.setText(
                self.tr(
                    "Choose a draft in the list to go on writing it, or start another with "
                    "“New draft…”."
                )
            )
        # Qt makes the first row current by itself; a click on it must still open that draft.
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        wanted = select or (self.editor.draft.id if self.editor.draft else None)
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == wanted:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)

    # -- drafts ------------------------------------------------------------------------------

    def new_draft(self) -> None:
        """Ask for the group's profile, then start a draft with the guided sections."""
        dialog = ProfileDialog(self._models, Profile(), self, window_language())
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            self.create_draft(dialog.profile(), dialog.language())

    def create_draft(self, profile: Profile, language: str = "en") -> None:
        """Create and open a draft for a profile."""
        drafts = self._drafts
        if drafts is None:
            return
        self.save_now()
        draft = new_draft(profile, language)
        titles = guided_titles(language)
        draft = replace(
            draft,
            sections=tuple(
                replace(s, title=titles.get(s.prompt or "", s.title)) for s in draft.sections
            ),
        )

        def created(_receipt: object) -> None:
            self._opened(draft, refresh=True)
            # Straight into the first section: letters typed next must not go elsewhere.
            self.editor.go_to_page(0)
            self.editor.text.setFocus()

        self._runner.submit(
            lambda _c: drafts.create(draft),
            name="create draft",
            write=True,
            done=created,
            failed=self._failed,
        )

    def open_draft(self, draft_id: str) -> None:
        """Open a draft (after saving the one being written)."""
        drafts = self._drafts
        if drafts is None:
            return
        self.save_now()
        self._runner.submit(
            lambda _c: drafts.get(draft_id),
            name="open draft",
            write=True,  # after any save still queued: never an older copy
            done=self._opened,
            failed=self._failed,
        )

    def reopen(self, draft_id: str, place: str = "", crashed: bool = False) -> None:
        """Open the draft that was open last time, at the same place; after a crash, say that
        it is as it was at its last autosave."""
        drafts = self._drafts
        if drafts is None:
            return

        def load(_ctx: TaskContext) -> tuple[Draft, str]:
            summary = next((d for d in drafts.list() if d.id == draft_id), None)
            return drafts.get(draft_id), summary.updated_at if summary else ""

        def show(loaded: tuple[Draft, str]) -> None:
            draft, saved_at = loaded
            self._opened(draft, refresh=True)
            self.editor.restore_place(place)
            if not crashed:
                return
            when = QDateTime.fromString(saved_at, Qt.DateFormat.ISODate).toLocalTime()
            message = self.tr(
                "Coact Desktop did not close properly last time. Your draft is back as it "
                "was at its last autosave ({time})."
            ).format(time=ltr(when.toString("yyyy-MM-dd HH:mm:ss")))
            self.editor.set_status(message)
            self.editor.show_notice(message)

        def gone(error: BaseException) -> None:
            # A draft deleted since (or a damaged setting) leaves the list to choose from.
            if not isinstance(error, NotFound):
                self._failed(error)

        self._runner.submit(load, name="reopen draft", write=True, done=show, failed=gone)

    def remember_place(self) -> None:
        """Keep where the person is in the open draft, for the next start."""
        if self._settings is not None and self.editor.draft is not None:
            self._settings.setValue("drafts/place", self.editor.place())

    def _opened(self, draft: Draft, refresh: bool = False) -> None:
        self.editor.set_draft(draft)
        self.stack.setCurrentWidget(self.editor)
        self.editor.set_status(self.tr("All changes saved."))
        if refresh:
            self._refresh_list(select=draft.id)
        self.draft_opened.emit(draft.id)
        self.coact_answers.look_for(draft.id)

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.open_draft(current.data(ID_ROLE))

    # -- saving ------------------------------------------------------------------------------

    def _schedule_save(self) -> None:
        draft = self.editor.draft
        if draft is None:
            return
        # Every draft with unsaved changes is kept here until a save of that very version
        # succeeds, whichever draft the editor shows by then.
        self._unsaved[draft.id] = draft
        if not self._deadline.isActive():
            self._deadline.start(SAVE_DEADLINE_MS)
        self.editor.set_status(self.tr("Saving…"))
        self._timer.start(SAVE_DELAY_MS)

    def save_now(self) -> None:
        """Write every draft with unsaved changes now (on the writer thread, in order)."""
        # Nothing is closed or committed here: every editor hands over each keystroke as it
        # comes, so a save never has to touch a cell or a field that is being typed in.
        self._timer.stop()
        self._deadline.stop()
        drafts = self._drafts
        if drafts is None:
            return
        for draft in list(self._unsaved.values()):

            def write(_ctx: TaskContext, draft: Draft = draft) -> tuple[SaveReceipt, Draft]:
                return drafts.save(draft), draft

            self._runner.submit(
                write, name="autosave", write=True, done=self._saved, failed=self._save_failed
            )

    def _saved(self, result: tuple[SaveReceipt, Draft]) -> None:
        receipt, draft = result
        if self._unsaved.get(draft.id) is draft:
            del self._unsaved[draft.id]  # no newer changes to this draft since
        shown = self.editor.draft
        if shown is not None and shown.id == draft.id and shown.id not in self._unsaved:
            when = QDateTime.fromString(receipt.saved_at, Qt.DateFormat.ISODate).toLocalTime()
            self.editor.set_status(
                self.tr("All changes saved ({time}).").format(time=when.toString("HH:mm:ss"))
            )
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == draft.id:
                item.setText(draft.profile.name or self.tr("(no name yet)"))
        self.remember_place()  # after a crash, the next start comes back here
        self.saved.emit(receipt)

    def _save_failed(self, error: BaseException) -> None:
        # Nothing typed is dropped: the draft stays in _unsaved and is written again shortly.
        self.last_save_error = describe(error)
        self.editor.set_status(
            self.tr("Not saved yet: {reason} Your text is kept and will be saved again.").format(
                reason=self.last_save_error
            )
        )
        self._timer.start(RETRY_MS)

    @property
    def pending(self) -> bool:
        """Whether any draft has changes not yet written."""
        return bool(self._unsaved)

    # -- attachments ---------------------------------------------------------------------------

    def _choose_attachment(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a photo or a document"),
            "",
            self.tr("Photos, PDF documents and text (*.jpg *.jpeg *.png *.pdf *.txt *.md)"),
        )
        if path:
            caption, ok = QInputDialog.getText(
                #: Title of a small dialog asking for a photo's caption.
                self,
                self.tr("Caption"),
                self.tr("What does it show? (optional)"),
            )
            self.attach_file(Path(path), caption.strip() if ok else "")

    def attach_file(self, path: Path, caption: str = "") -> None:
        """Clean a file of its metadata, keep the clean copy, and add it to the draft."""
        files = self._files
        if files is None or self.editor.draft is None:
            return
        self.editor.set_status(self.tr("Removing hidden details from the file…"))
        draft_id = self.editor.draft.id
        # Cleaning a photo takes a moment: on the reader pool, so that saves never wait for it.
        self._runner.submit(
            lambda _c: (draft_id, attach(path, files, caption)),
            name="attach",
            done=self._attached,
            failed=self._failed,
        )

    def _attached(self, result: tuple[str, Cleaned]) -> None:
        draft_id, cleaned = result
        if self.editor.draft is None or self.editor.draft.id != draft_id:
            self.editor.set_status(
                self.tr("The file was cleaned, but another draft is open now: attach it again.")
            )
            return
        self.editor.add_attachment(cleaned.attachment)
        words = {
            "exif": self.tr("camera and author details (EXIF)"),
            "gps": self.tr("the place it was taken (GPS)"),
            "xmp": self.tr("editing details (XMP)"),
            "iptc": self.tr("captions and credits (IPTC)"),
            "comment": self.tr("a hidden comment"),
            "icc": self.tr("a colour profile"),
            "text": self.tr("text notes (author, description)"),
            "author": self.tr("the author and the program that made it"),
            "comments": self.tr("comments and their authors' names, links and form fields"),
            "extras": self.tr("hidden extras (scripts, attached files, private program data)"),
        }
        if cleaned.removed:
            removed = ", ".join(words.get(code, code) for code in cleaned.removed)
            message = self.tr("Attached. Removed from the copy: {removed}.").format(removed=removed)
        else:
            message = self.tr("Attached. The file carried no hidden details.")
        # On the attachments page, where it stays: the status line moves on to the next save.
        self.editor.files.result.setText(
            message + " " + self.tr("The original file was not copied or changed.")
        )

    # -- profile and history -----------------------------------------------------------------

    def _edit_profile(self) -> None:
        draft = self.editor.draft
        if draft is None:
            return
        dialog = ProfileDialog(self._models, draft.profile, self, draft.language)
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            return
        current = self.editor.draft  # as it is now: it may have changed while the dialog was open
        if current is not None and current.id == draft.id:
            self.editor.replace_draft(
                replace(current, profile=dialog.profile(), language=dialog.language())
            )

    def _show_history(self) -> None:
        drafts, draft = self._drafts, self.editor.draft
        if drafts is None or draft is None:
            return
        self.save_now()
        self._runner.submit(
            lambda _c: drafts.revisions(draft.id),
            name="revisions",
            write=True,  # after the save just queued
            done=lambda revisions: self._history_dialog(drafts, draft, revisions),
            failed=self._failed,
        )

    def _history_dialog(self, drafts: DraftsService, draft: Draft, revisions: Any) -> None:
        self.history = RevisionsDialog(revisions, draft, self)

        def wanted(number: int) -> None:
            self._runner.submit(
                lambda _c: drafts.revision(draft.id, number),
                name="revision",
                write=True,  # in order: the diff shown is of the revision chosen last
                done=self.history.show_revision,
                failed=self._failed,
            )

        def restore(number: int) -> None:
            self._runner.submit(
                lambda _c: drafts.restore(draft.id, number)[0],
                name="restore",
                write=True,
                done=lambda restored: self._opened(restored, refresh=True),
                failed=self._failed,
            )

        self.history.revision_wanted.connect(wanted)
        self.history.restore_requested.connect(restore)
        self.history.open()

    def _failed(self, error: BaseException) -> None:
        self.editor.set_status(describe(error))
