"""The reading view: one chapter with good typography, zoom, find in page and highlights."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui
from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from coact_desktop.core.chapters import Chapter, ChapterInfo
from coact_desktop.core.errors import KnownError
from coact_desktop.gui.markup import escape
from coact_desktop.gui.rendering import MEDIA_SCHEME, SAVE_SCHEME, chapter_html, display_offset
from coact_desktop.gui.theme import ZOOM_STEPS, match_format, reading_font

if TYPE_CHECKING:
    from coact_desktop.gui.find_bar import FindBar

MAX_COLUMN = 760  # pixels: about 70 characters a line, comfortable to read
MAX_PICTURE = QSize(MAX_COLUMN - 40, 400)  # a photo fits the column, its caption in view
STYLE = """
h1 { font-size: x-large; font-weight: 600; margin-bottom: 0.8em; }
p, li { line-height: 150%; margin-bottom: 0.7em; }
"""


class ReadingBrowser(QTextBrowser):
    """A text browser that keeps its column to a readable width and shows a history's photos."""

    key_pressed = Signal()
    # Reads a passage's photo from the library: (media type, bytes). Set by the window.
    media_source: Callable[[str], tuple[str, bytes]] | None = None

    def loadResource(self, kind: int, name: QtCore.QUrl | str) -> Any:
        """A photo of a group's history, from the library; anything else as Qt would."""
        url = QtCore.QUrl(name)
        if url.scheme() == MEDIA_SCHEME:
            return self._picture(url.path())
        return super().loadResource(kind, name)

    def _picture(self, passage_id: str) -> QtGui.QImage:
        """The photo, decoded no larger than the column shows it (a phone's photo is large)."""
        source = self.media_source
        try:
            data = source(passage_id)[1] if source is not None else b""
        except KnownError:
            return QtGui.QImage()
        buffer = QtCore.QBuffer()  # no parent: it goes when this returns, on this thread
        buffer.setData(QtCore.QByteArray(data))
        buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
        reader = QtGui.QImageReader(buffer)
        size = reader.size()
        if size.width() > MAX_PICTURE.width() or size.height() > MAX_PICTURE.height():
            reader.setScaledSize(
                size.scaled(MAX_PICTURE, QtCore.Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        buffer.close()
        return image

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Announce key presses (they may scroll), then handle them as usual."""
        self.key_pressed.emit()
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Centre the text in a column no wider than MAX_COLUMN."""
        super().resizeEvent(event)
        self.fit_column()

    def fit_column(self) -> None:
        """Set the side margins of the document for the current width."""
        # The viewport's width, worked out rather than asked for: the first viewport() call
        # makes PySide look through every kind of widget for its Python type (15 ms at start).
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self):  # shown whenever this view is (it may be on another tab)
            width -= bar.sizeHint().width()
        side = max(24, (width - MAX_COLUMN) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(24)
            fmt.setBottomMargin(48)
            frame.setFrameFormat(fmt)


class ReaderView(QWidget):
    """Shows a chapter; can scroll to and mark a passage."""

    zoom_changed = Signal(int)
    chapter_requested = Signal(str)
    save_requested = Signal(str)  # a passage whose file the reader wants a copy of

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = ReadingBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Chapter text"))
        self.browser.document().setDefaultStyleSheet(STYLE)
        self._find_bar: FindBar | None = None  # built when first asked for (Ctrl+F)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.browser)
        self.chapter: Chapter | None = None
        self._contents: tuple[ChapterInfo, ...] = ()
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self._pending_scroll: float | None = None
        bar = self.browser.verticalScrollBar()
        bar.rangeChanged.connect(self._apply_pending_scroll)
        # Wheel, drag and clicks reach the scroll bar as actions; keys reach the browser.
        bar.actionTriggered.connect(self._reader_scrolled)
        self.browser.key_pressed.connect(self._reader_scrolled)
        self._zoom = 0
        self.set_zoom(0)

    @property
    def find_bar(self) -> FindBar:
        """The find-in-page bar under the text, built the first time it is wanted."""
        if self._find_bar is None:
            # Not on the way to the first paint: its module and Qt classes cost 3 ms there.
            from coact_desktop.gui.find_bar import FindBar

            self._find_bar = FindBar(self.browser, self)
            self._find_bar.hide()
            self._layout.addWidget(self._find_bar)
            self._find_bar.moved.connect(self._reader_scrolled)
        return self._find_bar

    # -- content ---------------------------------------------------------------------------

    def show_chapter(self, chapter: Chapter, scroll_fraction: float = 0.0) -> None:
        """Show a chapter, at a scroll position given as a fraction of its length."""
        self.chapter = chapter
        self.browser.setHtml(chapter_html(chapter) + self._navigation_html(chapter.info.slug))
        self.browser.fit_column()
        self.browser.setExtraSelections([])
        if self._find_bar is not None and self._find_bar.isVisible():
            self._find_bar.refresh()
        # The scroll range is known only once layout has run (perhaps after the window shows).
        self.set_scroll_fraction(scroll_fraction)

    def set_contents(self, contents: tuple[ChapterInfo, ...]) -> None:
        """The chapters in reading order, for the links to the previous and next chapter."""
        self._contents = contents

    @property
    def contents(self) -> tuple[ChapterInfo, ...]:
        """The chapters in reading order, as last set."""
        return self._contents

    def neighbour(self, step: int) -> ChapterInfo | None:
        """The chapter step places before (-1) or after (+1) the one shown."""
        slugs = [c.slug for c in self._contents]
        if self.chapter is None or self.chapter.info.slug not in slugs:
            return None
        index = slugs.index(self.chapter.info.slug) + step
        return self._contents[index] if 0 <= index < len(slugs) else None

    def _navigation_html(self, slug: str) -> str:
        slugs = [c.slug for c in self._contents]
        if slug not in slugs:
            return ""
        index = slugs.index(slug)
        links = []
        if index > 0:
            before = self._contents[index - 1]
            label = self.tr("← Previous: {title}").format(title=before.title)
            links.append(f'<a href="chapter:{escape(before.slug)}">{escape(label)}</a>')
        if index + 1 < len(slugs):
            after = self._contents[index + 1]
            label = self.tr("Next: {title} →").format(title=after.title)
            links.append(f'<a href="chapter:{escape(after.slug)}">{escape(label)}</a>')
        return "<hr><p>" + "&nbsp;&nbsp;&nbsp;·&nbsp;&nbsp;&nbsp;".join(links) + "</p>"

    def _anchor_clicked(self, url: QtCore.QUrl) -> None:
        text = url.toString()
        if text.startswith("chapter:"):
            self.chapter_requested.emit(text.split(":", 1)[1])
        elif url.scheme() == SAVE_SCHEME:
            self.save_requested.emit(url.path())

    def mark(self, passage_id: str, spans: tuple[tuple[int, int], ...]) -> None:
        """Mark spans (offsets into the passage's source text) and bring the passage into view."""
        if self.chapter is None:
            return
        passage = next((p for p in self.chapter.passages if p.id == passage_id), None)
        block = self._block_for(passage_id)
        if passage is None or block is None:
            return
        shift = display_offset(passage)
        selections = []
        for start, end in spans:
            cursor = QtGui.QTextCursor(block)
            cursor.setPosition(block.position() + max(0, start - shift))
            cursor.setPosition(
                block.position() + max(0, end - shift), QtGui.QTextCursor.MoveMode.KeepAnchor
            )
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = match_format(self.browser.palette())
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        self._pending_scroll = None
        QTimer.singleShot(0, lambda: self._scroll_to_block(block.position()))

    def _scroll_to_block(self, position: int) -> None:
        cursor = QtGui.QTextCursor(self.browser.document())
        cursor.setPosition(position)
        rect = self.browser.cursorRect(cursor)
        bar = self.browser.verticalScrollBar()
        # Put the passage a little below the top, not flush against it.
        bar.setValue(bar.value() + rect.top() - 48)

    def _block_for(self, passage_id: str):  # type: ignore[no-untyped-def]
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                if passage_id in it.fragment().charFormat().anchorNames():
                    return block
                it += 1
            block = block.next()
        return None

    def visible_text(self) -> str:
        """The plain text shown (for tests and accessibility checks)."""
        return self.browser.toPlainText()

    # -- scrolling and zoom ----------------------------------------------------------------

    def _apply_pending_scroll(self) -> None:
        # Qt lays a document out in steps, so the range grows a few times after a chapter is
        # shown: hold the wanted position until the reader scrolls for themselves.
        if self._pending_scroll is not None:
            self._scroll_to(self._pending_scroll)

    def _reader_scrolled(self, *_args: object) -> None:
        self._pending_scroll = None  # the reader moved: their position wins

    def _scroll_to(self, fraction: float) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(round(bar.maximum() * min(1.0, max(0.0, fraction))))

    def scroll_fraction(self) -> float:
        """How far down the chapter the view is, from 0 to 1."""
        bar = self.browser.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        """Scroll to a fraction of the chapter's length, and keep it there while layout settles."""
        self._pending_scroll = fraction
        self._scroll_to(fraction)

    @property
    def zoom(self) -> int:
        """The zoom step (0 is the default size)."""
        return self._zoom

    def set_zoom(self, step: int) -> None:
        """Set the zoom step, within limits, keeping the reading position."""
        step = min(ZOOM_STEPS[1], max(ZOOM_STEPS[0], step))
        fraction = self.scroll_fraction()
        self._zoom = step
        font = reading_font(step)
        # The widget's own font too: a change of the window's font (Ctrl+/Ctrl- resizes every
        # text) then leaves the reading font alone instead of resetting the document to it.
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self.set_scroll_fraction(fraction)
        self.zoom_changed.emit(step)

    def zoom_in(self) -> None:
        """Larger text (Ctrl++)."""
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        """Smaller text (Ctrl+-)."""
        self.set_zoom(self._zoom - 1)

    def zoom_reset(self) -> None:
        """Default text size (Ctrl+0)."""
        self.set_zoom(0)
