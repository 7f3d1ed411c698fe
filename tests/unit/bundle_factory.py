"""Build ``coact-bundle/1`` files step by step, with a hook at every step, for hostile-input tests.

This is a second writer of the format in DESIGN.md, independent of ``bundle_write`` (only the
ZIP layer reuses ``safe_zip.write_zip``; ``raw_zip`` writes the ZIPs it would refuse to): a test
checks that, untouched, it writes byte for byte what the exporter writes. Each step makes its
bytes from the step before, and a hook may replace them before the next step uses them, so a
test can make exactly one thing wrong and keep the rest consistent (a hook on the payload keeps
the manifest, Payload-Oxum, tag manifest and signature consistent with the changed payload; a
hook on the signature changes only the signature).

    history -> history_json -> history_bytes -> payload -> manifest -> info (fields) -> bag_info
    -> bagit -> tagmanifest -> comment -> signer -> signature -> files -> zipper -> zipped
    -> (age) -> encrypted

pytest runs with ``--import-mode=importlib``, so tests/unit is not on sys.path: test modules
load this file by its path (see test_bundle_hostile.py). Keys are made when a test asks for them;
nothing secret is stored in the repository. ``snapshot`` records a profile folder so a test can
show that a refused bundle changed nothing in it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import secrets
import sqlite3
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from pyrage import x25519

from coact_desktop.core.exchange.formats import age
from coact_desktop.core.exchange.formats.minisign import PublicKey, SecretKey
from coact_desktop.core.exchange.formats.safe_zip import write_zip
from coact_desktop.core.exchange.history import (
    History,
    PublicAttachment,
    PublicEvent,
    PublicPerson,
    Rotation,
)
from coact_desktop.core.exchange.keys import rotation_statement

ROOT = "coact-bundle/"
FORMAT = "coact-bundle/1"
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
DATE = "2024-05-01"
UNTRUSTED = "signature from a Coact Desktop group key"

Hook = Callable[[Any], Any]
Signer = Callable[[bytes, str], str]  # (tag manifest, trusted comment) -> .minisig text


def sha256(data: bytes) -> str:
    """Lower-case hex SHA-256."""
    return hashlib.sha256(data).hexdigest()


# --- sample content ------------------------------------------------------------------------------


def tiny_jpeg(colour: str = "red") -> bytes:
    """A real 8x8 JPEG, small enough to keep every bundle small."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "JPEG")
    return out.getvalue()


# Pictures and documents as hostile or careless senders make them.


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG")
    return out.getvalue()


def png_with_author() -> bytes:
    """A real PNG with a tEXt "Author: Real Name" chunk, as a hand-made bundle had."""
    from PIL import PngImagePlugin

    notes = PngImagePlugin.PngInfo()
    notes.add_text("Author", "Real Name")
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG", pnginfo=notes)
    return out.getvalue()


def jpeg_with(**extra: Any) -> bytes:
    """A real JPEG carrying the given metadata (exif=…, comment=…, icc_profile=…)."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(out, "JPEG", **extra)
    return out.getvalue()


def exif_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = "Real Name"  # Artist
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS latitude
    return exif.tobytes()


def png_bomb() -> bytes:
    """A PNG header claiming 100,000 x 100,000 pixels, with one tiny IDAT."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            len(data).to_bytes(4, "big") + kind + data
            + zlib.crc32(kind + data).to_bytes(4, "big")
        )  # fmt: skip

    header = (100_000).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )  # fmt: skip


