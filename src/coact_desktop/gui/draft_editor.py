"""One draft open for writing: its text in sections, timeline, people and files, as tabs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.drafts.attachments import Attachment
from coact_desktop.core.drafts.consent import names_without_consent, replace_with_pseudonym
from coact_desktop.core.drafts.model import Draft, Event, Person, Section
from coact_desktop.core.drafts.text_size import text_size
from coact_desktop.gui.draft_files_page import FilesPage
from coact_desktop.gui.draft_guide import draft_markdown, guided_questions
from coact_desktop.gui.draft_tables import EventsTable, PeopleTable
from coact_desktop.gui.flow_layout import FlowLayout
from coact_desktop.gui.markdown_format import FormatBar
from coact_desktop.gui.notice_bar import NoticeBar
from coact_desktop.gui.reader_view import STYLE
from coact_desktop.gui.theme import reading_font, tinted
from coact_desktop.words.text_size import size_text

PAGE_KEYS = ("Alt+T", "Alt+L", "Alt+P", "Alt+D")  # text, timeline, people, files


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
        self.warning.setStyleSheet(
            tinted("QLabel { background: #fff4ce; color: #3b2e00; padding: 6px; }")
        )
        self.replace_button = QPushButton(self.tr("Use the pseudonym everywhere"), self)
        self.warning.hide()
        self.replace_button.hide()
        self.events = EventsTable(self)
        self.people = PeopleTable(self)
        self.library_organisations: list[str] = []  # suggested in the timeline
        self.files = FilesPage(self)
        self.files.attach_wanted.connect(self.attach_wanted)
        self.files.remove_wanted.connect(self.remove_attachment)
        #: Button: shows the draft as readers will see it.
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
        self.formatting = FormatBar(self.text, self)
        self.editing = QStackedWidget(self)
        self.editing.addWidget(self.text)
        self.editing.addWidget(self.preview)
        self.words = QLabel(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Save status"))
        # The name and its buttons wrap onto more rows at a large text size rather than make the
        # window wider than the screen.
        self.header = header = FlowLayout()
        for widget in (self.title, self.preview_button, profile, history, self.send_button):
            header.addWidget(widget)
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
        right.addLayout(warning)
        right.addWidget(self.formatting)
        right.addWidget(self.editing, 1)
        text_page = QWidget(self)
        # The section's question across the whole page: in fewer lines, leaving the text more.
        column = QVBoxLayout(text_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.prompt)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addLayout(right, 1)
        column.addLayout(body, 1)
        self.pages = QTabWidget(self)
        #: The tabs of a draft: text, timeline, people and consent, photos and files.
        self.pages.setAccessibleName(self.tr("Parts of the draft"))
        self.pages.addTab(text_page, self.tr("Text"))
        #: Tab of a draft: the dated events of the group's history.
        self.pages.addTab(self.events, self.tr("Timeline"))
        self.pages.addTab(self.people, self.tr("People and consent"))
        self.pages.addTab(self.files, self.tr("Photos and files"))
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
        self.notice = NoticeBar(self)
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

    def clear(self) -> None:
        """Forget the draft shown (the drafts were locked): no word of it stays in a widget."""
        self._loading = True
        self.set_draft(Draft(id=""))
        self.text.clear()
        self.text.document().clearUndoRedoStacks()
        self._loading = False
        self.draft = None

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
        return pages.get(page, self.files.list if page == 3 else self.text)

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
        """A message a person cannot miss, at the top of the draft, until dismissed."""
        self.notice.tell(text, action, then)

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
        self.formatting.set_writable(not on)

    def add_attachment(self, attachment: Attachment) -> None:
        """Add a cleaned attachment to the draft (once)."""
        if self.draft is None or attachment in self.draft.attachments:
            return
        self.draft = replace(self.draft, attachments=(*self.draft.attachments, attachment))
        self._list_attachments()
        self.changed.emit()

    def remove_attachment(self, row: int) -> None:
        """Take an attachment out of the draft (the clean copy stays in the profile)."""
        if self.draft is None or not 0 <= row < len(self.draft.attachments):
            return
        kept = tuple(a for i, a in enumerate(self.draft.attachments) if i != row)
        self.draft = replace(self.draft, attachments=kept)
        self._list_attachments()
        self.changed.emit()

    def _list_attachments(self) -> None:
        if self.draft is not None:
            self.files.show_attachments(self.draft.attachments)

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
            size = text_size(self.draft)
            self.words.setText(size_text(size.words, size.characters))

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
