"""Coact's editions workspace: plan the next edition, preview it as readers will, publish it.

The plan is saved in the profile as the editors go. Publishing composes the edition folder,
signs a full pack and, when an earlier one was published from here, a delta from it; both are
kept under ``published/`` (the base of the next delta) and copied where the editors chose.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coact_desktop.core.cancel import CancelToken
from coact_desktop.core.errors import PackError
from coact_desktop.core.exchange.edition_plan import EditionPlan, load_plan, save_plan
from coact_desktop.core.exchange.editions import EditionsService, pack_name, pack_number
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.formats.strict_json import dumps_canonical
from coact_desktop.core.exchange.history import History
from coact_desktop.core.exchange.inbox import InboxService
from coact_desktop.core.exchange.pack_write import WrittenPack
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition
from coact_desktop.core.library.edition_compose import Composed, compose
from coact_desktop.core.library.service import LibraryService
from coact_desktop.core.storage.db import open_database

PLAN_FILE = "edition-plan.json"
PUBLISHED = "published"  # in the profile: every pack published from here, newest last


@dataclass(frozen=True)
class Candidate:
    """An accepted history the editors may put in the edition."""

    group_id: str
    name: str
    bundle_id: str


@dataclass(frozen=True)
class Published:
    """What one publish wrote: the full pack, and the delta from the edition before, if any."""

    full: WrittenPack
    delta: WrittenPack | None
    copies: tuple[Path, ...]


@dataclass(frozen=True)
class Preview:
    """The edition in a throwaway library; ``close`` before its folder goes."""

    library: LibraryService
    composed: Composed
    close: Callable[[], None]


class PublishingService:
    """The editors' side of editions, for the workspace in the window and the CLI."""

    def __init__(self, editions: EditionsService, inbox: InboxService, data_dir: Path) -> None:
        self._editions = editions
        self._inbox = inbox
        self._data_dir = data_dir

    def candidates(self) -> list[Candidate]:
        """Every group's accepted history (its newest), by name."""
        newest: dict[str, Candidate] = {}
        for item in self._inbox.items():
            if item.state == "accepted":
                newest[item.group_id] = Candidate(item.group_id, item.group_name, item.bundle_id)
        return sorted(newest.values(), key=lambda c: c.name.casefold())

    def plan(self) -> EditionPlan:
        """The plan as last saved."""
        return load_plan(self._data_dir / PLAN_FILE)

    def save_plan(self, plan: EditionPlan) -> None:
        """Keep the plan (every change is saved whole)."""
        save_plan(self._data_dir / PLAN_FILE, plan)

    def published(self) -> list[Path]:
        """The packs published from this profile, oldest first."""
        folder = self._data_dir / PUBLISHED
        full = [p for p in folder.glob("*.coactpack") if not p.stem.endswith("-delta")]
        return sorted(full, key=lambda p: (pack_number(p), p.name))

    def start(self, work: Path) -> Path:
        """The edition the next one starts from: the last published here, else the shipped one."""
        published = self.published()
        if not published:
            return bundled_edition_dir()
        return self._editions.edition_folder(published[-1], work / "start")

    def next_version(self, start: Path) -> int:
        """One more than both the start edition and the library's own."""
        edition = load_edition(start)
        have = self._editions.library_version(edition.id) or 0
        return max(edition.version, have) + 1

    def compose(self, plan: EditionPlan, work: Path) -> Composed:
        """The new edition's folder, in ``work``."""
        start = self.start(work)
        version = self.next_version(start)
        today = datetime.now(UTC).strftime("%Y-%m-%d")
        return compose(start, version, today, plan.chapters, work / "edition")

    def preview(self, plan: EditionPlan, work: Path) -> Preview:
        """A throwaway library in ``work`` holding the edition as a reader's would after import."""
        composed = self.compose(plan, work)
        histories = []
        for history in self._histories([h.group_id for h in plan.histories]):
            sha = hashlib.sha256(dumps_canonical(history.to_json())).hexdigest()
            histories.append((history.for_library(), sha))
        engine, sessions = open_database(work / "preview.sqlite3")
        library = LibraryService(sessions)
        library.import_edition(
            composed.edition,
            histories,
            "preview",
            None,
            b"",
            plan.notes,
            placement=[(h.group_id, h.model) for h in plan.histories],
            media_bytes=self._inbox.received_media,
        )
        return Preview(library, composed, engine.dispose)

    def publish(
        self,
        plan: EditionPlan,
        secret: SecretKey,
        folder: Path | None = None,
        cancel: CancelToken | None = None,
    ) -> Published:
        """Sign the edition the plan describes; keep it, copy it to ``folder``, clear the plan."""
        if not plan.histories and not plan.chapters and not plan.notes.strip():
            raise PackError(
                "nothing_changed", "The plan adds nothing yet: choose histories or chapters."
            )
        published = self.published()
        target = self._data_dir / PUBLISHED
        target.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self._private_tmp(), prefix="publish-") as tmp:
            work = Path(tmp)
            composed = self.compose(plan, work)
            if cancel is not None:
                cancel.raise_if_cancelled()
            args = (
                composed.folder,
                [h.group_id for h in plan.histories],
                plan.notes,
                secret,
            )
            models = {h.group_id: h.model for h in plan.histories if h.model}
            full = self._editions.build(*args, work / "full.coactpack", models=models)
            delta = None
            if published:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                try:
                    delta = self._editions.build(
                        *args, work / "delta.coactpack", base=published[-1], models=models
                    )
                except PackError as exc:
                    if exc.reason != "nothing_changed":
                        raise
            full = _move(full, target / pack_name(full.statement))
            if delta is not None:
                delta = _move(delta, target / pack_name(delta.statement))
        copies: list[Path] = []
        for written in (full, delta):
            if written is not None and folder is not None:
                copy = folder / written.path.name
                shutil.copyfile(written.path, copy)
                copies.append(copy)
        self.save_plan(EditionPlan(histories=plan.histories, started=True))
        return Published(full, delta, tuple(copies))

    def _histories(self, group_ids: Sequence[str]) -> list[History]:
        """The accepted histories of these groups, in this order (the inbox listed once)."""
        bundles = {c.group_id: c.bundle_id for c in self.candidates()}
        missing = [g for g in group_ids if g not in bundles]
        if missing:
            raise PackError(
                "no_such_history", f"No accepted history of the group {missing[0]} is here."
            )
        return [self._inbox.history(bundles[g]) for g in group_ids]

    def _private_tmp(self) -> Path:
        private = self._data_dir / "tmp"
        private.mkdir(mode=0o700, parents=True, exist_ok=True)
        return private


def _move(written: WrittenPack, target: Path) -> WrittenPack:
    shutil.move(written.path, target)
    return WrittenPack(target, written.size, written.statement)
