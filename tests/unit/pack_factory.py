"""Test editions and a group's test history, for the edition pack tests.

The editions are TEST EDITIONS: Coact's bundled text unchanged, with a new version number and
a title that says so. The group histories are TEST TEXT. No history is invented.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from coact_desktop.core.drafts.attachments import attach
from coact_desktop.core.drafts.model import Draft, Event, Person, Profile, Section
from coact_desktop.core.exchange.bundle_read import open_bundle
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition
from coact_desktop.core.services import AppServices

LIBRARY = "coact-history-of-drug-user-organising"
B = load_edition().version  # the bundled edition's number; test editions come after it
LANTERNFOLK = "2b7e3c1e-5a2b-4c6d-8e9f-0a1b2c3d4e5f"


def make_test_edition(tmp_path: Path, version: int, library: str = LIBRARY) -> Path:
    """Coact's edition folder as a TEST EDITION: the same text, a new number, a title saying so."""
    folder = tmp_path / f"test-edition-{version}-{library}"
    if folder.exists():
        return folder
    shutil.copytree(bundled_edition_dir(), folder)
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    meta.update(version=version, id=library, title=f"{meta['title']} (TEST EDITION {version})")
    (folder / "edition.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), "utf-8")
    return folder


def accept_test_history(
    group: AppServices,
    coact: AppServices,
    folder: Path,
    name: str = "Lanternfolk (test group)",
    draft_id: str = LANTERNFOLK,
    attached: tuple[Path, ...] = (),
) -> str:
    """A group sends a short TEST history and Coact accepts it; returns the group's id.

    ``attached``: TEST PICTURES or files the group attaches (cleaned as every one is).
    """
    attachments = tuple(
        attach(path, group.files, f"TEST {'PHOTO' if n == 0 else 'FILE'} of {name}").attachment
        for n, path in enumerate(attached)
    )
    draft = Draft(
        id=draft_id,
        profile=Profile(name=name, country="Exampleland", founded=2015),
        sections=(Section("How the group began", f"TEST TEXT: {name} met in 2015."),),
        events=(Event("2016", "TEST TEXT: a first meeting.", 2016, ("Ira",), ()),),
        people=(Person("Ira", "named"),),
        attachments=attachments,
    )
    group.drafts.create(draft)
    path = group.exports.export(draft.id, folder, "throwaway passphrase", None, "light").path
    with open_bundle(path, None) as bundle:
        item, _ = coact.inbox.receive(bundle)
    coact.inbox.confirm_key(item.bundle_id)
    coact.inbox.accept(item.bundle_id)
    return item.group_id


MOTH_CIRCLE = "7c9d2f4a-1b3e-4d5f-9a6b-8c7d6e5f4a3b"  # the second test group's id


def accept_two_test_histories(coact: AppServices, folder: Path) -> tuple[str, str]:
    """Two test groups, each on a profile of its own under ``folder``, send; Coact accepts."""
    from coact_desktop.core.services import open_services
    from coact_desktop.core.storage.paths import resolve_profile

    ids = []
    for n, (name, group_id) in enumerate(
        (("Lanternfolk (test group)", LANTERNFOLK), ("Moth Circle (test group)", MOTH_CIRCLE))
    ):
        sender = open_services(resolve_profile(folder / f"group-{n}"))
        try:
            ids.append(accept_test_history(sender, coact, folder / f"out-{n}", name, group_id))
        finally:
            sender.close()
    return ids[0], ids[1]
