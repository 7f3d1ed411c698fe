"""``coact-desktop screenshot``: the main views rendered to PNG files."""

from __future__ import annotations

import argparse
import os
from typing import Any

from coact_desktop.cli.output import EXIT_OK


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """This command's arguments."""
    shot = commands.add_parser(
        "screenshot", parents=[common], help="render the main views to PNG files"
    )
    shot.add_argument("--out", required=True, metavar="DIR")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    # Render without a screen unless the caller chose a platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coact_desktop.core.storage.paths import resolve_profile
    from coact_desktop.gui.screenshot import take_screenshots

    profile = resolve_profile(args.data_dir)
    for path in take_screenshots(profile, Path(args.out), args.lang, args.debug):
        print(path)
    return EXIT_OK
