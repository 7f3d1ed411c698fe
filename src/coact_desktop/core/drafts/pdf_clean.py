"""PDF documents rebuilt from their pages alone, without the details that can identify people.

What goes: the document information (author, creator program, dates), XMP metadata anywhere,
annotations (comments carry their author's name; links and form fields go with them), actions and
scripts, embedded files, page thumbnails and application data, earlier saved versions of the file
(only what the pages show now is copied), and the EXIF, XMP, IPTC and comment segments inside
JPEG pictures. The pages themselves (text, drawings, pictures) are kept exactly.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from typing import Any

from coact_desktop.core.errors import AttachmentError

MAX_PAGES = 2_000
# Page keys that hold no page content: annotations, actions, thumbnails, private data, XMP.
_PAGE_DROPS = ("/Annots", "/AA", "/Thumb", "/PieceInfo", "/LastModified", "/Metadata", "/B")
# JPEG segments kept: APP0 (JFIF), APP2 (the ICC colour profile), APP14 (Adobe colour transform).
_KEEP_APP = {0xE0, 0xE2, 0xEE}
# JPEG segments that describe the picture itself: frame headers, Huffman, arithmetic coding and
# quantisation tables, restart interval. Any other marker before the picture data is refused.
_PICTURE_MARKERS = {*range(0xC0, 0xC8), *range(0xC9, 0xD0), 0xDB, 0xDD}
_DROP_CODES = {"/Annots": "comments", "/Metadata": "xmp"}


class PdfError(AttachmentError):
    """A PDF that cannot be cleaned safely."""


def clean_pdf(data: bytes, name: str) -> tuple[bytes, tuple[str, ...]]:
    """The PDF rebuilt without identifying details, and which kinds of them were found."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError
    from pypdf.generic import NameObject

    # pypdf reports recoverable damage through logging; such a file is still cleaned or refused.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise PdfError(
                f"{name} is protected with a password. Save a copy without the password first."
            )
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise PdfError(f"{name} has more than {MAX_PAGES} pages; attach a shorter document.")
        removed: set[str] = set()
        if reader.metadata:
            removed.add("author")
        root = reader.root_object
        if "/Metadata" in root:
            removed.add("xmp")
        if "/Names" in root or "/OpenAction" in root or "/AcroForm" in root:
            removed.add("extras")
        seen: set[int] = set()
        for page in pages:
            # Cleaned before copying: what the writer copies is only what the page still holds.
            for key in _PAGE_DROPS:
                if key in page:
                    removed.add(_DROP_CODES.get(key, "extras"))
                    del page[NameObject(key)]
            _clean_graph(page, removed, seen)
        writer = PdfWriter()
        for page in pages:
            writer.add_page(page)
        # Only objects the pages reach are written: nothing of earlier versions or of the rest.
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        writer.metadata = None  # no /Info at all, not even pypdf's own /Producer
        out = io.BytesIO()
        writer.write(out)
        left = pdf_metadata(out.getvalue())
        if left:
            raise PdfError(
                f"{name} could not be cleaned completely ({', '.join(sorted(left))} remained); "
                "it was not attached. Print it to a new PDF and attach that."
            )
    except PdfError:
        raise
    except PdfReadError as exc:
        raise PdfError(f"{name} is not a PDF Coact Desktop can read ({exc}).") from exc
    except Exception as exc:
        # A damaged PDF can fail anywhere inside pypdf; whatever the failure, the file is
        # refused rather than attached half-cleaned.
        logging.getLogger(__name__).debug("Cannot clean %s", name, exc_info=True)
        raise PdfError(
            f"{name} is damaged or too unusual a PDF to clean; it was not attached."
        ) from exc
    return out.getvalue(), tuple(sorted(removed))


def _dictionaries(start: Any, seen: set[int], up: bool = True) -> Iterator[Any]:
    """Every dictionary and stream reachable from ``start``, each once.

    Each is yielded before its children are read, so the caller may drop keys first. With
    ``up=False`` the walk never climbs to a page's /Parent (each page is walked on its own).
    """
    from pypdf.generic import ArrayObject, DictionaryObject

    stack = [start]
    while stack:
        item = stack.pop()
        obj = item.get_object() if hasattr(item, "get_object") else item
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, DictionaryObject):
            yield obj
            stack.extend(v for k, v in obj.items() if up or k != "/Parent")
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)


