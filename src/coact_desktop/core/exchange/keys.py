"""The group's own signing key: made on first export, kept encrypted, backed up, rotated."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from coact_desktop.core.clock import utc_now
from coact_desktop.core.errors import KeyFileError, PassphraseError
from coact_desktop.core.exchange.age_keys import (
    answer_identities,
    answer_identity_lines,
    answer_recipient,
    coact_identities,
    has_coact_identity,
    keep_answer_identities,
)
from coact_desktop.core.exchange.fingerprint import fingerprint_words
from coact_desktop.core.exchange.formats import minisign
from coact_desktop.core.exchange.formats.strict_json import loads_strict
from coact_desktop.core.exchange.history import Rotation
from coact_desktop.core.storage import passphrase_box
from coact_desktop.core.storage.key_files import KeyFiles
from coact_desktop.core.storage.models import ExportRow, SigningKeyRow
from coact_desktop.core.storage.whole_file import write_whole

BACKUP_FORMAT = "coact-key-backup/1"
ROTATION_FORMAT = "coact-key-rotation/1"
MIN_PASSPHRASE = 8
WORK_FACTORS = {"standard": minisign.STANDARD, "light": minisign.LIGHT}
FORGOTTEN = (
    "This passphrase does not open the group's signing key. Nobody can recover a forgotten "
    "passphrase, not Coact and not this program: that is what keeps the key safe if the "
    "laptop is taken. If it is lost for good, restore a key backup whose passphrase you know "
    "(coact-desktop keys restore FILE), or ask Coact how to send a history under a new key."
)


@dataclass(frozen=True)
class KeyInfo:
    """The public facts of a signing key."""

    key_id: str
    public_key: str  # minisign public key file text
    fingerprint: tuple[str, ...]
    work_factor: str
    created_at: datetime
    rotated_from: str | None  # the key it replaced, if any

    @property
    def public_line(self) -> str:
        """The public key's base64 line, as bag-info and minisign -P carry it."""
        return self.public_key.splitlines()[1]


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to protect a key on a laptop that may be taken."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE} characters; several words "
            "are easier to remember than symbols.",
            reason="too_short",
        )


def rotation_statement(old_key_id: str, new_public_line: str, when: str) -> str:
    """The text an old key signs to hand over to a new one."""
    return f"{ROTATION_FORMAT}\told:{old_key_id}\tnew:{new_public_line}\tdate:{when}"


