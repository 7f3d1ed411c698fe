"""One entry point to every use case, shared by the GUI and the command line."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine

from coact_desktop.core.drafts.service import DraftsService
from coact_desktop.core.errors import DatabaseError
from coact_desktop.core.exchange.answers import AnswersService
from coact_desktop.core.exchange.editions import EditionsService
from coact_desktop.core.exchange.export import ExportService
from coact_desktop.core.exchange.inbox import InboxService
from coact_desktop.core.exchange.keys import KeysService
from coact_desktop.core.exchange.publishing import PublishingService
from coact_desktop.core.library.edition import load_edition
from coact_desktop.core.library.search.service import SearchService
from coact_desktop.core.library.search.whoosh_engine import WhooshEngine
from coact_desktop.core.library.service import LibraryService
from coact_desktop.core.storage.backups import backup_if_due, list_backups, quick_check
from coact_desktop.core.storage.db import open_database
from coact_desktop.core.storage.housekeeping import clear_stale_temp, collect_attachments
from coact_desktop.core.storage.lock import ProfileLock
from coact_desktop.core.storage.paths import ProfilePaths

log = logging.getLogger(__name__)


@dataclass
class AppServices:
    """The services of one open profile."""

    paths: ProfilePaths
    library: LibraryService
    search: SearchService
    drafts: DraftsService
    keys: KeysService
    exports: ExportService
    inbox: InboxService
    editions: EditionsService
    answers: AnswersService
    publishing: PublishingService
    _engine: Engine
    _search_engine: WhooshEngine
    _lock: ProfileLock

    def close(self) -> None:
        """Release the database and index files."""
        self._search_engine.close()
        self._engine.dispose()
        self._lock.release()


def open_services(paths: ProfilePaths) -> AppServices:
    """Open a profile: create or migrate its database and load the bundled edition if needed."""
    paths.ensure()
    lock = ProfileLock(paths.data_dir)
    if not lock.acquire():
        raise DatabaseError(
            "A backup is being restored into this profile; try again in a moment.",
            reason="restoring",
        )
    try:
        return _open(paths, lock)
    except BaseException:
        lock.release()
        raise


def _open(paths: ProfilePaths, lock: ProfileLock) -> AppServices:
    health = quick_check(paths.database)
    if health != "ok":
        names = [b.name for b in list_backups(paths)]
        advice = (
            f"Restore a backup (newest: {names[0]}) with: coact-desktop backups restore NAME"
            if names
            else f"There is no backup yet; move {paths.database} aside to start afresh"
        )
        raise DatabaseError(
            f"The profile database is damaged ({health}). {advice}.",
            reason="damaged",
            backups=names,
        )
    clear_stale_temp(paths.data_dir)
    engine, sessions = open_database(paths.database)
    library = LibraryService(sessions)
    try:
        library.ensure_edition(load_edition())
    except BaseException:
        engine.dispose()
        raise
    try:
        if backup_if_due(paths) is not None:
            # Once a day, with the backup: copies of attachments that nothing uses any more.
            removed = collect_attachments(sessions, paths.data_dir)
            if removed:
                log.info("Removed %d unused attachment copies.", len(removed))
    except OSError as exc:
        # A backup that cannot be written (full disk) must not stop anyone reading or writing.
        log.warning("No backup was taken: %s", exc)
    search_engine = WhooshEngine(paths.search_root)
    search = SearchService(library, search_engine)
    drafts = DraftsService(sessions)
    keys = KeysService(sessions, paths.data_dir)
    inbox = InboxService(sessions, paths.data_dir)
    editions = EditionsService(library, inbox, paths.data_dir)
    return AppServices(
        paths,
        library,
        search,
        drafts,
        keys,
        ExportService(sessions, drafts, keys, paths.data_dir),
        inbox,
        editions,
        AnswersService(sessions, inbox, editions.trusted_root, paths.data_dir),
        PublishingService(editions, inbox, paths.data_dir),
        engine,
        search_engine,
        lock,
    )
