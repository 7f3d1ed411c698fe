"""Write a ``coact-pack/1`` edition, full or delta: a signed BagIt bag in a ZIP, public."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coact_desktop.core.errors import KnownError, PackError
from coact_desktop.core.exchange import pack_format as pf
from coact_desktop.core.exchange.formats import bag
from coact_desktop.core.exchange.formats.minisign import SecretKey, parse_signature
from coact_desktop.core.exchange.formats.safe_zip import Content, write_zip
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical
from coact_desktop.core.exchange.history import History, PublicAttachment
from coact_desktop.core.exchange.trust_root import SignedRoot, parse_root
from coact_desktop.core.library.edition import Edition
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.core.storage.whole_file import replace_whole


@dataclass(frozen=True)
class WrittenPack:
    """What was written, and what it says."""

    path: Path
    size: int
    statement: pf.Statement


def write_pack(
    edition: Edition,
    edition_dir: Path,
    histories: Sequence[History],
    notes: str,
    secret: SecretKey,
    target: Path,
    roots: Sequence[SignedRoot] = (),
    now: datetime | None = None,
    base: pf.Records | None = None,
    models: Mapping[str, str] | None = None,
    media: FileStore | None = None,
) -> WrittenPack:
    """Write the edition (its folder's two files) and the histories; the file appears whole.

    With ``base`` (the state of an edition readers hold), a delta: the same records, but only
    the blobs that state lacks, so unchanged text or pictures are never sent again. ``models``:
    group id → the model of organising (a chapter slug) its history is placed under.
    ``media``: where the histories' cleaned photos and files are kept.
    """
    meta = (edition_dir / "edition.json").read_bytes()
    text = edition.source_sha256
    text_bytes = (edition_dir / json.loads(meta)["source"]["file"]).read_bytes()
    if _sha(text_bytes) != text:
        raise PackError("edition_changed", "The edition's text changed since it was loaded.")
    blobs: dict[str, bytes | _StoredMedia] = {_sha(meta): meta, text: text_bytes}
    records = []
    placed = dict(models or {})
    for history in histories:  # in the reading order Coact's editors chose
        data = dumps_canonical(history.to_json())
        blobs[_sha(data)] = data
        hashes = tuple(a.sha256 for a in history.attachments)
        for attachment in history.attachments:
            blobs[attachment.sha256] = _StoredMedia(media, attachment, history.name)
        records.append(
            pf.HistoryRecord(history.group_id, _sha(data), placed.get(history.group_id), hashes)
        )
    state = pf.Records(_sha(meta), text, tuple(records), notes)
    if base is not None and base.state() == state.state():
        raise PackError("nothing_changed", "This edition is the same as the one it would update.")
    records_bytes = state.to_bytes()
    sent = {k: v for k, v in blobs.items() if base is None or k not in base.blobs()}
    payload = {pf.RECORDS: records_bytes} | {f"data/blobs/{k}": v for k, v in sent.items()}
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    # A blob's name is its hash, checked as the file was found (a picture's, just above).
    manifest = bag.manifest(
        [(pf.RECORDS, _sha(records_bytes))] + [(f"data/blobs/{k}", k) for k in sent]
    )
    info = pf.bag_info(
        moment.strftime("%Y-%m-%d"), sum(_size(d) for d in payload.values()), len(payload)
    )
    tagmanifest = bag.manifest(
        [
            ("bagit.txt", _sha(pf.BAGIT_TXT)),
            ("bag-info.txt", _sha(info)),
            ("manifest-sha256.txt", _sha(manifest)),
        ]
    )
    statement = pf.Statement(
        library=edition.id,
        edition=edition.version,
        created=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        state=state.state(),
        tagmanifest=_sha(tagmanifest),
        title=edition.title,
        date=edition.date,
        kind="full" if base is None else "delta",
        base_state=None if base is None else base.state(),
        needs_records=state.needs(),
    )
    statement_bytes = statement.to_bytes()
    if pf.parse_statement(statement_bytes) != statement:  # what we sign, we can read
        raise PackError("bad_statement", "The statement could not be written in its one form.")
    signature = secret.sign(
        statement_bytes, statement.trusted_comment(), "signature from a Coact publishing key"
    )
    files: list[tuple[str, Content]] = [
        (pf.ROOT + "bagit.txt", pf.BAGIT_TXT),
        (pf.ROOT + "bag-info.txt", info),
        (pf.ROOT + "manifest-sha256.txt", manifest),
        (pf.ROOT + pf.TAGMANIFEST, tagmanifest),
        (pf.ROOT + pf.STATEMENT, statement_bytes),
        (pf.ROOT + pf.SIGNATURE, signature.encode()),
        *((pf.ROOT + name, data) for name, data in payload.items()),
    ]
    for signed in roots:
        name = parse_root(signed.data).file_name()
        files.append((f"{pf.ROOT}roots/{name}", signed.data))
        for sig in signed.signatures:
            key_id = parse_signature(sig).key_id_hex
            files.append((f"{pf.ROOT}roots/{name}.{key_id}.minisig", sig))
    _write_whole(target, files)
    return WrittenPack(target, target.stat().st_size, statement)


def _write_whole(target: Path, files: list[tuple[str, Content]]) -> None:
    try:
        # Public text: compressed, to save megabytes; readable by all, as it is meant to be.
        replace_whole(target, lambda out: write_zip(out, files, compress=True), 0o644)
    except OSError as exc:
        raise KnownError(f"Cannot write {target}: {exc.strerror or exc}.") from exc


class _StoredMedia:
    """A history's photo or file in this profile, read (and checked) when the ZIP reaches it."""

    def __init__(self, media: FileStore | None, attachment: PublicAttachment, group: str) -> None:
        self._media = media
        self._attachment = attachment
        self._group = group
        self.size = len(self())  # checked now, before anything is signed

    def __call__(self) -> bytes:
        attachment = self._attachment
        try:
            name = f"{attachment.sha256}.{attachment.extension}"
            data = None if self._media is None else self._media.read(name)
        except OSError:
            data = None
        if data is None or _sha(data) != attachment.sha256:
            what = "is no longer in" if data is None else "changed since it was received, in"
            raise PackError(
                "attachment_missing",
                f"A photo or file of the history of {self._group} ({attachment.sha256[:12]}…) "
                f"{what} this profile; accept the group's bundle again, then publish.",
            )
        return data


def _size(content: bytes | _StoredMedia) -> int:
    return content.size if isinstance(content, _StoredMedia) else len(content)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
