"""Where a profile lives: --data-dir, the environment, portable mode, platformdirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from coact_desktop.core.errors import ProfileError
from coact_desktop.core.storage.paths import (
    DATA_DIR_ENV,
    HOME_ENV,
    PORTABLE_MARKER,
    RESOURCES,
    find_resources,
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


def _tree(top: Path, *files: str) -> None:
    for name in files:
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text("")


def test_resources_are_found_in_a_source_tree_and_in_an_installed_package(tmp_path: Path) -> None:
    source = tmp_path / "checkout"
    _tree(source, "src/coact_desktop/core/storage/paths.py", "resources/edition/edition.json")
    here = source / "src/coact_desktop/core/storage/paths.py"
    assert find_resources(here) == source / "resources"
    wheel = tmp_path / "site-packages"
    _tree(wheel, "coact_desktop/core/storage/paths.py", "coact_desktop/resources/edition/x.json")
    assert find_resources(wheel / "coact_desktop/core/storage/paths.py") == (
        wheel / "coact_desktop" / "resources"
    )


def test_this_checkout_finds_the_resources_at_its_top() -> None:
    top = Path(__file__).resolve().parents[3]
    assert top / "resources" == RESOURCES
    assert (RESOURCES / "edition" / "edition.json").is_file()
