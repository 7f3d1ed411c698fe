"""The encrypted database: our whole schema in it, nothing readable in its files without the key."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from coact_desktop.core.drafts.model import Draft, Event, Person, Profile, Section
from coact_desktop.core.drafts.service import DraftsService
from coact_desktop.core.errors import DatabaseError
from coact_desktop.core.storage.cipher_db import check_key, make_cipher_engine
from coact_desktop.core.storage.db import upgrade

KEY = bytes(range(32))  # a throwaway test key
TEXT = "TEST TEXT: Ira Lantern opened the back room of the drop-in on Tuesdays."


def _draft() -> Draft:
    return Draft(
        id="5d2e4c1a-0b3f-4e6d-8a9c-1f2e3d4c5b6a",
        profile=Profile(name="Lanternfolk (test group)", country="Exampleland"),
        sections=(Section("How the group began", TEXT),),
        events=(Event("2016", "TEST TEXT: a first meeting.", 2016, ("Ira Lantern",), ()),),
        people=(Person("Ira Lantern", "named"),),
    )


def _files(path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def test_the_schema_and_a_draft_live_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "private.sqlite3"
    engine = make_cipher_engine(path, KEY)
    upgrade(engine)  # every migration runs on the encrypted database as on a plain one
    drafts = DraftsService(sessionmaker(engine, expire_on_commit=False))
    drafts.create(_draft())
    assert drafts.get(_draft().id).sections[0].body == TEXT
    # Before the write-ahead log is folded in, and after: no word of it on the disk.
    for needle in (b"Ira Lantern", b"Lanternfolk", b"drop-in", b"SQLite format 3"):
        assert needle not in _files(path), needle
    engine.dispose()
    for needle in (b"Ira Lantern", b"Lanternfolk", b"drop-in", b"SQLite format 3"):
        assert needle not in _files(path), needle
    again = make_cipher_engine(path, KEY)
    assert DraftsService(sessionmaker(again)).get(_draft().id).people[0].name == "Ira Lantern"
    again.dispose()


def test_another_key_opens_nothing_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "private.sqlite3"
    engine = make_cipher_engine(path, KEY)
    upgrade(engine)
    engine.dispose()
    before = path.read_bytes()
    wrong = make_cipher_engine(path, os.urandom(32))
    with pytest.raises(DatabaseError, match="does not open with this key"):
        check_key(wrong)
    wrong.dispose()
    assert path.read_bytes() == before
    right = make_cipher_engine(path, KEY)
    check_key(right)
    right.dispose()


def test_a_key_is_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        make_cipher_engine(tmp_path / "x.sqlite3", b"short")


def test_many_threads_each_keep_their_own_connection_open(tmp_path: Path) -> None:
    # The window reads from a pool of background threads. SQLAlchemy's default pool for
    # SQLCipher closed another thread's connection once a sixth thread connected: in C, a
    # query on it at that moment crashed the process; here it would raise.
    engine = make_cipher_engine(tmp_path / "private.sqlite3", KEY)
    upgrade(engine)
    threads = 8
    connected = threading.Barrier(threads)
    counts: list[int] = []
    errors: list[BaseException] = []

    def read() -> None:
        try:
            with engine.connect() as connection:
                connected.wait(timeout=30)  # every thread holds its connection at once
                counts.append(connection.execute(text("SELECT count(*) FROM drafts")).scalar_one())
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)
            connected.abort()

    workers = [threading.Thread(target=read) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    engine.dispose()
    assert errors == []
    assert counts == [0] * threads
