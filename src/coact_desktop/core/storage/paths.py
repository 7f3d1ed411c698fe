"""Where a profile keeps its files: platformdirs, ``--data-dir`` or portable mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from coact_desktop.core.errors import ProfileError

APP_NAME = "coact-desktop"
PORTABLE_MARKER = "coact-portable"
DATA_DIR_ENV = "COACT_DESKTOP_DATA_DIR"
HOME_ENV = "COACT_DESKTOP_HOME"


def find_resources(here: Path | None = None) -> Path:
    """Our shipped files: inside the package when installed, else the tree's ``resources/``.

    A wheel (and later a frozen build) carries them inside the package; a source checkout or an
    editable install keeps them at the top of the tree, where the project's layout puts them.
    """
    package = (here or Path(__file__).resolve()).parents[2]  # …/coact_desktop
    installed, source = package / "resources", package.parents[1] / "resources"
    for candidate in (installed, source):
        if (candidate / "edition").is_dir():
            return candidate
    return installed  # missing: whatever reads it says which file it could not find


RESOURCES = find_resources()


class ProfilePaths(NamedTuple):
    """Every path a profile uses, derived from one data and one cache folder.

    A named tuple, not a frozen dataclass: as immutable, and cheaper to define on the way to
    the first paint (core/chapters.py says how much).
    """

    data_dir: Path
    cache_dir: Path

    @property
    def database(self) -> Path:
        """The profile's SQLite database: the source of truth."""
        return self.data_dir / "coact.sqlite3"

    @property
    def settings(self) -> Path:
        """Window layout and reading position (an INI file, so profiles stay portable)."""
        return self.data_dir / "settings.ini"

    @property
    def search_root(self) -> Path:
        """Folder for the derived, disposable search index."""
        return self.cache_dir / "search"

    def ensure(self) -> None:
        """Create the folders, with a clear error if that is impossible."""
        for folder in (self.data_dir, self.cache_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                if folder == self.data_dir:
                    _private(folder)
            except OSError as exc:
                raise ProfileError(
                    f"Cannot create the folder {folder}: {exc.strerror}. "
                    "Choose another place with --data-dir.",
                    path=str(folder),
                ) from exc
            if not os.access(folder, os.W_OK):
                raise ProfileError(
                    f"The folder {folder} is read-only. Choose another place with --data-dir.",
                    path=str(folder),
                )
        # The private work folder (exports, checks of received files) is part of the profile
        # from the start: checking a file that is then refused leaves nothing behind, not even it.
        try:
            self.private_tmp.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise ProfileError(
                f"Cannot create the folder {self.private_tmp}: {exc.strerror}.",
                path=str(self.private_tmp),
            ) from exc

    @property
    def private_tmp(self) -> Path:
        """Work files that must not sit in a shared temp folder: cleared at each start."""
        return self.data_dir / "tmp"


def _private(folder: Path) -> None:
    """Only its owner may enter the profile: it holds real names and the (locked) key.

    Where permissions do not exist (a FAT USB stick) or the folder is not ours, it is left.
    """
    try:
        mode = folder.stat().st_mode
        if mode & 0o077 and folder.stat().st_uid == os.getuid():
            folder.chmod(mode & ~0o077)
    except (OSError, AttributeError):
        pass


def _portable_dir() -> Path | None:
    """The profile beside the program when a portable marker file sits there.

    "The program" is the frozen executable's folder, or the checkout the ./coact launcher runs
    from (it says so in COACT_DESKTOP_HOME).
    """
    if getattr(sys, "frozen", False):
        program_dir: Path | None = Path(sys.executable).parent
    else:
        home = os.environ.get(HOME_ENV)
        program_dir = Path(home) if home else None
    if program_dir is not None and (program_dir / PORTABLE_MARKER).is_file():
        return program_dir / "coact-profile"
    return None


def resolve_profile(data_dir: str | Path | None = None) -> ProfilePaths:
    """Choose the profile: --data-dir, the environment, portable mode, then platformdirs."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or _portable_dir()
    if chosen:
        root = Path(chosen).expanduser().resolve()
        # With an explicit folder everything, caches too, lives inside it (e.g. on a USB stick).
        return ProfilePaths(data_dir=root, cache_dir=root / "cache")
    import platformdirs

    return ProfilePaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )


def attachments_dir(data_dir: Path) -> Path:
    """Where cleaned attachments are kept, inside the profile."""
    return data_dir / "attachments"
