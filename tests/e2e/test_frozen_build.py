"""The frozen Linux build, as a person gets it: unpacked into a clean folder, run as a subprocess.

CI builds the archive with packaging/build-linux and names it in COACT_FROZEN_ARCHIVE (.ci/run);
on a developer's machine, build it the same way and set the variable to run these. In CI a
missing archive is a failure, never a skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import real_window  # registered by tests/e2e/conftest.py

from coact_desktop.core.exchange.trust_root import shipped_root

pytestmark = pytest.mark.slow
TOP = Path(__file__).resolve().parents[2]
ARCHIVE = os.environ.get("COACT_FROZEN_ARCHIVE", "")
PASSPHRASE = "throwaway test passphrase"

if not ARCHIVE and os.environ.get("CI"):
    pytest.fail(
        "CI must build the frozen archive (packaging/build-linux) and name it in "
        "COACT_FROZEN_ARCHIVE",
        pytrace=False,
    )
if not ARCHIVE:
    pytest.skip(
        "no frozen build: run packaging/build-linux, then set COACT_FROZEN_ARCHIVE",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive unpacked into a folder that has never seen a Python environment."""
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(ARCHIVE) as archive:
        names = archive.getnames()
        (top,) = {n.split("/", 1)[0] for n in names}  # one folder, named for the version
        assert re.fullmatch(r"coact-desktop-[0-9.]+-linux-x86_64", top)
        archive.extractall(folder, filter="tar")
    return folder / top / "coact-desktop"


def _env(home: Path, **more: str) -> dict[str, str]:
    # Nothing of the developer's environment: no venv, no PYTHONPATH, a home of its own.
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LC_ALL": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
        **more,
    }


def _run(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=_env(home, QT_QPA_PLATFORM="offscreen"),
        cwd=home,
        check=False,
    )


