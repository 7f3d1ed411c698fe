"""Check a ``coact-pack/1`` file before anything of it is used: copied in, then verified whole.

The order matters: sizes and the ZIP's structure first, then the signature of the statement by
a publishing key that the newest root of trust names, then the tag files, the manifest and every
blob against the now-trusted hashes, and only then the records and the edition's own meaning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.drafts.attachments import received_problem
from coact_desktop.core.errors import BundleError, EditionError, PackError, SignatureError
from coact_desktop.core.exchange import pack_format as pf
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.formats import bag, minisign
from coact_desktop.core.exchange.formats.safe_zip import SafeZip, read_zip
from coact_desktop.core.exchange.formats.strict_json import loads_strict
from coact_desktop.core.exchange.history import History, history_from_json
from coact_desktop.core.library.edition import Edition, load_edition
from coact_desktop.core.storage.file_hash import sha256_of_file

CHUNK = 1 << 20
log = logging.getLogger(__name__)
COPY_NAME = "pack.coactpack"  # the copy checked, in the work folder


@dataclass(frozen=True)
class Have:
    """What the reader's library holds now: the edition number, and which key signed it."""

    edition: int | None
    key_id: str | None = None  # None: the edition shipped with the program
    records: pf.Records | None = None  # the state it is in, if known: the base a delta needs
    # Copies one blob of that state to a path; False if it is not to be had here.
    fetch: Callable[[str, Path], bool] | None = None


@dataclass(frozen=True)
class VerifiedPack:
    """A pack that passed every check, with what it holds, unpacked in the profile."""

    statement: pf.Statement
    records: pf.Records
    root: trust_root.Root  # the newest root, followed through the roots the pack carried
    key_id: str  # the publishing key that signed it
    file_sha256: str  # of the copy that was checked
    have: Have  # what the library held when it was checked
    edition: Edition
    histories: tuple[History, ...]
    folder: Path


KeepRoots = Callable[[list[trust_root.TrustedRoot]], None]


def open_pack(path: Path) -> SafeZip:
    """The pack's ZIP, its whole structure checked against the pack's caps before any is read."""
    try:
        return read_zip(
            path,
            allowed=pf.allowed_name,
            max_file_bytes=pf.MAX_PACK_BYTES,
            max_entries=pf.MAX_ENTRIES,
            max_total_bytes=pf.MAX_TOTAL_BYTES,
        )
    except BundleError as exc:
        raise PackError(exc.reason, exc.message) from exc


def verify_pack(
    path: Path,
    private_dir: Path,
    trusted: trust_root.Root,
    have: Have,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    keep_roots: KeepRoots | None = None,
) -> VerifiedPack:
    """Copy the file into ``private_dir`` and check it; PackError says why it was refused.

    ``keep_roots`` is handed every newer root the pack carries as soon as they check out.
    """
    cancel = cancel or CancelToken()
    copy = private_dir / COPY_NAME
    file_sha256 = _copy_in(path, copy, cancel)  # read once: never check a stick's file twice
    with open_pack(copy) as archive:
        verified = _verify(archive, private_dir, trusted, have, progress, cancel, keep_roots)
    return replace(verified, file_sha256=file_sha256)


@dataclass(frozen=True)
class SignedState:
    """What a pack says it is, signed, and the whole state it leads to (no blob read)."""

    statement: pf.Statement
    records: pf.Records
    path: Path


def read_signed_state(path: Path, trusted: trust_root.Root) -> SignedState:
    """The signed statement and records of a pack, checked, without its blobs.

    Enough to choose which of several packs to import, or for Coact to build a delta on an
    edition it published; never enough to import: that is ``verify_pack``.
    """
    cancel = CancelToken()
    with open_pack(path) as archive:
        names = {n[len(pf.ROOT) :] for n in archive.names()}
        if pf.STATEMENT not in names or pf.RECORDS not in names or pf.SIGNATURE not in names:
            raise PackError("missing_file", "The file is not a whole edition pack.")

        def read(name: str, cap: int) -> bytes:
            try:
                return archive.read(pf.ROOT + name, cap)
            except BundleError as exc:
                raise PackError(exc.reason, exc.message) from exc

        statement, _root, _key = _signed_statement(names, read, trusted, cancel, None)
        records_bytes = read(pf.RECORDS, pf.MAX_RECORDS_BYTES)
    # Hashed before it is parsed: only the records the signature vouches for are read at all.
    if _sha(records_bytes) != statement.state:
        raise PackError("state_mismatch", "The pack's records are not the state it was signed for.")
    records = pf.parse_records(records_bytes)
    return SignedState(statement, records, path)


