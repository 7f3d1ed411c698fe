"""install.sh and uninstall.sh, as a person runs them from the unpacked archive.

The program folder here is a stand-in with the real resources and a tiny ``coact-desktop``
script: what is tested is where the scripts put things and that uninstall takes exactly them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from coact_desktop.core.storage.paths import RESOURCES

TOP = Path(__file__).resolve().parents[2]


def _files(root: Path) -> set[str]:
    """Every file and folder under root (a folder install.sh made and left empty counts)."""
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    folder = tmp_path / "Downloads" / "coact-desktop-0.1.0-linux-x86_64"
    (folder / "_internal" / "coact_desktop").mkdir(parents=True)
    shutil.copytree(RESOURCES, folder / "_internal" / "coact_desktop" / "resources")
    program = folder / "coact-desktop"
    program.write_text("#!/bin/sh\necho 'Coact Desktop (stand-in)'\n")
    program.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(TOP / "packaging" / "linux" / script, folder / script)
    return folder


def _run(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        ["sh", str(script), *args], capture_output=True, text=True, env=env, check=False
    )


def test_install_puts_a_menu_entry_and_icons_under_local_and_uninstall_removes_exactly_them(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / ".local" / "share" / "coact-desktop").mkdir(parents=True)  # a profile, with drafts
    (home / ".local" / "share" / "coact-desktop" / "coact.sqlite3").write_text("drafts")
    before = _files(home)
    done = _run(unpacked / "install.sh", home)
    assert done.returncode == 0, done.stderr
    assert "is installed" in done.stdout
    share = home / ".local" / "share"
    entry = share / "applications" / "coact-desktop.desktop"
    program = home / ".local" / "lib" / "coact-desktop" / "coact-desktop"
    assert f"Exec={program}\n" in entry.read_text()
    validate = shutil.which("desktop-file-validate")
    assert validate is not None, "apt-get install desktop-file-utils"
    checked = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (share / f"icons/hicolor/{size}x{size}/apps/coact-desktop.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/coact-desktop.svg").is_file()
    assert (share / "metainfo/coact-desktop.metainfo.xml").is_file()
    started = subprocess.run([home / ".local/bin/coact-desktop"], capture_output=True, text=True)
    assert started.stdout == "Coact Desktop (stand-in)\n"
    # Installed again (a newer archive): replaced, not doubled.
    assert _run(unpacked / "install.sh", home).returncode == 0
    removed = _run(program.parent / "uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    assert "Your profile was kept" in removed.stdout
    assert _files(home) == before  # the profile stays; nothing else is left


def test_install_refuses_a_folder_without_the_program(unpacked: Path, tmp_path: Path) -> None:
    (unpacked / "coact-desktop").unlink()
    done = _run(unpacked / "install.sh", tmp_path / "home")
    assert done.returncode == 1
    assert "unpack the whole archive" in done.stderr
    assert not (tmp_path / "home" / ".local" / "lib").exists()


def test_from_a_stick_that_runs_nothing_start_says_why_and_install_copies_it_home(
    unpacked: Path, tmp_path: Path
) -> None:
    # As on a FAT stick: no file keeps its execute bit.
    shutil.copy(TOP / "packaging" / "linux" / "start.sh", unpacked / "start.sh")
    for path in unpacked.rglob("*"):
        if path.is_file():
            path.chmod(0o644)
    home = tmp_path / "home"
    refused = _run(unpacked / "start.sh", home)
    assert refused.returncode == 1
    assert "does not allow\nprograms to run" in refused.stderr
    assert f'sh "{unpacked}/install.sh"' in refused.stderr
    installed = _run(unpacked / "install.sh", home)
    assert installed.returncode == 0, installed.stderr
    started = _run(home / ".local/lib/coact-desktop/start.sh", home)
    assert started.returncode == 0, started.stderr
    assert started.stdout == "Coact Desktop (stand-in)\n"
