"""Drive the installed program in a real X window: Xvfb, keys sent from outside with xdotool.

pytest runs with ``--import-mode=importlib``: test modules load this file by its path. Nothing
here reaches into the program: it is started as a subprocess, typed into through the X server
as a person's keyboard would, and its database is read back with plain sqlite3.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

SCREEN = "1366x768x24"  # a common old laptop's screen
TYPE_DELAY_MS = 30  # between keys, as `xdotool type --delay 30`


def need(tool: str) -> str:
    """A tool's path; the test fails (never skips) without it: CI installs them all."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is not installed (CI installs xvfb, xdotool and imagemagick)")
    return path


@contextmanager
def xvfb() -> Iterator[str]:
    """A virtual X screen of its own; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [need("Xvfb"), "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    display = f":{number}"
    try:
        yield display
    finally:
        # A test that failed half-way leaves its program running: end it before its screen.
        for window in [w for w in _windows if w.display == display]:
            _windows.remove(window)
            if window.alive():
                window.kill()
        server.terminate()
        server.wait(10)


_windows: list[Window] = []  # every Window made, so its screen's end can end it too


class StartFailed(Exception):
    """The program ended before its window showed."""


@dataclass
class Window:
    """The program in a real window, and the keyboard typing into it."""

    command: str
    data_dir: Path
    display: str
    log: list[str] = field(default_factory=list)
    process: subprocess.Popen[bytes] | None = None
    window_id: str = ""
    killed_at: float = 0.0  # time.monotonic() of the last kill
    starts: int = 0
    stderr: Path | None = None  # what the last start wrote to its standard error
    extra_env: dict[str, str] = field(default_factory=dict)  # e.g. an accessibility bus

    def __post_init__(self) -> None:
        _windows.append(self)

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "0",
            "LC_ALL": "C.UTF-8",
            **self.extra_env,
        }

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(
            [need("xdotool"), *args],
            capture_output=True,
            text=True,
            env=self.env(),
            timeout=timeout,
            check=False,
        )
        return done.stdout.strip()

    def start(self, wait_title: str, timeout: float = 60) -> None:
        """Start the program and wait until its window's title names what should be in front.

        A start that dies with no word from Python (once in CI: SIGABRT just after the previous
        instance was killed, its standard error not yet kept) is tried once more, and what it
        said is printed; a Python error, or a second death, fails the test.
        """
        try:
            self._start(wait_title, timeout)
        except StartFailed as failed:
            print(f"\n{failed}", flush=True)
            if "Traceback" in str(failed) or "error" in str(failed).lower():
                pytest.fail(str(failed))
            time.sleep(1)
            try:
                self._start(wait_title, timeout)
            except StartFailed as again:
                pytest.fail(f"{failed}\n--- and again ---\n{again}")

    def _start(self, wait_title: str, timeout: float) -> None:
        self.starts += 1
        self.stderr = self.data_dir.parent / f"window-{self.starts}.stderr"
        with self.stderr.open("wb") as errors:
            self.process = subprocess.Popen(
                [self.command, "--data-dir", str(self.data_dir), "--lang", "en"],
                env=self.env(),
                stdout=subprocess.DEVNULL,
                stderr=errors,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                said = self.stderr.read_text("utf-8", "replace")[-3000:]
                raise StartFailed(
                    f"start {self.starts}: the program ended while starting "
                    f"(status {self.process.returncode}): {said!r}"
                )
            found = self.xdotool("search", "--onlyvisible", "--pid", str(self.process.pid))
            for window_id in found.split():
                if wait_title in self.xdotool("getwindowname", window_id):
                    self.window_id = window_id
                    self.xdotool("windowfocus", "--sync", window_id)
                    time.sleep(0.5)  # the place is restored in the same step as the title
                    return
            time.sleep(0.1)
        pytest.fail(f"no window titled {wait_title!r} within {timeout} s")

    @property
    def title(self) -> str:
        return self.xdotool("getwindowname", self.window_id)

    def key(self, *keys: str) -> None:
        """Press keys (xdotool names: Tab, alt+a, ctrl+q)."""
        self.xdotool("key", "--delay", str(TYPE_DELAY_MS), *keys)

    def type(self, text: str) -> None:
        """Type text key by key, as a person at a steady pace."""
        self.xdotool("type", "--delay", str(TYPE_DELAY_MS), text)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no clean-up, no last save, as when the power fails."""
        assert self.process is not None
        self.killed_at = time.monotonic()
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def wait_for_window(self, name: str, timeout: float = 30) -> str:
        """The id of a visible window whose title holds ``name`` (a dialog, say), once it shows."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", name)
            if found:
                return str(found.split()[0])
            time.sleep(0.2)
        pytest.fail(f"no window named {name!r} appeared within {timeout} s")

    def quit(self) -> int:
        """Ctrl+Q, as a person quits; the exit status."""
        assert self.process is not None
        self.key("ctrl+q")
        return self.process.wait(30)

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG, to look at."""
        done = subprocess.run(
            [need("import"), "-display", self.display, "-window", "root", str(path)],
            capture_output=True,
            timeout=30,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return path


def saved_draft(database: Path, draft_id: str) -> dict[str, Any]:
    """The draft as the database holds it, read with plain sqlite3 (WAL included)."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT content FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    assert row is not None, "the draft is not in the database"
    content: dict[str, Any] = json.loads(row[0])
    return content
