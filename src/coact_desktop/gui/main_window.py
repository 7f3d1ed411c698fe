"""The main window: contents beside the reader, organisations, timeline and search."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.chapters import Chapter, ChapterInfo
from coact_desktop.core.errors import Cancelled, DatabaseError, SearchError
from coact_desktop.gui.contents_view import ContentsView
from coact_desktop.gui.damaged_library import offer_restore
from coact_desktop.gui.edition_import import ANSWER_SUFFIX, PACK_SUFFIX, EditionImport
from coact_desktop.gui.errors import describe, show_error
from coact_desktop.gui.first_paint_qt import show_plain_text
from coact_desktop.gui.reader_view import ReaderView
from coact_desktop.gui.rendering import ltr
from coact_desktop.gui.search_index import IndexBuilder
from coact_desktop.gui.settings import stored
from coact_desktop.gui.stick_watch import StickWatch
from coact_desktop.gui.tasks import TaskContext, TaskRunner
from coact_desktop.gui.window_menus import WindowMenus
from coact_desktop.gui.window_place import fit_on_screen

if TYPE_CHECKING:
    from coact_desktop.core.dto import EditionInfo, SearchFilters, SearchHit
    from coact_desktop.core.services import AppServices
    from coact_desktop.core.storage.paths import ProfilePaths
    from coact_desktop.gui.drafts_view import DraftsView
    from coact_desktop.gui.organisations_view import OrganisationsView
    from coact_desktop.gui.search_view import SearchView
    from coact_desktop.gui.timeline_view import TimelineView

_T = TypeVar("_T", str, int, float)
SEARCH_LIMIT = 50
CONTENTS_WIDTH = 260  # the contents panel at the default text size, in pixels


class MainWindow(QMainWindow):
    """Reads Coact's history; everything slow runs through the task runner."""

    organisations: OrganisationsView
    timeline: TimelineView
    search: SearchView
    drafts: DraftsView
    search_ready = Signal()
    search_finished = Signal()

    def __init__(
        self,
        paths: ProfilePaths,
        settings: QSettings,
        first_paint: tuple[tuple[ChapterInfo, ...], Chapter] | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.runner = TaskRunner(self)
        self.services: AppServices | None = None
        self._chapters: dict[str, Chapter] = {}
        self._models: list[tuple[str, str]] = []
        self._views_built = False
        self._closing = False
        self._wanted_chapter: str | None = None  # chosen before the library was open
        self._said_before_search = ""
        self._said_while_searching = ""
        self.log_path: Path | None = None
        # The platform adds " — Coact Desktop" (the application's display name) itself.
        self.setWindowTitle(self.tr("A history of drug user organising"))
        self._build()
        from coact_desktop.gui.profile_safety import ProfileSafety

        self.safety = ProfileSafety(self)
        self.menus = WindowMenus(self)
        self.edition_import = EditionImport(self.runner, self)
        self.whats_new: QWidget | None = None
        self.workspace: QWidget | None = None
        self.program_share: Any = None  # built when first asked for (File › Copy Coact Desktop…)
        self._workspace_opening = False  # the start edition is being read in a task
        self.answer_refusal: QtWidgets.QMessageBox | None = None
        self.edition_import.imported.connect(self._edition_imported)
        self.edition_import.finished.connect(self.status_label.setText)
        self._restore_layout()
        if first_paint:
            contents, chapter = first_paint
            self.contents.set_chapters(contents)
            self.reader.set_contents(contents)
            self._show_chapter(chapter, self._saved_scroll(chapter.info.slug))

    def first_paint_text(self) -> str:
        """The words the first look shows: the title, the credit, the contents, the chapter."""
        words = [self.windowTitle(), self.credit.text()]
        words.extend(f"{c.title} {c.group}" for c in self.reader.contents)
        if self.reader.chapter is not None:
            words.extend(p.text for p in self.reader.chapter.passages)
        return "\n".join(words)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.contents = ContentsView(self, in_first_paint=True)
        self.credit = QLabel(
            self.tr("A history of drug user organising\nby Mat Southwell and Lana Durjava, Coact"),
            self,
        )
        self.credit.setWordWrap(True)
        #: The line naming who wrote the history.
        self.credit.setAccessibleName(self.tr("Authors"))
        self.credit.setContentsMargins(8, 8, 8, 0)
        # Which edition this is, and from when: a reader offline for a year should know.
        self.edition_label = QLabel(self)
        show_plain_text(self.edition_label)
        self.edition_label.setWordWrap(True)  # never widens the contents panel
        self.edition_label.setContentsMargins(8, 0, 8, 8)
        self.edition_label.setAccessibleName(self.tr("Edition"))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.credit)
        left_layout.addWidget(self.edition_label)
        left_layout.addWidget(self.contents, 1)
        self.reader = ReaderView(self)
        self.tabs = QTabWidget(self)
        #: The tabs of the main window (Read, Organisations, Timeline, Search, drafts).
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setDocumentMode(True)
        #: Tab where the history is read (a verb, like 'Search').
        self.tabs.addTab(self.reader, self.tr("Read"))
        self.splitter = QSplitter(parent=self)  # horizontal, by default
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([CONTENTS_WIDTH, 900])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        show_plain_text(self.status_label)  # messages may hold paths
        self.statusBar().addWidget(self.status_label, 1)
        self.index = IndexBuilder(self.runner, self)
        self.index.started.connect(self._search_started)
        self.index.ready.connect(self._search_prepared)
        self.index.failed.connect(self._search_failed)
        self.contents.chapter_chosen.connect(self.open_chapter)
        self.reader.chapter_requested.connect(self.open_chapter)
        self.reader.save_requested.connect(self._save_media)
        self._ui_point_size = QApplication.font().pointSizeF()
        self.reader.zoom_changed.connect(self._text_size_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self._rerender())

    def _text_size_changed(self, step: int) -> None:
        """Ctrl+/Ctrl-: the reading text and every other text of the window, a point a step."""
        self.settings.setValue("reader/zoom", step)
        if self._ui_point_size <= 0:
            return  # a font sized in pixels: leave it as the system set it
        font = QFont(QApplication.font())
        wanted = max(6.0, self._ui_point_size + step)
        if font.pointSizeF() != wanted:
            self._widen_contents(wanted / font.pointSizeF())
            font.setPointSizeF(wanted)
            QApplication.setFont(font)

    def _widen_contents(self, ratio: float) -> None:
        """The contents panel grows and shrinks with the text, up to two fifths of the window."""
        left, right = self.splitter.sizes()
        total = left + right
        if total <= 0 or not self.splitter.isVisible():  # not laid out yet: the first sizes
            left, total = CONTENTS_WIDTH, self.width()
        wanted = min(round(left * ratio), int(total * 0.4))
        if wanted > left or ratio < 1:  # never wider than the reader asked for
            self.splitter.setSizes([wanted, total - wanted])

    def _build_views(self) -> None:
        """Organisations, timeline and search: built just after the first paint, to start fast."""
        if self._views_built:
            return
        from coact_desktop.gui.drafts_view import DraftsView
        from coact_desktop.gui.organisations_view import OrganisationsView
        from coact_desktop.gui.search_view import SearchView
        from coact_desktop.gui.timeline_view import TimelineView

        self.organisations = OrganisationsView(self)
        self.timeline = TimelineView(self)
        self.search = SearchView(self)
        self.drafts = DraftsView(self.runner, self)
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.search, self.tr("Search"))
        self.tabs.addTab(self.drafts, self.tr("Our group's history"))
        self.organisations.organisation_selected.connect(self._organisation_selected)
        self.organisations.open_passage.connect(self.open_passage)
        self.timeline.open_passage.connect(self.open_passage)
        self.search.query_changed.connect(self._run_search)
        self.search.open_hit.connect(self.open_hit)
        self.drafts.draft_opened.connect(self._draft_opened)
        self.drafts.draft_opened.connect(self._update_title)
        self.drafts.saved.connect(self._update_title)
        self.drafts.lock_panel.unlock_wanted.connect(self.safety.unlock)
        self.drafts.lock_panel.paper_wanted.connect(self.safety.ask_recover)
        self.tabs.currentChanged.connect(self._update_title)
        from coact_desktop.gui.inbox_view import InboxView

        # Coact's side: a tab shown once there is something to review, or when asked for.
        self.inbox = InboxView(self.runner, self.settings, self)
        self.inbox.library_changed.connect(self.reload_library)
        self._views_built = True
        self.tabs.setCurrentIndex(self._setting("window/tab", 0))

    # -- start-up --------------------------------------------------------------------------

    def start(self, debug: bool = False) -> None:
        """Open the profile off the GUI thread (imports SQLAlchemy and Whoosh there too)."""
        from coact_desktop.core.storage.logs import setup_logging

        self.log_path = setup_logging(debug, self.paths.data_dir)
        self.menus.fill()
        self.menus.menu_keys.watch()
        self.contents.after_first_paint()
        self._build_views()
        self.status_label.setText(self.tr("Opening the library…"))
        paths = self.paths

        def open_profile(_ctx: TaskContext) -> AppServices:
            from coact_desktop.core.services import open_services

            return open_services(paths)

        self.runner.submit(
            open_profile,
            name="open profile",
            write=True,
            done=self._services_opened,
            failed=self._fatal,
        )

    def _save_media(self, passage_id: str) -> None:
        """Save a copy of a file shown in a group's history (the reader chose its link)."""
        from coact_desktop.gui.media_save import save_media_copy

        chapter = self.reader.chapter
        passage = (
            next((p for p in chapter.passages if p.id == passage_id), None) if chapter else None
        )
        if self.services is None or passage is None:
            return
        save_media_copy(
            self, self.runner, self.services.library, passage, self.status_label.setText
        )

    def _services_opened(self, services: AppServices) -> None:
        if self._closing:
            services.close()
            return
        self.services = services
        library = services.library
        self.reader.browser.media_source = library.media
        shown = self.reader.chapter
        wanted = self._wanted_chapter or (
            shown.info.slug if shown else self._setting("reader/chapter", "")
        )

        def load(_ctx: TaskContext) -> tuple[Any, ...]:
            chapters = library.chapters()
            slug = wanted if any(c.slug == wanted for c in chapters) else chapters[0].slug
            return (
                chapters,
                library.chapter(slug),
                library.organisations(),
                library.timeline(),
                not services.locked and services.inbox.has_items(),
                library.edition_info(),
            )

        self.runner.submit(load, name="load library", done=self._library_loaded, failed=self._fatal)

    def _library_loaded(self, loaded: tuple[Any, ...]) -> None:
        if self._closing:
            return
        chapters, chapter, organisations, events, has_inbox, edition = loaded
        self._show_edition(edition)
        self.contents.set_chapters(chapters)
        self.reader.set_contents(chapters)
        self.organisations.set_model_titles(
            {c.slug: c.title for c in chapters if c.kind == "model"}
        )
        self.organisations.set_organisations(organisations)
        self.timeline.set_events(events)
        self.organisations.set_events(events)
        assert self.services is not None
        self._models = [(c.slug, c.title) for c in chapters if c.kind == "model"]
        self.drafts.set_app(self.services, self.settings)
        self.drafts.editor.library_organisations = [o.name for o in organisations]
        self.menus.keys_menu.services = self.services
        if self.services.locked:
            self.safety.show_locked()  # the history reads on; the drafts wait for the passphrase
        else:
            self.open_private(has_inbox)
        # A stick with a Coact library on it: its newest edition is checked and offered.
        self.stick_watch = StickWatch(self.runner, self)
        self.stick_watch.found.connect(self._stick_brought)
        self.stick_watch.start()
        # A window left open for weeks still keeps its daily backup.
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self._backup_if_due)
        self._backup_timer.start(60 * 60 * 1000)
        shown = self.reader.chapter
        if shown is None:
            self._show_chapter(chapter, self._saved_scroll(chapter.info.slug))
        elif shown != chapter:
            # Keep the place in a chapter already shown; one chosen meanwhile opens at its top.
            same = shown.info.slug == chapter.info.slug
            self._show_chapter(chapter, self.reader.scroll_fraction() if same else 0.0)
        self._wanted_chapter = None
        self._chapters[chapter.info.slug] = chapter
        self.status_label.setText("")
        self._prepare_search()

    def open_private(self, has_inbox: bool) -> None:
        """The drafts and inbox, once their database is open (at start, or after unlocking)."""
        assert self.services is not None
        self.drafts.set_services(self.services.drafts, self._models, self.services.files)
        self.inbox.set_services(self.services)
        if has_inbox:
            self._add_inbox_tab()
        self._reopen_draft()

    def hide_private_tabs(self) -> None:
        """Locking or quick delete: the inbox tab goes (the drafts tab shows the lock)."""
        index = self.tabs.indexOf(self.inbox)
        if index >= 0:
            self.tabs.removeTab(index)
        self.inbox.forget()
        self._update_title()  # it named the draft's group

    def _show_edition(self, edition: EditionInfo) -> None:
        self.edition_label.setText(
            self.tr("Edition {number}, {date}").format(
                number=edition.version, date=ltr(edition.date)
            )
        )

    def _add_inbox_tab(self) -> None:
        if self.tabs.indexOf(self.inbox) < 0:
            #: Tab (Coact's staff only) listing bundles received from groups.
            self.tabs.addTab(self.inbox, self.tr("Inbox"))

    def show_inbox(self) -> None:
        """Show Coact's inbox of received files."""
        self._build_views()
        if self.services is not None and self.services.locked:
            self.tabs.setCurrentWidget(self.drafts)  # its passphrase field opens the inbox too
            self.drafts.lock_panel.setFocus()
            return
        self._add_inbox_tab()
        self.tabs.setCurrentWidget(self.inbox)

    def show_editions_workspace(self) -> None:
        """Coact's editors make the next edition: histories, chapters, notes, preview, publish."""
        if self.services is None:
            return
        if self.workspace is not None and self.workspace.isVisible():
            self.workspace.raise_()
            self.workspace.activateWindow()
            return
        if self._workspace_opening:
            return  # the last edition published is being read already
        from coact_desktop.gui.editions_workspace import prepare_start

        services = self.services
        self._workspace_opening = True
        self.status_label.setText(self.tr("Reading the last edition published…"))
        self.runner.submit(
            lambda _ctx: prepare_start(services),
            name="editions workspace",
            done=self._workspace_ready,
            failed=self._workspace_failed,
        )

    def _workspace_ready(self, start: Any) -> None:
        from coact_desktop.gui.editions_workspace import EditionsWorkspace

        self._workspace_opening = False
        self.status_label.setText("")
        if self.services is None:
            start.work.cleanup()
            return
        self.workspace = EditionsWorkspace(self.services, self.runner, self.settings, start, self)
        self.workspace.show()
        self.workspace.raise_()
        self.workspace.activateWindow()

    def _workspace_failed(self, error: BaseException) -> None:
        self._workspace_opening = False
        self.status_label.setText("")
        # e.g. the last pack published no longer verifies (its key revoked since)
        show_error(self, self.tr("The editions workspace cannot open"), error)

    def import_file(self) -> None:
        """Choose files to import: a new edition from Coact, or groups' bundles (for Coact)."""
        if self.services is None:
            return
        chosen, _filter = QtWidgets.QFileDialog.getOpenFileNames(
            self,
            self.tr("Import a file"),
            self._setting("import/folder", str(Path.home())),
            self.tr("Coact files (*.coactpack *.coactanswer *.coact);;All files (*)"),
        )
        if chosen:
            self.settings.setValue("import/folder", str(Path(chosen[0]).parent))
            self.import_files([Path(c) for c in chosen])

    def import_files(self, files: list[Path]) -> None:
        """Editions are imported together; Coact's answers go onto their drafts; bundles go to
        the inbox to be checked."""
        packs = [f for f in files if f.suffix == PACK_SUFFIX]
        answers = [f for f in files if f.suffix == ANSWER_SUFFIX]
        bundles = [f for f in files if f.suffix not in (PACK_SUFFIX, ANSWER_SUFFIX)]
        for answer in answers:
            self.import_answer(answer)
        if bundles:
            self.show_inbox()
            self.inbox.open_files(bundles)
        if packs and self.services is not None:
            # Several at once: a full pack and the deltas after it, imported in order.
            self.edition_import.start(self.services, packs)

    def import_answer(self, path: Path) -> None:
        """Coact's answer to a bundle sent from here: checked, kept, shown on its draft."""
        if self.services is None:
            return
        answers = self.services.answers

        def keep(_ctx: TaskContext) -> Any:
            return answers.import_answer(path)

        def done(answer: Any) -> None:
            self._build_views()
            self.tabs.setCurrentWidget(self.drafts)
            self.drafts.coact_answers.arrived(answer.draft_id)
            self.status_label.setText(self.tr("Coact's answer is on the draft it answers."))

        def refused(error: BaseException) -> None:
            message = self.tr("Coact's answer was not imported. {reason}").format(
                reason=describe(error)
            )
            self.status_label.setText(message)
            self.answer_refusal = QtWidgets.QMessageBox(
                QtWidgets.QMessageBox.Icon.Warning, self.tr("Not imported"), message, parent=self
            )
            # It may quote the file.
            self.answer_refusal.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            self.answer_refusal.open()

        self.runner.submit(keep, name="import answer", write=True, done=done, failed=refused)

    def _stick_brought(self, packs: list[Path]) -> None:
        if self.services is not None and not self._closing:
            self.edition_import.start(self.services, packs, from_a_stick=True)

    def share_library(self) -> None:
        """Choose a folder (a USB stick) and copy the newest edition there, to pass on."""
        if self.services is None:
            return
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self, self.tr("Copy the library to a stick")
        )
        if folder:
            self.share_library_to(Path(folder))

    def share_program(self) -> None:
        """Choose a folder (a USB stick) and copy the program and its library there."""
        if self.services is None:
            return
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self, self.tr("Copy Coact Desktop to a stick")
        )
        if folder:
            self.share_program_to(Path(folder))

    def share_program_to(self, folder: Path) -> None:
        """Copy the program (checked before and after) and the library into ``folder``."""
        from coact_desktop.gui.program_share import ProgramShare

        if self.services is None:
            return
        if self.program_share is None:
            self.program_share = ProgramShare(self.runner, self)
            self.program_share.finished.connect(self.status_label.setText)
        self.program_share.start(self.services, folder)

    def share_library_to(self, folder: Path) -> None:
        """Copy the newest edition pack into ``folder``/COACT_LIBRARY, off the GUI thread."""
        if self.services is None:
            return
        editions = self.services.editions

        def done(copied: Path) -> None:
            self.status_label.setText(
                self.tr("Copied to {path}. Whoever gets it can check it as you did.").format(
                    path=str(copied)
                )
            )

        self.runner.submit(
            lambda _ctx: editions.share(folder), name="share", done=done, failed=self._warn
        )

    def show_whats_new(self) -> None:
        """What the edition imported last brought: its chapters added, changed and removed."""
        if self.services is None:
            return
        library = self.services.library

        def read(_ctx: TaskContext) -> Any:
            return library.whats_new(library.edition_info().id)

        self.runner.submit(read, name="what's new", done=self._show_whats_new, failed=self._warn)

    def _show_whats_new(self, news: Any) -> None:
        if news is None:
            self.status_label.setText(
                self.tr("This is the edition the program came with: nothing new yet.")
            )
            return
        from coact_desktop.gui.whats_new_view import WhatsNewView

        if self.whats_new is not None:
            self.whats_new.close()
        self.whats_new = WhatsNewView(news, self.open_chapter, self)
        self.whats_new.show()

    def _edition_imported(self, _check: object) -> None:
        """The library changed under the window: show the new text, keep the place if it is."""
        self.show_whats_new()
        self._build_views()
        self._chapters.clear()
        shown = self.reader.chapter
        self.reload_library()
        if shown is None or self.services is None:
            return
        slug, scroll = shown.info.slug, self.reader.scroll_fraction()
        library = self.services.library

        def read(_ctx: TaskContext) -> Chapter:
            chapters = library.chapters()
            # A chapter the new edition no longer has: the first one instead.
            wanted = slug if any(c.slug == slug for c in chapters) else chapters[0].slug
            return library.chapter(wanted)

        def show(chapter: Chapter) -> None:
            self._chapters[chapter.info.slug] = chapter
            # Only if the reader is still where it was: a chapter chosen meanwhile wins.
            if self.reader.chapter is shown:
                self._show_chapter(chapter, scroll if chapter.info.slug == slug else 0.0)

        self.runner.submit(read, name="reread chapter", done=show, failed=self._warn)

    def open_bundles(self) -> None:
        """Choose received files to check and keep for review."""
        self.show_inbox()
        self.inbox._choose_files()

    def reload_library(self) -> None:
        """After a group's history was accepted: contents, index, timeline and search."""
        services = self.services
        if services is None:
            return
        library = services.library

        def load(_ctx: TaskContext) -> tuple[Any, ...]:
            edition = library.edition_info()
            return library.chapters(), library.organisations(), library.timeline(), edition

        def show(loaded: tuple[Any, ...]) -> None:
            chapters, organisations, events, edition = loaded
            self._show_edition(edition)
            self.contents.set_chapters(chapters)
            if self.reader.chapter is not None:  # the chapter being read, if it is still there
                self.contents.select(self.reader.chapter.info.slug)
            self.reader.set_contents(chapters)
            self.organisations.set_organisations(organisations)
            self.timeline.set_events(events)
            self.organisations.set_events(events)
            self.index.library_changed(services)

        self.runner.submit(load, name="reload library", done=show, failed=self._warn)

    def _backup_if_due(self) -> None:
        services = self.services
        if services is not None:
            self.runner.submit(
                lambda _ctx: services.backup_if_due(), name="backup", write=True, failed=self._warn
            )

    def _draft_opened(self, draft_id: str) -> None:
        # Written at once: after a crash or power cut this is how the next start knows.
        self.settings.setValue("drafts/open", draft_id)
        self.settings.setValue("drafts/closed_cleanly", False)
        self.settings.sync()

    def _reopen_draft(self) -> None:
        """Reopen the draft that was open last time, at the same place; after a crash, show
        the drafts tab and say so."""
        draft_id = self._setting("drafts/open", "")
        if not draft_id:
            return
        crashed = self._setting("drafts/closed_cleanly", "true") != "true"
        if crashed:
            self.tabs.setCurrentWidget(self.drafts)
        self.drafts.reopen(draft_id, self._setting("drafts/place", ""), crashed)

    def _prepare_search(self, force: bool = False) -> None:
        if self.services is not None and not self._closing:
            self.index.prepare(self.services, force)

    def _search_started(self) -> None:
        self.search.set_ready(False)
        # What the status line said (e.g. that an edition came in) stays, and comes back after.
        self._said_before_search = self.status_label.text()
        preparing = self.tr("Preparing search…")
        said = self._said_before_search
        self._said_while_searching = f"{said} {preparing}" if said else preparing
        self.status_label.setText(self._said_while_searching)

    def _search_prepared(self, choices: Any) -> None:
        if self._closing:
            return
        # Only if nothing newer was said meanwhile (a copy to a stick that ended first, say).
        if self.status_label.text() == self._said_while_searching:
            self.status_label.setText(self._said_before_search)
        self.search.set_choices(choices)
        self.search.set_ready(True)
        self.search_ready.emit()

    def _search_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            message = self.tr(
                "Search is not ready. It will be set up the next time you start Coact Desktop."
            )
        else:
            message = self.tr("Search is not available: {reason}").format(reason=describe(error))
        self.search.set_ready(False, message)
        self.status_label.setText(message)

    def _fatal(self, error: BaseException) -> None:
        if self._closing:
            return
        self.status_label.setText(describe(error))
        backups = error.details.get("backups") if isinstance(error, DatabaseError) else None
        if isinstance(backups, list) and backups:
            offer_restore(self, self.runner, self.paths, str(backups[0]), self.start, self._fatal)
            return
        show_error(self, self.tr("Coact Desktop cannot open the library"), error)

    # -- reading ---------------------------------------------------------------------------

    def open_chapter(self, slug: str) -> None:
        """Show a chapter from the contents."""
        self._with_chapter(slug, lambda chapter: self._show_chapter(chapter, 0.0))

    def open_passage(
        self, chapter_slug: str, passage_id: str, spans: tuple[tuple[int, int], ...]
    ) -> None:
        """Show a passage in the reader with the given words marked."""

        def show(chapter: Chapter) -> None:
            self.tabs.setCurrentWidget(self.reader)
            if self.reader.chapter is None or self.reader.chapter.info.slug != chapter.info.slug:
                self._show_chapter(chapter, 0.0)
            self.reader.mark(passage_id, tuple(spans))

        self._with_chapter(chapter_slug, show)

    def open_hit(self, hit: SearchHit) -> None:
        """Open a search result at its passage with the query's words marked."""
        self.open_passage(hit.chapter_slug, hit.passage_id, hit.passage_highlights)

    def _with_chapter(self, slug: str, then: Any) -> None:
        cached = self._chapters.get(slug)
        if cached is not None:
            then(cached)
            return
        if self.services is None:
            self._wanted_chapter = slug  # opened as soon as the library is
            return
        library = self.services.library

        def remember(chapter: Chapter) -> None:
            self._chapters[slug] = chapter
            then(chapter)

        self.runner.submit(
            lambda _c: library.chapter(slug), name="read chapter", done=remember, failed=self._warn
        )

    def views_built(self) -> bool:
        """Whether the tabs past the reader exist yet (they are built after the first paint)."""
        return self._views_built

    def step_chapter(self, step: int) -> None:
        target = self.reader.neighbour(step)
        if target is not None:
            self.tabs.setCurrentWidget(self.reader)
            self.open_chapter(target.slug)

    def _show_chapter(self, chapter: Chapter, scroll: float) -> None:
        self._save_position()
        self.reader.show_chapter(chapter, scroll)
        self.contents.select(chapter.info.slug)
        self.settings.setValue("reader/chapter", chapter.info.slug)
        self._update_title()

    def _update_title(self, *_args: object) -> None:
        """The window's title names what is in front: the chapter, the draft, or the view."""
        shown = self.tabs.currentWidget()
        draft = self.drafts.editor.draft if self._views_built else None
        if shown is self.reader and self.reader.chapter is not None:
            subject = self.reader.chapter.info.title
        elif self._views_built and shown is self.drafts and draft is not None:
            subject = draft.profile.name or self.tr("(no name yet)")
        elif shown is self.reader:
            subject = self.tr("A history of drug user organising")
        else:
            subject = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        self.setWindowTitle(subject)

    def _rerender(self) -> None:
        if self.reader.chapter is not None:
            self.reader.show_chapter(self.reader.chapter, self.reader.scroll_fraction())

    def find_in_page(self) -> None:
        """Ctrl+F: find in the chapter being read."""
        self.tabs.setCurrentWidget(self.reader)
        self.reader.find_bar.open()

    def focus_search(self) -> None:
        """Ctrl+K: go to search with the cursor in the box."""
        self._build_views()
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_box()

    # -- organisations and search ----------------------------------------------------------

    def _organisation_selected(self, slug: str) -> None:
        if self.services is None:
            return
        library = self.services.library
        self.runner.submit(
            lambda _c: (slug, library.mentions(slug)),
            name="mentions",
            done=lambda r: self.organisations.show_mentions(*r),
            failed=self._warn,
        )

    def _run_search(self, query: str, filters: SearchFilters) -> None:
        if self.services is None or not self.index.is_ready:
            return  # the box asks again once search is ready
        search = self.services.search

        def done(results: Any) -> None:
            self.search.show_results(results)
            self.search_finished.emit()

        def failed(error: BaseException) -> None:
            reason = error.details.get("reason") if isinstance(error, SearchError) else None
            if reason in {"not_ready", "damaged"}:
                # The index went missing or bad under us: rebuild it, with progress.
                self._prepare_search(force=reason == "damaged")
            else:
                self.search.show_error(describe(error))
            self.search_finished.emit()

        self.runner.submit(
            lambda _c: search.search(query, filters, SEARCH_LIMIT, repair=False),
            name="search",
            done=done,
            failed=failed,
        )

    def _warn(self, error: BaseException) -> None:
        self.status_label.setText(describe(error))

    # -- the File menu's draft actions ------------------------------------------------------

    def new_draft(self) -> None:
        """Start a new draft of the group's history, on the drafts tab."""
        self._build_views()
        self.tabs.setCurrentWidget(self.drafts)
        if self.services is not None:
            self.drafts.new_draft()

    def export_draft(self) -> None:
        """Check the open draft and write it as one file for Coact."""
        self._build_views()
        if self.drafts.editor.draft is not None:
            self.tabs.setCurrentWidget(self.drafts)
            self.drafts.open_export_wizard()

    # -- layout and position ---------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)  # Qt keeps a restored window on the screen itself
        else:
            self.resize(1200, 800)
            fit_on_screen(self)
        state = self.settings.value("window/state")
        if state:
            self.restoreState(state)
        # The text size first: it widens the contents panel, which the saved place then
        # overrides (it was saved at that text size).
        self.reader.set_zoom(self._setting("reader/zoom", 0))
        splitter = self.settings.value("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)

    def _saved_scroll(self, slug: str) -> float:
        if self._setting("reader/chapter", "") != slug:
            return 0.0
        return self._setting("reader/scroll", 0.0)

    def _setting(self, key: str, default: _T) -> _T:
        return stored(self.settings, key, default)

    def _save_position(self) -> None:
        if self.reader.chapter is not None:
            self.settings.setValue("reader/chapter", self.reader.chapter.info.slug)
            self.settings.setValue("reader/scroll", self.reader.scroll_fraction())

    def _flush_drafts(self) -> bool:
        """Write every unsaved change before closing; whether it is fine to close."""
        self.drafts.save_now()
        self.runner.wait(10_000)
        QCoreApplication.processEvents()  # deliver the saves' results
        if not self.drafts.pending:
            return True
        answer = QtWidgets.QMessageBox.warning(
            self,
            self.tr("Some changes are not saved"),
            self.tr(
                "The last changes to your draft could not be saved: {reason}\n\nKeep the window "
                "open and try again? If you close now, those changes are lost."
            ).format(reason=self.drafts.last_save_error),
            QtWidgets.QMessageBox.StandardButton.Retry
            | QtWidgets.QMessageBox.StandardButton.Discard,
            QtWidgets.QMessageBox.StandardButton.Retry,
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember layout and position, stop background work, release files."""
        self._save_position()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self._views_built:
            self.settings.setValue("window/tab", self.tabs.currentIndex())
            self.drafts.remember_place()
        self.settings.sync()
        if self._views_built and not self._flush_drafts():
            event.ignore()  # the person chose to keep the window open and try again
            return
        self.settings.setValue("drafts/closed_cleanly", True)
        self.settings.sync()
        self._closing = True  # results that arrive from now on are dropped
        self.index.stop()
        self.runner.cancel_all()
        # Close the files only once no task uses them (the process ends soon in any case).
        if self.runner.wait(5000) and self.services is not None:
            self.services.close()
            self.services = None
        super().closeEvent(event)
