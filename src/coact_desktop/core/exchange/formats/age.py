"""age (X25519) encryption through pyrage, behind typed functions and our own errors."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from pyrage import x25519

from coact_desktop.core.errors import BundleError, KeyFileError

MAGIC = b"age-encryption.org/v1\n"
RECIPIENT_PREFIX = "age1"
IDENTITY_PREFIX = "AGE-SECRET-KEY-1"


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


def load_identities(path: Path) -> list[Any]:
    """The age secret identities in a file (as ``age-keygen`` writes it)."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"Cannot read the identity file {path}: {exc}.") from exc
    return parse_identities(text, str(path))


def parse_identities(text: str, source: str) -> list[Any]:
    """The age secret identities in an identity file's text; source names it in an error."""
    identities = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(IDENTITY_PREFIX):
            try:
                identities.append(x25519.Identity.from_str(line))
            except pyrage.IdentityError as exc:
                raise KeyFileError(f"{source} holds a damaged age identity: {exc}.") from exc
    if not identities:
        raise KeyFileError(f"{source} holds no age identity (AGE-SECRET-KEY-1…).")
    return identities


def checked_identity(line: str) -> tuple[str, str]:
    """An identity given as text, checked: (its canonical text, its public recipient)."""
    try:
        identity = x25519.Identity.from_str(line.strip())
    except pyrage.IdentityError as exc:
        raise KeyFileError(f"A damaged age identity: {exc}.") from exc
    return str(identity), str(identity.to_public())


def new_identity() -> tuple[str, str]:
    """A fresh (secret identity, public recipient) pair, as text."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


MAX_HEADER = 16 << 10  # our bundles' headers are a few hundred bytes
MAX_STANZAS = 64  # one per recipient; pyrage's parsing slows down with the square of these


class _Guard(io.RawIOBase):
    """Wraps a file for pyrage and keeps any exception of ours that pyrage would wrap.

    pyrage turns an exception from a Python file (a cancel, a full disk, a decryption bomb)
    into its own error type; the guard lets the caller raise the original instead.
    """

    def __init__(self, inner: Any, cap: int | None = None) -> None:
        super().__init__()
        self._inner = inner
        self._cap = cap
        self.count = 0
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        try:
            data = self._inner.read(len(view))
        except BaseException as exc:
            self.error = exc
            raise
        view[: len(data)] = data
        return len(data)

    def write(self, data: Any) -> int:
        self.count += len(data)
        try:
            if self._cap is not None and self.count > self._cap:
                raise _TooLarge
            written: int = self._inner.write(data)
        except BaseException as exc:
            self.error = exc
            raise
        return written

    def flush(self) -> None:
        self._inner.flush()


class _TooLarge(Exception):
    """Raised inside pyrage's callback when the plaintext passes the cap."""


def encrypt_stream(source: BinaryIO, target: BinaryIO, recipients: list[str]) -> None:
    """Encrypt ``source`` to every recipient, writing the age file to ``target``."""
    try:
        parsed = [x25519.Recipient.from_str(r) for r in recipients]
    except pyrage.RecipientError as exc:
        raise KeyFileError(f"not an age public key: {exc}") from exc
    reader, writer = _Guard(source), _Guard(target)
    try:
        pyrage.encrypt_io(reader, writer, parsed)
    except Exception as exc:
        for guard in (reader, writer):
            if guard.error is not None:
                raise guard.error from exc  # a cancel, or our own disk
        raise


def check_header(head: bytes) -> None:
    """Refuse an age header too large or with too many entries before pyrage parses it."""
    end = head.find(b"\n---")
    if end < 0:
        what = "too large" if len(head) >= MAX_HEADER else "cut short"
        raise BundleError("bad_encryption_header", f"The bundle's encryption header is {what}.")
    if head[:end].count(b"\n-> ") > MAX_STANZAS:
        raise BundleError(
            "bad_encryption_header",
            f"The bundle is encrypted to more than {MAX_STANZAS} recipients; refused.",
        )


def decrypt_stream(source: BinaryIO, target: BinaryIO, identities: list[Any], cap: int) -> None:
    """Decrypt an age file (its header checked first with check_header); BundleError if not."""
    reader, writer = _Guard(source), _Guard(target, cap)
    try:
        pyrage.decrypt_io(reader, writer, identities)
    except Exception as exc:
        ours = reader.error or writer.error
        if isinstance(ours, _TooLarge):
            raise BundleError(
                "too_large", f"The decrypted bundle is larger than {cap // 2**20} MB; refused."
            ) from exc
        if ours is not None:
            raise ours from exc  # a cancel, or our own disk: not the bundle's fault
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
            "The bundle could not be decrypted: it is truncated or was changed on the way.",
        ) from exc
