"""A SIGKILL at any moment of protecting a profile leaves the plain or the encrypted one, whole.

The draft's words are test text, not Coact's.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coact_desktop.core.drafts.attachments import attach
from coact_desktop.core.drafts.model import Draft, Section
from coact_desktop.core.services import open_services
from coact_desktop.core.storage.paths import resolve_profile

WRITER = Path(__file__).with_name("protect_writer.py")
PASSPHRASE = "throwaway passphrase"
WORDS = "Vellinbrook test words that must survive every kill"
MINUTES = "TEST TEXT: minutes of the Orrinfold meeting, attached to the draft.\n"
KILLS = 10


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_anywhere_in_protecting_leaves_one_whole_profile(tmp_path: Path) -> None:
    template = tmp_path / "template"
    services = open_services(resolve_profile(template))
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, "utf-8")
    attached = attach(minutes, services.files, "TEST minutes").attachment
    services.drafts.create(
        Draft(id="kept", sections=(Section("Beginnings", WORDS),), attachments=(attached,))
    )
    services.close()
    seen = {"plain": 0, "encrypted": 0}
    rng = random.Random(13)
    for attempt in range(KILLS):
        profile = tmp_path / f"profile-{attempt}"
        shutil.copytree(template, profile)
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(profile), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "open"
        # Across the whole of it: sealing the key (about half a second), copying, scrubbing.
        time.sleep(rng.uniform(0.0, 1.2))
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
        writer.stdout.close()
        again = open_services(resolve_profile(profile))
        try:
            if again.encrypted:
                seen["encrypted"] += 1
                assert again.locked
                assert WORDS.encode() not in every_byte(profile)
                again.unlock(PASSPHRASE)
                # A kill before the files were sealed: the unlock seals them.
                assert b"Orrinfold" not in every_byte(profile)
            else:
                seen["plain"] += 1
                assert not list(profile.glob("private.sqlcipher*"))
                assert not (profile / "data-key.json").exists()
            assert again.drafts.get("kept").sections[0].body == WORDS
            assert again.files.read(attached.file_name).decode() == MINUTES
        finally:
            again.close()
    # The kills landed on both sides of the moment the profile becomes encrypted.
    assert seen["plain"], seen
    assert seen["encrypted"], seen
