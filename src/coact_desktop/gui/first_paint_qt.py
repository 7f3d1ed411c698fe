"""Qt settings on the way to the first paint, made without naming Qt's namespace.

PySide builds the ``Qt`` namespace, all 94 of its enums, the first time anything names it, or
calls a function one of whose overloads takes one of them: 27 ms on the reference machine, a
sixth of a bare window's whole start (benchmarks/startup_steps.py). A bare window never builds
it, so the window's modules reach it as ``QtCore.Qt`` when used, and the few settings the
first paint needs are made here by name or by number instead. tests/gui/test_start_path.py
holds that the first paint builds no ``Qt``, and tests/gui/test_first_paint_qt.py that these
equal what they stand for.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: the first role free for the program's own data

# Scripts written left to right (QLocale.textDirection() says so for each, the test checks):
# a window in one of these languages needs no word with Qt about its direction.
LEFT_TO_RIGHT_SCRIPTS = frozenset(
    {
        QLocale.Script.LatinScript,
        QLocale.Script.CyrillicScript,
        QLocale.Script.GeorgianScript,
        QLocale.Script.ThaiScript,
        QLocale.Script.GreekScript,
        QLocale.Script.ArmenianScript,
        QLocale.Script.DevanagariScript,
        QLocale.Script.BengaliScript,
        QLocale.Script.KhmerScript,
        QLocale.Script.LaoScript,
        QLocale.Script.MyanmarScript,
        QLocale.Script.SimplifiedHanScript,
        QLocale.Script.TraditionalHanScript,
        QLocale.Script.JapaneseScript,
        QLocale.Script.KoreanScript,
    }
)


def show_plain_text(label: QLabel) -> None:
    """Show the label's text as typed, never as markup (it may quote a file or a path)."""
    # By name, through Qt's property system: setTextFormat(Qt.TextFormat.PlainText) names Qt.
    if not label.setProperty("textFormat", "PlainText"):
        raise AssertionError("QLabel has no textFormat property")


def surely_left_to_right(locale: QLocale) -> bool:
    """True when the locale's script is written left to right, or it is the C locale (English)."""
    return locale.script() in LEFT_TO_RIGHT_SCRIPTS or locale.language() == QLocale.Language.C
