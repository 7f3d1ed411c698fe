"""Save a copy of a photo or file of a group's history, chosen from the reading view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from coact_desktop.core.dto import Passage
from coact_desktop.core.storage.file_names import safe_stem
from coact_desktop.gui.errors import show_error
from coact_desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:  # the library (and SQLAlchemy) is not imported on the way to the first paint
    from coact_desktop.core.library.service import LibraryService

EXTENSIONS = {
    "application/pdf": "pdf",
    "text/plain": "txt",
    "text/markdown": "md",
    "image/jpeg": "jpg",
    "image/png": "png",
}


def suggested_name(passage: Passage) -> str:
    """A file name from the caption (letters, digits, spaces and dashes), with its extension."""
    kind = passage.media.media_type if passage.media is not None else ""
    fallback = QCoreApplication.translate("Reader", "file from a group history")
    return f"{safe_stem(passage.text, safe_stem(fallback, 'file'))}.{EXTENSIONS.get(kind, 'bin')}"


def save_media_copy(
    parent: QWidget,
    runner: TaskRunner,
    library: LibraryService,
    passage: Passage,
    said: Callable[[str], None],
) -> None:
    """Ask where to, then write the copy off the GUI thread; ``said`` gets what to tell."""
    title = QCoreApplication.translate("Reader", "Save a copy")
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested_name(passage))
    )
    if not path:
        return
    runner.submit(
        lambda _ctx: library.save_media(passage.id, Path(path)),
        name="save a copy",
        done=lambda _size: said(
            QCoreApplication.translate("Reader", "A copy is saved in {path}.").format(path=path)
        ),
        failed=lambda error: show_error(parent, title, error),
    )
