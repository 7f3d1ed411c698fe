"""View › Language: the window's language, the system's by default, remembered per profile."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QLocale, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from coact_desktop.core.storage.paths import RESOURCES

SETTING = "ui/language"  # a language code, or absent: follow the system


def shipped_languages(folder: Path = RESOURCES / "i18n") -> list[str]:
    """English and every language the program has a translation for, as codes."""
    codes = {p.stem.removeprefix("coact_desktop_") for p in folder.glob("*.qm")} - {"en"}
    return ["en", *sorted(codes)]  # coact_desktop_en.qm holds only English's plural forms


# Where Qt's own name is a country's variant ("American English", "español de España") or
# not what speakers call the language in a list of languages.
OWN_NAMES = {"en": "English", "es": "Español", "id": "Bahasa Indonesia"}


def own_name(code: str) -> str:
    """A language's name in that language ("Русский"): how a reader finds their own."""
    name = OWN_NAMES.get(code) or QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def stored_language(settings_file: Path) -> str | None:
    """The language chosen in this profile, or None to follow the system."""
    value = QSettings(str(settings_file), QSettings.Format.IniFormat).value(SETTING, "")
    return value if isinstance(value, str) and value in shipped_languages() else None


class LanguageMenu(QObject):
    """Radio items for each language; a choice applies at the next start (nothing is reloaded)."""

    def __init__(self, window: QWidget, settings: QSettings, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._menu = menu
        self.group = QActionGroup(self)
        self.group.triggered.connect(self._chosen)
        self.notice: QtWidgets.QMessageBox | None = None
        # Filled when first opened: nothing of it is needed before the first chapter is painted.
        menu.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        if self.group.actions():
            return
        chosen = self._settings.value(SETTING, "")
        system = QAction(self.tr("Follow the &system"), self._window)
        system.setObjectName("language-system")
        system.setData("")
        actions = [system]
        for code in shipped_languages():
            action = QAction(own_name(code), self._window)
            action.setObjectName(f"language-{code}")  # shown in its own language, never translated
            action.setData(code)
            actions.append(action)
        for action in actions:
            action.setCheckable(True)
            action.setChecked(action.data() == chosen)
            self.group.addAction(action)
            self._menu.addAction(action)
        if self.group.checkedAction() is None:
            system.setChecked(True)

    def _chosen(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == str(self._settings.value(SETTING, "")):
            return
        if code:
            self._settings.setValue(SETTING, code)
        else:
            self._settings.remove(SETTING)
        self._settings.sync()
        kept = self.tr("Everything you have written stays as it is.")
        if code:
            said = self.tr(
                "The next time it starts, Coact Desktop will be in this language: {language}."
            ).format(language=own_name(code))
        else:
            said = self.tr(
                "Coact Desktop will follow the system's language the next time it starts."
            )
        # Nothing is rebuilt now, so nothing being typed can be lost: the change waits.
        self.notice = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information,
            self.tr("Language"),
            f"{said} {kept}",
            QtWidgets.QMessageBox.StandardButton.Ok,
            self._window,
        )
        self.notice.open()
