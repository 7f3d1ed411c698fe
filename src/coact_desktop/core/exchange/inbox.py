"""Coact's review inbox: trust in group keys, received bundles, accept and reject."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, defer, sessionmaker

from coact_desktop.core.clock import utc_now
from coact_desktop.core.errors import BundleError, KeyFileError, NotFound, SignatureError
from coact_desktop.core.exchange.bundle_read import VerifiedBundle
from coact_desktop.core.exchange.fingerprint import fingerprint_words
from coact_desktop.core.exchange.formats import minisign
from coact_desktop.core.exchange.formats.strict_json import loads_strict
from coact_desktop.core.exchange.history import History, Rotation, history_from_json
from coact_desktop.core.exchange.keys import ROTATION_FORMAT
from coact_desktop.core.library.group_histories import (
    AcceptedMedia,
    prepare,
    replace_group_history,
)
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.core.storage.models import PinnedKeyRow, ReceivedBundleRow

TRUSTS = ("new_key", "known_key", "rotated_key")
# Exactly what KeysService.rotate signs; anything else is not a rotation record.
_ROTATION = re.compile(
    r"coact-key-rotation/1\told:[0-9A-F]{16}\tnew:[A-Za-z0-9+/]{56}"
    r"\tdate:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"
)
STATES = ("held", "verified", "accepted", "rejected", "superseded")


@dataclass(frozen=True)
class Assessment:
    """What Coact's profile makes of a verified bundle, before anything is stored."""

    trust: str  # new_key, known_key or rotated_key
    duplicate: bool  # the same bundle was received before: receiving it again changes nothing
    pinned_key_id: str | None


@dataclass(frozen=True)
class InboxItem:
    """A received bundle as the inbox lists it."""

    bundle_id: str
    group_id: str
    group_name: str
    sequence: int
    previous_bundle_id: str | None
    key_id: str
    fingerprint: tuple[str, ...]
    trust: str
    state: str
    reason: str
    encrypted: bool
    bagging_date: str
    received_at: datetime
    decided_at: datetime | None
    answer_recipient: str | None = None  # Coact's answer is encrypted to it, if the group gave one


