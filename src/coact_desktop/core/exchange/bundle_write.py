"""Write a ``coact-bundle/1`` file: a signed BagIt bag in a ZIP, then (by default) age."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from coact_desktop.core.cancel import CancelToken, ProgressCallback, Steps, no_progress
from coact_desktop.core.errors import BundleError, KnownError
from coact_desktop.core.exchange.formats import age, bag
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.formats.safe_zip import Content, write_zip
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical
from coact_desktop.core.exchange.history import History
from coact_desktop.core.storage.file_store import DamagedFile, FileStore
from coact_desktop.core.storage.scratch_file import ScratchFile

CHUNK = 1 << 20


class ExportError(KnownError):
    """A bundle could not be written (full disk, unwritable folder, damaged attachment)."""

    code = "export"


@dataclass(frozen=True)
class BundlePlan:
    """Where a new bundle stands in its group's sequence."""

    group_id: str
    sequence: int
    previous_bundle_id: str | None
    answer_recipient: str | None = None  # the group's age key for Coact's answer, if any


@dataclass(frozen=True)
class WrittenBundle:
    """What was written."""

    path: Path
    size: int
    bundle_id: str  # the SHA-256 of the signed tag manifest
    encrypted: bool


def write_bundle(
    history: History,
    media: FileStore,
    secret: SecretKey,
    plan: BundlePlan,
    target: Path,
    recipients: list[str] | None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    private_dir: Path | None = None,
) -> WrittenBundle:
    """Sign first, then encrypt; the target appears whole or not at all.

    ``media``: the profile's stored photos and files. ``private_dir`` (inside the profile)
    holds the ZIP, as noise only this process can read, while it is encrypted.
    """
    cancel = cancel or CancelToken()
    private_dir = private_dir or media.folder.parent / "tmp"
    history_bytes = dumps_canonical(history.to_json())
    stored = [(a.path, f"{a.sha256}.{a.extension}", a.sha256) for a in history.attachments]
    # Every chunk hashed, zipped or encrypted moves the bar on and is a place to stop.
    guess = sum(media.size_hint(name) for _, name, _ in stored)
    step = Steps(guess * (3 if recipients else 2) + 1, progress, cancel)

    # Hash every attachment now, so a damaged stored copy stops the export before it is signed.
    sizes = []
    for _, name, expected in stored:
        data = _stored_copy(media, name)
        step(len(data))
        if hashlib.sha256(data).hexdigest() != expected:
            raise _changed(name)
        sizes.append(len(data))
        del data  # one photo in memory at a time
    payload = [(bag.HISTORY, hashlib.sha256(history_bytes).hexdigest())]
    payload += [(name, sha) for name, _, sha in stored]
    manifest = bag.manifest(payload)
    info = bag.BagInfo(
        bagging_date=datetime.now(UTC).strftime("%Y-%m-%d"),
        payload_bytes=len(history_bytes) + sum(sizes),
        payload_files=1 + len(stored),
        group_id=plan.group_id,
        sequence=plan.sequence,
        previous_bundle=plan.previous_bundle_id,
        key_id=secret.public_key().key_id_hex,
        signing_key=secret.public_key().to_text().splitlines()[1],
        answer_recipient=plan.answer_recipient,
    ).to_bytes()
    tagmanifest = bag.manifest(
        [
            ("bagit.txt", hashlib.sha256(bag.BAGIT_TXT).hexdigest()),
            ("bag-info.txt", hashlib.sha256(info).hexdigest()),
            ("manifest-sha256.txt", hashlib.sha256(manifest).hexdigest()),
        ]
    )
    bundle_id = hashlib.sha256(tagmanifest).hexdigest()
    signature = secret.sign(
        tagmanifest,
        bag.trusted_comment(plan.group_id, plan.sequence, bundle_id),
        "signature from a Coact Desktop group key",
    )
    files: list[tuple[str, Content]] = [
        (bag.ROOT + "bagit.txt", bag.BAGIT_TXT),
        (bag.ROOT + "bag-info.txt", info),
        (bag.ROOT + "manifest-sha256.txt", manifest),
        (bag.ROOT + bag.TAGMANIFEST, tagmanifest),
        (bag.ROOT + bag.SIGNATURE, signature.encode()),
        (bag.ROOT + bag.HISTORY, history_bytes),
        *((bag.ROOT + name, _reader(media, stored_name, sha)) for name, stored_name, sha in stored),
    ]
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A new file of a random name, never one that is already there (it could be a link
        # someone planted in a shared folder, pointing at a file of the person's).
        descriptor, name = tempfile.mkstemp(
            dir=folder, prefix=f".{target.name}.", suffix=".partial"
        )
        os.close(descriptor)
        partial = Path(name)
    except OSError as exc:
        raise _write_failed(folder, target, exc) from exc
    try:
        if recipients:
            # The plain ZIP never touches the destination (a USB stick keeps deleted files, and
            # a killed export would leave it there): it is made in a private folder inside the
            # profile, and only ciphertext is written where the person chose.
            with ScratchFile(private_dir) as zipped:
                write_zip(_Counting(zipped, step), files, compress=False)  # type: ignore[arg-type]
                zipped.seek(0)
                with partial.open("wb") as out:
                    age.encrypt_stream(_CountingReader(zipped, step), out, recipients)  # type: ignore[arg-type]
        else:
            with partial.open("wb") as out:
                write_zip(_Counting(out, step), files, compress=False)  # type: ignore[arg-type]
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        cancel.raise_if_cancelled()
        os.replace(partial, target)
        _fsync_dir(folder)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _write_failed(folder, target, exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)  # cancelled, or a bug: no half-written file is left
        raise
    step.finish()
    return WrittenBundle(target, target.stat().st_size, bundle_id, bool(recipients))


def _write_failed(folder: Path, target: Path, exc: OSError) -> ExportError:
    return ExportError(
        f"Cannot write the bundle in {folder}: {exc.strerror or exc}. Choose another "
        "folder or free some space; nothing was sent or recorded.",
        reason="write_failed",
        path=str(target),
    )


def _stored_copy(media: FileStore, name: str) -> bytes:
    try:
        return media.read(name)
    except DamagedFile as exc:
        raise _changed(name) from exc
    except OSError as exc:
        raise ExportError(
            f"An attachment's stored copy ({name}) is missing from the profile; remove it "
            "from the draft and attach the photo again.",
            reason="attachment_missing",
        ) from exc


def _changed(name: str) -> ExportError:
    return ExportError(
        f"The stored copy of an attachment ({name}) has changed since it was attached; remove "
        "it and attach the photo again.",
        reason="attachment_changed",
    )


def _reader(media: FileStore, name: str, expected: str) -> Callable[[], bytes]:
    """Read one stored copy when the ZIP writer reaches it, checked again as it is read."""

    def read() -> bytes:
        data = _stored_copy(media, name)
        if hashlib.sha256(data).hexdigest() != expected:
            raise _changed(name)
        return data

    return read


class _Counting(io.RawIOBase):
    """A seekable file wrapper that reports bytes written (and lets a cancel stop the ZIP)."""

    def __init__(self, target: BinaryIO, step: Callable[[int], None]) -> None:
        super().__init__()
        self._target = target
        self._step = step

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        written = self._target.write(data)
        self._step(written)
        return written

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._target.seek(offset, whence)

    def tell(self) -> int:
        return self._target.tell()

    def flush(self) -> None:
        self._target.flush()


class _CountingReader(io.RawIOBase):
    """A read-only file wrapper that reports progress while age encrypts it."""

    def __init__(self, source: BinaryIO, step: Callable[[int], None]) -> None:
        super().__init__()
        self._source = source
        self._step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._source.read(len(view))
        view[: len(data)] = data
        self._step(len(data))
        return len(data)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every system; the file itself was synced
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["BundleError", "BundlePlan", "ExportError", "WrittenBundle", "write_bundle"]
