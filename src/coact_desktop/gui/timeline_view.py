"""The timeline: dated events from the text, by decade, each linked to its passage."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coact_desktop.core.dto import TimelineEvent
from coact_desktop.gui.html_delegate import HtmlDelegate

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelineView(QWidget):
    """Events in time order under decade headings; Enter or a double click opens the passage."""

    open_passage = Signal(str, str, object)  # chapter slug, passage id, spans to mark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._activated)
        self._events: list[TimelineEvent] = []

    def set_events(self, events: tuple[TimelineEvent, ...]) -> None:
        """Fill the timeline, with a heading for each decade."""
        self.list.clear()
        self._events = list(events)
        decade = None
        for i, event in enumerate(events):
            #: A decade heading: {decade} is a year like 1990, so 'the 1990s'.
            this_decade = self.tr("{decade}s").format(decade=event.year_from // 10 * 10)
            if this_decade != decade:
                decade = this_decade
                heading = QListWidgetItem()
                heading.setData(Qt.ItemDataRole.DisplayRole, f"<h3>{escape(decade)}</h3>")
                heading.setData(Qt.ItemDataRole.AccessibleTextRole, decade)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(heading)
            item = QListWidgetItem()
            item.setData(
                Qt.ItemDataRole.DisplayRole,
                f"<b>{escape(event.when)}</b> · <i>{escape(event.chapter_title)}</i><br>"
                f"{escape(event.quote)}",
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{event.when}: {event.quote}")
            item.setData(EVENT_ROLE, i)
            item.setToolTip(self.tr("Open this passage in the reader"))
            self.list.addItem(item)

    def event_rows(self) -> list[int]:
        """List rows that hold events (not decade headings), in time order."""
        return [
            r for r in range(self.list.count()) if self.list.item(r).data(EVENT_ROLE) is not None
        ]

    def open_event(self, index: int) -> None:
        """Open the index-th event's passage with its quote marked."""
        event = self._events[index]
        self.open_passage.emit(event.chapter_slug, event.passage_id, (event.span,))

    def _activated(self, item: QListWidgetItem) -> None:
        index = item.data(EVENT_ROLE)
        if index is not None:
            self.open_event(int(index))