def _clean_graph(start: Any, removed: set[str], seen: set[int]) -> None:
    """Clean everything a page reaches, by walking its whole object graph.

    Following only /Resources would miss a picture behind a damaged or unusual key; walking
    every dictionary, array and stream the page refers to misses nothing it will carry.
    """
    from pypdf.generic import NameObject, StreamObject

    for obj in _dictionaries(start, seen, up=False):
        for key in ("/Metadata", "/PieceInfo"):
            if key in obj:
                removed.add("xmp" if key == "/Metadata" else "extras")
                del obj[NameObject(key)]
        if isinstance(obj, StreamObject) and (
            obj.get("/Subtype") == "/Image" or bytes(obj._data[:2]) == b"\xff\xd8"
        ):
            _clean_picture(obj, removed)


def _clean_picture(xobject: Any, removed: set[str]) -> None:
    """Strip a JPEG picture's segments, whatever filters wrap it; refuse what cannot be read."""
    from pypdf.generic import NameObject

    filters = _filters(xobject)
    raw = bytes(xobject._data)
    if filters and filters[-1] == "/DCTDecode":
        # Other filters before DCT (e.g. Flate) are undone; the JPEG is stored plainly.
        jpeg = xobject.get_data() if len(filters) > 1 else raw
    elif raw.startswith(b"\xff\xd8"):
        jpeg = raw  # a JPEG whatever its dictionary says: cleaned all the same
    else:
        return
    if not jpeg.startswith(b"\xff\xd8"):
        raise ValueError("a JPEG picture that does not start like one")
    cleaned, found = strip_jpeg_segments(jpeg)
    if found or len(filters) > 1:
        removed.update(found)
        xobject._data = cleaned  # set_data() only re-encodes Flate streams: set the raw bytes
        xobject[NameObject("/Filter")] = NameObject("/DCTDecode")
        if "/DecodeParms" in xobject:
            del xobject[NameObject("/DecodeParms")]


def _filters(xobject: Any) -> list[str]:
    value = xobject.get("/Filter")
    if value is None:
        return []
    value = value.get_object()
    return [str(f) for f in value] if isinstance(value, list) else [str(value)]


def _well_formed(marker: int, segment: bytes) -> bool:
    """Whether a picture segment holds exactly what its kind holds (so nothing else hides)."""
    body = segment[4:]
    if len(body) != int.from_bytes(segment[2:4], "big") - 2:
        raise ValueError("a JPEG picture cut short")
    if marker == 0xDD:  # restart interval
        return len(body) == 2
    if marker == 0xDB:  # quantisation tables: a precision/id byte, then 64 or 128 bytes each
        at = 0
        while at < len(body):
            if body[at] >> 4 > 1 or body[at] & 0x0F > 3:
                return False
            at += 1 + (128 if body[at] >> 4 else 64)
        return at == len(body)
    if marker == 0xC4:  # Huffman tables: a class/id byte, 16 counts, then that many values
        at = 0
        while at + 17 <= len(body):
            if body[at] >> 4 > 1 or body[at] & 0x0F > 3:
                return False
            at += 17 + sum(body[at + 1 : at + 17])
        return at == len(body)
    if marker == 0xCC:  # arithmetic conditioning: two bytes a table
        return len(body) % 2 == 0
    # A frame header: precision, height, width, component count, three bytes a component.
    count = body[5] if len(body) > 5 else 0
    return (
        body[:1] in (b"\x08", b"\x0c", b"\x10") and 1 <= count <= 4 and len(body) == 6 + 3 * count
    )


def strip_jpeg_segments(data: bytes) -> tuple[bytes, set[str]]:
    """A JPEG without its EXIF, XMP, IPTC and comment segments; the picture data is untouched."""
    if not data.startswith(b"\xff\xd8"):
        return data, set()
    out = bytearray(b"\xff\xd8")
    found: set[str] = set()
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise ValueError("a JPEG picture with a layout that cannot be checked")
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1  # fill byte
            continue
        if marker == 0xDA:  # start of scan: everything after is picture data
            out += data[position:]
            return bytes(out), found
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        segment = data[position : position + 2 + length]
        if 0xE0 <= marker <= 0xEF and marker not in _KEEP_APP:
            body = segment[4:]
            if body.startswith(b"Exif"):
                found.add("exif")
            elif b"adobe:ns:meta" in body[:80] or body.startswith(b"http://ns.adobe.com/xap"):
                found.add("xmp")
            elif marker == 0xED:
                found.add("iptc")
            else:
                found.add("extras")
        elif marker == 0xFE:
            found.add("comment")
        elif marker in _KEEP_APP or (marker in _PICTURE_MARKERS and _well_formed(marker, segment)):
            out += segment
        elif marker in _PICTURE_MARKERS:
            raise ValueError(f"a JPEG picture with a malformed part (marker {marker:#x})")
        else:
            raise ValueError(f"a JPEG picture with an unknown part (marker {marker:#x})")
        position += 2 + length
    raise ValueError("a JPEG picture that ends before its picture data")


