"""The organisations index: every organisation the text names, and the passages that do."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.dto import Mention, Organisation, TimelineEvent
from coact_desktop.gui.column_fit import ColumnFitter
from coact_desktop.gui.rendering import marked_html, plain_tip

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class OrganisationsView(QWidget):
    """A filterable table of organisations beside the details of the selected one."""

    organisation_selected = Signal(str)
    open_passage = Signal(str, str, object)  # chapter slug, passage id, spans to mark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, other spelling, country or city"))
        self.filter.setAccessibleName(self.tr("Filter organisations"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Organisation"),
                #: Column: other names or spellings of the same organisation.
                self.tr("Other spellings"),
                self.tr("Country or region"),
                self.tr("City"),
                self.tr("Founded"),
                #: Column: the year the organisation stopped working.
                self.tr("Ended"),
                #: Column: how many passages of the history name the organisation.
                self.tr("Mentions"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        # Long names ("ACESO – International Organization for …") wrap instead of being cut.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setAlternatingRowColors(True)
        # The name keeps its share of the width at any text size; the others wrap.
        self.columns = ColumnFitter(self.table, main=0)
        # Aliases and closing years are shown beside the table; the filter still searches them.
        self.table.setColumnHidden(1, True)
        self.table.setColumnHidden(5, True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("Organisation details and passages"))
        # A hint in the page itself, not a placeholder: Qt does not wrap those, and at a large
        # text size most of it would be cut off.
        hint = self.tr(
            "Choose an organisation to see what the history says of it, and every passage "
            "that names it."
        )
        self.details.setHtml(f"<p><i>{escape(hint)}</i></p>")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.details.anchorClicked.connect(self._anchor_clicked)
        self._organisations: dict[str, Organisation] = {}
        self._mentions: tuple[Mention, ...] = ()
        self._model_titles: dict[str, str] = {}
        self._events: tuple[TimelineEvent, ...] = ()

    def set_events(self, events: tuple[TimelineEvent, ...]) -> None:
        """The library's dated events, so that each organisation lists what happened to it."""
        self._events = events

    def set_organisations(self, organisations: tuple[Organisation, ...]) -> None:
        """Fill the table."""
        self._organisations = {o.slug: o for o in organisations}
        self.model.removeRows(0, self.model.rowCount())
        for org in organisations:
            cells = [
                QStandardItem(org.name),
                QStandardItem(", ".join(org.aliases)),
                QStandardItem(org.country or org.region or ""),
                QStandardItem(org.city or ""),
                _year_item(org.founded, org.founded_text),
                _year_item(org.closed, org.closed_text),
                _number_item(org.mention_count),
            ]
            for cell in cells[:3]:
                cell.setData(cell.text().casefold(), SORT_ROLE)
            cells[0].setData(org.slug, SLUG_ROLE)
            cells[0].setToolTip(plain_tip(org.name))
            self.model.appendRow(cells)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def select(self, slug: str) -> None:
        """Select an organisation by slug."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(SLUG_ROLE) == slug:
                self.table.setCurrentIndex(index)
                return

    def selected_slug(self) -> str | None:
        """The slug of the selected organisation."""
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(SLUG_ROLE) if index.isValid() else None

    def show_mentions(self, slug: str, mentions: tuple[Mention, ...]) -> None:
        """Show what the text says of an organisation and every passage that mentions it."""
        org = self._organisations.get(slug)
        if org is None or slug != self.selected_slug():
            return  # a late answer for an organisation no longer selected
        self._mentions = mentions
        facts = []
        if org.aliases:
            facts.append((self.tr("Other spellings"), ", ".join(org.aliases)))
        if org.country:
            facts.append((self.tr("Country"), org.country))
        if org.region:
            facts.append((self.tr("Region"), org.region))
        if org.city:
            facts.append((self.tr("City"), org.city))
        if org.founded or org.founded_text:
            facts.append((self.tr("Founded"), org.founded_text or str(org.founded)))
        if org.closed or org.closed_text:
            facts.append((self.tr("Ended"), org.closed_text or str(org.closed)))
        if org.models:
            titles = [self._model_titles.get(m, m) for m in org.models]
            facts.append((self.tr("Models of organising"), ", ".join(titles)))
        rows = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>"
            for k, v in facts
        )
        items = "".join(
            f'<p><a href="passage:{i}"><b>{escape(m.chapter_title)}</b></a><br>'
            f"{marked_html(m.text, m.spans)}</p>"
            for i, m in enumerate(mentions)
        )
        # Every dated fact the text gives ("incorporated in 1992", "formed … at the Vancouver
        # Harm Reduction Conference"), each in the text's own words.
        dated = "".join(
            f"<li><b>{escape(e.when)}</b>: {escape(e.quote)}</li>"
            for e in self._events
            if slug in e.organisations
        )
        when = (
            f"<h3>{escape(self.tr('What happened, in the history’s words'))}</h3><ul>{dated}</ul>"
            if dated
            else ""
        )
        heading = self.tr("Passages that mention it ({count})").format(count=len(mentions))
        self.details.setHtml(
            f"<h2>{escape(org.name)}</h2><table>{rows}</table>{when}"
            f"<h3>{escape(heading)}</h3>{items}"
        )

    def set_model_titles(self, titles: dict[str, str]) -> None:
        """Chapter titles of the models of organising, for display."""
        self._model_titles = titles

    def open_mention(self, index: int) -> None:
        """Open the index-th listed passage in the reader."""
        mention = self._mentions[index]
        self.open_passage.emit(mention.chapter_slug, mention.passage_id, mention.spans)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        slug = current.siblingAtColumn(0).data(SLUG_ROLE) if current.isValid() else None
        if slug:
            self.organisation_selected.emit(slug)

    def _anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("passage:"):
            self.open_mention(int(text.split(":", 1)[1]))


def _year_item(year: int | None, text: str | None) -> QStandardItem:
    item = QStandardItem(text or (str(year) if year else ""))
    # By year; "late 1980s" (no year of its own) by its decade's middle, unknown ones last.
    decade = re.search(r"(\d{3})0s", text or "")
    key = year or (int(decade.group(1)) * 10 + 5 if decade else 9999)
    item.setData(key, SORT_ROLE)
    return item


def _number_item(value: int) -> QStandardItem:
    item = QStandardItem()
    item.setData(value, Qt.ItemDataRole.DisplayRole)
    item.setData(value, SORT_ROLE)
    return item
