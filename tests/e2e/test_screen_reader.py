"""What a screen reader hears: every control it can reach has a name, in every view and dialog.

The installed program runs in a real X window with Qt's accessibility bridge on; a separate
process walks its tree over AT-SPI (Debian's at-spi2-core and python3-pyatspi), as Orca does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import real_window  # registered by tests/e2e/conftest.py

sys.path.insert(0, str(Path(__file__).parent))
from test_typing_in_a_real_window import make_profile

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, which has pyatspi
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


@contextmanager
def accessibility_bus() -> Iterator[dict[str, str]]:
    """A session bus of its own with the AT-SPI bus on it; yields the environment to use."""
    for tool in (BUS_LAUNCHER, SYSTEM_PYTHON):
        if not Path(tool).exists():
            pytest.fail(f"{tool} is missing (CI installs at-spi2-core and python3-pyatspi)")
    daemon = subprocess.Popen(
        [real_window.need("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    env = {"DBUS_SESSION_BUS_ADDRESS": address}
    launcher = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately"],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    ready_by = time.monotonic() + 30
    while time.monotonic() < ready_by:  # the launcher answers once the AT-SPI bus is up
        asked = subprocess.run(
            [
                real_window.need("dbus-send"),
                "--session",
                "--dest=org.a11y.Bus",
                "--print-reply",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            env={**os.environ, **env},
            capture_output=True,
            timeout=30,
            check=False,
        )
        if asked.returncode == 0:
            break
        time.sleep(0.2)
    try:
        yield env
    finally:
        launcher.terminate()
        launcher.wait(10)
        daemon.terminate()
        daemon.wait(10)
        daemon.stdout.close()


def walk(display: str, bus: dict[str, str], *args: str) -> dict[str, Any]:
    """The walker's report on the running program."""
    for _attempt in range(3):
        done = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), "Coact Desktop", *args],
            env={"PATH": "/usr/bin:/bin", "DISPLAY": display, **bus},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        # On a loaded 2-core machine the bus's first reply can miss libatspi's 25 s timeout
        # ("Couldn't connect to accessibility bus"): that is the machine, not the program.
        if done.returncode == 0 or "accessibility bus" not in done.stderr:
            break
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def silent(report: dict[str, Any]) -> dict[str, list[str]]:
    """The views that have unnamed controls, with them."""
    return {view: r["unnamed"] for view, r in report.items() if r.get("unnamed")}


@pytest.mark.slow
def test_every_control_a_screen_reader_reaches_has_a_name(command: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    _draft_id, group = make_profile(command, data_dir, tmp_path)
    with real_window.xvfb() as display, accessibility_bus() as bus:
        window = real_window.Window(command, data_dir, display)
        window.extra_env = {**bus, "QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        window.start(group)
        views = walk(display, bus, "--each-tab")
        tabs = [name for name in views if name != "reader"]
        assert len(tabs) == 5, tabs
        assert all(views[name]["focusable"] > 3 for name in tabs), views
        # The reading view is text a screen reader can read, from its first word.
        assert views["reader"]["characters"] > 200
        assert views["reader"]["start"].startswith("Introduction")
        draft = walk(display, bus, "--tabs-of", "Parts of the draft")
        assert len(draft) >= 4, draft
        # Dialogs, opened with the keys a person would use.
        dialogs = {}
        for keys, title in [
            (("alt+f", "n"), "Group profile"),
            (("alt+h", "k"), "Keyboard shortcuts"),
            (("alt+f", "e"), "Send the history to Coact"),
        ]:
            # Without a window manager nothing gives the window its focus back after a dialog.
            window.xdotool("windowfocus", "--sync", window.window_id)
            window.key(*keys)
            window.wait_for_window(title)
            time.sleep(1)
            dialogs[title] = walk(display, bus, "--window", title)
            window.key("Escape")
            time.sleep(0.5)
        seen = {
            title: [r["focusable"] for r in report.values()] for title, report in dialogs.items()
        }
        assert all(n > 1 for counts in seen.values() for n in counts), seen
        assert silent(views) == {}
        assert silent(draft) == {}
        assert {title: silent(report) for title, report in dialogs.items()} == {
            title: {} for title in dialogs
        }
        assert window.quit() == 0
