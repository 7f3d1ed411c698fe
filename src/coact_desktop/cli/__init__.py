"""The command line: the same services as the GUI, plus opening the window; a module per
command group (search, library, drafts, backups, keys, bundles, editions, answers, release,
screenshot)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from coact_desktop import __version__

# The command modules are imported when a command runs, never on the way to the window: some of
# them import SQLAlchemy, which costs more than Qt itself before the first paint.
from coact_desktop.cli.exits import EXIT_ERROR, EXIT_USAGE
from coact_desktop.core.errors import KnownError


def build_parser() -> argparse.ArgumentParser:
    """All commands and options."""
    # SUPPRESS: without it a subcommand's default would overwrite an option given before it.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", metavar="DIR", help="keep the whole profile in DIR")
    common.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    common.add_argument("--lang", metavar="LL", help="language of the window, e.g. ru")
    common.add_argument(
        "--unlock-file",
        metavar="FILE",
        help="read the passphrase of protected drafts from FILE (for scripts)",
    )

    parser = argparse.ArgumentParser(
        prog="coact-desktop",
        description="Read, search and add to Coact's history of drug user organising, offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    from coact_desktop.cli import (
        answers,
        backups,
        bundles,
        drafts,
        editions,
        keys,
        library,
        protection,
        release,
        screenshot,
        search,
    )

    for group in (search, library, drafts, backups, keys, editions, answers, release, protection):
        group.add_parser(commands, common)
    bundles.add_parsers(commands, common)
    screenshot.add_parser(commands, common)
    return parser


def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options, when the command line only opens the window (no command, nothing else).

    Read by hand: building every command's parser costs about 10 ms, a twentieth of the
    start-up budget, and even a small ArgumentParser imports the locale module (2.5 ms). Any
    other form (a command, --help, an abbreviation, a missing value) goes to the full parser.
    """
    values: dict[str, str | None] = {"data_dir": None, "lang": None}
    debug = False
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        name, equals, value = word.partition("=")
        if word == "--debug":
            debug = True
        elif name in ("--data-dir", "--lang"):
            if not equals:
                if not rest or rest[0].startswith("-"):
                    return None  # e.g. --data-dir without a folder: the full parser says so
                value = rest.pop(0)
            values[name[2:].replace("-", "_")] = value
        else:
            return None
    return argparse.Namespace(command=None, debug=debug, **values)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; exit status 0 ok, 1 error, 2 usage error."""
    argv = sys.argv[1:] if argv is None else argv
    args = _window_only(argv) or build_parser().parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.debug = getattr(args, "debug", False)
    args.lang = getattr(args, "lang", None)
    try:
        return _dispatch(args)
    except KnownError as error:
        from coact_desktop.words.errors import describe_with_detail

        # The window's words for core's code, in the reader's language, then core's detail.
        print("coact-desktop: " + describe_with_detail(error), file=sys.stderr)
        if args.debug:
            raise
        # A filter value that does not exist is a usage error, like an unknown option.
        return EXIT_USAGE if "filter" in error.details else EXIT_ERROR
    except KeyboardInterrupt:
        from coact_desktop.cli.speech import translate

        print("coact-desktop: " + translate("Cli", "interrupted"), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader of our output went away (e.g. "| head"): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:
        if args.debug:
            raise
        from coact_desktop.cli.speech import translate

        said = translate(
            "Cli", "unexpected error ({error}). Run again with --debug for details."
        ).format(error=f"{type(error).__name__}: {error}")
        print(f"coact-desktop: {said}", file=sys.stderr)
        return EXIT_ERROR


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        from coact_desktop.gui.app import run_gui

        # The window sets up logging (to the profile's log file) after its first paint.
        return run_gui(args.data_dir, args.lang, args.debug)
    from coact_desktop.core.storage.logs import setup_logging

    setup_logging(args.debug)
    from coact_desktop.cli import backups, bundles, drafts, keys, library, screenshot, search

    if args.command == "screenshot":
        return screenshot.run(args)  # a window of its own, in --lang
    from coact_desktop.cli.speech import speak

    speak(args.lang)
    if args.command == "backups":
        return backups.run(args)
    from coact_desktop.core.services import open_services
    from coact_desktop.core.storage.paths import resolve_profile

    services = open_services(resolve_profile(args.data_dir))
    try:
        from coact_desktop.cli import protection

        if args.command in ("passphrase", "quick-delete"):
            return protection.run(services, args)
        protection.unlock_for(services, args)
        if args.command == "search":
            return search.run(services, args)
        if args.command == "drafts":
            return drafts.run_drafts(services.drafts, services.files, args)
        if args.command == "keys":
            return keys.run(services, args)
        if args.command in ("export", "verify", "import"):
            return bundles.run(services, args)
        if args.command == "editions":
            from coact_desktop.cli import editions

            return editions.run(services, args)
        if args.command == "release":
            from coact_desktop.cli import release

            return release.run(services, args)
        if args.command == "answers":
            from coact_desktop.cli import answers

            return answers.run(services, args)
        return library.run(services, args)
    finally:
        services.close()
