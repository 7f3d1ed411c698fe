"""First paint without SQLAlchemy: read the contents and one chapter with the stdlib sqlite3."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from coact_desktop.core.chapters import Chapter, ChapterInfo, Passage
from coact_desktop.core.storage.schema import HEAD_REVISION


def read_first_paint(
    database: Path, slug: str | None
) -> tuple[tuple[ChapterInfo, ...], Chapter] | None:
    """The contents and a chapter (the given one, else the first), or None if not yet loaded."""
    if not database.exists():
        return bundled_first_paint(slug)
    try:
        # Only SELECTs. Not mode=ro: a read-only connection cannot open a WAL database whose
        # -shm file was removed at the last clean close. mode=rw never creates a database.
        with closing(sqlite3.connect(f"file:{database}?mode=rw", uri=True, timeout=0.5)) as conn:
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision != HEAD_REVISION:
                return None
            contents = tuple(
                ChapterInfo(*row)
                for row in conn.execute(
                    "SELECT slug, title, kind, position FROM chapters ORDER BY position"
                )
            )
            if not contents:
                return None
            info = next((c for c in contents if c.slug == slug), contents[0])
            passages = tuple(
                Passage(pid, info.slug, pos, text, bool(item))
                for pid, pos, text, item in conn.execute(
                    "SELECT p.id, p.position, p.text, p.is_list_item FROM passages p "
                    "JOIN chapters c ON c.id = p.chapter_id WHERE c.slug = ? ORDER BY p.position",
                    (info.slug,),
                )
            )
    except (sqlite3.Error, TypeError):
        # Anything unexpected: the full, slower path will open (and repair) the profile.
        return None
    return contents, Chapter(info, passages)


def bundled_first_paint(slug: str | None) -> tuple[tuple[ChapterInfo, ...], Chapter] | None:
    """On the very first start, the same text straight from the bundled edition.

    It is what the library is about to load into SQLite, so the reader sees it at once.
    """
    from coact_desktop.core.errors import EditionError
    from coact_desktop.core.library.edition import load_edition

    try:
        edition = load_edition()
    except EditionError:
        return None  # the full path will report the damage in words
    contents = tuple(ChapterInfo(c.slug, c.title, c.kind, c.position) for c in edition.chapters)
    source = next((c for c in edition.chapters if c.slug == slug), edition.chapters[0])
    passages = tuple(
        Passage(p.id, source.slug, p.position, p.text, p.is_list_item) for p in source.passages
    )
    return contents, Chapter(contents[source.position], passages)
