"""Run the installed ``coact-desktop`` command as a subprocess."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


def _register_real_window() -> None:
    """Make real_window.py (the program in a real window, typed into) importable by name."""
    spec = importlib.util.spec_from_file_location(
        "real_window", Path(__file__).with_name("real_window.py")
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_window"] = module
    spec.loader.exec_module(module)


_register_real_window()


def installed_command() -> str:
    """The console script installed beside this Python (the venv's bin), else on PATH."""
    beside = Path(sys.executable).with_name("coact-desktop")
    found = str(beside) if beside.exists() else shutil.which("coact-desktop")
    if not found:
        pytest.fail("coact-desktop is not installed: run the README's test command")
    return found


@pytest.fixture(scope="session")
def command() -> str:
    return installed_command()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


LANGUAGE_VARIABLES = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}


@pytest.fixture
def run(command: str, data_dir: Path) -> Run:
    """Run the command with --data-dir and return the finished process."""

    def runner(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> Any:
        # English unless a test asks for a language: the machine's own must not change output.
        base = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
        full_env = {**base, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        return subprocess.run(
            [command, *args, "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=full_env,
            check=False,
        )

    return runner


@pytest.fixture
def run_json(run: Run) -> Callable[..., Any]:
    def runner(*args: str) -> Any:
        done = run(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return runner
