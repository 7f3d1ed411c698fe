"""Where a profile lives: --data-dir, the environment, portable mode, platformdirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from coact_desktop.core.errors import ProfileError
from coact_desktop.core.storage.paths import (
    DATA_DIR_ENV,
    HOME_ENV,
    PORTABLE_MARKER,
    resolve_profile,
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(HOME_ENV, raising=False)


def test_data_dir_holds_everything(tmp_path: Path) -> None:
    paths = resolve_profile(tmp_path / "stick")
    assert paths.database == tmp_path / "stick" / "coact.sqlite3"
    assert paths.search_root.is_relative_to(tmp_path / "stick")
    assert paths.settings.parent == tmp_path / "stick"


def test_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_profile().data_dir == tmp_path / "env"
    assert resolve_profile(tmp_path / "flag").data_dir == tmp_path / "flag"  # the option wins


def test_portable_mode_beside_the_launcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    assert resolve_profile().data_dir != tmp_path / "coact-profile"  # no marker, no portable mode
    (tmp_path / PORTABLE_MARKER).write_text("")
    assert resolve_profile().data_dir == tmp_path / "coact-profile"


def test_a_profile_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ProfileError, match="--data-dir"):
        resolve_profile(blocker / "profile").ensure()


def test_only_its_owner_may_enter_the_profile(tmp_path: Path) -> None:
    loose = tmp_path / "profile"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    resolve_profile(loose).ensure()
    assert loose.stat().st_mode & 0o077 == 0
