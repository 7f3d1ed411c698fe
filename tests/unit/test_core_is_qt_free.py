"""The core never imports Qt: the GUI depends on core, never the other way round."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import coact_desktop.core

BLOCKED = ("PySide6", "shiboken6")
CORE_DIR = Path(coact_desktop.core.__file__).parent
SRC_DIR = CORE_DIR.parents[1]

# Runs in a fresh interpreter: block Qt, import every module of core, report what was imported.
IMPORT_ALL = textwrap.dedent(
    """
    import importlib, importlib.abc, importlib.util, json, pkgutil, sys
    from pathlib import Path

    BLOCKED = ("PySide6", "shiboken6")

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked: core must not import Qt")
            return None

    sys.meta_path.insert(0, BlockQt())
    for name in BLOCKED:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
        else:
            sys.exit(f"the blocker let {name} through")

    import coact_desktop.core as core

    imported = ["coact_desktop.core"]
    for info in pkgutil.walk_packages(core.__path__, "coact_desktop.core."):
        importlib.import_module(info.name)
        imported.append(info.name)
    # Migration scripts are not a package; load them by path (env.py only runs inside Alembic).
    versions = Path(core.__file__).parent / "storage" / "migrations" / "versions"
    for path in sorted(versions.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"migration_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        imported.append(f"migrations/versions/{path.name}")
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    print(json.dumps({"imported": imported, "leaked": leaked}))
    """
)


def _run_blocked() -> dict[str, list[str]]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC_DIR), env.get("PYTHONPATH")) if p)
    env.pop("QT_API", None)
    completed = subprocess.run(
        [sys.executable, "-W", "error", "-c", IMPORT_ALL],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, list[str]] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC_DIR).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def test_every_core_module_imports_with_qt_blocked() -> None:
    result = _run_blocked()
    assert result["leaked"] == []
    expected = {_module_name(p) for p in CORE_DIR.rglob("*.py") if "migrations" not in p.parts} | {
        f"migrations/versions/{p.name}"
        for p in (CORE_DIR / "storage" / "migrations" / "versions").glob("*.py")
    }
    assert set(result["imported"]) == expected
    assert len([m for m in expected if m.startswith("migrations/")]) >= 3
    # The walk really went everywhere that matters.
    assert {
        "coact_desktop.core.services",
        "coact_desktop.core.library.service",
        "coact_desktop.core.library.first_paint",
        "coact_desktop.core.library.search.fts5_engine",
        "coact_desktop.core.library.search.service",
    } <= expected


def _qt_imports(source: str) -> list[str]:
    """Qt modules a source file imports: import statements anywhere, and import_module("...")."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in {"import_module", "__import__"} and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    names = [arg.value]
        found += [n for n in names if n.split(".")[0] in BLOCKED]
    return found


def test_the_import_check_finds_qt_imports() -> None:
    # The control for the next test: each way of importing Qt is caught.
    assert _qt_imports("from PySide6.QtCore import QObject") == ["PySide6.QtCore"]
    assert _qt_imports("import os, shiboken6") == ["shiboken6"]
    assert _qt_imports("def f():\n    import PySide6.QtWidgets as w") == ["PySide6.QtWidgets"]
    assert _qt_imports("import importlib\nimportlib.import_module('PySide6')") == ["PySide6"]
    assert _qt_imports("from coact_desktop.core import db\nimport sqlite3") == []


def test_no_core_source_file_imports_qt() -> None:
    sources = sorted(CORE_DIR.rglob("*.py"))
    assert len(sources) >= 15
    offenders = {
        str(path.relative_to(SRC_DIR)): found
        for path in sources
        if (found := _qt_imports(path.read_text("utf-8")))
    }
    assert offenders == {}
    # And a plain grep, which also sees templates and text the parser does not.
    for path in sorted(CORE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".mako"}:
            for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
                stripped = line.strip()
                if stripped.startswith(("import ", "from ")):
                    assert not any(name in stripped for name in BLOCKED), f"{path}:{number}"


def _core_imports() -> dict[str, set[str]]:
    """Each core module and the core modules it imports, at the top or inside a function."""
    modules = {
        ".".join(path.relative_to(SRC_DIR).with_suffix("").parts).removesuffix(".__init__"): path
        for path in CORE_DIR.rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def test_core_has_no_import_cycles() -> None:
    # A cycle (attachments imported pdf_clean, which imported attachments) means neither can be
    # understood, tested or moved alone; a lazy import inside a function counts as well.
    graph = _core_imports()
    assert len(graph) > 30
    visiting: list[str] = []
    done: set[str] = set()
    cycles: list[list[str]] = []

    def visit(name: str) -> None:
        if name in visiting:
            cycles.append([*visiting[visiting.index(name) :], name])
            return
        if name in done:
            return
        visiting.append(name)
        for imported in sorted(graph[name]):
            visit(imported)
        visiting.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)
    assert cycles == []
