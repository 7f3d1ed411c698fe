"""``coact-desktop search …``: full-text search of the library."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coact_desktop.cli.output import EXIT_OK, positive, print_json
from coact_desktop.cli.speech import translate


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    search = commands.add_parser("search", parents=[common], help="search the history")
    search.add_argument("query", help="words to find; quote phrases")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--limit", type=positive, default=10, metavar="N")
    search.add_argument("--chapter", metavar="C", help="a chapter slug")
    search.add_argument("--model", metavar="M", help="a model of organising (chapter slug)")
    search.add_argument("--country", metavar="C")
    search.add_argument("--decade", metavar="D", help="e.g. 1980s")


def run(services: Any, args: argparse.Namespace) -> int:
    from coact_desktop.core.dto import SearchFilters, to_json

    filters = SearchFilters(args.chapter, args.model, args.country, args.decade)
    if not services.search.is_ready():
        print(translate("Cli", "Preparing search (first use)…"), file=sys.stderr, flush=True)
    results = services.search.search(args.query, filters, args.limit)
    if args.json:
        print_json(to_json(results))
        return EXIT_OK
    if results.fuzzy:
        print(translate("Cli", "No exact matches. Close spellings:"))
    if results.suggestion:
        print(translate("Cli", "Did you mean: {suggestion}").format(suggestion=results.suggestion))
    for hit in results.hits:
        print(f"{hit.passage_id}  [{hit.chapter_title}]")
        print(f"    {_mark(hit.snippet.text, hit.snippet.highlights)}")
    #: {shown} results are listed of %n found in all.
    print(
        translate("Cli", "{shown} of %n results", "", results.total).format(shown=len(results.hits))
    )
    return EXIT_OK


def _mark(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """Matched words between ** marks (plain text, safe in any terminal)."""
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], "**", text[start:end], "**"]
        last = end
    return "".join([*out, text[last:]])
