"""The one clock of the database: naive UTC, as every timestamp column stores it."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now, in UTC, without a time zone attached (SQLite stores no zone)."""
    return datetime.now(UTC).replace(tzinfo=None)
