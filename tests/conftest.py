"""Shared test set-up: Qt offscreen, never on a real screen; the test bundle writer; test keys;
a light work factor for the data key in this process."""

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.storage import data_key

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def light_data_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """In this process, a new data key's slots are sealed with scrypt 2^10, not 2^16.

    The key file's format and every code path stay the same (the work factor is recorded in
    each slot, and read from it); only half a second a passphrase is saved, many times over.
    The command line and the window started by the e2e tests keep the real work factor, and
    benchmarks/encrypted_profile.py times it.
    """
    monkeypatch.setattr(data_key, "SCRYPT", (10, 8, 1))


def _register(name: str, file: Path) -> None:
    """Make a helper module of the tests importable under ``name``.

    With --import-mode=importlib no test folder is on sys.path; registering the module here,
    before any test module is collected, gives every test one copy of it.
    """
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)


_register("coact_tests_bundle_factory", Path(__file__).parent / "unit" / "bundle_factory.py")
_register("coact_tests_pack_factory", Path(__file__).parent / "unit" / "pack_factory.py")


@pytest.fixture(scope="session")
def throwaway_keys() -> dict[str, SecretKey]:
    """The throwaway test keys by role (the development root's), read as tools/dev_root.py does."""
    spec = importlib.util.spec_from_file_location(
        "coact_tools_dev_root", Path(__file__).resolve().parents[1] / "tools" / "dev_root.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    keys: dict[str, SecretKey] = module.load_keys()
    return keys


MinisignCheck = Callable[[Path, Path, str], "subprocess.CompletedProcess[str]"]


@pytest.fixture(scope="session")
def minisign_verifies() -> MinisignCheck:
    """Debian's minisign -V on a file, its .minisig and a public key: the independent check."""
    tool = shutil.which("minisign")
    if tool is None:
        pytest.fail("minisign is not installed: `apt-get install minisign` (CI installs it)")

    def check(message: Path, signature: Path, public_key: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [tool, "-V", "-m", str(message), "-x", str(signature), "-P", public_key],
            capture_output=True,
            text=True,
            check=False,
        )

    return check


@pytest.fixture(scope="session")
def bagit_validates() -> Callable[[Path], "subprocess.CompletedProcess[str]"]:
    """The Library of Congress's bagit.py --validate on a bag folder."""

    def check(folder: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bagit", "--validate", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )

    return check
