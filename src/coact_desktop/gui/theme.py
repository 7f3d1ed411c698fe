"""Colours and fonts that follow the system palette, light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat

from coact_desktop.gui.fonts import FALLBACK_FAMILIES

READING_FAMILIES = ["Noto Serif", "DejaVu Serif", "Georgia", "Cambria", "Times New Roman", "serif"]
READING_POINT_SIZE = 13
ZOOM_STEPS = (-4, 12)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one (its base colour is dark)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def match_format(palette: QPalette, *, current: bool = False) -> QTextCharFormat:
    """Marks for search and find matches, readable in light and dark palettes."""
    fmt = QTextCharFormat()
    if is_dark(palette):
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
