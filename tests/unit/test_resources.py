"""The shipped files outside the code: the desktop entry and the icons, checked as desktops will."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

from coact_desktop.core.storage.paths import RESOURCES

TOP = Path(__file__).resolve().parents[2]
ENTRY = RESOURCES / "coact-desktop.desktop"


def _entry() -> dict[str, str]:
    lines = ENTRY.read_text("utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.fail("desktop-file-validate is missing: apt-get install desktop-file-utils")
    done = subprocess.run([tool, str(ENTRY)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout + done.stderr == ""  # not even a hint


def test_the_desktop_entry_starts_our_command_with_our_icon() -> None:
    entry = _entry()
    scripts = tomllib.loads((TOP / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert entry["Exec"] in scripts
    assert (RESOURCES / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["StartupWMClass"] == ENTRY.stem  # what the window tells the desktop it is


def test_every_png_icon_is_the_size_its_name_says() -> None:
    pngs = sorted((RESOURCES / "icons").glob("coact-desktop-*.png"))
    sizes = set()
    for png in pngs:
        head = png.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n", png.name
        width, height = struct.unpack(">II", head[16:24])
        size = int(png.stem.rsplit("-", 1)[1])
        assert (width, height) == (size, size), png.name
        sizes.add(size)
    assert {16, 32, 48, 64, 128, 256} <= sizes


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.fail("appstreamcli is missing: apt-get install appstream")
    metainfo = RESOURCES / "coact-desktop.metainfo.xml"
    done = subprocess.run(
        [tool, "validate", "--no-net", str(metainfo)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    text = metainfo.read_text("utf-8")
    assert f'<launchable type="desktop-id">{ENTRY.name}</launchable>' in text
    version = tomllib.loads((TOP / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert f'<release version="{version}"' in text  # the release named is the one built
