"""Editions: Coact builds and signs packs; a reader verifies one and switches to it in one step."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.errors import KeyFileError, PackError, PassphraseError
from coact_desktop.core.exchange import clock_floor, edition_diff, kept_roots, trust_root
from coact_desktop.core.exchange.edition_diff import EditionDiff
from coact_desktop.core.exchange.formats.minisign import (
    SecretKey,
    decrypt_secret_key,
    key_id_from_hex,
)
from coact_desktop.core.exchange.inbox import InboxService
from coact_desktop.core.exchange.pack_format import TEXT_NAME, Records, Statement, parse_records
from coact_desktop.core.exchange.pack_read import (
    COPY_NAME,
    BlobShelf,
    Have,
    SignedState,
    VerifiedPack,
    read_signed_state,
    verify_pack,
)
from coact_desktop.core.exchange.pack_write import WrittenPack, write_pack
from coact_desktop.core.library.edition import Edition, bundled_edition_dir, load_edition
from coact_desktop.core.library.group_histories import GROUP_PREFIX
from coact_desktop.core.library.service import LibraryService
from coact_desktop.core.storage.whole_file import replace_whole

KEPT_PACKS = "editions"  # in the profile: the last pack imported, to pass on
SHARE_FOLDER = "COACT_LIBRARY"  # on a stick: where readers (and the program) look
SHIPPED = "shipped"  # as the base of a delta: the edition the program ships
SET_ASIDE = ".set-aside"  # a kept pack moved out of the way while its namesake is imported
log = logging.getLogger(__name__)


def _sha_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    return sorted(found, key=lambda p: (pack_number(p), p.name), reverse=True)[:MAX_CANDIDATES]


MAX_CANDIDATES = 50  # packs on one stick looked at: a folder of thousands is not a library
_NAMED = re.compile(r".*-([0-9]{1,7})(-delta)?")


def pack_number(path: Path) -> int:
    """The edition number a pack's name claims (only to sort by: the statement is what counts)."""
    named = _NAMED.fullmatch(path.stem)
    return int(named.group(1)) if named else 0


def pack_name(statement: Statement) -> str:
    """The name a pack is kept and shared under: library, edition, and whether it is a delta."""
    tail = "-delta" if statement.kind == "delta" else ""
    return f"{statement.library}-{statement.edition}{tail}.coactpack"


def shipped_state(folder: Path | None = None, edition: Edition | None = None) -> Records:
    """The state of the edition shipped with the program: its two files, no histories."""
    folder = folder or bundled_edition_dir()
    edition = edition or load_edition(folder)
    meta = (folder / "edition.json").read_bytes()
    return Records(hashlib.sha256(meta).hexdigest(), edition.source_sha256, (), "")


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
    left_out: tuple[str, ...] = ()  # group names the library holds that the edition drops


