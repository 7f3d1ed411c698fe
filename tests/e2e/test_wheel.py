"""The wheel carries everything the program needs: built, installed in a fresh venv, run."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        out,
        TOP,
        cwd=out,
    )
    (built,) = out.glob("coact_desktop-*.whl")
    return built


def test_the_wheel_holds_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = "coact_desktop/resources/"
    for needed in (
        "edition/edition.json",
        "edition/coact-history-of-drug-user-organising.txt",
        "keys/coact-recipients.txt",
        "wordlist-bip39-english.txt",
        "icons/coact-desktop.svg",
        "icons/coact-desktop-48.png",
        "coact-desktop.desktop",
        "i18n/coact_desktop_ru.qm",  # built from translations/, which git does not track
        "i18n/coact_desktop_en.qm",  # English plural forms
    ):
        assert resources + needed in names, needed
    assert "coact_desktop/core/storage/migrations/versions/0001_reader.py" in names
    assert not any(n.startswith(("tests/", "src/")) for n in names)


def test_the_installed_wheel_runs_from_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "fresh"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    # The dependencies come from this test's environment, as a plain folder on the path: its
    # .pth files (and so our own editable install) are not read, so only the wheel's code runs.
    ours = sysconfig.get_paths()["purelib"]
    theirs = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
    ).strip()
    Path(theirs, "coact-test-dependencies.pth").write_text(ours + "\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    where = _run(
        python,
        "-c",
        "import coact_desktop.core.storage.paths as p; print(p.RESOURCES)",
        cwd=tmp_path,
        env=env,
    ).strip()
    assert Path(where) == Path(theirs) / "coact_desktop" / "resources"
    chapters = _run(
        venv / "bin" / "coact-desktop",
        "library",
        "chapters",
        "--data-dir",
        tmp_path / "profile",
        cwd=tmp_path,
        env=env,
    )
    assert "1. Introduction" in chapters
    assert len(chapters.splitlines()) >= 5
