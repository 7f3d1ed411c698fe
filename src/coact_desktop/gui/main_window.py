"""The main window: contents beside the reader, organisations, timeline and search."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coact_desktop import __version__
from coact_desktop.core.dto import Chapter, ChapterInfo, SearchFilters, SearchHit
from coact_desktop.core.errors import Cancelled, DatabaseError, SearchError
from coact_desktop.gui.contents_view import ContentsView
from coact_desktop.gui.errors import describe, show_error
from coact_desktop.gui.reader_view import ReaderView
from coact_desktop.gui.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from pathlib import Path

    from coact_desktop.core.services import AppServices
    from coact_desktop.core.storage.paths import ProfilePaths
    from coact_desktop.gui.drafts_view import DraftsView
    from coact_desktop.gui.organisations_view import OrganisationsView
    from coact_desktop.gui.search_view import SearchView
    from coact_desktop.gui.timeline_view import TimelineView

_T = TypeVar("_T", str, int, float)
SEARCH_LIMIT = 50


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
        self._index_task: Task | None = None
        self._views_built = False
        self._closing = False
        self._search_ready = False
        self._search_stale = False
        self._wanted_chapter: str | None = None  # chosen before the library was open
        self.log_path: Path | None = None
        # The platform adds " — Coact Desktop" (the application's display name) itself.
        self.setWindowTitle(self.tr("A history of drug user organising"))
        self._build()
        self._build_actions()
        self._restore_layout()
        if first_paint:
            contents, chapter = first_paint
            self.contents.set_chapters(contents)
            self.reader.set_contents(contents)
            self._show_chapter(chapter, self._saved_scroll(chapter.info.slug))

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.contents = ContentsView(self)
        self.credit = QLabel(
            self.tr("A history of drug user organising\nby Mat Southwell and Lana Durjava, Coact"),
            self,
        )
        self.credit.setWordWrap(True)
        self.credit.setAccessibleName(self.tr("Authors"))
        self.credit.setContentsMargins(8, 8, 8, 8)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.credit)
        left_layout.addWidget(self.contents, 1)
        self.reader = ReaderView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reader, self.tr("Read"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # messages may hold paths
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel_index)
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.contents.chapter_chosen.connect(self.open_chapter)
        self.reader.chapter_requested.connect(self.open_chapter)
        self.reader.zoom_changed.connect(lambda step: self.settings.setValue("reader/zoom", step))
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self._rerender())

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
        self.tabs.currentChanged.connect(self._update_title)
        from coact_desktop.gui.inbox_view import InboxView

        # Coact's side: a tab shown once there is something to review, or when asked for.
        self.inbox = InboxView(self.runner, self.settings, self)
        self.inbox.library_changed.connect(self.reload_library)
        self._views_built = True
        self.tabs.setCurrentIndex(self._setting("window/tab", 0))

    def _build_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Any, menu: Any) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        std = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        action(self.tr("&New draft…"), [], self.new_draft, file_menu)
        action(self.tr("&Import a file…"), [], self.open_bundles, file_menu)
        self.export_action = action(
            self.tr("&Export the open draft…"), [], self.export_draft, file_menu
        )
        file_menu.aboutToShow.connect(self._update_file_menu)
        file_menu.addSeparator()
        # One owner per shortcut: the platform's Quit is Ctrl+Q here, and twice is ambiguous.
        action(self.tr("&Quit"), _unique([QKeySequence(std.Quit), QKeySequence("Ctrl+Q")]),
               self.close, file_menu)  # fmt: skip
        view = self.menuBar().addMenu(self.tr("&View"))
        action(self.tr("&Find in chapter"), [QKeySequence(std.Find)], self.find_in_page, view)
        action(self.tr("&Search the history"), [QKeySequence("Ctrl+K")], self.focus_search, view)
        view.addSeparator()
        action(
            self.tr("&Previous chapter"),
            [QKeySequence("Ctrl+PgUp"), QKeySequence(std.Back)],
            lambda: self._step_chapter(-1),
            view,
        )
        action(
            self.tr("Ne&xt chapter"),
            [QKeySequence("Ctrl+PgDown"), QKeySequence(std.Forward)],
            lambda: self._step_chapter(+1),
            view,
        )
        view.addSeparator()
        action(
            self.tr("Zoom &in"),
            _unique([QKeySequence(std.ZoomIn), QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]),
            self.reader.zoom_in,
            view,
        )
        action(
            self.tr("Zoom &out"),
            _unique([QKeySequence(std.ZoomOut), QKeySequence("Ctrl+-")]),
            self.reader.zoom_out,
            view,
        )
        action(self.tr("&Normal size"), [QKeySequence("Ctrl+0")], self.reader.zoom_reset, view)
        from coact_desktop.gui.keys_menu import KeysMenu

        self.keys_menu = KeysMenu(self, self.runner, self.menuBar().addMenu(self.tr("&Keys")))
        coact = self.menuBar().addMenu(self.tr("&Coact"))
        action(self.tr("&Inbox of received files"), [], self.show_inbox, coact)
        action(self.tr("&Open received files…"), [QKeySequence("Ctrl+O")], self.open_bundles, coact)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        action(self.tr("&Keyboard shortcuts"), [], self.show_shortcuts, help_menu)
        action(self.tr("&About Coact Desktop"), [], self.show_about, help_menu)
        self._menu_keys = ShortcutsFirst(self)

    # -- start-up --------------------------------------------------------------------------

    def start(self, debug: bool = False) -> None:
        """Open the profile off the GUI thread (imports SQLAlchemy and Whoosh there too)."""
        from coact_desktop.core.storage.logs import setup_logging

        self.log_path = setup_logging(debug, self.paths.data_dir)
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

    def _services_opened(self, services: AppServices) -> None:
        if self._closing:
            services.close()
            return
        self.services = services
        library = services.library
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
                services.inbox.has_items(),
            )

        self.runner.submit(load, name="load library", done=self._library_loaded, failed=self._fatal)

    def _library_loaded(self, loaded: tuple[Any, ...]) -> None:
        if self._closing:
            return
        chapters, chapter, organisations, events, has_inbox = loaded
        self.contents.set_chapters(chapters)
        self.reader.set_contents(chapters)
        self.organisations.set_model_titles(
            {c.slug: c.title for c in chapters if c.kind == "model"}
        )
        self.organisations.set_organisations(organisations)
        self.timeline.set_events(events)
        self.organisations.set_events(events)
        assert self.services is not None
        models = [(c.slug, c.title) for c in chapters if c.kind == "model"]
        self.drafts.set_services(self.services.drafts, models, self.services.paths.data_dir)
        self.drafts.set_app(self.services, self.settings)
        self.drafts.editor.library_organisations = [o.name for o in organisations]
        self.keys_menu.services = self.services
        self.inbox.set_services(self.services)
        if has_inbox:
            self._add_inbox_tab()
        self._reopen_draft()
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

    def _add_inbox_tab(self) -> None:
        if self.tabs.indexOf(self.inbox) < 0:
            self.tabs.addTab(self.inbox, self.tr("Inbox"))

    def show_inbox(self) -> None:
        """Show Coact's inbox of received files."""
        self._build_views()
        self._add_inbox_tab()
        self.tabs.setCurrentWidget(self.inbox)

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
            return library.chapters(), library.organisations(), library.timeline()

        def show(loaded: tuple[Any, ...]) -> None:
            chapters, organisations, events = loaded
            self.contents.set_chapters(chapters)
            self.reader.set_contents(chapters)
            self.organisations.set_organisations(organisations)
            self.timeline.set_events(events)
            self.organisations.set_events(events)
            if self._index_task is None:
                self._prepare_search()
            else:
                self._search_stale = True

        self.runner.submit(load, name="reload library", done=show, failed=self._warn)

    def _backup_if_due(self) -> None:
        paths = self.paths

        def backup(_ctx: TaskContext) -> None:
            from coact_desktop.core.storage.backups import backup_if_due

            backup_if_due(paths)

        self.runner.submit(backup, name="backup", write=True, failed=self._warn)

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
        services = self.services
        if services is None or self._index_task is not None or self._closing:
            return  # not open yet, already preparing, or going away
        self._search_ready = False
        self.search.set_ready(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status_label.setText(self.tr("Preparing search…"))

        def build(ctx: TaskContext) -> Any:
            services.search.ensure_index(ctx.progress, ctx.cancel, force=force)
            return services.search.filter_choices()

        self._index_task = self.runner.submit(
            build,
            name="build search index",
            index=True,
            done=self._search_prepared,
            failed=self._search_failed,
            progress=self._index_progress,
        )

    def _index_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _search_prepared(self, choices: Any) -> None:
        self._end_progress()
        if self._closing:
            return
        if self._search_stale:
            # The library changed while the index was being built: build it again.
            self._search_stale = False
            self._prepare_search()
            return
        self._search_ready = True
        self.search.set_choices(choices)
        self.search.set_ready(True)
        self.search_ready.emit()

    def _search_failed(self, error: BaseException) -> None:
        self._end_progress()
        if isinstance(error, Cancelled):
            message = self.tr(
                "Search is not ready. It will be set up the next time you start Coact Desktop."
            )
        else:
            message = self.tr("Search is not available: {reason}").format(reason=describe(error))
        self.search.set_ready(False, message)
        self.status_label.setText(message)

    def _cancel_index(self) -> None:
        if self._index_task is not None:
            self._index_task.cancel()

    def _end_progress(self) -> None:
        self._index_task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.status_label.setText("")

    def _fatal(self, error: BaseException) -> None:
        if self._closing:
            return
        self.status_label.setText(describe(error))
        backups = error.details.get("backups") if isinstance(error, DatabaseError) else None
        if isinstance(backups, list) and backups:
            self._offer_restore(str(backups[0]))
            return
        show_error(self, self.tr("Coact Desktop cannot open the library"), error)

    def _offer_restore(self, newest: str) -> None:
        """The database is damaged: offer its newest backup (the damaged file is kept aside)."""
        answer = QMessageBox.question(
            self,
            self.tr("The library database is damaged"),
            self.tr(
                "The profile database is damaged. Restore the newest backup ({name})? Changes "
                "made since that backup was taken are not in it; the damaged file is kept aside."
            ).format(name=newest),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        paths = self.paths

        def restore(_ctx: TaskContext) -> None:
            from coact_desktop.core.storage.backups import restore_backup

            restore_backup(paths, newest)

        self.runner.submit(
            restore,
            name="restore backup",
            write=True,
            done=lambda _r: self.start(),
            failed=self._fatal,
        )

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

    def _step_chapter(self, step: int) -> None:
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
        if self.services is None or not self._search_ready:
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

    def _update_file_menu(self) -> None:
        ready = self.services is not None and self._views_built
        self.export_action.setEnabled(ready and self.drafts.editor.draft is not None)

    # -- help ------------------------------------------------------------------------------

    def menu_action_for(self, keys: QKeySequence) -> QAction | None:
        """The menu action a key sequence belongs to, if any."""
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for act in menu.actions() if isinstance(menu, QMenu) else []:
                if keys in act.shortcuts():
                    return act
        return None

    def shortcuts(self) -> list[tuple[str, str]]:
        """Every keyboard shortcut of the window's menus, with what it does."""
        rows = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for act in menu.actions() if isinstance(menu, QMenu) else []:
                keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
                if keys:
                    rows.append((", ".join(keys), act.text().replace("&", "")))
        return rows

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts, the menus' and the draft editor's."""
        from coact_desktop.gui.draft_editor import PAGE_KEYS

        extra = [
            (", ".join(PAGE_KEYS), self.tr("In a draft: text, timeline, people, files")),
            ("Alt+A", self.tr("In a draft's timeline or people: add a row")),
            ("Ctrl+B, Ctrl+L", self.tr("In a draft's text: bold, link")),
            ("Tab, Shift+Tab", self.tr("In a table: the next or the previous cell")),
        ]
        rows = "".join(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
            for keys, what in [*self.shortcuts(), *extra]
        )
        QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), f"<table cellpadding='3'>{rows}</table>"
        )

    def show_about(self) -> None:
        """Credit Coact and the authors, and say which version this is."""
        QMessageBox.about(
            self,
            self.tr("About Coact Desktop"),
            self.tr(
                "<h3>Coact Desktop {version}</h3>"
                "<p>A history of drug user organising, written by Mat Southwell and Lana Durjava, "
                "Coact. The text is reproduced verbatim.</p>"
                "<p>Works offline. Nothing is sent anywhere.</p>"
            ).format(version=escape(__version__)),
        )

    # -- layout and position ---------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)  # Qt keeps a restored window on the screen itself
        else:
            self.resize(1200, 800)
            self._fit_screen()
        state = self.settings.value("window/state")
        if state:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        self.reader.set_zoom(self._setting("reader/zoom", 0))

    def _fit_screen(self) -> None:
        """Keep the whole window, status bar included, on the screen's free area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        # The frame (title bar, borders) is not known before the window is shown: leave room.
        width = min(self.width(), free.width() - 16)
        height = min(self.height(), free.height() - 48)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        if not free.contains(frame):
            frame.moveCenter(free.center())
            self.move(max(frame.left(), free.left()), max(frame.top(), free.top()))

    def _saved_scroll(self, slug: str) -> float:
        if self._setting("reader/chapter", "") != slug:
            return 0.0
        return self._setting("reader/scroll", 0.0)

    def _setting(self, key: str, default: _T) -> _T:
        """A stored setting of the default's type, or the default if missing or damaged."""
        try:
            value = self.settings.value(key, default, type(default))
        except (TypeError, ValueError):
            return default
        return value if isinstance(value, type(default)) else default

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
        answer = QMessageBox.warning(
            self,
            self.tr("Some changes are not saved"),
            self.tr(
                "The last changes to your draft could not be saved: {reason}\n\nKeep the window "
                "open and try again? If you close now, those changes are lost."
            ).format(reason=self.drafts.last_save_error),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Retry,
        )
        return answer == QMessageBox.StandardButton.Discard

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
        self.runner.cancel_all()
        # Close the files only once no task uses them (the process ends soon in any case).
        if self.runner.wait(5000) and self.services is not None:
            self.services.close()
            self.services = None
        super().closeEvent(event)


class ShortcutsFirst(QObject):
    """The menus' shortcuts win over a text field's own use of the same keys.

    On Linux a text field takes Ctrl+K as "delete to the end of the line": pressing Ctrl+K to
    search, while writing a draft, silently cut the rest of the line out of it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Decline a text field's claim on a key that a menu action owns; and when such a key
        reaches a widget of this window as plain typing (no shortcut fired: the window was not
        given back its activation after a dialog, as on a desktop without a window manager),
        do what the menu says instead of letting the key edit the text."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        action = self._window.menu_action_for(QKeySequence(event.keyCombination()))
        if action is None or watched.window() is not self._window:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()
        elif action.isEnabled():
            action.trigger()
        return True


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    """Shortcuts without repeats (a platform's standard key may equal one we add)."""
    out: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in out:
            out.append(key)
    return out
