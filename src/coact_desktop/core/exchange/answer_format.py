"""The ``coact-answer/1`` layout: Coact's signed answer to one bundle a group sent."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from coact_desktop.core.errors import AnswerError, BundleError
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical, loads_strict
from coact_desktop.core.exchange.trust_root import LIBRARY_ID

FORMAT = "coact-answer/1"
REPLY_FORMAT = "coact-answer-reply/1"
ROOT = "coact-answer/"
STATEMENT = "answer.json"
SIGNATURE = "answer.json.minisig"
REPLY = "data/reply.json"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
TAGMANIFEST = "tagmanifest-sha256.txt"
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
DECISIONS = ("accepted", "accepted_with_changes", "changes_requested")
SUFFIX = ".coactanswer"
# Caps, checked before anything is read: an answer is a few pages of comments and changes.
MAX_FILE_BYTES = 4 << 20
MAX_ENTRIES = 16
MAX_STATEMENT_BYTES = 8 << 10
MAX_REPLY_BYTES = 2 << 20
MAX_TAG_FILE = 64 << 10
MAX_SECTIONS = 200
MAX_COMMENT = 20_000
MAX_TEXT = 200_000
MAX_TITLE = 300
MAX_SEQUENCE = 10**9
SHA256 = re.compile(r"[0-9a-f]{64}")
GROUP_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def allowed_name(name: str) -> bool:
    """Whether a ZIP entry name may appear in an answer at all."""
    inner = name[len(ROOT) :] if name.startswith(ROOT) else None
    return inner in (*TAG_FILES, TAGMANIFEST, STATEMENT, SIGNATURE, REPLY)


@dataclass(frozen=True)
class SectionNote:
    """What Coact says of one section of the history, and its own version of it, if changed."""

    title: str  # the section's title as the bundle carried it
    comment: str
    text: str | None = None  # Coact's version of the section (Markdown); None: unchanged


@dataclass(frozen=True)
class Reply:
    """The answer itself: the decision, a word to the group, and notes per section."""

    decision: str
    comment: str
    sections: tuple[SectionNote, ...]
    edition: int | None  # the edition the history went into, if it did

    def to_bytes(self) -> bytes:
        """Canonical JSON: the payload the manifest names."""
        return dumps_canonical(
            {
                "format": REPLY_FORMAT,
                "decision": self.decision,
                "comment": self.comment,
                "edition": self.edition,
                "sections": [
                    {"title": s.title, "comment": s.comment, "text": s.text} for s in self.sections
                ],
            }
        )


@dataclass(frozen=True)
class AnswerStatement:
    """``answer.json``: what Coact signs: whose bundle this answers, and when."""

    library: str
    group_id: str
    bundle_id: str  # the SHA-256 of the bundle's tag manifest: the bundle's own id
    sequence: int
    created: str
    tagmanifest: str

    def to_bytes(self) -> bytes:
        """Canonical JSON: the signed bytes."""
        return dumps_canonical(
            {
                "format": FORMAT,
                "library": self.library,
                "group": self.group_id,
                "bundle": self.bundle_id,
                "sequence": self.sequence,
                "created": self.created,
                "tagmanifest": self.tagmanifest,
            }
        )

    def trusted_comment(self) -> str:
        """The signature's trusted comment: binds it to this group, bundle and statement."""
        digest = hashlib.sha256(self.to_bytes()).hexdigest()
        return f"{FORMAT}\tgroup:{self.group_id}\tsequence:{self.sequence}\tstatement:{digest}"


def parse_statement(data: bytes) -> AnswerStatement:
    """Read answer.json strictly: only its canonical form, only known fields."""
    raw = _json(data, MAX_STATEMENT_BYTES, "answer.json")
    fields = {"format", "library", "group", "bundle", "sequence", "created", "tagmanifest"}
    if not isinstance(raw, dict) or set(raw) != fields:
        raise AnswerError(
            "bad_statement", "The answer's answer.json does not hold the expected fields."
        )
    if raw["format"] != FORMAT:
        raise AnswerError(
            "unknown_format",
            f"This file is in the format {str(raw['format'])[:40]!r}; this version of Coact "
            f"Desktop reads {FORMAT}. A newer Coact Desktop may read it.",
        )
    checks = (
        isinstance(raw["library"], str) and bool(LIBRARY_ID.fullmatch(raw["library"])),
        isinstance(raw["group"], str) and bool(GROUP_ID.fullmatch(raw["group"])),
        _sha(raw["bundle"]),
        _int(raw["sequence"], MAX_SEQUENCE),
        isinstance(raw["created"], str) and bool(MOMENT.fullmatch(raw["created"])),
        _sha(raw["tagmanifest"]),
    )
    if not all(checks):
        raise AnswerError(
            "bad_statement", "The answer's answer.json holds a field that is not valid."
        )
    statement = AnswerStatement(
        raw["library"], raw["group"], raw["bundle"], raw["sequence"], raw["created"],
        raw["tagmanifest"],
    )  # fmt: skip
    if statement.to_bytes() != data:
        raise AnswerError("bad_statement", "The answer's answer.json is not in its canonical form.")
    return statement


def parse_reply(data: bytes) -> Reply:
    """Read data/reply.json strictly."""
    raw = _json(data, MAX_REPLY_BYTES, "reply.json")
    bad = AnswerError("bad_reply", "The answer's reply.json is not valid.")
    if not isinstance(raw, dict) or set(raw) != {
        "format", "decision", "comment", "edition", "sections",
    }:  # fmt: skip
        raise bad
    sections = raw["sections"]
    if (
        raw["format"] != REPLY_FORMAT
        or raw["decision"] not in DECISIONS
        or not _text(raw["comment"], MAX_COMMENT)
        or not (raw["edition"] is None or _int(raw["edition"], 10**6))
        or not isinstance(sections, list)
        or len(sections) > MAX_SECTIONS
    ):
        raise bad
    notes = []
    for item in sections:
        if (
            not isinstance(item, dict)
            or set(item) != {"title", "comment", "text"}
            or not _text(item["title"], MAX_TITLE, empty=False)
            or not _text(item["comment"], MAX_COMMENT)
            or not (item["text"] is None or _text(item["text"], MAX_TEXT))
        ):
            raise bad
        notes.append(SectionNote(item["title"], item["comment"], item["text"]))
    reply = Reply(raw["decision"], raw["comment"], tuple(notes), raw["edition"])
    if reply.to_bytes() != data:
        raise AnswerError("bad_reply", "The answer's reply.json is not in its canonical form.")
    return reply


def bag_info(bagging_date: str, payload_bytes: int) -> bytes:
    """bag-info.txt of an answer: the date, the Payload-Oxum (one file) and the format."""
    return (
        f"Bagging-Date: {bagging_date}\n"
        f"Payload-Oxum: {payload_bytes}.1\n"
        f"Coact-Answer-Format: {FORMAT}\n"
    ).encode()


def _json(data: bytes, cap: int, what: str) -> object:
    try:
        return loads_strict(data, max_bytes=cap)
    except BundleError as exc:
        raise AnswerError("bad_json", f"The answer's {what}: {exc.message}") from exc


def _int(value: object, top: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= top


def _sha(value: object) -> bool:
    return isinstance(value, str) and bool(SHA256.fullmatch(value))


def _text(value: object, cap: int, empty: bool = True) -> bool:
    return isinstance(value, str) and (empty or bool(value.strip())) and len(value) <= cap
