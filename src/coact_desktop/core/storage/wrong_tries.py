"""Quick delete after too many wrong passphrases in a row: off unless the user turns it on.

The count is kept in a small plain file beside the key file (it must be read before any
passphrase is known), so the file says the option is on; the README says so. Each try is
counted before the passphrase is checked, so killing the program during a try does not
take it back.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from coact_desktop.core.errors import KnownError
from coact_desktop.core.storage.whole_file import write_whole

log = logging.getLogger(__name__)
TRIES_FILE = "unlock-tries.json"
CHOICES = (5, 10, 20)  # how many wrong passphrases in a row


class TriesError(KnownError):
    """A number of tries that is not one of the choices."""

    code = "tries"


def tries_file(folder: Path) -> Path:
    """Where the profile counts wrong passphrases."""
    return folder / TRIES_FILE


def limit(folder: Path) -> int | None:
    """After how many wrong passphrases everything private is deleted; None: never."""
    return _read(folder)[0]


def set_limit(folder: Path, after: int | None) -> None:
    """Turn quick delete after ``after`` wrong passphrases on, or (None) off; the count restarts."""
    if after is None:
        tries_file(folder).unlink(missing_ok=True)
        return
    if after not in CHOICES:
        raise TriesError(f"Choose one of {', '.join(map(str, CHOICES))} tries.", reason="choice")
    _write(folder, after, 0)


def count_try(folder: Path) -> bool:
    """Count a try before it is checked; whether it is the last one allowed."""
    after, failed = _read(folder)
    if after is None:
        return False
    try:
        _write(folder, after, failed + 1)
    except OSError as exc:
        # A full or read-only disk must not lock the user out of the drafts; the try goes
        # uncounted (whoever can fill the disk can copy it, which the guard never stopped).
        log.warning("A wrong passphrase could not be counted: %s", exc)
        return False
    return failed + 1 >= after


def opened(folder: Path) -> None:
    """A passphrase opened the drafts: the wrong ones before it are forgotten."""
    after, failed = _read(folder)
    if after is not None and failed:
        try:
            _write(folder, after, 0)
        except OSError as exc:  # the drafts are open either way
            log.warning("The count of wrong passphrases could not be reset: %s", exc)


def _read(folder: Path) -> tuple[int | None, int]:
    try:
        content = json.loads(tries_file(folder).read_text("utf-8"))
        after, failed = int(content["after"]), int(content["failed"])
    except FileNotFoundError:
        return None, 0
    except (OSError, ValueError, KeyError, TypeError):
        # Damaged: the guard stays on (at the strictest choice) rather than silently off.
        return CHOICES[0], 0
    return (after if after in CHOICES else CHOICES[0]), max(0, failed)


def _write(folder: Path, after: int, failed: int) -> None:
    write_whole(tries_file(folder), json.dumps({"after": after, "failed": failed}).encode())
