"""The program with the keyboard alone: every step by keys sent from outside, focus always seen.

After each step a screen reader's view (AT-SPI, as in test_screen_reader.py) says where the
focus is: it must be on a named control that is on screen, in the program's active window.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import real_window  # registered by tests/e2e/conftest.py
from PIL import Image

sys.path.insert(0, str(Path(__file__).parent))
from test_screen_reader import SYSTEM_PYTHON, WALKER, accessibility_bus
from test_typing_in_a_real_window import make_profile

PAUSE = 0.8  # for the window to answer a key on a 2-core machine


@contextmanager
def focus_events(
    display: str, bus: dict[str, str], log: Path
) -> Iterator[Callable[[], dict[str, Any]]]:
    """A screen reader's ear: every focus change the program announces, the latest on call."""
    errors = (log.parent / "listener.stderr").open("wb")
    # A loaded machine can miss libatspi's first 25 s reply (see test_screen_reader.walk).
    for _attempt in range(3):
        listener = subprocess.Popen(
            [SYSTEM_PYTHON, str(WALKER), "Coact Desktop", "--listen", str(log)],
            env={"PATH": "/usr/bin:/bin", "DISPLAY": display, **bus},
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert listener.stdout is not None
        if listener.stdout.readline().strip() == "listening":
            break
        listener.wait(10)
        listener.stdout.close()
    else:
        errors.close()
        pytest.fail((log.parent / "listener.stderr").read_text("utf-8", "replace"))

    def latest() -> dict[str, Any]:
        lines = log.read_text("utf-8").splitlines() if log.exists() else []
        return json.loads(lines[-1]) if lines else {}

    try:
        yield latest
    finally:
        listener.terminate()
        listener.wait(10)
        listener.stdout.close()
        errors.close()


@dataclass
class Session:
    """The real window, a screen reader's ear on it, and one step: keys, a pause, where focus is."""

    window: real_window.Window
    ear: Callable[[], dict[str, Any]]
    keep_active: bool = False  # activate the main window again after a dialog closes

    def heard(self, keys: tuple[str, ...] = ()) -> dict[str, Any]:
        """Where the focus is, checked: on a named control that is on screen."""
        where = self.ear()
        assert where, f"after {keys}: no control has the focus"
        assert where["showing"], (keys, where)
        assert where["name"].strip(), (keys, where)
        return where

    def step(self, *keys: str, wait: float = PAUSE) -> dict[str, Any]:
        """Press keys, give the window a moment, and say where the focus went."""
        window = self.window
        window.key(*keys)
        time.sleep(wait)
        if self.keep_active and not window.xdotool(
            "search", "--onlyvisible", "--name", "^Group profile"
        ):
            # After a dialog closes nothing here activates the window again (no window
            # manager; a person's desktop does): xdotool stands in for it.
            window.xdotool("windowfocus", "--sync", window.window_id)
            time.sleep(0.3)
        return self.heard(keys)

    def tab_to(self, name: str, limit: int = 30) -> dict[str, Any]:
        """Tab until the control called name has the focus; failing if it never comes round."""
        seen = []
        for _press in range(limit):
            where = self.step("Tab")
            if where["name"] == name:
                return where
            seen.append(where["name"])
        pytest.fail(f"Tab never reached {name!r}: {seen}")


@contextmanager
def keyboard_session(
    command: str, data_dir: Path, tmp_path: Path, title: str, env: dict[str, str] | None = None
) -> Iterator[Session]:
    """The program under Xvfb with an accessibility bus, started on the window titled title."""
    with ExitStack() as stack:
        display = stack.enter_context(real_window.xvfb())
        bus = stack.enter_context(accessibility_bus())
        window = real_window.Window(command, data_dir, display)
        window.extra_env = {
            **bus,
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            **(env or {}),
        }
        window.start(title)
        ear = stack.enter_context(focus_events(display, bus, tmp_path / "focus.jsonl"))
        yield Session(window, ear)


@pytest.mark.slow
def test_read_find_search_and_write_with_keys_alone(command: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    make_profile(command, data_dir, tmp_path)
    (data_dir / "settings.ini").write_text("[window]\ntab=0\n")  # a first start: reading
    with keyboard_session(command, data_dir, tmp_path, "Introduction") as session:
        window, step = session.window, session.step
        session.keep_active = True

        # Read: the next chapter, and back.
        step("ctrl+Next")
        assert window.title.startswith("Grassroots"), window.title
        step("ctrl+Prior")
        assert window.title.startswith("Introduction")
        # Find in the chapter, then back to the text.
        where = step("ctrl+f")
        assert where["name"] == "Find in this chapter", where
        window.type("drug")
        step("Return")
        where = step("Escape")
        assert where["name"] == "Chapter text", where
        # Search, and open a result with Enter.
        where = step("ctrl+k")
        assert where["role"] == "text", where
        window.type("syringe")
        time.sleep(2)  # results come as one types
        step("Return")
        assert window.title != "Search — Coact Desktop", window.title
        # A new draft from the File menu: its profile, its text, then Ctrl+Tab out of the text.
        window.xdotool("windowfocus", "--sync", window.window_id)
        where = step("alt+f", "n")
        assert where["window"].startswith("Group profile"), where
        window.type("Keyboard Group")
        where = step("Return")
        assert where["name"] == "Section text", where
        window.type("We met in a kitchen.")
        where = step("ctrl+Tab")
        assert where["name"] != "Section text", where  # Tab itself is a tab in the text
        # The timeline: Alt+L, a new event with Alt+A, from cell to cell with Tab.
        step("alt+l")
        where = step("alt+a")
        window.type("spring 2005")
        where = step("Tab")
        window.type("2005")
        step("Tab")
        window.type("We met for the first time.")
        step("Return")
        # People and consent: Alt+P, Alt+A, a name; then back to the text with Alt+T.
        step("alt+p")
        step("alt+a")
        window.type("Test Person")
        step("Return")
        where = step("alt+t")
        assert where["name"] == "Section text", where
        time.sleep(3)  # the autosave
        saved = _draft_named(data_dir / "coact.sqlite3", "Keyboard Group")
        assert saved["sections"][0]["body"].endswith("We met in a kitchen."), saved["sections"]
        assert saved["events"][0]["when"] == "spring 2005", saved["events"]
        assert saved["events"][0]["text"] == "We met for the first time."
        assert saved["people"][0]["name"] == "Test Person", saved["people"]
        assert window.quit() == 0


def _draft_named(database: Path, name: str) -> dict[str, Any]:
    """The saved draft whose group is called name, read with plain sqlite3."""
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        for (content,) in conn.execute("SELECT content FROM drafts"):
            draft: dict[str, Any] = json.loads(content)
            if draft["profile"]["name"] == name:
                return draft
    pytest.fail(f"no draft of {name!r} was saved")


@pytest.mark.slow
def test_attach_and_send_a_draft_to_coact_with_keys_alone(command: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    draft_id, group = make_profile(command, data_dir, tmp_path)  # opens on its timeline
    home = tmp_path / "home"  # the folder the wizard suggests first
    home.mkdir()
    with keyboard_session(command, data_dir, tmp_path, group, {"HOME": str(home)}) as session:
        window, ear, step = session.window, session.ear, session.step

        # A photo, attached by keys: the files page, Tab to its button, the file dialog.
        photo = tmp_path / "meeting.png"
        Image.new("RGB", (64, 48), (200, 120, 40)).save(photo)
        step("alt+d")
        where = step("Tab")
        assert where["name"] == "Attach a photo or document…", where
        window.key("space")
        window.xdotool("windowfocus", "--sync", window.wait_for_window("Attach a photo"))
        window.type(str(photo))
        window.key("Return")
        window.xdotool("windowfocus", "--sync", window.wait_for_window("Caption"))
        window.type("Our first meeting")
        window.key("Return")
        time.sleep(3)  # cleaned of its hidden details, stored, saved
        saved = real_window.saved_draft(data_dir / "coact.sqlite3", draft_id)
        assert [a["caption"] for a in saved["attachments"]] == ["Our first meeting"]
        window.xdotool("windowfocus", "--sync", window.window_id)
        where = step("alt+f", "e", wait=3)  # the check runs first
        assert where["window"].startswith("Send the history to Coact"), where
        step("Return")  # the check passed: on to where the file goes
        where = step("Return")  # the suggested folder: on to the key
        assert where["name"] == "Passphrase", where
        window.type("keyboard only passphrase")
        step("Tab")
        window.type("keyboard only passphrase")
        window.key("Return")  # a new key is made, the bundle signed, encrypted, written
        written_by = time.monotonic() + 90  # the key's passphrase hashing is slow on purpose
        while not ear().get("name", "").startswith("Written: "):  # the outcome is read out
            assert time.monotonic() < written_by, ear()
            time.sleep(PAUSE)
        written = sorted(home.glob("*.coact"))
        assert len(written) == 1, list(home.iterdir())
        assert written[0].stat().st_size > 1000
        window.key("Return")  # Finish
        time.sleep(PAUSE)
        window.xdotool("windowfocus", "--sync", window.window_id)
        assert window.quit() == 0


def _bundle_state(database: Path) -> str | None:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        row = conn.execute("SELECT state FROM received_bundles").fetchone()
    return None if row is None else str(row[0])


@pytest.mark.slow
def test_review_a_received_file_in_the_inbox_with_keys_alone(command: str, tmp_path: Path) -> None:
    from coact_desktop.core.drafts.model import Draft, Profile, Section
    from coact_desktop.core.services import open_services
    from coact_desktop.core.storage.paths import resolve_profile

    group = open_services(resolve_profile(tmp_path / "group"))
    try:
        draft = Draft(
            id="3c1e2b7e-5a2b-4c6d-8e9f-0a1b2c3d4e5f",
            profile=Profile(name="Keyboard Test Group", country="Exampleland", founded=2015),
            sections=(Section("How the group began", "TEST TEXT: we met in a kitchen."),),
        )
        group.drafts.create(draft)
        bundle = group.exports.export(draft.id, tmp_path, "throwaway passphrase", None, "light")
    finally:
        group.close()
    data_dir = tmp_path / "coact"
    with keyboard_session(command, data_dir, tmp_path, "") as session:
        window, ear, step = session.window, session.ear, session.step
        time.sleep(2)  # the library opens after the first paint

        step("alt+c", "i")  # Coact › Inbox of received files
        session.tab_to("Open bundle files…")
        window.key("space")
        window.xdotool("windowfocus", "--sync", window.wait_for_window("Open bundle files"))
        window.type(str(bundle.path))
        window.key("Return")
        database = data_dir / "coact.sqlite3"
        deadline = time.monotonic() + 30
        while _bundle_state(database) != "held" and time.monotonic() < deadline:
            time.sleep(0.3)
        assert _bundle_state(database) == "held"  # checked, kept, not yet in the library
        window.xdotool("windowfocus", "--sync", window.window_id)
        time.sleep(1)
        # The words were compared by phone: trust the key; the focus goes on to Accept.
        session.tab_to("The words match: trust this key")
        where = step("space", wait=2)
        assert _bundle_state(database) == "verified"
        assert where["name"] == "Accept into the library", where
        step("space", wait=2)
        assert _bundle_state(database) == "accepted"
        where = ear()  # on to what comes next: answering the group
        assert where["name"] == "Answer the group…", where
        shots = Path(os.environ.get("COACT_SHOTS", tmp_path))
        window.screenshot(shots / "inbox-keyboard.png")
        # The history's text is read with the keys too, and Tab leaves it again.
        where = session.tab_to("The history, as plain text")
        where = step("Tab")
        assert where["name"] != "The history, as plain text", where
        assert window.quit() == 0


@pytest.mark.slow
def test_import_an_edition_with_keys_alone(
    command: str, tmp_path: Path, throwaway_keys: dict[str, Any]
) -> None:
    from test_edition_in_a_real_window import _edition_in, _pack

    pack, version = _pack(tmp_path, throwaway_keys["publishing-1"])
    data_dir = tmp_path / "profile"
    with keyboard_session(command, data_dir, tmp_path, "Introduction") as session:
        window, heard = session.window, session.heard
        time.sleep(2)  # the library opens after the first paint

        window.key("alt+f", "i")  # File › Import a file…
        window.xdotool("windowfocus", "--sync", window.wait_for_window("Import a file"))
        time.sleep(PAUSE)
        assert heard(("alt+f", "i"))["window"].startswith("Import a file")
        window.type(str(pack))
        window.key("Return")
        question = window.wait_for_window("Import this edition")
        window.xdotool("windowfocus", "--sync", question)
        time.sleep(PAUSE)
        where = heard(("Return",))
        assert where["window"].startswith("Import this edition"), where
        assert where["role"] == "push button", where  # on a button: Enter answers it
        window.key("Return")  # Import is the default button
        deadline = time.monotonic() + 30
        while _edition_in(data_dir / "coact.sqlite3") != version and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _edition_in(data_dir / "coact.sqlite3") == version
        news = window.wait_for_window("What's new in edition")
        window.xdotool("windowfocus", "--sync", news)
        time.sleep(PAUSE)
        where = heard(("Return",))
        assert where["window"].startswith("What's new in edition"), where
        window.key("Escape")  # closes it; back to the reader, still where the reader was
        time.sleep(PAUSE)
        window.xdotool("windowfocus", "--sync", window.window_id)
        time.sleep(PAUSE)
        where = heard(("Escape",))
        assert where["window"].startswith("Introduction"), where
        assert window.quit() == 0
