"""Rolling backups: taken about daily, the newest seven kept, restorable, damage detected."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coact_desktop.core.errors import DatabaseError, NotFound
from coact_desktop.core.storage import backups
from coact_desktop.core.storage.paths import ProfilePaths, resolve_profile


@pytest.fixture
def paths(tmp_path: Path) -> ProfilePaths:
    profile = resolve_profile(tmp_path / "profile")
    profile.ensure()
    with sqlite3.connect(profile.database) as conn:
        conn.execute("CREATE TABLE notes (text)")
        conn.execute("INSERT INTO notes VALUES ('the first note')")
    conn.close()
    return profile


def test_a_backup_is_taken_when_due_and_not_again_soon(paths: ProfilePaths) -> None:
    start = datetime(2026, 1, 1, 9, 0)
    first = backups.backup_if_due(paths, start)
    assert first is not None
    assert backups.backup_if_due(paths, start + timedelta(hours=2)) is None
    assert backups.backup_if_due(paths, start + timedelta(days=1)) is not None
    with sqlite3.connect(first.path) as conn:
        assert conn.execute("SELECT text FROM notes").fetchall() == [("the first note",)]
    conn.close()


def test_only_the_newest_seven_are_kept(paths: ProfilePaths) -> None:
    start = datetime(2026, 1, 1)
    for day in range(10):
        backups.backup_if_due(paths, start + timedelta(days=day))
    kept = backups.list_backups(paths)
    assert len(kept) == backups.KEEP
    assert kept[0].name == "coact-20260110-000000.sqlite3"
    assert kept[-1].name == "coact-20260104-000000.sqlite3"


def test_quick_check_finds_damage(paths: ProfilePaths) -> None:
    assert backups.quick_check(paths.database) == "ok"
    assert backups.quick_check(paths.database.with_name("absent.sqlite3")) == "ok"
    paths.database.write_bytes(b"not a database" * 100)
    assert backups.quick_check(paths.database) != "ok"


def test_restoring_keeps_the_replaced_database_aside(paths: ProfilePaths) -> None:
    taken = backups.backup_if_due(paths, datetime(2026, 1, 1))
    assert taken is not None
    paths.database.write_bytes(b"damaged" * 1000)
    aside = backups.restore_backup(paths, taken.name)
    assert aside.read_bytes() == b"damaged" * 1000
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT text FROM notes").fetchall() == [("the first note",)]
    conn.close()


def test_unknown_or_damaged_backups_are_refused(paths: ProfilePaths) -> None:
    with pytest.raises(NotFound):
        backups.restore_backup(paths, "coact-20990101-000000.sqlite3")
    taken = backups.backup_if_due(paths, datetime(2026, 1, 1))
    assert taken is not None
    taken.path.write_bytes(b"also damaged" * 1000)
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseError, match="damaged too"):
        backups.restore_backup(paths, taken.name)
    assert paths.database.read_bytes() == before  # nothing was changed


def test_a_folder_that_cannot_be_written_is_not_called_damage(paths: ProfilePaths) -> None:
    # A read-only mount: opening for the check fails with OperationalError, which is not damage.
    assert backups.quick_check(paths.database.parent / "missing-dir" / "x.sqlite3") == "ok"


def test_a_backup_is_never_restored_under_a_running_program(tmp_path: Path) -> None:
    from coact_desktop.core.services import open_services

    profile = resolve_profile(tmp_path / "in-use")
    services = open_services(profile)  # opening takes the first backup
    (taken,) = backups.list_backups(profile)
    with pytest.raises(DatabaseError, match="Close it first"):
        backups.restore_backup(profile, taken.name)
    assert not list(backups.backup_dir(profile).glob("replaced-*"))  # nothing was moved
    services.close()
    assert backups.restore_backup(profile, taken.name).exists()
