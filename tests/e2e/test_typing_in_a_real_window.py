"""Type steadily into every field of a draft in a real window, kill the program, count the words.

The program runs as a subprocess on its own Xvfb screen; keys come from outside the process
(``xdotool``, 30 ms between keys), from cell to cell with Tab, with pauses that cross several
autosaves. At a random moment it is killed with SIGKILL. Then the database is read with plain
sqlite3: every character typed more than one second before the kill must be there, in the right
cell, and nothing may be there that was not typed. The last round quits with Ctrl+Q instead and
starts again, to see the draft reopen at the same tab and place.

Set COACT_TYPING_SEED to replay a run; the seed is printed on failure.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import real_window  # registered by tests/e2e/conftest.py

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "draft.json"
KILLED_ROUNDS = 8
GRACE = 1.0  # a keystroke must be on disk within this many seconds (DESIGN.md's budget)

# Made-up test words (TEST TEXT, not Coact's history).
WHEN, YEAR = "may 2005", "2005"
WHAT = "kilo lima mike november oscar papa quebec romeo sierra tango uniform victor"
PEOPLE, ORGANISATIONS = "Evening Tide", "Harbour Peers Network"
NAME, PSEUDONYM = "Sam Rivers", "Evening Tide Harbour Star Pilot"
STORY = " test text: alpha bravo charlie delta echo foxtrot golf hotel india juliet"


@dataclass
class Field:
    """One place typed into, with what it held after each key sent, and when."""

    full: str  # what it held before, and every key sent to it since (the last perhaps not yet in)
    start: str = ""  # what it held before
    typed: list[tuple[float, str]] = field(default_factory=list)

    def expected_by(self, moment: float) -> str:
        """What it held after the last key sent before the moment."""
        held = [text for at, text in self.typed if at <= moment]
        return held[-1] if held else self.start


class Typist:
    """Types a round's script into the window, recording each field's text as it goes."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.fields: dict[str, Field] = {}

    def type_into(self, name: str, text: str, start: str = "", words: bool = True) -> None:
        """Type text into the focused field, a word at a time, noting the time after each."""
        typed_field = self.fields.setdefault(name, Field(start, start))
        so_far = typed_field.full
        for chunk in _chunks(text) if words else [text]:
            if not self.window.alive():
                return
            typed_field.full = so_far + chunk
            self.window.type(chunk)
            so_far += chunk
            typed_field.typed.append((time.monotonic(), so_far))

    def key(self, *keys: str) -> None:
        if self.window.alive():
            self.window.key(*keys)

    def pause(self, seconds: float) -> None:
        if self.window.alive():
            time.sleep(seconds)


def _chunks(text: str) -> list[str]:
    """A word and the space after it, each."""
    out: list[str] = []
    for word in text.split(" "):
        if out:
            out[-1] += " "
        out.append(word)
    return [c for c in out if c]


