"""The age keys a bundle is sealed to and opened with: Coact's shipped keys, or files given."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coact_desktop.core.exchange.formats import age
from coact_desktop.core.storage.paths import RESOURCES
from coact_desktop.core.storage.whole_file import replace_whole

IDENTITY_FILE = Path("keys") / "age-identity.txt"  # inside the profile, on Coact's laptop
# The group's own: Coact's answers to its bundles are encrypted to it (made at the first export).
ANSWER_IDENTITY_FILE = Path("keys") / "answer-identity.txt"


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


def identity_file(data_dir: Path, chosen: Path | None = None) -> Path | None:
    """The identity file to open bundles with: the one chosen, else the profile's if it has one."""
    if chosen is not None:
        return chosen
    default = data_dir / IDENTITY_FILE
    return default if default.exists() else None


def load_identities(path: Path) -> list[Any]:
    """The age identities in a file, checked (an error names the file and what is wrong)."""
    return age.load_identities(path)


def answer_recipient(data_dir: Path) -> str:
    """The public half of the profile's answer identity, made (and kept, 0600) on first use."""
    path = data_dir / ANSWER_IDENTITY_FILE
    if path.exists():
        return str(age.load_identities(path)[0].to_public())
    identity, recipient = age.new_identity()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = _identity_file_text([identity], recipient)
    # Written whole beside it, then linked into place: two exports at once (the window and
    # the command line) must never replace a key a bundle already named; the second reads
    # the first's.
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=".answer-identity.")
    partial = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(text.encode())
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(partial, path)
        except FileExistsError:
            return str(age.load_identities(path)[0].to_public())
    finally:
        partial.unlink(missing_ok=True)
    return recipient


def answer_identity_lines(data_dir: Path) -> list[str]:
    """The profile's answer identities as text (for a key backup); none if it has none yet."""
    return [str(i) for i in answer_identities(data_dir)]


def keep_answer_identities(data_dir: Path, lines: Sequence[str]) -> int:
    """Add identities (from a key backup) to the profile's file; how many were new.

    The profile's own stays first (new bundles go on naming it); the restored ones open
    answers to bundles sent before, from the laptop the backup came from.
    """
    restored = [age.checked_identity(line)[0] for line in lines]
    path = data_dir / ANSWER_IDENTITY_FILE
    have = answer_identity_lines(data_dir)
    new = [line for line in dict.fromkeys(restored) if line not in have]
    if not new:
        return 0
    kept = have + new
    public = age.checked_identity(kept[0])[1]
    text = _identity_file_text(kept, public)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    replace_whole(path, lambda out: out.write(text.encode()), 0o600)
    return len(new)


def _identity_file_text(identities: Sequence[str], public: str) -> str:
    """The answer identity file: what it is, the public key new bundles name, one key a line."""
    return (
        "# Coact Desktop: this profile's age identities, for Coact's answers to its bundles.\n"
        f"# public key (named in new bundles): {public}\n" + "".join(f"{i}\n" for i in identities)
    )


def answer_identities(data_dir: Path) -> list[Any]:
    """The identities that open an answer encrypted to this profile; none if it has none."""
    path = data_dir / ANSWER_IDENTITY_FILE
    return age.load_identities(path) if path.exists() else []
