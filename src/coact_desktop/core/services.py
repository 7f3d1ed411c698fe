"""One entry point to every use case, shared by the GUI and the command line."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import Engine

from coact_desktop.core.cancel import CancelToken, ProgressCallback, no_progress
from coact_desktop.core.drafts.service import DraftsService
from coact_desktop.core.errors import DatabaseError, PassphraseError
from coact_desktop.core.exchange.answers import AnswersService
from coact_desktop.core.exchange.editions import EditionsService
from coact_desktop.core.exchange.export import ExportService
from coact_desktop.core.exchange.inbox import InboxService
from coact_desktop.core.exchange.keys import KeysService
from coact_desktop.core.exchange.publishing import PublishingService
from coact_desktop.core.library.edition import load_edition
from coact_desktop.core.library.search.fts5_engine import Fts5Engine
from coact_desktop.core.library.search.service import SearchService
from coact_desktop.core.library.service import LibraryService
from coact_desktop.core.storage import data_key, paper_key, private_db, wrong_tries
from coact_desktop.core.storage.backups import (
    PREFIX,
    backup_if_due,
    backup_private_if_due,
    list_backups,
    quick_check,
)
from coact_desktop.core.storage.data_key import Opened
from coact_desktop.core.storage.db import open_database
from coact_desktop.core.storage.file_store import FILES_PURPOSE, FileStore
from coact_desktop.core.storage.housekeeping import clear_stale_temp, collect_attachments
from coact_desktop.core.storage.key_files import KeyFiles
from coact_desktop.core.storage.lock import ProfileLock
from coact_desktop.core.storage.logs import forget_log
from coact_desktop.core.storage.paths import ProfilePaths, attachments_dir
from coact_desktop.core.storage.private_sessions import PrivateSessions
from coact_desktop.core.storage.quick_delete import quick_delete
from coact_desktop.core.storage.whole_file import shred

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
    private: PrivateSessions
    files: FileStore
    _engine: Engine
    _search_engine: Fts5Engine
    _lock: ProfileLock

    def close(self) -> None:
        """Release the database and index files."""
        self._search_engine.close()
        self.lock()
        self._engine.dispose()
        self._lock.release()

    # -- safety at rest ----------------------------------------------------------------------

    @property
    def encrypted(self) -> bool:
        """Whether the private data is encrypted under a passphrase."""
        return private_db.is_encrypted(self.paths)

    @property
    def locked(self) -> bool:
        """Whether the private data is locked (drafts, keys and the inbox cannot be used)."""
        return self.private.engine is None

    def protect(
        self,
        passphrase: str,
        duress: str | None = None,
        delete_first: bool = False,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> None:
        """Encrypt the private data under a new passphrase (and a duress passphrase).

        delete_first: the duress passphrase quick-deletes everything private before it opens.
        progress counts the photos' and files' bytes sealed; a cancel (Cancelled) before the
        database is encrypted leaves the plain profile as it was.
        """
        if self.encrypted:
            raise data_key.DataKeyError(
                "The drafts are already protected by a passphrase; change it instead.",
                reason="exists",
            )

        def seal_copies(key: data_key.DataKey) -> None:
            # The long part, before the commit point, where it can still be cancelled.
            self.files.seal_copies(key.subkey(FILES_PURPOSE), progress, cancel)
            if cancel is not None:
                cancel.raise_if_cancelled()

        engine, key = private_db.encrypt(
            self.paths, self._engine, passphrase, duress, delete_first, seal_copies
        )
        self.private.bind_to(engine, key.subkey(FILES_PURPOSE))
        # The drafts are encrypted (the commit point): nothing after this may report failure,
        # or the window would say that nothing was changed.
        try:
            # Plain backups hold the drafts as they were, and the log every value it named.
            for backup in list_backups(self.paths):
                shred(backup.path)
            forget_log(self.paths.data_dir)
        except OSError as exc:
            log.warning("A plain backup or the old log could not be removed: %s", exc)
        # The database is encrypted (the commit point); the sealed copies are there, so the
        # plain ones go now, and what a kill here leaves is finished at the next unlock.
        self._seal_plain_files()
        self.backup_if_due()

    def _real_private_open(self) -> bool:
        """Whether the real encrypted database is open (not the duress one, not plain)."""
        engine = self.private.engine
        return engine is not None and engine.url.drivername == "sqlite+pysqlcipher"

    def _seal_plain_files(self) -> None:
        """Seal the photos, files and key files still plain; a failure is tried at the next unlock.

        The drafts are open either way: a passphrase that opened them must not be reported
        as refused because a photo could not be sealed just then.
        """
        if not self._real_private_open():
            return  # plain, locked, or the duress key: it would seal real files under noise
        # The keys first: either one opens what the rest protects.
        for store in (self.keys, self.files):
            try:
                store.seal_plain()
            except OSError as exc:
                log.warning("Some files are not sealed yet: %s", exc)

    def backup_if_due(self) -> None:
        """Take the daily backups that are due: the plain database's, and the encrypted one's."""
        try:
            backup_if_due(self.paths)
            engine = self.private.engine
            # Only a real encrypted database: never the empty one a duress passphrase opens.
            if (
                engine is not None
                and self._real_private_open()
                and backup_private_if_due(self.paths, engine) is not None
            ):
                # Once a day, with the backup: sealed copies that nothing uses any more.
                removed = collect_attachments(self.private, self.files)
                if removed:
                    log.info("Removed %d unused attachment copies.", len(removed))
        except OSError as exc:
            # A backup that cannot be written (full disk) must not stop anyone writing.
            log.warning("No backup was taken: %s", exc)

    def unlock(self, passphrase: str) -> list[str]:
        """Open the private data; PassphraseError (nothing changed) if the passphrase is wrong.

        What a duress passphrase set to delete first removed, as quick delete's codes (else
        none): the window says nothing of it, but must forget what it holds in memory.
        """
        if not self.locked:
            return []
        key, removed = self._check(passphrase)
        if removed:
            return removed  # (protected anew and open, under the passphrase typed)
        if key.opened is Opened.REAL:
            self.private.bind_to(
                private_db.open_private(self.paths, key), key.subkey(FILES_PURPOSE)
            )
            self._seal_plain_files()  # what a kill left plain while the drafts were protected
        else:
            # The duress passphrase: a profile with nothing private in it, said nowhere. What
            # is attached now is sealed under a key that is gone when the program closes.
            self.private.bind_to(private_db.empty_engine(), os.urandom(32))
        self.backup_if_due()
        return []

    def _check(self, passphrase: str) -> tuple[data_key.DataKey, list[str]]:
        """The key a passphrase opens, and what a duress passphrase that deletes first removed.

        Every passphrase typed while the drafts are locked comes through here (unlock, and
        the command line's change, duress and paper key), so that each counts against the
        wrong-passphrase guard and a duress passphrase does what it was set to wherever it is
        typed. Once they are open, whoever is at the keyboard has them anyway: a passphrase
        typed in the window's dialogs then only proves it, and never deletes what the window
        shows. PassphraseError if it opens nothing.
        """
        folder = self.paths.data_dir
        if not self.locked:
            return data_key.unlock(folder, passphrase), []
        last_try = wrong_tries.count_try(folder)
        try:
            key = data_key.unlock(folder, passphrase)
        except PassphraseError:
            if last_try:
                # Too many wrong passphrases in a row, and the user chose this: quietly, like
                # quick delete. The try is still refused in the same words.
                self.quick_delete()
            raise
        wrong_tries.opened(folder)
        if not key.delete_first:
            return key, []
        removed = self._delete_and_start_again(passphrase)
        return data_key.unlock(folder, passphrase), removed

    def _delete_and_start_again(self, passphrase: str) -> list[str]:
        """The duress passphrase that deletes first: quick delete, then protect the empty
        profile anew under the passphrase typed, so that it goes on looking as it did before
        (it asks for a passphrase, that one opens it, and the guard stays as it was set)."""
        guard = wrong_tries.limit(self.paths.data_dir)
        removed = self.quick_delete()
        self.protect(passphrase)
        wrong_tries.set_limit(self.paths.data_dir, guard)
        return removed

    def lock(self) -> None:
        """Close the private data until the passphrase is given again (plain profiles: no-op)."""
        engine = self.private.engine
        if engine is None or engine is self._engine:
            return
        # An attachment cleaned while protecting began may have been kept plain: not past here.
        self._seal_plain_files()
        self.private.bind_to(None)
        engine.dispose()

    def change_passphrase(self, old: str, new: str) -> None:
        """Seal the data key under a new passphrase; nothing is re-encrypted."""
        if self.locked:  # (open, the key file's own check below is all it needs)
            self._check(old)
        data_key.change_passphrase(self.paths.data_dir, old, new)

    def delete_after(self) -> int | None:
        """After how many wrong passphrases in a row everything private is deleted (None: never)."""
        return wrong_tries.limit(self.paths.data_dir)

    def set_delete_after(self, after: int | None) -> None:
        """Turn quick delete after wrong passphrases on (5, 10 or 20 tries) or off (None)."""
        wrong_tries.set_limit(self.paths.data_dir, after)

    def paper_key(self, passphrase: str) -> str:
        """The data key in groups for paper; the passphrase proves it is you.

        The duress passphrase gets its own slot's key: it looks the same, and opens nothing.
        """
        return paper_key.encode(self._check(passphrase)[0].key)

    def recover(self, written: str, new: str) -> None:
        """Open the drafts with the paper key and seal it under a new passphrase.

        PassphraseError if the paper key is mistyped or is not this profile's (nothing changed).
        The duress passphrase, if one was set, is removed (it must be set again).
        """
        if not self.encrypted:
            raise data_key.DataKeyError(
                "The drafts are not protected by a passphrase: there is nothing to recover.",
                reason="missing",
            )
        key = data_key.DataKey(paper_key.decode(written))
        data_key.check_new(new)
        try:
            engine = private_db.open_private(self.paths, key)
        except DatabaseError as exc:
            raise PassphraseError(
                "This paper key does not open these drafts: it may be another profile's.",
                reason="paper_wrong",
            ) from exc
        try:
            data_key.recover(self.paths.data_dir, key.key, new)
        except BaseException:
            engine.dispose()
            raise
        wrong_tries.opened(self.paths.data_dir)  # the paper proved who this is
        old = self.private.engine
        self.private.bind_to(engine, key.subkey(FILES_PURPOSE))
        if old is not None and old is not self._engine:
            old.dispose()
        self._seal_plain_files()
        self.backup_if_due()

    def set_duress(self, passphrase: str, duress: str | None, delete_first: bool = False) -> None:
        """Set (or, with None, remove) the duress passphrase; only the real one may."""
        if self.locked:  # (open, the key file's own check below is all it needs)
            self._check(passphrase)
        data_key.set_duress(self.paths.data_dir, passphrase, duress, delete_first)

    def quick_delete(self) -> list[str]:
        """Destroy everything private (the data key first); what was removed, as codes."""
        private = self.private.engine
        self.private.bind_to(None)
        removed = quick_delete(
            self.paths, self._engine, None if private is self._engine else private
        )
        # What is left is an ordinary reader's profile: plain, and writable again.
        self.private.bind_to(self._engine)
        return removed


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
        names = [b.name for b in list_backups(paths) if b.name.startswith(PREFIX)]
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
    private_db.recover_unfinished(paths)
    engine, sessions = open_database(paths.database)
    library = LibraryService(sessions)
    encrypted = private_db.is_encrypted(paths)
    try:
        library.ensure_edition(load_edition())
        if encrypted and private_db.has_private_rows(engine):
            private_db.scrub_plain(engine)  # a kill came between encrypting and scrubbing
    except BaseException:
        engine.dispose()
        raise
    # A plain profile's private tables are in the one database; an encrypted one's wait for
    # the passphrase.
    private = PrivateSessions(None if encrypted else engine)
    files = FileStore(attachments_dir(paths.data_dir), private)
    try:
        if backup_if_due(paths) is not None and not encrypted:
            # Once a day, with the backup: copies of attachments that nothing uses any more.
            removed = collect_attachments(private, files)
            if removed:
                log.info("Removed %d unused attachment copies.", len(removed))
    except OSError as exc:
        # A backup that cannot be written (full disk) must not stop anyone reading or writing.
        log.warning("No backup was taken: %s", exc)
    search_engine = Fts5Engine(paths.search_root)
    search = SearchService(library, search_engine)
    drafts = DraftsService(private)
    keys = KeysService(private, KeyFiles(paths.data_dir / "keys", private))
    inbox = InboxService(private, files)
    editions = EditionsService(library, inbox, paths.data_dir)
    return AppServices(
        paths,
        library,
        search,
        drafts,
        keys,
        ExportService(private, drafts, keys, paths.data_dir, files),
        inbox,
        editions,
        AnswersService(private, inbox, editions.trusted_root, keys),
        PublishingService(editions, inbox, paths.data_dir),
        private,
        files,
        engine,
        search_engine,
        lock,
    )
