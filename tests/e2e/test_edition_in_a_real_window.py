"""A reader imports a new edition in a real window, with keys sent from outside the process.

File › Import a file…, the path typed into the file dialog, Enter on the question: then the
database, read with plain sqlite3, must hold the new edition, and the window must still be there.
The edition is a TEST EDITION: Coact's bundled text unchanged, with a new number.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
import real_window  # registered by tests/e2e/conftest.py
from PIL import Image, ImageDraw

from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.history import PublicAttachment, history_from_json
from coact_desktop.core.exchange.pack_write import write_pack
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition
from coact_desktop.core.storage.file_store import FileStore

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
    # With a TEST PICTURE, as Coact would have received it: cleaned, named by its hash.
    media = tmp_path / "media"
    media.mkdir()
    out = io.BytesIO()
    picture = Image.new("RGB", (1200, 800), "teal")
    ImageDraw.Draw(picture).ellipse((400, 200, 800, 600), fill="orange")
    picture.save(out, "JPEG")
    sha = hashlib.sha256(out.getvalue()).hexdigest()
    (media / f"{sha}.jpg").write_bytes(out.getvalue())
    photo = PublicAttachment(sha, "jpg", "image/jpeg", "TEST PHOTO: the group's first meeting")
    history = replace(history, attachments=(photo,))
    notes = "TEST NOTES: the documented example's group history joins this TEST EDITION."
    write_pack(load_edition(folder), folder, [history], notes, key, target, media=FileStore(media))
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
        # After the group's sections comes its photo, with its caption.
        window.xdotool("windowfocus", "--sync", window.window_id)
        for _section in range(6):
            if window.title.startswith("Photos and files"):
                break
            before = window.title
            window.key("ctrl+Next")  # the next chapter
            deadline = time.monotonic() + 10
            while window.title == before and time.monotonic() < deadline:
                time.sleep(0.2)
        assert window.title.startswith("Photos and files"), window.title
        time.sleep(1)
        shot = window.screenshot(Path(os.environ.get("COACT_SHOTS", tmp_path)) / "photo-real.png")
        with Image.open(shot) as seen:  # the orange of the picture is on the screen
            colours = seen.convert("RGB").getcolors(1 << 20) or []
        assert any(r > 230 and 140 < g < 190 and b < 40 for _n, (r, g, b) in colours)
        assert window.quit() == 0
