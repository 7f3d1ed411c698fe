"""Rolling automatic backups of the profile database, a health check, and restoring."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coact_desktop.core.errors import DatabaseError, NotFound
from coact_desktop.core.storage.lock import ProfileLock
from coact_desktop.core.storage.paths import ProfilePaths

KEEP = 7  # the newest seven: a week of daily backups, or the last seven starts
EVERY = timedelta(hours=20)  # at most about once a day
PREFIX, SUFFIX = "coact-", ".sqlite3"


@dataclass(frozen=True)
class Backup:
    """One backup file."""

    name: str
    path: Path
    taken_at: str
    size: int


def backup_dir(paths: ProfilePaths) -> Path:
    """Where the backups live, inside the profile."""
    return paths.data_dir / "backups"


def quick_check(database: Path) -> str:
    """SQLite's quick_check: "ok", or what it found wrong (a missing file is fine: it is new)."""
    if not database.exists():
        return "ok"
    try:
        with closing(sqlite3.connect(f"file:{database}?mode=rw", uri=True, timeout=5)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        return "ok"  # cannot look (e.g. a read-only folder): opening it will say why, in words
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows)


def list_backups(paths: ProfilePaths) -> tuple[Backup, ...]:
    """The backups, newest first."""
    folder = backup_dir(paths)
    if not folder.is_dir():
        return ()
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        stamp = path.name[len(PREFIX) : -len(SUFFIX)]
        try:
            taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path.name, path, taken.isoformat() + "Z", path.stat().st_size))
    return tuple(sorted(found, key=lambda b: b.name, reverse=True))


def backup_if_due(paths: ProfilePaths, now: datetime | None = None) -> Backup | None:
    """Take a backup if the newest is older than EVERY; keep the newest KEEP. None if not due."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    existing = list_backups(paths)
    if existing and now - datetime.fromisoformat(existing[0].taken_at.rstrip("Z")) < EVERY:
        return None
    if not paths.database.exists():
        return None
    folder = backup_dir(paths)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}{SUFFIX}"
    partial = target.with_suffix(".partial")
    # SQLite's online backup copies a consistent snapshot even while the program writes.
    with (
        closing(sqlite3.connect(paths.database)) as source,
        closing(sqlite3.connect(partial)) as copy,
    ):
        source.backup(copy)
    partial.replace(target)  # a backup is either whole or absent
    for old in list_backups(paths)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return next(b for b in list_backups(paths) if b.name == target.name)


def restore_backup(paths: ProfilePaths, name: str) -> Path:
    """Put a backup in place of the profile database; the current one is kept aside, not lost.

    The database must not be open. Returns where the replaced database was moved.
    """
    backup = next((b for b in list_backups(paths) if b.name == name), None)
    if backup is None:
        raise NotFound(f"There is no backup called {name}.", name=name)
    with ProfileLock(paths.data_dir, exclusive=True) as lock:
        if not lock.acquire():
            raise DatabaseError(
                "Coact Desktop is open on this profile. Close it first, then restore the backup.",
                reason="in_use",
            )
        return _restore(paths, backup)


def _restore(paths: ProfilePaths, backup: Backup) -> Path:
    name = backup.name
    if quick_check(backup.path) != "ok":
        raise DatabaseError(f"The backup {name} is damaged too; choose another.", name=name)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = backup_dir(paths) / f"replaced-{stamp}{SUFFIX}"
    database = paths.database
    if database.exists():
        database.replace(aside)
    for extra in ("-wal", "-shm"):
        sidecar = Path(f"{database}{extra}")
        if sidecar.exists():
            sidecar.replace(Path(f"{aside}{extra}"))
    shutil.copyfile(backup.path, database)
    return aside