class KeysService:
    """This profile's signing keys; secret keys are only ever stored encrypted."""

    def __init__(self, sessions: sessionmaker[Session], files: KeyFiles | None = None) -> None:
        self._sessions = sessions
        self._files = files  # the profile's age identity files (None: no profile folder)

    def backup_needs_passphrase(self) -> bool:
        """Whether a backup must be locked with the passphrase: it then also keeps the key
        that opens Coact's answers (made at the first export), which only the passphrase
        protects in the backup."""
        return bool(self._answer_lines())

    def _answer_lines(self) -> list[str]:
        return answer_identity_lines(self._files) if self._files is not None else []

    def answer_recipient(self) -> str:
        """The group's answer key that a new bundle names (made at the first export)."""
        return answer_recipient(self._key_files())

    def answer_identities(self) -> list[Any]:
        """The identities that open Coact's answers to this profile."""
        return answer_identities(self._key_files())

    def coact_identities(self, chosen: Path | None = None) -> list[Any] | None:
        """The identities that open bundles: the file chosen, else the profile's, else None."""
        return coact_identities(self._key_files(), chosen)

    def has_coact_identity(self) -> bool:
        """Whether the profile keeps Coact's identity (False while locked)."""
        return self._files is not None and has_coact_identity(self._files)

    def seal_plain(self) -> int:
        """Seal the identity files still plain (just protected, or put there by hand)."""
        return self._files.seal_plain() if self._files is not None else 0

    def _key_files(self) -> KeyFiles:
        if self._files is None:
            raise KeyFileError("This profile has no folder for its keys.")
        return self._files

    def current(self) -> KeyInfo | None:
        """The key that signs new exports, if one was made."""
        with self._sessions() as session:
            row = self._current_row(session)
            return _info(row) if row else None

    def create(self, passphrase: str, work_factor: str = "standard") -> KeyInfo:
        """Make the group's first signing key."""
        check_new_passphrase(passphrase)
        secret = minisign.SecretKey.generate()
        with self._sessions.begin() as session:
            if self._current_row(session) is not None:
                raise KeyFileError(
                    "This profile already has a signing key; rotate it instead.", reason="exists"
                )
            row = _row(secret, passphrase, work_factor)
            session.add(row)
            session.flush()
            return _info(row)

    def unlock(self, passphrase: str) -> minisign.SecretKey:
        """The current secret key, opened with its passphrase."""
        with self._sessions() as session:
            row = self._current_row(session)
            if row is None:
                raise KeyFileError("This profile has no signing key yet.", reason="no_key")
            text = row.secret_key
        try:
            return minisign.decrypt_secret_key(text, passphrase)
        except PassphraseError as exc:
            raise PassphraseError(FORGOTTEN, reason="wrong") from exc

    def rotations(self) -> tuple[Rotation, ...]:
        """Every rotation record, oldest first: the chain from the first key to the current."""
        with self._sessions() as session:
            rows = session.scalars(select(SigningKeyRow).order_by(SigningKeyRow.created_at))
            return tuple(
                Rotation(r.rotation_statement, r.rotation_signature)
                for r in rows
                if r.rotation_statement and r.rotation_signature
            )

    def rotate(
        self, old_passphrase: str, new_passphrase: str, work_factor: str = "standard"
    ) -> KeyInfo:
        """Replace the key with a new one, with a rotation record signed by the old key."""
        check_new_passphrase(new_passphrase)
        old = self.unlock(old_passphrase)
        new = minisign.SecretKey.generate()
        new_line = new.public_key().to_text().splitlines()[1]
        when = utc_now().strftime("%Y-%m-%dT%H:%M:%SZ")
        statement = rotation_statement(old.public_key().key_id_hex, new_line, when)
        signature = old.sign(
            statement.encode(), statement, "coact key rotation, signed by the old key"
        )
        with self._sessions.begin() as session:
            current = self._current_row(session)
            assert current is not None  # unlock found it
            current.retired_at = utc_now()
            row = _row(new, new_passphrase, work_factor)
            row.rotation_statement, row.rotation_signature = statement, signature
            session.add(row)
            session.flush()
            return _info(row)

    def export_public(self, path: Path) -> KeyInfo:
        """Write the public key in minisign's format (``minisign -V -p FILE`` reads it)."""
        info = self.current()
        if info is None:
            raise KeyFileError("This profile has no signing key yet.", reason="no_key")
        _write_private(path, info.public_key.encode(), mode=0o644)
        return info

    def backup(self, path: Path, passphrase: str | None = None) -> KeyInfo:
        """Write every key (secret parts still encrypted) to one file for safe keeping.

        With an answer identity, the passphrase of the newest key is needed: the identity is
        sealed with it, so the backup opens Coact's answers on a new laptop too.
        """
        with self._sessions() as session:
            rows = list(session.scalars(select(SigningKeyRow).order_by(SigningKeyRow.created_at)))
            if not rows:
                raise KeyFileError("This profile has no signing key yet.", reason="no_key")
            data: dict[str, object] = {
                "format": BACKUP_FORMAT,
                "keys": [
                    {
                        "key_id": r.key_id,
                        "public_key": r.public_key,
                        "secret_key": r.secret_key,
                        "work_factor": r.work_factor,
                        "created_at": r.created_at.isoformat(),
                        "retired_at": r.retired_at.isoformat() if r.retired_at else None,
                        "rotation_statement": r.rotation_statement,
                        "rotation_signature": r.rotation_signature,
                    }
                    for r in rows
                ],
                # The group's place in its sequence travels with the key: a restored laptop
                # goes on with the next number instead of starting a new group at 1.
                "exports": [
                    {
                        "bundle_id": e.bundle_id,
                        "draft_id": e.draft_id,
                        "group_id": e.group_id,
                        "sequence": e.sequence,
                        "previous_bundle_id": e.previous_bundle_id,
                        "key_id": e.key_id,
                        "file_name": e.file_name,
                        "size": e.size,
                        "encrypted": e.encrypted,
                        "created_at": e.created_at.isoformat(),
                    }
                    for e in session.scalars(select(ExportRow).order_by(ExportRow.created_at))
                ],
            }
            info = _info(rows[-1])
            newest = rows[-1].secret_key, rows[-1].work_factor
        answer_lines = self._answer_lines()
        if answer_lines:
            data["answer_identities"] = _sealed_identities(answer_lines, newest, passphrase)
        _write_private(path, (json.dumps(data, indent=2) + "\n").encode(), mode=0o600)
        return info

    def restore(self, path: Path, passphrase: str) -> KeyInfo:
        """Bring back keys from a backup; the newest must open with the passphrase given."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise KeyFileError(f"Cannot read the key backup {path}: {exc.strerror}.") from exc
        try:
            data = loads_strict(raw, max_bytes=1_000_000)
            if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
                raise ValueError
            keys = data["keys"]
            rows = [_backup_row(k) for k in keys]
            exports = [_export_row(e) for e in data.get("exports", [])]
        except Exception as exc:
            raise KeyFileError(
                f"{path} is not a Coact Desktop key backup ({BACKUP_FORMAT}).", reason="not_backup"
            ) from exc
        if not rows:
            raise KeyFileError(f"{path} holds no keys.", reason="not_backup")
        newest = rows[-1]
        try:
            opened = minisign.decrypt_secret_key(newest.secret_key, passphrase)
        except PassphraseError as exc:
            raise PassphraseError(FORGOTTEN, reason="wrong") from exc
        if opened.public_key() != _public(newest):
            raise KeyFileError(f"{path} is damaged: a key does not match its id.")
        if "answer_identities" in data:
            self._restore_answer_identities(path, data["answer_identities"], passphrase)
        with self._sessions.begin() as session:
            current = self._current_row(session)
            # Whole keys are compared, never ids written as text.
            known = {_public(r) for r in session.scalars(select(SigningKeyRow))}
            if current is not None and _public(current) not in {_public(r) for r in rows}:
                raise KeyFileError(
                    f"This profile already has another signing key ({current.key_id}); "
                    "restoring would hide it. Restore into a new profile instead.",
                    reason="other_key",
                )
            for row in rows:
                if _public(row) not in known:
                    session.add(row)
            recorded = set(session.scalars(select(ExportRow.bundle_id)))
            places = set(session.execute(select(ExportRow.group_id, ExportRow.sequence)).all())
            for export in exports:
                # A number this profile already used keeps its own record.
                if export.bundle_id not in recorded and (
                    (export.group_id, export.sequence) not in places
                ):
                    session.add(export)
            session.flush()
            restored = self._current_row(session)
            assert restored is not None
            return _info(restored)

    def _restore_answer_identities(self, path: Path, box: object, passphrase: str) -> None:
        """Put the backed-up answer identities beside this profile's own (before the keys: a
        failure after leaves one identity too many, which opens only what was meant for us)."""
        try:
            lines = passphrase_box.unseal(box, passphrase, ANSWER_PURPOSE).decode().splitlines()
        except (ValueError, KeyError, UnicodeDecodeError, PassphraseError) as exc:
            raise KeyFileError(
                f"{path} is damaged: the key for Coact's answers in it cannot be opened."
            ) from exc
        if self._files is not None:
            keep_answer_identities(self._files, lines)

    @staticmethod
    def _current_row(session: Session) -> SigningKeyRow | None:
        return session.scalars(
            select(SigningKeyRow)
            .where(SigningKeyRow.retired_at.is_(None))
            .order_by(SigningKeyRow.created_at.desc())
        ).first()


ANSWER_PURPOSE = "coact-key-backup/1 answer identities"


def _sealed_identities(
    lines: list[str], newest: tuple[str, str], passphrase: str | None
) -> dict[str, object]:
    """The answer identities sealed with the newest key's passphrase, at its work factor."""
    if passphrase is None:
        raise PassphraseError(
            "The backup also keeps the key that opens Coact's answers to your group; give the "
            "signing key's passphrase to lock it in the backup.",
            reason="needed",
        )
    secret_key, work_factor = newest
    try:
        minisign.decrypt_secret_key(secret_key, passphrase)
    except PassphraseError as exc:
        raise PassphraseError(FORGOTTEN, reason="wrong") from exc
    secret = "".join(f"{line}\n" for line in lines).encode()
    scrypt = minisign.scrypt_params(WORK_FACTORS[work_factor])  # as hard as the key's own lock
    return passphrase_box.seal(secret, passphrase, scrypt, ANSWER_PURPOSE)


