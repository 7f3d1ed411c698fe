"""Table columns that share the width fairly, so the main column stays readable at any text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

MAIN_SHARE = 0.35  # the main column (a name, a text) keeps at least this part of the width
SIDE_CAP = 0.22  # no other column takes more than this part; its text wraps instead
MARGIN = 12  # a cell's padding and grid line, in pixels


def _longest_word(table: QTableView, column: int) -> int:
    """The width of the longest word in a column and its heading: less would cut a word."""
    model = table.model()
    metrics = table.fontMetrics()
    texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
    texts += [str(model.index(row, column).data() or "") for row in range(model.rowCount())]
    words = {word for text in texts for word in text.split()}
    return max((metrics.horizontalAdvance(w) for w in words), default=0) + MARGIN


def longest_words(table: QTableView) -> dict[int, int]:
    """Each column's longest word (heading included), in pixels: what no column may go below."""
    model = table.model()
    return {c: _longest_word(table, c) for c in range(model.columnCount())} if model else {}


def fit_columns(table: QTableView, main: int, floors: dict[int, int] | None = None) -> None:
    """Side columns get their contents' width, capped, never cutting a word; the main the rest."""
    model = table.model()
    width = table.viewport().width()
    if model is None or width <= 0:
        return
    header = table.horizontalHeader()
    sides = [c for c in range(model.columnCount()) if c != main and not table.isColumnHidden(c)]
    if floors is None or any(c not in floors for c in [*sides, main]):
        floors = longest_words(table)
    cap = int(width * SIDE_CAP)
    # The cells' width on one line, capped (they wrap); a heading wraps, so only its words count.
    wanted = {c: max(floors[c], min(cap, table.sizeHintForColumn(c))) for c in sides}
    room = int(width * (1 - MAIN_SHARE))
    total = sum(wanted.values())
    if total > room:  # big text on a small screen: each side column gives up part, to its floor
        spare = sum(wanted[c] - floors[c] for c in sides)
        over = total - room
        if spare > 0:
            cut = min(over, spare)
            wanted = {c: wanted[c] - (wanted[c] - floors[c]) * cut // spare for c in sides}
    header.setMinimumSectionSize(min([header.minimumSectionSize(), *wanted.values()]))
    for column, size in wanted.items():
        header.resizeSection(column, size)
    # The main column takes the rest, and keeps its share even if the table must then scroll.
    least = max(int(width * MAIN_SHARE), floors[main])
    header.resizeSection(main, max(width - sum(wanted.values()), least))
    _fit_heading_height(table, wanted)


def _fit_heading_height(table: QTableView, widths: dict[int, int]) -> None:
    """Tall enough for the longest wrapped heading."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    tallest = max(
        (
            metrics.boundingRect(
                QRect(0, 0, max(1, w - MARGIN), 10_000),
                int(Qt.TextFlag.TextWordWrap),
                str(model.headerData(c, Qt.Orientation.Horizontal) or ""),
            ).height()
            for c, w in widths.items()
        ),
        default=0,
    )
    header.setMinimumHeight(tallest + MARGIN)


class ColumnFitter(QObject):
    """Refits a table's columns when it is resized, refilled, or its text size changes."""

    def __init__(self, table: QTableView, main: int) -> None:
        super().__init__(table)
        self._table, self._main = table, main
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # A heading wider than its column wraps, as the cells below it do, instead of being cut.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Once, after the events in hand: a refill sends one signal per row.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        # Every word of every row is measured only when the rows or the font change, not on
        # each step of a window being dragged wider.
        self._floors: dict[int, int] | None = None
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        model = table.model()
        for changed in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
        ):
            changed.connect(self._contents_changed)

    def fit(self) -> None:
        """Fit the columns now."""
        if self._floors is None:
            self._floors = longest_words(self._table)
        fit_columns(self._table, self._main, self._floors)

    def _contents_changed(self, *_args: object) -> None:
        self._floors = None
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit after a resize of the table or a change of its font."""
        if event.type() == QEvent.Type.FontChange:
            self._floors = None
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self._timer.start()
        return False
