"""Rolling automatic backups of the profile's databases, a health check, and restoring.

The plain database is copied with SQLite's online backup; the encrypted one (once the drafts are
protected) with SQLCipher's, under the same key, so its backups are as unreadable as it is.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from coact_desktop.core.errors import DatabaseError, NotFound
from coact_desktop.core.storage.lock import ProfileLock
from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.core.storage.private_db import private_database

KEEP = 7  # the newest seven: a week of daily backups, or the last seven starts
EVERY = timedelta(hours=20)  # at most about once a day
PREFIX, SUFFIX = "coact-", ".sqlite3"
PRIVATE_PREFIX, PRIVATE_SUFFIX = "private-", ".sqlcipher"  # the encrypted drafts' backups


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
    """The backups of both databases, newest first."""
    found = [*_list(paths, PREFIX, SUFFIX), *_list(paths, PRIVATE_PREFIX, PRIVATE_SUFFIX)]
    return tuple(sorted(found, key=lambda b: (b.taken_at, b.name), reverse=True))


def _list(paths: ProfilePaths, prefix: str, suffix: str) -> list[Backup]:
    """One database's backups, newest first."""
    folder = backup_dir(paths)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{prefix}*{suffix}"):
        stamp = path.name[len(prefix) : -len(suffix)]
        try:
            taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path.name, path, taken.isoformat() + "Z", path.stat().st_size))
    return sorted(found, key=lambda b: b.name, reverse=True)


def _due(existing: list[Backup], now: datetime) -> bool:
    newest = existing[0].taken_at.rstrip("Z") if existing else None
    return newest is None or now - datetime.fromisoformat(newest) >= EVERY


def backup_if_due(paths: ProfilePaths, now: datetime | None = None) -> Backup | None:
    """Take a backup if the newest is older than EVERY; keep the newest KEEP. None if not due."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    if not _due(_list(paths, PREFIX, SUFFIX), now):
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
    return _prune(paths, PREFIX, SUFFIX, target.name)


def _prune(paths: ProfilePaths, prefix: str, suffix: str, newest: str) -> Backup:
    """Keep the newest KEEP of one database's backups; the one just taken."""
    for old in _list(paths, prefix, suffix)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return next(b for b in _list(paths, prefix, suffix) if b.name == newest)


def backup_private_if_due(
    paths: ProfilePaths, engine: Engine, now: datetime | None = None
) -> Backup | None:
    """Back up the encrypted database (open on engine) if due, encrypted under the same key."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    if not _due(_list(paths, PRIVATE_PREFIX, PRIVATE_SUFFIX), now):
        return None
    import sqlcipher3

    folder = backup_dir(paths)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PRIVATE_PREFIX}{now:%Y%m%d-%H%M%S}{PRIVATE_SUFFIX}"
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    raw: Any = engine.raw_connection()
    try:
        with closing(sqlcipher3.connect(str(partial))) as copy:
            # The URL's password is the raw key in SQLCipher's x'…' form (see cipher_db).
            copy.execute(f'PRAGMA key="{engine.url.password}"')
            raw.driver_connection.backup(copy)
    finally:
        raw.close()
    partial.replace(target)
    return _prune(paths, PRIVATE_PREFIX, PRIVATE_SUFFIX, target.name)


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
    private = name.startswith(PRIVATE_PREFIX)
    # An encrypted backup cannot be checked without its key; opening it will say if it is bad.
    if not private and quick_check(backup.path) != "ok":
        raise DatabaseError(f"The backup {name} is damaged too; choose another.", name=name)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    suffix = PRIVATE_SUFFIX if private else SUFFIX
    aside = backup_dir(paths) / f"replaced-{stamp}{suffix}"
    database = private_database(paths) if private else paths.database
    if database.exists():
        database.replace(aside)
    for extra in ("-wal", "-shm"):
        sidecar = Path(f"{database}{extra}")
        if sidecar.exists():
            sidecar.replace(Path(f"{aside}{extra}"))
    shutil.copyfile(backup.path, database)
    return aside
