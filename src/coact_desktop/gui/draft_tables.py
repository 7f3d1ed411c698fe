"""The draft's tables: its own timeline, and the people it names with their consent."""

from __future__ import annotations

import re
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
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.drafts.model import CONSENTS, Event, Person

translate = QCoreApplication.translate
CONSENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the consent code behind the label shown


# Names are separated by commas: the Latin one, and the Arabic one a Persian keyboard types.
COMMAS = re.compile(r"[,\u060c]")


def split_names(text: str) -> list[str]:
    """ "Ana, Ben" (or "Ana، Ben") as ["Ana", "Ben"]; empty parts dropped."""
    return [name.strip() for name in COMMAS.split(text) if name.strip()]


class ListCompleter(QCompleter):
    """Completes the name being typed after the last comma, keeping the names before it."""

    def splitPath(self, path: str) -> list[str]:
        return [COMMAS.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data())
        editor = self.widget()
        typed = editor.text() if isinstance(editor, QLineEdit) else ""
        before = split_names(",".join(COMMAS.split(typed)[:-1]))
        return ", ".join([*before, chosen])


class LiveTextDelegate(QStyledItemDelegate):
    """Edits a text cell whose every keystroke goes into the draft at once.

    The editor stays open across saves: nothing is handed over only when it closes, so no save
    has to close it (closing it mid-word made the next key start a new edit that replaced the
    cell). Data coming back from the model never rewrites the editor's text while it holds the
    same words, so the cursor, the selection and the undo steps stay where the person left them.
    """

    def __init__(
        self, parent: QWidget, names: QStringListModel | None = None, placeholder: str = ""
    ) -> None:
        super().__init__(parent)
        self.names = names
        self.placeholder = placeholder

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.placeholder)
        # A screen reader announces the field being typed in by its column ("When").
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(header or ""))
        if self.names is not None:
            completer = ListCompleter(self.names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        editor.textChanged.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        text = str(index.data() or "")
        if isinstance(editor, QLineEdit) and editor.text() != text:
            editor.blockSignals(True)  # the model's own text: nothing to hand back
            editor.setText(text)
            editor.blockSignals(False)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit) and str(index.data() or "") != editor.text():
            model.setData(index, editor.text())


class NamesDelegate(LiveTextDelegate):
    """Edits a comma-separated cell of names, suggesting the ones the draft already knows."""

    def __init__(self, parent: QWidget, placeholder: str = "") -> None:
        super().__init__(parent, QStringListModel(parent), placeholder)

    def set_names(self, names: list[str]) -> None:
        """The names to suggest, in the order given, without repeats."""
        assert self.names is not None
        self.names.setStringList(list(dict.fromkeys(n for n in names if n.strip())))


