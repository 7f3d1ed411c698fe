"""Editions: Coact builds and signs packs; a reader verifies one and switches to it in one step."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.errors import KeyFileError, PackError
from coact_desktop.core.exchange import clock_floor, kept_roots, trust_root
from coact_desktop.core.exchange.formats.minisign import (
    SecretKey,
    decrypt_secret_key,
)
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical
from coact_desktop.core.exchange.inbox import InboxService
from coact_desktop.core.exchange.pack_format import Statement
from coact_desktop.core.exchange.pack_read import COPY_NAME, Have, VerifiedPack, verify_pack
from coact_desktop.core.exchange.pack_write import WrittenPack, write_pack
from coact_desktop.core.library.edition import load_edition
from coact_desktop.core.library.service import LibraryService
from coact_desktop.core.storage.whole_file import replace_whole

KEPT_PACKS = "editions"  # in the profile: the last pack imported, to pass on
SHARE_FOLDER = "COACT_LIBRARY"  # on a stick: where readers (and the program) look
log = logging.getLogger(__name__)


def packs_on(root: Path) -> list[Path]:
    """The edition packs in a drive's ``COACT_LIBRARY/``, the highest-numbered name first.

    The names are only a guess at which is newest (nothing on a stick is trusted): each is
    checked in full before anything is offered.
    """
    folder = root / SHARE_FOLDER
    try:
        found = [p for p in folder.glob("*.coactpack") if p.is_file()]
    except OSError:
        return []

    def number(path: Path) -> int:
        tail = path.stem.rsplit("-", 1)[-1]
        return int(tail) if tail.isdigit() and len(tail) < 8 else 0

    return sorted(found, key=lambda p: (number(p), p.name), reverse=True)


@dataclass(frozen=True)
class PackCheck:
    """What a verified pack is, before it is imported."""

    statement: Statement
    key_id: str
    file_sha256: str  # of the file as it was checked
    have_edition: int | None
    histories: tuple[str, ...]  # group names
    notes: str
    clock_behind: str | None = None  # the newest signed time seen, if this clock shows earlier


def open_publishing_key(path: Path, passphrase: str) -> SecretKey:
    """Coact's publishing key from its file (as ``minisign -G`` writes it), unlocked."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"Cannot read the secret key {path}: {exc}.") from exc
    return decrypt_secret_key(text, passphrase)


