"""Attachments: photos re-encoded without their metadata, stored by the hash of what is kept.

The original file is read, never copied: only the cleaned copy enters the profile, named by its
SHA-256, so a user's file name (which can name a person or a place) never does either.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

# AttachmentError lives in errors so that pdf_clean, which raises it, need not import this
# module, which imports pdf_clean: no cycle. It is still reachable here, where callers look.
from coact_desktop.core.errors import AttachmentError
from coact_desktop.core.storage.file_store import DamagedFile, FileStore

if TYPE_CHECKING:
    from PIL import Image

MAX_BYTES = 50 * 1024 * 1024  # larger files are refused before they are decoded
MAX_PIXELS = 60_000_000  # a decompression bomb is refused, not decoded
# MPO is the multi-picture JPEG many phones write; its first picture is kept.
IMAGE_TYPES = {
    "JPEG": ("jpg", "image/jpeg"),
    "MPO": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
}
TEXT_TYPES = {".txt": ("txt", "text/plain"), ".md": ("md", "text/markdown")}
PDF_TYPE = ("pdf", "application/pdf")
OFFICE_SUFFIXES = {
    ".doc",
    ".docx",
    ".odt",
    ".rtf",
    ".xls",
    ".xlsx",
    ".ods",
    ".ppt",
    ".pptx",
    ".odp",
}
KNOWN_FILES = {*IMAGE_TYPES.values(), *TEXT_TYPES.values(), PDF_TYPE}  # what a draft may record


@dataclass(frozen=True)
class Attachment:
    """A cleaned file in the profile: which one, what kind, what the group says of it."""

    sha256: str
    extension: str
    media_type: str
    caption: str = ""

    @property
    def file_name(self) -> str:
        """Its name in the profile and in bundles: the hash, never the user's file name."""
        return f"{self.sha256}.{self.extension}"


@dataclass(frozen=True)
class Cleaned:
    """The result of attaching: the attachment, and what was removed from the original."""

    attachment: Attachment
    removed: tuple[str, ...]  # codes: exif, gps, xmp, iptc, comment, icc


