"""The command line: the same services as the GUI, plus opening the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from coact_desktop import __version__
from coact_desktop.core.errors import KnownError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """All commands and options."""
    # SUPPRESS: without it a subcommand's default would overwrite an option given before it.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", metavar="DIR", help="keep the whole profile in DIR")
    common.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    common.add_argument("--lang", metavar="LL", help="language of the window, e.g. ru")

    parser = argparse.ArgumentParser(
        prog="coact-desktop",
        description="Read, search and add to Coact's history of drug user organising, offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", parents=[common], help="search the history")
    search.add_argument("query", help="words to find; quote phrases")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--limit", type=_positive, default=10, metavar="N")
    search.add_argument("--chapter", metavar="C", help="a chapter slug")
    search.add_argument("--model", metavar="M", help="a model of organising (chapter slug)")
    search.add_argument("--country", metavar="C")
    search.add_argument("--decade", metavar="D", help="e.g. 1980s")

    library = commands.add_parser("library", parents=[common], help="list what the library holds")
    library.add_argument("what", choices=["chapters", "organisations", "timeline"])
    library.add_argument("--json", action="store_true", help="print JSON")

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
    restore.add_argument("revision", type=_positive)

    backups = commands.add_parser("backups", parents=[common], help="the profile's backups")
    backup_actions = backups.add_subparsers(dest="action", metavar="ACTION", required=True)
    backup_list = backup_actions.add_parser("list", parents=[common], help="list the backups")
    backup_list.add_argument("--json", action="store_true", help="print JSON")
    backup_restore = backup_actions.add_parser(
        "restore", parents=[common], help="put a backup in place of the profile database"
    )
    backup_restore.add_argument("name")

    from coact_desktop.bundles_cli import add_parsers

    add_parsers(commands, common)

    shot = commands.add_parser(
        "screenshot", parents=[common], help="render the main views to PNG files"
    )
    shot.add_argument("--out", required=True, metavar="DIR")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options, when the command line only opens the window (no command, nothing else).

    Building every command's parser costs about 10 ms, a twentieth of the start-up budget: the
    window, the common case, does without it.
    """
    quick = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    quick.add_argument("--data-dir")
    quick.add_argument("--debug", action="store_true")
    quick.add_argument("--lang")
    try:
        args, rest = quick.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None  # e.g. --data-dir without a folder: the full parser says so
    if rest:
        return None
    args.command = None
    return args


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
        print(f"coact-desktop: {error.message}", file=sys.stderr)
        if args.debug:
            raise
        # A filter value that does not exist is a usage error, like an unknown option.
        return EXIT_USAGE if "filter" in error.details else EXIT_ERROR
    except KeyboardInterrupt:
        print("coact-desktop: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader of our output went away (e.g. "| head"): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:
        if args.debug:
            raise
        print(
            f"coact-desktop: unexpected error ({type(error).__name__}: {error}). "
            "Run again with --debug for details.",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        from coact_desktop.gui.app import run_gui

        # The window sets up logging (to the profile's log file) after its first paint.
        return run_gui(args.data_dir, args.lang, args.debug)
    from coact_desktop.core.logs import setup_logging

    setup_logging(args.debug)
    if args.command == "screenshot":
        return _screenshot(args)
    if args.command == "backups":
        return _backups(args)
    from coact_desktop.core.paths import resolve_profile
    from coact_desktop.core.services import open_services

    services = open_services(resolve_profile(args.data_dir))
    try:
        if args.command == "search":
            return _search(services, args)
        if args.command == "drafts":
            from coact_desktop.drafts_cli import run_drafts

            return run_drafts(services.drafts, services.paths.data_dir, args)
        if args.command in ("keys", "export", "verify", "import"):
            from coact_desktop.bundles_cli import run

            return run(services, args)
        return _library(services, args)
    finally:
        services.close()


def _search(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.dto import SearchFilters, to_json

    filters = SearchFilters(args.chapter, args.model, args.country, args.decade)
    if not services.search.is_ready():
        print("Preparing search (first use)…", file=sys.stderr, flush=True)
    results = services.search.search(args.query, filters, args.limit)
    if args.json:
        _print_json(to_json(results))
        return EXIT_OK
    if results.fuzzy:
        print("No exact matches. Close spellings:")
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}")
    for hit in results.hits:
        print(f"{hit.passage_id}  [{hit.chapter_title}]")
        print(f"    {_mark(hit.snippet.text, hit.snippet.highlights)}")
    print(f"{len(results.hits)} of {results.total} results")
    return EXIT_OK


def _mark(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """Matched words between ** marks (plain text, safe in any terminal)."""
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], "**", text[start:end], "**"]
        last = end
    return "".join([*out, text[last:]])


def _library(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.dto import to_json

    library = services.library
    if args.what == "chapters":
        data: Any = library.chapters()
        lines = [f"{n:>2}. {c.title}  ({c.slug})" for n, c in enumerate(data, 1)]
    elif args.what == "organisations":
        data = library.organisations()
        lines = [
            f"{o.name}"
            + (f" ({', '.join(o.aliases)})" if o.aliases else "")
            + f" — {', '.join(x for x in (o.city, o.country or o.region) if x) or 'no place'}"
            + (f"; founded {o.founded_text or o.founded}" if o.founded or o.founded_text else "")
            for o in data
        ]
    else:
        data = library.timeline()
        lines = [f"{e.when:>14}  {e.quote}" for e in data]
    if args.json:
        _print_json(to_json(data))
    else:
        print("\n".join(lines))
    return EXIT_OK


def _backups(args: argparse.Namespace) -> int:
    # Without opening the database: it may be the damaged thing being replaced.
    from coact_desktop.core.backups import list_backups, restore_backup
    from coact_desktop.core.dto import to_json
    from coact_desktop.core.paths import resolve_profile

    paths = resolve_profile(args.data_dir)
    if args.action == "list":
        backups = list_backups(paths)
        if args.json:
            _print_json([{**to_json(b), "path": str(b.path)} for b in backups])
        for b in () if args.json else backups:
            print(f"{b.name}  {b.taken_at}  {b.size // 1024} KB")
        return EXIT_OK
    aside = restore_backup(paths, args.name)
    print(f"Restored {args.name}. The database it replaced was kept as {aside}.")
    return EXIT_OK


def _screenshot(args: argparse.Namespace) -> int:
    from pathlib import Path

    # Render without a screen unless the caller chose a platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coact_desktop.core.paths import resolve_profile
    from coact_desktop.gui.screenshot import take_screenshots

    profile = resolve_profile(args.data_dir)
    for path in take_screenshots(profile, Path(args.out), args.lang, args.debug):
        print(path)
    return EXIT_OK


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
