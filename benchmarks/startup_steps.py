"""Where the start goes: each step to the first chapter, beside a bare window's same steps.

Run from the repository root: .venv/bin/python benchmarks/startup_steps.py [--runs 10]

Each run is a fresh process on a profile prepared beforehand (edition loaded, a chapter last
read), timed by the process itself at each step; "python" is the interpreter's own start (the
parent's wall clock to the child's first line, less nothing else). The median of the runs is
printed per step, with the bare PySide6 window's steps measured in the same runs. startup.py is
the whole-start figure against the budget; this script says what to cut.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OURS = r"""
import json, os, sys, time
t = [time.perf_counter()]
marks = ["python"]
def mark(name):
    t.append(time.perf_counter()); marks.append(name)
from PySide6.QtWidgets import QApplication
mark("import Qt")
from coact_desktop.gui import app as gui_app
mark("import our GUI")
app = gui_app.make_application(None, whole=False)
mark("application (translation)")
paths = gui_app.resolve_profile(sys.argv[1])
lock = gui_app.window_lock(paths)
mark("profile and lock")
from coact_desktop.core.library.first_paint import read_first_paint
from PySide6.QtCore import QSettings
settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
first = read_first_paint(paths.database, settings.value("reader/chapter", ""))
mark("first chapter read")
from coact_desktop.gui.main_window import MainWindow
mark("import the window")
window = MainWindow(paths, settings, first)
gui_app.fonts_for_first_paint(app, window)
mark("window built")
window.show()
app.processEvents()
window.repaint()
mark("shown and painted")
steps = [[m, t[i + 1] - t[i]] for i, m in enumerate(marks[1:])]
print("steps", json.dumps(steps), t[0], flush=True)
window.close(); lock.release()
"""

BARE = r"""
import json, time
t = [time.perf_counter()]
marks = ["python"]
def mark(name):
    t.append(time.perf_counter()); marks.append(name)
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
mark("import Qt")
app = QApplication([])
mark("application (translation)")
window = QMainWindow()
window.setCentralWidget(QLabel("A bare window"))
mark("window built")
window.show()
app.processEvents()
window.repaint()
mark("shown and painted")
steps = [[m, t[i + 1] - t[i]] for i, m in enumerate(marks[1:])]
print("steps", json.dumps(steps), t[0], flush=True)
"""
STEPS = (
    "python",
    "import Qt",
    "import our GUI",
    "application (translation)",
    "profile and lock",
    "first chapter read",
    "import the window",
    "window built",
    "shown and painted",
)


def run(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds per step of one fresh process."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("steps ")), None)
    if result.returncode != 0 or line is None:
        sys.exit(f"a run failed:\n{result.stdout}\n{result.stderr}")
    _, rest = line.split(" ", 1)
    steps, child_start = rest.rsplit(" ", 1)
    # perf_counter is CLOCK_MONOTONIC on Linux: the child's first reading is on the parent's clock.
    out = {"python": (float(child_start) - started) * 1000}
    out.update({name: seconds * 1000 for name, seconds in json.loads(steps)})
    return out


def main() -> int:
    """Prepare a profile, run both scripts in turn, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    kept = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env = {**kept, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = str(ROOT / "src")
    with tempfile.TemporaryDirectory(prefix="coact-steps-") as tmp:
        profile = str(Path(tmp) / "profile")
        prepare = [
            sys.executable,
            "-m",
            "coact_desktop",
            "library",
            "chapters",
            "--data-dir",
            profile,
        ]
        subprocess.run(prepare, capture_output=True, check=True, env=env)
        ours: list[dict[str, float]] = []
        bare: list[dict[str, float]] = []
        run(OURS, [profile], env)  # warm the file cache and the bytecode
        run(BARE, [], env)
        for _ in range(args.runs):
            ours.append(run(OURS, [profile], env))
            bare.append(run(BARE, [], env))
    print(f"start-up by step, median of {args.runs} runs (ms)")
    print(f"{'step':34s} {'ours':>8s} {'bare':>8s}")
    for step in STEPS:
        mine = statistics.median(r.get(step, 0.0) for r in ours)
        theirs = statistics.median(r.get(step, 0.0) for r in bare)
        print(f"{step:34s} {mine:8.1f} {theirs:8.1f}")
    total_ours = statistics.median(sum(r.values()) for r in ours)
    total_bare = statistics.median(sum(r.values()) for r in bare)
    print(f"{'total':34s} {total_ours:8.1f} {total_bare:8.1f}  ({total_ours / total_bare:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