def run_round(typist: Typist, event_row: int, person_row: int, body: str) -> None:
    """One sitting: a timeline event, a person, then more of the first section's text."""
    typist.key("alt+l")  # the Timeline tab
    typist.key("alt+a")  # a new event, its first cell open for typing
    typist.type_into(f"event{event_row}.when", WHEN)
    typist.key("Tab")
    typist.type_into(f"event{event_row}.year", YEAR)
    typist.key("Tab")
    typist.type_into(f"event{event_row}.text", WHAT[: len(WHAT) // 2])
    typist.pause(1.6)  # thinking: two autosaves go by with the cell still open
    typist.type_into(f"event{event_row}.text", WHAT[len(WHAT) // 2 :])
    typist.key("Tab")
    typist.type_into(f"event{event_row}.people", PEOPLE)
    typist.key("Tab")
    typist.type_into(f"event{event_row}.organisations", ORGANISATIONS)
    typist.key("alt+p")  # People and consent
    typist.key("alt+a")
    typist.type_into(f"person{person_row}.name", NAME)
    typist.key("Tab")  # the consent drop-down: P chooses "Pseudonym only"
    typist.type_into(f"person{person_row}.consent", "p", words=False)
    typist.key("Tab")
    typist.type_into(f"person{person_row}.pseudonym", PSEUDONYM)
    typist.pause(1.2)
    typist.key("alt+t")  # back to the text, at its end
    typist.key("ctrl+End")
    typist.type_into("section0", STORY, body)


def saved_fields(draft: dict[str, Any]) -> dict[str, str]:
    """What the database holds, under the same field names."""
    out = {"section0": draft["sections"][0]["body"]}
    for row, event in enumerate(draft["events"]):
        out[f"event{row}.when"] = event["when"]
        out[f"event{row}.year"] = "" if event["year"] is None else str(event["year"])
        out[f"event{row}.text"] = event["text"]
        out[f"event{row}.people"] = ", ".join(event["people"])
        out[f"event{row}.organisations"] = ", ".join(event["organisations"])
    for row, person in enumerate(draft["people"]):
        out[f"person{row}.name"] = person["name"]
        out[f"person{row}.consent"] = "p" if person["consent"] == "pseudonym" else ""
        out[f"person{row}.pseudonym"] = person["pseudonym"]
    return out


def check(fields: dict[str, Field], saved: dict[str, str], moment: float, seed: int) -> None:
    """Every field holds at least what was typed by the moment, and only what was typed."""
    for name, typed in fields.items():
        expected = typed.expected_by(moment)
        if name.endswith(".year") and expected != YEAR:
            continue  # "20" is no year yet: it is kept, but as a date in words
        row = name.rsplit(".", 1)[0]
        if name.endswith(".consent") and f"{row}.name" not in saved:
            continue  # a consent alone, with no name yet, is no person to keep
        got = saved.get(name, "")
        assert got.startswith(expected), (
            f"seed {seed}: {name} lost what was typed: {got!r} does not begin with {expected!r}"
        )
        assert typed.full.startswith(got), f"seed {seed}: {name} holds {got!r}, never typed"


def make_profile(command: str, data_dir: Path, tmp_path: Path) -> tuple[str, str]:
    """A profile with the example draft's profile and text, and no events or people yet."""
    example = json.loads(EXAMPLE.read_text("utf-8"))
    example.update(events=[], people=[], attachments=[])
    source = tmp_path / "draft.json"
    source.write_text(json.dumps(example), "utf-8")

    def cli(*args: str) -> str:
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

    draft_id = cli("drafts", "create", "--from-json", str(source)).split()[-1]
    # The search index is built now, not while the first sitting types: this test is about
    # saving, and a build's work on a 2-core machine would only slow the keys' arrival.
    cli("search", "drug")
    # As if the person had quit on the draft's timeline: the window opens there.
    (data_dir / "settings.ini").write_text(
        f'[window]\ntab=4\n[drafts]\nopen={draft_id}\nclosed_cleanly=true\nplace="1,0,0,0,0,0,0"\n'
    )
    return draft_id, example["profile"]["name"]


@pytest.mark.slow
def test_steady_typing_in_every_field_survives_sigkill(command: str, tmp_path: Path) -> None:
    seed = int(os.environ.get("COACT_TYPING_SEED", random.randrange(1_000_000)))
    rng = random.Random(seed)
    data_dir = tmp_path / "profile"
    draft_id, group = make_profile(command, data_dir, tmp_path)
    database = data_dir / "coact.sqlite3"
    kills: list[float] = []  # seconds into each sitting
    with real_window.xvfb() as display:
        window = real_window.Window(command, data_dir, display)
        sitting = 0.0  # how long a round's typing takes here, measured by the first round
        for number in range(KILLED_ROUNDS + 1):
            before = real_window.saved_draft(database, draft_id)
            window.start(group)
            typist = Typist(window)
            last = number == KILLED_ROUNDS
            kill = None
            if 0 < number < KILLED_ROUNDS:
                # Any moment of the sitting, from its first keys to its last.
                kill = threading.Timer(rng.uniform(0.05, 0.98) * sitting, window.kill)
                kill.start()
            started = time.monotonic()
            body = before["sections"][0]["body"]
            run_round(typist, len(before["events"]), len(before["people"]), body)
            if number == 0:
                sitting = time.monotonic() - started
                time.sleep(GRACE)
                window.kill()  # killed just after: all of it must be there
            if last:
                window.screenshot(tmp_path / "typed.png")
                assert window.quit() == 0
                moment = time.monotonic()
            else:
                if kill is not None:
                    kill.join()
                # From the kill itself: the typing may go on noticing it a little later.
                moment = window.killed_at - GRACE
            saved = saved_fields(real_window.saved_draft(database, draft_id))
            check(typist.fields, saved, moment, seed)
            kills.append(round(moment + GRACE - started, 1))
        # A clean quit brings the same draft back at the same place: the end of its text.
        window.start(group)
        assert window.title == f"{group} — Coact Desktop"
        window.type(" again")
        time.sleep(GRACE + 0.5)
        window.screenshot(tmp_path / "reopened.png")
        assert window.quit() == 0
    print(f"seed {seed}; killed or quit at {kills} s into sittings of {sitting:.1f} s")
    final = real_window.saved_draft(database, draft_id)
    assert final["sections"][0]["body"].endswith(STORY + " again"), seed
    assert len(final["events"]) >= 1
    assert final["events"][-1] == {
        "when": WHEN,
        "year": 2005,
        "text": WHAT,
        "people": [PEOPLE],
        "organisations": [ORGANISATIONS],
    }
    assert final["people"][-1] == {"name": NAME, "consent": "pseudonym", "pseudonym": PSEUDONYM}


@pytest.mark.slow
def test_ctrl_k_searches_instead_of_cutting_the_line(command: str, tmp_path: Path) -> None:
    # Under X11 a text field takes Ctrl+K as "delete to the end of the line"; the menu's
    # "Search the history" must win, or the line is cut and autosaved.
    data_dir = tmp_path / "profile"
    draft_id, group = make_profile(command, data_dir, tmp_path)
    (data_dir / "settings.ini").write_text(
        f'[window]\ntab=4\n[drafts]\nopen={draft_id}\nclosed_cleanly=true\nplace="0,0,0,0,0,0,0"\n'
    )
    database = data_dir / "coact.sqlite3"
    before = real_window.saved_draft(database, draft_id)["sections"][0]["body"]
    with real_window.xvfb() as display:
        window = real_window.Window(command, data_dir, display)
        window.start(group)  # the cursor at the start of the first section's text
        # A dialog opened and closed first: without a window manager nothing gives the window
        # back its activation, so no shortcut fires and the key would reach the text itself.
        window.key("alt+h", "Return")
        time.sleep(0.5)
        window.key("Return")
        time.sleep(0.5)
        window.key("ctrl+k")
        time.sleep(GRACE)
        assert window.title == "Search — Coact Desktop"
        assert window.quit() == 0
    assert real_window.saved_draft(database, draft_id)["sections"][0]["body"] == before