def test_the_frozen_program_reads_searches_drafts_exports_and_verifies(
    program: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert _run(program, home, "--version").stdout.startswith("coact-desktop ")
    chapters = json.loads(_run(program, home, "library", "chapters", "--json").stdout)
    assert chapters[0]["slug"] == "introduction"
    found = json.loads(_run(program, home, "search", "drug user", "--json").stdout)
    assert found["total"] > 10
    created = _run(program, home, "drafts", "create", "--from-json",
                   str(TOP / "docs/examples/draft.json"))  # fmt: skip
    assert created.returncode == 0, created.stderr
    secret = home / "passphrase"
    secret.write_text(PASSPHRASE)
    out = home / "out"
    out.mkdir()
    sent = _run(program, home, "export", created.stdout.strip(), "--out", str(out),
                "--passphrase-file", str(secret), "--light-key", "--no-encrypt")  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    (bundle,) = out.iterdir()
    checked = _run(program, home, "verify", str(bundle), "--json")
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["trust"] == "new_key"
    # SQLCipher is in the build: the drafts encrypt, and open again with the passphrase.
    protected = _run(program, home, "passphrase", "set", "--passphrase-file", str(secret))
    assert protected.returncode == 0, protected.stderr
    listed = _run(program, home, "drafts", "list", "--json", "--unlock-file", str(secret))
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1
    shots = home / "shots"
    drawn = _run(
        program, home, "screenshot", "--out", str(shots)
    )  # the window, offscreen, every view
    assert drawn.returncode == 0, drawn.stderr
    assert (shots / "reader.png").stat().st_size > 10_000


def test_the_frozen_window_opens_on_the_first_chapter_under_xvfb_and_quits(
    program: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with real_window.xvfb() as display:
        window = real_window.Window(str(program), home / "profile", display)
        window.start("Introduction")
        time.sleep(1)
        window.screenshot(Path(os.environ.get("COACT_SHOTS", tmp_path)) / "frozen-window.png")
        assert window.quit() == 0


class WaylandSession(real_window.Window):
    """A session that says it is Wayland, with no compositor behind it (X is what there is)."""

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in super().env().items() if k != "QT_QPA_PLATFORM"}
        return env | {"WAYLAND_DISPLAY": "wayland-coact-test-none", "XDG_SESSION_TYPE": "wayland"}


def test_the_frozen_window_falls_back_from_wayland_to_xcb_by_itself(
    program: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with real_window.xvfb() as display:
        window = WaylandSession(str(program), home / "profile", display)
        window.start("Introduction")
        assert window.quit() == 0


def test_a_portable_copy_keeps_its_profile_beside_the_program(
    program: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    marker = program.parent / "coact-portable"
    marker.touch()
    try:
        done = _run(program, home, "library", "chapters", "--json")
        assert done.returncode == 0, done.stderr
        assert (program.parent / "coact-profile" / "coact.sqlite3").is_file()
        assert not (home / "data" / "coact-desktop").exists()  # nothing left on the laptop
    finally:
        marker.unlink()
        shutil.rmtree(program.parent / "coact-profile", ignore_errors=True)


def test_the_release_checks_out_with_debian_tools_and_passes_itself_on(
    program: Path,
    tmp_path: Path,
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
) -> None:
    folder = program.parent
    summed = subprocess.run(
        ["sha256sum", "-c", "--strict", "--quiet", "RELEASE-SHA256SUMS"],
        cwd=folder, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert summed.returncode == 0, summed.stdout + summed.stderr
    key = shipped_root().publishing_keys[0].to_base64()  # the development root's
    signed = minisign_verifies(
        folder / "RELEASE-SHA256SUMS", folder / "RELEASE-SHA256SUMS.minisig", key
    )
    assert signed.returncode == 0, signed.stderr
    home = tmp_path / "home"
    home.mkdir()
    checked = _run(program, home, "release", "verify", str(folder), "--json")
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["files"] > 100
    stick = tmp_path / "stick"
    stick.mkdir()
    shared = _run(program, home, "release", "share", str(stick))
    assert shared.returncode == 0, shared.stderr
    assert "sha256sum -c" in shared.stdout
    copy = stick / folder.name
    again = _run(copy / "coact-desktop", home, "release", "verify", str(copy))
    assert again.returncode == 0, again.stderr  # the copy runs, and checks out
    (copy / "_internal" / "sitecustomize.py").write_text("print('changed on the way')\n")
    tampered = _run(program, home, "release", "verify", str(copy))
    assert tampered.returncode == 1
    assert "sitecustomize.py is not part of the release" in tampered.stderr


def test_every_bundled_qt_plugin_finds_its_libraries(program: Path) -> None:
    ldd = shutil.which("ldd")
    assert ldd is not None
    plugins = sorted((program.parent / "_internal").rglob("plugins/*/*.so"))
    assert any("platforms/libqxcb.so" in str(p) for p in plugins)
    assert any("platforms/libqwayland" in str(p) for p in plugins)
    assert any("platforminputcontexts/libibusplatforminputcontextplugin.so" in str(p)
               for p in plugins)  # fmt: skip
    missing = {}
    for plugin in plugins:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
        lost = [line.strip() for line in done.stdout.splitlines() if "not found" in line]
        if lost:
            missing[plugin.name] = lost
    assert missing == {}


def test_nothing_at_start_imports_what_the_program_does_not_use(program: Path) -> None:
    # PyInstaller adds a runtime hook for setuptools and for multiprocessing, each importing its
    # package at every start (setuptools cost 90 ms before the first chapter): both are left out.
    viewer = TOP / "build" / "linux" / "venv" / "bin" / "pyi-archive_viewer"
    if not viewer.exists():
        if os.environ.get("CI"):
            pytest.fail("CI builds with packaging/build-linux, which leaves build/linux/venv")
        pytest.skip("no build venv (packaging/build-linux leaves build/linux/venv)")
    listed = subprocess.run([str(viewer), "-r", "-b", str(program)], capture_output=True,
                            text=True, check=True, timeout=300).stdout.split()  # fmt: skip
    assert "coact_desktop.gui.app" in listed
    hooks = {name for name in listed if name.startswith("pyi_rth_")}
    assert hooks == {"pyi_rth_inspect", "pyi_rth_pyside6", "pyi_rth_cryptography_openssl"}
    unused = ("setuptools", "pkg_resources", "multiprocessing", "distutils", "pdb", "tkinter")
    assert [name for name in listed if name.split(".")[0] in unused] == []


def test_the_bundled_icu_data_is_the_trimmed_one(program: Path, tmp_path: Path) -> None:
    library = next((program.parent / "_internal").rglob("libicudata.so.*")).resolve()
    assert library.stat().st_size < 6_000_000  # the wheel's is 32 MB
    spec = importlib.util.spec_from_file_location("icu_trim", TOP / "packaging" / "icu_trim.py")
    assert spec is not None
    assert spec.loader is not None
    icu_trim = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icu_trim)
    package = icu_trim.extract_package(library, tmp_path)
    # Debian's icupkg reads it: collation for Russian and Thai, no break dictionaries.
    listed = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True,
                            check=True).stdout.split()  # fmt: skip
    assert {"coll/ru.res", "coll/th.res", "coll/ka.res", "zoneinfo64.res"} <= set(listed)
    assert not [item for item in listed if item.startswith("brkitr/")]
