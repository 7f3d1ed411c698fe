"""The contents: introduction, the seven models of organising, conclusion, about the authors."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from coact_desktop.core.chapters import ChapterInfo
from coact_desktop.gui.first_paint_qt import USER_ROLE
from coact_desktop.gui.rendering import plain_tip

SLUG_ROLE = USER_ROLE + 1


class ContentsView(QTreeWidget):
    """A tree of chapters; the models of organising are grouped under one heading."""

    chapter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, in_first_paint: bool = False) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Contents"))
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.currentItemChanged.connect(self._changed)
        self._items: dict[str, QTreeWidgetItem] = {}
        # In the window's first paint, headings are made unselectable just after it: the flag
        # is a Qt.ItemFlag, and naming one builds Qt's namespace (first_paint_qt.py says why).
        # Elsewhere (an edition's preview) at once.
        self._headings_to_settle: list[QTreeWidgetItem] | None = [] if in_first_paint else None

    def set_chapters(self, chapters: tuple[ChapterInfo, ...]) -> None:
        """Fill the tree, keeping the current chapter selected."""
        current = self.current_slug()
        self.blockSignals(True)
        self.clear()
        self._items = {}
        if self._headings_to_settle is not None:
            self._headings_to_settle = []
        models: QTreeWidgetItem | None = None
        groups: QTreeWidgetItem | None = None
        group_items: dict[str, QTreeWidgetItem] = {}
        for chapter in chapters:
            parent: QTreeWidget | QTreeWidgetItem = self
            if chapter.kind == "model":
                if models is None:
                    models = self._heading(self, self.tr("Models of organising"))
                parent = models
            elif chapter.kind == "group-history":
                # Groups' own histories: one branch per group, under the model of organising
                # Coact's editors placed it in, else under one heading of their own.
                if chapter.group not in group_items:
                    under = self._items.get(chapter.model)
                    if under is None:
                        if groups is None:
                            groups = self._heading(self, self.tr("Groups' own histories"))
                        under = groups
                    group_items[chapter.group] = self._heading(under, chapter.group)
                parent = group_items[chapter.group]
            item = QTreeWidgetItem(parent, [chapter.title])
            item.setData(0, SLUG_ROLE, chapter.slug)
            item.setToolTip(0, plain_tip(chapter.title))
            self._items[chapter.slug] = item
        self.expandAll()
        if current:
            self.select(current)
        self.blockSignals(False)

    def after_first_paint(self) -> None:
        """Make the headings of the first paint unselectable, as later ones are at once."""
        headings, self._headings_to_settle = self._headings_to_settle or [], None
        for item in headings:
            item.setFlags(QtCore.Qt.ItemFlag.ItemIsEnabled)

    def _heading(self, parent: QTreeWidget | QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        if self._headings_to_settle is None:
            item.setFlags(QtCore.Qt.ItemFlag.ItemIsEnabled)
        else:
            self._headings_to_settle.append(item)
        item.setToolTip(0, plain_tip(text))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def select(self, slug: str) -> None:
        """Select a chapter without announcing it."""
        item = self._items.get(slug)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def current_slug(self) -> str | None:
        """The selected chapter's slug."""
        item = self.currentItem()
        return item.data(0, SLUG_ROLE) if item else None

    def slugs(self) -> list[str]:
        """Every chapter slug in reading order."""
        return list(self._items)

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        slug = current.data(0, SLUG_ROLE) if current else None
        if slug:
            self.chapter_chosen.emit(slug)
