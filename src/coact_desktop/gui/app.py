"""Start the GUI: show the window first, open the library after (off the GUI thread)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from coact_desktop.core.errors import KnownError
from coact_desktop.core.library.first_paint import read_first_paint
from coact_desktop.core.storage.lock import WINDOW_LOCK_FILE, ProfileLock
from coact_desktop.core.storage.paths import RESOURCES, ProfilePaths, resolve_profile
from coact_desktop.gui.errors import show_error
from coact_desktop.gui.first_paint_qt import surely_left_to_right
from coact_desktop.gui.fonts import install_fallback_fonts, needs_fallback
from coact_desktop.gui.gui_thread_gc import GuiThreadCollector
from coact_desktop.gui.main_window import MainWindow
from coact_desktop.gui.paint_watch import AfterFirstPaint
from coact_desktop.words.language import our_translator


def make_application(lang: str | None = None, *, whole: bool = True) -> QApplication:
    """The QApplication, with our names and the translation for the language, if we have one.

    With ``whole=False`` only what a first paint needs: finish_application does the rest.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Coact Desktop")
    app.setOrganizationName("Coact")
    app.setApplicationDisplayName("Coact Desktop")
    # Ties the window to resources/coact-desktop.desktop, so docks show its name and icon.
    app.setDesktopFileName("coact-desktop")
    install_translation(app, lang)
    GuiThreadCollector.install_once(app)  # Qt objects are destroyed on the GUI thread only
    if whole:
        finish_application(app)
    return app


def finish_application(app: QApplication) -> None:
    """The icon and the fallback fonts (if not yet there): what a first paint can do without."""
    app.setWindowIcon(app_icon())
    install_fallback_fonts(app)


def fonts_for_first_paint(app: QApplication, window: MainWindow) -> None:
    """The fallback fonts now, if the window's first look has Georgian, Thai or Persian."""
    if needs_fallback(window.first_paint_text()):
        install_fallback_fonts(app)


def app_icon() -> QtGui.QIcon:
    """The program's icon at every size we ship (PNG: no SVG plug-in needed to show it)."""
    icon = QtGui.QIcon()
    for png in sorted((RESOURCES / "icons").glob("coact-desktop-*.png")):
        icon.addFile(str(png))
    return icon


def install_translation(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Qt's own translation for the language and ours (built at package time), where they exist."""
    locale = QLocale(lang) if lang else QLocale.system()
    # The window's language for everything that asks (new drafts, numbers, dates).
    QLocale.setDefault(locale)
    # Persian (and any right-to-left language) mirrors the whole window, not only its text.
    # Asked only when the script may be right to left, or the window is mirrored: the answer
    # is a Qt.LayoutDirection, and naming one builds Qt's namespace (first_paint_qt.py).
    if app.isRightToLeft() or not surely_left_to_right(locale):
        app.setLayoutDirection(locale.textDirection())
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    # Qt's own strings too: the buttons of message boxes, the menus of text fields. Qt ships
    # Portuguese only as Brazil's: better that than English for Portugal or Mozambique.
    qt = QTranslator(app)
    fallback = "qtbase_pt_BR" if locale.language() == QLocale.Language.Portuguese else ""
    if qt.load(locale, "qtbase", "_", qt_folder) or (fallback and qt.load(fallback, qt_folder)):
        installed.append(qt)
    ours = our_translator(locale, app)
    if ours is not None:
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def open_window(paths: ProfilePaths, settings_file: Path | None = None) -> MainWindow:
    """Create the window with the last-read chapter already in it, when the profile has one."""
    paths.ensure()
    settings = QSettings(str(settings_file or paths.settings), QSettings.Format.IniFormat)
    last_chapter = settings.value("reader/chapter", "")
    first_paint = read_first_paint(
        paths.database, last_chapter if isinstance(last_chapter, str) else None
    )
    return MainWindow(paths, settings, first_paint)


class AlreadyOpen(KnownError):
    """Another window has this profile open."""

    code = "already_open"


def window_lock(paths: ProfilePaths) -> ProfileLock | None:
    """The profile's one-window lock, or None when another window has the profile open."""
    paths.ensure()
    lock = ProfileLock(paths.data_dir, exclusive=True, name=WINDOW_LOCK_FILE)
    return lock if lock.acquire() else None


def _chosen_language(data_dir: str | None) -> str | None:
    """The language the profile's View › Language names, if any (a bad profile: none)."""
    from coact_desktop.gui.language_menu import stored_language

    try:
        return stored_language(resolve_profile(data_dir).settings)
    except KnownError:
        return None  # the profile's problem is reported once the window can say it


def run_gui(data_dir: str | None, lang: str | None = None, debug: bool = False) -> int:
    """Run the program until its window closes; the exit status."""
    started = time.perf_counter()
    # --lang wins; else the language chosen in View › Language; else the system's.
    app = make_application(lang or _chosen_language(data_dir), whole=False)
    title = QCoreApplication.translate("app", "Coact Desktop cannot start")
    try:
        paths = resolve_profile(data_dir)
        # Two windows on one profile would overwrite each other's autosaves: one at a time.
        lock = window_lock(paths)
        if lock is None:
            finish_application(app)
            show_error(
                None,
                title,
                AlreadyOpen(
                    QCoreApplication.translate(
                        "app",
                        "Coact Desktop is already open with this profile. Use the window that "
                        "is open (two windows could overwrite each other's writing).",
                    ),
                ),
            )
            return 1
        window = open_window(paths)
    except KnownError as error:
        finish_application(app)
        show_error(None, title, error)
        return 1
    fonts_for_first_paint(app, window)
    window.show()
    if os.environ.get("COACT_DESKTOP_EXIT_AFTER_FIRST_PAINT"):
        # For benchmarks/startup.py: report when the first chapter has been painted, then quit.
        def report() -> None:
            window.repaint()  # the whole window, as the bare window the benchmark compares
            shown = window.reader.chapter.info.slug if window.reader.chapter else "-"
            print(f"first-paint {time.perf_counter() - started:.4f} {shown}", flush=True)
            window.close()

        QTimer.singleShot(0, report)
        status = app.exec()
        lock.release()
        return status

    def first_painted() -> None:
        finish_application(app)
        window.start(debug)

    AfterFirstPaint(window, first_painted)
    try:
        return app.exec()
    finally:
        lock.release()
