"""Coact's answers: Coact writes one for a bundle it reviewed; the group imports it."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.errors import AnswerError, BundleError
from coact_desktop.core.exchange import answer_format as af
from coact_desktop.core.exchange.answer_read import verify_answer
from coact_desktop.core.exchange.answer_write import write_answer
from coact_desktop.core.exchange.formats import age
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.inbox import InboxService
from coact_desktop.core.exchange.keys import KeysService
from coact_desktop.core.exchange.trust_root import Root
from coact_desktop.core.storage.models import AnswerRow, ExportRow

# What Coact may say of a bundle in each state of its review.
ALLOWED = {
    "accepted": ("accepted", "accepted_with_changes"),
    "verified": ("changes_requested",),
    "held": ("changes_requested",),
    "rejected": ("changes_requested",),
    "superseded": ("changes_requested",),
}


@dataclass(frozen=True)
class ReceivedAnswer:
    """An answer from Coact, as the group's profile keeps it, on the draft it belongs to."""

    bundle_id: str
    draft_id: str
    sequence: int
    decision: str
    comment: str
    sections: tuple[af.SectionNote, ...]
    edition: int | None
    created: str  # when Coact signed it
    received_at: datetime


class AnswersService:
    """Both sides of an answer; the root of trust is the editions' (the same publishing keys)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        inbox: InboxService,
        trusted_root: Callable[[], Root],
        keys: KeysService,
    ) -> None:
        self._sessions = sessions
        self._inbox = inbox
        self._trusted_root = trusted_root
        self._keys = keys

    # -- Coact's side ------------------------------------------------------------------------

    def write(
        self,
        bundle_id: str,
        reply: af.Reply,
        secret: SecretKey,
        target: Path,
    ) -> af.AnswerStatement:
        """Answer a bundle in the inbox, signed with a publishing key of the root of trust."""
        item = self._inbox.item(bundle_id)
        if reply.decision not in ALLOWED.get(item.state, ()):
            allowed = " or ".join(ALLOWED.get(item.state, ())) or "nothing"
            raise AnswerError(
                "decision_not_allowed",
                f"This bundle is {item.state} in the inbox; its answer can be {allowed}, not "
                f"{reply.decision}.",
            )
        titles = {title for title, _body in self._inbox.history(bundle_id).sections}
        unknown = [s.title for s in reply.sections if s.title not in titles]
        if unknown:
            raise AnswerError(
                "no_such_section",
                f"The history has no section called {unknown[0]!r}: notes go on its sections.",
            )
        root = self._trusted_root()
        if root.publishing_key(secret.key_id) is None:
            raise AnswerError(
                "unknown_key",
                f"The key {secret.public_key().key_id_hex} is not a publishing key of the root "
                "of trust: the group would refuse what it signs.",
            )
        return write_answer(
            root.library, item.group_id, bundle_id, item.sequence, reply, secret, target,
            recipient=item.answer_recipient,
        )  # fmt: skip

    # -- the group's side --------------------------------------------------------------------

    def _opened(self, path: Path) -> Path | bytes:
        """The answer itself: decrypted in memory if it was encrypted to this profile."""
        try:
            with path.open("rb") as source:
                head = source.read(age.MAX_HEADER)
                if not head.startswith(age.MAGIC):
                    return path
                identities = self._keys.answer_identities()
                if not identities:
                    raise AnswerError(
                        "not_for_us",
                        "This answer is encrypted to a group's own key, and this profile has "
                        "none: it was sent to another computer. Nothing was changed.",
                    )
                age.check_header(head)
                source.seek(0)
                plain = io.BytesIO()  # at most af.MAX_FILE_BYTES: never written to disk
                age.decrypt_stream(source, plain, identities, af.MAX_FILE_BYTES)
        except BundleError as exc:
            words = {
                "not_for_us": "This answer was encrypted to another group's key: this profile "
                "cannot open it. Nothing was changed.",
                "too_large": f"The answer is over {af.MAX_FILE_BYTES:,} bytes once decrypted, "
                "the most an answer is.",
            }
            said = words.get(exc.reason, exc.message.replace("bundle", "answer"))
            raise AnswerError(exc.reason, said) from exc
        except OSError as exc:
            raise AnswerError("unreadable", f"Cannot read {path}: {exc.strerror or exc}.") from exc
        return plain.getvalue()

    def import_answer(self, path: Path) -> ReceivedAnswer:
        """Check an answer and keep it on the draft whose bundle it answers."""
        verified = verify_answer(self._opened(path), self._trusted_root())
        statement, reply = verified.statement, verified.reply
        now = datetime.now(UTC).replace(tzinfo=None)
        with self._sessions.begin() as session:
            sent = session.get(ExportRow, statement.bundle_id)
            if (
                sent is None
                or sent.group_id != statement.group_id
                or sent.sequence != statement.sequence
            ):
                raise AnswerError(
                    "not_ours",
                    "This answer is for a history that was not sent from this profile (another "
                    "group's, or another computer's). Nothing was changed.",
                )
            held = session.get(AnswerRow, statement.bundle_id)
            if held is not None and held.created >= statement.created:
                raise AnswerError(
                    "already_have",
                    "This answer, or a later one to the same bundle, is here already.",
                )
            if held is not None:
                session.delete(held)  # Coact answered again: the later answer counts
                session.flush()
            row = AnswerRow(
                bundle_id=statement.bundle_id,
                draft_id=sent.draft_id,
                sequence=statement.sequence,
                decision=reply.decision,
                comment=reply.comment,
                edition=reply.edition,
                sections=[
                    {"title": s.title, "comment": s.comment, "text": s.text} for s in reply.sections
                ],
                created=statement.created,
                key_id=verified.key_id,
                file_sha256=verified.file_sha256,
                received_at=now,
            )
            session.add(row)
            return _answer(row)

    def for_draft(self, draft_id: str) -> tuple[ReceivedAnswer, ...]:
        """The answers Coact sent to this draft's bundles, the newest bundle first."""
        with self._sessions() as session:
            rows = session.scalars(
                select(AnswerRow)
                .where(AnswerRow.draft_id == draft_id)
                .order_by(AnswerRow.sequence.desc())
            )
            return tuple(_answer(r) for r in rows)


def section_notes(items: Sequence[dict[str, str | None]]) -> tuple[af.SectionNote, ...]:
    """Section notes as stored (a list of plain objects)."""
    return tuple(af.SectionNote(str(i["title"]), str(i["comment"]), i["text"]) for i in items)


def _answer(row: AnswerRow) -> ReceivedAnswer:
    return ReceivedAnswer(
        bundle_id=row.bundle_id,
        draft_id=row.draft_id,
        sequence=row.sequence,
        decision=row.decision,
        comment=row.comment,
        sections=section_notes(row.sections),
        edition=row.edition,
        created=row.created,
        received_at=row.received_at,
    )
