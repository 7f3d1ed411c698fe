"""Garbage is collected on the GUI thread, by a timer, never by a worker thread's allocation."""

from __future__ import annotations

import gc
import weakref

from pytestqt.qtbot import QtBot


class Cycle:
    """An object kept alive only by a reference to itself."""

    def __init__(self) -> None:
        self.me = self


def test_the_automatic_collector_is_off_and_the_gui_thread_collects(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # a worker thread allocating never starts a collection
    cycle = Cycle()
    gone = weakref.ref(cycle)
    del cycle
    # Live objects past the first threshold, as a busy program makes them.
    busy = [[] for _ in range(3 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    assert len(busy) > 0
