"""Nothing heavy on the way to the first paint: the window's modules import no database, search
engine or crypto library until the profile is opened off the GUI thread.

A module-level import in one small GUI module once put SQLAlchemy there and made the start 5x
a bare window's instead of under 2x (benchmarks/startup.py found it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "alembic", "whoosh", "cryptography", "pyrage", "PIL", "pypdf")


def test_the_window_s_modules_import_nothing_heavy() -> None:
    probe = (
        "import sys\n"
        "import coact_desktop.gui.app, coact_desktop.gui.main_window, coact_desktop.cli\n"
        "coact_desktop.cli._window_only(['--data-dir', 'x'])\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))\n"
        # The last-read chapter's classes only: dto.py's other dozen cost 8 ms to define; the
        # html module's table of named characters 2 ms (gui/markup.py escapes without it); an
        # ArgumentParser imports locale (2.5 ms), the commands' output.py json; and a frozen
        # dataclass costs 0.7 ms to define (the first paint's records are named tuples).
        "later = ('coact_desktop.core.dto', 'html', 'locale', 'json', 'dataclasses')\n"
        "print(*(m in sys.modules for m in later))\n"
        # The very first start reads the bundled edition, without dto.py or dataclasses either.
        "import coact_desktop.core.library.edition\n"
        "print(*(m in sys.modules for m in ('coact_desktop.core.dto', 'dataclasses')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", *["False"] * 5, "False", "False"]


# Qt classes that only a dialog, a photo, a stick, an extra font or finding in the page needs.
# PySide builds a class, with every enum in it, when it is first named (0.3-3 ms each on the
# reference machine), so the window's modules reach them through their module
# (QtWidgets.QMessageBox) when they are used; the find bar is built on first use, and the index
# build's Cancel button (a push button's constructor builds QIcon) at the first build, and the
# menus' actions and shortcuts just after the paint (WindowMenus.fill). The Qt
# namespace too: its 94 enums cost 27 ms, and a bare window never builds it (first_paint_qt.py).
LATER = {
    "QtCore": ("QBuffer", "QStorageInfo", "Qt"),
    "QtGui": (
        "QAction",
        "QActionGroup",
        "QFontDatabase",
        "QIcon",
        "QImage",
        "QImageReader",
        "QKeyEvent",
        "QKeySequence",
        "QShortcut",
        "QTextCharFormat",
    ),
    "QtWidgets": (
        "QDialog",
        "QFileDialog",
        "QInputDialog",
        "QMessageBox",
        "QProgressBar",
        "QProgressDialog",
        "QPushButton",
    ),
}


def test_the_first_paint_builds_no_qt_class_that_only_later_work_needs(tmp_path: Path) -> None:
    probe = f"""
import sys
from PySide6 import QtCore, QtGui, QtWidgets
from coact_desktop.gui import app as gui_app
application = gui_app.make_application(None, whole=False)
paths = gui_app.resolve_profile({str(tmp_path / "profile")!r})
settings = QtCore.QSettings(str(paths.settings), QtCore.QSettings.Format.IniFormat)
first = gui_app.read_first_paint(paths.database, "")
window = gui_app.MainWindow(paths, settings, first)
gui_app.fonts_for_first_paint(application, window)
window.show()
application.processEvents()
window.repaint()
modules = {{"QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets}}
later = {LATER!r}
print(sorted(n for m, names in later.items() for n in names if n in vars(modules[m])))
print("coact_desktop.gui.find_bar" in sys.modules)
"""
    # In English: a Georgian, Thai or Persian system language registers fonts before the paint.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=60,
        env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "False"]
