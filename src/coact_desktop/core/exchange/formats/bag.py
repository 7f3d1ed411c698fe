"""BagIt 1.0 tag files of a ``coact-bundle/1`` bag: written exactly, read strictly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pyrage import x25519

from coact_desktop.core.errors import BundleError

FORMAT = "coact-bundle/1"
ROOT = "coact-bundle/"
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
TAGMANIFEST = "tagmanifest-sha256.txt"
SIGNATURE = "tagmanifest-sha256.txt.minisig"
HISTORY = "data/history.json"
MEDIA = re.compile(r"data/media/[0-9a-f]{64}\.(jpg|png|txt|md|pdf)")
# The bag-info fields, in the order they are written; no others are accepted.
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
# One optional field after them: an age public key the group's program holds the identity of,
# so Coact's answer to this bundle can be encrypted to the group (readable by no one else).
ANSWER_RECIPIENT = "Coact-Answer-Recipient"
AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")  # bech32, as age writes it
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
MAX_SEQUENCE = 10**9


def allowed_name(name: str) -> bool:
    """Whether a ZIP entry name may appear in a bundle at all."""
    if not name.startswith(ROOT):
        return False
    inner = name[len(ROOT) :]
    return inner in (*TAG_FILES, TAGMANIFEST, SIGNATURE, HISTORY) or bool(MEDIA.fullmatch(inner))


@dataclass(frozen=True)
class BagInfo:
    """The fields of bag-info.txt."""

    bagging_date: str
    payload_bytes: int
    payload_files: int
    group_id: str
    sequence: int
    previous_bundle: str | None  # the previous bundle's id, or None for the first
    key_id: str
    signing_key: str  # the minisign public key (base64 line)
    answer_recipient: str | None = None  # age key for Coact's answer, if the group gave one

    def to_bytes(self) -> bytes:
        """bag-info.txt, exactly as written (no contact fields: they would name a person)."""
        values = (
            self.bagging_date,
            f"{self.payload_bytes}.{self.payload_files}",
            FORMAT,
            self.group_id,
            str(self.sequence),
            self.previous_bundle or "none",
            self.key_id,
            self.signing_key,
        )
        lines = [f"{k}: {v}\n" for k, v in zip(INFO_FIELDS, values, strict=True)]
        if self.answer_recipient is not None:
            lines.append(f"{ANSWER_RECIPIENT}: {self.answer_recipient}\n")
        return "".join(lines).encode()


def trusted_comment(group_id: str, sequence: int, tagmanifest_sha256: str) -> str:
    """The signature's trusted comment, which ties it to this group, sequence and bag."""
    return f"{FORMAT}\tgroup:{group_id}\tseq:{sequence}\ttagmanifest:{tagmanifest_sha256}"


def manifest(entries: list[tuple[str, str]]) -> bytes:
    """A BagIt manifest: ``<sha256>  <path>`` lines, sorted by path."""
    return "".join(f"{sha}  {path}\n" for path, sha in sorted(entries)).encode()


def parse_manifest(data: bytes, what: str) -> dict[str, str]:
    """Path → SHA-256 from a manifest we wrote; anything else is refused."""
    text = _ascii(data, what)
    found: dict[str, str] = {}
    for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
        match = re.fullmatch(r"([0-9a-f]{64})  (\S+)", line)
        if not match:
            raise BundleError("bad_manifest", f"The file {what} has a malformed line.")
        sha, path = match.groups()
        if path in found:
            raise BundleError("bad_manifest", f"The file {what} lists {path} twice.")
        found[path] = sha
    if list(found) != sorted(found):
        raise BundleError("bad_manifest", f"The file {what} is not in order.")
    return found