def _decoded(stream: Any, filters: list[str]) -> bytes:
    """A stream's bytes with Flate and the like undone (pictures in DCT are left as they are)."""
    if not filters or filters == ["/DCTDecode"] or any(f in _IMAGE_CODECS for f in filters):
        return b""
    try:
        return bytes(stream.get_data())
    except Exception as exc:
        raise ValueError("a stream that cannot be decoded") from exc


_IMAGE_CODECS = {"/DCTDecode", "/JPXDecode", "/CCITTFaxDecode", "/JBIG2Decode"}


def pdf_metadata(data: bytes) -> set[str]:
    """Which identifying details a PDF still carries (a cleaned copy carries none)."""
    from pypdf import PdfReader
    from pypdf.generic import StreamObject

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    found: set[str] = set()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.metadata:
            found.add("author")
        for obj in _dictionaries(reader.root_object, set()):
            if "/Metadata" in obj:
                found.add("xmp")
            if any(key in obj for key in ("/Annots", "/PieceInfo", "/AA", "/JavaScript")):
                found.add("extras")
            if isinstance(obj, StreamObject):
                filters = _filters(obj)
                wrapped = len(filters) > 1 and filters[-1] == "/DCTDecode"
                raw = bytes(obj.get_data() if wrapped else obj._data)
                if raw.startswith(b"\xff\xd8"):
                    found.update(strip_jpeg_segments(raw)[1])
                elif filters and filters[-1] == "/DCTDecode":
                    found.add("unreadable")
                # Decoded as well: a picture drawn inside a compressed page (an inline image)
                # carries its EXIF there. Wherever they hide, these never belong in a copy.
                for data in (raw, _decoded(obj, filters)):
                    if b"Exif\x00\x00" in data:
                        found.add("exif")
                    if b"xmpmeta" in data or b"Photoshop 3.0" in data:
                        found.add("xmp")
        found.update(_inline_pictures(reader))
    except Exception:  # any failure means the copy cannot be vouched for
        found.add("unreadable")
    return found


def _inline_pictures(reader: Any) -> set[str]:
    """ "inline" if a page or drawing holds a JPEG picture written inside its own content.

    Such a picture's EXIF sits behind the content's filters, out of reach of the cleaning; it
    is refused rather than passed (they are rare: pictures are normally separate objects).
    """
    from pypdf.generic import ContentStream, StreamObject

    contents: list[Any] = [page.get_contents() for page in reader.pages]
    contents += [
        obj
        for obj in _dictionaries(reader.root_object, set())
        if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Form"
    ]
    for content in contents:
        if content is None:
            continue
        for operands, operator in ContentStream(content, reader).operations:
            if operator != b"INLINE IMAGE":
                continue
            settings = operands.get("settings", {})
            filters = settings.get("/F", settings.get("/Filter", []))
            names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
            if any(name in ("/DCT", "/DCTDecode") for name in names):
                return {"inline"}
    return set()


def pdf_text(data: bytes) -> tuple[str, int]:
    """The text a PDF's pages show, and how many pages could not be read (for the consent check).

    Ligatures are folded by the check itself (NFKC); text set with letter spacing ("A n a") is
    closed up here, so that a name set that way is found too.
    """
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = list(reader.pages)
    except Exception:  # the whole file unreadable: every page counts as not checked
        return "", 1
    texts, unreadable = [], 0
    for page in pages:
        try:
            texts.append(page.extract_text() or "")
        except Exception:  # one page unreadable: the others are still checked
            unreadable += 1
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), "\n".join(texts)), unreadable


_LETTER_SPACED = re.compile(r"\b\w(?: \w\b){2,}")
