"""View › Language: each language in its own words, the system's by default, kept per profile."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.gui.app import _chosen_language
from coact_desktop.gui.language_menu import SETTING, own_name, shipped_languages, stored_language
from coact_desktop.gui.main_window import MainWindow


def _opened(window: MainWindow) -> list[QAction]:
    menu = window.menus.language._menu
    menu.aboutToShow.emit()  # as when the person opens it
    return list(menu.actions())


def test_each_language_is_named_in_its_own_words_and_the_system_is_followed_at_first(
    window: MainWindow,
) -> None:
    actions = _opened(window)
    names = [a.text() for a in actions[1:]]
    assert names == [own_name(code) for code in shipped_languages()]
    assert names[0] == "English"
    assert "Русский" in names
    assert actions[0].text() == "Follow the &system"
    assert [a.text() for a in actions if a.isChecked()] == ["Follow the &system"]
    assert len(_opened(window)) == len(actions)  # opened again: not filled twice


def test_a_chosen_language_is_kept_for_the_next_start_and_nothing_is_rebuilt_now(
    qtbot: QtBot, window: MainWindow, profile: ProfilePaths
) -> None:
    chapter = window.reader.chapter
    window.reader.browser.setFocus()
    russian = next(a for a in _opened(window) if a.data() == "ru")
    russian.trigger()
    notice = window.menus.language.notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert "Русский" in notice.text()
    assert "next time it starts" in notice.text()
    assert "stays as it is" in notice.text()
    notice.accept()
    assert window.reader.chapter is chapter  # the window was not rebuilt
    assert stored_language(profile.settings) == "ru"
    assert _chosen_language(str(profile.data_dir)) == "ru"

    next(a for a in _opened(window) if a.data() == "").trigger()
    assert window.menus.language.notice is not None
    window.menus.language.notice.accept()
    assert QSettings(str(profile.settings), QSettings.Format.IniFormat).value(SETTING) is None
    assert _chosen_language(str(profile.data_dir)) is None


def test_a_language_the_program_does_not_have_is_ignored(profile: ProfilePaths) -> None:
    profile.ensure()
    settings = QSettings(str(profile.settings), QSettings.Format.IniFormat)
    settings.setValue(SETTING, "xx")  # a hand-edited settings file, or a language since removed
    settings.sync()
    assert stored_language(profile.settings) is None
