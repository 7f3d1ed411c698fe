"""A fallback chain for scripts a system may have no font for: Georgian, Thai, Persian."""

from __future__ import annotations

import re

from PySide6 import QtGui
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from coact_desktop.core.storage.paths import RESOURCES

FOLDER = RESOURCES / "fonts"
# The families of the bundled files, for font lists made before or without the app's font.
FALLBACK_FAMILIES = ("Noto Sans Georgian", "Noto Sans Thai", "Noto Naskh Arabic")
# The letters those files are for: Arabic script (Persian), Thai, Georgian (all three blocks).
_THEIR_SCRIPTS = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
    "\u0e00-\u0e7f\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]"
)
INSTALLED = "coactFallbackFonts"  # a property of the application, once they are registered


def needs_fallback(text: str) -> bool:
    """Whether the text has letters of a script the bundled fonts are there for."""
    return _THEIR_SCRIPTS.search(text) is not None


def install_fallback_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts (once) and put them last in the application font's families;
    the families registered by this call.

    Registering the six files costs 5 to 8 ms, so a window whose first paint has none of their
    letters registers them just after it; asking the font database which scripts the system
    covers would cost more, so we do not ask: a system font that has the script is still tried
    first.
    """
    if app.property(INSTALLED):
        return []  # registered before: nothing new
    families: list[str] = []
    for path in sorted(FOLDER.glob("*.ttf")):
        font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
        for family in QtGui.QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    font = QFont(app.font())
    font.setFamilies([*font.families(), *(f for f in families if f not in font.families())])
    app.setFont(font)
    app.setProperty(INSTALLED, True)
    return families
