"""Shared test set-up: Qt renders offscreen, never on a real screen; the test bundle writer."""

import importlib.util
import os
import sys
from pathlib import Path

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