class BlobShelf:
    """Blobs of the state a library is in, from the packs it kept and the files it ships.

    Opened once per import (a delta may need a thousand blobs); each blob found is copied out
    and then checked by the caller against its name, like one that came in the pack.
    """

    def __init__(self, packs: list[Path], files: list[Path]) -> None:
        self._packs = packs
        self._files = files
        self._archives: list[tuple[SafeZip, set[str]]] | None = None
        self._file_hashes: dict[str, Path] | None = None

    def __enter__(self) -> BlobShelf:
        return self

    def __exit__(self, *_exc: object) -> None:
        for archive, _names in self._archives or []:
            archive.close()
        self._archives = None

    def fetch(self, blob: str, target: Path) -> bool:
        """Copy the blob to ``target``; False if no kept pack or shipped file holds it."""
        if self._file_hashes is None:
            self._file_hashes = {_file_sha(f): f for f in self._files if f.is_file()}
        if blob in self._file_hashes:
            shutil.copyfile(self._file_hashes[blob], target)
            return True
        name = f"{pf.ROOT}data/blobs/{blob}"
        for archive, names in self._open():
            if name in names:
                try:
                    _extract(archive, blob, target, pf.MAX_MEDIA_BYTES)  # our own copy
                except PackError:
                    continue  # a damaged kept copy: perhaps another holds it
                return True
        return False

    def _open(self) -> list[tuple[SafeZip, set[str]]]:
        if self._archives is None:
            self._archives = []
            for path in self._packs:
                try:
                    archive = open_pack(path)
                    self._archives.append((archive, set(archive.names())))
                except (PackError, OSError) as exc:
                    log.warning("A kept pack cannot be read (%s): %s", path.name, exc)
        return self._archives


