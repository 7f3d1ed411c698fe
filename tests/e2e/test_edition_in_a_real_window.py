"""A reader imports a new edition in a real window, with keys sent from outside the process.

File › Import a file…, the path typed into the file dialog, Enter on the question: then the
database, read with plain sqlite3, must hold the new edition, and the window must still be there.
The edition is a TEST EDITION: Coact's bundled text unchanged, with a new number.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
import real_window  # registered by tests/e2e/conftest.py

from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.history import history_from_json
from coact_desktop.core.exchange.pack_write import write_pack
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition

pytestmark = pytest.mark.slow
EXAMPLE = Path(__file__).resolve().parents[2] / "docs/examples/bundle/coact-bundle"


def _pack(tmp_path: Path, key: SecretKey) -> tuple[Path, int]:
    folder = tmp_path / "test-edition"
    shutil.copytree(bundled_edition_dir(), folder)
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    version = meta["version"] + 1
    meta.update(version=version, title=f"{meta['title']} (TEST EDITION {version})")
    (folder / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    target = tmp_path / "new-edition.coactpack"
    history = history_from_json(json.loads((EXAMPLE / "data/history.json").read_text("utf-8")))
    notes = "TEST NOTES: the documented example's group history joins this TEST EDITION."
    write_pack(load_edition(folder), folder, [history], notes, key, target)
    return target, version


def _edition_in(database: Path) -> int | None:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "SELECT version FROM editions WHERE id = ?", (load_edition().id,)
        ).fetchone()
    return None if row is None else int(row[0])


def test_a_reader_imports_an_edition_with_the_keyboard(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey]
) -> None:
    pack, version = _pack(tmp_path, throwaway_keys["publishing-1"])
    data_dir = tmp_path / "profile"
    with real_window.xvfb() as display:
        window = real_window.Window(command, data_dir, display)
        window.start("Introduction")
        time.sleep(2)  # the library opens after the first paint
        assert _edition_in(data_dir / "coact.sqlite3") == version - 1
        window.key("alt+f")
        time.sleep(0.5)
        window.key("i")  # &Import a file…
        dialog = window.wait_for_window("Import a file")
        window.xdotool("windowfocus", "--sync", dialog)
        window.type(str(pack))
        window.key("Return")
        question = window.wait_for_window("Import this edition")
        window.screenshot(Path(os.environ.get("COACT_SHOTS", tmp_path)) / "question.png")
        window.xdotool("windowfocus", "--sync", question)
        window.key("Return")  # Import is the default button
        deadline = time.monotonic() + 30
        while _edition_in(data_dir / "coact.sqlite3") != version and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _edition_in(data_dir / "coact.sqlite3") == version
        # What's new opens by itself, beside the reader, with the group's chapters listed.
        news = window.wait_for_window("What's new in edition")
        time.sleep(1)
        window.screenshot(Path(os.environ.get("COACT_SHOTS", tmp_path)) / "whats-new.png")
        assert window.alive()
        assert window.title.startswith("Introduction")  # still reading where the reader was
        window.xdotool("windowfocus", "--sync", news)
        window.key("alt+o")  # &Open this chapter: the first one added
        deadline = time.monotonic() + 10
        while not window.title.startswith("How the group began") and time.monotonic() < deadline:
            time.sleep(0.2)
        assert window.title.startswith("How the group began"), window.title
        window.xdotool("windowfocus", "--sync", news)
        window.key("Escape")  # closes it; the reader stays
        time.sleep(0.5)
        assert not window.xdotool("search", "--onlyvisible", "--name", "What's new in edition")
        assert window.quit() == 0
