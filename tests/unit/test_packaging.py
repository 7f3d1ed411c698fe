"""The packaging files that cannot be run here (Windows) say what they must, and agree with the
project: the version, the per-user install, the icon, the folder the spec makes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from PIL import Image

TOP = Path(__file__).resolve().parents[2]
PACKAGING = TOP / "packaging"


def _version() -> str:
    return str(tomllib.loads((TOP / "pyproject.toml").read_text("utf-8"))["project"]["version"])


def test_the_windows_installer_installs_per_user_without_administrator() -> None:
    script = (PACKAGING / "windows" / "coact-desktop.iss").read_text("utf-8")
    setup = dict(
        line.split("=", 1)
        for line in script.split("[Setup]", 1)[1].split("\n[", 1)[0].splitlines()
        if "=" in line and not line.startswith(";")
    )
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{userpf}")
    icon = (PACKAGING / "windows" / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == TOP / "resources" / "icons" / "coact-desktop.ico"
    assert '"{#SourceDir}\\*"' in script
    # The folder the installer takes is the one the spec makes, under the name the build uses.
    spec = (PACKAGING / "coact-desktop.spec").read_text("utf-8")
    assert 'name="coact-desktop")' in spec.replace(" ", "").replace(
        'name="coact-desktop")', 'name="coact-desktop")'
    )
    build = (PACKAGING / "windows" / "build-windows.ps1").read_text("utf-8")
    assert "build\\windows\\dist\\coact-desktop" in build.replace("$work", "build\\windows")
    assert "coact-portable" in build


def test_the_windows_build_starts_without_a_console_and_drops_software_opengl() -> None:
    spec = (PACKAGING / "coact-desktop.spec").read_text("utf-8")
    assert "console=not WINDOWS" in spec
    assert re.search(r'name="coact-desktop-cli",\s+console=True', spec)
    assert 'r"opengl32sw\\.dll$"' in spec


def test_the_windows_icon_holds_every_size() -> None:
    with Image.open(TOP / "resources" / "icons" / "coact-desktop.ico") as icon:
        assert {16, 32, 48, 256} <= {w for w, _h in icon.info["sizes"]}


def test_the_metainfo_and_the_installer_name_the_projects_version() -> None:
    metainfo = (TOP / "resources" / "coact-desktop.metainfo.xml").read_text("utf-8")
    assert f'<release version="{_version()}"' in metainfo
