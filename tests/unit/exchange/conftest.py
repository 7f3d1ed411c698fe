"""Fixtures of the exchange tests: building TEST EDITION packs from a Coact profile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from coact_tests_pack_factory import (
    LIBRARY,
    MOTH_CIRCLE,
    accept_test_history,
    make_test_edition,
)

from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.pack_write import write_pack
from coact_desktop.core.library.edition import load_edition
from coact_desktop.core.services import AppServices


@pytest.fixture
def publish(throwaway_keys: dict[str, SecretKey], tmp_path: Path) -> Callable[..., Path]:
    """Build a pack from a Coact profile: publish(coact, version, key=..., groups=..., base=...)."""

    def build(
        coact: AppServices,
        version: int,
        key: str = "publishing-1",
        groups: tuple[str, ...] = (),
        library: str = LIBRARY,
        name: str = "",
        base: Path | str | None = None,
        notes: str = "TEST NOTES: what is new.",
        models: dict[str, str] | None = None,
    ) -> Path:
        target = tmp_path / (name or f"edition-{version}{'-delta' if base else ''}.coactpack")
        edition = make_test_edition(tmp_path, version, library)
        secret = throwaway_keys[key] if key in throwaway_keys else SecretKey.generate()
        if library != LIBRARY or key != "publishing-1":
            # write_pack directly: the service rightly refuses a foreign edition or key
            write_pack(load_edition(edition), edition, [], "", secret, target)
            return target
        coact.editions.build(edition, groups, notes, secret, target, base, models)
        return target

    return build


@pytest.fixture
def coact_with_two_groups(
    new_profile: Callable[[], AppServices], tmp_path: Path
) -> tuple[AppServices, str, str]:
    """A Coact profile that accepted two groups' TEST histories."""
    coact = new_profile()
    first = accept_test_history(new_profile(), coact, tmp_path / "out-1")
    second = accept_test_history(
        new_profile(), coact, tmp_path / "out-2", "Moth Circle (test group)", MOTH_CIRCLE
    )
    return coact, first, second
