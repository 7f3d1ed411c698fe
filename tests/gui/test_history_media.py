"""A group's photos and files in the reading view: shown in Coact's library and in a reader's
after an edition pack, searchable by caption, and saved as a copy.

The pictures are TEST PICTURES drawn by the test; the history and captions are TEST TEXT.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from coact_tests_bundle_factory import exif_with_gps, pdf_with_author
from coact_tests_pack_factory import LIBRARY, B, accept_test_history, make_test_edition
from PIL import Image, ImageDraw
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile
from coact_desktop.gui.main_window import MainWindow
from coact_desktop.gui.reader_view import MAX_PICTURE

TIMEOUT = 20_000
TITLE = "Photos and files"


def _attachments(folder: Path) -> tuple[Path, ...]:
    """A large photo with the place it was taken, a PDF with its author, a text file."""
    folder.mkdir()
    photo = folder / "meeting.jpg"
    picture = Image.new("RGB", (2400, 1600), "teal")
    ImageDraw.Draw(picture).ellipse((700, 300, 1700, 1300), fill="orange")  # a TEST PICTURE
    picture.save(photo, "JPEG", exif=exif_with_gps())
    document = folder / "leaflet.pdf"
    document.write_bytes(pdf_with_author())
    notes = folder / "notes.txt"
    notes.write_text("TEST TEXT: notes of a meeting.\n", "utf-8")
    return photo, document, notes


def _open_media_chapter(qtbot: QtBot, window: MainWindow) -> str:
    assert window.services is not None
    slug = next(c.slug for c in window.services.library.chapters() if c.title == TITLE)
    window.open_chapter(slug)
    qtbot.waitUntil(
        lambda: window.reader.chapter is not None and window.reader.chapter.info.slug == slug,
        timeout=TIMEOUT,
    )
    return slug


def _picture(window: MainWindow, passage_id: str) -> QImage:
    kind = QTextDocument.ResourceType.ImageResource
    resource = window.reader.browser.document().resource(kind, QUrl(f"coact-media:{passage_id}"))
    assert isinstance(resource, QImage)
    return resource


def test_a_groups_photo_and_files_show_in_the_reading_view_and_a_copy_can_be_saved(
    qtbot: QtBot,
    window: MainWindow,
    started: object,
    tmp_path: Path,
    throwaway_keys: dict[str, SecretKey],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coact = window.services
    assert coact is not None
    sender = open_services(resolve_profile(tmp_path / "group"))
    try:
        accept_test_history(sender, coact, tmp_path / "out", attached=_attachments(tmp_path / "c"))
    finally:
        sender.close()
    window.reload_library()
    _open_media_chapter(qtbot, window)
    chapter = window.reader.chapter
    assert chapter is not None
    photo, document, _notes = chapter.passages
    # The photo is drawn in the column, scaled down from the camera's size, its caption below.
    image = _picture(window, photo.id)
    assert not image.isNull()
    assert image.width() == MAX_PICTURE.width() or image.height() == MAX_PICTURE.height()
    assert image.width() * 1600 == pytest.approx(image.height() * 2400, rel=0.01)
    shown = window.reader.visible_text()
    assert "TEST PHOTO of Lanternfolk (test group)" in shown
    assert "TEST FILE of Lanternfolk (test group) Save a copy (PDF document," in shown
    assert "Save a copy (text file, under 1 KB)…" in shown

    # The PDF's link saves the cleaned copy (its author's name was removed on the way in).
    target = tmp_path / "saved" / "leaflet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.reader.browser.anchorClicked.emit(QUrl(f"coact-save:{document.id}"))
    qtbot.waitUntil(lambda: target.is_file(), timeout=TIMEOUT)
    assert target.read_bytes() == coact.library.media(document.id)[1]
    assert b"Real Name" not in target.read_bytes()
    qtbot.waitUntil(lambda: str(target) in window.status_label.text(), timeout=TIMEOUT)

    # Coact publishes; a reader's window imports the pack and shows the same photo.
    pack = tmp_path / "edition.coactpack"
    edition = make_test_edition(tmp_path, B + 1)
    groups = tuple(i.group_id for i in coact.inbox.items() if i.state == "accepted")
    coact.editions.build(edition, groups, "TEST NOTES", throwaway_keys["publishing-1"], pack)
    reader = started(resolve_profile(tmp_path / "reader"))  # type: ignore[operator]
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    importer = reader.edition_import
    reader.import_files([pack])
    qtbot.waitUntil(lambda: importer.question is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(importer.imported, timeout=TIMEOUT):
        importer.import_button.click()
    assert reader.services is not None
    assert reader.services.library.edition_version(LIBRARY) == B + 1
    _open_media_chapter(qtbot, reader)
    assert reader.reader.chapter is not None
    again = _picture(reader, reader.reader.chapter.passages[0].id)
    assert again.size() == image.size()
    shots = Path(os.environ.get("COACT_SHOTS", tmp_path))
    reader.grab().save(str(shots / "history-photos.png"))
    reader.close()


def test_a_picture_that_cannot_be_read_leaves_the_caption(window: MainWindow) -> None:
    # A library whose picture went missing shows the caption and no broken page.
    window.reader.browser.media_source = lambda _pid: ("image/png", b"not a picture")
    kind = QTextDocument.ResourceType.ImageResource
    image = window.reader.browser.loadResource(kind.value, QUrl("coact-media:g-x-1-1"))
    assert isinstance(image, QImage)
    assert image.isNull()
