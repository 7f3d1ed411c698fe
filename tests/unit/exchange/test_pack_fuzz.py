"""Fuzzing the pack reader: whatever the bytes, the only error is one of our own refusals.

Any exception other than a KnownError escaping ``verify_pack`` would reach a person as a crash
instead of a reason. The seed pack is a TEST EDITION (Coact's text unchanged, a new number).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coact_desktop.core.errors import KnownError
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.pack_read import Have, verify_pack
from coact_desktop.core.exchange.pack_write import write_pack
from coact_desktop.core.library.edition import bundled_edition_dir, load_edition

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory, throwaway_keys: dict[str, SecretKey]) -> bytes:
    folder = tmp_path_factory.mktemp("edition") / "test-edition"
    shutil.copytree(bundled_edition_dir(), folder)
    meta = json.loads((folder / "edition.json").read_text("utf-8"))
    meta.update(version=meta["version"] + 1, title=meta["title"] + " (TEST EDITION)")
    (folder / "edition.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    target = folder.parent / "seed.coactpack"
    write_pack(load_edition(folder), folder, [], "", throwaway_keys["publishing-1"], target)
    return target.read_bytes()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _check(scratch: Path, data: bytes) -> None:
    path = scratch / "fuzzed.coactpack"
    path.write_bytes(data)
    work = scratch / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        verify_pack(path, work, trust_root.shipped_root(), Have(load_edition().version))
    except KnownError as refusal:
        event(str(refusal.details.get("reason", refusal.code)))
    else:
        event("accepted")


def test_the_seed_is_accepted(seed: bytes, scratch: Path) -> None:
    work = scratch / "seed-work"
    work.mkdir()
    (scratch / "seed.coactpack").write_bytes(seed)
    verify_pack(scratch / "seed.coactpack", work, trust_root.shipped_root(), Have(None))


@FUZZ
@given(data=st.data())
def test_flipped_bytes_are_refused_in_words(
    seed: bytes, scratch: Path, data: st.DataObject
) -> None:
    damaged = bytearray(seed)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(seed) - 1))
        damaged[position] ^= data.draw(st.integers(1, 255))
    _check(scratch, bytes(damaged))


@FUZZ
@given(data=st.data())
def test_cut_and_spliced_files_are_refused_in_words(
    seed: bytes, scratch: Path, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(seed)))
    end = data.draw(st.integers(start, len(seed)))
    filler = data.draw(st.binary(max_size=64))
    _check(scratch, seed[:start] + filler + seed[end:])
