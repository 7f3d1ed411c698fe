"""Fixtures for the core unit tests: real SQLite profiles and real Whoosh indexes in tmp dirs.

Building a profile (migrate, load the edition, build the index) takes most of a second, so
template profiles are built once per session and copied for every module or test that needs its
own. The index is built in a separate template, so that a problem in search setup does not also
break the library tests.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coact_desktop.core.library.edition import Edition, bundled_edition_dir, load_edition
from coact_desktop.core.services import AppServices, open_services
from coact_desktop.core.storage.paths import resolve_profile


@pytest.fixture(scope="session")
def edition() -> Edition:
    """The bundled edition, loaded and validated once."""
    return load_edition()


@pytest.fixture(scope="session")
def source_lines() -> list[str]:
    """The lines of the bundled text, split independently of the code under test."""
    raw = (bundled_edition_dir() / "coact-history-of-drug-user-organising.txt").read_bytes()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # a final newline ends the last line, it does not start another
    return [line.removesuffix("\r") for line in lines]


@pytest.fixture(scope="session")
def template_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile folder with its database migrated and the edition loaded, then closed."""
    root = tmp_path_factory.mktemp("template") / "profile"
    open_services(resolve_profile(root)).close()
    return root


@pytest.fixture(scope="session")
def indexed_template(template_profile: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template profile with its search index built too."""
    root = _copy_profile(template_profile, tmp_path_factory.mktemp("indexed") / "profile")
    services = open_services(resolve_profile(root))
    try:
        services.search.ensure_index()
    finally:
        services.close()
    return root


def _copy_profile(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    return target


@pytest.fixture(scope="module")
def shared_services(
    template_profile: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AppServices]:
    """One open profile per test module, for tests that only read (no index built)."""
    root = _copy_profile(template_profile, tmp_path_factory.mktemp("shared") / "profile")
    services = open_services(resolve_profile(root))
    yield services
    services.close()


@pytest.fixture(scope="module")
def indexed_services(
    indexed_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[AppServices]:
    """One open profile with a built index per test module, for tests that only read."""
    root = _copy_profile(indexed_template, tmp_path_factory.mktemp("indexed") / "profile")
    services = open_services(resolve_profile(root))
    yield services
    services.close()


def _opener(template: Path, target: Path) -> Iterator[Callable[[], AppServices]]:
    root = _copy_profile(template, target)
    opened: list[AppServices] = []

    def factory() -> AppServices:
        services = open_services(resolve_profile(root))
        opened.append(services)
        return services

    yield factory
    for services in reversed(opened):
        services.close()
    # Finalise anything leaked now, so that a leak fails the test that made it, not a later one.
    gc.collect()


@pytest.fixture
def open_profile(template_profile: Path, tmp_path: Path) -> Iterator[Callable[[], AppServices]]:
    """Opens a private copy of the template profile (as often as asked); closes them all."""
    yield from _opener(template_profile, tmp_path / "profile")


@pytest.fixture
def open_indexed_profile(
    indexed_template: Path, tmp_path: Path
) -> Iterator[Callable[[], AppServices]]:
    """Opens a private copy of the indexed template profile; closes them all."""
    yield from _opener(indexed_template, tmp_path / "profile")


@pytest.fixture
def own_services(open_profile: Callable[[], AppServices]) -> AppServices:
    """A private, writable copy of the template profile for tests that change it."""
    return open_profile()


@pytest.fixture
def own_indexed_services(open_indexed_profile: Callable[[], AppServices]) -> AppServices:
    """A private, writable copy of the indexed profile for tests that change it."""
    return open_indexed_profile()


@pytest.fixture
def new_profile(template_profile: Path, tmp_path: Path) -> Iterator[Callable[[], AppServices]]:
    """Opens a new private profile (a laptop of its own) each time it is called."""
    opened: list[AppServices] = []

    def factory() -> AppServices:
        root = tmp_path / f"profile-{len(opened)}"
        shutil.copytree(template_profile, root)
        opened.append(open_services(resolve_profile(root)))
        return opened[-1]

    yield factory
    for services in opened:
        services.close()