class EditionsService:
    """Coact's side (build) and every reader's side (verify, import) of edition packs."""

    def __init__(
        self,
        library: LibraryService,
        inbox: InboxService,
        data_dir: Path,
        shipped: Callable[[], trust_root.Root] = trust_root.shipped_root,
    ) -> None:
        self._library = library
        self._inbox = inbox
        self._data_dir = data_dir
        self._shipped = shipped

    def trusted_root(self) -> trust_root.Root:
        """The newest root of trust: the shipped one, followed through every root kept since."""
        return kept_roots.newest(self._data_dir, self._shipped())

    def verify(
        self,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> PackCheck:
        """Check a pack completely without importing it."""
        with self._workspace() as work:
            verified = self._verify(path, Path(work), progress, cancel)
            return self._check(verified)

    def import_pack(
        self,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
        checked_sha256: str | None = None,
    ) -> PackCheck:
        """Verify a pack and make its edition the library's, in one transaction.

        ``checked_sha256``: the file the person was shown (``verify``); any other is refused.
        """
        with self._workspace() as work:
            verified = self._verify(path, Path(work), progress, cancel)
            if checked_sha256 is not None and verified.file_sha256 != checked_sha256:
                raise PackError(
                    "changed_since_checked",
                    "The file changed since it was checked; nothing was imported. Check it again.",
                )
            histories = [
                (h.for_library(), hashlib.sha256(dumps_canonical(h.to_json())).hexdigest())
                for h in verified.histories
            ]
            if cancel is not None:
                cancel.raise_if_cancelled()  # the last moment to stop: the switch is one step
            # Checked against the edition the verification saw: another import meanwhile is a
            # refusal inside the transaction, not a silent downgrade.
            self._library.import_edition(
                verified.edition, histories, verified.key_id, verified.have.edition
            )
            self._keep_pack(Path(work) / COPY_NAME, verified.statement)
            return self._check(verified)

    def share(self, folder: Path) -> Path:
        """Copy the newest edition pack this profile imported to ``folder/COACT_LIBRARY/``.

        The signatures make any courier safe: whoever receives it checks it as this reader did.
        """
        kept = sorted(self._kept_packs(), key=lambda p: p[0])
        if not kept:
            raise PackError(
                "nothing_to_share",
                "This library has no edition from a file to pass on yet: only editions "
                "imported from a .coactpack file can be copied to a stick.",
            )
        _edition, source = kept[-1]
        target = folder / SHARE_FOLDER / source.name
        try:
            with source.open("rb") as kept_copy:
                replace_whole(target, lambda out: shutil.copyfileobj(kept_copy, out), 0o644)
        except OSError as exc:
            raise PackError(
                "share_unwritable", f"Cannot copy the library to {folder}: {exc.strerror or exc}."
            ) from exc
        return target

    def _keep_pack(self, copy: Path, statement: Statement) -> None:
        """Keep the file just imported, to pass on; the ones before it go."""
        folder = self._data_dir / KEPT_PACKS
        name = f"{statement.library}-{statement.edition}.coactpack"
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            os.replace(copy, folder / name)  # the checked copy: in the profile already
            for _edition, older in self._kept_packs():
                if older.name != name:
                    older.unlink(missing_ok=True)
        except OSError as exc:
            # The edition is imported; only passing it on is lost (and the next import keeps one).
            log.warning("The imported pack could not be kept to pass on: %s", exc)

    def _kept_packs(self) -> list[tuple[int, Path]]:
        folder = self._data_dir / KEPT_PACKS
        found = []
        for path in folder.glob("*.coactpack") if folder.is_dir() else []:
            number = path.stem.rsplit("-", 1)[-1]
            if number.isdigit():
                found.append((int(number), path))
        return found

    def build(
        self,
        edition_dir: Path,
        group_ids: Sequence[str],
        notes: str,
        secret: SecretKey,
        target: Path,
    ) -> WrittenPack:
        """Write a full pack of an edition folder and accepted histories, signed by ``secret``."""
        edition = load_edition(edition_dir)
        root = self.trusted_root()
        if root.publishing_key(secret.key_id) is None:
            raise PackError(
                "unknown_key",
                f"The key {secret.public_key().key_id_hex} is not a publishing key of the root "
                "of trust: readers would refuse what it signs.",
            )
        accepted = {i.group_id: i for i in self._inbox.items() if i.state == "accepted"}
        missing = [g for g in group_ids if g not in accepted]
        if missing:
            raise PackError(
                "no_such_history", f"No accepted history of the group {missing[0]} is here."
            )
        histories = [self._inbox.history(accepted[g].bundle_id) for g in group_ids]
        # Every root since the shipped one, so that any reader can follow the chain.
        roots = kept_roots.kept_chain(self._data_dir, self._shipped())
        return write_pack(edition, edition_dir, histories, notes, secret, target, roots)

    def _verify(
        self,
        path: Path,
        work: Path,
        progress: Callable[[int, int], None] | None,
        cancel: CancelToken | None,
    ) -> VerifiedPack:
        root = self.trusted_root()
        version, key_id = self._library.edition_signed(root.library)

        def keep(chain: list[trust_root.TrustedRoot]) -> None:
            kept_roots.keep(self._data_dir, chain)

        verified = verify_pack(path, work, root, Have(version, key_id), progress, cancel, keep)
        clock_floor.raise_to(self._data_dir, verified.statement.created)
        return verified

    def _check(self, verified: VerifiedPack) -> PackCheck:
        return PackCheck(
            statement=verified.statement,
            key_id=verified.key_id,
            file_sha256=verified.file_sha256,
            have_edition=self._library.edition_version(verified.statement.library),
            histories=tuple(h.name for h in verified.histories),
            notes=verified.records.notes,
            clock_behind=clock_floor.behind(self._data_dir),
        )

    def _workspace(self) -> tempfile.TemporaryDirectory[str]:
        private = self._data_dir / "tmp"
        private.mkdir(mode=0o700, parents=True, exist_ok=True)
        # In the profile's private tmp: cleared at start-up if a killed import left it behind.
        return tempfile.TemporaryDirectory(dir=private, prefix="pack-")