class InboxService:
    """Received bundles and pinned group keys, in the profile database."""

    def __init__(self, sessions: sessionmaker[Session], files: FileStore) -> None:
        self._sessions = sessions
        self.files = files  # where received photos and files are kept (sealed if protected)

    def assess(self, bundle: VerifiedBundle) -> Assessment:
        """Decide trust and order; a replay, a rollback or an unexplained new key is refused."""
        info = bundle.info
        with self._sessions() as session:
            if session.get(ReceivedBundleRow, bundle.bundle_id) is not None:
                pin = session.get(PinnedKeyRow, info.group_id)
                return Assessment(_trust(session, bundle), True, pin.key_id if pin else None)
            # Only bundles signed by a key Coact trusts set the order: a stranger's held (or
            # rejected) bundle with a huge sequence number must not lock the real group out.
            trusted = _trusted_rows(session, info.group_id)
            newest = session.scalar(select(func.max(ReceivedBundleRow.sequence)).where(trusted))
            if newest is not None and info.sequence <= newest:
                raise BundleError(
                    "rollback" if info.sequence < newest else "replay",
                    f"This is bundle {info.sequence} of {bundle.history.name}, but bundle "
                    f"{newest} from the same group was already received: an older or reused "
                    "sequence number never replaces newer work.",
                    sequence=info.sequence,
                    newest=newest,
                )
            before = session.scalars(
                select(ReceivedBundleRow).where(
                    trusted, ReceivedBundleRow.sequence == info.sequence - 1
                )
            ).first()
            if before is not None and before.bundle_id != info.previous_bundle:
                raise BundleError(
                    "fork",
                    f"This bundle says it follows another bundle {info.sequence - 1} than the "
                    "one received from this group: two different histories claim the same "
                    "place. Ask the group which one is theirs.",
                )
            pin = session.get(PinnedKeyRow, info.group_id)
            return Assessment(_trust(session, bundle), False, pin.key_id if pin else None)

    def receive(self, bundle: VerifiedBundle) -> tuple[InboxItem, bool]:
        """Keep a verified bundle for review; returns the item and whether it was new."""
        assessment = self.assess(bundle)
        if assessment.duplicate:
            return self.item(bundle.bundle_id), False
        # Attachments first (content-addressed, harmless if unused), the database row last.
        for media in bundle.media:
            self.files.put(media.name.rsplit("/", 1)[1], media.read())
        state = "held" if assessment.trust == "new_key" else "verified"
        with self._sessions.begin() as session:
            session.add(
                ReceivedBundleRow(
                    bundle_id=bundle.bundle_id,
                    file_sha256=bundle.file_sha256,
                    group_id=bundle.info.group_id,
                    group_name=bundle.history.name,
                    sequence=bundle.info.sequence,
                    previous_bundle_id=bundle.info.previous_bundle,
                    key_id=bundle.info.key_id,
                    public_key=bundle.public_key.to_text(),
                    trust=assessment.trust,
                    state=state,
                    reason="",
                    encrypted=bundle.encrypted,
                    bagging_date=bundle.info.bagging_date,
                    history=bundle.history_bytes.decode("utf-8"),
                    received_at=utc_now(),
                    decided_at=None,
                    answer_recipient=bundle.info.answer_recipient,
                )
            )
        return self.item(bundle.bundle_id), True

    def has_items(self) -> bool:
        """Whether any bundle was ever received (one row read, at start-up)."""
        with self._sessions() as session:
            return session.scalar(select(ReceivedBundleRow.bundle_id).limit(1)) is not None

    def items(self) -> tuple[InboxItem, ...]:
        """Every received bundle, newest first."""
        with self._sessions() as session:
            # The histories themselves (up to megabytes each) stay in the database.
            rows = session.scalars(
                select(ReceivedBundleRow)
                .options(defer(ReceivedBundleRow.history))
                .order_by(ReceivedBundleRow.received_at.desc())
            )
            return tuple(_item(r) for r in rows)

    def item(self, bundle_id: str) -> InboxItem:
        """One received bundle."""
        with self._sessions() as session:
            return _item(self._row(session, bundle_id))

    def history(self, bundle_id: str) -> History:
        """The history a received bundle carries (as verified when it arrived)."""
        with self._sessions() as session:
            text = self._row(session, bundle_id).history
        return history_from_json(loads_strict(text.encode("utf-8")))

    def previous(self, bundle_id: str) -> InboxItem | None:
        """The bundle received from the same group just before this one, for comparing."""
        with self._sessions() as session:
            row = self._row(session, bundle_id)
            # Compared with what Coact trusted from the group, never with a stranger's file.
            before = session.scalars(
                select(ReceivedBundleRow)
                .where(
                    _trusted_rows(session, row.group_id), ReceivedBundleRow.sequence < row.sequence
                )
                .order_by(ReceivedBundleRow.sequence.desc())
            ).first()
            return _item(before) if before else None

    def confirm_key(self, bundle_id: str) -> InboxItem:
        """A person compared the fingerprint with the group: trust this key from now on."""
        with self._sessions.begin() as session:
            row = self._row(session, bundle_id)
            if row.state != "held":
                raise BundleError("not_held", "This bundle is not waiting for a key check.")
            pin = session.get(PinnedKeyRow, row.group_id)
            if pin is not None and not _same_key(pin.public_key, row.public_key):
                raise BundleError(
                    "key_changed",
                    "Another key is already trusted for this group; a new key needs a rotation "
                    "record signed by the old one.",
                )
            if pin is None:
                session.add(_pin(row))
            # Every held bundle of this group signed by the same key is now verified.
            for held in session.scalars(
                select(ReceivedBundleRow).where(
                    ReceivedBundleRow.group_id == row.group_id,
                    ReceivedBundleRow.public_key == row.public_key,
                    ReceivedBundleRow.state == "held",
                )
            ):
                held.state = "verified"
        return self.item(bundle_id)

    def accept(self, bundle_id: str) -> InboxItem:
        """Put the bundle's history into the library, credited to its group."""
        history = self.history(bundle_id)
        accepted = history.for_library()
        prepared = prepare(accepted)  # the slow part, before the database is locked for writing
        with self._sessions.begin() as session:
            row = self._row(session, bundle_id)
            if row.state == "accepted":
                return _item(row)
            if row.state != "verified":
                raise BundleError(
                    f"cannot_accept_{row.state}",
                    {
                        "held": "Confirm the group's key fingerprint before accepting.",
                        "rejected": "This bundle was rejected.",
                        "superseded": "A newer bundle from this group was already accepted.",
                    }.get(row.state, "This bundle cannot be accepted."),
                )
            newer = session.scalar(
                select(func.count()).where(
                    ReceivedBundleRow.group_id == row.group_id,
                    ReceivedBundleRow.state == "accepted",
                    ReceivedBundleRow.sequence > row.sequence,
                )
            )
            if newer:
                raise BundleError(
                    "cannot_accept_superseded",
                    "A newer bundle from this group was already accepted.",
                )
            pin = session.get(PinnedKeyRow, row.group_id)
            if pin is None:
                session.add(_pin(row))
            elif not _same_key(pin.public_key, row.public_key):
                # Checked again now, against the key trusted now: the pin may have moved on
                # since the bundle arrived, and it never moves back to a key rotated away from.
                _follow_rotations(
                    minisign.PublicKey.from_text(pin.public_key),
                    minisign.PublicKey.from_text(row.public_key),
                    history.rotations,
                )
                pin.key_id, pin.public_key, pin.pinned_at = row.key_id, row.public_key, utc_now()
            now = utc_now()
            replace_group_history(
                session,
                accepted,
                prepared,
                row.bundle_id,
                row.key_id,
                row.sequence,
                now,
                self.received_media,
            )
            for older in session.scalars(
                select(ReceivedBundleRow).where(
                    ReceivedBundleRow.group_id == row.group_id,
                    ReceivedBundleRow.sequence < row.sequence,
                    ReceivedBundleRow.state.in_(("accepted", "verified", "held")),
                )
            ):
                older.state, older.decided_at = "superseded", now
            row.state, row.decided_at = "accepted", now
            session.flush()
            return _item(row)

    def received_media(self, media: AcceptedMedia) -> bytes:
        """A received photo or file, as it was checked when its bundle arrived."""
        try:
            data = self.files.read(media.file_name)
        except OSError as exc:
            raise BundleError(
                "attachment_missing",
                f"A photo or file of this bundle ({media.file_name}) is no longer in the "
                "profile. Import the bundle's file again, then accept it.",
            ) from exc
        if hashlib.sha256(data).hexdigest() != media.sha256:
            raise BundleError(
                "attachment_missing",
                f"A photo or file of this bundle ({media.file_name}) changed in the profile "
                "since it arrived. Import the bundle's file again, then accept it.",
            )
        return data

    def reject(self, bundle_id: str, reason: str) -> InboxItem:
        """Refuse a bundle with a reason the group can be told; the library is untouched."""
        if not reason.strip():
            raise BundleError("no_reason", "Say why the bundle is rejected.")
        with self._sessions.begin() as session:
            row = self._row(session, bundle_id)
            if row.state == "accepted":
                raise BundleError(
                    "cannot_reject_accepted", "This bundle is already in the library."
                )
            row.state, row.reason, row.decided_at = "rejected", reason.strip(), utc_now()
            session.flush()
            return _item(row)

    @staticmethod
    def _row(session: Session, bundle_id: str) -> ReceivedBundleRow:
        row = session.get(ReceivedBundleRow, bundle_id)
        if row is None:
            raise NotFound(f"No received bundle has the id {bundle_id}.", bundle_id=bundle_id)
        return row


