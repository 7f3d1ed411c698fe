"""The command line in the reader's language: --lang, else the environment's (LANGUAGE, LANG).

Messages go through Qt's translate with our .qm files, as the window's do; that needs a
QCoreApplication (no window, no display). JSON output and exit statuses never change.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale

from coact_desktop.words.language import our_translator

# lupdate finds literal translate("Cli", "text") calls, so no wrapper function.
translate = QCoreApplication.translate


def speak(lang: str | None) -> None:
    """Install the translation for --lang (or the environment's language) for what follows."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    locale = QLocale(lang) if lang else QLocale.system()
    translator = our_translator(locale, app)
    if translator is not None:
        app.installTranslator(translator)
