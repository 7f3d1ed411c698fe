"""Colours and fonts that follow the system palette, light or dark."""

from __future__ import annotations

from PySide6 import QtCore, QtGui
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from coact_desktop.gui.fonts import FALLBACK_FAMILIES

READING_FAMILIES = ["Noto Serif", "DejaVu Serif", "Georgia", "Cambria", "Times New Roman", "serif"]
READING_POINT_SIZE = 13
ZOOM_STEPS = (-4, 12)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one (its base colour is dark)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def high_contrast() -> bool:
    """Whether the system asks for high contrast (GNOME's, KDE's or Windows' setting)."""
    hints = QGuiApplication.styleHints()  # kept: its accessibility object is its child
    wanted = hints.accessibility().contrastPreference()
    return bool(wanted == QtCore.Qt.ContrastPreference.HighContrast)


def tinted(style_sheet: str) -> str:
    """A style sheet of our own colours, or none when high contrast asks for the system's."""
    return "" if high_contrast() else style_sheet


def match_format(palette: QPalette, *, current: bool = False) -> QtGui.QTextCharFormat:
    """Marks for search and find matches, readable in light, dark and high-contrast palettes."""
    fmt = QtGui.QTextCharFormat()
    if high_contrast():
        # The system's own selection colours, which it chose to stand out; the current match
        # underlined as well.
        fmt.setBackground(palette.color(QPalette.ColorRole.Highlight))
        fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        fmt.setFontUnderline(current)
    elif is_dark(palette):
        fmt.setBackground(QColor("#b8860b" if current else "#6b5a1e"))
        fmt.setForeground(QColor("#ffffff"))
    else:
        fmt.setBackground(QColor("#ff9632" if current else "#fff1a8"))
        fmt.setForeground(QColor("#000000"))
    return fmt


def reading_font(zoom: int) -> QFont:
    """The serif reading font at a zoom step."""
    font = QFont()
    # Georgian, Thai and Persian from our own fonts where the system has none for them.
    font.setFamilies([*READING_FAMILIES, *FALLBACK_FAMILIES])
    font.setPointSize(max(6, READING_POINT_SIZE + zoom))
    return font
