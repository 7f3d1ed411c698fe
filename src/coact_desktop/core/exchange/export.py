"""The group's side of sending: pre-flight, sequence numbers, signing and writing bundles."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.cancel import CancelToken, ProgressCallback, no_progress
from coact_desktop.core.clock import utc_now
from coact_desktop.core.drafts.service import DraftsService
from coact_desktop.core.exchange.bundle_write import BundlePlan, ExportError, write_bundle
from coact_desktop.core.exchange.formats.minisign import PublicKey, SecretKey
from coact_desktop.core.exchange.history import public_history
from coact_desktop.core.exchange.keys import KeysService
from coact_desktop.core.exchange.preflight import Problem, preflight
from coact_desktop.core.storage.file_names import safe_stem
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.core.storage.models import ExportRow

EXTENSION = ".coact"


@dataclass(frozen=True)
class ExportResult:
    """A bundle written: where, how big, and what identifies it."""

    path: Path
    size: int
    bundle_id: str
    group_id: str
    sequence: int
    previous_bundle_id: str | None
    key_id: str
    fingerprint: tuple[str, ...]
    encrypted: bool
    created_key: bool


@dataclass(frozen=True)
class ExportRecord:
    """An earlier export of a draft."""

    bundle_id: str
    sequence: int
    file_name: str
    size: int
    encrypted: bool
    created_at: datetime


def file_stem(group_name: str) -> str:
    """A file-name-safe form of the group's name (letters of any script are kept)."""
    return safe_stem(group_name, "group")


class ExportService:
    """Exports drafts as signed bundles and remembers each one's place in the sequence."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        drafts: DraftsService,
        keys: KeysService,
        data_dir: Path,
        files: FileStore,
    ) -> None:
        self._sessions = sessions
        self._drafts = drafts
        self._keys = keys
        self._data_dir = data_dir
        self._files = files

    def preflight(self, draft_id: str, check_hashes: bool = True) -> tuple[Problem, ...]:
        """What stands in the way of exporting the draft as it is now."""
        return preflight(self._drafts.get(draft_id), self._files, check_hashes)

    def plan(self, draft_id: str) -> BundlePlan:
        """The group id, next sequence number and predecessor of the draft's next bundle."""
        with self._sessions() as session:
            last = session.scalars(
                select(ExportRow)
                .where(ExportRow.draft_id == draft_id)
                .order_by(ExportRow.sequence.desc())
            ).first()
        if last is None:
            return BundlePlan(str(uuid.uuid4()), 1, None)
        return BundlePlan(last.group_id, last.sequence + 1, last.bundle_id)

    def suggested_name(self, draft_id: str) -> str:
        """``<group>-<sequence>.coact`` for the draft's next bundle."""
        draft = self._drafts.get(draft_id)
        return f"{file_stem(draft.profile.name)}-{self.plan(draft_id).sequence}{EXTENSION}"

    def records(self, draft_id: str) -> tuple[ExportRecord, ...]:
        """The draft's earlier exports, newest first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(ExportRow)
                .where(ExportRow.draft_id == draft_id)
                .order_by(ExportRow.sequence.desc())
            )
            return tuple(
                ExportRecord(
                    r.bundle_id, r.sequence, r.file_name, r.size, r.encrypted, r.created_at
                )
                for r in rows
            )

    @staticmethod
    def _refuse_blocking(problems: tuple[Problem, ...]) -> None:
        """Raise ExportError naming every blocking problem, if there are any."""
        blocking = [p for p in problems if p.blocking]
        if blocking:
            first = blocking[0]
            raise ExportError(
                f"The draft is not ready to send: {first.code.replace('_', ' ')} "
                f"({first.subject or first.place}). Fix it first; the window's export check "
                "lists every problem and goes to each.",
                reason="preflight",
                problems=[
                    (p.code, p.place, p.index, p.subject) for p in blocking
                ],  # for the command line to word each
            )

    def check_ready(self, draft_id: str) -> None:
        """Raise ExportError if anything blocks the export (quick: no file is hashed)."""
        self._refuse_blocking(self.preflight(draft_id, check_hashes=False))

    def export(
        self,
        draft_id: str,
        target: Path,
        passphrase: str,
        recipients: list[str] | None,
        work_factor: str = "standard",
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        unlocked: SecretKey | None = None,
    ) -> ExportResult:
        """Check, sign (making the key on first use), encrypt unless told not to, and write.

        ``unlocked`` is the current key already opened with the passphrase (the window opens
        it on the passphrase page, to say there at once if the passphrase is wrong).
        """
        draft = self._drafts.get(draft_id)
        self._refuse_blocking(preflight(draft, self._files, False))
        if target.is_dir():
            target = target / self.suggested_name(draft_id)
        if target.exists():
            raise ExportError(
                f"{target} already exists; choose another name (nothing was overwritten).",
                reason="exists",
                path=str(target),
            )
        created = False
        if self._keys.current() is None:
            self._keys.create(passphrase, work_factor)
            created = True
        key = self._keys.current()
        assert key is not None  # made just now, if there was none
        if unlocked is not None and unlocked.public_key() == PublicKey.from_text(key.public_key):
            secret = unlocked
        else:
            secret = self._keys.unlock(passphrase)
        # The bundle names this profile's answer key, so Coact's answer is readable here alone.
        plan = replace(self.plan(draft_id), answer_recipient=self._keys.answer_recipient())
        history = public_history(draft, plan.group_id, self._keys.rotations())
        written = write_bundle(
            history,
            self._files,
            secret,
            plan,
            target,
            recipients,
            progress,
            cancel,
            private_dir=self._data_dir / "tmp",
        )
        try:
            with self._sessions.begin() as session:
                session.add(
                    ExportRow(
                        bundle_id=written.bundle_id,
                        draft_id=draft_id,
                        group_id=plan.group_id,
                        sequence=plan.sequence,
                        previous_bundle_id=plan.previous_bundle_id,
                        key_id=key.key_id,
                        file_name=written.path.name,
                        size=written.size,
                        encrypted=written.encrypted,
                        created_at=utc_now(),
                    )
                )
        except IntegrityError as exc:
            written.path.unlink(missing_ok=True)
            raise ExportError(
                "Another export of this draft took the same number at the same moment (is the "
                "program open twice?). Nothing was kept; export again.",
                reason="sequence_taken",
            ) from exc
        except BaseException:
            # A bundle whose number was not recorded would be sent twice with one number.
            written.path.unlink(missing_ok=True)
            raise
        return ExportResult(
            path=written.path,
            size=written.size,
            bundle_id=written.bundle_id,
            group_id=plan.group_id,
            sequence=plan.sequence,
            previous_bundle_id=plan.previous_bundle_id,
            key_id=key.key_id,
            fingerprint=key.fingerprint,
            encrypted=written.encrypted,
            created_key=created,
        )
