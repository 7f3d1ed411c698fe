"""A protected profile's age identity files: sealed on disk, readable only while unlocked.

The keys here are made for the test; nothing is Coact's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coact_desktop.core.exchange.age_keys import COACT_IDENTITY
from coact_desktop.core.exchange.formats import age
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage import sealed_files
from coact_desktop.core.storage.private_sessions import ProfileLocked

PASSPHRASE = "correct horse battery"
DURESS = "nothing to see here"


def secret_words(identity: str) -> list[bytes]:
    """What of an identity would give it away: the whole line and a stretch of its body."""
    return [identity.encode(), identity.split("1", 1)[1][10:40].encode()]


def readable(folder: Path, needles: list[bytes]) -> list[str]:
    """The files under folder whose bytes hold one of the needles."""
    return [
        str(p.relative_to(folder))
        for p in sorted(folder.rglob("*"))
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]


@pytest.fixture
def keyed(open_profile: Callable[[], AppServices]) -> tuple[AppServices, str, str, str]:
    """A profile with its answer key (made at a first export) and Coact's key put in by hand."""
    services = open_profile()
    recipient = services.keys.answer_recipient()
    answer = str(services.keys.answer_identities()[0])
    coact, _public = age.new_identity()
    keys = services.paths.data_dir / "keys"
    (keys / COACT_IDENTITY).write_text(f"# TEST identity\n{coact}\n", "utf-8")
    needles = secret_words(answer) + secret_words(coact)
    assert len(readable(services.paths.data_dir, needles)) == 2  # the test can see a leak
    return services, recipient, answer, coact


def test_protecting_seals_both_identity_files_and_they_still_open(
    keyed: tuple[AppServices, str, str, str],
) -> None:
    services, recipient, answer, coact = keyed
    services.protect(PASSPHRASE, DURESS)
    profile = services.paths.data_dir
    assert readable(profile, secret_words(answer) + secret_words(coact)) == []
    names = sorted(p.name for p in (profile / "keys").iterdir())
    assert len(names) == 2
    assert all(n.endswith(".sealed") and "identity" not in n for n in names)
    for path in (profile / "keys").iterdir():
        assert path.read_bytes().startswith(sealed_files.MAGIC)
    # The same keys, read back: new bundles name the same answer key, bundles still open.
    assert services.keys.answer_recipient() == recipient
    assert [str(i) for i in services.keys.answer_identities()] == [answer]
    assert [str(i) for i in services.keys.coact_identities() or []] == [coact]
    assert services.keys.has_coact_identity()

    services.lock()
    with pytest.raises(ProfileLocked):
        services.keys.answer_identities()
    assert not services.keys.has_coact_identity()
    services.unlock(PASSPHRASE)
    assert [str(i) for i in services.keys.answer_identities()] == [answer]


def test_the_duress_passphrase_shows_no_key_and_leaves_the_real_ones(
    keyed: tuple[AppServices, str, str, str],
) -> None:
    services, recipient, answer, _coact = keyed
    services.protect(PASSPHRASE, DURESS)
    services.lock()
    services.unlock(DURESS)
    assert services.keys.answer_identities() == []
    assert services.keys.coact_identities() is None
    assert not services.keys.has_coact_identity()
    services.lock()
    services.unlock(PASSPHRASE)
    assert services.keys.answer_recipient() == recipient
    assert [str(i) for i in services.keys.answer_identities()] == [answer]


def test_a_key_put_in_by_hand_after_protecting_is_sealed_at_the_next_unlock(
    open_profile: Callable[[], AppServices],
) -> None:
    services = open_profile()
    services.protect(PASSPHRASE)
    coact, _public = age.new_identity()
    by_hand = services.paths.data_dir / "keys" / COACT_IDENTITY
    by_hand.parent.mkdir(exist_ok=True)
    by_hand.write_text(f"{coact}\n", "utf-8")
    assert [str(i) for i in services.keys.coact_identities() or []] == [coact]  # read at once
    services.lock()
    assert not by_hand.exists()  # sealed on the way out
    services.unlock(PASSPHRASE)
    assert [str(i) for i in services.keys.coact_identities() or []] == [coact]
    assert readable(services.paths.data_dir, secret_words(coact)) == []


def test_a_damaged_sealed_key_is_refused_in_words(
    keyed: tuple[AppServices, str, str, str],
) -> None:
    services, _recipient, _answer, _coact = keyed
    services.protect(PASSPHRASE)
    for path in (services.paths.data_dir / "keys").iterdir():
        data = bytearray(path.read_bytes())
        data[-3] ^= 1
        path.write_bytes(bytes(data))
    with pytest.raises(OSError, match="damaged"):
        services.keys.answer_identities()


def test_a_new_identity_copied_in_by_hand_joins_the_sealed_one(
    keyed: tuple[AppServices, str, str, str],
) -> None:
    services, _recipient, _answer, coact = keyed
    services.protect(PASSPHRASE)
    newer, _public = age.new_identity()
    (services.paths.data_dir / "keys" / COACT_IDENTITY).write_text(f"{newer}\n", "utf-8")
    assert [str(i) for i in services.keys.coact_identities() or []] == [coact, newer]
    services.lock()  # sealed on the way out: both keys kept, so both kinds of bundle open
    services.unlock(PASSPHRASE)
    assert [str(i) for i in services.keys.coact_identities() or []] == [coact, newer]
    assert readable(services.paths.data_dir, secret_words(newer)) == []
