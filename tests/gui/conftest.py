"""Fixtures that open the real main window on a throwaway profile."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coact_desktop.core.storage.paths import ProfilePaths, resolve_profile
from coact_desktop.gui.app import install_translation, open_window
from coact_desktop.gui.gui_thread_gc import GuiThreadCollector
from coact_desktop.gui.main_window import MainWindow

LOAD_TIMEOUT_MS = 60_000


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the program does: garbage (and the Qt objects in it) is collected on the GUI thread."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """As the program starts on an English system: English plural forms ("1 result")."""
    translators = install_translation(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _same_text_size(qapp: QApplication) -> Iterator[None]:
    """A test that zooms (Ctrl+, a remembered text size) leaves the next one the usual size."""
    font = QFont(qapp.font())
    yield
    qapp.setFont(font)


@pytest.fixture
def in_language(qapp: QApplication) -> Callable[[str], AbstractContextManager[None]]:
    """Run a block as the program runs in a language (`--lang`), then back to English."""

    @contextmanager
    def switched(code: str) -> Iterator[None]:
        english = [t for t in qapp.findChildren(QTranslator) if not t.isEmpty()]
        for translator in english:
            qapp.removeTranslator(translator)
        translators = install_translation(qapp, code)
        try:
            yield
        finally:
            for translator in translators:
                qapp.removeTranslator(translator)
            install_translation(qapp, "en")

    return switched


@pytest.fixture
def profile(tmp_path: Path) -> ProfilePaths:
    """An empty profile folder."""
    return resolve_profile(tmp_path / "profile")


def start_window(qtbot: QtBot, profile: ProfilePaths) -> MainWindow:
    """Open the window as the program does and wait until search is ready."""
    window = open_window(profile)
    qtbot.addWidget(window)
    window.resize(1100, 750)
    window.show()
    with qtbot.waitSignal(window.search_ready, timeout=LOAD_TIMEOUT_MS):
        window.start()
    return window


@pytest.fixture
def started(qtbot: QtBot) -> Callable[[ProfilePaths], MainWindow]:
    """Open and load windows on a profile, as many as a test needs."""
    return lambda profile: start_window(qtbot, profile)


@pytest.fixture
def window(qtbot: QtBot, profile: ProfilePaths) -> Iterator[MainWindow]:
    """A main window with the library loaded and search ready."""
    main = start_window(qtbot, profile)
    yield main
    main.close()
