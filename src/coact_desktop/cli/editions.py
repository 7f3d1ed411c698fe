"""``coact-desktop editions …``: build and sign a pack (Coact), verify and import one (readers)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coact_desktop.cli.keys import passphrase_option, read_passphrase
from coact_desktop.cli.output import EXIT_ERROR, EXIT_OK, print_json, size_text
from coact_desktop.core.errors import KnownError


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    editions = commands.add_parser(
        "editions", parents=[common], help="Coact's signed editions: build, verify, import, list"
    )
    actions = editions.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", parents=[common], help="write and sign a full pack")
    build.add_argument("edition", metavar="EDITION_DIR", help="a coact-edition/1 folder")
    build.add_argument("--out", required=True, metavar="FILE")
    build.add_argument(
        "--key", required=True, metavar="SECRET_KEY", help="the publishing key (minisign -G)"
    )
    build.add_argument(
        "--history",
        action="append",
        default=[],
        metavar="GROUP_ID",
        help="an accepted group history to include (repeatable)",
    )
    build.add_argument("--notes", default="", help="what is new in this edition")
    passphrase_option(build)
    build.add_argument("--json", action="store_true", help="print JSON")
    for name, words in (("verify", "check a pack file"), ("import", "check and import a pack")):
        action = actions.add_parser(name, parents=[common], help=words)
        action.add_argument("file")
        action.add_argument("--json", action="store_true", help="print JSON")
    share = actions.add_parser(
        "share", parents=[common], help="copy the newest edition imported to FOLDER/COACT_LIBRARY"
    )
    share.add_argument("folder", metavar="FOLDER", help="e.g. a USB stick")
    listing = actions.add_parser("list", parents=[common], help="the editions in the library")
    listing.add_argument("--json", action="store_true", help="print JSON")


def run(services: Any, args: argparse.Namespace) -> int:
    """Run one action; the exit status."""
    editions = services.editions
    if args.action == "list":
        return _list(services, args)
    if args.action == "build":
        return _build(editions, args)
    if args.action == "share":
        copied = editions.share(Path(args.folder))
        print(f"Copied the library's newest edition to {copied}.")
        return EXIT_OK
    try:
        if args.action == "verify":
            check = editions.verify(Path(args.file))
        else:
            check = editions.import_pack(Path(args.file))
    except KnownError as error:
        reason = str(error.details.get("reason") or error.code)
        if args.json:
            print_json({"ok": False, "file": args.file, "reason": reason, "message": error.message})
        else:
            print(f"{args.file}: refused. {error.message}", file=sys.stderr)
        return EXIT_ERROR
    report = _report(args.file, check)
    if args.json:
        print_json(report)
        return EXIT_OK
    verb = "imported" if args.action == "import" else "intact and signed by Coact"
    print(f"{args.file}: {verb}.")
    print(f"  Edition:     {report['edition']} of {report['library']}, from {report['date']}")
    print(f"  Title:       {report['title']}")
    print(f"  Signed:      {report['created']} by the publishing key {report['key_id']}")
    print(f"  Histories:   {', '.join(report['histories']) or 'none'}")
    print(f"  The library now has edition {report['have_edition']}.")
    if report["notes"]:
        print(f"  What's new:  {report['notes']}")
    if report["clock_behind"]:
        print(
            f"Warning: this computer's clock is behind: a file signed on "
            f"{report['clock_behind'][:10]} was already seen here. Set the date right.",
            file=sys.stderr,
        )
    return EXIT_OK


def _report(file: str, check: Any) -> dict[str, Any]:
    statement = check.statement
    return {
        "ok": True,
        "file": file,
        "library": statement.library,
        "edition": statement.edition,
        "kind": statement.kind,
        "title": statement.title,
        "date": statement.date,
        "created": statement.created,
        "key_id": check.key_id,
        "histories": list(check.histories),
        "notes": check.notes,
        "have_edition": check.have_edition,
        "clock_behind": check.clock_behind,
    }


def _build(editions: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.exchange.editions import open_publishing_key

    passphrase = read_passphrase(args, "Passphrase of the publishing key: ")
    secret = open_publishing_key(Path(args.key), passphrase)
    written = editions.build(Path(args.edition), args.history, args.notes, secret, Path(args.out))
    statement = written.statement
    if args.json:
        print_json(
            {
                "ok": True,
                "path": str(written.path),
                "size": written.size,
                "edition": statement.edition,
                "state": statement.state,
            }
        )
    else:
        print(
            f"Wrote {written.path} ({size_text(written.size)}): edition {statement.edition}, "
            f"signed by {secret.public_key().key_id_hex}."
        )
    return EXIT_OK


def _list(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.dto import to_json

    found = services.library.editions()
    if args.json:
        print_json(to_json(found))
    else:
        for edition in found:
            print(f"{edition.id}  edition {edition.version}, {edition.date}: {edition.title}")
    return EXIT_OK
