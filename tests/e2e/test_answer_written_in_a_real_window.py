"""Coact answers a group from its inbox in a real window, with keys sent from outside.

Coact › Inbox, Alt+N on the accepted file; the decision, a word, the edition, a note and Coact's
wording of a section typed; the key, passphrase and folder typed; Alt+R writes it. The group's
profile then imports the answer. The history and the answer are TEST TEXT; the key is the
throwaway test publishing key.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import real_window  # registered by tests/e2e/conftest.py
from coact_tests_pack_factory import LANTERNFOLK, accept_test_history

from coact_desktop.core.exchange.formats import age
from coact_desktop.core.exchange.formats.minisign import LIGHT, SecretKey, encrypt_secret_key
from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile

pytestmark = pytest.mark.slow
COMMENT = "TEST COMMENT: thank you for your history."
NOTE = "TEST COMMENT: we added where."
WORDING = "TEST TEXT: Lanternfolk met in 2015, in a back room."


def test_coact_writes_an_answer_with_the_keyboard(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    data_dir = tmp_path / "coact"
    group = open_services(resolve_profile(tmp_path / "group"))
    coact = open_services(resolve_profile(data_dir))
    try:
        accept_test_history(group, coact, tmp_path / "out")
    finally:
        coact.close()
    key = tmp_path / "publishing.key"
    key.write_text(encrypt_secret_key(throwaway_keys["publishing-1"], "test passphrase", LIGHT))
    folder = tmp_path / "answers"
    folder.mkdir()
    shots = Path(os.environ.get("COACT_SHOTS", tmp_path))
    try:
        with real_window.xvfb() as display:
            window = real_window.Window(command, data_dir, display)
            window.start("")
            time.sleep(2)  # the library opens after the first paint
            window.key("alt+c")
            time.sleep(0.5)
            window.key("i")  # &Inbox of received files: the one file is chosen
            time.sleep(1.5)
            window.key("alt+n")  # A&nswer the group…
            dialog = window.wait_for_window("Answer Lanternfolk")  # a regex: no brackets
            window.xdotool("windowfocus", "--sync", dialog)
            time.sleep(0.5)
            window.key("alt+d", "Down")  # Accepted with changes
            window.key("alt+w")
            window.type(COMMENT)
            window.key("alt+e", "ctrl+a")
            window.type("3")
            window.key("alt+n")  # the first section is chosen
            window.type(NOTE)
            window.key("Tab", "ctrl+a")  # on to Coact's wording of it
            window.type(WORDING)
            window.key("alt+k", "ctrl+a")
            window.type(str(key))
            window.key("alt+p")
            window.type("test passphrase")
            window.key("alt+t", "ctrl+a")
            window.type(str(folder))
            window.screenshot(shots / "answer-dialog-real.png")
            window.key("alt+r")  # W&rite the answer…
            deadline = time.monotonic() + 30
            while not list(folder.iterdir()) and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(0.5)
            window.screenshot(shots / "answer-written.png")
            window.key("Escape")
            time.sleep(0.5)
            assert window.quit() == 0
        (answer,) = folder.iterdir()
        assert answer.name == "lanternfolk-test-group-1-answer.coactanswer"
        assert answer.read_bytes().startswith(age.MAGIC)  # encrypted to the group
        got = group.answers.import_answer(answer)
    finally:
        group.close()
    assert (got.draft_id, got.decision, got.edition) == (LANTERNFOLK, "accepted_with_changes", 3)
    assert got.comment == COMMENT
    assert [(s.title, s.comment, s.text) for s in got.sections] == [
        ("How the group began", NOTE, WORDING)
    ]
