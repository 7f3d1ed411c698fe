"""Daily housekeeping of a profile: clean attachment copies that nothing refers to."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.core.storage.models import DraftRevisionRow, DraftRow, ReceivedBundleRow

_SHA256 = re.compile(r"[0-9a-f]{64}")


def referenced_attachments(sessions: sessionmaker[Session]) -> set[str]:
    """Every SHA-256 that a draft, any of its revisions or a received history mentions."""
    found: set[str] = set()
    with sessions() as session:
        for column in (DraftRow.content, DraftRevisionRow.content, ReceivedBundleRow.history):
            # Streamed: a profile with years of revisions is never held in memory at once.
            for text in session.scalars(select(column).execution_options(yield_per=200)):
                found.update(_SHA256.findall(text))
    return found


def collect_attachments(sessions: sessionmaker[Session], files: FileStore) -> list[str]:
    """Delete clean copies no draft, revision or received history uses; their names."""
    return collect_unused(files.folder, files.holds(referenced_attachments(sessions)))


GRACE = 24 * 60 * 60  # seconds: a copy attached just now may not be in a saved revision yet


def collect_unused(
    folder: Path, referenced: Callable[[str], bool], now: float | None = None
) -> list[str]:
    """Delete clean copies that nothing refers to any more; the names of those deleted.

    ``referenced`` says of a name on disk whether any draft, any revision or any received
    bundle uses that file. Only copies untouched for a day go, so an attachment made moments
    before its draft's first save is never taken away; left-over partial writes go too.
    """
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for path in entries:
        if referenced(path.name) or not path.is_file():
            continue
        try:
            if now - path.stat().st_mtime < GRACE:
                continue
            path.unlink()
        except OSError:
            continue  # kept; tried again another day
        removed.append(path.name)
    return sorted(removed)


STALE_TEMP = 60 * 60  # seconds: no export or verification takes this long


def clear_stale_temp(data_dir: Path, now: float | None = None) -> None:
    """Remove what a killed export or verification left in the profile's private tmp folder."""
    folder = data_dir / "tmp"
    now = time.time() if now is None else now
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        try:
            if now - entry.stat().st_mtime > STALE_TEMP:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink()
        except OSError:
            continue  # tried again at the next start
