"""The ``coact-pack/1`` layout: its file names, limits, the signed statement and the records."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from coact_desktop.core.errors import BundleError, PackError
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical, loads_strict
from coact_desktop.core.exchange.trust_root import LIBRARY_ID

FORMAT = "coact-pack/1"
RECORDS_FORMAT = "coact-pack-records/1"
# The records this program reads; a pack that needs more is refused. 2: histories may have
# photos and files ("media"); a pack without any still says 1, so older programs read it.
RECORDS_SCHEMA = 2
MEDIA_SCHEMA = 2
ROOT = "coact-pack/"
STATEMENT = "pack.json"
SIGNATURE = "pack.json.minisig"
RECORDS = "data/records.json"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
TAGMANIFEST = "tagmanifest-sha256.txt"
BLOB = re.compile(r"data/blobs/[0-9a-f]{64}")
ROOT_FILE = re.compile(r"roots/root-[1-9][0-9]{0,5}\.json(\.[0-9A-F]{16}\.minisig)?")
SHA256 = re.compile(r"[0-9a-f]{64}")
# The edition text's file name: lower case, one dot, ".txt", never a Windows device name.
TEXT_NAME = re.compile(r"(?!(?:con|prn|aux|nul|com[1-9]|lpt[1-9])\.)[a-z0-9][a-z0-9-]{0,80}\.txt")
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
GROUP_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
# Caps, checked before anything is read: the bundled edition is 40 KB; 1,000 histories ~25 MB.
MAX_PACK_BYTES = 512 << 20
MAX_ENTRIES = 20_000
MAX_BLOB_BYTES = 16 << 20
MAX_MEDIA_BYTES = 50 << 20  # a photo or file, as capped in bundles
MAX_MEDIA_PER_HISTORY = 500  # as in bundles
MAX_TOTAL_BYTES = 1 << 30
MAX_STATEMENT_BYTES = 16 << 10
MAX_RECORDS_BYTES = 8 << 20
MAX_TAG_FILE = 4 << 20
MAX_HISTORIES = 5_000
MAX_NOTES = 20_000
MAX_EDITION = 10**6
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def allowed_name(name: str) -> bool:
    """Whether a ZIP entry name may appear in a pack at all."""
    if not name.startswith(ROOT):
        return False
    inner = name[len(ROOT) :]
    return (
        inner in (*TAG_FILES, TAGMANIFEST, STATEMENT, SIGNATURE, RECORDS)
        or bool(BLOB.fullmatch(inner))
        or bool(ROOT_FILE.fullmatch(inner))
    )


def bag_info(bagging_date: str, payload_bytes: int, payload_files: int) -> bytes:
    """bag-info.txt of a pack: the date, the Payload-Oxum and the format (no contact fields)."""
    return (
        f"Bagging-Date: {bagging_date}\n"
        f"Payload-Oxum: {payload_bytes}.{payload_files}\n"
        f"Coact-Pack-Format: {FORMAT}\n"
    ).encode()


@dataclass(frozen=True)
class HistoryRecord:
    """One accepted group history in the edition: the group, its public JSON's blob, and where
    Coact's editors placed it (the slug of a model of organising, or None)."""

    group_id: str
    blob: str
    model: str | None = None
    media: tuple[str, ...] = ()  # the blobs of its photos and files, in the history's order

    def to_json(self) -> dict[str, object]:
        """The record; ``model`` and ``media`` only when there are, so older states keep their
        hash."""
        item: dict[str, object] = {"group": self.group_id, "blob": self.blob}
        if self.model is not None:
            item["model"] = self.model
        if self.media:
            item["media"] = list(self.media)
        return item


@dataclass(frozen=True)
class Records:
    """The whole state of the edition: which blobs are its text, its facts and its histories."""

    edition_meta: str  # blob of edition.json
    edition_text: str  # blob of the text edition.json names
    histories: tuple[HistoryRecord, ...]
    notes: str  # "what's new in this edition", from Coact's editors

    def to_bytes(self) -> bytes:
        """Canonical JSON; its SHA-256 is the edition's state hash."""
        return dumps_canonical(
            {
                "format": RECORDS_FORMAT,
                "edition": {"meta": self.edition_meta, "text": self.edition_text},
                "histories": [h.to_json() for h in self.histories],
                "notes": self.notes,
            }
        )

    def state(self) -> str:
        """The state hash a statement names."""
        return hashlib.sha256(self.to_bytes()).hexdigest()

    def blobs(self) -> set[str]:
        """Every blob the state refers to."""
        return {self.edition_meta, self.edition_text, *(h.blob for h in self.histories)} | (
            self.media()
        )

    def media(self) -> set[str]:
        """The blobs that are photos or files (capped as such, checked as such)."""
        return {m for h in self.histories for m in h.media}

    def needs(self) -> int:
        """The records schema a program must read to import this state."""
        return MEDIA_SCHEMA if self.media() else 1


@dataclass(frozen=True)
class Statement:
    """``pack.json``: what the publisher signs about this pack."""

    library: str
    edition: int
    created: str  # UTC, ISO 8601 with Z
    state: str
    tagmanifest: str
    title: str
    date: str  # the edition's own date, shown to readers
    kind: str = "full"
    base_state: str | None = None
    needs_records: int = RECORDS_SCHEMA

    def to_bytes(self) -> bytes:
        """Canonical JSON: the signed bytes."""
        return dumps_canonical(
            {
                "format": FORMAT,
                "library": self.library,
                "edition": self.edition,
                "kind": self.kind,
                "base_state": self.base_state,
                "state": self.state,
                "created": self.created,
                "tagmanifest": self.tagmanifest,
                "title": self.title,
                "date": self.date,
                "needs": {"records": self.needs_records},
            }
        )

    def trusted_comment(self) -> str:
        """The signature's trusted comment: binds it to this library, edition and statement."""
        digest = hashlib.sha256(self.to_bytes()).hexdigest()
        return f"{FORMAT}\tlibrary:{self.library}\tedition:{self.edition}\tstatement:{digest}"


