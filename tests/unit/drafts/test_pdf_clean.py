"""PDF documents: rebuilt without author, XMP, comments or picture EXIF, the pages kept."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Text
from pypdf.generic import DecodedStreamObject, NameObject

from coact_desktop.core.drafts.attachments import AttachmentError, attach, stored_problem
from coact_desktop.core.drafts.pdf_clean import strip_jpeg_segments
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.core.storage.paths import attachments_dir

SECRETS = (b"Sam Rivers", b"PhoneMaker", b"Exif", b"xmpmeta", b"secret note")


def store(data_dir: Path) -> FileStore:
    """A plain profile's attachments folder."""
    return FileStore(attachments_dir(data_dir))


def jpeg_with_exif(size: tuple[int, int]) -> bytes:
    """A JPEG that names its camera and where it was taken."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}
    out = io.BytesIO()
    Image.new("RGB", size, "red").save(out, "JPEG", exif=exif, comment=b"secret note")
    return out.getvalue()


def identifying_pdf(path: Path) -> Path:
    """A one-page PDF with an author, XMP, a signed comment and a photo carrying EXIF."""
    plain = io.BytesIO()
    Image.new("RGB", (60, 40), "red").save(plain, "PDF")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain.getvalue())))
    writer.add_metadata({"/Author": "Sam Rivers", "/Creator": "PhoneMaker"})
    xmp = DecodedStreamObject()
    xmp.set_data(b"<x:xmpmeta>Sam Rivers</x:xmpmeta>")
    writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    note = Text(rect=(10, 10, 30, 30), text="a note")
    note[NameObject("/T")] = NameObject("/SamRivers")
    writer.add_annotation(page_number=0, annotation=note)
    image = next(iter(writer.pages[0]["/Resources"]["/XObject"].values())).get_object()
    image._data = jpeg_with_exif((60, 40))  # raw DCTDecode bytes (set_data is Flate-only)
    with path.open("wb") as out:
        writer.write(out)
    data = path.read_bytes()
    assert b"Sam Rivers" in data
    assert b"Exif" in data
    return path


def test_a_pdf_loses_author_xmp_comments_and_picture_exif(tmp_path: Path) -> None:
    source = identifying_pdf(tmp_path / "Minutes of the meeting at Sam's.pdf")
    original = source.read_bytes()
    cleaned = attach(source, store(tmp_path / "profile"), "Minutes")
    assert set(cleaned.removed) >= {"author", "xmp", "comments", "exif", "comment"}
    assert cleaned.attachment.media_type == "application/pdf"
    stored = attachments_dir(tmp_path / "profile") / cleaned.attachment.file_name
    data = stored.read_bytes()
    for secret in (*SECRETS, b"SamRivers", b"/Producer"):
        assert secret not in data
    reader = PdfReader(stored)
    assert len(reader.pages) == 1
    assert reader.metadata is None
    picture = next(iter(reader.pages[0].images))
    assert picture.image is not None
    assert picture.image.size == (60, 40)
    assert source.read_bytes() == original
    assert stored_problem(store(tmp_path / "profile"), cleaned.attachment) is None


def test_jpeg_segments_go_and_the_pixels_stay() -> None:
    original = jpeg_with_exif((32, 24))
    cleaned, found = strip_jpeg_segments(original)
    assert found == {"exif", "comment"}
    assert b"PhoneMaker" not in cleaned
    with Image.open(io.BytesIO(original)) as a, Image.open(io.BytesIO(cleaned)) as b:
        assert a.tobytes() == b.tobytes()


def test_a_password_protected_pdf_and_office_files_are_refused_with_advice(
    tmp_path: Path,
) -> None:
    plain = io.BytesIO()
    Image.new("RGB", (10, 10)).save(plain, "PDF")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain.getvalue())))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    with pytest.raises(AttachmentError, match="password"):
        attach(locked, store(tmp_path / "profile"))
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK\x03\x04 not really a document")
    with pytest.raises(AttachmentError, match="Save it as PDF first"):
        attach(letter, store(tmp_path / "profile"))
    assert not attachments_dir(tmp_path / "profile").exists()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_a_damaged_pdf_is_refused_or_cleaned_never_a_crash(
    tmp_path: Path, position: int, value: int
) -> None:
    source = tmp_path / "sample.pdf"
    if not source.exists():
        identifying_pdf(source)
    data = bytearray(source.read_bytes())
    data[position % len(data)] = value
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    try:
        cleaned = attach(damaged, store(tmp_path / "profile"))
    except AttachmentError:
        return
    stored = attachments_dir(tmp_path / "profile") / cleaned.attachment.file_name
    for secret in SECRETS:
        assert secret not in stored.read_bytes()


@pytest.mark.parametrize(
    ("mode", "options"),
    [
        ("RGB", {}),
        ("RGB", {"progressive": True}),
        ("L", {}),
        ("CMYK", {}),
        ("RGB", {"quality": 100, "subsampling": 0}),
        ("RGB", {"optimize": True, "restart_marker_blocks": 1}),
    ],
)
def test_ordinary_jpeg_pictures_pass_unchanged(mode: str, options: dict[str, object]) -> None:
    out = io.BytesIO()
    Image.new(mode, (64, 48)).save(out, "JPEG", **options)
    assert strip_jpeg_segments(out.getvalue()) == (out.getvalue(), set())


@pytest.mark.parametrize("hidden", [False, True])
def test_a_picture_drawn_inside_a_compressed_page_with_exif_is_refused(
    tmp_path: Path, hidden: bool
) -> None:
    exif = Image.Exif()
    exif[0x013B] = "Sam Rivers"  # the artist
    picture = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(picture, "JPEG", exif=exif.tobytes())
    if hidden:  # behind another filter too, so that no byte of the EXIF shows as it is
        image = b"/F [/AHx /DCT] ID " + picture.getvalue().hex().encode() + b">"
    else:
        image = b"/F /DCT ID " + picture.getvalue()
    content = zlib.compress(
        b"q 100 0 0 100 10 10 cm\nBI /W 8 /H 8 /CS /RGB /BPC 8 " + image + b"\nEI Q\n"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    source = tmp_path / "inline.pdf"
    source.write_bytes(written_pdf(objects))
    with pytest.raises(AttachmentError, match="could not be cleaned completely"):
        attach(source, store(tmp_path / "profile"))


def text_pdf(path: Path, line: bytes) -> Path:
    """A one-page PDF that shows one line of text in Helvetica."""
    content = b"BT /F1 12 Tf 20 100 Td (" + line + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(written_pdf(objects))
    return path


def written_pdf(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalogue), by hand."""
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


@pytest.mark.parametrize("line", [b"Present: Sam Rivers", b"Present: S a m  R i v e r s"])
def test_a_name_in_a_pdf_is_found_before_sending(tmp_path: Path, line: bytes) -> None:
    from coact_desktop.core.drafts.model import Draft, Person, Profile, Section
    from coact_desktop.core.exchange.preflight import preflight

    profile = tmp_path / "profile"
    attached = attach(
        text_pdf(tmp_path / "minutes.pdf", line), store(profile), "Minutes"
    ).attachment
    draft = Draft(
        id="d",
        profile=Profile(name="G"),
        sections=(Section("S", "text"),),
        people=(Person("Sam Rivers", "pseudonym", "S."),),
        attachments=(attached,),
    )
    codes = [p.code for p in preflight(draft, store(profile)) if p.blocking]
    assert codes == ["name_in_attachment"]