def _row(secret: minisign.SecretKey, passphrase: str, work_factor: str) -> SigningKeyRow:
    if work_factor not in WORK_FACTORS:
        raise ValueError(f"unknown work factor {work_factor!r}")
    public = secret.public_key()
    return SigningKeyRow(
        key_id=public.key_id_hex,
        public_key=public.to_text(),
        secret_key=_locked(secret, passphrase, work_factor),
        work_factor=work_factor,
        created_at=utc_now(),
        retired_at=None,
        rotation_statement=None,
        rotation_signature=None,
    )


def _locked(secret: minisign.SecretKey, passphrase: str, work_factor: str) -> str:
    """The secret key encrypted with the passphrase; a clear error if memory runs short."""
    try:
        return minisign.encrypt_secret_key(secret, passphrase, WORK_FACTORS[work_factor])
    except MemoryError as exc:
        raise KeyFileError(
            "This computer has not enough free memory for the standard key protection (1 GB). "
            "Choose the lighter protection for old laptops and try again.",
            reason="memory",
        ) from exc


def _backup_row(entry: object) -> SigningKeyRow:
    if not isinstance(entry, dict):
        raise ValueError("not an object")
    public = minisign.PublicKey.from_text(entry["public_key"])
    if (
        public.key_id != minisign.key_id_from_hex(entry["key_id"])
        or entry["work_factor"] not in WORK_FACTORS
    ):
        raise ValueError("inconsistent key")
    retired = entry["retired_at"]
    return SigningKeyRow(
        key_id=public.key_id_hex,
        public_key=public.to_text(),
        secret_key=str(entry["secret_key"]),
        work_factor=entry["work_factor"],
        created_at=datetime.fromisoformat(entry["created_at"]),
        retired_at=datetime.fromisoformat(retired) if retired else None,
        rotation_statement=entry["rotation_statement"],
        rotation_signature=entry["rotation_signature"],
    )


