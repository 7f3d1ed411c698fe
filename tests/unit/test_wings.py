"""Imports point one way: GUI, CLI → services → exchange → library, drafts → storage."""

from __future__ import annotations

import ast
from pathlib import Path

import coact_desktop

PACKAGE_DIR = Path(coact_desktop.__file__).parent
SRC_DIR = PACKAGE_DIR.parent
SHARED = {"errors", "dto", "chapters", "cancel", "clock"}  # what every wing may use
WINGS = ("storage", "library", "drafts", "exchange")
# Which parts of core each part may import (services, the one entry point, may import all).
MAY_IMPORT = {
    "shared": {"shared", "errors"},
    "formats": {"errors"},  # small and standalone: nothing of ours but our errors
    "storage": {"shared", "errors", "storage"},
    "library": {"shared", "errors", "storage", "library"},
    "drafts": {"shared", "errors", "storage", "drafts"},
    "exchange": {"shared", "errors", "storage", "library", "drafts", "exchange", "formats"},
}


def part_of(module: str) -> str:
    """Which part of core a module is in: a wing, formats, shared, errors or services."""
    parts = module.split(".")[2:]  # after coact_desktop.core
    if not parts:
        return "shared"
    if parts[0] == "errors":
        return "errors"
    if parts[0] in SHARED:
        return "shared"
    if parts[:2] == ["exchange", "formats"]:
        return "formats"
    return parts[0]  # a wing, or "services"


def imports_in(source: str, module: str, known: set[str]) -> set[str]:
    """Our modules a source imports: at the top, inside functions, relative or absolute."""
    found: set[str] = set()
    package = module.split(".") if module in PACKAGES else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                # "from coact_desktop.core.drafts import model" imports the module model.
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            arg = node.args[0] if node.args else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    found &= known
    found.discard(module)
    return found


def _modules() -> dict[str, Path]:
    modules = {}
    for path in PACKAGE_DIR.rglob("*.py"):
        if "migrations" in path.parts:
            continue  # Alembic's scripts, loaded by path; they import models alone
        name = ".".join(path.relative_to(SRC_DIR).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    return modules


MODULES = _modules()
PACKAGES = {n for n, p in MODULES.items() if p.name == "__init__.py"}


def public_face(wing: str) -> set[str]:
    """The modules of a wing the GUI and CLI may import: its package's ``__all__``."""
    tree = ast.parse((PACKAGE_DIR / "core" / wing / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            names = ast.literal_eval(node.value)
            return {f"coact_desktop.core.{wing}.{n}" for n in names}
    return set()


def wrong_way(module: str, imported: set[str]) -> list[str]:
    """The imports of one module that point the wrong way, as "module -> imported: why"."""
    wrong = []
    core = module.startswith("coact_desktop.core")
    faces = set().union(*(public_face(w) for w in WINGS))
    for target in sorted(imported):
        if not target.startswith("coact_desktop.core"):
            if core:
                wrong.append(f"{module} -> {target}: core never imports the GUI or the CLI")
            continue
        if core:
            mine, theirs = part_of(module), part_of(target)
            if mine != "services" and theirs not in MAY_IMPORT[mine]:
                wrong.append(f"{module} -> {target}: {mine} may not import {theirs}")
        elif part_of(target) not in {"shared", "errors", "services"} and target not in faces:
            wrong.append(f"{module} -> {target}: not in its wing's __all__ (the public face)")
        elif target in PACKAGES and part_of(target) not in {"shared", "errors"}:
            wrong.append(f"{module} -> {target}: import a module of the wing, not the wing")
    return wrong


def test_the_check_catches_a_wrong_way_import() -> None:
    # The control for the next test: a made-up storage module that reaches into drafts.
    known = set(MODULES)
    source = "def later():\n    from coact_desktop.core.drafts import model\n"
    imported = imports_in(source, "coact_desktop.core.storage.db", known)
    assert imported == {"coact_desktop.core.drafts.model"}
    assert wrong_way("coact_desktop.core.storage.db", imported) == [
        "coact_desktop.core.storage.db -> coact_desktop.core.drafts.model: "
        "storage may not import drafts"
    ]
    bag = "coact_desktop.core.exchange.formats.bag"
    relative = imports_in("from . import age", bag, known)
    assert relative == {"coact_desktop.core.exchange.formats.age"}
    assert wrong_way(bag, relative)  # one format may not lean on another
    assert wrong_way("coact_desktop.gui.inbox_view", {"coact_desktop.core.exchange.formats.age"})
    assert wrong_way("coact_desktop.core.library.service", {"coact_desktop.gui.app"})
    assert wrong_way("coact_desktop.core.drafts.model", {"coact_desktop.core.exchange.history"})
    assert not wrong_way("coact_desktop.gui.inbox_view", {"coact_desktop.core.exchange.inbox"})


def test_every_import_points_the_right_way() -> None:
    known = set(MODULES)
    assert {f"coact_desktop.core.{w}" for w in WINGS} <= PACKAGES
    wrong = []
    for name, path in sorted(MODULES.items()):
        wrong += wrong_way(name, imports_in(path.read_text("utf-8"), name, known))
    assert wrong == []


def test_each_wing_has_a_public_face_that_exists() -> None:
    for wing in WINGS:
        face = public_face(wing)
        assert face, wing
        assert face <= set(MODULES), face - set(MODULES)
    assert not public_face("exchange/formats"), "formats are reached through exchange, not directly"
