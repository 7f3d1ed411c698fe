"""Sessions on the private tables, which the owner can lock and unlock while the program runs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.errors import KnownError


class ProfileLocked(KnownError):
    """The private data is locked: it opens with the profile's passphrase."""

    code = "locked"


class PrivateSessions(sessionmaker[Session]):
    """A session maker whose database is bound at unlock and unbound at lock.

    Every service on private tables holds this one object, so locking reaches all of them at
    once, and a service used while locked says so in words instead of touching any file.
    """

    def __init__(self, engine: Engine | None) -> None:
        super().__init__(bind=engine, expire_on_commit=False)
        self._files_key: bytes | None = None
        # Counts binds, so that what was read from the files while unlocked (a PDF's text) is
        # not kept in memory past a lock.
        self.generation = 0

    @property
    def engine(self) -> Engine | None:
        """The private database's engine, or None while locked."""
        bind = self.kw.get("bind")
        return bind if isinstance(bind, Engine) else None

    def bind_to(self, engine: Engine | None, files_key: bytes | None = None) -> None:
        """Use engine from now on (None: locked), and seal files with files_key (None: plain)."""
        self.configure(bind=engine)
        self._files_key = files_key if engine is not None else None
        self.generation += 1

    def files_key(self) -> bytes | None:
        """The key the profile's files are sealed with, None if they are plain; ProfileLocked."""
        if self.engine is None:
            raise _locked()
        return self._files_key

    def __call__(self, **local_kw: Any) -> Session:
        if self.engine is None:
            raise _locked()
        return super().__call__(**local_kw)


def _locked() -> ProfileLocked:
    return ProfileLocked("Your group's drafts are locked. Unlock them with your passphrase first.")
