"""Quick delete: destroy the data key first, then everything private; the library stays.

The order is the point. Destroying the small key file makes the encrypted database and every
sealed file noise at once (crypto-shredding), so a laptop taken halfway through is already safe;
the removals after it tidy up what no one can read any more, and scrub what was never encrypted.
The public library stays, so the program afterwards looks like any reader's.
"""

from __future__ import annotations

import configparser
import shutil
from pathlib import Path

from sqlalchemy import Engine

from coact_desktop.core.storage import data_key
from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.core.storage.private_db import (
    has_private_rows,
    private_database,
    recover_unfinished,
    remove_with_sidecars,
    scrub_plain,
)

# Folders inside the profile that hold only private things (or copies of them).
PRIVATE_FOLDERS = ("attachments", "backups", "keys", "logs", "tmp")
# Coact's plan names the histories it is reviewing; the tries file says a guard was set.
PRIVATE_FILES = ("edition-plan.json", "unlock-tries.json")
# Settings groups that name files, folders, drafts or keys (window layout and reading stay).
PRIVATE_SETTINGS = ("drafts", "export", "import", "inbox", "publishing")

# What quick_delete reports, in this order; the window and the command line say each in words.
DATA_KEY = "data_key"
PRIVATE_DATABASE = "private_database"
PLAIN_PRIVATE_ROWS = "plain_private_rows"
SETTINGS = "settings"


def quick_delete(paths: ProfilePaths, plain: Engine, private: Engine | None) -> list[str]:
    """Destroy everything private in the profile; what was removed, as report codes."""
    removed = []
    if data_key.destroy(paths.data_dir):
        removed.append(DATA_KEY)
    if private is not None:
        private.dispose()  # its connections would keep the removed file alive
    if remove_with_sidecars(private_database(paths)):
        removed.append(PRIVATE_DATABASE)
    recover_unfinished(paths)  # a partial copy left by a kill
    if has_private_rows(plain):
        removed.append(PLAIN_PRIVATE_ROWS)
    scrub_plain(plain)  # always: freed pages of rows deleted before may still hold words
    for name in PRIVATE_FOLDERS:
        folder = paths.data_dir / name
        if folder.is_dir() and any(folder.iterdir()):
            removed.append(name)
        shutil.rmtree(folder, ignore_errors=True)
    for name in PRIVATE_FILES:
        file = paths.data_dir / name
        if file.exists():
            file.unlink()
            removed.append(name)
    if forget_settings(paths.settings):
        removed.append(SETTINGS)
    paths.private_tmp.mkdir(mode=0o700, exist_ok=True)  # the program expects its own tmp
    return removed


def forget_settings(settings_file: Path) -> bool:
    """Remove the settings groups that name files or drafts; whether any was there."""
    if not settings_file.is_file():
        return False
    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    try:
        parser.read(settings_file, encoding="utf-8")
    except configparser.Error:
        settings_file.unlink()  # unreadable: all of it goes, the window makes a new one
        return True
    found = [group for group in PRIVATE_SETTINGS if parser.has_section(group)]
    if not found:
        return False
    for group in found:
        parser.remove_section(group)
    partial = settings_file.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)
    partial.replace(settings_file)
    return True
