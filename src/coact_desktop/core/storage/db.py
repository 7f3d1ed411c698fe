"""Opening the profile database: SQLite pragmas, Alembic migrations, sessions."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.errors import DatabaseError
from coact_desktop.core.storage.schema import HEAD_REVISION

MIGRATIONS = Path(__file__).with_name("migrations")


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a write the program reports as done survives a power cut (drafts depend on it).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for the profile database with our pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revision(path: Path) -> str | None:
    """The schema revision stored in the database, or None if it has none yet."""
    if not path.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=rw", uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision; drafts and library data are kept."""
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except CommandError as exc:
        # Its schema revision is not one of ours: a newer Coact Desktop made it.
        raise DatabaseError(
            "The profile database was made by a newer version of Coact Desktop. "
            "Install that version, or start with another --data-dir.",
            reason="newer",
        ) from exc
    except SQLAlchemyDatabaseError as exc:
        raise DatabaseError(
            f"The profile database cannot be opened ({exc.orig}). Move the file "
            f"{engine.url.database} aside to start afresh, or start with another --data-dir.",
            reason="unreadable",
            path=str(engine.url.database),
        ) from exc


def open_database(path: Path) -> tuple[Engine, sessionmaker[Session]]:
    """Open (creating or upgrading as needed) the profile database."""
    engine = make_engine(path)
    try:
        if current_revision(path) != HEAD_REVISION:
            upgrade(engine)
    except DatabaseError:
        engine.dispose()
        raise
    return engine, sessionmaker(engine, expire_on_commit=False)
