"""Attachments: hidden details removed on the way in, the original never copied or changed."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from coact_desktop.core.drafts.attachments import AttachmentError, attach, stored_problem
from coact_desktop.core.drafts.service import new_draft
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.core.storage.housekeeping import collect_attachments
from coact_desktop.core.storage.paths import attachments_dir

GPS = {1: "N", 2: (51.0, 30.0, 0.0), 3: "E", 4: (0.0, 7.0, 0.0)}


def store(data_dir: Path) -> FileStore:
    """A plain profile's attachments folder."""
    return FileStore(attachments_dir(data_dir))


def jpeg_with_gps(path: Path) -> Path:
    """A JPEG that names its camera, its author and where it was taken."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Model X"
    exif[0x013B] = "Artist Name"
    exif[0x0112] = 6  # orientation: turned
    exif[0x8825] = GPS
    Image.new("RGB", (64, 48), "red").save(path, exif=exif, comment=b"secret comment")
    with Image.open(path) as written:
        assert written.getexif().get_ifd(0x8825)
    return path


def test_a_jpeg_loses_exif_gps_and_comment_and_keeps_its_picture(tmp_path: Path) -> None:
    source = jpeg_with_gps(tmp_path / "Sam at the stall, Riverside.jpg")
    original = source.read_bytes()
    cleaned = attach(source, store(tmp_path / "profile"), "Our stall")
    assert set(cleaned.removed) >= {"exif", "gps", "comment"}
    stored = attachments_dir(tmp_path / "profile") / cleaned.attachment.file_name
    data = stored.read_bytes()
    assert hashlib.sha256(data).hexdigest() == cleaned.attachment.sha256
    for secret in (b"PhoneMaker", b"Model X", b"Artist Name", b"secret comment", b"Exif"):
        assert secret not in data
    with Image.open(stored) as image:
        assert not image.getexif()
        assert "comment" not in image.info
        assert image.size == (48, 64)  # turned upright as its EXIF said, before EXIF went
    assert source.read_bytes() == original  # the original is untouched
    names = [p.name for p in attachments_dir(tmp_path / "profile").iterdir()]
    assert names == [cleaned.attachment.file_name]  # never the user's file name
    assert cleaned.attachment.caption == "Our stall"


def test_a_png_loses_its_text_chunks(tmp_path: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Sam Rivers")
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPS 51.5</x:xmpmeta>")
    source = tmp_path / "flyer.png"
    Image.new("RGB", (10, 10), "blue").save(source, pnginfo=info)
    cleaned = attach(source, store(tmp_path / "profile"))
    data = (attachments_dir(tmp_path / "profile") / cleaned.attachment.file_name).read_bytes()
    assert b"Sam Rivers" not in data
    assert b"xmpmeta" not in data
    assert "xmp" in cleaned.removed


def test_the_same_picture_twice_is_stored_once(tmp_path: Path) -> None:
    source = jpeg_with_gps(tmp_path / "a.jpg")
    first = attach(source, store(tmp_path / "profile"))
    second = attach(source, store(tmp_path / "profile"), "again")
    assert first.attachment.sha256 == second.attachment.sha256
    assert len(list(attachments_dir(tmp_path / "profile").iterdir())) == 1


def test_text_files_are_kept_as_they_are(tmp_path: Path) -> None:
    source = tmp_path / "notes.md"
    source.write_text("# Minutes\nWe met.", "utf-8")
    cleaned = attach(source, store(tmp_path / "profile"))
    assert cleaned.attachment.media_type == "text/markdown"
    assert cleaned.removed == ()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"%PDF-1.4 author: Sam", "not a PDF Coact Desktop can read"),
        ("minutes.docx", b"PK\x03\x04 author: Sam", "Save it as PDF first"),
        ("fake.jpg", b"not really a jpeg", "not a photo"),
        ("notes.txt", b"\xff\xfe\x00bad", "not UTF-8"),
    ],
)
def test_files_that_cannot_be_cleaned_are_refused(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(AttachmentError, match=message):
        attach(source, store(tmp_path / "profile"))
    assert not attachments_dir(tmp_path / "profile").exists()


def test_a_gif_is_refused_with_what_to_do(tmp_path: Path) -> None:
    source = tmp_path / "anim.gif"
    Image.new("P", (4, 4)).save(source)
    with pytest.raises(AttachmentError, match="save it as one of those first"):
        attach(source, store(tmp_path / "profile"))


def test_a_decompression_bomb_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "bomb.png"
    Image.new("1", (9_000, 8_000)).save(source)  # a small file of 72 million pixels
    assert source.stat().st_size < 1_000_000
    with pytest.raises(AttachmentError, match="too large a picture"):
        attach(source, store(tmp_path / "profile"))


def test_a_palette_png_keeps_its_colours_and_transparency(tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    image = Image.new("P", (4, 4))
    image.putpalette([255, 0, 0] + [0, 0, 0] * 255)
    image.info["transparency"] = 1
    image.save(source, transparency=1)
    cleaned = attach(source, store(tmp_path / "profile"))
    with Image.open(attachments_dir(tmp_path / "profile") / cleaned.attachment.file_name) as out:
        assert out.convert("RGBA").getpixel((0, 0)) == (255, 0, 0, 255)


def test_png_text_notes_are_reported_as_removed(tmp_path: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Sam Rivers")
    source = tmp_path / "a.png"
    Image.new("RGB", (4, 4)).save(source, pnginfo=info)
    assert "text" in attach(source, store(tmp_path / "profile")).removed


def test_a_stored_png_is_checked_for_metadata_chunks_without_decoding(tmp_path: Path) -> None:
    source = tmp_path / "flyer.png"
    Image.new("RGB", (10, 10), "blue").save(source)
    profile = tmp_path / "profile"
    attachment = attach(source, store(profile)).attachment
    assert stored_problem(store(profile), attachment) is None
    stored = attachments_dir(profile) / attachment.file_name
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Sam Rivers")
    Image.new("RGB", (10, 10), "blue").save(stored, pnginfo=info)  # as if changed on disk
    assert stored_problem(store(profile), attachment) == "changed"
    assert stored_problem(store(profile), attachment, check_hash=False) == "metadata"
    stored.unlink()
    assert stored_problem(store(profile), attachment, check_hash=False) == "missing"


def test_unused_copies_go_after_a_day_and_used_ones_stay(
    own_services: AppServices, tmp_path: Path
) -> None:
    data_dir = own_services.paths.data_dir
    used = attach(jpeg_with_gps(tmp_path / "used.jpg"), own_services.files).attachment
    own_services.drafts.create(replace(new_draft(), attachments=(used,)))
    Image.new("RGB", (8, 8), "green").save(tmp_path / "unused.png")
    unused = attach(tmp_path / "unused.png", own_services.files).attachment
    folder = attachments_dir(data_dir)
    assert collect_attachments(own_services.drafts._sessions, own_services.files) == []  # too new
    old = time.time() - 2 * 24 * 3600
    for path in folder.iterdir():
        os.utime(path, (old, old))
    assert collect_attachments(own_services.drafts._sessions, own_services.files) == [
        unused.file_name
    ]
    assert sorted(p.name for p in folder.iterdir()) == [used.file_name]


def test_leftovers_of_a_killed_export_are_cleared_at_the_next_start(tmp_path: Path) -> None:
    from coact_desktop.core.storage.housekeeping import clear_stale_temp

    private = tmp_path / "tmp"
    (private / "export-old").mkdir(parents=True)
    (private / "export-old" / "bundle.zip").write_bytes(b"PK plain text")
    (private / "verify-new").mkdir()
    old = time.time() - 2 * 3600
    os.utime(private / "export-old", (old, old))
    clear_stale_temp(tmp_path)
    assert sorted(p.name for p in private.iterdir()) == ["verify-new"]  # one in use stays
