"""The wrapping row of buttons: one row when there is room, more when not, mirrored for RTL."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coact_desktop.gui.flow_layout import FlowLayout

Row = tuple[QWidget, FlowLayout, list[QPushButton]]


def _row(qtbot: QtBot, direction: Qt.LayoutDirection) -> Row:
    """Four buttons in a flow; the holder is returned to keep it alive (qtbot only closes it)."""
    holder = QWidget()
    holder.setLayoutDirection(direction)
    qtbot.addWidget(holder)
    layout = FlowLayout(holder)
    buttons = [QPushButton(f"Button number {n}", holder) for n in range(4)]
    for button in buttons:
        layout.addWidget(button)
    return holder, layout, buttons


def test_buttons_wrap_when_the_row_is_too_narrow(qtbot: QtBot) -> None:
    _holder, layout, buttons = _row(qtbot, Qt.LayoutDirection.LeftToRight)
    widest = max(b.sizeHint().width() for b in buttons)
    height = max(b.sizeHint().height() for b in buttons)
    one_row = layout.sizeHint().width()
    assert one_row >= sum(b.sizeHint().width() for b in buttons)
    assert layout.minimumSize().width() <= widest  # never as wide as all of them
    assert layout.heightForWidth(one_row) == height
    assert layout.heightForWidth(widest) >= 4 * height  # one a row
    layout.setGeometry(QRect(0, 0, one_row // 2 + 10, 400))
    tops = sorted({b.geometry().top() for b in buttons})
    assert len(tops) == 2, [b.geometry() for b in buttons]
    # A hidden button takes no room.
    buttons[1].hide()
    assert layout.sizeHint().width() < one_row


def test_right_to_left_the_first_button_is_on_the_right(qtbot: QtBot) -> None:
    _holder, layout, buttons = _row(qtbot, Qt.LayoutDirection.RightToLeft)
    layout.setGeometry(QRect(0, 0, layout.sizeHint().width(), 100))
    assert buttons[0].geometry().left() > buttons[1].geometry().left() > 0
    assert buttons[0].geometry().right() == layout.sizeHint().width() - 1