def _verify(
    archive: SafeZip,
    folder: Path,
    trusted: trust_root.Root,
    have: Have,
    progress: Callable[[int, int], None] | None,
    cancel: CancelToken,
    keep_roots: KeepRoots | None,
) -> VerifiedPack:
    names = {n[len(pf.ROOT) :] for n in archive.names()}
    required = (*pf.TAG_FILES, pf.TAGMANIFEST, pf.STATEMENT, pf.SIGNATURE, pf.RECORDS)
    missing = [n for n in required if n not in names]
    if missing:
        raise PackError("missing_file", f"The pack has no {missing[0]}; it is incomplete.")

    def read(name: str, cap: int) -> bytes:
        try:
            return archive.read(pf.ROOT + name, cap)
        except BundleError as exc:
            raise PackError(exc.reason, exc.message) from exc

    # 1. Who signed it, and is it for this library?
    statement, root, key = _signed_statement(names, read, trusted, cancel, keep_roots)
    # 2. Newer than what we have?
    _check_newer(statement, root, have)
    base = _delta_base(statement, have)

    # 3. The bag, vouched for by the signed statement.
    tagmanifest = read(pf.TAGMANIFEST, pf.MAX_TAG_FILE)
    if _sha(tagmanifest) != statement.tagmanifest:
        raise PackError("tampered", "The pack's tag manifest was changed after signing.")
    tags = _manifest(tagmanifest, pf.TAGMANIFEST)
    if sorted(tags) != sorted(pf.TAG_FILES):
        raise PackError("bad_manifest", "The pack's tag manifest does not list the tag files.")
    manifest_bytes = read("manifest-sha256.txt", pf.MAX_TAG_FILE)
    info = read("bag-info.txt", pf.MAX_TAG_FILE)
    for name, data in (
        ("bagit.txt", read("bagit.txt", pf.MAX_TAG_FILE)),
        ("bag-info.txt", info),
        ("manifest-sha256.txt", manifest_bytes),
    ):
        if _sha(data) != tags[name]:
            raise PackError("tampered", f"The pack's {name} was changed after signing.")
    payload = _manifest(manifest_bytes, "manifest-sha256.txt")
    present = sorted(n for n in names if n.startswith("data/"))
    if sorted(payload) != present:
        extra = sorted(set(present) ^ set(payload))
        raise PackError(
            "payload_mismatch",
            f"The pack's files do not match its manifest (e.g. {extra[0]}): files from two "
            "packs may have been mixed.",
        )
    # 4. The records, then every blob they name, each checked against its own name.
    records_bytes = read(pf.RECORDS, pf.MAX_RECORDS_BYTES)
    if _sha(records_bytes) != payload[pf.RECORDS]:
        raise PackError("tampered", "The pack's records were changed after signing.")
    records = pf.parse_records(records_bytes)
    if records.state() != statement.state:
        raise PackError("state_mismatch", "The pack's records are not the state it was signed for.")
    if statement.needs_records < records.needs():
        raise PackError(
            "bad_statement", "The pack's pack.json understates what reading its records needs."
        )
    blobs = {n.removeprefix("data/blobs/") for n in payload if n != pf.RECORDS}
    # A full pack carries every blob of its state; a delta exactly those its base lacks.
    kept = records.blobs() & base.blobs() if base is not None else set()
    if blobs != records.blobs() - kept:
        raise PackError(
            "payload_mismatch", "The pack's blobs are not exactly those its records name."
        )
    unpacked = folder / "blobs"
    unpacked.mkdir(parents=True, exist_ok=True)
    steps = len(blobs) + len(kept)
    media = records.media()
    for number, blob in enumerate(sorted(blobs)):
        cancel.raise_if_cancelled()
        cap = pf.MAX_MEDIA_BYTES if blob in media else pf.MAX_BLOB_BYTES
        _extract(archive, blob, unpacked / blob, cap)
        if progress is not None:
            progress(number + 1, steps)
    for number, blob in enumerate(sorted(kept), start=len(blobs)):
        cancel.raise_if_cancelled()
        _take_from_base(have, blob, unpacked / blob)
        if progress is not None:
            progress(number + 1, steps)

    # Checked after the content: a changed file is reported as changed, not as miscounted.
    sizes = {e.name: e.size for e in archive.entries}
    total = sum(sizes[pf.ROOT + n] for n in payload)
    dated = re.match(rb"Bagging-Date: (\d{4}-\d\d-\d\d)\n", info)
    if dated is None or info != pf.bag_info(dated.group(1).decode(), total, len(payload)):
        raise PackError("bad_bag_info", "The pack's bag-info.txt does not match its payload.")

    # 5. Only now, what the blobs mean: the edition, and each group's history.
    edition = _edition(records, unpacked, folder / "edition")
    if (edition.id, edition.version) != (statement.library, statement.edition):
        raise PackError(
            "edition_mismatch", "The edition inside the pack is not the one its statement names."
        )
    models = {c.slug for c in edition.chapters if c.kind == "model"}
    histories = []
    for item in records.histories:
        if item.model is not None and item.model not in models:
            raise PackError(
                "bad_records", "The pack places a history under a model its edition does not have."
            )
        try:
            history = history_from_json(loads_strict((unpacked / item.blob).read_bytes()))
        except BundleError as exc:
            raise PackError("bad_history", f"A history in the pack: {exc.message}") from exc
        if history.group_id != item.group_id:
            raise PackError("bad_history", "A history in the pack names another group.")
        _check_media(history, item, unpacked, cancel)
        histories.append(history)
    return VerifiedPack(
        statement, records, root, key.key_id_hex, "", have, edition, tuple(histories), folder
    )


def _signed_statement(
    names: set[str],
    read: Callable[[str, int], bytes],
    trusted: trust_root.Root,
    cancel: CancelToken,
    keep_roots: KeepRoots | None,
) -> tuple[pf.Statement, trust_root.Root, minisign.PublicKey]:
    """The statement, signed by a publishing key of the newest root the pack leads to.

    The roots it carries are followed from the one we trust, one at a time.
    """
    chain = trust_root.follow_chain(trusted, _carried_roots(names, read, cancel))
    root = chain[-1].root if chain else trusted
    if chain and keep_roots is not None:
        keep_roots(chain)  # kept whatever becomes of this pack: a revocation holds from now on
    statement_bytes = read(pf.STATEMENT, pf.MAX_STATEMENT_BYTES)
    try:
        signature = minisign.parse_signature(read(pf.SIGNATURE, minisign.MAX_SIGNATURE_FILE_BYTES))
    except SignatureError as exc:
        raise PackError("signature_malformed", f"The pack's signature: {exc.message}") from exc
    key = root.publishing_key(signature.key_id)
    if key is None:
        raise PackError(
            "unknown_key",
            f"The pack is signed by the key {signature.key_id_hex}, which Coact's root of trust "
            "does not list as a publishing key (it may have been revoked). It was not imported.",
        )
    try:
        minisign.verify(key, statement_bytes, signature)
    except SignatureError as exc:
        reason = str(exc.details.get("reason", "bad_signature"))
        raise PackError(f"signature_{reason}", f"The pack's signature: {exc.message}") from exc
    statement = pf.parse_statement(statement_bytes)
    if signature.trusted_comment != statement.trusted_comment():
        raise PackError("comment_mismatch", "The pack's signature was made for another statement.")

    if statement.library != root.library:
        raise PackError(
            "foreign_library",
            f"This pack is for another library ({statement.library}), not {root.library}.",
        )
    return statement, root, key