def attach(source: Path, store: FileStore, caption: str = "") -> Cleaned:
    """Clean a photo or text file and store the clean copy; the source is left as it is."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise AttachmentError(f"Cannot read {source.name}: {exc.strerror}.") from exc
    if size > MAX_BYTES:
        raise AttachmentError(f"{source.name} is larger than 50 MB; attach a smaller copy.")
    data = source.read_bytes()
    text_type = TEXT_TYPES.get(source.suffix.lower())
    removed: tuple[str, ...]
    if text_type is not None:
        cleaned, removed, (extension, media_type) = _clean_text(data, source.name), (), text_type
    elif data.startswith(b"%PDF-"):
        from coact_desktop.core.drafts.pdf_clean import clean_pdf

        cleaned, removed = clean_pdf(data, source.name)
        extension, media_type = PDF_TYPE
    elif source.suffix.lower() in OFFICE_SUFFIXES:
        raise AttachmentError(
            f"{source.name}: office documents keep their authors' names and edit history in "
            "places Coact Desktop cannot clean. Save it as PDF first (File → Export as PDF, or "
            "Save as → PDF) and attach the PDF."
        )
    else:
        cleaned, removed, extension, media_type = _clean_image(data, source.name)
    digest = hashlib.sha256(cleaned).hexdigest()
    attachment = Attachment(digest, extension, media_type, caption)
    store.put(attachment.file_name, cleaned)  # whole or not at all, sealed if protected
    return Cleaned(attachment, removed)


def _clean_text(data: bytes, name: str) -> bytes:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AttachmentError(f"{name} is not UTF-8 text.") from exc
    return data


def _clean_image(data: bytes, name: str) -> tuple[bytes, tuple[str, ...], str, str]:
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            # Pillow only warns of a picture past the limit: make that a refusal, not a decode.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise AttachmentError(f"{name} is too large a picture; attach a smaller copy.") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise AttachmentError(f"{name} is not a photo Coact Desktop can read ({exc}).") from exc
    try:
        with opened as image:
            kind = IMAGE_TYPES.get(image.format or "")
            if kind is None:
                raise AttachmentError(
                    f"{name}: Coact Desktop attaches photos (JPEG, PNG), PDF documents and text "
                    "files. Other files can carry hidden author and device details it cannot "
                    "remove; save it as one of those first."
                )
            removed = _metadata_found(image)
            # Turn the picture the way its EXIF says before that EXIF is dropped; palette and
            # grey-with-alpha pictures become RGBA so that colours and transparency survive.
            upright = ImageOps.exif_transpose(image)
            if upright.mode in ("P", "PA", "LA", "1") or "transparency" in upright.info:
                upright = upright.convert("RGBA")
            # A new image from the pixels alone: nothing of the original's metadata survives.
            pixels = Image.new(upright.mode, upright.size)
            pixels.paste(upright)
            out = io.BytesIO()
            if kind[0] == "jpg":
                pixels.convert("RGB").save(out, "JPEG", quality=90, optimize=True)
            else:
                pixels.save(out, "PNG", optimize=True)
    except AttachmentError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise AttachmentError(f"{name} is not a photo Coact Desktop can read ({exc}).") from exc
    return out.getvalue(), removed, kind[0], kind[1]


def _metadata_found(image: Image.Image) -> tuple[str, ...]:
    """Which kinds of metadata the original carried (so the person can be told)."""
    info = image.info
    found = []
    exif = image.getexif()
    if exif:
        found.append("exif")
        if exif.get_ifd(0x8825):  # the GPS block
            found.append("gps")
    if "xmp" in info or "XML:com.adobe.xmp" in info:
        found.append("xmp")
    applist = getattr(image, "applist", [])  # JPEG segments; APP13 holds IPTC
    if "photoshop" in info or any(segment == "APP13" for segment, _ in applist):
        found.append("iptc")
    if "comment" in info:
        found.append("comment")
    text_chunks = getattr(image, "text", {})  # PNG tEXt/iTXt: author, description, …
    if any(not key.startswith("XML:com.adobe.xmp") for key in text_chunks):
        found.append("text")
    if "icc_profile" in info:
        found.append("icc")
    return tuple(found)


def stored_problem(store: FileStore, attachment: Attachment, check_hash: bool = True) -> str | None:
    """Why a stored copy may not travel (``missing``, ``changed``, ``metadata``), or None."""
    try:
        data = store.read(attachment.file_name)
    except DamagedFile:
        return "changed"
    except OSError:
        return "missing"
    if check_hash and hashlib.sha256(data).hexdigest() != attachment.sha256:
        return "changed"
    try:
        if attachment.extension == "png":
            return "metadata" if _png_chunk_kinds(io.BytesIO(data)) & _PNG_METADATA else None
        if attachment.extension == "pdf":
            from coact_desktop.core.drafts.pdf_clean import pdf_metadata

            return "metadata" if pdf_metadata(data) else None
        if attachment.extension == "jpg":
            from PIL import Image

            # Opening a JPEG reads its header segments only, not the picture.
            with Image.open(io.BytesIO(data)) as image:
                found = [m for m in _metadata_found(image) if m != "icc"]
            return "metadata" if found else None
    except (OSError, ValueError):
        return "changed"
    return None


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_METADATA = {b"eXIf", b"tEXt", b"zTXt", b"iTXt"}


def stored_text(store: FileStore, attachment: Attachment) -> tuple[str, bool]:
    """The text inside a stored text file or PDF, and whether all of it could be read."""
    if attachment.extension not in ("pdf", "txt", "md"):
        return "", True
    try:
        # Named by its hash, a stored copy never changes: read once, however often checked.
        return store.memo(attachment.file_name, _text_of(attachment.extension))
    except OSError:
        return "", True  # a missing or damaged copy is its own problem


def _text_of(extension: str) -> Callable[[bytes], tuple[str, bool]]:
    def text_of(data: bytes) -> tuple[str, bool]:
        if extension == "pdf":
            from coact_desktop.core.drafts.pdf_clean import pdf_text

            text, unreadable = pdf_text(data)
            return text, unreadable == 0
        return data.decode("utf-8", errors="replace"), True

    return text_of


# -- what a bundle brings: checked by content, whatever program wrote it ----------------------

# The PNG chunks a picture needs; anything else (text, EXIF, times, colour profiles with their
# descriptions, private chunks) could carry a name, and a clean copy never has it.
_PNG_PICTURE_CHUNKS = {
    b"IHDR",
    b"PLTE",
    b"IDAT",
    b"IEND",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"pHYs",
    b"bKGD",
    b"sBIT",
}
_JPEG_START = b"\xff\xd8\xff"


def received_problem(source: Path | bytes, media_type: str) -> str | None:
    """Why a file received in a bundle may not be kept: ``not_what_it_says`` (its bytes are
    not the kind its name and media type say), ``metadata`` (it carries details that could name
    someone) or ``unreadable``; None if it is a clean file of its kind.

    ``source`` is the file, or its bytes (a bundle's attachment is never written out plain).
    The sender's program may be old, changed or not ours: nothing it claims is taken on trust.
    """
    if isinstance(source, Path):
        try:
            data = source.read_bytes() if source.stat().st_size <= MAX_BYTES else None
        except OSError:
            return "unreadable"
    else:
        data = source if len(source) <= MAX_BYTES else None
    if data is None:
        return "unreadable"
    head = data[:8]
    if media_type == "image/png":
        if not head.startswith(_PNG_SIGNATURE):
            return "not_what_it_says"
        return _received_picture(data, "PNG")
    if media_type == "image/jpeg":
        if not head.startswith(_JPEG_START):
            return "not_what_it_says"
        return _received_picture(data, "JPEG")
    if media_type == "application/pdf":
        if not head.startswith(b"%PDF-"):
            return "not_what_it_says"
        from coact_desktop.core.drafts.pdf_clean import pdf_metadata

        found = pdf_metadata(data)
        return "unreadable" if found == {"unreadable"} else "metadata" if found else None
    if media_type in {t for _ext, t in TEXT_TYPES.values()}:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return "not_what_it_says"
        return "not_what_it_says" if "\x00" in text else None
    return "not_what_it_says"


def _received_picture(data: bytes, kind: str) -> str | None:
    """Decode a received picture within the pixel cap; refuse any metadata it carries."""
    from PIL import Image, PngImagePlugin, UnidentifiedImageError

    # Set here, not left to Pillow's defaults: a bomb is refused before it is decoded.
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    PngImagePlugin.MAX_TEXT_CHUNK = 64 * 1024
    PngImagePlugin.MAX_TEXT_MEMORY = 256 * 1024
    try:
        if kind == "PNG" and not _png_chunk_kinds(io.BytesIO(data)) <= _PNG_PICTURE_CHUNKS:
            return "metadata"
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in {"PNG", "JPEG", "MPO"} or (image.format == "PNG") != (
                    kind == "PNG"
                ):
                    return "not_what_it_says"
                if _metadata_found(image) or _jpeg_extra_segments(image):
                    return "metadata"
                image.load()  # the whole picture decodes: not a header glued to anything
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        return "unreadable"
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return "unreadable"
    return None


def _png_chunk_kinds(handle: BinaryIO) -> set[bytes]:
    """Every chunk type in a PNG, walking chunk headers only (no pixels decoded)."""
    kinds: set[bytes] = set()
    if handle.read(8) != _PNG_SIGNATURE:
        raise ValueError("not a PNG")
    while header := handle.read(8):
        if len(header) < 8:
            raise ValueError("truncated PNG")
        length, kind = int.from_bytes(header[:4], "big"), header[4:]
        kinds.add(kind)
        if kind == b"IEND":
            break
        handle.seek(length + 4, os.SEEK_CUR)
    return kinds


def _jpeg_extra_segments(image: Image.Image) -> bool:
    """Whether a JPEG has APPn or COM segments beyond the plain JFIF header our copies have."""
    applist = getattr(image, "applist", [])
    return any(
        not (segment == "APP0" and content.startswith(b"JFIF\x00")) for segment, content in applist
    )
