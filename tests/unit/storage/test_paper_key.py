"""The paper backup of the data key: copied by hand, typed back, and what it opens.

The draft here is test text, not Coact's.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable

import pytest

from coact_desktop.core.drafts.model import Draft, Section
from coact_desktop.core.errors import PassphraseError
from coact_desktop.core.services import AppServices
from coact_desktop.core.storage import data_key, paper_key

PASSPHRASE = "correct horse battery"
DURESS = "nothing to see here"
NEW = "a new passphrase at last"


def reason(call: Callable[[], object]) -> str:
    with pytest.raises(PassphraseError) as raised:
        call()
    return str(raised.value.details.get("reason"))


def test_the_key_is_fourteen_groups_of_four_and_comes_back_whole() -> None:
    for _ in range(50):
        key = os.urandom(32)
        written = paper_key.encode(key)
        groups = written.split("-")
        assert [len(g) for g in groups] == [4] * 14
        assert set(written) <= set(paper_key.ALPHABET + "-")
        assert paper_key.decode(written) == key
        # Typed back the way a person types: small letters, spaces, look-alike letters.
        typed = " ".join(groups).lower().replace("0", "o").replace("1", "l")
        assert paper_key.decode(typed) == key


def test_a_mistyped_or_short_paper_key_is_refused_in_words() -> None:
    rng = random.Random(7)
    key = os.urandom(32)
    letters = paper_key.encode(key).replace("-", "")
    for _ in range(200):
        position = rng.randrange(len(letters))
        other = rng.choice([c for c in paper_key.ALPHABET if c != letters[position]])
        wrong = letters[:position] + other + letters[position + 1 :]
        assert reason(lambda w=wrong: paper_key.decode(w)) == "paper_mistyped"
    swapped = letters[1] + letters[0] + letters[2:]
    if swapped != letters:
        assert reason(lambda: paper_key.decode(swapped)) == "paper_mistyped"
    assert reason(lambda: paper_key.decode(letters[:-4])) == "paper_shape"
    assert reason(lambda: paper_key.decode(letters[:-1] + "!")) == "paper_shape"


@pytest.fixture
def protected(open_profile: Callable[[], AppServices]) -> AppServices:
    services = open_profile()
    services.drafts.create(Draft(id="paper", sections=(Section("One", "TEST TEXT: kept."),)))
    services.protect(PASSPHRASE, DURESS)
    return services


def test_the_paper_key_opens_the_drafts_and_sets_a_new_passphrase(
    protected: AppServices,
) -> None:
    written = protected.paper_key(PASSPHRASE)
    protected.lock()
    protected.recover(written, NEW)
    assert not protected.locked
    assert [d.id for d in protected.drafts.list()] == ["paper"]
    protected.lock()
    assert reason(lambda: protected.unlock(PASSPHRASE)) == "profile_wrong"
    assert reason(lambda: protected.unlock(DURESS)) == "profile_wrong"  # set again if wanted
    protected.unlock(NEW)
    assert [d.id for d in protected.drafts.list()] == ["paper"]
    assert protected.paper_key(NEW) == written  # the same key: the paper stays good


def test_a_wrong_paper_key_changes_nothing(protected: AppServices) -> None:
    protected.lock()
    before = data_key.key_file(protected.paths.data_dir).read_bytes()
    another = paper_key.encode(os.urandom(32))
    assert reason(lambda: protected.recover(another, NEW)) == "paper_wrong"
    mistyped = "X" + protected.paper_key(PASSPHRASE)[1:]
    if mistyped != protected.paper_key(PASSPHRASE):
        assert reason(lambda: protected.recover(mistyped, NEW)) == "paper_mistyped"
    assert reason(lambda: protected.recover(protected.paper_key(PASSPHRASE), "short")) == (
        "too_short"
    )
    assert data_key.key_file(protected.paths.data_dir).read_bytes() == before
    assert protected.locked
    protected.unlock(PASSPHRASE)


def test_the_duress_passphrase_shows_a_paper_key_that_opens_nothing(
    protected: AppServices,
) -> None:
    under_duress = protected.paper_key(DURESS)
    assert len(under_duress.split("-")) == 14  # looks the same
    assert under_duress != protected.paper_key(PASSPHRASE)
    protected.lock()
    assert reason(lambda: protected.recover(under_duress, NEW)) == "paper_wrong"


def test_a_plain_profile_has_no_paper_key(open_profile: Callable[[], AppServices]) -> None:
    services = open_profile()
    with pytest.raises(data_key.DataKeyError):
        services.paper_key(PASSPHRASE)
    with pytest.raises(data_key.DataKeyError):
        services.recover(paper_key.encode(os.urandom(32)), NEW)


def test_a_paper_key_typed_on_another_keyboard_is_read_the_same() -> None:
    key = os.urandom(32)
    written = paper_key.encode(key)
    # Cyrillic look-alike letters, en dashes, no-break spaces, full-width digits.
    cyrillic = written.translate(str.maketrans("ABCEHKMPTX", "АВСЕНКМРТХ"))
    typed = cyrillic.replace("-", "\u2013", 5).replace("-", "\u00a0")
    typed = typed.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert paper_key.decode(typed) == key
