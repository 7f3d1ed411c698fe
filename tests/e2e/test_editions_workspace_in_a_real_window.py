"""Coact's editors make and publish an edition in a real window, with keys sent from outside.

Coact › Editions workspace…: two accepted histories ticked with Space, one moved up and put
under a model, a chapter added from a Markdown file typed into the file dialog, notes typed,
the preview opened and closed, the key, passphrase and folder typed, Publish answered Yes. The
pack written is imported by a reader afterwards. The histories, the chapter and the notes are
TEST TEXT; the key is the throwaway test publishing key.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import real_window  # registered by tests/e2e/conftest.py
from coact_tests_pack_factory import LIBRARY, accept_two_test_histories

from coact_desktop.core.exchange.formats.minisign import LIGHT, SecretKey, encrypt_secret_key
from coact_desktop.core.library.edition import load_edition
from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile

pytestmark = pytest.mark.slow
NOTES = "TEST NOTES: two groups and a new chapter."
CHAPTER = "# New voices (TEST TEXT)\n\nTEST TEXT: a chapter added for this test edition.\n"


def _coact(tmp_path: Path, data_dir: Path) -> None:
    """Coact's profile, with two groups' TEST histories accepted in its inbox."""
    coact = open_services(resolve_profile(data_dir))
    try:
        accept_two_test_histories(coact, tmp_path)
    finally:
        coact.close()


def test_the_editors_publish_an_edition_with_the_keyboard(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    data_dir = tmp_path / "profile"
    _coact(tmp_path, data_dir)
    markdown = tmp_path / "new-voices.md"
    markdown.write_text(CHAPTER, "utf-8")
    key = tmp_path / "publishing.key"
    key.write_text(encrypt_secret_key(throwaway_keys["publishing-1"], "test passphrase", LIGHT))
    out = tmp_path / "to-send"
    out.mkdir()
    version = load_edition().version + 1
    shots = Path(os.environ.get("COACT_SHOTS", tmp_path))
    with real_window.xvfb() as display:
        window = real_window.Window(command, data_dir, display)
        window.start("")
        time.sleep(2)  # the library opens after the first paint
        window.key("alt+c")
        time.sleep(0.5)
        window.key("e")  # &Editions workspace…
        space = window.wait_for_window("Editions workspace")
        window.xdotool("windowfocus", "--sync", space)
        time.sleep(0.5)
        window.key("alt+g", "space", "Down", "space", "alt+u")  # tick both; Moth Circle up
        window.key("alt+m", "T")  # under Treatment Advocacy
        window.key("alt+h", "End", "Up")  # after the Conclusion…
        window.key("alt+a")  # …&Add a chapter from Markdown
        dialog = window.wait_for_window("Add a chapter")
        window.xdotool("windowfocus", "--sync", dialog)
        window.type(str(markdown))
        window.key("Return")
        time.sleep(1)
        window.xdotool("windowfocus", "--sync", space)
        window.key("alt+n")
        window.type(NOTES)
        time.sleep(1)  # past the plan's save
        window.screenshot(shots / "editions-workspace.png")
        plan = json.loads((data_dir / "edition-plan.json").read_text("utf-8"))
        assert plan["notes"] == NOTES

        window.key("alt+v")  # Pre&view as readers will see it
        preview = window.wait_for_window(f"Preview of edition {version}")
        time.sleep(1.5)
        window.screenshot(shots / "edition-preview.png")
        window.xdotool("windowfocus", "--sync", preview)
        window.key("Escape")
        time.sleep(0.5)

        window.xdotool("windowfocus", "--sync", space)
        window.key("alt+k", "ctrl+a")
        window.type(str(key))
        window.key("alt+s")
        window.type("test passphrase")
        window.key("alt+t", "ctrl+a")
        window.type(str(out))
        window.key("alt+p")  # &Publish…
        question = window.wait_for_window(f"Publish edition {version}?")
        window.xdotool("windowfocus", "--sync", question)
        window.key("alt+y")
        told = window.wait_for_window("Edition published", timeout=60)
        window.xdotool("windowfocus", "--sync", told)
        window.key("Return")
        time.sleep(0.5)
        assert window.quit() == 0

    pack = out / f"{LIBRARY}-{version}.coactpack"
    assert pack.is_file(), sorted(p.name for p in out.iterdir())
    reader = open_services(resolve_profile(tmp_path / "reader"))
    try:
        reader.editions.import_pack(pack)
        placed = [
            (c.group, c.model) for c in reader.library.chapters() if c.kind == "group-history"
        ]
        assert placed[0] == ("Moth Circle (test group)", "treatment-advocacy")
        assert placed[-1] == ("Lanternfolk (test group)", "")
        slugs = [c.slug for c in reader.library.chapters()]
        assert slugs.index("new-voices-test-text") == slugs.index("conclusion") + 1
        news = reader.library.whats_new(LIBRARY)
        assert news is not None
        assert news.notes == NOTES
        assert "new-voices-test-text" in {c.slug for c in news.added}
    finally:
        reader.close()
