"""The first paint's Qt settings made by name or number equal what they stand for."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coact_desktop.gui.first_paint_qt import (
    LEFT_TO_RIGHT_SCRIPTS,
    USER_ROLE,
    show_plain_text,
    surely_left_to_right,
)


def test_the_user_role_is_qt_s() -> None:
    assert Qt.ItemDataRole.UserRole == USER_ROLE


def test_a_plain_label_shows_markup_as_typed(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    show_plain_text(label)
    label.setText("<b>our group</b>")  # test text
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_every_locale_called_surely_left_to_right_is_so_by_qt() -> None:
    every = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    assert len(every) > 500
    sure = [locale for locale in every if surely_left_to_right(locale)]
    assert len(sure) > 400  # most of them: the check spares most languages the question
    wrong = [
        locale.name() for locale in sure if locale.textDirection() != Qt.LayoutDirection.LeftToRight
    ]
    assert wrong == []
    scripts = {locale.script() for locale in sure} - {QLocale.Script.AnyScript}  # the C locale
    assert scripts == LEFT_TO_RIGHT_SCRIPTS  # no script listed for nothing


def test_right_to_left_languages_are_asked_about() -> None:
    for name in ("fa_IR", "ar", "he", "ur", "ps", "dv", "ckb"):
        assert not surely_left_to_right(QLocale(name)), name
    assert surely_left_to_right(QLocale.c())
    for name in ("ru", "uk", "ka", "ky", "th", "id", "kk", "sw", "vi", "fr", "es", "pt"):
        assert surely_left_to_right(QLocale(name)), name
