"""A release of the program: every file of its folder listed with its SHA-256, the list signed
by a publishing key of Coact's root, so that a copy passed on by stick can be checked with
``sha256sum -c`` and ``minisign -V``, or by the program itself.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.errors import ReleaseError, SignatureError
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.formats import minisign
from coact_desktop.core.storage.file_hash import sha256_of_file

FORMAT = "coact-release/1"
MANIFEST = "RELEASE-SHA256SUMS"
SIGNATURE = MANIFEST + ".minisig"
# What a person's own use adds to the folder, never part of a release and never passed on.
LOCAL = ("coact-profile", "coact-portable", "installed-files.txt")
MAX_MANIFEST = 1 << 20
MAX_FILES = 5_000
_LINE = re.compile(r"([0-9a-f]{64})  ([^\n\\\\]{1,500})")


@dataclass(frozen=True)
class ReleaseCheck:
    """A folder that is exactly a signed release."""

    folder: Path
    version: str
    key_id: str
    files: int
    size: int


def _files(folder: Path) -> list[str]:
    """The folder's files, as sorted POSIX paths, without the manifest and what is local.

    A link is listed as the file it leads to (a copy on a FAT stick holds that file instead), and
    only if that file is inside the folder: a link out of it is refused.
    """
    found = []
    inside = folder.resolve()
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).as_posix()
        if relative.split("/", 1)[0] in LOCAL or relative in (MANIFEST, SIGNATURE):
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(inside):
            raise ReleaseError("odd_file", f"{relative} leads out of the folder: not a release.")
        if path.is_dir() and not path.is_symlink():
            continue
        if not path.is_file():
            raise ReleaseError("odd_file", f"{relative} is not a file: not a release.")
        found.append(relative)
    return sorted(found)


def manifest(folder: Path) -> bytes:
    """``sha256sum``'s format: one ``<sha256>  <path>`` line per file, sorted by path."""
    return "".join(f"{sha256_of_file(folder / name)}  {name}\n" for name in _files(folder)).encode()


def trusted_comment(version: str, listed: bytes) -> str:
    """Binds the signature to this program's releases, the version and the list's bytes."""
    return f"{FORMAT}\tversion:{version}\tmanifest:{hashlib.sha256(listed).hexdigest()}"


def sign_release(folder: Path, version: str, secret: minisign.SecretKey) -> None:
    """Write the manifest and its signature into the folder (the same files give the same
    bytes: Ed25519 is deterministic and the comment holds no time)."""
    listed = manifest(folder)
    (folder / MANIFEST).write_bytes(listed)
    signature = secret.sign(
        listed, trusted_comment(version, listed), "signature from a Coact publishing key"
    )
    (folder / SIGNATURE).write_text(signature, "utf-8")


def verify_release(
    folder: Path, root: trust_root.Root, cancel: CancelToken | None = None
) -> ReleaseCheck:
    """Check that the folder holds exactly the signed release's files, each unchanged."""
    try:
        listed = _capped(folder / MANIFEST, MAX_MANIFEST)
        signature_text = _capped(folder / SIGNATURE, minisign.MAX_SIGNATURE_FILE_BYTES)
    except OSError as exc:
        raise ReleaseError(
            "not_a_release",
            f"{folder} holds no signed list of its files ({MANIFEST}): it is not a copy of "
            "Coact Desktop as Coact released it.",
        ) from exc
    try:
        signature = minisign.parse_signature(signature_text)
        key = root.publishing_key(signature.key_id)
        if key is None:
            raise ReleaseError(
                "unknown_key",
                f"{SIGNATURE} is signed by a key ({signature.key_id_hex}) that Coact's root of "
                "trust does not list: do not run this copy.",
            )
        minisign.verify(key, listed, signature)
    except SignatureError as exc:
        raise ReleaseError(
            "bad_signature", f"The signature of {MANIFEST} does not hold: {exc.message}"
        ) from exc
    named = re.fullmatch(
        re.escape(FORMAT) + r"\tversion:([0-9A-Za-z.+-]{1,40})\tmanifest:([0-9a-f]{64})",
        signature.trusted_comment,
    )
    if named is None or named.group(2) != hashlib.sha256(listed).hexdigest():
        raise ReleaseError("bad_signature", f"{SIGNATURE} was made for another list of files.")
    entries = _entries(listed)
    present = set(_files(folder))
    missing = sorted(set(entries) - present)
    extra = sorted(present - set(entries))
    if missing:
        raise ReleaseError("missing_file", f"{missing[0]} is missing from this copy.")
    if extra:
        raise ReleaseError(
            "extra_file", f"{extra[0]} is not part of the release: someone added it."
        )
    size = 0
    for name, expected in entries.items():
        if cancel is not None:
            cancel.raise_if_cancelled()
        path = folder / name
        if sha256_of_file(path) != expected:
            raise ReleaseError("changed_file", f"{name} was changed: do not run this copy.")
        size += path.stat().st_size
    return ReleaseCheck(folder, named.group(1), signature.key_id_hex, len(entries), size)


def copy_release(
    source: Path,
    target: Path,
    root: trust_root.Root,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
) -> ReleaseCheck:
    """Copy a checked release folder to ``target`` (a new folder), then check the copy."""
    verify_release(source, root, cancel)  # never pass on a copy that was changed here
    if target.exists():
        raise ReleaseError("exists", f"{target} exists already; choose another folder.")
    partial = target.with_name(f".{target.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    names = [*_entries((source / MANIFEST).read_bytes()), MANIFEST, SIGNATURE]
    try:
        for number, name in enumerate(names):
            if cancel is not None:
                cancel.raise_if_cancelled()
            (partial / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / name, partial / name)  # a link's file, never the link
            shutil.copymode(source / name, partial / name)
            if progress is not None:
                progress(number + 1, len(names))
        partial.rename(target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return verify_release(target, root, cancel)


def program_folder() -> Path | None:
    """The folder of the built program running now; None when run from source or a wheel."""
    return Path(sys.executable).parent if getattr(sys, "frozen", False) else None


def share_program(
    target: Path,
    root: trust_root.Root,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
) -> ReleaseCheck:
    """Copy this program, checked first and after, into ``target`` (e.g. a USB stick)."""
    source = program_folder()
    if source is None:
        raise ReleaseError(
            "not_a_build",
            "This Coact Desktop runs from its source code, not from a release: only a released "
            "program can copy itself. The library can still be copied.",
        )
    return copy_release(source, target / source.name, root, progress, cancel)


def _entries(listed: bytes) -> dict[str, str]:
    try:
        text = listed.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReleaseError("bad_manifest", f"{MANIFEST} is not text.") from exc
    entries: dict[str, str] = {}
    for line in text.splitlines():
        match = _LINE.fullmatch(line)
        name = match.group(2) if match else ""
        parts = name.split("/")
        if match is None or any(p in ("", ".", "..") for p in parts) or name in entries:
            raise ReleaseError("bad_manifest", f"{MANIFEST} has a line that is not valid.")
        entries[name] = match.group(1)
    if (
        not entries
        or len(entries) > MAX_FILES
        or text != "".join(f"{entries[n]}  {n}\n" for n in sorted(entries))
    ):
        raise ReleaseError("bad_manifest", f"{MANIFEST} is not a sorted list of files.")
    return entries


def _capped(path: Path, cap: int) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise ReleaseError("bad_manifest", f"{path.name} is too large to be ours.")
    return data
