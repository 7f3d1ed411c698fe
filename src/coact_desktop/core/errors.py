"""Errors a person can act on; anything else raised from core is a bug."""

from __future__ import annotations


class KnownError(Exception):
    """An environment or data problem with a code and a message a person can act on."""

    code = "error"

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class ProfileError(KnownError):
    """The profile folder cannot be used (missing permissions, not a folder, locked)."""

    code = "profile"


class DatabaseError(KnownError):
    """The profile database cannot be opened, migrated or written."""

    code = "database"


class EditionError(KnownError):
    """The bundled edition is missing or does not match its own description."""

    code = "edition"


class AttachmentError(KnownError):
    """A file that cannot be attached safely."""

    code = "attachment"


class SearchError(KnownError):
    """A search could not be run (bad query, unknown filter, index unavailable)."""

    code = "search"


class NotFound(KnownError):
    """A chapter, passage or organisation that was asked for does not exist."""

    code = "not_found"


class Cancelled(KnownError):
    """A long operation was cancelled by the person who started it."""

    code = "cancelled"


class KeyFileError(KnownError):
    """A signing key, public key or rotation record is malformed or cannot be used."""

    code = "key_file"


class PassphraseError(KnownError):
    """The passphrase does not open the group's secret key."""

    code = "passphrase"


class SignatureError(KnownError):
    """A signature is malformed, made by another key, or does not match what it signs."""

    code = "signature"


class BundleError(KnownError):
    """A bundle file was refused: it is damaged, hostile, unsigned, or not for us.

    ``reason`` is a stable machine-readable word (e.g. ``zip_bomb``); the message says it in words.
    """

    code = "bundle"

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason


class ReleaseError(KnownError):
    """A copy of the program that does not match what Coact released: refused with a reason."""

    code = "release"

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason


class PackError(KnownError):
    """An edition pack or a root of trust was refused: damaged, unsigned, old, or not ours.

    ``reason`` is a stable machine-readable word (e.g. ``rollback``); the message says it in words.
    """

    code = "pack"

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason


class AnswerError(KnownError):
    """Coact's answer to a bundle was refused: damaged, unsigned, or not for this profile.

    ``reason`` is a stable machine-readable word (e.g. ``not_ours``); the message says it in words.
    """

    code = "answer"

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, reason=reason, **details)
        self.reason = reason
