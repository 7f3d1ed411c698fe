"""Open and verify a received bundle, treating every byte of it as hostile.

Nothing here writes to a profile, and nothing readable to disk: an encrypted bundle's ZIP is
decrypted into a ScratchFile (no name, noise under a key only this process holds), and the
attachments are never extracted but read again from the archive, and checked again, when they
are wanted. The order of checks is the point: sizes before parsing, names before reading, the
signature before trusting any manifest, the manifests before parsing the history, and only the
bytes that were hashed are ever parsed.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from coact_desktop.core.cancel import CancelToken, ProgressCallback, Steps, no_progress
from coact_desktop.core.drafts.attachments import received_problem
from coact_desktop.core.errors import BundleError, KeyFileError, SignatureError
from coact_desktop.core.exchange.fingerprint import fingerprint_words
from coact_desktop.core.exchange.formats import age, bag, minisign
from coact_desktop.core.exchange.formats.safe_zip import SafeZip, read_zip
from coact_desktop.core.exchange.formats.strict_json import loads_strict
from coact_desktop.core.exchange.history import History, history_from_json
from coact_desktop.core.storage.scratch_file import ScratchFile

# One size rule (docs/bundle-format.md): the file as received and the ZIP inside an encrypted one
# are each at most 1 GiB; the ZIP is the smaller of the two, so one cap serves both.
MAX_BUNDLE = 1 << 30
MAX_TAG_FILE = 64 << 10
MAX_SIGNATURE = 4 << 10
MAX_HISTORY = 8 << 20
MAX_MEDIA = 50 << 20  # as attachments are capped on the way in
CHUNK = 1 << 20
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class MediaFile:
    """A verified attachment, left in the bundle's archive until it is read."""

    name: str  # data/media/<sha256>.<ext>
    sha256: str
    size: int
    _archive: SafeZip = field(repr=False, compare=False)

    def read(self) -> bytes:
        """The attachment's bytes; BundleError unless they are still the ones verified."""
        with self._archive.open(bag.ROOT + self.name, MAX_MEDIA) as source:
            data = source.readall()
        # Checked again: a plain bundle is read from the received file, which may have changed.
        if len(data) != self.size or hashlib.sha256(data).hexdigest() != self.sha256:
            raise BundleError("tampered", f"The bundle's {self.name} changed after it was checked.")
        return data


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose every check passed (trust in its key is decided separately)."""

    bundle_id: str
    file_sha256: str
    encrypted: bool
    info: bag.BagInfo
    public_key: minisign.PublicKey
    fingerprint: tuple[str, ...]
    history: History
    history_bytes: bytes
    media: tuple[MediaFile, ...]
    _archive: SafeZip = field(repr=False, compare=False)

    def close(self) -> None:
        """Let go of the archive; an encrypted bundle's scratch copy goes with it."""
        self._archive.close()

    def __enter__(self) -> VerifiedBundle:
        """Use as a context manager that closes the bundle."""
        return self

    def __exit__(self, *_exc: object) -> None:
        """Close the bundle."""
        self.close()


