"""What every command shares: exit statuses and how results are printed."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

# The statuses live in exits.py, which the window's path imports without this module's json.
from coact_desktop.cli.exits import EXIT_ERROR as EXIT_ERROR
from coact_desktop.cli.exits import EXIT_OK as EXIT_OK
from coact_desktop.cli.exits import EXIT_USAGE as EXIT_USAGE
from coact_desktop.cli.speech import translate


def print_json(data: Any) -> None:
    """JSON on standard output, UTF-8 as it is, indented."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def words(fingerprint: tuple[str, ...]) -> str:
    """Fingerprint words in pairs, as they are read out."""
    pairs = range(0, len(fingerprint), 2)
    return "  ".join(" ".join(fingerprint[i : i + 2]) for i in pairs)


def size_text(size: int) -> str:
    """A file size for people: KB below a megabyte, else MB."""
    if size < 1024 * 1024:
        return translate("Cli", "{n} KB").format(n=max(1, round(size / 1024)))
    return translate("Cli", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
