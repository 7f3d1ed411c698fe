"""Nothing heavy on the way to the first paint: the window's modules import no database, search
engine or crypto library until the profile is opened off the GUI thread.

A module-level import in one small GUI module once put SQLAlchemy there and made the start 5x
a bare window's instead of under 2x (benchmarks/startup.py found it).
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "whoosh", "cryptography", "pyrage", "PIL", "pypdf")


def test_the_window_s_modules_import_nothing_heavy() -> None:
    probe = (
        "import sys\n"
        "import coact_desktop.gui.app, coact_desktop.gui.main_window, coact_desktop.cli\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