class ConsentDelegate(QStyledItemDelegate):
    """Shows a person's consent as a drop-down and edits it with one, changes kept at once."""

    def __init__(self, labels: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.labels = labels

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Drawn as a combo box, so that a person sees it is a choice and not text to type.
        super().paint(painter, option, index)
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.state = option.state
        box.currentText = str(index.data() or "")
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(translate("PeopleTable", "Consent"))
        for consent in CONSENTS:
            combo.addItem(self.labels[consent], consent)
        # Connected once filled: adding the first choice makes it current, and that must never
        # reach the model (for a moment the person would be "named").
        combo.setCurrentIndex(combo.findData(index.data(CONSENT_ROLE) or "withheld"))
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            wanted = editor.findData(index.data(CONSENT_ROLE) or "withheld")
            if editor.currentIndex() != wanted:
                editor.blockSignals(True)  # the model's own value, not a choice to hand back
                editor.setCurrentIndex(wanted)
                editor.blockSignals(False)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            consent = str(editor.currentData())
            model.setItemData(
                index,
                {
                    Qt.ItemDataRole.DisplayRole: self.labels[consent],
                    CONSENT_ROLE: consent,
                },
            )


class _Table(QWidget):
    """A table with Add and Remove buttons; subclasses map rows to and from data.

    Every cell is edited live (see LiveTextDelegate). When the draft is shown again, only cells
    whose text differs are written, and never the cell being edited.
    """

    edited = Signal(object)  # the rows as data, after any change
    # Each table says how it reads all of its rows back.
    rows: Callable[[], tuple[object, ...]]

    def __init__(
        self, headers: list[str], add_label: str, stretch: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(LiveTextDelegate(self.table))
        self.add_button = QPushButton(add_label, self)
        # The base class's own strings have a fixed context: self.tr() would look them up under
        # each subclass's name, where lupdate never put them.
        #: Button: remove the chosen row (an event or a person).
        self.remove = QPushButton(translate("DraftTables", "Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        # Alt+A adds a row at once. (A button's own shortcut clicks it 100 ms later, and the
        # first letters typed in that time went nowhere.)
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence("Alt+A"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_row)
        self.addAction(self.add_action)
        self.add_button.setToolTip(translate("DraftTables", "Add a row (Alt+A)"))
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
        tip = translate("DraftTables", "A year such as 1998; a date in words goes under When.")
        colour = QColor("transparent") if valid else QColor("#f6c8c8")
        if item.background().color() == colour and item.toolTip() == ("" if valid else tip):
            return
        self._filling = True
        item.setBackground(colour)
        item.setToolTip("" if valid else tip)
        self._filling = False

    def _names(self, row: int, column: int) -> tuple[str, ...]:
        """A comma-separated cell as a list of names."""
        return tuple(split_names(self._text(row, column)))

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit(self.rows())

    def editing_cell(self) -> tuple[int, int] | None:
        """The cell whose editor is open, if any."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return None
        index = self.table.currentIndex()
        return (index.row(), index.column()) if index.isValid() else None

    def _show(self, cells: list[list[tuple[str, object]]]) -> None:
        """Show rows of (text, data) cells, writing only what differs, never the open editor."""
        editing = self.editing_cell()
        self._filling = True
        try:
            while self.table.rowCount() > len(cells):
                self.table.removeRow(self.table.rowCount() - 1)
            for row, values in enumerate(cells):
                if row >= self.table.rowCount():
                    self.table.insertRow(row)
                for column, (text, data) in enumerate(values):
                    if (row, column) == editing:
                        continue
                    item = self.table.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        self.table.setItem(row, column, item)
                    if item.text() != text:
                        item.setText(text)
                    if data is not None and item.data(CONSENT_ROLE) != data:
                        item.setData(CONSENT_ROLE, data)
        finally:
            self._filling = False

    def _empty_row(self) -> list[tuple[str, object]]:
        return [("", None)] * self.table.columnCount()

    def add_row(self) -> None:
        """Add an empty row and start editing its first cell."""
        self._filling = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (text, data) in enumerate(self._empty_row()):
            item = QTableWidgetItem(text)
            if data is not None:
                item.setData(CONSENT_ROLE, data)
            self.table.setItem(row, column, item)
        self._filling = False
        self.table.setFocus()
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

    def current_cell(self) -> tuple[int, int]:
        """Where the cursor is, for coming back to the same place."""
        return self.table.currentRow(), self.table.currentColumn()

    def go_to_cell(self, row: int, column: int) -> None:
        """Put the cursor on a cell (the nearest one there is) and the focus in the table."""
        if self.table.rowCount():
            row = min(max(row, 0), self.table.rowCount() - 1)
            column = min(max(column, 0), self.table.columnCount() - 1)
            self.table.setCurrentCell(row, column)
        self.table.setFocus()


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
            #: Consent of a person named in the draft (a choice in the people table).
            "named": self.tr("Named, with consent"),
            "pseudonym": self.tr("Pseudonym only"),
            "withheld": self.tr("Withheld: not shown"),
        }
        self.consent = ConsentDelegate(self._labels, self.table)
        self.table.setItemDelegateForColumn(1, self.consent)
        # One click on a consent opens its choices: it is a drop-down, not text.
        self.table.clicked.connect(
            lambda index: self.table.edit(index) if index.column() == 1 else None
        )

    def set_people(self, people: tuple[Person, ...]) -> None:
        """Show the people (only what differs is written; a cell being edited is left alone)."""
        self._show([self._cells(person) for person in people])

    def _cells(self, person: Person) -> list[tuple[str, object]]:
        return [
            (person.name, None),
            (self._labels[person.consent], person.consent),
            (person.pseudonym, None),
        ]

    def _empty_row(self) -> list[tuple[str, object]]:
        return self._cells(Person(""))

    def set_consent(self, row: int, consent: str) -> None:
        """Choose a person's consent, as choosing it in the drop-down does."""
        item = self.table.item(row, 1)
        if item is not None:
            self.table.model().setItemData(
                self.table.model().index(row, 1),
                {Qt.ItemDataRole.DisplayRole: self._labels[consent], CONSENT_ROLE: consent},
            )

    def rows(self) -> tuple[Person, ...]:
        """The people as listed (rows without a name are left out)."""
        people = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            code = item.data(CONSENT_ROLE) if item is not None else None
            consent = code if code in CONSENTS else "withheld"
            name, pseudonym = self._text(row, 0), self._text(row, 2)
            if name or pseudonym:  # a half-filled row is kept, not dropped
                people.append(
                    Person(name, consent if consent in CONSENTS else "withheld", pseudonym)
                )
        return tuple(people)


class EventsTable(_Table):
    """The group's own timeline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                #: Column of the timeline: when the event happened, in the group's own words.
                self.tr("When"),
                #: Column of the timeline: the year as a number, used to sort the events.
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
        # "What happened" takes the room that is left: the names beside it are short.
        for column, width in ((0, 130), (1, 60), (3, 140), (4, 160)):
            self.table.setColumnWidth(column, width)
        # What each column wants, said in the header's tip and in the empty cell being typed in.
        tips = [
            self.tr("When it happened, in words: “spring 2005”, “after the first raid”"),
            self.tr("The year as a number, such as 2005: it puts the timeline in order"),
            self.tr("What happened"),
            self.tr("Names from People and consent are suggested: as each may be shown"),
            self.tr("Organisations the library knows are suggested; any other can be typed"),
        ]
        placeholders = [
            self.tr("e.g. spring 2005"),
            self.tr("e.g. 2005"),
            self.tr("What happened?"),
            self.tr("Names, separated by commas"),
            self.tr("Organisations, separated by commas"),
        ]
        for column, tip in enumerate(tips):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)
        for column in range(3):
            delegate = LiveTextDelegate(self.table, placeholder=placeholders[column])
            self.table.setItemDelegateForColumn(column, delegate)
        # People and organisations: typed freely, with the names the draft knows suggested.
        self.people_names = NamesDelegate(self.table, placeholders[3])
        self.organisation_names = NamesDelegate(self.table, placeholders[4])
        self.table.setItemDelegateForColumn(3, self.people_names)
        self.table.setItemDelegateForColumn(4, self.organisation_names)

    def set_suggestions(self, people: list[str], organisations: list[str]) -> None:
        """The names to suggest: people as they may be shown, organisations of the library."""
        self.people_names.set_names(people)
        self.organisation_names.set_names(organisations)

    def set_events(self, events: tuple[Event, ...]) -> None:
        """Show the events (only what differs is written; a cell being edited is left alone)."""
        self._show(
            [
                [
                    (event.when, None),
                    ("" if event.year is None else str(event.year), None),
                    (event.text, None),
                    (", ".join(event.people), None),
                    (", ".join(event.organisations), None),
                ]
                for event in events
            ]
        )

    def rows(self) -> tuple[Event, ...]:
        """The events as listed (empty rows are left out; a year that is not one is left empty)."""
        events = []
        for row in range(self.table.rowCount()):
            when, text = self._text(row, 0), self._text(row, 2)
            year_text = self._text(row, 1)
            # Any script's digits ("۲۰۱۱" is 2011); int() reads every decimal digit Unicode has.
            number = int(year_text) if year_text.isdecimal() else None
            year = number if number is not None and 1900 <= number <= 2200 else None
            if year is None and year_text:
                # "around 1998", or a year of another calendar ("۱۳۹۰"): kept, under When, so
                # that nothing typed is lost; the cell stays marked until it is a year.
                if not when:
                    when = year_text
                elif year_text not in when:
                    when = f"{when} ({year_text})"
            self._mark_year(row, valid=year is not None or not year_text or when == year_text)
            if when or text or year is not None or self._text(row, 3) or self._text(row, 4):
                people, organisations = self._names(row, 3), self._names(row, 4)
                events.append(Event(when, text, year, people, organisations))
        return tuple(events)
