"""A message a person cannot miss: a bar at the top of a view, with one action and a Close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from coact_desktop.gui.theme import tinted


class NoticeBar(QWidget):
    """Stays until dismissed (a recovered draft, a file that needs checking again)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(
            tinted(
                "#notice { background: #fff4ce; border: 1px solid #c9a400; border-radius: 3px; }"
                " QLabel { color: #3b2e00; }"
            )
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Notice"))
        self.action = QPushButton(self)
        self.action.clicked.connect(self._acted)
        self._then: Callable[[], None] | None = None
        dismiss = QPushButton(self.tr("Close"), self)
        dismiss.setAccessibleName(self.tr("Close the notice"))
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(dismiss)
        self.hide()

    def tell(self, text: str, action: str = "", then: Callable[[], None] | None = None) -> None:
        """Show the message, with a button that does the action if one is given."""
        self.text.setText(text)
        self._then = then
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.show()

    def _acted(self) -> None:
        self.hide()
        if self._then is not None:
            self._then()
