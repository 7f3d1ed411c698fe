"""The age keys a bundle is sealed to and opened with: Coact's shipped keys, or files given."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coact_desktop.core.exchange.formats import age
from coact_desktop.core.storage.paths import RESOURCES

IDENTITY_FILE = Path("keys") / "age-identity.txt"  # inside the profile, on Coact's laptop


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