STATEMENT_FIELDS = {
    "format", "library", "edition", "kind", "base_state", "state", "created", "tagmanifest",
    "title", "date", "needs",
}  # fmt: skip


def parse_statement(data: bytes) -> Statement:
    """Read pack.json strictly (only its canonical form, only known fields)."""
    raw = _json(data, MAX_STATEMENT_BYTES, "pack.json")
    if not isinstance(raw, dict) or set(raw) != STATEMENT_FIELDS:
        raise PackError("bad_statement", "The pack's pack.json does not hold the expected fields.")
    if raw["format"] != FORMAT:
        raise PackError(
            "unknown_format",
            f"This file is in the format {str(raw['format'])[:40]!r}; this version of Coact "
            f"Desktop reads {FORMAT}. A newer Coact Desktop may read it.",
        )
    needs = raw["needs"]
    if not isinstance(needs, dict) or set(needs) != {"records"} or not _int(needs["records"], 99):
        raise PackError(
            "bad_statement", "The pack's pack.json says nothing valid of what it needs."
        )
    if needs["records"] > RECORDS_SCHEMA:
        raise PackError(
            "needs_newer_program",
            "This edition needs a newer Coact Desktop. Install the newer version, then import "
            "the file again.",
        )
    checks = (
        isinstance(raw["library"], str) and bool(LIBRARY_ID.fullmatch(raw["library"])),
        _int(raw["edition"], MAX_EDITION),
        raw["kind"] in ("full", "delta"),
        raw["base_state"] is None or _sha(raw["base_state"]),
        (raw["base_state"] is None) == (raw["kind"] == "full"),
        _sha(raw["state"]),
        _sha(raw["tagmanifest"]),
        _text(raw["title"], 300),
        isinstance(raw["date"], str) and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw["date"])),
        _moment(raw["created"]),
    )
    if not all(checks):
        raise PackError("bad_statement", "The pack's pack.json holds a field that is not valid.")
    statement = Statement(
        library=raw["library"],
        edition=raw["edition"],
        created=raw["created"],
        state=raw["state"],
        tagmanifest=raw["tagmanifest"],
        title=raw["title"],
        date=raw["date"],
        kind=raw["kind"],
        base_state=raw["base_state"],
        needs_records=needs["records"],
    )
    if statement.to_bytes() != data:
        raise PackError("bad_statement", "The pack's pack.json is not in its canonical form.")
    return statement


def parse_records(data: bytes) -> Records:
    """Read records.json strictly."""
    raw = _json(data, MAX_RECORDS_BYTES, "records.json")
    bad = PackError("bad_records", "The pack's records.json is not valid.")
    if not isinstance(raw, dict) or set(raw) != {"format", "edition", "histories", "notes"}:
        raise bad
    edition, histories = raw["edition"], raw["histories"]
    if (
        raw["format"] != RECORDS_FORMAT
        or not isinstance(edition, dict)
        or set(edition) != {"meta", "text"}
        or not (_sha(edition["meta"]) and _sha(edition["text"]))
        or not isinstance(histories, list)
        or len(histories) > MAX_HISTORIES
        or not _text(raw["notes"], MAX_NOTES, empty=True)
    ):
        raise bad
    records = []
    for item in histories:
        if (
            not isinstance(item, dict)
            or set(item) - {"model", "media"} != {"group", "blob"}
            or not isinstance(item["group"], str)
            or not GROUP_ID.fullmatch(item["group"])
            or not _sha(item["blob"])
            or (
                "model" in item
                and not (isinstance(item["model"], str) and SLUG.fullmatch(item["model"]))
            )
        ):
            raise bad
        media = item.get("media", [])
        if (
            not isinstance(media, list)
            or len(media) > MAX_MEDIA_PER_HISTORY
            or not all(_sha(m) for m in media)
            or len(set(media)) != len(media)
            or item["blob"] in media
        ):
            raise PackError(
                "bad_records", "The pack's records list a history's photos or files wrongly."
            )
        records.append(HistoryRecord(item["group"], item["blob"], item.get("model"), tuple(media)))
    groups = [r.group_id for r in records]
    # The list is the reading order Coact's editors chose; each group once.
    if len(groups) != len(set(groups)):
        raise PackError("bad_records", "The pack's records list a group twice.")
    parsed = Records(edition["meta"], edition["text"], tuple(records), raw["notes"])
    if parsed.to_bytes() != data:
        raise PackError("bad_records", "The pack's records.json is not in its canonical form.")
    return parsed


def _json(data: bytes, cap: int, what: str) -> object:
    try:
        return loads_strict(data, max_bytes=cap)
    except BundleError as exc:
        raise PackError("bad_json", f"The pack's {what}: {exc.message}") from exc


def _int(value: object, top: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= top


def _sha(value: object) -> bool:
    return isinstance(value, str) and bool(SHA256.fullmatch(value))


def _text(value: object, cap: int, empty: bool = False) -> bool:
    return isinstance(value, str) and (empty or bool(value.strip())) and len(value) <= cap


def _moment(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