def _delta_base(statement: pf.Statement, have: Have) -> pf.Records | None:
    """For a delta, the reader's own state it builds on, which must be the one it names."""
    if statement.kind == "full":
        return None
    if have.records is None or have.records.state() != statement.base_state:
        raise PackError(
            "delta_base",
            f"This pack holds only the changes that make edition {statement.edition} from an "
            "edition this library does not hold. Ask for the full pack of edition "
            f"{statement.edition}, or the changes since your edition {have.edition}.",
            edition=statement.edition,
        )
    return have.records


def _take_from_base(have: Have, blob: str, target: Path) -> None:
    """A blob the delta builds on, from the reader's own copy, checked as if it came in the pack."""
    try:
        found = have.fetch is not None and have.fetch(blob, target)
    except OSError as exc:
        raise _unwritable(exc) from exc
    if not found or _file_sha(target) != blob:
        raise PackError(
            "delta_base_missing",
            f"This library's copy of the edition it holds is incomplete (blob {blob[:12]}…), so "
            "these changes cannot be applied. Ask for the full pack of this edition.",
        )


MAX_JUMP = 1_000  # editions one import may skip: a higher number is a signing mistake, or worse


def _check_newer(statement: pf.Statement, root: trust_root.Root, have: Have) -> None:
    """Refuse the same or an older edition, unless what the reader has is itself revoked."""
    floor = have.edition
    if floor is not None and have.key_id is not None:
        signer = minisign.key_id_from_hex(have.key_id)
        if root.publishing_key(signer) is None:
            # The edition in the library was signed by a key the root has since revoked: its
            # number (perhaps set absurdly high with a stolen key) must not lock the reader out.
            floor = None
    if floor is not None and statement.edition <= floor:
        raise PackError(
            "already_have" if statement.edition == floor else "rollback",
            f"This is edition {statement.edition}; the library already has edition "
            f"{floor}" + ("." if statement.edition == floor else ", which is newer."),
            edition=statement.edition,
            have=floor,
        )
    if floor is not None and statement.edition - floor > MAX_JUMP:
        raise PackError(
            "too_far_ahead",
            f"This pack says it is edition {statement.edition}, more than {MAX_JUMP} editions "
            f"after the library's ({floor}). It was not imported.",
        )


def _carried_roots(
    names: set[str], read: Callable[[str, int], bytes], cancel: CancelToken
) -> list[trust_root.SignedRoot]:
    """The roots a pack carries, counted and named before any is read."""
    roots = sorted(n for n in names if n.startswith("roots/") and n.endswith(".json"))
    if len(roots) > trust_root.MAX_UPDATES:
        raise PackError("root_too_many", "The file carries too many versions of the root.")
    signatures: dict[str, list[str]] = {name: [] for name in roots}
    for name in names:
        if name.startswith("roots/") and name.endswith(".minisig"):
            owner = name.split(".json.", 1)[0] + ".json"
            if owner not in signatures:
                raise PackError("root_malformed", f"The pack holds a signature of no root: {name}.")
            signatures[owner].append(name)
    found = []
    for name in roots:
        cancel.raise_if_cancelled()
        if len(signatures[name]) > trust_root.MAX_KEYS * 2:
            raise PackError("root_malformed", f"The pack holds too many signatures of {name}.")
        data = read(name, trust_root.MAX_ROOT_BYTES)
        if f"roots/{trust_root.parse_root(data).file_name()}" != name:
            raise PackError("root_malformed", f"The pack's {name} holds another version.")
        texts = tuple(read(n, minisign.MAX_SIGNATURE_FILE_BYTES) for n in sorted(signatures[name]))
        found.append(trust_root.SignedRoot(data, texts))
    return found


