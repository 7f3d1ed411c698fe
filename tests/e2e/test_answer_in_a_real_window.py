"""A group imports Coact's answer in a real window, with keys sent from outside the process.

File › Import a file…, the answer's path typed into the file dialog: the answer opens beside the
draft it belongs to, Alt+U takes Coact's version of the section, Ctrl+Q quits. The draft read
back afterwards holds Coact's words. The history is TEST TEXT; the answer is signed with the
throwaway test publishing key.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import real_window  # registered by tests/e2e/conftest.py

from coact_desktop.core.drafts.model import Draft, Profile, Section
from coact_desktop.core.exchange import answer_format as af
from coact_desktop.core.exchange.bundle_read import open_bundle
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile

pytestmark = pytest.mark.slow
DRAFT = "7f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c"
CHANGED = "TEST TEXT: We met in 2015, in the back room of a drop-in centre."


def _answer(tmp_path: Path, data_dir: Path, key: SecretKey) -> Path:
    group = open_services(resolve_profile(data_dir))
    coact = open_services(resolve_profile(tmp_path / "coact"))
    try:
        group.drafts.create(
            Draft(
                id=DRAFT,
                profile=Profile(name="Lanternfolk (test group)", country="Exampleland"),
                sections=(Section("How the group began", "TEST TEXT: We met in 2015."),),
            )
        )
        sent = group.exports.export(DRAFT, tmp_path / "out", "throwaway passphrase", None, "light")
        with open_bundle(sent.path, None) as bundle:
            item, _ = coact.inbox.receive(bundle)
        coact.inbox.confirm_key(item.bundle_id)
        coact.inbox.accept(item.bundle_id)
        reply = af.Reply(
            "accepted_with_changes",
            "TEST COMMENT: thank you; we suggest one change.",
            (af.SectionNote("How the group began", "TEST COMMENT: we added where.", CHANGED),),
            None,
        )
        target = tmp_path / "answer.coactanswer"
        coact.answers.write(item.bundle_id, reply, key, target)
        return target
    finally:
        group.close()
        coact.close()


def test_a_group_takes_coacts_change_with_the_keyboard(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    data_dir = tmp_path / "profile"
    answer = _answer(tmp_path, data_dir, throwaway_keys["publishing-1"])
    shots = Path(os.environ.get("COACT_SHOTS", tmp_path))
    with real_window.xvfb() as display:
        window = real_window.Window(command, data_dir, display)
        window.start("")
        time.sleep(2)  # the library opens after the first paint
        window.key("alt+f")
        time.sleep(0.5)
        window.key("i")  # &Import a file…
        dialog = window.wait_for_window("Import a file")
        window.xdotool("windowfocus", "--sync", dialog)
        window.type(str(answer))
        window.key("Return")
        view = window.wait_for_window("Coact's answer")
        time.sleep(1)
        window.screenshot(shots / "answer.png")
        window.xdotool("windowfocus", "--sync", view)
        window.key("alt+u")  # &Use Coact's version of this section
        time.sleep(3)  # past the autosave
        window.xdotool("windowfocus", "--sync", view)
        window.key("Escape")
        time.sleep(0.5)
        assert window.quit() == 0
    group = open_services(resolve_profile(data_dir))
    try:
        assert group.drafts.get(DRAFT).sections[0].body == CHANGED
        assert group.answers.for_draft(DRAFT)[0].decision == "accepted_with_changes"
    finally:
        group.close()
