"""Where problems are written down: stderr, and for the window a small rotating file."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 512 * 1024
BACKUPS = 2


def log_file(data_dir: Path) -> Path:
    """The program's log file inside a profile."""
    return data_dir / "logs" / "coact-desktop.log"


def setup_logging(debug: bool = False, data_dir: Path | None = None) -> Path | None:
    """Log warnings (everything with debug) to stderr and, given a profile, to its log file."""
    root = logging.getLogger()
    # Our own notes at INFO; libraries (Alembic is chatty) only when something is wrong.
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.getLogger("coact_desktop").setLevel(logging.DEBUG if debug else logging.INFO)
    # (A file handler is a StreamHandler too: look for the plain kind only.) Windows starts the
    # window without a console: then there is no stderr, and the log file is all there is.
    if sys.stderr is not None and not any(type(h) is logging.StreamHandler for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setLevel(logging.DEBUG if debug else logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    if data_dir is None:
        return None
    path = log_file(data_dir)
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path  # already writing there
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only profile still runs; problems then go to stderr only
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
