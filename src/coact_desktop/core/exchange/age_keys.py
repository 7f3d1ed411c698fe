"""The age keys a bundle is sealed to and opened with: Coact's shipped keys, or files given."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coact_desktop.core.exchange.formats import age
from coact_desktop.core.storage.key_files import KeyFiles
from coact_desktop.core.storage.paths import RESOURCES

# In the profile's keys/ folder (KeyFiles: sealed once the profile is protected).
COACT_IDENTITY = "age-identity.txt"  # Coact's, put there on Coact's laptop
# The group's own: Coact's answers to its bundles are encrypted to it (made at the first export).
ANSWER_IDENTITY = "answer-identity.txt"


def coact_recipients_file() -> Path:
    """Coact's public age recipients, shipped with the program (one per line, # comments)."""
    return RESOURCES / "keys" / "coact-recipients.txt"


def coact_recipients() -> list[str]:
    """The recipients a bundle is encrypted to by default."""
    path = coact_recipients_file()
    return age.parse_recipients(path.read_text("utf-8"), str(path))


def sealed_to(given: Sequence[str]) -> list[str]:
    """The recipients given (``age1…`` or files of them), else Coact's."""
    found: list[str] = []
    for argument in given:
        found += age.recipients_from(argument)
    return found or coact_recipients()


def coact_identities(keys: KeyFiles, chosen: Path | None = None) -> list[Any] | None:
    """The identities to open bundles with: the file chosen, else the profile's, else None."""
    if chosen is not None:
        return age.load_identities(chosen)
    text = keys.read_text(COACT_IDENTITY)
    return None if text is None else age.parse_identities(text, COACT_IDENTITY)


def has_coact_identity(keys: KeyFiles) -> bool:
    """Whether the profile keeps Coact's identity (False while it is locked)."""
    return keys.exists(COACT_IDENTITY)


def load_identities(path: Path) -> list[Any]:
    """The age identities in a file, checked (an error names the file and what is wrong)."""
    return age.load_identities(path)


def answer_recipient(keys: KeyFiles) -> str:
    """The public half of the profile's answer identity, made (and kept) on first use."""
    have = answer_identities(keys)
    if have:
        return str(have[0].to_public())
    identity, recipient = age.new_identity()
    if not keys.create_text(ANSWER_IDENTITY, _identity_file_text([identity], recipient)):
        # Two exports at once (the window and the command line): the first one's key stays,
        # since a bundle may already name it.
        return str(answer_identities(keys)[0].to_public())
    return recipient


def answer_identity_lines(keys: KeyFiles) -> list[str]:
    """The profile's answer identities as text (for a key backup); none if it has none yet."""
    return [str(i) for i in answer_identities(keys)]


def keep_answer_identities(keys: KeyFiles, lines: Sequence[str]) -> int:
    """Add identities (from a key backup) to the profile's file; how many were new.

    The profile's own stays first (new bundles go on naming it); the restored ones open
    answers to bundles sent before, from the laptop the backup came from.
    """
    restored = [age.checked_identity(line)[0] for line in lines]
    have = answer_identity_lines(keys)
    new = [line for line in dict.fromkeys(restored) if line not in have]
    if not new:
        return 0
    kept = have + new
    public = age.checked_identity(kept[0])[1]
    keys.replace_text(ANSWER_IDENTITY, _identity_file_text(kept, public))
    return len(new)


def _identity_file_text(identities: Sequence[str], public: str) -> str:
    """The answer identity file: what it is, the public key new bundles name, one key a line."""
    return (
        "# Coact Desktop: this profile's age identities, for Coact's answers to its bundles.\n"
        f"# public key (named in new bundles): {public}\n" + "".join(f"{i}\n" for i in identities)
    )


def answer_identities(keys: KeyFiles) -> list[Any]:
    """The identities that open an answer encrypted to this profile; none if it has none."""
    text = keys.read_text(ANSWER_IDENTITY)
    return [] if text is None else age.parse_identities(text, ANSWER_IDENTITY)
