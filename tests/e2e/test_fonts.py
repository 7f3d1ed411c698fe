"""On a system with no font for Georgian, Thai or Persian, the window still shows their text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Test text: a few words in each script (not Coact's history).
PROBE = r"""
import sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication

SAMPLES = {"ka": "ჩვენი ჯგუფი", "th": "องค์กรของผู้ใช้ยา", "fa": "گروه ما در تهران"}


def shown(font, text):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    # Glyph 0 is the font's "missing" box.
    return all(i != 0 for run in runs for i in run.glyphIndexes()), sorted(
        {run.rawFont().familyName() for run in runs}
    )


app = QApplication(sys.argv[:1])
before = {k: shown(app.font(), t)[0] for k, t in SAMPLES.items()}
from coact_desktop.gui.app import make_application
from coact_desktop.gui.theme import reading_font

make_application(None)
for name, font in (("window", app.font()), ("reading", reading_font(0))):
    for key, text in SAMPLES.items():
        ok, families = shown(font, text)
        print(name, key, ok, "|".join(families))
print("before", " ".join(f"{k}={v}" for k, v in before.items()))
"""


def test_georgian_thai_and_persian_show_without_system_fonts_for_them(tmp_path: Path) -> None:
    # A fontconfig that knows only DejaVu: no Thai at all, as on many minimal systems.
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp_path}/cache</cachedir>"
        "</fontconfig>",
        encoding="utf-8",
    )
    env = {"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    before = lines[-1]
    # Without our fonts, Thai is boxes here: the test would see it.
    assert "th=False" in before, before
    for line in lines[:-1]:
        _, _script, ok, _ = line.split(" ", 3)
        assert ok == "True", line
    thai = [line for line in lines if " th " in line]
    assert all("Noto Sans Thai" in line for line in thai), thai