def _edition(records: pf.Records, blobs: Path, folder: Path) -> Edition:
    """Lay out the edition's two files as a folder and load it with every check of its own."""
    try:
        meta = loads_strict((blobs / records.edition_meta).read_bytes())
    except BundleError as exc:
        raise PackError("bad_edition", f"The pack's edition.json: {exc.message}") from exc
    named = meta.get("source") if isinstance(meta, dict) else None
    source = named.get("file") if isinstance(named, dict) else None
    if (
        not isinstance(source, str)
        or not pf.TEXT_NAME.fullmatch(source)
        or source == "edition.json"
    ):
        raise PackError("bad_edition", "The pack's edition.json names its text file unsafely.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(blobs / records.edition_meta, folder / "edition.json")
        shutil.copyfile(blobs / records.edition_text, folder / source)
    except OSError as exc:
        raise _unwritable(exc) from exc
    try:
        return load_edition(folder)
    except (EditionError, KeyError, TypeError, ValueError, IndexError, json.JSONDecodeError) as exc:
        raise PackError("bad_edition", f"The pack's edition is not valid: {exc}") from exc


def _check_media(
    history: History, item: pf.HistoryRecord, unpacked: Path, cancel: CancelToken
) -> None:
    """A history's photos and files: the ones its record names, each clean and what it says.

    Coact cleaned them once; a reader checks again, as the inbox does, because a picture that
    still names a place could put a person at risk, whoever signed it.
    """
    if tuple(a.sha256 for a in history.attachments) != item.media:
        raise PackError(
            "media_mismatch",
            f"The history of {history.name} lists other photos or files than its record in the "
            "pack.",
        )
    for attachment in history.attachments:
        cancel.raise_if_cancelled()
        problem = received_problem(unpacked / attachment.sha256, attachment.media_type)
        if problem is not None:
            raise PackError(f"attachment_{problem}", _MEDIA_PROBLEMS[problem](history.name))


_MEDIA_PROBLEMS: dict[str, Callable[[str], str]] = {
    "not_what_it_says": lambda group: (
        f"A photo or file of the history of {group} is not the kind of file it says it is. "
        "Nothing was imported; ask Coact for a corrected edition."
    ),
    "metadata": lambda group: (
        f"A photo or file of the history of {group} still carries hidden details (author, "
        "place, camera or notes) that could name someone. Nothing was imported; ask Coact for "
        "a corrected edition."
    ),
    "unreadable": lambda group: (
        f"A photo or file of the history of {group} cannot be read as the picture or document "
        "it says it is (or is too large a picture). Nothing was imported."
    ),
}


def _extract(archive: SafeZip, blob: str, target: Path, cap: int) -> None:
    digest = hashlib.sha256()
    try:
        with (
            archive.open(f"{pf.ROOT}data/blobs/{blob}", cap) as source,
            target.open("wb") as out,
        ):
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
    except BundleError as exc:
        raise PackError(exc.reason, exc.message) from exc
    except OSError as exc:
        raise _unwritable(exc) from exc
    if digest.hexdigest() != blob:
        raise PackError("tampered", f"The pack's blob {blob[:12]}… was changed after signing.")


def _unwritable(exc: OSError) -> PackError:
    return PackError(
        "profile_unwritable",
        f"The pack cannot be unpacked in the profile: {exc.strerror or exc}. Free some space "
        "and try again.",
    )


def _copy_in(source: Path, target: Path, cancel: CancelToken) -> str:
    try:
        status = os.stat(source)
    except OSError as exc:
        raise PackError("unreadable", f"Cannot read {source}: {exc.strerror or exc}.") from exc
    if not stat.S_ISREG(status.st_mode):
        raise PackError("unreadable", f"{source} is not a regular file.")
    if status.st_size > pf.MAX_PACK_BYTES:
        raise PackError(
            "too_large",
            f"The file is {status.st_size:,} bytes; an edition pack is at most "
            f"{pf.MAX_PACK_BYTES:,}.",
        )
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    copied = 0
    digest = hashlib.sha256()
    try:
        with source.open("rb") as src, target.open("wb") as out:
            while chunk := src.read(CHUNK):
                cancel.raise_if_cancelled()
                copied += len(chunk)
                if copied > pf.MAX_PACK_BYTES:  # it grew while being copied
                    raise PackError("too_large", "The file kept growing while it was copied.")
                digest.update(chunk)
                out.write(chunk)
    except OSError as exc:
        raise PackError("unreadable", f"Cannot copy {source}: {exc.strerror or exc}.") from exc
    return digest.hexdigest()


def _manifest(data: bytes, what: str) -> dict[str, str]:
    try:
        return bag.parse_manifest(data, what)
    except BundleError as exc:
        raise PackError(exc.reason, exc.message) from exc


def _file_sha(path: Path) -> str:
    try:
        return sha256_of_file(path)
    except OSError:
        return ""


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
