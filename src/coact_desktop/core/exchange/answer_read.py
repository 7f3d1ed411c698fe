"""Check Coact's answer before anything of it is used: signature, bag, then the reply itself.

The order is the pack's: sizes and the ZIP's structure, then the statement's signature by a
publishing key of the newest root of trust, then the tag files and the reply against the
now-trusted hashes, and only then what the reply says.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from coact_desktop.core.errors import AnswerError, BundleError, SignatureError
from coact_desktop.core.exchange import answer_format as af
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.formats import bag, minisign
from coact_desktop.core.exchange.formats.safe_zip import read_zip


@dataclass(frozen=True)
class VerifiedAnswer:
    """An answer that passed every check."""

    statement: af.AnswerStatement
    reply: af.Reply
    key_id: str  # the publishing key that signed it
    file_sha256: str


def verify_answer(source: Path | bytes, trusted: trust_root.Root) -> VerifiedAnswer:
    """Check an answer file (or its bytes, once decrypted); AnswerError says why it was refused.

    The file is read once into memory (it is small) and only those bytes are checked: nothing
    of it is written to disk, where an answer's comments on a draft could be found later.
    """
    path = source if isinstance(source, Path) else Path("answer")
    if isinstance(source, Path):
        try:
            with source.open("rb") as handle:
                data = handle.read(af.MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise AnswerError(
                "unreadable", f"Cannot read {source}: {exc.strerror or exc}."
            ) from exc
    else:
        data = source
    if len(data) > af.MAX_FILE_BYTES:
        raise AnswerError(
            "too_large", f"The file is over {af.MAX_FILE_BYTES:,} bytes, the most an answer is."
        )
    try:
        archive = read_zip(
            io.BytesIO(data), allowed=af.allowed_name, max_file_bytes=af.MAX_FILE_BYTES,
            max_entries=af.MAX_ENTRIES, max_total_bytes=af.MAX_FILE_BYTES * 4,
        )  # fmt: skip
        with archive:
            names = {n[len(af.ROOT) :] for n in archive.names()}
            missing = [
                n for n in (*af.TAG_FILES, af.TAGMANIFEST, af.STATEMENT, af.SIGNATURE, af.REPLY)
                if n not in names
            ]  # fmt: skip
            if missing:
                raise AnswerError(
                    "missing_file", f"The answer has no {missing[0]}; it is incomplete."
                )
            files = {
                n: archive.read(af.ROOT + n, _cap(n))
                for n in (*af.TAG_FILES, af.TAGMANIFEST, af.STATEMENT, af.SIGNATURE, af.REPLY)
            }
    except BundleError as exc:
        raise AnswerError(exc.reason, exc.message) from exc
    except OSError as exc:
        raise AnswerError("unreadable", f"Cannot read {path}: {exc.strerror or exc}.") from exc

    # 1. Signed by a publishing key of Coact's root, for this statement.
    try:
        signature = minisign.parse_signature(files[af.SIGNATURE])
    except SignatureError as exc:
        raise AnswerError("signature_malformed", f"The answer's signature: {exc.message}") from exc
    key = trusted.publishing_key(signature.key_id)
    if key is None:
        raise AnswerError(
            "unknown_key",
            f"The answer is signed by the key {signature.key_id_hex}, which Coact's root of "
            "trust does not list (it may have been revoked). It was not imported.",
        )
    try:
        minisign.verify(key, files[af.STATEMENT], signature)
    except SignatureError as exc:
        reason = str(exc.details.get("reason", "bad_signature"))
        raise AnswerError(f"signature_{reason}", f"The answer's signature: {exc.message}") from exc
    statement = af.parse_statement(files[af.STATEMENT])
    if signature.trusted_comment != statement.trusted_comment():
        raise AnswerError(
            "comment_mismatch", "The answer's signature was made for another statement."
        )
    if statement.library != trusted.library:
        raise AnswerError(
            "foreign_library", f"This answer is from another library ({statement.library})."
        )

    # 2. The bag, vouched for by the signed statement.
    if _sha(files[af.TAGMANIFEST]) != statement.tagmanifest:
        raise AnswerError("tampered", "The answer's tag manifest was changed after signing.")
    tags = _manifest(files[af.TAGMANIFEST], af.TAGMANIFEST)
    if sorted(tags) != sorted(af.TAG_FILES):
        raise AnswerError("bad_manifest", "The answer's tag manifest does not list the tag files.")
    for name in af.TAG_FILES:
        if _sha(files[name]) != tags[name]:
            raise AnswerError("tampered", f"The answer's {name} was changed after signing.")
    payload = _manifest(files["manifest-sha256.txt"], "manifest-sha256.txt")
    if sorted(payload) != [af.REPLY]:
        raise AnswerError(
            "payload_mismatch", "The answer's manifest does not list its reply alone."
        )
    if _sha(files[af.REPLY]) != payload[af.REPLY]:
        raise AnswerError("tampered", "The answer's reply was changed after signing.")
    info = files["bag-info.txt"]
    dated = re.match(rb"Bagging-Date: (\d{4}-\d\d-\d\d)\n", info)
    if dated is None or info != af.bag_info(dated.group(1).decode(), len(files[af.REPLY])):
        raise AnswerError("bad_bag_info", "The answer's bag-info.txt does not match its reply.")

    # 3. Only now, what it says.
    reply = af.parse_reply(files[af.REPLY])
    return VerifiedAnswer(statement, reply, key.key_id_hex, _sha(data))


def _cap(name: str) -> int:
    if name == af.STATEMENT:
        return af.MAX_STATEMENT_BYTES
    if name == af.SIGNATURE:
        return minisign.MAX_SIGNATURE_FILE_BYTES
    if name == af.REPLY:
        return af.MAX_REPLY_BYTES
    return af.MAX_TAG_FILE


def _manifest(data: bytes, what: str) -> dict[str, str]:
    try:
        return bag.parse_manifest(data, what)
    except BundleError as exc:
        raise AnswerError(exc.reason, exc.message) from exc


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
