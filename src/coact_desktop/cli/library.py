"""``coact-desktop library …``: the chapters, organisations and timeline."""

from __future__ import annotations

import argparse
from typing import Any

from coact_desktop.cli.output import EXIT_OK, print_json


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    library = commands.add_parser("library", parents=[common], help="list what the library holds")
    library.add_argument("what", choices=["chapters", "organisations", "timeline"])
    library.add_argument("--json", action="store_true", help="print JSON")


def run(services: Any, args: argparse.Namespace) -> int:
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
        print_json(to_json(data))
    else:
        print("\n".join(lines))
    return EXIT_OK
