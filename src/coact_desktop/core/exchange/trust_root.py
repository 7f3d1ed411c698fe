"""Coact's root of trust for editions: root keys, any k of n, that name the publishing keys.

TUF's root role, cut down for readers who are offline for months. The program ships a root. Each
newer root is signed by the threshold of the root before it *and* by its own threshold, so a reader
follows the chain one version at a time and a stolen key below the threshold changes nothing. A
pack is trusted only when a publishing key of the newest root signed it, so a leaked publishing
key is revoked by the next root. There is no timestamp role: it cannot work offline.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coact_desktop.core.errors import BundleError, KeyFileError, PackError, SignatureError
from coact_desktop.core.exchange.formats import minisign
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical, loads_strict
from coact_desktop.core.storage.paths import RESOURCES

FORMAT = "coact-root/1"
MAX_ROOT_BYTES = 64 << 10
MAX_KEYS = 16
MAX_VERSION = 10**6
MAX_UPDATES = 64  # root versions one pack may carry
LIBRARY_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
ROOT_NAME = re.compile(r"root-([1-9][0-9]{0,5})\.json")  # as file_name() writes it
FIELDS = {"format", "library", "version", "threshold", "root_keys", "publishing_keys"}


@dataclass(frozen=True)
class Root:
    """One version of the root: who may sign roots (and how many must), who may sign packs."""

    library: str
    version: int
    threshold: int
    root_keys: tuple[minisign.PublicKey, ...]
    publishing_keys: tuple[minisign.PublicKey, ...]

    def to_bytes(self) -> bytes:
        """The exact bytes that are signed: canonical JSON."""
        return dumps_canonical(
            {
                "format": FORMAT,
                "library": self.library,
                "version": self.version,
                "threshold": self.threshold,
                "root_keys": [k.to_base64() for k in self.root_keys],
                "publishing_keys": [k.to_base64() for k in self.publishing_keys],
            }
        )

    def file_name(self) -> str:
        """How this version is named in a pack or a folder: ``root-<version>.json``."""
        return f"root-{self.version}.json"

    def publishing_key(self, key_id: bytes) -> minisign.PublicKey | None:
        """The publishing key with this id, if this root lists it."""
        return next((k for k in self.publishing_keys if k.key_id == key_id), None)


@dataclass(frozen=True)
class SignedRoot:
    """A root's bytes and the signatures that came with it (nothing trusted yet)."""

    data: bytes
    signatures: tuple[bytes, ...]


def trusted_comment(root: Root) -> str:
    """What every signature of a root says, so it cannot be moved to another root or version."""
    digest = hashlib.sha256(root.to_bytes()).hexdigest()
    return f"{FORMAT}\tlibrary:{root.library}\tversion:{root.version}\tsha256:{digest}"


def sign_root(
    root: Root, secret: minisign.SecretKey, note: str = "signature from a Coact root key"
) -> str:
    """One root key's .minisig for a root (``minisign -V`` checks it against root-N.json)."""
    return secret.sign(root.to_bytes(), trusted_comment(root), note)


