"""Kill the writer with SIGKILL at random moments: no save it reported as durable is ever lost."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coact_desktop.core.drafts.service import new_draft
from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 25


def last_saved_number(database: Path, draft_id: str) -> int:
    """The counter at the end of the saved draft's first section, read by plain sqlite3."""
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (content,) = conn.execute("SELECT content FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    conn.close()
    body = json.loads(content)["sections"][0]["body"]
    return int(body.split()[-1]) if body else 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_no_reported_save_is_lost_when_the_writer_is_killed(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    services = open_services(resolve_profile(profile))
    draft = new_draft()
    services.drafts.create(draft)
    services.close()
    database = resolve_profile(profile).database
    rng = random.Random(7)
    reported_total = 0
    for _ in range(KILLS):
        with subprocess.Popen(
            [sys.executable, str(WRITER), str(profile), draft.id],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        ) as child:
            assert child.stdout is not None
            # Wait for the first durable save, then let it run a random while before the kill.
            first = child.stdout.readline()
            assert first.startswith("durable"), first
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(child.pid, signal.SIGKILL)
            rest = child.stdout.read()
        reported = [int(line.split()[1]) for line in (first + rest).splitlines() if line]
        saved = last_saved_number(database, draft.id)
        # Every save reported before the kill is on disk (one more may have landed unreported).
        assert saved >= reported[-1], (saved, reported[-1])
        assert saved <= reported[-1] + 1
        reported_total += len(reported)
    assert reported_total > KILLS * 2  # it really was writing while it was killed
