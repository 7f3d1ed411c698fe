"""Start-to-first-chapter time, as a ratio to a bare PySide6 window measured in the same run.

Budget (DESIGN.md): at most 2x the bare window. Run: .venv/bin/python benchmarks/startup.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_RATIO = 2.0
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("A bare window"))
window.show()
def shown():
    window.repaint()
    print("first-paint", flush=True)
    window.close()
QTimer.singleShot(0, shown)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds from spawning the process until it reports its first paint."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or "first-paint" not in done.stdout:
        sys.exit(f"{command[:3]} failed:\n{done.stdout}\n{done.stderr}")
    return elapsed


def main() -> int:
    """Measure both alternately (so machine noise hits both alike) and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COACT_DESKTOP_EXIT_AFTER_FIRST_PAINT": "1",
    }
    with tempfile.TemporaryDirectory() as tmp:
        profile = str(Path(tmp) / "profile")
        ours = [sys.executable, "-m", "coact_desktop", "--data-dir", profile]
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
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed(bare, env), timed(ours, env)  # warm the file cache for both
        bare_times, our_times, first_times = [], [], []
        for run in range(args.runs):
            bare_times.append(timed(bare, env))
            our_times.append(timed(ours, env))
            # The very first start: no profile yet, the chapter comes from the bundled edition.
            fresh = [sys.executable, "-m", "coact_desktop", "--data-dir", f"{tmp}/fresh-{run}"]
            first_times.append(timed(fresh, env))
    rows = [
        ("bare PySide6 window", bare_times),
        ("Coact Desktop, last-read chapter", our_times),
        ("Coact Desktop, very first start", first_times),
    ]
    print(f"startup, {args.runs} runs each, offscreen, warm profile and file cache")
    print(f"{'what':<34}{'median ms':>12}{'p90 ms':>10}")
    for name, times in rows:
        p90 = statistics.quantiles(times, n=10)[-1]
        print(f"{name:<34}{statistics.median(times) * 1000:>12.1f}{p90 * 1000:>10.1f}")
    for name, times in rows[1:]:
        ratio = statistics.median(times) / statistics.median(bare_times)
        verdict = "PASS" if ratio <= BUDGET_RATIO else "OVER"
        print(f"{'ratio, ' + name[15:]:<34}{ratio:>12.2f}x  {verdict} (budget <= 2.0x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