def parse_bag_info(data: bytes) -> BagInfo:
    """Read bag-info.txt: exactly our fields, in our order, each in its exact form."""
    text = _ascii(data, "bag-info.txt")
    lines = text.split("\n")
    fields: tuple[str, ...] = INFO_FIELDS
    if len(lines) == len(INFO_FIELDS) + 2:
        fields = (*INFO_FIELDS, ANSWER_RECIPIENT)
    if lines[-1] != "" or len(lines) != len(fields) + 1:
        raise BundleError(
            "bad_bag_info", "The bundle's bag-info.txt does not hold exactly the expected fields."
        )
    values: dict[str, str] = {}
    for field, line in zip(fields, lines, strict=False):
        key, sep, value = line.partition(": ")
        if key != field or not sep or not value or value != value.strip():
            raise BundleError(
                "bad_bag_info",
                f"The bundle's bag-info.txt should have {field} here: {line[:60]!r}.",
            )
        values[field] = value

    def bad(field: str) -> BundleError:
        return BundleError(
            "bad_bag_info", f"The bundle's bag-info.txt has an invalid {field}: {values[field]!r}."
        )

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", values["Bagging-Date"]):
        raise bad("Bagging-Date")
    try:
        date.fromisoformat(values["Bagging-Date"])  # 2024-02-30 has the shape of a date only
    except ValueError:
        raise bad("Bagging-Date") from None
    oxum = re.fullmatch(r"(0|[1-9]\d{0,15})\.(0|[1-9]\d{0,5})", values["Payload-Oxum"])
    if not oxum:
        raise bad("Payload-Oxum")
    if values["Coact-Bundle-Format"] != FORMAT:
        raise BundleError(
            "unknown_format",
            f"This bundle is in the format {values['Coact-Bundle-Format'][:40]!r}, which this "
            f"version of Coact Desktop cannot read (it reads {FORMAT}).",
        )
    if not UUID.fullmatch(values["Coact-Group-Id"]):
        raise bad("Coact-Group-Id")
    sequence = values["Coact-Bundle-Sequence"]
    if not re.fullmatch(r"[1-9]\d{0,9}", sequence) or int(sequence) > MAX_SEQUENCE:
        raise bad("Coact-Bundle-Sequence")
    previous = values["Coact-Previous-Bundle"]
    if previous != "none" and not re.fullmatch(r"[0-9a-f]{64}", previous):
        raise bad("Coact-Previous-Bundle")
    if (previous == "none") != (sequence == "1"):
        raise bad("Coact-Previous-Bundle")
    if not re.fullmatch(r"[0-9A-F]{16}", values["Coact-Signing-Key-Id"]):
        raise bad("Coact-Signing-Key-Id")
    if not re.fullmatch(r"[A-Za-z0-9+/]{56}", values["Coact-Signing-Key"]):
        raise bad("Coact-Signing-Key")
    recipient = values.get(ANSWER_RECIPIENT)
    if recipient is not None and not _is_age_recipient(recipient):
        raise bad(ANSWER_RECIPIENT)
    return BagInfo(
        bagging_date=values["Bagging-Date"],
        payload_bytes=int(oxum.group(1)),
        payload_files=int(oxum.group(2)),
        group_id=values["Coact-Group-Id"],
        sequence=int(sequence),
        previous_bundle=None if previous == "none" else previous,
        key_id=values["Coact-Signing-Key-Id"],
        signing_key=values["Coact-Signing-Key"],
        answer_recipient=recipient,
    )


def _is_age_recipient(text: str) -> bool:
    """An age X25519 public key: its shape, then its checksum and point (pyrage's parser)."""
    if not AGE_RECIPIENT.fullmatch(text):
        return False
    try:
        x25519.Recipient.from_str(text)
    except Exception:  # pyrage's RecipientError, or anything its parser says of a bad key
        return False
    return True


def _ascii(data: bytes, what: str) -> str:
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise BundleError("bad_tag_file", f"The file {what} is not plain ASCII text.") from exc
    if "\r" in text or "\x00" in text:
        raise BundleError("bad_tag_file", f"The file {what} holds control characters.")
    return text