def _pin(row: ReceivedBundleRow) -> PinnedKeyRow:
    """Trust the key that signed a received bundle for its group, from now on."""
    return PinnedKeyRow(
        group_id=row.group_id, key_id=row.key_id, public_key=row.public_key, pinned_at=utc_now()
    )


def _trusted_rows(session: Session, group_id: str) -> ColumnElement[bool]:
    """A group's received bundles that set its order: those in the library (now or before),
    and those signed by the key trusted now (verified, or rejected after a check).

    A key the group rotated away from sets nothing any more: a thief holding it cannot lock
    the group out with a huge number.
    """
    pin = session.get(PinnedKeyRow, group_id)
    by_current_key = and_(
        ReceivedBundleRow.public_key == (pin.public_key if pin else ""),
        or_(
            ReceivedBundleRow.state == "verified",
            and_(ReceivedBundleRow.state == "rejected", ReceivedBundleRow.trust != "new_key"),
        ),
    )
    return and_(
        ReceivedBundleRow.group_id == group_id,
        or_(ReceivedBundleRow.state.in_(("accepted", "superseded")), by_current_key),
    )


def _same_key(one: str, other: str) -> bool:
    """Whether two stored public keys are the same key (the whole key, not its id)."""
    return minisign.PublicKey.from_text(one) == minisign.PublicKey.from_text(other)


