"""Shared fixtures for the core unit tests: real SQLite profiles and real Whoosh indexes in tmp dirs.

Building a profile (migrate, load the edition, build the index) takes about a second, so one
template profile is built per session and copied for every module or test that needs its own.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coact_desktop.core.edition import Edition, bundled_edition_dir, load_edition
from coact_desktop.core.paths import resolve_profile
from coact_desktop.core.services import AppServices, open_services

SHARED_TEXT = Path("/work/shared/content/coact-history-of-drug-user-organising.txt")


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
    """A profile folder with the edition loaded and the search index built, then closed."""
    root = tmp_path_factory.mktemp("template") / "profile"
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
    """One open profile per test module, for tests that only read."""
    root = _copy_profile(template_profile, tmp_path_factory.mktemp("shared") / "profile")
    services = open_services(resolve_profile(root))
    yield services
    services.close()


@pytest.fixture
def open_profile(template_profile: Path, tmp_path: Path) -> Iterator[Callable[[], AppServices]]:
    """A factory that opens (a private copy of) a built profile; every opened one is closed."""
    root = _copy_profile(template_profile, tmp_path / "profile")
    opened: list[AppServices] = []

    def factory() -> AppServices:
        services = open_services(resolve_profile(root))
        opened.append(services)
        return services

    yield factory
    for services in reversed(opened):
        services.close()


@pytest.fixture
def own_services(open_profile: Callable[[], AppServices]) -> AppServices:
    """A private, writable copy of a built profile for tests that change it."""
    return open_profile()