@contextmanager
def open_bundle(
    path: Path,
    identities: list[Any] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> Iterator[VerifiedBundle]:
    """Verify a bundle file; yields it verified, or raises BundleError saying why not."""
    # The system's temp is enough for a file with no name whose bytes are noise.
    with verify_bundle(path, Path(tempfile.gettempdir()), identities, progress, cancel) as bundle:
        yield bundle


def verify_bundle(
    path: Path,
    folder: Path,
    identities: list[Any] | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> VerifiedBundle:
    """Verify a bundle (decrypting it into a scratch file in ``folder``); the caller closes it."""
    cancel = cancel or CancelToken()
    size = _size(path)
    step = Steps(size * 3, progress, cancel)
    with ExitStack() as refused:  # closes the scratch file and the archive unless all passed
        file_sha256, encrypted, zipped = _plaintext(path, folder, identities, step, refused)
        cancel.raise_if_cancelled()
        archive = read_zip(zipped, allowed=bag.allowed_name, max_file_bytes=MAX_BUNDLE)  # type: ignore[arg-type]
        refused.callback(archive.close)
        verified = _verify(archive, file_sha256, encrypted, step)
        step.finish()
        refused.pop_all()  # the verified bundle holds them now
    return verified


def _size(path: Path) -> int:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise BundleError("not_a_file", f"{path.name} is not a regular file.")
    except OSError as exc:
        raise BundleError("unreadable", f"Cannot read {path}: {exc.strerror}.") from exc
    if size > MAX_BUNDLE:
        raise BundleError(
            "too_large", f"{path.name} is larger than {MAX_BUNDLE >> 20} MB; it was not opened."
        )
    if size < len(ZIP_MAGIC):
        raise BundleError("not_a_bundle", f"{path.name} is empty or too short to be a bundle.")
    return size


def _plaintext(
    path: Path,
    folder: Path,
    identities: list[Any] | None,
    step: Callable[[int], None],
    refused: ExitStack,
) -> tuple[str, bool, Path | ScratchFile]:
    """The ZIP inside the file (decrypted if need be), and the file's own SHA-256."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        head = handle.read(len(age.MAGIC))
        handle.seek(0)
        if head.startswith(ZIP_MAGIC):
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                step(len(chunk))
            return digest.hexdigest(), False, path
        if head != age.MAGIC:
            raise BundleError(
                "not_a_bundle",
                f"{path.name} is not a Coact bundle (neither age-encrypted nor a ZIP file).",
            )
        if not identities:
            raise BundleError(
                "no_identity",
                "This bundle is encrypted. Open it with Coact's age identity file "
                "(coact-desktop verify FILE --identity FILE).",
            )
        age.check_header(handle.read(age.MAX_HEADER))
        handle.seek(0)
        # Never a plain file: a kill while the bundle waits for a decision leaves only noise.
        zipped = refused.enter_context(ScratchFile(folder))
        age.decrypt_stream(
            _HashingReader(handle, digest, step),  # type: ignore[arg-type]
            zipped,  # type: ignore[arg-type]
            identities,
            MAX_BUNDLE,
        )
        return digest.hexdigest(), True, zipped


class _HashingReader:
    """Hashes what age reads of the file, so the file is read only once."""

    def __init__(self, source: BinaryIO, digest: Any, step: Callable[[int], None]) -> None:
        self._source = source
        self._digest = digest
        self._step = step

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self._digest.update(data)
        self._step(len(data))
        return data

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True


def _verify(
    archive: SafeZip,
    file_sha256: str,
    encrypted: bool,
    step: Callable[[int], None],
) -> VerifiedBundle:
    names = set(archive.names())
    required = [*bag.TAG_FILES, bag.TAGMANIFEST, bag.SIGNATURE, bag.HISTORY]
    missing = [n for n in required if bag.ROOT + n not in names]
    if missing:
        raise BundleError("missing_file", f"The bundle has no {missing[0]}; it is incomplete.")

    def read(name: str, cap: int) -> bytes:
        return archive.read(bag.ROOT + name, cap)

    tagmanifest = read(bag.TAGMANIFEST, MAX_TAG_FILE)
    info_bytes = read("bag-info.txt", MAX_TAG_FILE)
    info = bag.parse_bag_info(info_bytes)
    bundle_id = hashlib.sha256(tagmanifest).hexdigest()

    # 1. The signature, over the exact bytes of the tag manifest, by the key bag-info names.
    signature = _signature(read(bag.SIGNATURE, MAX_SIGNATURE))
    try:
        public_key = minisign.PublicKey.from_text(info.signing_key)
    except KeyFileError as exc:
        raise BundleError("bad_key", f"The bundle's signing key is not valid: {exc}") from exc
    if public_key.key_id != minisign.key_id_from_hex(info.key_id):
        raise BundleError(
            "key_mismatch",
            "The bundle's bag-info names a signing key id that does not match its key.",
        )
    try:
        minisign.verify(public_key, tagmanifest, signature)
    except SignatureError as exc:
        reason = str(exc.details.get("reason", "bad_signature"))
        raise BundleError(
            f"signature_{reason}", f"The bundle's signature is not valid: {exc.message}"
        ) from exc
    expected = bag.trusted_comment(info.group_id, info.sequence, bundle_id)
    if signature.trusted_comment != expected:
        raise BundleError(
            "comment_mismatch",
            "The signature's trusted comment does not match this bundle (its group, sequence "
            "or tag manifest differ): it was signed for another bag.",
        )

    # 2. The tag manifest, now trusted, vouches for the tag files.
    tags = bag.parse_manifest(tagmanifest, bag.TAGMANIFEST)
    if sorted(tags) != sorted(bag.TAG_FILES):
        raise BundleError(
            "bad_manifest", "The bundle's tag manifest does not list exactly the tag files."
        )
    manifest_bytes = read("manifest-sha256.txt", MAX_TAG_FILE)
    for name, data in (
        ("bagit.txt", read("bagit.txt", MAX_TAG_FILE)),
        ("bag-info.txt", info_bytes),
        ("manifest-sha256.txt", manifest_bytes),
    ):
        if hashlib.sha256(data).hexdigest() != tags[name]:
            raise BundleError("tampered", f"The bundle's {name} was changed after signing.")
        if name == "bagit.txt" and data != bag.BAGIT_TXT:
            raise BundleError("bad_tag_file", "The bundle's bagit.txt is not BagIt 1.0 UTF-8.")

    # 3. The manifest, now trusted, lists exactly the payload.
    payload = bag.parse_manifest(manifest_bytes, "manifest-sha256.txt")
    present = sorted(n[len(bag.ROOT) :] for n in names if n.startswith(bag.ROOT + "data/"))
    if sorted(payload) != present:
        extra = sorted(set(present) - set(payload)) or sorted(set(payload) - set(present))
        raise BundleError(
            "payload_mismatch",
            f"The bundle's files do not match its manifest (e.g. {extra[0]}).",
        )
    history_bytes = read(bag.HISTORY, MAX_HISTORY)
    if hashlib.sha256(history_bytes).hexdigest() != payload[bag.HISTORY]:
        raise BundleError("tampered", "The bundle's history was changed after signing.")
    media = []
    total_bytes = len(history_bytes)
    for name in sorted(payload):
        if name == bag.HISTORY:
            continue
        digest = hashlib.sha256()
        count = 0
        # Hashed, not written out: MediaFile.read() reads it from the archive again.
        with archive.open(bag.ROOT + name, MAX_MEDIA) as source:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                count += len(chunk)
                step(len(chunk))
        if (
            digest.hexdigest() != payload[name]
            or name != f"data/media/{payload[name]}." + (name.rsplit(".", 1)[1])
        ):
            raise BundleError("tampered", f"The bundle's {name} was changed after signing.")
        media.append(MediaFile(name, payload[name], count, archive))
        total_bytes += count
    if (total_bytes, len(payload)) != (info.payload_bytes, info.payload_files):
        raise BundleError("bad_oxum", "The bundle's Payload-Oxum does not match its payload.")

    # 4. Only now, the history itself: strict JSON, then field by field.
    history = history_from_json(loads_strict(history_bytes, max_bytes=MAX_HISTORY))
    if history.group_id != info.group_id:
        raise BundleError(
            "group_mismatch", "The history names another group than the bundle's bag-info."
        )
    listed = sorted(a.path for a in history.attachments)
    if listed != sorted(m.name for m in media):
        raise BundleError(
            "payload_mismatch", "The history's attachments do not match the bundle's files."
        )
    # 5. Each attachment by its content: what it says it is, and clean of metadata.
    kinds = {a.path: a.media_type for a in history.attachments}
    for file in media:
        problem = received_problem(file.read(), kinds[file.name])
        if problem is not None:
            raise BundleError(f"attachment_{problem}", _ATTACHMENT_PROBLEMS[problem](file.name))
    return VerifiedBundle(
        bundle_id=bundle_id,
        file_sha256=file_sha256,
        encrypted=encrypted,
        info=info,
        public_key=public_key,
        fingerprint=fingerprint_words(public_key),
        history=history,
        history_bytes=history_bytes,
        media=tuple(media),
        _archive=archive,
    )


def _signature(data: bytes) -> minisign.Signature:
    try:
        return minisign.parse_signature(data)
    except SignatureError as exc:
        raise BundleError(
            "signature_malformed", f"The bundle's signature file is damaged: {exc.message}"
        ) from exc


_ATTACHMENT_PROBLEMS: dict[str, Callable[[str], str]] = {
    "not_what_it_says": lambda name: (
        f"The bundle's {name} is not the kind of file its name and media type say. It was "
        "refused; ask the group to attach it again with Coact Desktop."
    ),
    "metadata": lambda name: (
        f"The bundle's {name} still carries hidden details (author, place, camera or text "
        "notes) that could name someone. It was refused; ask the group to attach it again "
        "with Coact Desktop, which removes them."
    ),
    "unreadable": lambda name: (
        f"The bundle's {name} cannot be read as the picture or document it says it is (or is "
        "too large a picture). It was refused; ask the group to attach it again."
    ),
}
