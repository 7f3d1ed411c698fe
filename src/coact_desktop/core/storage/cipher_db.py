"""An SQLite database encrypted whole with SQLCipher, keyed with a raw key from the data key.

Every page, the write-ahead log and any temporary table is encrypted (AES-256, HMAC-SHA512 per
page: SQLCipher 4's defaults); without the key the file is noise. The key is given raw (no
passphrase stretching here: the data key file already did that, once, at unlock).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.pool import QueuePool

from coact_desktop.core.errors import DatabaseError

KEY_BYTES = 32


def make_cipher_engine(path: Path, key: bytes) -> Engine:
    """An engine on the encrypted database at path, our pragmas on every connection."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    # SQLAlchemy's pysqlcipher dialect sends the password as PRAGMA key="…": x'…' is SQLCipher's
    # form for a raw key, so no passphrase derivation runs on each connection.
    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    # QueuePool, not the dialect's default SingletonThreadPool: that one keeps a connection per
    # thread and, past five threads, closes another thread's connection, which may be running
    # a query at that moment (the window's background readers crashed the process that way).
    engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # A wrong key is our DatabaseError, said once in words; not SQLCipher's lines on stderr.
    cursor.execute("PRAGMA cipher_log_level=NONE")
    # Sorting and temporary tables stay in memory: never a plain temporary file on disk.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a write the program reports as done survives a power cut (drafts depend on it).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def check_key(engine: Engine) -> None:
    """Read the first page: DatabaseError (reason wrong_key) if the key does not open it."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).all()
    except SQLAlchemyDatabaseError as exc:
        raise DatabaseError(
            "The private database does not open with this key.", reason="wrong_key"
        ) from exc
