"""age (X25519) encryption through pyrage, behind typed functions and our own errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from pyrage import x25519

from coact_desktop.core.errors import BundleError, KeyFileError
from coact_desktop.core.paths import RESOURCES

MAGIC = b"age-encryption.org/v1\n"
RECIPIENT_PREFIX = "age1"
IDENTITY_PREFIX = "AGE-SECRET-KEY-1"


def coact_recipients_file() -> Path:
    """Coact's public age recipients, shipped with the program (one per line, # comments)."""
    return RESOURCES / "keys" / "coact-recipients.txt"


def parse_recipients(text: str, source: str) -> list[str]:
    """The age public keys in a recipients file or a single argument, checked."""
    found = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            x25519.Recipient.from_str(line)
        except pyrage.RecipientError as exc:
            raise KeyFileError(
                f"{source}, line {number}: this is not an age public key (age1…): {exc}.",
                source=source,
            ) from exc
        found.append(line)
    if not found:
        raise KeyFileError(f"{source} holds no age public key.", source=source)
    return found


def recipients_from(argument: str) -> list[str]:
    """Recipients from an ``age1…`` string or a file of them."""
    if argument.strip().startswith(RECIPIENT_PREFIX):
        return parse_recipients(argument, "the recipient given")
    path = Path(argument)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"Cannot read the recipients file {path}: {exc}.") from exc
    return parse_recipients(text, str(path))


def coact_recipients() -> list[str]:
    """The recipients a bundle is encrypted to by default."""
    path = coact_recipients_file()
    return parse_recipients(path.read_text("utf-8"), str(path))


def load_identities(path: Path) -> list[Any]:
    """The age secret identities in a file (as ``age-keygen`` writes it)."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"Cannot read the identity file {path}: {exc}.") from exc
    identities = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(IDENTITY_PREFIX):
            try:
                identities.append(x25519.Identity.from_str(line))
            except pyrage.IdentityError as exc:
                raise KeyFileError(f"{path} holds a damaged age identity: {exc}.") from exc
    if not identities:
        raise KeyFileError(f"{path} holds no age identity (AGE-SECRET-KEY-1…).")
    return identities


def new_identity() -> tuple[str, str]:
    """A fresh (secret identity, public recipient) pair, as text."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def encrypt_stream(source: BinaryIO, target: BinaryIO, recipients: list[str]) -> None:
    """Encrypt ``source`` to every recipient, writing the age file to ``target``."""
    parsed = [x25519.Recipient.from_str(r) for r in recipients]
    pyrage.encrypt_io(source, target, parsed)


class _CappedWriter:
    """A write-only file that refuses to grow past a cap (a decryption bomb stops early)."""

    def __init__(self, target: BinaryIO, cap: int) -> None:
        self._target = target
        self._cap = cap
        self.written = 0
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        self.written += len(data)
        if self.written > self._cap:
            raise _TooLarge
        try:
            return self._target.write(data)
        except OSError as exc:
            self.error = exc  # our disk, not the bundle: reported as itself
            raise

    def flush(self) -> None:
        self._target.flush()


class _TooLarge(Exception):
    """Raised inside pyrage's callback when the plaintext passes the cap."""


def decrypt_stream(source: BinaryIO, target: BinaryIO, identities: list[Any], cap: int) -> None:
    """Decrypt an age file; every failure is a BundleError naming what went wrong."""
    writer = _CappedWriter(target, cap)
    try:
        pyrage.decrypt_io(source, writer, identities)
    except pyrage.DecryptError as exc:
        text = str(exc)
        if "No matching keys" in text:
            raise BundleError(
                "not_for_us",
                "This bundle was encrypted for someone else: none of our age identities opens it.",
            ) from exc
        if "header" in text.lower() or "parse" in text.lower():
            raise BundleError(
                "bad_encryption_header", f"The bundle's encryption header is damaged ({text})."
            ) from exc
        raise BundleError(
            "decrypt_failed",
            "The bundle could not be decrypted: it is truncated or was changed on the way "
            f"({text}).",
        ) from exc
    except _TooLarge as exc:
        raise BundleError(
            "too_large", f"The decrypted bundle is larger than {cap // 2**20} MB; refused."
        ) from exc
    except OSError as exc:
        if writer.error is not None:
            raise writer.error from exc
        # pyrage reports a damaged or truncated payload as an I/O error of its reader.
        raise BundleError(
            "decrypt_failed",
            "The bundle could not be decrypted: it is truncated or was changed on the way.",
        ) from exc
    except BaseException as exc:
        # pyrage wraps exceptions from our writer; look through the chain for ours.
        if isinstance(exc.__cause__, _TooLarge) or "_TooLarge" in repr(exc):
            raise BundleError(
                "too_large", f"The decrypted bundle is larger than {cap // 2**20} MB; refused."
            ) from exc
        raise
