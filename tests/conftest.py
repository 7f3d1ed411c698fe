"""Shared test set-up: Qt offscreen, never on a real screen; the test bundle writer; test keys."""

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from coact_desktop.core.exchange.formats.minisign import SecretKey

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _register_bundle_factory() -> None:
    """Make tests/unit/bundle_factory.py importable as ``coact_tests_bundle_factory``.

    With --import-mode=importlib no test folder is on sys.path; registering the module here,
    before any test module is collected, gives every test one copy of it.
    """
    name = "coact_tests_bundle_factory"
    spec = importlib.util.spec_from_file_location(
        name, Path(__file__).parent / "unit" / "bundle_factory.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)


_register_bundle_factory()


@pytest.fixture(scope="session")
def throwaway_keys() -> dict[str, SecretKey]:
    """The throwaway test keys by role: the development root's keys, public on purpose."""
    path = Path(__file__).resolve().parent / "keys" / "THROWAWAY-TEST-KEYS.json"
    entries = json.loads(path.read_text("utf-8"))["keys"]
    return {
        role: SecretKey(
            bytes.fromhex(e["key_id"]),
            Ed25519PrivateKey.from_private_bytes(bytes.fromhex(e["seed"])),
        )
        for role, e in entries.items()
    }
