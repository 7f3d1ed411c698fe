"""Which of our translations a language gets: its own, else English with English plurals."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTranslator

from coact_desktop.core.storage.paths import RESOURCES

FOLDER = RESOURCES / "i18n"


def our_translator(locale: QLocale, parent: QObject | None = None) -> QTranslator | None:
    """coact_desktop_<language>.qm for the locale, else English's plural forms; None if neither
    is built (a source checkout before tools/build_translations.py)."""
    translator = QTranslator(parent)
    if translator.load(locale, "coact_desktop", "_", str(FOLDER)):
        return translator
    # A language we do not have reads English, with English plurals ("1 result").
    if translator.load("coact_desktop_en", str(FOLDER)):
        return translator
    return None
