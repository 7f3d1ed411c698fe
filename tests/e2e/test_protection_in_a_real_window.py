"""Unlock, type, lock and quick delete in a real window, keys sent from outside the process.

The draft is the documented example (test text, not Coact's). Screenshots of each step are kept
beside the test's profile, to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import real_window  # registered by tests/e2e/conftest.py

sys.path.insert(0, str(Path(__file__).parent))
from test_typing_in_a_real_window import make_profile

PASSPHRASE = "throwaway passphrase"
TYPED = " Typed in a locked profile test"


def cli(command: str, data_dir: Path, *args: str) -> str:
    done = subprocess.run(
        [command, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def opened_within(test: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if test():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


def wait_for(test: object, timeout: float = 20) -> None:
    if not opened_within(test, timeout):
        pytest.fail("the window did not get there in time")


@pytest.mark.slow
def test_unlock_type_lock_and_quick_delete_by_keys(command: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    draft_id, group = make_profile(command, data_dir, tmp_path)
    settings = data_dir / "settings.ini"  # reopen on the text, not the timeline
    settings.write_text(settings.read_text().replace('place="1,', 'place="0,'))
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE)
    cli(command, data_dir, "passphrase", "set", "--passphrase-file", str(secret))
    example = json.loads(Path(real_window.__file__).parents[2].joinpath(
        "docs", "examples", "draft.json").read_text("utf-8"))  # fmt: skip
    first_words = example["sections"][0]["body"][:30]
    assert first_words.encode() not in every_byte(data_dir)
    shots = tmp_path / "shots"
    shots.mkdir()
    with real_window.xvfb() as display:
        window = real_window.Window(command, data_dir, display)
        window.start("Our group's history")  # the drafts tab, locked: no group named
        assert group not in window.title
        window.screenshot(shots / "1-locked.png")
        window.type("not the passphrase")
        window.key("Return")
        time.sleep(2.5)
        window.screenshot(shots / "2-refused.png")
        # The field is disabled while a passphrase is checked (half a second, longer on a busy
        # machine): keys typed meanwhile are lost, so, as a person would, type it again.
        for attempt in range(3):
            window.key("ctrl+a")
            window.type(PASSPHRASE)
            window.key("Return")
            if attempt == 2 or opened_within(lambda: group in window.title, 10):
                break
        wait_for(lambda: group in window.title)  # the last draft reopened where it was
        window.key("ctrl+End")
        window.type(TYPED)
        time.sleep(1.5)  # past the autosave
        window.screenshot(shots / "3-unlocked.png")
        window.key("ctrl+shift+l")
        wait_for(lambda: group not in window.title)
        window.screenshot(shots / "4-locked-again.png")
        shown = cli(
            command, data_dir, "drafts", "export-json", draft_id, "--unlock-file", str(secret)
        )
        assert TYPED.strip() in json.loads(shown)["sections"][0]["body"]
        window.key("ctrl+shift+Delete")
        window.wait_for_window("Quick delete")
        window.type("delete")
        window.key("Return")
        time.sleep(1.2)
        window.screenshot(shots / "5-countdown.png")
        wait_for(lambda: not (data_dir / "private.sqlcipher").exists(), timeout=30)
        time.sleep(1.5)
        window.screenshot(shots / "6-deleted.png")
        window.key("Return")  # the report's OK
        time.sleep(0.5)
        assert window.quit() == 0
    # What was typed was saved encrypted before the lock; after quick delete, none of it is left.
    data = every_byte(data_dir) + every_byte(tmp_path / "profile" / "cache")
    for words in (first_words, TYPED.strip(), group):
        assert words.encode() not in data, words
    assert json.loads(cli(command, data_dir, "drafts", "list", "--json")) == []
