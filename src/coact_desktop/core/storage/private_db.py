"""The private database: drafts, keys, exports, the inbox and answers, encrypted with SQLCipher.

A profile starts plain: one database holds the library and the private tables. When its owner
sets a passphrase, the private tables are copied into a second database encrypted whole with a
key derived from the data key, and scrubbed out of the plain one, which from then on holds only
the public library (so reading starts without a passphrase). No foreign key crosses between the
two kinds of table, which is what lets them live in two files.

The copy is made beside the final name and renamed into place as its last step: that rename is
the one moment the profile becomes encrypted. A kill before it leaves the plain profile whole
(the partial copy and the key are removed at the next start); a kill after it leaves the
encrypted profile whole, and the scrub of the plain file, which is idempotent, is finished at
the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import StaticPool

from coact_desktop.core.storage import data_key
from coact_desktop.core.storage.cipher_db import check_key, make_cipher_engine
from coact_desktop.core.storage.data_key import DataKey
from coact_desktop.core.storage.db import upgrade
from coact_desktop.core.storage.file_store import SEALED
from coact_desktop.core.storage.paths import ProfilePaths, attachments_dir
from coact_desktop.core.storage.schema import HEAD_REVISION
from coact_desktop.core.storage.whole_file import sync_to_disk

# Children before parents, so that deleting in this order never trips a foreign key.
PRIVATE_TABLES = (
    "answers",
    "received_bundles",
    "pinned_keys",
    "exports",
    "signing_keys",
    "draft_revisions",
    "drafts",
)
PUBLIC_TABLES = (
    "events",
    "mentions",
    "media",
    "organisations",
    "passages",
    "chapters",
    "edition_states",
    "editions",
)
DB_PURPOSE = "coact private database"  # the data key's subkey for the database
SIDECARS = ("-wal", "-shm", "-journal")


def private_database(paths: ProfilePaths) -> Path:
    """Where an encrypted profile keeps its private tables."""
    return paths.data_dir / "private.sqlcipher"


def _partial(paths: ProfilePaths) -> Path:
    return paths.data_dir / "private.sqlcipher.partial"


def is_encrypted(paths: ProfilePaths) -> bool:
    """Whether the profile's private tables live in the encrypted database."""
    return private_database(paths).is_file()


def remove_with_sidecars(path: Path) -> bool:
    """Remove a database file and its journal files; whether anything was there."""
    found = False
    for each in (path, *(Path(f"{path}{s}") for s in SIDECARS)):
        if each.exists():
            each.unlink()
            found = True
    return found


def recover_unfinished(paths: ProfilePaths) -> None:
    """Undo an encryption a kill interrupted before its last step: the plain profile stays."""
    if is_encrypted(paths):
        return
    remove_with_sidecars(_partial(paths))
    # Sealed copies made before the commit point: noise under a key that is about to go.
    for sealed in attachments_dir(paths.data_dir).glob("*" + SEALED):
        sealed.unlink(missing_ok=True)
    # A key without its database protects nothing and would stop the passphrase being set.
    data_key.destroy(paths.data_dir)


def encrypt(
    paths: ProfilePaths,
    plain: Engine,
    passphrase: str,
    duress: str | None,
    delete_first: bool = False,
    before_commit: Callable[[DataKey], object] | None = None,
) -> tuple[Engine, DataKey]:
    """Move the private tables into a new encrypted database; its engine (checked) and key.

    The caller must be the profile's only writer while this runs (the window runs it as a write
    task; the command line holds the profile). The plain file is scrubbed afterwards.
    ``before_commit(key)`` runs before the commit point (sealed copies of the files): if it
    raises (Cancelled), everything is undone and the plain profile stays as it was.
    """
    key = data_key.create(paths.data_dir, passphrase, duress, delete_first)
    partial = _partial(paths)
    try:
        remove_with_sidecars(partial)
        if before_commit is not None:
            before_commit(key)
        _export(paths.database, partial, key.subkey(DB_PURPOSE))
        sync_to_disk(partial)
    except BaseException:
        recover_unfinished(paths)
        raise
    partial.replace(private_database(paths))  # the moment the profile becomes encrypted
    sync_to_disk(paths.data_dir)
    engine = open_private(paths, key)
    scrub_plain(plain)
    return engine, key


def _export(plain_file: Path, target: Path, db_key: bytes) -> None:
    """Copy the whole plain database into target, encrypted, then drop its public rows."""
    import sqlcipher3

    with closing(sqlcipher3.connect(str(plain_file), isolation_level=None)) as connection:
        connection.execute("PRAGMA cipher_log_level=NONE")
        connection.execute("PRAGMA temp_store=MEMORY")
        connection.execute(
            f"ATTACH DATABASE ? AS private KEY \"x'{db_key.hex()}'\"", (str(target),)
        )
        connection.execute("SELECT sqlcipher_export('private')")
        connection.execute("PRAGMA private.foreign_keys=OFF")
        for table in PUBLIC_TABLES:
            connection.execute(f"DELETE FROM private.{table}")
        connection.execute("VACUUM private")
        connection.execute("DETACH DATABASE private")


def open_private(paths: ProfilePaths, key: DataKey) -> Engine:
    """An engine on the encrypted database, its key checked and its schema brought up to date."""
    engine = make_cipher_engine(private_database(paths), key.subkey(DB_PURPOSE))
    try:
        check_key(engine)
        with engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != HEAD_REVISION:
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def empty_engine() -> Engine:
    """A private database in memory with nothing in it: what a duress passphrase opens."""
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )

    def pragmas(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[attr-defined]

    event.listen(engine, "connect", pragmas)
    upgrade(engine)
    return engine


def has_private_rows(plain: Engine) -> bool:
    """Whether the plain database still holds any private row (a scrub to finish)."""
    with plain.connect() as connection:
        return any(
            connection.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first()
            for table in PRIVATE_TABLES
        )


def scrub_plain(plain: Engine) -> None:
    """Delete every private row from the plain database and rewrite the file without them."""
    with plain.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        # Freed pages are zeroed, and VACUUM then rewrites the file without them; the write-ahead
        # log, which held copies of the pages, is emptied last.
        connection.execute(text("PRAGMA secure_delete=ON"))
        connection.execute(text("BEGIN IMMEDIATE"))
        for table in PRIVATE_TABLES:
            connection.execute(text(f"DELETE FROM {table}"))
        connection.execute(text("COMMIT"))
        connection.execute(text("VACUUM"))
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
