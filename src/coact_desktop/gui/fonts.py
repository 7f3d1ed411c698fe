"""A fallback chain for scripts a system may have no font for: Georgian, Thai, Persian."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from coact_desktop.core.storage.paths import RESOURCES

FOLDER = RESOURCES / "fonts"
# The families of the bundled files, for font lists made before or without the app's font.
FALLBACK_FAMILIES = ("Noto Sans Georgian", "Noto Sans Thai", "Noto Naskh Arabic")


def install_fallback_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and put them last in the application font's families.

    Registering six small files costs about a millisecond; asking the font database which
    scripts the system covers would cost ten or more before the first paint, so we do not ask:
    a system font that has the script is still tried first.
    """
    families: list[str] = []
    for path in sorted(FOLDER.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    font = QFont(app.font())
    font.setFamilies([*font.families(), *(f for f in families if f not in font.families())])
    app.setFont(font)
    return families
