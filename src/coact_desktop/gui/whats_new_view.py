"""What's new in this edition: the chapters an import added, changed and removed, and the diff."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.library.changes import ChapterChange, WhatsNew
from coact_desktop.gui import theme
from coact_desktop.gui.diff_html import diff_html, paragraphs
from coact_desktop.gui.rendering import ltr

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


class WhatsNewView(QDialog):
    """A window beside the reader (not modal): the list of changes, and the one chosen."""

    def __init__(
        self, news: WhatsNew, open_chapter: Callable[[str], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._news = news
        self._open_chapter = open_chapter
        self.setWindowTitle(self.tr("What's new in edition {edition}").format(edition=news.edition))
        self.resize(860, 560)
        heading = QLabel(
            self.tr("<b>{title}</b>, edition {edition}, from {date}.").format(
                title=escape(news.title), edition=news.edition, date=ltr(escape(news.date))
            )
        )
        heading.setTextFormat(Qt.TextFormat.RichText)  # every value in it is escaped
        heading.setWordWrap(True)
        self.notes = QLabel(news.notes or self.tr("The editors wrote no notes for this edition."))
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Chapters added, changed and removed"))
        self._fill()
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chapter, with what changed marked"))
        self.detail.setFont(theme.reading_font(0))
        split = QSplitter()
        split.addWidget(self.changes)
        split.addWidget(self.detail)
        split.setSizes([340, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open this chapter"))
        self.open_button.setEnabled(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.open_button.clicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.notes)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.changes.currentItemChanged.connect(self._show)
        first = next(
            (self.changes.item(i) for i in range(self.changes.count()) if self._change(i)), None
        )
        if first is not None:
            self.changes.setCurrentItem(first)
        self.changes.setFocus()

    def _fill(self) -> None:
        news = self._news
        groups = (
            #: Heading in What's new: chapters added since the last edition; {n} is how many.
            ("added", self.tr("Added ({n})"), news.added),
            ("changed", self.tr("Changed ({n})"), news.changed),
            ("removed", self.tr("Removed ({n})"), news.removed),
        )
        if not (news.added or news.changed or news.removed):
            self.changes.addItem(self.tr("No chapter changed in this edition."))
        for kind, heading, changes in groups:
            if not changes:
                continue
            title = QListWidgetItem(heading.format(n=len(changes)))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice (nor greyed out)
            self.changes.addItem(title)
            for change in changes:
                words = f"{change.title} ({change.group})" if change.group else change.title
                item = QListWidgetItem("    " + words)
                item.setData(CHANGE_ROLE, (kind, change))
                item.setToolTip(words)
                self.changes.addItem(item)

    def _change(self, row: int) -> tuple[str, ChapterChange] | None:
        data = self.changes.item(row).data(CHANGE_ROLE)
        return data if isinstance(data, tuple) else None

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        data = item.data(CHANGE_ROLE) if item is not None else None
        if not isinstance(data, tuple):
            self.detail.clear()
            self.open_button.setEnabled(False)
            return
        kind, change = data
        self.open_button.setEnabled(kind != "removed")
        self.detail.setHtml(self.diff_html(kind, change))

    def diff_html(self, kind: str, change: ChapterChange) -> str:
        """The chapter as HTML: new, gone, or with removed and added words marked."""
        if kind == "added":
            lead, body = self.tr("New in this edition."), paragraphs(escape(change.after))
        elif kind == "removed":
            lead, body = self.tr("No longer in this edition."), paragraphs(escape(change.before))
        else:
            lead = self.tr("Struck-through words were taken out; underlined words are new.")
            body = diff_html(
                change.before, change.after, theme.is_dark(self.palette()), theme.high_contrast()
            )
        return f"<h2>{escape(change.title)}</h2><p><i>{escape(lead)}</i></p>{body}"

    def select(self, title: str) -> None:
        """Choose the change of the chapter with this title (for tests and screenshots)."""
        for row in range(self.changes.count()):
            found = self._change(row)
            if found is not None and found[1].title == title:
                self.changes.setCurrentRow(row)
                return
        raise LookupError(title)

    def _open(self) -> None:
        item = self.changes.currentItem()
        data = item.data(CHANGE_ROLE) if item is not None else None
        if isinstance(data, tuple) and data[0] != "removed":
            self._open_chapter(data[1].slug)
