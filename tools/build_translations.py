"""Compile translations/*.ts into resources/i18n/*.qm (run at install and package time)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
SOURCE = TOP / "translations"
TARGET = TOP / "resources" / "i18n"


def lrelease() -> str:
    """The pyside6-lrelease next to this Python, or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        sys.exit("pyside6-lrelease not found: install PySide6-Essentials first.")
    return found


def main() -> int:
    """Build every .ts file; exit non-zero if one fails."""
    TARGET.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    for ts in sorted(SOURCE.glob("*.ts")):
        qm = TARGET / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
