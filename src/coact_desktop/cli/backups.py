"""``coact-desktop backups …``: list and restore the profile's backups."""

from __future__ import annotations

import argparse
from typing import Any

from coact_desktop.cli.output import EXIT_OK, print_json, size_text
from coact_desktop.cli.speech import translate


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    backups = commands.add_parser("backups", parents=[common], help="the profile's backups")
    backup_actions = backups.add_subparsers(dest="action", metavar="ACTION", required=True)
    backup_list = backup_actions.add_parser("list", parents=[common], help="list the backups")
    backup_list.add_argument("--json", action="store_true", help="print JSON")
    backup_restore = backup_actions.add_parser(
        "restore", parents=[common], help="put a backup in place of the profile database"
    )
    backup_restore.add_argument("name")


def run(args: argparse.Namespace) -> int:
    # Without opening the database: it may be the damaged thing being replaced.
    from coact_desktop.core.dto import to_json
    from coact_desktop.core.storage.backups import list_backups, restore_backup
    from coact_desktop.core.storage.paths import resolve_profile

    paths = resolve_profile(args.data_dir)
    if args.action == "list":
        backups = list_backups(paths)
        if args.json:
            print_json([{**to_json(b), "path": str(b.path)} for b in backups])
        for b in () if args.json else backups:
            print(f"{b.name}  {b.taken_at}  {size_text(b.size)}")
        return EXIT_OK
    aside = restore_backup(paths, args.name)
    print(
        translate("Cli", "Restored {name}. The database it replaced was kept as {aside}.").format(
            name=args.name, aside=aside
        )
    )
    return EXIT_OK
