"""The root of trust: k of n root keys, updates signed by the old threshold and the new."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from coact_desktop.core.errors import PackError
from coact_desktop.core.exchange import trust_root
from coact_desktop.core.exchange.formats.minisign import SecretKey
from coact_desktop.core.exchange.trust_root import Root, SignedRoot
from coact_desktop.core.storage.paths import RESOURCES

LIBRARY = "coact-history-of-drug-user-organising"


def make_root(
    version: int, roots: list[SecretKey], publishers: list[SecretKey], k: int = 2
) -> Root:
    return Root(
        LIBRARY,
        version,
        k,
        tuple(s.public_key() for s in roots),
        tuple(s.public_key() for s in publishers),
    )


def signed(root: Root, *signers: SecretKey) -> SignedRoot:
    return SignedRoot(
        root.to_bytes(), tuple(trust_root.sign_root(root, s).encode() for s in signers)
    )


@pytest.fixture
def keys() -> list[SecretKey]:
    return [SecretKey.generate() for _ in range(7)]


def _reason(call: object) -> str:
    with pytest.raises(PackError) as caught:
        call()  # type: ignore[operator]
    return caught.value.reason


def test_an_update_signed_by_the_old_threshold_and_the_new_is_followed(
    keys: list[SecretKey],
) -> None:
    a, b, c, d, e, publisher, new_publisher = keys
    first = make_root(1, [a, b, c], [publisher])
    # Two root keys are replaced and the publishing key with them (it leaked).
    second = make_root(2, [a, d, e], [new_publisher])
    current = trust_root.follow(first, [signed(second, a, b, d, e)])
    assert current == second
    assert current.publishing_key(publisher.key_id) is None  # revoked
    assert current.publishing_key(new_publisher.key_id) == new_publisher.public_key()


def test_an_update_short_of_either_threshold_is_refused(keys: list[SecretKey]) -> None:
    a, b, c, d, e, publisher, _ = keys
    first = make_root(1, [a, b, c], [publisher])
    second = make_root(2, [a, d, e], [publisher])
    # One old key (say, stolen) and the new keys: not enough of the old root.
    assert _reason(lambda: trust_root.check_update(first, signed(second, a, d, e))) == (
        "root_unsigned"
    )
    # The old root's threshold but not the new root's own.
    assert _reason(lambda: trust_root.check_update(first, signed(second, b, c))) == "root_unsigned"
    # The same signature twice counts once.
    twice = signed(second, a, d)
    twice = SignedRoot(twice.data, twice.signatures * 2)
    assert _reason(lambda: trust_root.check_update(first, twice)) == "root_unsigned"


def test_a_signature_moved_from_another_root_does_not_count(keys: list[SecretKey]) -> None:
    a, b, c, _, _, publisher, other = keys
    first = make_root(1, [a, b, c], [publisher])
    second = make_root(2, [a, b, c], [other])
    decoy = make_root(2, [a, b, c], [publisher])
    moved = SignedRoot(second.to_bytes(), signed(decoy, a, b).signatures)
    assert _reason(lambda: trust_root.check_update(first, moved)) == "root_unsigned"


def test_versions_go_up_one_at_a_time(keys: list[SecretKey]) -> None:
    a, b, c, _, _, publisher, _ = keys
    first = make_root(1, [a, b, c], [publisher])
    third = make_root(3, [a, b, c], [publisher])
    again = make_root(1, [a, b, c], [publisher])
    assert _reason(lambda: trust_root.follow(first, [signed(third, a, b, c)])) == "root_gap"
    assert _reason(lambda: trust_root.check_update(first, signed(again, a, b))) == "root_rollback"
    # Older or equal versions carried in a pack are simply already known.
    assert trust_root.follow(first, [signed(again, a, b)]) == first
    second = make_root(2, [a, b, c], [publisher])
    chain = [signed(third, a, b), signed(second, a, b)]  # any order
    assert trust_root.follow(first, chain).version == 3


def test_two_different_roots_of_one_version_are_refused(keys: list[SecretKey]) -> None:
    a, b, c, _, _, publisher, other = keys
    first = make_root(1, [a, b, c], [publisher])
    one = make_root(2, [a, b, c], [publisher])
    two = make_root(2, [a, b, c], [other])
    conflict = [signed(one, a, b), signed(two, a, b)]
    assert _reason(lambda: trust_root.follow(first, conflict)) == "root_conflict"


def test_a_root_for_another_library_is_refused(keys: list[SecretKey]) -> None:
    a, b, c, _, _, publisher, _ = keys
    first = make_root(1, [a, b, c], [publisher])
    foreign = replace(make_root(2, [a, b, c], [publisher]), library="someone-else")
    assert _reason(lambda: trust_root.check_update(first, signed(foreign, a, b))) == (
        "root_foreign"
    )


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda d: {**d, "extra": 1}, "unknown field"),
        (lambda d: {**d, "threshold": 0}, "threshold 0"),
        (lambda d: {**d, "threshold": 4}, "threshold above the keys"),
        (lambda d: {**d, "threshold": True}, "a boolean threshold"),
        (lambda d: {**d, "version": 0}, "version 0"),
        (lambda d: {**d, "library": "Has Spaces"}, "a bad library id"),
        (lambda d: {**d, "root_keys": d["root_keys"][:1] * 2}, "a key twice"),
        (lambda d: {**d, "publishing_keys": []}, "no publishing key"),
        (lambda d: {**d, "publishing_keys": ["RWQnotakey"]}, "a damaged key"),
        (lambda d: {**d, "format": "coact-root/2"}, "another format"),
    ],
)
def test_a_malformed_root_is_refused(keys: list[SecretKey], change: object, why: str) -> None:
    a, b, c, _, _, publisher, _ = keys
    data = json.loads(make_root(1, [a, b, c], [publisher]).to_bytes())
    bad = json.dumps(change(data), indent=2, sort_keys=True).encode() + b"\n"  # type: ignore[operator]
    assert _reason(lambda: trust_root.parse_root(bad)) == "root_malformed", why


def test_only_the_canonical_bytes_are_a_root(keys: list[SecretKey]) -> None:
    a, b, c, _, _, publisher, _ = keys
    data = make_root(1, [a, b, c], [publisher]).to_bytes()
    assert trust_root.parse_root(data).version == 1
    assert _reason(lambda: trust_root.parse_root(data.replace(b"\n", b"\r\n"))) == "root_malformed"
    assert _reason(lambda: trust_root.parse_root(data + b" " * 70_000)) == "root_too_large"


def test_the_shipped_root_is_the_development_root_of_the_throwaway_test_keys(
    throwaway_keys: dict[str, SecretKey],
) -> None:
    root = trust_root.shipped_root()
    assert (root.library, root.version, root.threshold, len(root.root_keys)) == (LIBRARY, 1, 2, 3)
    public = {role: key.public_key() for role, key in throwaway_keys.items()}
    assert set(root.root_keys) == {public["root-a"], public["root-b"], public["root-c"]}
    assert root.publishing_keys == (public["publishing-1"],)
    assert "DEVELOPMENT" in (RESOURCES / "keys" / "README.md").read_text()


def test_a_shipped_root_short_of_its_threshold_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    shutil.copytree(RESOURCES / "keys", folder)
    for signature in sorted(folder.glob("root-1.json.*.minisig"))[1:]:
        signature.unlink()  # one signature left of the two needed
    assert _reason(lambda: trust_root.shipped_root(folder)) == "root_unsigned"


def test_debian_minisign_verifies_every_signature_of_the_shipped_root(
    minisign_verifies: Callable[[Path, Path, str], subprocess.CompletedProcess[str]],
) -> None:
    root = trust_root.shipped_root()
    folder = RESOURCES / "keys"
    for key in root.root_keys:
        signature = folder / f"root-1.json.{key.key_id_hex}.minisig"
        done = minisign_verifies(folder / "root-1.json", signature, key.to_base64())
        assert done.returncode == 0, done.stderr
    assert len(root.root_keys) == 3
