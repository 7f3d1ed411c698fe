"""Fuzzing the answer reader: whatever the bytes, plain or encrypted, only our refusals escape.

Any other exception from ``import_answer`` would reach the group as a crash instead of a reason,
and a refused file must leave the profile as it was. The seed answers a bundle this profile
never sent, so the furthest any file gets is ``not_ours``, after every check of the file itself
(a flip in bytes nothing reads, such as a ZIP timestamp, gets that far). The answer is TEST TEXT.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import coact_tests_bundle_factory as bf
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from coact_desktop.core.errors import KnownError
from coact_desktop.core.exchange import answer_format as af
from coact_desktop.core.exchange.answer_write import write_answer
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.services import AppServices

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
GROUP = "0b5c6d7e-8f9a-4b1c-9d2e-3f4a5b6c7d8e"
REPLY = af.Reply(
    "changes_requested",
    "TEST COMMENT: thank you; please say when the group began.",
    (af.SectionNote("How the group began", "TEST COMMENT: a year?", "TEST TEXT: In 2015."),),
    None,
)


@pytest.fixture
def group(new_profile: Callable[[], AppServices]) -> AppServices:
    services = new_profile()
    services.keys.answer_recipient()  # as its first export makes it
    return services


def _seed(group: AppServices, key: SecretKey, folder: Path, encrypted: bool) -> bytes:
    folder.mkdir(exist_ok=True)
    target = folder / f"seed-{encrypted}.coactanswer"
    recipient = group.keys.answer_recipient() if encrypted else None
    library = group.editions.trusted_root().library
    write_answer(library, GROUP, "a" * 64, 1, REPLY, key, target, recipient=recipient)
    return target.read_bytes()


@pytest.fixture
def seeds(
    group: AppServices, throwaway_keys: dict[str, SecretKey], tmp_path: Path
) -> dict[bool, bytes]:
    """A plain and an encrypted answer, made once per test (encryption is random each time)."""
    key = throwaway_keys["publishing-1"]
    return {e: _seed(group, key, tmp_path / "seeds", e) for e in (False, True)}


def _check(group: AppServices, folder: Path, data: bytes) -> None:
    path = folder / "fuzzed.coactanswer"
    path.write_bytes(data)
    before = bf.snapshot(group.paths.data_dir)
    try:
        group.answers.import_answer(path)
    except KnownError as refusal:
        event(str(refusal.details.get("reason", refusal.code)))
    after = bf.snapshot(group.paths.data_dir)
    assert (before.dump, before.files) == (after.dump, after.files)


@pytest.mark.parametrize("encrypted", [False, True])
def test_the_seed_passes_every_check_of_the_file(
    group: AppServices, throwaway_keys: dict[str, SecretKey], tmp_path: Path, encrypted: bool
) -> None:
    """Undamaged, the seed is refused only at the last step: no bundle of this profile's."""
    seed = _seed(group, throwaway_keys["publishing-1"], tmp_path, encrypted)
    path = tmp_path / "seed.coactanswer"
    path.write_bytes(seed)
    with pytest.raises(KnownError) as caught:
        group.answers.import_answer(path)
    assert caught.value.details.get("reason") == "not_ours"


@FUZZ
@given(data=st.data(), encrypted=st.booleans())
def test_flipped_bytes_are_refused_in_words(
    group: AppServices,
    seeds: dict[bool, bytes],
    tmp_path: Path,
    data: st.DataObject,
    encrypted: bool,
) -> None:
    seed = seeds[encrypted]
    damaged = bytearray(seed)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(seed) - 1))
        damaged[position] ^= data.draw(st.integers(1, 255))
    _check(group, tmp_path, bytes(damaged))


@FUZZ
@given(data=st.data(), encrypted=st.booleans())
def test_cut_or_spliced_files_are_refused_in_words(
    group: AppServices,
    seeds: dict[bool, bytes],
    tmp_path: Path,
    data: st.DataObject,
    encrypted: bool,
) -> None:
    seed = seeds[encrypted]
    start = data.draw(st.integers(0, len(seed)))
    end = data.draw(st.integers(start, len(seed)))
    filler = data.draw(st.binary(max_size=64))
    _check(group, tmp_path, seed[:start] + filler + seed[end:])
