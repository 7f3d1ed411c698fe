"""Organisations and timeline in the real window, each linked to its passages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from coact_desktop.core.library.edition import load_edition
from coact_desktop.gui.main_window import MainWindow

EDITION = load_edition()


def test_organisations_index_lists_every_organisation(window: MainWindow) -> None:
    view = window.organisations
    assert view.model.rowCount() == len(EDITION.organisations) > 25
    names = {view.model.item(r, 0).text() for r in range(view.model.rowCount())}
    assert "Junkiebond" in names
    assert "Australian IV and Illicit Drug Users League" in names


def test_filtering_finds_organisations_by_other_spellings(qtbot: QtBot, window: MainWindow) -> None:
    view = window.organisations
    qtbot.keyClicks(view.filter, "Junkiesbond")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data() == "Junkiebond"


def test_selecting_an_organisation_lists_and_opens_its_passages(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.tabs.setCurrentWidget(window.organisations)
    window.organisations.select("junkiebond")
    qtbot.waitUntil(lambda: "Passages that mention it (2)" in window.organisations.details.toHtml())
    details = window.organisations.details.toPlainText()
    assert "Rotterdam" in details
    assert "January 1981" in details
    assert "late 1980s" in details
    assert "The Junkiesbond closed in the late 1980s" in details
    window.organisations.details.anchorClicked.emit(QUrl("passage:1"))
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.reader)
    qtbot.waitUntil(lambda: bool(window.reader.browser.extraSelections()))
    marked = [s.cursor.selectedText() for s in window.reader.browser.extraSelections()]
    assert marked == ["Junkiesbond"]


def test_timeline_lists_dated_events_in_order_and_opens_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.timeline
    rows = view.event_rows()
    assert len(rows) == len(EDITION.events)
    first = view.list.item(rows[0]).data(Qt.ItemDataRole.DisplayRole)
    assert "1973" in first
    view.list.setCurrentRow(rows[1])
    view.list.itemActivated.emit(view.list.item(rows[1]))
    qtbot.waitUntil(lambda: window.reader.chapter.info.slug == "grassroots")
    qtbot.waitUntil(lambda: bool(window.reader.browser.extraSelections()))
    selections = window.reader.browser.extraSelections()
    assert selections[0].cursor.selectedText() == EDITION.events[1].quote


def test_founded_sorts_by_year_not_by_text(window: MainWindow) -> None:
    view = window.organisations
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    founded = [view.proxy.index(r, 4).data() for r in range(view.proxy.rowCount())]
    dated = [f for f in founded if f]
    assert dated[:4] == ["1973", "January 1981", "late 1980s", "1988"]


def test_untrusted_names_in_tooltips_are_shown_as_text(qtbot: QtBot) -> None:
    from coact_desktop.core.dto import ChapterInfo
    from coact_desktop.gui.contents_view import ContentsView

    view = ContentsView()
    qtbot.addWidget(view)
    group = '<b style="color:red">VERIFIED BY COACT</b><img src="/etc/x">'
    view.set_chapters((ChapterInfo("group-1", "<a href='x'>Begin</a>", "group-history", 1, group),))
    tips = []
    iterator = [view.topLevelItem(0)]
    while iterator:
        item = iterator.pop()
        tips.append(item.toolTip(0))
        iterator += [item.child(i) for i in range(item.childCount())]
    assert "&lt;b style=&quot;color:red&quot;&gt;VERIFIED BY COACT&lt;/b&gt;" in " ".join(tips)
    assert all("<b" not in t and "<a " not in t and "<img" not in t for t in tips)


def test_an_organisation_shows_every_fact_the_text_gives(qtbot: QtBot, window: MainWindow) -> None:
    view = window.organisations
    window.tabs.setCurrentWidget(view)
    view.select("aivl")
    qtbot.waitUntil(lambda: "Passages that mention it" in view.details.toHtml())
    details = view.details.toPlainText()
    assert "late 1980s" in details
    assert "incorporated association in 1992" in details  # a dated event, in the text's words
    view.select("inpud")
    qtbot.waitUntil(
        lambda: "International Network of People who Use Drugs" in view.details.toHtml()
    )
    qtbot.waitUntil(lambda: "Passages that mention it" in view.details.toHtml())
    details = view.details.toPlainText()
    assert "Vancouver" in details.split("What happened")[0]  # as its city, among the facts
    assert "formed in 2006 at the Vancouver Harm Reduction Conference" in details


def test_long_organisation_names_wrap_instead_of_being_cut(window: MainWindow) -> None:
    view = window.organisations
    assert view.table.wordWrap()
    assert view.table.textElideMode() == Qt.TextElideMode.ElideNone
    assert "Choose an organisation" in view.details.toPlainText()  # in the page: it wraps