def open_publishing_key(path: Path, passphrase: str) -> SecretKey:
    """Coact's publishing key from its file (as ``minisign -G`` writes it), unlocked."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"Cannot read the secret key {path}: {exc}.") from exc
    try:
        return decrypt_secret_key(text, passphrase)
    except PassphraseError as exc:
        # Coact's own key, not a group's: the group's advice (backups, a new key) would mislead.
        raise PassphraseError(str(exc), reason="coact_key") from exc


class EditionsService:
    """Coact's side (build) and every reader's side (verify, import) of edition packs."""

    def __init__(
        self,
        library: LibraryService,
        inbox: InboxService,
        data_dir: Path,
        shipped: Callable[[], trust_root.Root] = trust_root.shipped_root,
        shipped_edition: Path | None = None,
    ) -> None:
        self._library = library
        self._inbox = inbox
        self._data_dir = data_dir
        self._shipped = shipped
        self._shipped_edition = shipped_edition or bundled_edition_dir()
        self._shipped_cache: tuple[int, Records] | None = None

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
        with self._workspace() as work, self._shelf() as shelf:
            verified = self._verify(path, Path(work), progress, cancel, shelf)
            return self._check(verified)

    def diff(self, path: Path, cancel: CancelToken | None = None) -> EditionDiff:
        """What importing the pack would change in this library, which is left as it is.

        As every check does, a newer root of trust the pack carries is kept (a revocation
        holds from the moment it is seen), and the clock floor raised.
        """
        with self._workspace() as work, self._shelf() as shelf:
            verified = self._verify(path, Path(work), None, cancel, shelf)
            library = verified.statement.library
            names = {e.id: e.title for e in self._library.editions()}
            base = verified.have.records
            held = {
                h.group_id: (names.get(f"{GROUP_PREFIX}{h.group_id}", ""), h)
                for h in (base.histories if base is not None else ())
            }
            return edition_diff.compare(
                verified,
                self._library.chapter_texts(verified.edition.id),
                held,
                self._library.edition_version(library),
            )

    def verify_route(
        self,
        route: Sequence[Path],
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> PackCheck:
        """Check every pack of a route completely, each on the state the one before it makes.

        Nothing is imported. What it returns describes the end of the route against the
        library as it is now (the histories it drops, the newest notes), for the one question
        asked before all of it is imported; its file hash is the first pack's.
        """
        root = self.trusted_root()
        version, key_id = self._library.edition_signed(root.library)
        start = self._have(root.library, version, key_id)
        have = start
        copies: list[Path] = []
        last: VerifiedPack | None = None
        first_sha = ""

        def keep(chain: list[trust_root.TrustedRoot]) -> None:
            kept_roots.keep(self._data_dir, chain)

        with self._workspace() as work:
            for number, path in enumerate(route):
                folder = Path(work) / str(number)
                folder.mkdir()
                with self._shelf(copies) as shelf:
                    last = verify_pack(
                        path, folder, root, replace(have, fetch=shelf.fetch), progress, cancel, keep
                    )
                clock_floor.raise_to(self._data_dir, last.statement.created)
                first_sha = first_sha or last.file_sha256
                copies.insert(0, folder / COPY_NAME)  # the blobs the next delta may need
                have = Have(last.statement.edition, last.key_id, last.records)
            if last is None:
                raise PackError("nothing_to_import", "No file was given to import.")
            return replace(self._check(replace(last, have=start)), file_sha256=first_sha)

    def route(self, candidates: Sequence[Path], cancel: CancelToken | None = None) -> list[Path]:
        """Which of these packs to import, in order, to reach the newest edition among them.

        Each is only read for its signed statement and records here (the import checks it
        whole). A full pack starts a route; a delta follows the state it was made from, which
        may be the one this library is in. The newest edition wins, then the fewest files.
        Copies of one pack under other names count once, so a stick full of them costs no more
        than the packs themselves (one pass in edition order, not every path).
        """
        cancel = cancel or CancelToken()
        root = self.trusted_root()
        version, key_id = self._library.edition_signed(root.library)
        steps: dict[tuple[str, str, str | None], SignedState] = {}
        for path in list(candidates)[:MAX_CANDIDATES]:
            cancel.raise_if_cancelled()
            try:
                found = read_signed_state(path, root)
            except (PackError, OSError) as exc:
                log.info("Not an edition to offer (%s): %s", path.name, exc)
                continue
            s = found.statement
            steps.setdefault((s.state, s.kind, s.base_state), found)
        floor = version or 0
        if key_id is not None and root.publishing_key(key_id_from_hex(key_id)) is None:
            floor = 0  # signed by a revoked key: its number is no floor (as the import says)
        current = self._have(root.library, version, key_id).records
        # The fewest files that reach each state, and that state's edition.
        best: dict[str, tuple[int, list[SignedState]]] = {}
        if current is not None:
            best[current.state()] = (version or 0, [])
        for step in sorted(steps.values(), key=lambda x: (x.statement.edition, x.statement.kind)):
            cancel.raise_if_cancelled()
            s = step.statement
            if s.edition <= floor:
                continue
            if s.kind == "full":
                before: list[SignedState] | None = []
            else:
                base = best.get(s.base_state or "")
                before = base[1] if base is not None and base[0] < s.edition else None
            if before is None:
                continue
            route = [*before, step]
            held = best.get(s.state)
            if held is None or len(route) < len(held[1]):
                best[s.state] = (s.edition, route)
        reached = [r for edition, r in best.values() if r and edition > floor]
        if not reached:
            return []
        newest = max(reached, key=lambda r: (r[-1].statement.edition, -len(r)))
        return [step.path for step in newest]

    def import_pack(
        self,
        path: Path,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
        checked_sha256: str | None = None,
        continues: bool = False,
    ) -> PackCheck:
        """Verify a pack and make its edition the library's, in one transaction.

        ``checked_sha256``: the file the person was shown (``verify``); any other is refused.
        ``continues``: this pack follows one just imported on the same route, so "what's new"
        runs from before the first.
        """
        with self._workspace() as work, self._shelf() as shelf:
            verified = self._verify(path, Path(work), progress, cancel, shelf)
            if checked_sha256 is not None and verified.file_sha256 != checked_sha256:
                raise PackError(
                    "changed_since_checked",
                    "The file changed since it was checked; nothing was imported. Check it again.",
                )
            # Each history is known by its blob's name in the signed records (the same order).
            histories = [
                (h.for_library(), item.blob)
                for h, item in zip(verified.histories, verified.records.histories, strict=True)
            ]
            if cancel is not None:
                cancel.raise_if_cancelled()  # the last moment to stop: the switch is one step
            left_out = self._left_out_names(verified)  # named before they go
            # Kept before the switch, so that the edition in the library always has its pack to
            # build the next delta on and to pass on. A file of the same name (the same edition,
            # signed by a revoked key, or another import of it meanwhile) is set aside, not lost.
            kept = self._keep_pack(Path(work) / COPY_NAME, verified.statement)
            try:
                # Checked against the edition the verification saw: another import meanwhile is
                # a refusal inside the transaction, not a silent downgrade.
                self._library.import_edition(
                    verified.edition,
                    histories,
                    verified.key_id,
                    verified.have.edition,
                    verified.records.to_bytes(),
                    verified.records.notes,
                    self._left_out(verified),
                    continues=continues,
                    placement=[(h.group_id, h.model) for h in verified.records.histories],
                    media_bytes=lambda m: (verified.folder / "blobs" / m.sha256).read_bytes(),
                )
            except BaseException:
                self._unkeep(kept)
                raise
            self._prune_kept(verified.statement)
            return self._check(verified, left_out)

    def library_version(self, library: str) -> int | None:
        """The number of the edition of ``library`` this profile reads."""
        return self._library.edition_version(library)

    def edition_folder(self, pack: Path, target: Path) -> Path:
        """The edition a signed pack holds, as a ``coact-edition/1`` folder (Coact builds on it).

        The statement's signature and records are checked; the two blobs against their names.
        """
        state = read_signed_state(pack, self.trusted_root())
        target.mkdir(parents=True, exist_ok=True)
        meta, text = target / "edition.json", target / "text.part"
        with self._shelf(first=[pack]) as shelf:
            for blob, path in (
                (state.records.edition_meta, meta),
                (state.records.edition_text, text),
            ):
                if (
                    not shelf.fetch(blob, path)
                    or hashlib.sha256(path.read_bytes()).hexdigest() != blob
                ):
                    raise PackError(
                        "delta_base_missing",
                        f"{pack.name} does not hold its edition's text, and no copy is here.",
                    )
        try:
            name = json.loads(meta.read_text("utf-8"))["source"]["file"]
        except (ValueError, KeyError, TypeError) as exc:
            raise PackError("bad_edition", f"The edition in {pack.name} is not valid.") from exc
        if not isinstance(name, str) or not TEXT_NAME.fullmatch(name):
            raise PackError("bad_edition", f"The edition in {pack.name} names its text oddly.")
        text.replace(target / name)
        load_edition(target)
        return target

    def has_shareable(self) -> bool:
        """Whether an edition imported from a file is kept here, to pass on."""
        return bool(self._kept_packs())

    def share(self, folder: Path) -> Path:
        """Copy the newest edition pack this profile imported to ``folder/COACT_LIBRARY/``.

        The signatures make any courier safe: whoever receives it checks it as this reader did.
        """
        kept = sorted(self._kept_packs(), key=lambda p: (p[0], p[1].name))
        if not kept:
            raise PackError(
                "nothing_to_share",
                "This library has no edition from a file to pass on yet: only editions "
                "imported from a .coactpack file can be copied to a stick.",
            )
        # The newest pack and the ones it builds on (a full pack, then its deltas), so that a
        # reader with any edition on the way, or only the shipped one, can follow.
        for _edition, source in kept:
            target = folder / SHARE_FOLDER / source.name
            try:
                with source.open("rb") as kept_copy:
                    replace_whole(target, lambda out: shutil.copyfileobj(kept_copy, out), 0o644)
            except OSError as exc:
                raise PackError(
                    "share_unwritable",
                    f"Cannot copy the library to {folder}: {exc.strerror or exc}.",
                ) from exc
        return folder / SHARE_FOLDER / kept[-1][1].name

    def _keep_pack(self, copy: Path, statement: Statement) -> tuple[Path, Path | None] | None:
        """Keep the file about to be imported, to pass on and to build the next delta on.

        Returns where it went and where a file of that name was set aside, if there was one.
        """
        folder = self._data_dir / KEPT_PACKS
        target = folder / pack_name(statement)
        aside = target.with_name(target.name + SET_ASIDE)
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            had = target.exists()
            if had:
                os.replace(target, aside)
            os.replace(copy, target)  # the checked copy: in the profile already
        except OSError as exc:
            # Only passing it on is lost (and the next delta asks for a full pack).
            log.warning("The imported pack could not be kept to pass on: %s", exc)
            return None
        return target, aside if had else None

    def _unkeep(self, kept: tuple[Path, Path | None] | None) -> None:
        """The import failed: put back what was there before."""
        if kept is None:
            return
        target, aside = kept
        try:
            if aside is not None:
                os.replace(aside, target)
            else:
                target.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("A kept pack could not be put back: %s", exc)

    def _prune_kept(self, statement: Statement) -> None:
        """After a full pack, the packs before it go; after a delta, the chain it ends stays.

        Never fails an import that is done: a file that cannot go now goes next time.
        """
        doomed = [
            p for n, p in self._kept_packs()
            if n > statement.edition
            or (statement.kind == "full" and p.name != pack_name(statement))
        ]  # fmt: skip
        folder = self._data_dir / KEPT_PACKS
        doomed += list(folder.glob(f"*{SET_ASIDE}")) if folder.is_dir() else []
        for path in doomed:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("An old kept pack could not be removed: %s", exc)

    def _kept_packs(self) -> list[tuple[int, Path]]:
        folder = self._data_dir / KEPT_PACKS
        found = []
        for path in folder.glob("*.coactpack") if folder.is_dir() else []:
            if _NAMED.fullmatch(path.stem):
                found.append((pack_number(path), path))
        return found

    def _shelf(self, first: Sequence[Path] = ()) -> BlobShelf:
        """Where the blobs of the library's current state are to be had (``first``: before all)."""
        packs = [*first, *(p for _n, p in sorted(self._kept_packs(), reverse=True))]
        folder = self._data_dir / KEPT_PACKS
        packs += sorted(folder.glob(f"*{SET_ASIDE}")) if folder.is_dir() else []
        files = [p for p in self._shipped_edition.iterdir() if p.suffix in (".json", ".txt")]
        return BlobShelf(packs, files)

    def _have(self, library: str, version: int | None, key_id: str | None) -> Have:
        """What this library holds: the number, who signed it, and the state a delta needs."""
        state = self._library.edition_state(library)
        records: Records | None = None
        if state is not None:
            try:
                records = parse_records(state)
            except PackError:
                records = None  # then only a full pack will do
        elif version is not None and key_id is None:
            # The edition the program shipped, if it is the one in the library.
            shipped_version, shipped = self._shipped_records()
            if version == shipped_version:
                records = shipped
        return Have(version, key_id, records)

    def _shipped_records(self) -> tuple[int, Records]:
        """The shipped edition's number and state, read once: its files never change."""
        if self._shipped_cache is None:
            edition = load_edition(self._shipped_edition)
            self._shipped_cache = (edition.version, shipped_state(self._shipped_edition, edition))
        return self._shipped_cache

    def _left_out(self, verified: VerifiedPack) -> list[tuple[str, str]]:
        """Histories the last pack's edition held that this one does not."""
        base = verified.have.records
        if base is None:
            return []
        now = {h.group_id for h in verified.records.histories}
        return [(h.group_id, h.blob) for h in base.histories if h.group_id not in now]

    def build(
        self,
        edition_dir: Path,
        group_ids: Sequence[str],
        notes: str,
        secret: SecretKey,
        target: Path,
        base: Path | str | None = None,
        models: Mapping[str, str] | None = None,
    ) -> WrittenPack:
        """Write a pack of an edition folder and accepted histories, signed by ``secret``.

        ``group_ids`` in reading order; ``models``: group → the model of organising (a chapter
        slug) its history goes under. ``base``: a pack readers hold, or ``SHIPPED``: then a delta
        from that edition.
        """
        edition = load_edition(edition_dir)
        kinds = {c.slug: c.kind for c in edition.chapters}
        for group, model in (models or {}).items():
            if kinds.get(model) != "model":
                raise PackError(
                    "no_such_model",
                    f"The edition has no model of organising called {model!r} to place the "
                    f"history of {group} under.",
                )
        root = self.trusted_root()
        if root.publishing_key(secret.key_id) is None:
            raise PackError(
                "unknown_key",
                f"The key {secret.public_key().key_id_hex} is not a publishing key of the root "
                "of trust: readers would refuse what it signs.",
            )
        accepted = {i.group_id: i for i in self._inbox.items() if i.state == "accepted"}
        missing = [g for g in group_ids if g not in accepted]
        if len(set(group_ids)) != len(group_ids):
            raise PackError("no_such_history", "A group's history is listed twice.")
        if missing:
            raise PackError(
                "no_such_history", f"No accepted history of the group {missing[0]} is here."
            )
        histories = [self._inbox.history(accepted[g].bundle_id) for g in group_ids]
        # Every root since the shipped one, so that any reader can follow the chain.
        roots = kept_roots.kept_chain(self._data_dir, self._shipped())
        base_state = None
        if base is not None:
            base_state = (
                self._shipped_records()[1]
                if base == SHIPPED
                else read_signed_state(Path(base), root).records
            )
        return write_pack(
            edition,
            edition_dir,
            histories,
            notes,
            secret,
            target,
            roots,
            base=base_state,
            models=models,
            media=self._inbox.files,
        )

    def _verify(
        self,
        path: Path,
        work: Path,
        progress: Callable[[int, int], None] | None,
        cancel: CancelToken | None,
        shelf: BlobShelf,
    ) -> VerifiedPack:
        root = self.trusted_root()
        version, key_id = self._library.edition_signed(root.library)
        have = replace(self._have(root.library, version, key_id), fetch=shelf.fetch)

        def keep(chain: list[trust_root.TrustedRoot]) -> None:
            kept_roots.keep(self._data_dir, chain)

        verified = verify_pack(path, work, root, have, progress, cancel, keep)
        clock_floor.raise_to(self._data_dir, verified.statement.created)
        return verified

    def _left_out_names(self, verified: VerifiedPack) -> tuple[str, ...]:
        """The names of the groups whose histories the import would take out of the library."""
        names = {e.id: e.title for e in self._library.editions()}
        dropped = (names.get(f"{GROUP_PREFIX}{g}") for g, _sha in self._left_out(verified))
        return tuple(sorted(n for n in dropped if n))

    def _check(self, verified: VerifiedPack, left_out: tuple[str, ...] | None = None) -> PackCheck:
        """What a verified pack is; ``left_out``: named already (before the import took them)."""
        return PackCheck(
            left_out=self._left_out_names(verified) if left_out is None else left_out,
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
