"""The draft's tables: its own timeline, and the people it names with their consent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.draft import CONSENTS, Event, Person

translate = QCoreApplication.translate


class ListCompleter(QCompleter):
    """Completes the name being typed after the last comma, keeping the names before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data())
        editor = self.widget()
        typed = editor.text() if isinstance(editor, QLineEdit) else ""
        before = [n.strip() for n in typed.split(",")[:-1] if n.strip()]
        return ", ".join([*before, chosen])


class NamesDelegate(QStyledItemDelegate):
    """Edits a comma-separated cell of names, suggesting the ones the draft already knows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)

    def set_names(self, names: list[str]) -> None:
        """The names to suggest, in the order given, without repeats."""
        self.names.setStringList(list(dict.fromkeys(n for n in names if n.strip())))

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        completer = ListCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data() or ""))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


class _Table(QWidget):
    """A table with Add and Remove buttons; subclasses map rows to and from data."""

    edited = Signal(object)  # the rows as data, after any change
    # Each table says how it fills one row and reads all of them back.
    rows: Callable[[], tuple[object, ...]]
    _fill_row: Callable[[int, object], None]

    def __init__(
        self, headers: list[str], add_label: str, stretch: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(add_label, self)
        # The base class's own strings have a fixed context: self.tr() would look them up under
        # each subclass's name, where lupdate never put them.
        self.remove = QPushButton(translate("DraftTables", "Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        add.clicked.connect(self.add_row)
        self.remove.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(self._changed)
        self._filling = False

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _mark_year(self, row: int, valid: bool) -> None:
        item = self.table.item(row, 1)
        if item is None:
            return
        self._filling = True
        item.setBackground(QColor("transparent") if valid else QColor("#f6c8c8"))
        tip = translate("DraftTables", "A year such as 1998; a date in words goes under When.")
        item.setToolTip("" if valid else tip)
        self._filling = False

    def _names(self, row: int, column: int) -> tuple[str, ...]:
        """A comma-separated cell as a list of names."""
        return tuple(name.strip() for name in self._text(row, column).split(",") if name.strip())

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit(self.rows())

    def add_row(self) -> None:
        """Add an empty row and start editing it."""
        self._filling = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill_row(row, None)
        self._filling = False
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.editItem(first)
        self.edited.emit(self.rows())

    def remove_row(self) -> None:
        """Remove the chosen row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit(self.rows())


class PeopleTable(_Table):
    """Everyone the draft names, with their consent and pseudonym."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Real name"), self.tr("Consent"), self.tr("Pseudonym")],
            self.tr("Add person"),
            2,
            parent,
        )
        self.table.setAccessibleName(self.tr("People and their consent"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 230)
        self._labels = {
            "named": self.tr("Named, with consent"),
            "pseudonym": self.tr("Pseudonym only"),
            "withheld": self.tr("Withheld: not shown"),
        }

    def set_people(self, people: tuple[Person, ...]) -> None:
        """Fill the table."""
        self._filling = True
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            self._fill_row(row, person)
        self._filling = False

    def _fill_row(self, row: int, value: object) -> None:
        person = value if isinstance(value, Person) else Person("")
        self.table.setItem(row, 0, QTableWidgetItem(person.name))
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Consent"))
        for consent in CONSENTS:
            combo.addItem(self._labels[consent], consent)
        combo.setCurrentIndex(combo.findData(person.consent))
        combo.currentIndexChanged.connect(self._changed)
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, QTableWidgetItem(person.pseudonym))

    def rows(self) -> tuple[Person, ...]:
        """The people as listed (rows without a name are left out)."""
        people = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 1)
            consent = combo.currentData() if isinstance(combo, QComboBox) else "withheld"
            name, pseudonym = self._text(row, 0), self._text(row, 2)
            if name or pseudonym:  # a half-filled row is kept, not dropped
                people.append(Person(name, consent, pseudonym))
        return tuple(people)


class EventsTable(_Table):
    """The group's own timeline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("When"),
                self.tr("Year"),
                self.tr("What happened"),
                self.tr("People involved"),
                self.tr("Organisations involved"),
            ],
            self.tr("Add event"),
            2,
            parent,
        )
        self.table.setAccessibleName(self.tr("The group's timeline"))
        for column, width in ((0, 110), (1, 60), (3, 170), (4, 190)):
            self.table.setColumnWidth(column, width)
        # People and organisations: typed freely, with the names the draft knows suggested.
        self.people_names = NamesDelegate(self.table)
        self.organisation_names = NamesDelegate(self.table)
        self.table.setItemDelegateForColumn(3, self.people_names)
        self.table.setItemDelegateForColumn(4, self.organisation_names)
        header = self.table.horizontalHeaderItem(3)
        if header is not None:
            header.setToolTip(
                self.tr("Names from People and consent are suggested: as each may be shown")
            )

    def set_suggestions(self, people: list[str], organisations: list[str]) -> None:
        """The names to suggest: people as they may be shown, organisations of the library."""
        self.people_names.set_names(people)
        self.organisation_names.set_names(organisations)

    def set_events(self, events: tuple[Event, ...]) -> None:
        """Fill the table."""
        self._filling = True
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            self._fill_row(row, event)
        self._filling = False

    def _fill_row(self, row: int, value: object) -> None:
        event = value if isinstance(value, Event) else Event("", "")
        self.table.setItem(row, 0, QTableWidgetItem(event.when))
        self.table.setItem(row, 1, QTableWidgetItem("" if event.year is None else str(event.year)))
        self.table.setItem(row, 2, QTableWidgetItem(event.text))
        self.table.setItem(row, 3, QTableWidgetItem(", ".join(event.people)))
        self.table.setItem(row, 4, QTableWidgetItem(", ".join(event.organisations)))

    def rows(self) -> tuple[Event, ...]:
        """The events as listed (empty rows are left out; a year that is not one is left empty)."""
        events = []
        for row in range(self.table.rowCount()):
            when, text = self._text(row, 0), self._text(row, 2)
            year_text = self._text(row, 1)
            year = (
                int(year_text) if year_text.isdigit() and 1900 <= int(year_text) <= 2200 else None
            )
            if year is None and year_text and not when:
                when = year_text  # "around 1998" is a date in words: kept, under When
            self._mark_year(row, valid=year is not None or not year_text or when == year_text)
            if when or text or year is not None or self._text(row, 3) or self._text(row, 4):
                people, organisations = self._names(row, 3), self._names(row, 4)
                events.append(Event(when, text, year, people, organisations))
        return tuple(events)