def pdf_with_author() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(72, 72)
    writer.add_metadata({"/Author": "Real Name"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def media_name(content: bytes, extension: str) -> str:
    """The payload path of an attachment: data/media/<sha256>.<ext>."""
    return f"data/media/{sha256(content)}.{extension}"


def sample_history(
    group_id: str,
    *,
    colour: str = "red",
    name: str = "Riverside Users Network",
    note: str = "Outreach on Friday nights.",
    rotations: tuple[Rotation, ...] = (),
) -> tuple[History, dict[str, bytes]]:
    """A small, valid history with a photo and a text note, and the attachments' bytes."""
    photo = tiny_jpeg(colour)
    text = b"Minutes of the first meeting.\n"
    media = {media_name(photo, "jpg"): photo, media_name(text, "txt"): text}
    history = History(
        group_id=group_id,
        name=name,
        country="Exampleland",
        city="Riverside",
        founded=2009,
        active=True,
        languages=("en",),
        models=("grassroots",),
        language="en",
        sections=(("How the group began", "We met in **2009**."), ("What we do", note)),
        events=(PublicEvent("March 2009", 2009, "First meeting.", ("S.",), ()),),
        people=(PublicPerson("S.", "pseudonym"),),
        attachments=(
            PublicAttachment(sha256(photo), "jpg", "image/jpeg", "The first banner"),
            PublicAttachment(sha256(text), "txt", "text/plain", "Minutes"),
        ),
        rotations=rotations,
    )
    return history, media


def canonical_json(value: object) -> bytes:
    """JSON as the bundle writes it: sorted keys, 2-space indent, UTF-8, final newline."""
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


# --- signers -------------------------------------------------------------------------------------


def signer_for(secret: SecretKey, untrusted: str = UNTRUSTED) -> Signer:
    """Sign as Coact Desktop does: a prehashed (ED) minisign signature."""
    return lambda message, comment: secret.sign(message, comment, untrusted)


def legacy_signer(secret: SecretKey) -> Signer:
    """A legacy (``Ed``, ``minisign -l``) signature: Ed25519 over the message itself."""

    def sign(message: bytes, comment: str) -> str:
        private = secret._private  # the test's own throwaway key
        signature = private.sign(message)
        global_signature = private.sign(signature + comment.encode())
        sig_line = base64.b64encode(b"Ed" + secret.key_id + signature).decode()
        return (
            f"untrusted comment: {UNTRUSTED}\n{sig_line}\n"
            f"trusted comment: {comment}\n{base64.b64encode(global_signature).decode()}\n"
        )

    return sign


def key_with_leading_zeros(nibbles: int) -> SecretKey:
    """A throwaway key whose id, as minisign prints it, starts with this many zero digits."""
    # minisign writes the id as a little-endian u64 without leading zeros: one key in 16 hits
    # that by chance, so the keys tests lean on hit it every run.
    number = int.from_bytes(secrets.token_bytes(8), "big") >> (4 * nibbles)
    number |= 1 << (63 - 4 * nibbles)  # the next digit is not zero
    return SecretKey(number.to_bytes(8, "little"), Ed25519PrivateKey.generate())


def rotation(old: SecretKey, new: PublicKey, when: str = "2024-05-01T00:00:00Z") -> Rotation:
    """A genuine rotation record: the old key signs the hand-over to the new one."""
    statement = rotation_statement(old.public_key().key_id_hex, public_line(new), when)
    return Rotation(statement, old.sign(statement.encode(), statement, "coact key rotation"))


def public_line(key: PublicKey) -> str:
    """The base64 line of a public key, as bag-info carries it."""
    return key.to_base64()


# --- ZIP writers ---------------------------------------------------------------------------------


def good_zip(files: dict[str, bytes], *, compress: bool = False) -> bytes:
    """The ZIP our writer makes (stored entries, as bundles are written)."""
    out = io.BytesIO()
    write_zip(out, list(files.items()), compress=compress)
    return out.getvalue()


_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_EOCD = struct.Struct("<4s4H2LH")


@dataclass
class RawEntry:
    """One entry of a hand-made ZIP; every field a hostile archive might lie about is open."""

    name: bytes
    content: bytes
    compress: bool = False
    mode: int = 0o100644  # Unix st_mode in the external attributes
    system: int = 3  # 3 Unix, 0 MS-DOS
    dos_attributes: int = 0
    flags: int = 0
    method: int | None = None  # the method field, if it should differ from what was done
    size: int | None = None  # the declared uncompressed size, if it should lie
    crc: int | None = None
    local_name: bytes | None = None  # the local header's name, if it should differ
    extra: bytes = b""  # in both headers
    offset: int | None = None  # the central record's header offset, if it should point elsewhere
    central_only: bool = False  # a central record with no local header of its own


def raw_zip(
    entries: Iterable[RawEntry], *, prefix: bytes = b"", suffix: bytes = b"", comment: bytes = b""
) -> bytes:
    """A ZIP built byte by byte, laid out as zipfile lays it out, for what write_zip refuses.

    ``prefix`` is data inside the archive before the first entry (offsets count it); ``suffix``
    follows the end record.
    """
    body = bytearray(prefix)
    central = bytearray()
    count = 0
    for entry in entries:
        data = entry.content
        if entry.compress:
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            data = packer.compress(data) + packer.flush()
        method = entry.method if entry.method is not None else (8 if entry.compress else 0)
        crc = entry.crc if entry.crc is not None else zlib.crc32(entry.content)
        size = entry.size if entry.size is not None else len(entry.content)
        offset = len(body) if entry.offset is None else entry.offset
        if not entry.central_only:
            local_name = entry.name if entry.local_name is None else entry.local_name
            body += _LOCAL.pack(
                b"PK\x03\x04", 20, 0, entry.flags, method, 0, 33, crc, len(data), size,
                len(local_name), len(entry.extra),
            )  # fmt: skip
            body += local_name + entry.extra + data
        external = (entry.mode << 16) | entry.dos_attributes
        central += _CENTRAL.pack(
            b"PK\x01\x02", 20, entry.system, 20, 0, entry.flags, method, 0, 33, crc, len(data),
            size, len(entry.name), len(entry.extra), 0, 0, 0, external, offset,
        )  # fmt: skip
        central += entry.name + entry.extra
        count += 1
    start = len(body)
    end = _EOCD.pack(b"PK\x05\x06", 0, 0, count, count, len(central), start, len(comment))
    return bytes(body + central + end + comment + suffix)


def raw_from_files(files: dict[str, bytes]) -> list[RawEntry]:
    """The files of a bag as raw entries, sorted by name, ready to be made hostile."""
    return [RawEntry(name.encode(), content) for name, content in sorted(files.items())]


def entry_data_range(zipped: bytes, name: str) -> tuple[int, int]:
    """Where an entry's (compressed) bytes lie in a ZIP: [start, end)."""
    with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
        info = archive.getinfo(name)
    header = _LOCAL.unpack_from(zipped, info.header_offset)
    start = info.header_offset + _LOCAL.size + header[10] + header[11]
    return start, start + info.compress_size


def flip(data: bytes, position: int, mask: int = 0x01) -> bytes:
    """data with one bit (by default) changed at position (negative counts from the end)."""
    changed = bytearray(data)
    changed[position] ^= mask
    return bytes(changed)


# --- age -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgeKey:
    """A throwaway age X25519 identity and its recipient."""

    identity: Any
    recipient: str

    @classmethod
    def generate(cls) -> AgeKey:
        identity = x25519.Identity.generate()
        return cls(identity, str(identity.to_public()))

    def secret_text(self) -> str:
        """The identity file, as age-keygen writes it."""
        return f"# public key: {self.recipient}\n{self.identity}\n"


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    """data as an age file for recipients."""
    out = io.BytesIO()
    age.encrypt_stream(io.BytesIO(data), out, recipients)
    return out.getvalue()


# --- the bag -------------------------------------------------------------------------------------

INFO_FIELDS = (
    "Bagging-Date",
    "Payload-Oxum",
    "Coact-Bundle-Format",
    "Coact-Group-Id",
    "Coact-Bundle-Sequence",
    "Coact-Previous-Bundle",
    "Coact-Signing-Key-Id",
    "Coact-Signing-Key",
)


@dataclass
class Built:
    """Every intermediate product of one build, and the bundle file's bytes (``data``)."""

    history_bytes: bytes
    payload: dict[str, bytes]  # data/... -> bytes
    info: dict[str, str]
    tagmanifest: bytes
    bundle_id: str  # SHA-256 of the tag manifest as signed
    comment: str
    files: dict[str, bytes]  # coact-bundle/... -> bytes, as zipped
    zipped: bytes
    data: bytes  # the file: the ZIP, or the age file around it


@dataclass
class Recipe:
    """What to build; every hook defaults to "leave it as it is"."""

    secret: SecretKey | None  # None: public_key and signer say who signs (e.g. minisign -S)
    group_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    sequence: int = 1
    previous: str | None = None
    history: History | None = None  # default: sample_history(group_id)
    media: dict[str, bytes] | None = None  # data/media/... -> bytes; default: the sample's if
    # the history is the sample, else none
    public_key: PublicKey | None = None  # the key bag-info names; default: the secret's
    signer: Signer | None = None  # default: signer_for(secret)
    recipients: list[str] | None = None  # age recipients; None: a plain ZIP
    date: str = DATE
    # hooks, in the order they run
    history_json: Hook | None = None  # dict -> object
    history_bytes: Hook | None = None  # bytes -> bytes
    payload: Hook | None = None  # dict[str, bytes] -> dict[str, bytes]
    manifest: Hook | None = None  # bytes -> bytes
    info: Hook | None = None  # dict[str, str] -> dict[str, str] (order kept)
    bag_info: Hook | None = None  # bytes -> bytes
    bagit: Hook | None = None  # bytes -> bytes
    tagmanifest: Hook | None = None  # bytes -> bytes
    comment: Hook | None = None  # str -> str (before signing)
    signature: Hook | None = None  # bytes -> bytes (after signing)
    files: Hook | None = None  # dict[str, bytes] -> dict[str, bytes]
    zipper: Callable[[dict[str, bytes]], bytes] = good_zip
    zipped: Hook | None = None  # bytes -> bytes
    encrypted: Hook | None = None  # bytes -> bytes


def _apply(hook: Hook | None, value: Any) -> Any:
    return value if hook is None else hook(value)


def manifest_bytes(entries: dict[str, str]) -> bytes:
    """A BagIt manifest: ``<sha256>  <path>`` lines sorted by path."""
    return "".join(f"{sha}  {path}\n" for path, sha in sorted(entries.items())).encode()


def info_bytes(fields: dict[str, str]) -> bytes:
    """bag-info.txt from its fields, in the order given."""
    return "".join(f"{k}: {v}\n" for k, v in fields.items()).encode()


def trusted_comment(group_id: str, sequence: int | str, bundle_id: str) -> str:
    """The trusted comment DESIGN.md specifies."""
    return f"{FORMAT}\tgroup:{group_id}\tseq:{sequence}\ttagmanifest:{bundle_id}"


def build(recipe: Recipe) -> Built:
    """Make the bundle the recipe describes."""
    r = recipe
    history, media = sample_history(r.group_id)
    if r.history is not None:
        history, media = r.history, {}
    if r.media is not None:
        media = r.media
    history_bytes = _apply(
        r.history_bytes, canonical_json(_apply(r.history_json, history.to_json()))
    )
    payload = _apply(r.payload, {"data/history.json": history_bytes, **media})
    manifest = _apply(r.manifest, manifest_bytes({n: sha256(b) for n, b in payload.items()}))
    if r.secret is None:
        assert r.public_key is not None, "without a secret key, say which key signs"
        assert r.signer is not None, "without a secret key, give a signer"
    public = r.public_key or r.secret.public_key()
    fields = dict(
        zip(
            INFO_FIELDS,
            (
                r.date,
                f"{sum(len(b) for b in payload.values())}.{len(payload)}",
                FORMAT,
                r.group_id,
                str(r.sequence),
                r.previous or "none",
                public.key_id_hex,
                public_line(public),
            ),
            strict=True,
        )
    )
    fields = _apply(r.info, fields)
    bag_info = _apply(r.bag_info, info_bytes(fields))
    bagit = _apply(r.bagit, BAGIT_TXT)
    tagmanifest = _apply(
        r.tagmanifest,
        manifest_bytes(
            {
                "bagit.txt": sha256(bagit),
                "bag-info.txt": sha256(bag_info),
                "manifest-sha256.txt": sha256(manifest),
            }
        ),
    )
    bundle_id = sha256(tagmanifest)
    comment = _apply(r.comment, trusted_comment(r.group_id, r.sequence, bundle_id))
    signer = r.signer or signer_for(r.secret)  # (secret is set when signer is not)
    signature = _apply(r.signature, signer(tagmanifest, comment).encode())
    files = {
        ROOT + "bagit.txt": bagit,
        ROOT + "bag-info.txt": bag_info,
        ROOT + "manifest-sha256.txt": manifest,
        ROOT + "tagmanifest-sha256.txt": tagmanifest,
        ROOT + "tagmanifest-sha256.txt.minisig": signature,
        **{ROOT + name: content for name, content in payload.items()},
    }
    files = _apply(r.files, files)
    zipped = _apply(r.zipped, r.zipper(files))
    data = zipped
    if r.recipients:
        data = _apply(r.encrypted, encrypt(zipped, r.recipients))
    return Built(
        history_bytes, payload, fields, tagmanifest, bundle_id, comment, files, zipped, data
    )


# --- the receiving profile -----------------------------------------------------------------------

DATABASE = "coact.sqlite3"
# SQLite's write-ahead log and its index are not compared as bytes: merely opening a read
# transaction may touch them. Instead the log is checkpointed (emptied into the database file)
# before each snapshot, so the database file's own bytes hold every committed change; it is
# compared byte for byte, and by its full SQL dump, which says in words what differs.
WAL_FILES = (DATABASE + "-wal", DATABASE + "-shm")


@dataclass(frozen=True)
class Snapshot:
    """Every file and folder of a profile (but the WAL pair) by bytes, and the database dump."""

    files: dict[str, bytes]
    dump: tuple[str, ...]


def checkpoint(data_dir: Path) -> None:
    """Move everything the WAL holds into the database file and empty the log."""
    with closing(sqlite3.connect(data_dir / DATABASE)) as conn:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert not busy, "a reader held the WAL open: the snapshot would miss what it holds"


def snapshot(data_dir: Path) -> Snapshot:
    """Checkpoint, then record every file's bytes and the database's SQL dump."""
    checkpoint(data_dir)
    files: dict[str, bytes] = {}
    for path in sorted(data_dir.rglob("*")):
        name = str(path.relative_to(data_dir))
        if path.is_dir():
            files[name + "/"] = b""  # a folder made and left empty is a change too
        elif path.name not in WAL_FILES:
            files[name] = path.read_bytes()
    return Snapshot(files, dump_database(files[DATABASE]))


def dump_database(database: bytes) -> tuple[str, ...]:
    """The SQL dump of a database file's bytes, read in memory (the profile is not touched)."""
    legacy = bytearray(database)
    legacy[18:20] = b"\x01\x01"  # WAL mode -> rollback journal: memory databases have no WAL
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.deserialize(bytes(legacy))
        return tuple(conn.iterdump())
