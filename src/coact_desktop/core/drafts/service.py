"""The drafts service: create, save (each save a revision), list revisions, restore."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.clock import utc_now
from coact_desktop.core.drafts.model import PROMPTS, Draft, Profile, Section
from coact_desktop.core.drafts.text_size import shrank, text_size
from coact_desktop.core.errors import DatabaseError, KnownError, NotFound
from coact_desktop.core.storage.models import DraftRevisionRow, DraftRow

# Autosaves within this time of a revision's first save update that revision instead of adding
# another, so that the history shows stretches of work rather than every pause in typing. The
# window does not slide: a long session still leaves a revision every ten minutes.
COALESCE = timedelta(minutes=10)
# A save that drops more than half of a revision's words starts a new revision, so that a
# select-all-and-delete can always be undone from the history.
BIG_CUT = 0.5


@dataclass(frozen=True)
class DraftSummary:
    """A draft in a list."""

    id: str
    name: str
    updated_at: str
    revisions: int


@dataclass(frozen=True)
class RevisionInfo:
    """A revision in a list."""

    number: int
    reason: str
    saved_at: str
    words: int
    characters: int = 0  # letters of scripts written without spaces (Thai), see text_size


@dataclass(frozen=True)
class SaveReceipt:
    """Proof of a save: once returned, the draft is on disk (synchronous=FULL)."""

    draft_id: str
    revision: int
    saved_at: str


def new_draft(profile: Profile | None = None, language: str = "en") -> Draft:
    """A fresh draft with the guided sections, their titles in English (the GUI words its own)."""
    return Draft(
        id=str(uuid.uuid4()),
        language=language,
        profile=profile or Profile(),
        sections=tuple(Section(title, "", key) for key, title in PROMPTS),
    )


def word_count(draft: Draft) -> int:
    """Words in the narrative, in scripts that space them (Thai letters: ``text_size``)."""
    return text_size(draft).words


class DraftsService:
    """Drafts in the profile database; every method is one short transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def create(self, draft: Draft, reason: str = "create") -> SaveReceipt:
        """Store a new draft as its first revision."""
        now = utc_now()
        with self._sessions.begin() as session:
            if session.get(DraftRow, draft.id) is not None:
                raise DraftExists(f"A draft with the id {draft.id} already exists.", id=draft.id)
            content = _dump(draft)
            session.add(
                DraftRow(
                    id=draft.id,
                    name=draft.profile.name,
                    content=content,
                    created_at=now,
                    updated_at=now,
                )
            )
            session.flush()  # the draft row first: its revision refers to it
            session.add(
                DraftRevisionRow(
                    draft_id=draft.id, number=1, reason=reason, saved_at=now, content=content
                )
            )
        return SaveReceipt(draft.id, 1, _iso(now))

    def save(self, draft: Draft, reason: str = "autosave") -> SaveReceipt:
        """Write the whole draft and record the revision; durable when this returns."""
        try:
            return self._save(draft, reason)
        except OperationalError as exc:
            raise _write_error(exc) from exc

    def _save(self, draft: Draft, reason: str) -> SaveReceipt:
        now = utc_now()
        content = _dump(draft)
        with self._sessions.begin() as session:
            row = session.get(DraftRow, draft.id)
            if row is None:
                raise NotFound(f"There is no draft {draft.id}.", id=draft.id)
            row.name, row.content, row.updated_at = draft.profile.name, content, now
            last = session.scalars(
                select(DraftRevisionRow)
                .where(DraftRevisionRow.draft_id == draft.id)
                .order_by(DraftRevisionRow.number.desc())
                .limit(1)
            ).first()
            if (
                last is not None
                and reason == "autosave"
                and last.reason == "autosave"
                and now - last.saved_at < COALESCE
                and not _big_cut(_load(last.content), draft)
            ):
                last.content = content  # saved_at stays the revision's first save
                number = last.number
            else:
                number = (last.number if last else 0) + 1
                session.add(
                    DraftRevisionRow(
                        draft_id=draft.id,
                        number=number,
                        reason=reason,
                        saved_at=now,
                        content=content,
                    )
                )
        return SaveReceipt(draft.id, number, _iso(now))

    def list(self) -> tuple[DraftSummary, ...]:
        """Every draft, most recently changed first."""
        with self._sessions() as session:
            counts = dict(
                session.execute(
                    select(DraftRevisionRow.draft_id, func.count()).group_by(
                        DraftRevisionRow.draft_id
                    )
                ).all()
            )
            rows = session.scalars(select(DraftRow).order_by(DraftRow.updated_at.desc()))
            return tuple(
                DraftSummary(r.id, r.name, _iso(r.updated_at), counts.get(r.id, 0)) for r in rows
            )

    def get(self, draft_id: str) -> Draft:
        """A draft as last saved."""
        with self._sessions() as session:
            row = session.get(DraftRow, draft_id)
            if row is None:
                raise NotFound(f"There is no draft {draft_id}.", id=draft_id)
            return _load(row.content)

    def revisions(self, draft_id: str) -> tuple[RevisionInfo, ...]:
        """The draft's revisions, newest first."""
        self.get(draft_id)
        with self._sessions() as session:
            rows = session.scalars(
                select(DraftRevisionRow)
                .where(DraftRevisionRow.draft_id == draft_id)
                .order_by(DraftRevisionRow.number.desc())
            )
            infos = []
            for r in rows:
                size = text_size(_load(r.content))
                infos.append(
                    RevisionInfo(r.number, r.reason, _iso(r.saved_at), size.words, size.characters)
                )
            return tuple(infos)

    def revision(self, draft_id: str, number: int) -> Draft:
        """The draft as it was at a revision."""
        with self._sessions() as session:
            row = session.scalars(
                select(DraftRevisionRow).where(
                    DraftRevisionRow.draft_id == draft_id, DraftRevisionRow.number == number
                )
            ).first()
            if row is None:
                raise NotFound(
                    f"Draft {draft_id} has no revision {number}.", id=draft_id, revision=number
                )
            return _load(row.content)

    def restore(self, draft_id: str, number: int) -> tuple[Draft, SaveReceipt]:
        """Make a revision current again, as a new revision: nothing is destroyed."""
        draft = replace(self.revision(draft_id, number), id=draft_id)
        return draft, self.save(draft, reason="restore")


class DraftExists(KnownError):
    """Creating a draft whose id is taken."""

    code = "draft_exists"


def _big_cut(before: Draft, after: Draft) -> bool:
    """Whether a save removes more than BIG_CUT of the text (worth its own revision)."""
    return shrank(text_size(before), text_size(after), BIG_CUT)


def _write_error(exc: OperationalError) -> KnownError:
    """SQLite's reason for a failed write, in words a person can act on."""
    text = str(exc.orig).lower()
    if "full" in text:
        return DatabaseError(
            "The disk is full, so the draft could not be saved. Free some space; "
            "your text is kept and saved again shortly.",
            reason="full",
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            "The profile folder is read-only, so the draft could not be saved. "
            "Your text is kept; it is saved again once the folder can be written.",
            reason="readonly",
        )
    return DatabaseError(f"The draft could not be saved ({exc.orig}).", reason="write")


def _dump(draft: Draft) -> str:
    return json.dumps(draft.to_json(), ensure_ascii=False, sort_keys=True)


def _load(content: str) -> Draft:
    return Draft.from_json(json.loads(content))


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat() + "Z"
