"""An edition import (full or delta) killed at any moment leaves the old edition or the new.

``coact-desktop editions import`` runs as a subprocess and is killed with SIGKILL at a random
moment; the database is then read with plain sqlite3. The edition is a TEST EDITION: Coact's text
unchanged with a new number, so a whole edition always has the same chapters and passages.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from coact_desktop.core.exchange.editions import shipped_state
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.pack_write import write_pack
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition

pytestmark = pytest.mark.slow
ROUNDS = 10


def _state(database: Path) -> tuple[int, int, int]:
    """The library edition's version, and how many chapters and passages it has."""
    edition_id = load_edition().id
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        (version,) = conn.execute(
            "SELECT version FROM editions WHERE id = ?", (edition_id,)
        ).fetchone()
        (chapters,) = conn.execute(
            "SELECT count(*) FROM chapters WHERE edition_id = ?", (edition_id,)
        ).fetchone()
        (passages,) = conn.execute(
            "SELECT count(*) FROM passages JOIN chapters ON passages.chapter_id = chapters.id "
            "WHERE chapters.edition_id = ?",
            (edition_id,),
        ).fetchone()
    return int(version), int(chapters), int(passages)


@pytest.mark.parametrize("kind", ["full", "delta"])
def test_a_killed_import_leaves_one_whole_edition(
    command: str, tmp_path: Path, throwaway_keys: dict[str, SecretKey], kind: str
) -> None:
    """A full pack, and a delta on the shipped edition (the reader's own copy is its base)."""
    seed = int(os.environ.get("COACT_KILL_SEED", random.randrange(10**6)))
    chance = random.Random(seed)
    folder = tmp_path / "test-edition"
    shutil.copytree(bundled_edition_dir(), folder)
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    old = meta["version"]
    meta.update(version=old + 1, title=f"{meta['title']} (TEST EDITION {old + 1})")
    (folder / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    pack = tmp_path / "edition.coactpack"
    base = shipped_state() if kind == "delta" else None
    written = write_pack(
        load_edition(folder), folder, [], "", throwaway_keys["publishing-1"], pack, base=base
    )
    assert written.statement.kind == kind
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    template = tmp_path / "template"
    subprocess.run(
        [command, "library", "chapters", "--data-dir", str(template)],
        env=env,
        capture_output=True,
        check=True,
        timeout=120,
    )
    whole = _state(template / "coact.sqlite3")
    # How long a whole import takes here: the kills fall inside that time.
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    started = time.monotonic()
    subprocess.run(
        [command, "editions", "import", str(pack), "--data-dir", str(probe)],
        env=env,
        capture_output=True,
        check=True,
        timeout=120,
    )
    duration = time.monotonic() - started
    outcomes = []
    for round_number in range(ROUNDS):
        profile = tmp_path / f"round-{round_number}"
        shutil.copytree(template, profile)
        process = subprocess.Popen(
            [command, "editions", "import", str(pack), "--data-dir", str(profile)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # One kill in each tenth of the second half of the run (at random within it): the
        # program's start-up fills the first half, where a kill would prove nothing.
        time.sleep((0.5 + 0.5 * (round_number + chance.random()) / ROUNDS) * duration)
        finished = process.poll() is not None
        if not finished:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
        version, chapters, passages = _state(profile / "coact.sqlite3")
        assert version in (old, old + 1), f"seed {seed}"
        assert (chapters, passages) == whole[1:], f"seed {seed}: a mixed library"
        outcomes.append("finished" if finished else f"killed at edition {version}")
        if finished:
            # The machine got quicker than when the probe ran (another job ended): aim earlier.
            duration *= 0.8
        # The next run finishes the job (or finds it done): the profile still opens and imports.
        again = subprocess.run(
            [command, "editions", "import", str(pack), "--data-dir", str(profile), "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert json.loads(again.stdout)["ok"] or "already_have" in again.stdout, again.stderr
        assert _state(profile / "coact.sqlite3") == (old + 1, *whole[1:])
    print(f"seed {seed}, an import takes {duration:.2f} s: {outcomes}")
    assert sum(o.startswith("killed") for o in outcomes) >= ROUNDS // 2, outcomes