def _trust(session: Session, bundle: VerifiedBundle) -> str:
    pin = session.get(PinnedKeyRow, bundle.info.group_id)
    if pin is None:
        return "new_key"
    # The whole key, never its 8-byte id: anyone can make a key with a chosen id.
    if minisign.PublicKey.from_text(pin.public_key) == bundle.public_key:
        return "known_key"
    _follow_rotations(
        minisign.PublicKey.from_text(pin.public_key), bundle.public_key, bundle.history.rotations
    )
    return "rotated_key"


def _follow_rotations(
    pinned: minisign.PublicKey, signer: minisign.PublicKey, rotations: tuple[Rotation, ...]
) -> None:
    """Check a chain of rotation records leads from the pinned key to the signing key."""
    current = pinned
    for _ in range(len(rotations)):
        if current == signer:
            return
        step = next((r for r in rotations if _rotation_old_key_id(r) == current.key_id), None)
        if step is None:
            break
        if not _ROTATION.fullmatch(step.statement):
            raise BundleError(
                "bad_rotation", "The bundle's key rotation record is not in the expected form."
            )
        try:
            signature = minisign.parse_signature(step.signature.encode("utf-8"))
            minisign.verify(current, step.statement.encode("utf-8"), signature)
            if signature.trusted_comment != step.statement:
                raise SignatureError("the trusted comment differs", reason="bad_trusted_comment")
            new_line = step.statement.split("\t")[2].removeprefix("new:")
            current = minisign.PublicKey.from_text(new_line)
        except (SignatureError, KeyFileError, IndexError) as exc:
            raise BundleError(
                "bad_rotation",
                f"The bundle's key rotation record is not valid: {exc}",
            ) from exc
    if current == signer:
        return
    if signer.key_id == pinned.key_id:
        raise BundleError(
            "key_changed",
            f"This bundle is signed by a key that takes the id {signer.key_id_hex} of the key "
            "Coact trusts for this group, but is another key: it is a forgery. It was refused; "
            "tell the group.",
        )
    raise BundleError(
        "key_changed",
        f"This bundle is signed by key {signer.key_id_hex}, but Coact trusts key "
        f"{pinned.key_id_hex} for this group, and no rotation record signed by that key "
        "hands over to the new one. It was refused: ask the group, by another channel, "
        "whether they changed their key.",
    )


def _rotation_old_key_id(rotation: Rotation) -> bytes | None:
    """The id of the key a rotation record hands over from, as bytes; None if it names none."""
    fields = rotation.statement.split("\t")
    if len(fields) < 2 or fields[0] != ROTATION_FORMAT or not fields[1].startswith("old:"):
        return None
    try:
        return minisign.key_id_from_hex(fields[1].removeprefix("old:"))
    except ValueError:
        return None


def _item(row: ReceivedBundleRow) -> InboxItem:
    return InboxItem(
        bundle_id=row.bundle_id,
        group_id=row.group_id,
        group_name=row.group_name,
        sequence=row.sequence,
        previous_bundle_id=row.previous_bundle_id,
        key_id=row.key_id,
        fingerprint=fingerprint_words(minisign.PublicKey.from_text(row.public_key)),
        trust=row.trust,
        state=row.state,
        reason=row.reason,
        encrypted=row.encrypted,
        bagging_date=row.bagging_date,
        received_at=row.received_at,
        decided_at=row.decided_at,
        answer_recipient=row.answer_recipient,
    )