def _export_row(entry: object) -> ExportRow:
    if not isinstance(entry, dict):
        raise ValueError("not an object")
    return ExportRow(
        bundle_id=str(entry["bundle_id"]),
        draft_id=str(entry["draft_id"]),
        group_id=str(entry["group_id"]),
        sequence=int(entry["sequence"]),
        previous_bundle_id=entry["previous_bundle_id"],
        key_id=str(entry["key_id"]),
        file_name=str(entry["file_name"]),
        size=int(entry["size"]),
        encrypted=bool(entry["encrypted"]),
        created_at=datetime.fromisoformat(entry["created_at"]),
    )


def _public(row: SigningKeyRow) -> minisign.PublicKey:
    return minisign.PublicKey.from_text(row.public_key)


def _info(row: SigningKeyRow) -> KeyInfo:
    public = minisign.PublicKey.from_text(row.public_key)
    rotated_from = None
    if row.rotation_statement:
        rotated_from = row.rotation_statement.split("\t")[1].removeprefix("old:")
    return KeyInfo(
        key_id=row.key_id,
        public_key=row.public_key,
        fingerprint=fingerprint_words(public),
        work_factor=row.work_factor,
        created_at=row.created_at,
        rotated_from=rotated_from,
    )


def _write_private(path: Path, data: bytes, mode: int) -> None:
    """Write a file whole or not at all, readable only by its owner when it holds secrets."""
    try:
        write_whole(path, data, mode)
    except OSError as exc:
        raise KeyFileError(f"Cannot write {path}: {exc.strerror}.", path=str(path)) from exc
