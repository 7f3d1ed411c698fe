"""The next edition as readers will see it: the same contents tree and reading view, read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from coact_desktop.gui.contents_view import ContentsView
from coact_desktop.gui.media_save import save_media_copy
from coact_desktop.gui.reader_view import ReaderView
from coact_desktop.gui.rendering import ltr
from coact_desktop.gui.tasks import TaskRunner


class EditionPreview(QDialog):
    """A throwaway library holding the composed edition, shown with the reader's own widgets."""

    def __init__(
        self, preview: Any, runner: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("edition-preview")
        self._preview = preview
        library = preview.library
        edition = preview.composed.edition
        self.setWindowTitle(self.tr("Preview of edition {n}").format(n=edition.version))
        self.banner = QLabel(
            self.tr("Preview: edition {n}, {date}. Nothing is published yet.").format(
                n=edition.version, date=ltr(edition.date)
            ),
            self,
        )
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.contents = ContentsView(self)
        self.reader = ReaderView(self)
        self.reader.browser.media_source = library.media  # the photos, as readers will see them
        chapters = library.chapters()
        self.contents.set_chapters(chapters)
        self.reader.set_contents(chapters)
        self.contents.chapter_chosen.connect(self.open_chapter)
        self.reader.chapter_requested.connect(self.open_chapter)
        self._runner = runner
        self.reader.save_requested.connect(self._save_media)
        split = QSplitter(self)
        split.addWidget(self.contents)
        split.addWidget(self.reader)
        split.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.resize(960, 680)
        if chapters:
            self.open_chapter(chapters[0].slug)

    def open_chapter(self, slug: str) -> None:
        """Show a chapter of the previewed edition."""
        self.reader.show_chapter(self._preview.library.chapter(slug))
        self.contents.select(slug)

    def _save_media(self, passage_id: str) -> None:
        shown = self.reader.chapter.passages if self.reader.chapter is not None else ()
        passage = next((p for p in shown if p.id == passage_id), None)
        if passage is not None and self._runner is not None:
            save_media_copy(self, self._runner, self._preview.library, passage, self.banner.setText)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let go of the throwaway library's database."""
        self._preview.close()
        super().closeEvent(event)
