"""``coact-desktop drafts …``: the drafts service on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from coact_desktop.cli.output import positive
from coact_desktop.cli.speech import translate
from coact_desktop.core.drafts.attachments import attach
from coact_desktop.core.drafts.model import Draft, DraftError
from coact_desktop.core.drafts.service import DraftsService
from coact_desktop.core.drafts.text_size import text_size
from coact_desktop.core.dto import to_json
from coact_desktop.core.storage.file_store import FileStore
from coact_desktop.words.revisions import reason_text
from coact_desktop.words.text_size import size_text

MAX_JSON_BYTES = 20 * 1024 * 1024


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    drafts = commands.add_parser("drafts", parents=[common], help="your group's draft histories")
    actions = drafts.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list the drafts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    show = actions.add_parser("show", parents=[common], help="show a draft")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print JSON")
    create = actions.add_parser("create", parents=[common], help="create a draft from JSON")
    create.add_argument("--from-json", required=True, metavar="FILE", dest="from_json")
    export = actions.add_parser(
        "export-json", parents=[common], help="print a draft in its JSON form"
    )
    export.add_argument("id")
    revisions = actions.add_parser("revisions", parents=[common], help="list a draft's revisions")
    revisions.add_argument("id")
    revisions.add_argument("--json", action="store_true", help="print JSON")
    restore = actions.add_parser(
        "restore", parents=[common], help="make a revision current (as a new revision)"
    )
    restore.add_argument("id")
    restore.add_argument("revision", type=positive)


def run_drafts(drafts: DraftsService, files: FileStore, args: argparse.Namespace) -> int:
    """Run one drafts action; the exit status."""
    if args.action == "list":
        summaries = drafts.list()
        if args.json:
            _print(to_json(summaries))
        for s in () if args.json else summaries:
            name = s.name or translate("Cli", "(no name yet)")
            #: One line of the drafts list: its id, the group's name, when it was last saved.
            saved = translate("Cli", "saved {when}, %n revisions", "", s.revisions)
            print(f"{s.id}  {name}  {saved.format(when=s.updated_at)}")
    elif args.action == "show":
        draft = drafts.get(args.id)
        if args.json:
            _print(draft.to_json())
        else:
            _print_text(draft)
    elif args.action == "create":
        before = _stored(files)
        try:
            receipt = drafts.create(_read_draft(Path(args.from_json), files), reason="import")
        except BaseException:
            # A failed create changes nothing: clean copies made for it go again.
            for path in _stored(files) - before:
                path.unlink(missing_ok=True)
            raise
        print(receipt.draft_id)
    elif args.action == "export-json":
        _print(drafts.get(args.id).to_json())
    elif args.action == "revisions":
        revisions = drafts.revisions(args.id)
        if args.json:
            _print(to_json(revisions))
        for r in () if args.json else revisions:
            words = size_text(r.words, r.characters)
            print(f"{r.number:>4}  {r.saved_at}  {reason_text(r.reason)} · {words}")
    elif args.action == "restore":
        _draft, receipt = drafts.restore(args.id, args.revision)
        print(
            translate("Cli", "Restored revision {old} as revision {new}.").format(
                old=args.revision, new=receipt.revision
            )
        )
    return 0


def _stored(files: FileStore) -> set[Path]:
    folder = files.folder
    return set(folder.iterdir()) if folder.is_dir() else set()


def _attach_paths(data: Any, base: Path, files: FileStore) -> Any:
    """Clean and store attachments given by path; the draft then records the clean copies."""
    if not isinstance(data, dict) or not isinstance(data.get("attachments"), list):
        return data
    stored = []
    for entry in data["attachments"]:
        if isinstance(entry, dict) and set(entry) <= {"path", "caption"} and "path" in entry:
            caption = entry.get("caption", "")
            if not isinstance(entry["path"], str) or not isinstance(caption, str):
                raise DraftError("An attachment's path and caption must be text.")
            cleaned = attach(base / entry["path"], files, caption)
            entry = to_json(cleaned.attachment)
        stored.append(entry)
    return {**data, "attachments": stored}


def _read_draft(path: Path, files: FileStore) -> Draft:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise DraftError(f"{path} is larger than a draft can be (20 MB).")
        data = json.loads(path.read_text("utf-8"), object_pairs_hook=_no_duplicates)
    except OSError as exc:
        raise DraftError(f"Cannot read {path}: {exc.strerror}.") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise DraftError(f"{path} is not valid JSON: {exc}.") from exc
    return Draft.from_json(_attach_paths(data, path.parent, files))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    duplicated = {k for k in keys if keys.count(k) > 1}
    if duplicated:
        raise ValueError(f"the key {sorted(duplicated)[0]!r} appears twice")
    return dict(pairs)


def _print(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_text(draft: Draft) -> None:
    p, size = draft.profile, text_size(draft)
    print(p.name or translate("Cli", "(no name yet)"))
    place = ", ".join(x for x in (p.city, p.country) if x) or translate("Cli", "place not given")
    founded = p.founded or translate("Cli", "year not given")
    print(translate("Cli", "{place}; founded {year}").format(place=place, year=founded))
    print(
        ", ".join(
            (
                size_text(size.words, size.characters),
                translate("Cli", "%n events", "", len(draft.events)),
                translate("Cli", "%n people", "", len(draft.people)),
            )
        )
    )
    for section in draft.sections:
        print(f"\n## {section.title}\n{section.body}")
