"""``coact-desktop release …``: check a copy of the program, or pass it on with the library."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coact_desktop.cli.output import EXIT_OK, print_json
from coact_desktop.cli.speech import translate


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    parser = commands.add_parser(
        "release", parents=[common], help="check a copy of the program, or copy it to a stick"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", parents=[common], help="check that FOLDER is the program as Coact signed it"
    )
    verify.add_argument("folder", metavar="FOLDER", help="an unpacked coact-desktop-… folder")
    verify.add_argument("--json", action="store_true", help="print JSON")
    share = actions.add_parser(
        "share", parents=[common], help="copy this program and its library into FOLDER"
    )
    share.add_argument("folder", metavar="FOLDER", help="e.g. a USB stick")
    share.add_argument("--json", action="store_true", help="print JSON")


def run(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.dto import to_json
    from coact_desktop.core.exchange.release import share_program, verify_release

    root = services.editions.trusted_root()
    folder = Path(args.folder)
    if args.action == "verify":
        check = verify_release(folder, root)
        if args.json:
            print_json({**to_json(check), "folder": str(check.folder)})
        else:
            said = translate(
                "Cli",
                "{folder} is Coact Desktop {version} as Coact released it: {files} files, each "
                "unchanged, signed by key {key}.",
            )
            print(
                said.format(
                    folder=folder, version=check.version, files=check.files, key=check.key_id
                )
            )
        return EXIT_OK
    program = share_program(folder, root)
    library = services.editions.share(folder) if services.editions.has_shareable() else None
    if args.json:
        print_json({"program": str(program.folder), "library": str(library) if library else None})
        return EXIT_OK
    print(
        translate("Cli", "Copied Coact Desktop {version} to {folder} and checked the copy.").format(
            version=program.version, folder=program.folder
        )
    )
    print(
        translate("Cli", "Copied the library to {folder}.").format(folder=library)
        if library
        else translate(
            "Cli",
            "No edition from a file to pass on yet: the library that comes with the program "
            "is in it.",
        )
    )
    #: {check} is a command to type as it is (cd, sha256sum, minisign): not to be translated.
    said = translate(
        "Cli",
        "Whoever receives it can check it: {check} with Coact's publishing key (or: "
        "coact-desktop release verify FOLDER).",
    )
    check_line = (
        f"cd {program.folder.name} && sha256sum -c RELEASE-SHA256SUMS "
        "&& minisign -Vm RELEASE-SHA256SUMS"
    )
    print(said.format(check=check_line))
    return EXIT_OK
