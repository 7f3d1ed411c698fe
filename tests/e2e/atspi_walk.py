#!/usr/bin/python3
"""Walk a running program's accessibility tree over AT-SPI, as a screen reader (Orca) sees it.

Run with the system's Python (Debian's python3-pyatspi), inside the session bus the program
uses: ``atspi_walk.py APP [--window TITLE] [--each-tab]``. Prints JSON: for each view walked,
the focusable, showing controls that have no name, and how many controls it saw.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import pyatspi

# Cells and items are named by their text; their inner parts are not separate controls.
LEAVES = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM}
MAX_CHILDREN = 300  # a long table: its first rows stand for the rest


def application(name: str, timeout: float) -> object:
    """The running application registered with this name."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    sys.exit(f"no application named {name!r} on the accessibility bus")


def nodes(root: object) -> list[object]:
    """Every accessible under root, depth first."""
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        found.append(node)
        if node.getRole() in LEAVES:
            continue
        stack.extend(node.getChildAtIndex(i) for i in range(min(node.childCount, MAX_CHILDREN)))
    return found


def unnamed(root: object) -> tuple[list[str], int]:
    """Focusable, showing controls with no name, as 'role in parent-role "parent-name"'."""
    silent, focusable = [], 0
    for node in nodes(root):
        states = node.getState()
        if not (
            states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)
        ):
            continue
        focusable += 1
        # An empty cell is data ("no city given"): a screen reader says "blank", as it should.
        if not (node.name or "").strip() and node.getRole() not in LEAVES:
            parent = node.parent
            silent.append(f"{node.getRoleName()} in {parent.getRoleName()} {parent.name!r}")
    return silent, focusable


def window(app: object, title: str, timeout: float) -> object:
    """The app's frame or dialog whose name holds title."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for i in range(app.childCount):
            child = app.getChildAtIndex(i)
            if child is not None and title in (child.name or ""):
                return child
        time.sleep(0.3)
    sys.exit(f"no window named {title!r}")


def first(root: object, role: int) -> object | None:
    """The first showing accessible of a role under root."""
    return next(
        (
            n
            for n in nodes(root)
            if n.getRole() == role and n.getState().contains(pyatspi.STATE_SHOWING)
        ),
        None,
    )


def focused(app: object) -> dict[str, object]:
    """The control with the keyboard focus: its role, name, and whether it is on screen."""
    for top in (app.getChildAtIndex(i) for i in range(app.childCount)):
        if top is None or not top.getState().contains(pyatspi.STATE_ACTIVE):
            continue
        # Qt marks every view's current item (cell, list item, tab) "focused", focused view
        # or not: the control with the keyboard focus is the one focused thing that is not
        # an item (a table or list itself, when one has the focus).
        candidates = [
            n
            for n in nodes(top)
            if n.getState().contains(pyatspi.STATE_FOCUSED)
            and n.getRole() not in (*LEAVES, pyatspi.ROLE_PAGE_TAB)
        ]
        for node in candidates:
            return {
                "role": node.getRoleName(),
                "name": node.name,
                "showing": node.getState().contains(pyatspi.STATE_SHOWING),
                "window": top.name,
                "all": [f"{n.getRoleName()} {n.name!r}" for n in candidates],
            }
    return {}


def listen(path: str) -> None:
    """Write every focus change, as a screen reader is told of it, one JSON line each."""
    out = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 (open until killed)

    def changed(event: object) -> None:
        if not event.detail1:
            return
        node, top = event.source, event.source
        while top.parent is not None and top.parent.getRole() != pyatspi.ROLE_APPLICATION:
            top = top.parent
        states = node.getState()
        line = {
            "role": node.getRoleName(),
            "name": node.name,
            "showing": states.contains(pyatspi.STATE_SHOWING),
            "window": top.name,
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")

    pyatspi.Registry.registerEventListener(changed, "object:state-changed:focused")
    print("listening", flush=True)
    pyatspi.Registry.start()


def main() -> int:
    """Walk and print the JSON report."""
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("--window", default="")
    parser.add_argument("--each-tab", action="store_true", help="select each tab of the first list")
    parser.add_argument("--tabs-of", default="", help="...of the tab list inside this named view")
    parser.add_argument("--focused", action="store_true", help="only say what has the focus")
    parser.add_argument("--listen", metavar="FILE", help="write each focus change to FILE")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    app = application(args.app, args.timeout)
    if args.listen:
        listen(args.listen)
        return 0
    if args.focused:
        print(json.dumps(focused(app), ensure_ascii=False))
        return 0
    root = window(app, args.window, args.timeout) if args.window else app
    report: dict[str, object] = {}
    tabs = None
    if args.tabs_of:
        tabs = next(
            (
                n
                for n in nodes(root)
                if n.getRole() == pyatspi.ROLE_PAGE_TAB_LIST and n.parent.name == args.tabs_of
            ),
            None,
        )
        if tabs is None:
            sys.exit(f"no tabs inside {args.tabs_of!r}")
    elif args.each_tab:
        tabs = first(root, pyatspi.ROLE_PAGE_TAB_LIST)
    if tabs is None:
        silent, seen = unnamed(root)
        report[root.name or "window"] = {"unnamed": silent, "focusable": seen}
    else:
        selection = tabs.querySelection()
        for i in range(tabs.childCount):
            tab = tabs.getChildAtIndex(i)
            if tab is None or tab.getRole() != pyatspi.ROLE_PAGE_TAB:
                continue  # the tab bar's scroll buttons
            selection.selectChild(i)
            time.sleep(0.6)  # the page is built and shown
            silent, seen = unnamed(root)
            report[tab.name] = {"unnamed": silent, "focusable": seen}
    reader = next((n for n in nodes(root) if n.name == "Chapter text"), None)
    if reader is not None:
        text = reader.queryText()
        report["reader"] = {"characters": text.characterCount, "start": text.getText(0, 60)}
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
