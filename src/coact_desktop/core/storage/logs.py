"""Where problems are written down: stderr, and for the window a small rotating file.

A protected profile's log file never holds a value: a message is kept as its wording in our
code with every value withheld, an error as its kind and where in the code it happened. The
messages name files, folders and reasons (a path may be a draft's or a group's name), and the
log is read before any passphrase is given, so it cannot be encrypted like the rest.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 512 * 1024
BACKUPS = 2
WITHHELD = "[…]"
_SPEC = re.compile(r"%%|%(\([^)]*\))?[-#0 +]*(\*|\d+)?(\.(\*|\d+))?[diouxXeEfFgGcrsa]")


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
    handler.setFormatter(ProfileFormatter(data_dir))
    root.addHandler(handler)
    return path


class ProfileFormatter(logging.Formatter):
    """The log file's format: whole in a plain profile, every value withheld in a protected one."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(FORMAT)
        self._data_dir = data_dir

    def format(self, record: logging.LogRecord) -> str:
        # Here, not at the top: the log is set up before the first paint, which must not wait
        # for the cryptography the key file's module brings.
        from coact_desktop.core.storage import data_key

        if not data_key.has_key(self._data_dir):
            return super().format(record)
        return f"{self.formatTime(record)} {record.levelname} {record.name}: {withheld(record)}"


def withheld(record: logging.LogRecord) -> str:
    """A record as its wording and the code it came from, without one value in it."""
    ours = record.name.startswith("coact_desktop") and isinstance(record.msg, str)
    # Our messages are %-formats written in the code (a test keeps them so); a library's may be
    # built from values, so only that it spoke is kept.
    text = _format_only(record) if ours else "(a message of a library, withheld)"
    if record.exc_info and record.exc_info[0] is not None:
        kind = record.exc_info[0].__name__
        frames = traceback.extract_tb(record.exc_info[2])
        where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames[::-1])
        text += f" [{kind} at {where}]" if where else f" [{kind}]"
    return text


def _format_only(record: logging.LogRecord) -> str:
    """The message's %-format with each value shown as withheld."""
    if not record.args:
        return str(record.msg)
    return _SPEC.sub(lambda m: "%" if m.group() == "%%" else WITHHELD, str(record.msg))


def forget_log(data_dir: Path) -> None:
    """Overwrite and remove the log files written before the profile was protected."""
    from coact_desktop.core.storage.whole_file import shred

    path = log_file(data_dir)
    handlers = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.FileHandler) and h.baseFilename == str(path)
    ]
    # Holding the handlers' locks: a record from another thread would reopen the file halfway.
    for handler in handlers:
        handler.acquire()
    try:
        for handler in handlers:
            if handler.stream is not None:
                handler.stream.close()
                handler.stream = None  # reopened at the next record
        for number in range(BACKUPS + 1):
            old = path.with_name(path.name + (f".{number}" if number else ""))
            if old.is_file():
                shred(old)
    finally:
        for handler in handlers:
            handler.release()
