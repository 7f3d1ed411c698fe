"""Render the main views offscreen to PNG files, for the README and the user guide."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from coact_desktop.core.errors import KnownError
from coact_desktop.core.storage.paths import ProfilePaths
from coact_desktop.gui.app import make_application, open_window
from coact_desktop.gui.drafts_view import ID_ROLE
from coact_desktop.gui.main_window import MainWindow

SIZE = (1200, 760)
TIMEOUT_MS = 120_000


def wait_for(signal: SignalInstance, action: Callable[[], object] | None = None) -> None:
    """Run action, then process events until signal fires (or fail after a timeout)."""
    loop = QEventLoop()
    fired: list[bool] = []

    def on_signal(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(on_signal)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(TIMEOUT_MS)
    if action is not None:
        action()
    if not fired:
        loop.exec()
    if not fired:
        raise KnownError("The window did not finish loading in time; no screenshots were written.")


def wait_until(condition: Callable[[], bool]) -> None:
    """Process events until condition holds (or fail after a timeout)."""
    for _ in range(TIMEOUT_MS // 50):
        if condition():
            return
        settle(50)
    raise KnownError("The window did not finish loading in time; no screenshots were written.")


def settle(ms: int = 150) -> None:
    """Let layout and painting finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def take_screenshots(
    paths: ProfilePaths, out: Path, lang: str | None = None, debug: bool = False
) -> list[Path]:
    """Open the window on a profile and save reader, organisations, timeline and search views."""
    make_application(lang)
    out.mkdir(parents=True, exist_ok=True)
    # Throwaway settings: the pictures never move the person's own reading place or layout.
    with tempfile.TemporaryDirectory() as scratch:
        return _take(open_window(paths, Path(scratch) / "settings.ini"), out, debug)


def _take(window: MainWindow, out: Path, debug: bool) -> list[Path]:
    window.resize(*SIZE)
    window.show()
    wait_for(window.search_ready, lambda: window.start(debug))
    written: list[Path] = []

    def save(name: str, widget: QWidget | None = None) -> None:
        settle()
        path = out / f"{name}.png"
        if not (widget or window).grab().save(str(path)):
            raise KnownError(f"Cannot write {path}.")
        written.append(path)

    _show_reader(window)
    save("reader")
    window.tabs.setCurrentWidget(window.organisations)
    window.organisations.select("junkiebond")
    settle(300)
    save("organisations")
    window.tabs.setCurrentWidget(window.timeline)
    save("timeline")
    window.focus_search()
    wait_for(window.search_finished, lambda: window.search.box.setText("women organise"))
    save("search")
    window.find_in_page()
    window.reader.find_bar.edit.setText("drug user")
    save("find-in-page")
    window.reader.find_bar.close_bar()
    _show_drafts(window)
    save("drafts")
    if window.drafts.editor.draft is not None:
        window.drafts.editor.pages.setCurrentWidget(window.drafts.editor.people)
        save("drafts-people")
        window.drafts.editor.pages.setCurrentIndex(0)
        window.drafts.open_export_wizard()
        wizard = window.drafts.export_wizard
        wait_until(lambda: wizard.check_page.checked)
        save("export-check", wizard)
        wizard.reject()
    services = window.services
    # A protected profile is drawn as it starts: locked, the drafts tab asking for the passphrase.
    if services is not None and not services.locked and services.inbox.items():
        window.show_inbox()
        wait_until(lambda: window.inbox.details.isVisible())
        save("inbox")
    window.close()
    return written


def _show_reader(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.reader)
    window.open_chapter("grassroots")
    settle()
    window.reader.set_scroll_fraction(0.0)


def _show_drafts(window: MainWindow) -> None:
    """The drafts workspace, with the profile's first draft open if it has one."""
    window.tabs.setCurrentWidget(window.drafts)
    settle(300)  # the list arrives from the reader pool
    view = window.drafts
    if view.list.count():
        first = view.list.item(0).data(ID_ROLE)
        wait_for(view.draft_opened, lambda: view.open_draft(first))