def parse_root(data: bytes) -> Root:
    """Read a root strictly: exact canonical bytes, known fields, sane keys and threshold."""
    if len(data) > MAX_ROOT_BYTES:
        raise _refused(
            "root_too_large", f"A root of trust is small; this one is {len(data)} bytes."
        )
    try:
        raw = loads_strict(data, max_bytes=MAX_ROOT_BYTES)
    except BundleError as exc:  # strict_json's own words say what is wrong
        raise _refused("root_malformed", f"The root of trust is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict) or set(raw) != FIELDS or raw["format"] != FORMAT:
        raise _refused("root_malformed", f"The root of trust is not a {FORMAT} file.")
    library, version, threshold = raw["library"], raw["version"], raw["threshold"]
    if not isinstance(library, str) or not LIBRARY_ID.fullmatch(library):
        raise _refused("root_malformed", "The root of trust names no valid library.")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= MAX_VERSION:
        raise _refused("root_malformed", "The root of trust has no valid version number.")
    root_keys = _keys(raw["root_keys"], "root")
    publishing = _keys(raw["publishing_keys"], "publishing")
    if (
        not isinstance(threshold, int)
        or isinstance(threshold, bool)
        or not 1 <= threshold <= len(root_keys)
    ):
        raise _refused(
            "root_malformed", "The root's threshold must be between 1 and its number of root keys."
        )
    root = Root(library, version, threshold, root_keys, publishing)
    if root.to_bytes() != data:
        # One form only: what minisign checks is exactly what we read.
        raise _refused("root_malformed", "The root of trust is not in its canonical form.")
    return root


@dataclass(frozen=True)
class TrustedRoot:
    """A root that passed, with only the signatures that counted (one per key, re-written)."""

    root: Root
    signatures: tuple[str, ...]


def signers(
    root: Root, signatures: Iterable[bytes], keys: Sequence[minisign.PublicKey]
) -> set[bytes]:
    """The ids of the keys (among ``keys``) whose signature of this root is good."""
    return set(good_signatures(root, signatures, keys))


def good_signatures(
    root: Root, signatures: Iterable[bytes], keys: Sequence[minisign.PublicKey]
) -> dict[bytes, minisign.Signature]:
    """Each key (among ``keys``) with a good signature of this root, and that signature."""
    good: dict[bytes, minisign.Signature] = {}
    data, comment = root.to_bytes(), trusted_comment(root)
    for text in signatures:
        try:
            signature = minisign.parse_signature(text)
        except SignatureError:
            continue  # one damaged signature does not spoil the others
        key = next((k for k in keys if k.key_id == signature.key_id), None)
        if key is None or signature.trusted_comment != comment:
            continue
        try:
            minisign.verify(key, data, signature)
        except SignatureError:
            continue
        good[key.key_id] = signature
    return good


def check_self_signed(signed: SignedRoot) -> Root:
    """A root signed by its own threshold (the shipped root's integrity check)."""
    root = parse_root(signed.data)
    if len(signers(root, signed.signatures, root.root_keys)) < root.threshold:
        raise _refused(
            "root_unsigned",
            f"Version {root.version} of the root of trust is not signed by {root.threshold} of "
            "its own root keys.",
        )
    return root


def follow(trusted: Root, updates: Iterable[SignedRoot]) -> Root:
    """The newest root reachable from ``trusted`` one version at a time; refuse any bad link."""
    chain = follow_chain(trusted, updates)
    return chain[-1].root if chain else trusted


def follow_chain(trusted: Root, updates: Iterable[SignedRoot]) -> list[TrustedRoot]:
    """Every root newer than ``trusted``, checked in order, each with the signatures that count."""
    by_version: dict[int, SignedRoot] = {}
    for count, signed in enumerate(updates, 1):
        if count > MAX_UPDATES:
            raise _refused("root_too_many", "The file carries too many versions of the root.")
        version = parse_root(signed.data).version
        if version in by_version and by_version[version].data != signed.data:
            raise _refused("root_conflict", f"Two different roots claim version {version}.")
        by_version[version] = signed
    current, chain = trusted, []
    for version in sorted(v for v in by_version if v > trusted.version):
        if version != current.version + 1:
            raise _refused(
                "root_gap",
                f"Version {current.version + 1} of the root of trust is missing; cannot go from "
                f"version {current.version} to {version}.",
            )
        chain.append(check_update(current, by_version[version]))
        current = chain[-1].root
    return chain


def check_update(trusted: Root, signed: SignedRoot) -> TrustedRoot:
    """The next root, if the trusted one's threshold and its own both signed it."""
    new = parse_root(signed.data)
    if new.library != trusted.library:
        raise _refused(
            "root_foreign", f"This root of trust is for another library ({new.library})."
        )
    if new.version != trusted.version + 1:
        raise _refused(
            "root_rollback" if new.version <= trusted.version else "root_gap",
            f"Root version {new.version} cannot follow version {trusted.version}.",
        )
    old_signers = good_signatures(new, signed.signatures, trusted.root_keys)
    new_signers = good_signatures(new, signed.signatures, new.root_keys)
    if len(old_signers) < trusted.threshold or len(new_signers) < new.threshold:
        raise _refused(
            "root_unsigned",
            f"Version {new.version} of the root of trust needs {trusted.threshold} signatures of "
            f"the current root keys and {new.threshold} of its own; it has {len(old_signers)} and "
            f"{len(new_signers)}.",
        )
    counted = old_signers | new_signers
    return TrustedRoot(new, tuple(counted[k].to_text() for k in sorted(counted)))


def read_root_folder(folder: Path, version: int) -> SignedRoot:
    """``root-<version>.json`` and every ``root-<version>.json.*.minisig`` beside it."""
    name = f"root-{version}.json"
    try:
        data = _read_capped(folder / name, MAX_ROOT_BYTES)
        signatures = tuple(
            _read_capped(p, minisign.MAX_SIGNATURE_FILE_BYTES)
            for p in sorted(folder.glob(f"{name}.*.minisig"))[: MAX_KEYS * 2]
        )
    except OSError as exc:
        raise KeyFileError(f"Cannot read the root of trust {folder / name}: {exc}.") from exc
    return SignedRoot(data, signatures)


def write_root_folder(folder: Path, root: Root, signatures: Sequence[str]) -> None:
    """Write a root and its signatures as ``read_root_folder`` reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / root.file_name()).write_bytes(root.to_bytes())
    for text in signatures:
        key_id = minisign.parse_signature(text.encode()).key_id_hex
        (folder / f"{root.file_name()}.{key_id}.minisig").write_text(text, "utf-8")


SHIPPED_VERSION = 1  # resources/keys/root-1.json: the root this program starts from


def shipped_root(folder: Path | None = None) -> Root:
    """The root shipped with the program, checked against its own signatures."""
    return check_self_signed(read_root_folder(folder or RESOURCES / "keys", SHIPPED_VERSION))


def _read_capped(path: Path, cap: int) -> bytes:
    """A file's bytes, at most one past the cap (so an oversized file is refused, not read)."""
    with path.open("rb") as handle:
        return handle.read(cap + 1)


def _keys(raw: object, what: str) -> tuple[minisign.PublicKey, ...]:
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_KEYS:
        raise _refused("root_malformed", f"The root must list 1 to {MAX_KEYS} {what} keys.")
    keys = []
    for line in raw:
        if not isinstance(line, str):
            raise _refused("root_malformed", f"A {what} key in the root is not text.")
        try:
            keys.append(minisign.PublicKey.from_text(line))
        except KeyFileError as exc:
            raise _refused("root_malformed", f"A {what} key in the root: {exc.message}") from exc
    if len({k.key_id for k in keys}) != len(keys):
        raise _refused("root_malformed", f"The root lists a {what} key twice.")
    return tuple(keys)


def _refused(reason: str, message: str) -> PackError:
    return PackError(reason, message)
