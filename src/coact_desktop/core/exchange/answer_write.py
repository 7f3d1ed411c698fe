"""Write Coact's answer to a bundle: a signed BagIt bag in a ZIP, for the group to import."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from coact_desktop.core.errors import KeyFileError, KnownError
from coact_desktop.core.exchange import answer_format as af
from coact_desktop.core.exchange.formats import age, bag
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.formats.safe_zip import write_zip
from coact_desktop.core.storage.whole_file import replace_whole


def write_answer(
    library: str,
    group_id: str,
    bundle_id: str,
    sequence: int,
    reply: af.Reply,
    secret: SecretKey,
    target: Path,
    now: datetime | None = None,
    recipient: str | None = None,
) -> af.AnswerStatement:
    """Sign and write the answer; the file appears whole or not at all.

    With ``recipient`` (the age key the group's bundle named) the signed ZIP is encrypted to
    it, so only the group's program can read what Coact said; it is small, so it is made in
    memory and never touches the disk unencrypted.
    """
    reply_bytes = reply.to_bytes()
    af.parse_reply(reply_bytes)  # what we sign, we can read
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    manifest = bag.manifest([(af.REPLY, _sha(reply_bytes))])
    info = af.bag_info(moment.strftime("%Y-%m-%d"), len(reply_bytes))
    tagmanifest = bag.manifest(
        [
            ("bagit.txt", _sha(af.BAGIT_TXT)),
            ("bag-info.txt", _sha(info)),
            ("manifest-sha256.txt", _sha(manifest)),
        ]
    )
    statement = af.AnswerStatement(
        library=library,
        group_id=group_id,
        bundle_id=bundle_id,
        sequence=sequence,
        created=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        tagmanifest=_sha(tagmanifest),
    )
    statement_bytes = statement.to_bytes()
    af.parse_statement(statement_bytes)
    signature = secret.sign(
        statement_bytes, statement.trusted_comment(), "answer from a Coact publishing key"
    )
    files: list[tuple[str, Path | bytes]] = [
        (af.ROOT + "bagit.txt", af.BAGIT_TXT),
        (af.ROOT + "bag-info.txt", info),
        (af.ROOT + "manifest-sha256.txt", manifest),
        (af.ROOT + af.TAGMANIFEST, tagmanifest),
        (af.ROOT + af.STATEMENT, statement_bytes),
        (af.ROOT + af.SIGNATURE, signature.encode()),
        (af.ROOT + af.REPLY, reply_bytes),
    ]

    def fill(out: BinaryIO) -> None:
        if recipient is None:
            write_zip(out, files, compress=True)
            return
        plain = io.BytesIO()
        write_zip(plain, files, compress=True)
        plain.seek(0)
        age.encrypt_stream(plain, out, [recipient])

    try:
        replace_whole(target, fill, 0o600)
    except KeyFileError as exc:  # a key the inbox kept from before its check was strict
        raise KnownError(
            f"The group's file named an answer key that cannot be used ({exc.message}); "
            "the answer was not written."
        ) from exc
    except OSError as exc:
        raise KnownError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    return statement


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
