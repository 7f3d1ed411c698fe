"""Our group's history: write a draft in guided sections; every change is saved on its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QIcon,
    QImageReader,
    QKeySequence,
    QPixmap,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.drafts.attachments import Attachment, Cleaned, attach
from coact_desktop.core.drafts.consent import names_without_consent, replace_with_pseudonym
from coact_desktop.core.drafts.model import Draft, Event, Person, Profile, Section
from coact_desktop.core.drafts.service import DraftSummary, SaveReceipt, new_draft, word_count
from coact_desktop.core.errors import NotFound
from coact_desktop.core.storage.paths import RESOURCES, attachments_dir
from coact_desktop.gui.draft_dialogs import WRITTEN_IN, ProfileDialog, RevisionsDialog
from coact_desktop.gui.draft_tables import EventsTable, PeopleTable
from coact_desktop.gui.errors import describe
from coact_desktop.gui.reader_view import STYLE
from coact_desktop.gui.rendering import plain_tip
from coact_desktop.gui.tasks import TaskContext, TaskRunner
from coact_desktop.gui.theme import reading_font

if TYPE_CHECKING:
    from coact_desktop.core.drafts.service import DraftsService

translate = QCoreApplication.translate  # lupdate finds literal translate("Context", …) calls
SAVE_DELAY_MS = 400  # after the last keystroke
# After the first unsaved change, however fast the typing goes on: with the save itself, a
# keystroke is on disk within a second.
SAVE_DEADLINE_MS = 700
RETRY_MS = 5_000  # after a failed save (full disk, read-only profile)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_KEYS = ("Alt+T", "Alt+L", "Alt+P", "Alt+D")  # text, timeline, people, files
LIST_WIDTH = 220  # the drafts list, in pixels
LIST_MIN_WIDTH = 160
I18N = RESOURCES / "i18n"  # our .qm files, built from translations/


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
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.new_button.clicked.connect(self.new_draft)
        self.list.currentItemChanged.connect(self._chosen)
        self.editor.changed.connect(self._schedule_save)
        self.editor.profile_wanted.connect(self._edit_profile)
        self.editor.history_wanted.connect(self._show_history)
        self.editor.attach_wanted.connect(self._choose_attachment)
        self.editor.send_wanted.connect(self.open_export_wizard)
        self._app: Any = None
        self._settings: QSettings | None = None
        self.export_wizard: Any = None
        self._data_dir: Path | None = None
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
        self, drafts: DraftsService, models: list[tuple[str, str]], data_dir: Path
    ) -> None:
        """Connect to the drafts service once the library is open; list the drafts."""
        self._drafts = drafts
        self._data_dir = data_dir
        self.editor.attachments_dir = attachments_dir(data_dir)
        self._models = models
        self.new_button.setEnabled(True)
        self._refresh_list()

    def set_app(self, services: Any, settings: QSettings) -> None:
        """The whole profile's services (keys, exports) and settings, for the export wizard."""
        self._app = services
        self._settings = settings

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
                    "Choose a draft on the left to go on writing it, or start another with "
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
            ).format(time=when.toString("yyyy-MM-dd HH:mm:ss"))
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
                self, self.tr("Caption"), self.tr("What does it show? (optional)")
            )
            self.attach_file(Path(path), caption.strip() if ok else "")

    def attach_file(self, path: Path, caption: str = "") -> None:
        """Clean a file of its metadata, keep the clean copy, and add it to the draft."""
        data_dir = self._data_dir
        if data_dir is None or self.editor.draft is None:
            return
        self.editor.set_status(self.tr("Removing hidden details from the file…"))
        draft_id = self.editor.draft.id
        # Cleaning a photo takes a moment: on the reader pool, so that saves never wait for it.
        self._runner.submit(
            lambda _c: (draft_id, attach(path, data_dir, caption)),
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
        self.editor.attachment_result.setText(
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


class DraftEditor(QWidget):
    """One draft: its sections in a list beside the text of the chosen one."""

    changed = Signal()
    profile_wanted = Signal()
    history_wanted = Signal()
    attach_wanted = Signal()
    send_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        profile = QPushButton(self.tr("Group profile…"), self)
        history = QPushButton(self.tr("Revision history…"), self)
        self.send_button = QPushButton(self.tr("Send to Coact…"), self)
        self.send_button.setToolTip(
            self.tr("Check the draft and save it as one signed, encrypted file for Coact")
        )
        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Sections"))
        add = QPushButton(self.tr("Add section"), self)
        rename = QPushButton(self.tr("Rename"), self)
        up = QPushButton(self.tr("Move up"), self)
        down = QPushButton(self.tr("Move down"), self)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Section text"))
        self.text.setPlaceholderText(
            self.tr("Write here. Markdown works: **bold**, - lists, # headings.")
        )
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setAccessibleName(self.tr("Consent warning"))
        self.warning.setStyleSheet("QLabel { background: #fff4ce; color: #3b2e00; padding: 6px; }")
        self.replace_button = QPushButton(self.tr("Use the pseudonym everywhere"), self)
        self.warning.hide()
        self.replace_button.hide()
        self.events = EventsTable(self)
        self.people = PeopleTable(self)
        self.attachments_dir: Path | None = None
        self.library_organisations: list[str] = []  # suggested in the timeline
        self.attachments = QListWidget(self)
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setIconSize(QSize(96, 72))
        attach_button = QPushButton(self.tr("Attach a photo or document…"), self)
        remove_attachment = QPushButton(self.tr("Remove"), self)
        attachments_page = QWidget(self)
        attachments_layout = QVBoxLayout(attachments_page)
        attachments_note = QLabel(
            self.tr(
                "Photos and PDF documents are copied without their hidden details (place, "
                "camera, author, comments). The original file is never copied into Coact "
                "Desktop."
            ),
            attachments_page,
        )
        attachments_note.setWordWrap(True)
        self.attachment_result = QLabel(attachments_page)
        self.attachment_result.setWordWrap(True)
        self.attachment_result.setTextFormat(Qt.TextFormat.PlainText)
        attachments_layout.addWidget(attachments_note)
        attachments_layout.addWidget(self.attachment_result)
        attachments_layout.addWidget(self.attachments, 1)
        attachment_buttons = QHBoxLayout()
        attachment_buttons.addWidget(attach_button)
        attachment_buttons.addWidget(remove_attachment)
        attachment_buttons.addStretch(1)
        attachments_layout.addLayout(attachment_buttons)
        attach_button.clicked.connect(self.attach_wanted)
        remove_attachment.clicked.connect(self.remove_attachment)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(
            self.tr("See the draft as it would appear in the library's reading view")
        )
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview of the whole draft"))
        self.preview.setOpenLinks(False)  # a click must not replace the preview
        self.preview.document().setDefaultStyleSheet(STYLE)
        self.preview.document().setDefaultFont(reading_font(0))
        self.format_bar = QHBoxLayout()
        self.format_buttons: list[QToolButton] = []
        for label, tip, keys, action in (
            (self.tr("Bold"), self.tr("Bold (Ctrl+B)"), "Ctrl+B", self.format_bold),
            (self.tr("Heading"), self.tr("Make this line a heading"), "", self.format_heading),
            (self.tr("List"), self.tr("Make these lines a list"), "", self.format_list),
            (
                self.tr("Link"),
                self.tr("Link to a web address (Ctrl+L)"),
                "Ctrl+L",
                self.format_link,
            ),
        ):
            # An action, not a button's own shortcut: that one clicks 100 ms late, and the
            # letters typed meanwhile would land before the marks. Only while in the text.
            act = QAction(label, self.text)
            act.setToolTip(tip)
            if keys:
                act.setShortcut(QKeySequence(keys))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.text.addAction(act)
            act.triggered.connect(action)
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.format_bar.addWidget(button)
            self.format_buttons.append(button)
        self.format_bar.addStretch(1)
        self.editing = QStackedWidget(self)
        self.editing.addWidget(self.text)
        self.editing.addWidget(self.preview)
        self.words = QLabel(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Save status"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.preview_button)
        header.addWidget(profile)
        header.addWidget(history)
        header.addWidget(self.send_button)
        section_buttons = QGridLayout()
        for i, section_button in enumerate((add, rename, up, down)):
            section_buttons.addWidget(section_button, i // 2, i % 2)
        left = QVBoxLayout()
        left.addWidget(self.sections, 1)
        left.addLayout(section_buttons)
        self.sections.setMaximumWidth(320)
        warning = QHBoxLayout()
        warning.addWidget(self.warning, 1)
        warning.addWidget(self.replace_button)
        right = QVBoxLayout()
        right.addWidget(self.prompt)
        right.addLayout(warning)
        right.addLayout(self.format_bar)
        right.addWidget(self.editing, 1)
        text_page = QWidget(self)
        body = QHBoxLayout(text_page)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 0)
        body.addLayout(right, 1)
        self.pages = QTabWidget(self)
        self.pages.addTab(text_page, self.tr("Text"))
        self.pages.addTab(self.events, self.tr("Timeline"))
        self.pages.addTab(self.people, self.tr("People and consent"))
        self.pages.addTab(attachments_page, self.tr("Photos and files"))
        self.pages.currentChanged.connect(self._page_shown)
        # Alt+T, Alt+L, Alt+P, Alt+D reach the pages, with the cursor in them, in every language.
        # (Translated mnemonics moved with the words: in Russian, Alt+L typed an "l" instead.)
        for page, keys in enumerate(PAGE_KEYS):
            go = QAction(self)
            go.setShortcut(QKeySequence(keys))
            go.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            go.triggered.connect(lambda _on=False, page=page: self.go_to_page(page))
            self.addAction(go)
            self.pages.setTabToolTip(page, keys)
        footer = QHBoxLayout()
        footer.addWidget(self.words)
        footer.addStretch(1)
        footer.addWidget(self.status)
        # The recovery notice: at the top, where the eye goes, not only in the status line.
        self.notice = QWidget(self)
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet(
            "#notice { background: #fff4ce; border: 1px solid #c9a400; border-radius: 3px; }"
            " QLabel { color: #3b2e00; }"
        )
        self.notice_text = QLabel(self.notice)
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_text.setAccessibleName(self.tr("Notice"))
        self.notice_action = QPushButton(self.notice)
        self.notice_action.clicked.connect(self._notice_acted)
        self._notice_then: Callable[[], None] | None = None
        dismiss = QPushButton(self.tr("Close"), self.notice)
        dismiss.setAccessibleName(self.tr("Close the notice"))
        dismiss.clicked.connect(self.notice.hide)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.addWidget(self.notice_text, 1)
        notice_layout.addWidget(self.notice_action)
        notice_layout.addWidget(dismiss)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        layout.addLayout(footer)
        profile.clicked.connect(self.profile_wanted)
        history.clicked.connect(self.history_wanted)
        self.send_button.clicked.connect(self.send_wanted)
        add.clicked.connect(self.add_section)
        rename.clicked.connect(self.rename_section)
        up.clicked.connect(lambda: self.move_section(-1))
        down.clicked.connect(lambda: self.move_section(+1))
        self.sections.currentRowChanged.connect(self._show_section)
        self.text.textChanged.connect(self._text_changed)
        self.events.edited.connect(self._events_edited)
        self.people.edited.connect(self._people_edited)
        self.replace_button.clicked.connect(self._use_pseudonym)
        self.preview_button.toggled.connect(self.show_preview)
        self._loading = False
        self._warned: Person | None = None
        # The consent check reads the whole draft: after a pause in typing, not per keystroke.
        self._consent_timer = QTimer(self)
        self._consent_timer.setSingleShot(True)
        self._consent_timer.setInterval(300)
        self._consent_timer.timeout.connect(self._check_consent)

    def set_draft(self, draft: Draft) -> None:
        """Show a draft, first section chosen."""
        self.draft = draft
        self._refresh(0)

    def replace_draft(self, draft: Draft) -> None:
        """Change the draft (profile, sections) and have it saved."""
        row = self.sections.currentRow()
        self.draft = draft
        self._refresh(max(0, row))
        self.changed.emit()

    def set_status(self, text: str) -> None:
        """Say whether everything is saved."""
        self.status.setText(text)

    def _page_widget(self, page: int) -> QWidget:
        """Where a page is written: the text, a table, the list of files."""
        pages: dict[int, QWidget] = {1: self.events.table, 2: self.people.table}
        return pages.get(page, self.attachments if page == 3 else self.text)

    def _page_shown(self, page: int) -> None:
        """The cursor goes where the page is written."""
        if self.isVisible() and not self.preview_button.isChecked():
            self._page_widget(page).setFocus()

    def go_to_page(self, page: int) -> None:
        """Show a page and put the cursor in it, even when it is already showing."""
        if self.pages.currentIndex() == page:
            self._page_shown(page)
        else:
            self.pages.setCurrentIndex(page)

    def show_notice(
        self, text: str, action: str = "", then: Callable[[], None] | None = None
    ) -> None:
        """A message a person cannot miss, in a bar at the top of the draft, until dismissed;
        with a button that does the action, if one is given."""
        self.notice_text.setText(text)
        self._notice_then = then
        self.notice_action.setText(action)
        self.notice_action.setVisible(bool(action))
        self.notice.show()

    def _notice_acted(self) -> None:
        self.notice.hide()
        if self._notice_then is not None:
            self._notice_then()

    def place(self) -> str:
        """Where the person is: the tab, the section, the cursor, each table's cell."""
        events, people = self.events.current_cell(), self.people.current_cell()
        numbers = [
            self.pages.currentIndex(),
            self.sections.currentRow(),
            self.text.textCursor().position(),
            *events,
            *people,
        ]
        return ",".join(str(n) for n in numbers)

    def restore_place(self, place: str) -> None:
        """Go back to a place() (a damaged one is ignored), with the focus there."""
        try:
            page, section, cursor, event_row, event_column, person_row, person_column = (
                int(n) for n in place.split(",")
            )
        except ValueError:
            page, section, cursor = 0, 0, -1
            event_row = event_column = person_row = person_column = 0
        if self.draft is None:
            return
        self.pages.setCurrentIndex(page if 0 <= page < self.pages.count() else 0)
        if 0 <= section < self.sections.count():
            self.sections.setCurrentRow(section)
        text_cursor = self.text.textCursor()
        length = len(self.text.toPlainText())
        text_cursor.setPosition(min(max(cursor, 0), length) if cursor >= 0 else length)
        self.text.setTextCursor(text_cursor)
        self.events.go_to_cell(event_row, event_column)
        self.people.go_to_cell(person_row, person_column)
        self._page_widget(self.pages.currentIndex()).setFocus()

    def _refresh(self, row: int) -> None:
        draft = self.draft
        if draft is None:
            return
        self.title.setText(draft.profile.name or self.tr("(no name yet)"))
        self.sections.blockSignals(True)
        self.sections.clear()
        for section in draft.sections:
            self.sections.addItem(section.title)
        self.sections.blockSignals(False)
        if draft.sections:
            self.sections.setCurrentRow(min(row, len(draft.sections) - 1))
            self._show_section(self.sections.currentRow())
        self.events.set_events(draft.events)
        self.people.set_people(draft.people)
        self._update_suggestions()
        self._list_attachments()
        self._count_words()
        self._check_consent()

    def _show_section(self, row: int) -> None:
        if self.draft is None or not 0 <= row < len(self.draft.sections):
            return
        section = self.draft.sections[row]
        self.prompt.setText(guided_questions().get(section.prompt or "", ""))
        # The same words already in the editor are left alone: the cursor, selection and undo
        # steps stay where the person left them.
        if self.text.toPlainText() != section.body:
            self._loading = True
            self.text.setPlainText(section.body)
            self._loading = False
        self._check_consent()

    def _text_changed(self) -> None:
        row = self.sections.currentRow()
        if self._loading or self.draft is None or not 0 <= row < len(self.draft.sections):
            return
        section = self.draft.sections[row]
        self.draft = self.draft.with_section(row, replace(section, body=self.text.toPlainText()))
        self._count_words()
        self._consent_timer.start()
        self.changed.emit()

    # -- formatting (Markdown, so the text stays plain and portable) -------------------------

    def format_bold(self) -> None:
        """Put ** around the selection (or an empty pair at the cursor)."""
        self._wrap("**", "**")

    def format_link(self) -> None:
        """Make the selection a link: [text](address), with the address ready to type over."""
        if self.preview_button.isChecked():
            return
        cursor = self.text.textCursor()
        label = cursor.selectedText() or self.tr("text")
        address = "https://"
        cursor.insertText(f"[{label}]({address})")
        end = cursor.position() - 1
        cursor.setPosition(end - len(address))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def format_heading(self) -> None:
        """Make the current line a heading (## ), or an ordinary line again."""
        self._prefix_lines("## ")

    def format_list(self) -> None:
        """Make the selected lines list items (- ), or ordinary lines again."""
        self._prefix_lines("- ")

    def _wrap(self, before: str, after: str) -> None:
        if self.preview_button.isChecked():
            return  # the text is not shown: nothing may change it unseen
        cursor = self.text.textCursor()
        selected = cursor.selectedText()
        cursor.insertText(f"{before}{selected}{after}")
        if not selected:
            cursor.setPosition(cursor.position() - len(after))
            self.text.setTextCursor(cursor)

    def _prefix_lines(self, prefix: str) -> None:
        if self.preview_button.isChecked():
            return  # the text is not shown: nothing may change it unseen
        cursor = self.text.textCursor()
        document = self.text.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        blocks = [document.findBlockByNumber(n) for n in range(first, last + 1)]
        remove = all(b.text().startswith(prefix) for b in blocks)
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one undo step
        for block in blocks:
            edit.setPosition(block.position())
            if remove:
                edit.setPosition(block.position() + len(prefix), QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            else:
                edit.insertText(prefix)
        edit.endEditBlock()

    def show_preview(self, on: bool) -> None:
        """Show the whole draft formatted (Markdown), or go back to writing."""
        if on and self.draft is not None:
            self.pages.setCurrentIndex(0)
            # No raw HTML: the preview shows what the reading view will, and that escapes all.
            features = (
                QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                | QTextDocument.MarkdownFeature.MarkdownNoHTML
            )
            self.preview.document().setMarkdown(draft_markdown(self.draft), features)
        self.editing.setCurrentWidget(self.preview if on else self.text)
        self.preview_button.setChecked(on)
        # Formatting writes into the text: while it is hidden behind the preview, it cannot.
        for button in self.format_buttons:
            button.defaultAction().setEnabled(not on)

    def add_attachment(self, attachment: Attachment) -> None:
        """Add a cleaned attachment to the draft (once)."""
        if self.draft is None or attachment in self.draft.attachments:
            return
        self.draft = replace(self.draft, attachments=(*self.draft.attachments, attachment))
        self._list_attachments()
        self.changed.emit()

    def remove_attachment(self) -> None:
        """Take the chosen attachment out of the draft (the clean copy stays in the profile)."""
        row = self.attachments.currentRow()
        if self.draft is None or row < 0:
            return
        kept = tuple(a for i, a in enumerate(self.draft.attachments) if i != row)
        self.draft = replace(self.draft, attachments=kept)
        self._list_attachments()
        self.changed.emit()

    def _list_attachments(self) -> None:
        self.attachments.clear()
        if self.draft is None:
            return
        for attachment in self.draft.attachments:
            item = QListWidgetItem(attachment.caption or attachment.media_type, self.attachments)
            item.setToolTip(plain_tip(attachment.file_name))
            if self.attachments_dir is not None and attachment.media_type.startswith("image/"):
                item.setIcon(thumbnail(self.attachments_dir / attachment.file_name))

    def _events_edited(self, events: tuple[Event, ...]) -> None:
        # An empty row added is no change to the draft: nothing to save yet.
        if self.draft is not None and events != self.draft.events:
            self.draft = replace(self.draft, events=events)
            self._consent_timer.start()
            self.changed.emit()

    def _update_suggestions(self) -> None:
        """Suggest, in the timeline, each person as they may be shown, and known organisations."""
        if self.draft is None:
            return
        shown = [
            p.name if p.consent == "named" else p.pseudonym
            for p in self.draft.people
            if p.consent != "withheld"
        ]
        used = [o for e in self.draft.events for o in e.organisations]
        self.events.set_suggestions(shown, [*used, *self.library_organisations])

    def _people_edited(self, people: tuple[Person, ...]) -> None:
        if self.draft is not None and people != self.draft.people:
            self.draft = replace(self.draft, people=people)
            self._consent_timer.start()
            self._update_suggestions()
            self.changed.emit()

    def _check_consent(self) -> None:
        """Warn, without stopping the typing, of real names used without consent."""
        if self.draft is None:
            return
        problems = names_without_consent(self.draft)
        people_tab = self.pages.indexOf(self.people)
        self.pages.setTabText(
            people_tab,
            self.tr("People and consent ({count} to check)").format(count=len(problems))
            if problems
            else self.tr("People and consent"),
        )
        self.pages.setTabToolTip(
            people_tab,
            self.tr(
                "Names to check: {count}. A real name is used without consent in the text, the "
                "timeline or a file. Record their consent here, or use their pseudonym. ({keys})"
            ).format(count=len(problems), keys=PAGE_KEYS[people_tab])
            if problems
            else PAGE_KEYS[people_tab],
        )
        here = [p for p in problems if p.section == self.sections.currentRow()]
        self._warned = here[0].person if here else None
        self.warning.setVisible(bool(here))
        self.replace_button.setVisible(bool(here))
        if self._warned is not None:
            person = self._warned
            self.warning.setText(
                self.tr(
                    "“{name}” is named in this section but has not agreed to be named. "
                    "Use their pseudonym instead, or record their consent under People."
                ).format(name=person.name)
            )
            self.replace_button.setEnabled(bool(person.pseudonym.strip()))
            self.replace_button.setToolTip(
                ""
                if person.pseudonym.strip()
                else self.tr("Give them a pseudonym under People first.")
            )

    def _use_pseudonym(self) -> None:
        if self.draft is not None and self._warned is not None:
            self.replace_draft(replace_with_pseudonym(self.draft, self._warned))

    def _count_words(self) -> None:
        if self.draft is not None:
            count = word_count(self.draft)
            self.words.setText(
                self.tr("1 word") if count == 1 else self.tr("{count} words").format(count=count)
            )

    def add_section(self) -> None:
        """Add an untitled section at the end and choose it."""
        if self.draft is None:
            return
        section = Section(self.tr("New section"))
        self.replace_draft(replace(self.draft, sections=(*self.draft.sections, section)))
        self.sections.setCurrentRow(len(self.draft.sections) - 1)

    def rename_section(self) -> None:
        """Rename the chosen section."""
        row = self.sections.currentRow()
        if self.draft is None or row < 0:
            return
        section = self.draft.sections[row]
        title, ok = QInputDialog.getText(
            self, self.tr("Rename section"), self.tr("Title"), text=section.title
        )
        if ok and title.strip():
            self.set_section_title(row, title.strip())

    def set_section_title(self, row: int, title: str) -> None:
        """Give a section a new title."""
        if self.draft is not None:
            section = self.draft.sections[row]
            self.replace_draft(self.draft.with_section(row, replace(section, title=title)))

    def move_section(self, step: int) -> None:
        """Move the chosen section up (-1) or down (+1)."""
        row = self.sections.currentRow()
        if self.draft is None or not 0 <= row + step < len(self.draft.sections):
            return
        sections = list(self.draft.sections)
        sections[row], sections[row + step] = sections[row + step], sections[row]
        self.draft = replace(self.draft, sections=tuple(sections))
        self._refresh(row + step)
        self.changed.emit()


def thumbnail(path: Path) -> QIcon:
    """A small icon, decoded at its small size (a full 24-megapixel decode would stall typing)."""
    reader = QImageReader(str(path))
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(QSize(96, 72), Qt.AspectRatioMode.KeepAspectRatio))
    return QIcon(QPixmap.fromImage(reader.read()))


def draft_markdown(draft: Draft) -> str:
    """The draft as one Markdown document: its name, then each section under its title."""
    parts = [f"# {draft.profile.name}"]
    for section in draft.sections:
        if section.body.strip():
            parts += [f"## {section.title}", section.body]
    return "\n\n".join(parts)


GUIDED_TITLES: dict[str, str] = {
    "beginnings": str(QT_TRANSLATE_NOOP("Drafts", "How the group began")),
    "activities": str(QT_TRANSLATE_NOOP("Drafts", "What the group does")),
    "milestones": str(QT_TRANSLATE_NOOP("Drafts", "Milestones")),
    "challenges": str(QT_TRANSLATE_NOOP("Drafts", "Challenges and responses")),
    "achievements": str(QT_TRANSLATE_NOOP("Drafts", "Achievements")),
    "lessons": str(QT_TRANSLATE_NOOP("Drafts", "Lessons for other groups")),
}


def window_language() -> str:
    """The window's language as a code ("ru"), if a history may be written in it; else en."""
    code = QLocale().name().split("_")[0]
    return code if code in WRITTEN_IN else "en"


def guided_titles(language: str | None = None) -> dict[str, str]:
    """The guided sections' titles in the language the history is written in, when Coact
    Desktop has that language, else in the window's language."""
    # The titles become part of the history, unlike the questions, which only guide the writer.
    if language == "en":
        return dict(GUIDED_TITLES)
    translator = QTranslator()
    if language and translator.load(QLocale(language), "coact_desktop", "_", str(I18N)):
        words = {k: translator.translate("Drafts", v) or "" for k, v in GUIDED_TITLES.items()}
        if all(words.values()):
            return words
    return {key: translate("Drafts", title) for key, title in GUIDED_TITLES.items()}


def guided_questions() -> dict[str, str]:
    """The question each guided section answers, drawn from the history's framework."""
    return {
        "beginnings": translate(
            "Drafts",
            "When and where did the group start, who started it, and why? Was it a reaction "
            "to something happening in your drug scene?",
        ),
        "activities": translate(
            "Drafts",
            "What does the group do: peer support, needle and syringe programmes, treatment "
            "advocacy, legal help, outreach, campaigning? Which models of organising fit?",
        ),
        "milestones": translate(
            "Drafts", "What were the important moments, and when did they happen?"
        ),
        "challenges": translate(
            "Drafts",
            "What got in the way (the police, funding, stigma, the law), and how did you respond?",
        ),
        "achievements": translate("Drafts", "What changed because of the group?"),
        "lessons": translate("Drafts", "What would you tell a group that is just starting?"),
    }
