"""A draft's photos and files: the cleaned copies it carries, as a list with thumbnails."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coact_desktop.core.drafts.attachments import Attachment
from coact_desktop.core.errors import KnownError
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.gui.rendering import plain_tip


class FilesPage(QWidget):
    """The list of attachments, what the last one added had removed, and Attach/Remove."""

    attach_wanted = Signal()
    remove_wanted = Signal(int)  # the row chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: FileStore | None = None  # the profile's clean copies, for thumbnails
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setIconSize(QSize(96, 72))
        note = QLabel(
            self.tr(
                "Photos and PDF documents are copied without their hidden details (place, "
                "camera, author, comments). The original file is never copied into Coact "
                "Desktop."
            ),
            self,
        )
        note.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        attach = QPushButton(self.tr("Attach a photo or document…"), self)
        remove = QPushButton(self.tr("Remove"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.result)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(attach)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        attach.clicked.connect(self.attach_wanted)
        remove.clicked.connect(self._remove)

    def show_attachments(self, attachments: tuple[Attachment, ...]) -> None:
        """List the draft's attachments, pictures with a thumbnail."""
        self.list.clear()
        for attachment in attachments:
            item = QListWidgetItem(attachment.caption or attachment.media_type, self.list)
            item.setToolTip(plain_tip(attachment.file_name))
            if self.store is not None and attachment.media_type.startswith("image/"):
                item.setIcon(thumbnail(self.store, attachment.file_name))

    def _remove(self) -> None:
        if self.list.currentRow() >= 0:
            self.remove_wanted.emit(self.list.currentRow())


def thumbnail(store: FileStore, name: str) -> QIcon:
    """A small icon, decoded at its small size (a full 24-megapixel decode would stall typing)."""
    try:
        data = QByteArray(store.read(name))  # sealed copies open in memory, never on disk
    except (OSError, KnownError):
        return QIcon()  # missing, damaged or locked: the check before sending says which
    buffer = QBuffer(data)
    reader = QImageReader(buffer)
    full = reader.size()
    if full.isValid():
        reader.setScaledSize(full.scaled(QSize(96, 72), Qt.AspectRatioMode.KeepAspectRatio))
    return QIcon(QPixmap.fromImage(reader.read()))
