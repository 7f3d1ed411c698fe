"""A row of buttons that wraps onto the next line when the window is too narrow for it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget

MIN_WIDTH = 240  # the narrowest it asks for, in pixels, whatever it holds


class FlowLayout(QLayout):
    """Items left to right, wrapping like words; never wider than its widest item must be.

    A row of buttons in a plain box layout makes the window at least as wide as all of them
    side by side: at a large text size that is wider than an old laptop's screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Qt adds each widget through this."""
        self._items.append(item)

    def count(self) -> int:
        """How many items it holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The index-th item, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the index-th item."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """It grows in neither direction by itself."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on its width: fewer rows when wider."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height all items need in this width."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in rect."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All items on one row."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        size.setWidth(min(size.width(), MIN_WIDTH))  # a long name is cut, not the screen widened
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        # A hidden button takes no room, as in Qt's own layouts.
        return [i for i in self._items if not ((w := i.widget()) and w.isHidden())]

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent else None
        if style is None:
            return 6
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent else Qt.LayoutDirection.LeftToRight

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in rows within rect; the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = max(0, self._spacing())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            hint.setWidth(min(hint.width(), area.width()))  # one item wider than all: cut
            if x > area.x() and x + hint.width() > area.right() + 1:  # full: the next row
                x, y = area.x(), y + row_height + gap
                row_height = 0
            if move:  # mirrored for a right-to-left language
                place = QRect(QPoint(x, y), hint)
                item.setGeometry(QStyle.visualRect(self._direction(), area, place))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()
